"""The titles the article gives a name: the role words before it ("Libertarian candidate Gary Johnson") and
an apposition of role after it ("Jo Fox, the campaign's press secretary,")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

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


def title_before(before: str, prefix: list[str]) -> str | None:
    """The premodifying title of a name: "Libertarian candidate" in "Libertarian candidate Gary Johnson".

    The word next to the name (or its stripped title) must be a role word; the title then extends left
    over content words up to a function word or punctuation. `before` is the sentence up to the name,
    `prefix` the capitalised words cut off the name's run as its title."""
    tokens = _WORD.findall(before)
    taken: list[str] = []
    for token in reversed(tokens):
        low = token.lower()
        following = taken[0] if taken else (prefix[0] if prefix else "")
        if low in _TITLE_JOINERS and following[:1].isupper():
            taken.insert(0, token)
            continue
        if not token[0].isalnum() or low in STOP_WORDS or (token.endswith(".") and token[0].islower()):
            break
        if not taken and not prefix and not is_role_word(clean_word(token)):
            break
        if (taken or prefix) and not is_modifier(clean_word(token)):
            break
        taken.insert(0, token)
    while taken and taken[0].lower() in _TITLE_JOINERS:
        taken.pop(0)
    for i, word in enumerate(prefix):
        if word.lower() in STOP_WORDS or (i == 0 and is_sentence_adverb(word)):  # "Later Sen. Fox"
            taken, prefix = [], prefix[i + 1 :]
    prefix = [w for w in prefix if w not in HONORIFICS]
    words = [clean_word(w) for w in taken] + prefix
    return " ".join(words).strip() or None


def apposition_title(text: str, end: int) -> str | None:
    """An apposition after the name: "Jo Fox, the campaign's press secretary," -> its phrase."""
    rest = text[end : end + 160]
    match = re.match(r"\s*(?:\([^)]{1,12}\))?,\s+((?:the|a|an)\s+)?([^,.;:“”\"]{3,120})", rest)
    if not match:
        return None
    phrase = match.group(2).strip()
    first = phrase.split()[0]
    if not match.group(1) and not (is_role_word(first) or (is_modifier(first) and not first[0].isupper())):
        return None  # "Jo Fox, angered that ...", "Jo Fox, Ohio": not an apposition of role
    words = phrase.lower().split()
    if words[0] in ("who", "which", "that", "said", "says", "and", "but", "in", "on", "at"):
        return None
    if not any(is_role_word(clean_word(w)) or is_role_word(clean_word(w).removesuffix("s")) for w in words):
        return None
    return re.split(r"\s+(?:said|says|told|wrote|added|and said)\b", phrase)[0].strip()
