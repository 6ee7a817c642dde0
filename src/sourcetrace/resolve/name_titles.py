"""The titles the article gives a name: the role words before it ("Libertarian candidate Gary Johnson") and
an apposition of role after it ("Jo Fox, the campaign's press secretary,")."""

from __future__ import annotations

import itertools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.resolve import lexicon
from sourcetrace.resolve.name_words import (
    HONORIFICS,
    clean_word,
    is_modifier,
    is_role_word,
    is_sentence_adverb,
)

_WORD = re.compile(r"[\w’'\-.]+|[^\w\s]")
#: Lower-case words that may sit inside a title before a name ("Secretary of State", "vice-presidential").
_TITLE_JOINERS = frozenset({"of"})
#: Those of a title whose complement the name's run went on with, the run's words before the name the rest of
#: it ("Ambassador to the | United States", "Secretary of the | Air Force", `NameBook._complement_opens`).
_COMPLEMENT_JOINERS = frozenset({"of", "to", "for", "from", "the"})


def title_before(before: str, prefix: list[str], complement: bool = False) -> str | None:
    """The premodifying title of a name: "Libertarian candidate" in "Libertarian candidate Gary Johnson".

    The word next to the name (or its stripped title) must be a role word; the title then extends left
    over content words up to a function word or punctuation. Capitalised words cut off the name's run hold a
    role word too, or are one word of a doer ("Immunologist"), else they are a name of their own (an outlet's,
    a place's) and no title. `before` is the sentence up to the name, `prefix` the capitalised words cut off
    the name's run as its title; `complement` says they end a title's complement begun before the run
    ("Ambassador to the | United States"), which the title runs through."""
    tokens = _WORD.findall(before)
    taken: list[str] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        low = token.lower()
        # the complement's own preposition and article, right before the run ("to the | United States"); a
        # "to" further left is no title's ("According to Afghan Ambassador to the | United States")
        opening = complement and all(w.lower() in _COMPLEMENT_JOINERS for w in taken)
        joiners = _COMPLEMENT_JOINERS if opening else _TITLE_JOINERS
        following = taken[0] if taken else (prefix[0] if prefix else "")
        if low in joiners and (following[:1].isupper() or following.lower() in joiners):
            taken.insert(0, token)
            continue
        # two roles joined: "actor and producer Jo Fox"
        before_and = clean_word(tokens[at - 1]) if at > 0 else ""
        between_roles = is_role_word(before_and) and is_role_word(clean_word(following))
        if low == "and" and taken and between_roles:
            taken.insert(0, token)
            continue
        if not token[0].isalnum() or (token.endswith(".") and token[0].islower()):
            break
        if low in STOP_WORDS and not _opens_office(token):
            break
        if not taken and not prefix and not is_role_word(clean_word(token)):
            break
        if (taken or prefix) and not is_modifier(clean_word(token)):
            break
        taken.insert(0, token)
    while taken and taken[0].lower() in (_COMPLEMENT_JOINERS if complement else _TITLE_JOINERS):
        taken.pop(0)
    for i, word in enumerate(prefix):
        # "First Minister Jo Fox" is titled; "Former" alone before a name is no title
        opens_office = _opens_office(word) and i + 1 < len(prefix)
        low = word.lower()
        stop = (low in STOP_WORDS and not opens_office) or low in lexicon.words("weekdays")
        if stop or (i == 0 and is_sentence_adverb(word)):
            # "Later Sen. Fox", "The Rev. Fox", "On Tuesday Fox": what comes before is no title
            taken, prefix = [], prefix[i + 1 :]
    prefix = [w for w in prefix if w not in HONORIFICS]
    words = [clean_word(w) for w in taken] + prefix
    if not any(_tells_role(w) for w in words) and not (len(words) == 1 and _agent_noun(words[0])):
        return None  # "the editorial board of the Dorn Ledger | Jo Fox": an outlet's name is no title
    return " ".join(words).strip() or None


def _tells_role(word: str) -> bool:
    """A role word, a hyphenated one by its last part too ("Co-author")."""
    word = clean_word(word)
    return is_role_word(word) or ("-" in word and is_role_word(word.rsplit("-", 1)[1]))


def _agent_noun(word: str) -> bool:
    """A word of a doer by its ending ("Immunologist", "Broadcaster"), alone before a name: an occupation the
    role lists may lack."""
    low = word.lower()
    return word.isalpha() and len(low) > 4 and low.endswith(tuple(lexicon.words("agent_suffixes")))


def _opens_office(word: str) -> bool:
    """A capitalised function word that is part of a title: "First" in "First Minister of Scotland"."""
    return word[:1].isupper() and word.lower() in lexicon.words("title_modifiers")


#: Capitalised words an apposition may open with before its role: the name of the body the role is in.
_MOST_NAME_WORDS = 4


def _role_opens(word: str) -> bool:
    return is_role_word(word) or (is_modifier(word) and not word[0].isupper())


def _opens_title(words: list[str]) -> bool:
    """Whether an apposition without an article opens with a role: a role word or a lower-case word of
    office ("former", "senior"); after the name of the body the role is in ("Jo Fox, USI associate
    professor", "Jo Fox, Brisk Bank chief economist"); or a noun coordinated with a role word ("Jo Fox,
    poet and professor of law": the first head need not be a known role). A place alone ("Jo Fox, Ohio")
    opens none."""
    if not words:
        return False
    if _role_opens(words[0]):
        return True
    named = 0
    while named < min(len(words) - 1, _MOST_NAME_WORDS) and words[named][:1].isupper():
        named += 1
    if named and words[named][:1].islower() and _role_opens(words[named]):
        return True
    return len(words) > 2 and words[0].isalpha() and words[0].islower() and words[1] == "and" and (
        is_role_word(words[2])
    )


#: Prepositions after which a name is part of the role ("fiancée of journalist Jo Fox").
_ROLE_PREPOSITIONS = frozenset({"of", "to", "for", "at", "in", "with", "from"})


def _names_another(words: list[str]) -> bool:
    """Whether the phrase's own role word stands before a name, as the next of a list of titled names does:
    a role noun in lower case, not a title word ("former Obama aide") nor part of a name ("Republican Party",
    "Chief Technology Officer"), with a capitalised word after it that is no title word ("nominee Ann Lee"),
    before any preposition (after one the name belongs to the role: "fiancée of journalist Jo Fox")."""
    head: list[str] = []
    for word in words:
        if word.lower() in _ROLE_PREPOSITIONS:
            break
        head.append(word)
    return any(
        word[:1].islower() and lexicon.is_role_noun(word) and nxt[:1].isupper() and not is_role_word(nxt)
        for word, nxt in itertools.pairwise(head)
    )


def apposition_title(text: str, end: int) -> str | None:
    """An apposition after the name: "Jo Fox, the campaign's press secretary," -> its phrase; it ends with
    its line (a headline's "X, nominee for governor" runs on into the first paragraph otherwise)."""
    rest = text[end : end + 160].split("\n", 1)[0]
    match = re.match(r"\s*(?:\([^)]{1,12}\))?,\s+((?:the|a|an)\s+)?([^,.;:“”\"]{3,120})", rest)
    if not match:
        return None
    phrase = match.group(2).strip()
    if not match.group(1) and not _opens_title(phrase.split()):
        return None  # "Jo Fox, angered that ...", "Jo Fox, Ohio": not an apposition of role
    words = phrase.lower().split()
    if words[0] in ("who", "which", "that", "said", "says", "and", "but", "in", "on", "at"):
        return None
    if not any(is_role_word(clean_word(w)) or is_role_word(clean_word(w).removesuffix("s")) for w in words):
        return None
    phrase = re.split(r"\s+(?:said|says|told|wrote|added|and said)\b", phrase)[0].strip()
    if _names_another(phrase.split()):
        return None  # "Jo Fox, Green Party nominee Ann Lee, ...": the next of a list of titled names
    return phrase
