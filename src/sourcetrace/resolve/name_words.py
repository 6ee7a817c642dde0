"""What a word of a capitalised run is: part of a person's name, a title before it, or a word that ends it.

Pure predicates over single words, shared by the article's `NameBook` (`names`) and the sieves: a title
("Sen.", "Administrator") stands before a name and is not part of it; a particle ("bin", "van") sits inside
a name between its capitalised parts; an acronym or an organisation's last word is no person's name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.resolve import lexicon

SPACE = "[ \u00a0]"


def _capital_letters() -> str:
    """The capital letters of a regular-expression class: A-Z and the accented and other Latin, Greek and
    Cyrillic capitals ("Łukasz", "Émilie", "Özge", "Şule"; `re` has no \\p{Lu})."""
    blocks = (range(0xC0, 0x530), range(0x1E00, 0x1F00))
    capitals = [chr(c) for block in blocks for c in block if chr(c).isupper()]
    return "A-Z" + "".join(capitals)


#: A capital letter, inside a regular-expression class: `[{CAPITAL}]`.
CAPITAL = _capital_letters()
_CAP_WORD = rf"(?:[{CAPITAL}](?:[\w’'\-]|\.(?=[{CAPITAL}]))*\.?)"
POSSESSIVE_END = re.compile(r"[’']s?$")
#: Honorifics before a name: "Mr. Obama", "Ms Cole" (they tell gender; never a title of office).
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms"})
_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ive", "ary", "ern", "ese", "ish")


@cache
def capitalised_run() -> re.Pattern[str]:
    """A run of capitalised words, with name particles between them ("Mohammad bin Salman", "al-Assad")."""
    particles = "|".join(sorted(map(re.escape, lexicon.words("name_particles")), key=len, reverse=True))
    word = rf"(?:{_CAP_WORD}|(?:{particles})-{_CAP_WORD})"
    return re.compile(rf"{_CAP_WORD}(?:(?:{SPACE}+(?:{particles}))*{SPACE}+{word})*")


def is_particle(word: str) -> bool:
    """A lower-case word inside a name ("bin", "van", "de"), or a hyphenated one before its part ("al-")."""
    return lexicon.is_name_particle(word)


def particles_then_surname(words: Sequence[str]) -> bool:
    """Whether a name is a surname with its particles and no first name ("De Blasio", "van Helden"), the
    particles' case aside."""
    return len(words) >= 2 and all(is_particle(w.lower()) for w in words[:-1])


def is_title(word: str) -> bool:
    """A title word ("Senator", "Sen."), a hyphenated one by its last part ("Secretary-General",
    "Attorney-General"; not a double-barrelled name, "King-Smith")."""
    if lexicon.is_title_word(word) or lexicon.is_title_word(word.rstrip(".")):
        return True
    parts = [part for part in word.split("-") if part]
    return len(parts) > 1 and lexicon.is_title_word(parts[-1])


def is_role_word(word: str) -> bool:
    low = word.lower()
    return lexicon.is_role_noun(low) or is_title(word) or low in lexicon.words("spokesperson_nouns")


def is_modifier(word: str) -> bool:
    """A word that can extend a title leftwards: capitalised, a role word, or an adjective of office."""
    low = word.lower()
    return (
        word[:1].isupper()
        or "-" in word
        or is_role_word(word)
        or low in lexicon.words("title_modifiers")
        or low.endswith(_ADJECTIVE_ENDINGS)
    )


def breaks_name(word: str) -> bool:
    """A word that cannot be inside a person's name: what precedes it is a title or another name."""
    if is_particle(word):
        return False
    clean = clean_word(word)
    return (
        is_title(word)
        or lexicon.is_role_noun(clean.lower())
        or word.lower() in STOP_WORDS
        or not looks_like_name_word(clean)
        or lexicon.is_organization_suffix(clean.lower())
        or is_sentence_adverb(clean)
    )


def is_owner(word: str) -> bool:
    """A word in the possessive inside a run of capitals: its owner, no part of the name after it ("Brisk's
    Jo Fox"), nor a title of it ("President's Choice")."""
    return word.endswith(("’s", "'s"))


def is_name_suffix(word: str) -> bool:
    """A generational suffix after a surname ("Jr.", "III"): part of the name, not its surname."""
    return word.lower().rstrip(".") in lexicon.words("name_suffixes")


def surname(words: tuple[str, ...] | list[str]) -> str:
    """The last word of a full name that is not a generational suffix: "Fox" of "Jo Fox Jr."."""
    if len(words) > 2 and is_name_suffix(words[-1]):
        return words[-2]
    return words[-1]


def clean_word(word: str) -> str:
    """A word without its possessive ending, and without a final period that is not an abbreviation's (a
    title's or a suffix's: "Sen.", "Jr.")."""
    word = POSSESSIVE_END.sub("", word) if word.endswith(("’s", "'s", "’", "'")) else word
    bare = word.rstrip(".")
    abbreviation = is_title(word) or is_name_suffix(word)
    return bare if word.endswith(".") and len(bare) > 1 and "." not in bare and not abbreviation else word


def looks_like_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name: initials yes, acronyms and function words no; a
    particle's hyphenated form ("al-Assad") too."""
    bare = word.rstrip(".")
    if "-" in bare and is_particle(bare.split("-", 1)[0]):
        bare = bare.split("-", 1)[1]
    if not bare or not bare[0].isupper() or word == "I":
        return False  # the pronoun; "I." is an initial ("Jo A. I. Fox"), opening no name (`opens_name`)
    if "-" in bare and bare.rsplit("-", 1)[1][:1].islower():
        return False  # "Yemen-based", "London-born": a description, not a name
    if bare.lower() in STOP_WORDS and len(bare) > 1:
        return False
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word):
        return True  # initials: "G.K.", "J."
    return not (bare.isupper() and len(bare) > 2)  # acronyms are organisations


def is_sentence_adverb(word: str) -> bool:
    """An adverb or connective that opens a sentence before its subject ("Later", "Separately")."""
    return word.lower() in lexicon.words("sentence_adverbs")


def opens_name(word: str) -> bool:
    """Whether a word can be a name's first: a name word, but not "I." (the pronoun ending a sentence before a
    name, "more surprised than I. Fox said"; an initial only after a given name), nor an adverb opening the
    sentence ("Later Fox said")."""
    return looks_like_name_word(word) and word != "I." and not is_sentence_adverb(word)


def is_name(words: tuple[str, ...] | list[str]) -> bool:
    """Whether the words can make a name: each a name word, particles only between two of them."""
    if not words or not opens_name(words[0]) or not looks_like_name_word(words[-1]):
        return False
    return all(looks_like_name_word(w) or is_particle(w) for w in words[1:-1])


def fold(word: str) -> str:
    """A word for name look-up: lower case, accents dropped ("Erdoğan" and "Erdogan" are one surname)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
