"""What a stored actor name says about its bearer: a person's given name, middle names, surname and suffix;
an organisation's words and acronym; or a body linked to a person (a campaign, an administration, a family).

The within-article resolver (`sourcetrace.resolve`) already names each source as the article does at its
fullest ("Mr. Obama" → "Barack Obama" when the article names him in full). Across articles the registry
compares these names, and `parse_name` is the one reading of a name it compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from sourcetrace.data import lines, table, words

ActorKind = Literal["person", "organization", "campaign", "administration", "family", "group"]
Gender = Literal["m", "f"]

_WORD = re.compile(r"[^\s]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_COORDINATION = re.compile(r"\s*(?:;|,|\band\b|&)\s*", re.IGNORECASE)
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")


@cache
def _honorifics() -> dict[str, Gender | None]:
    found: dict[str, Gender | None] = {}
    for word, (gender, *_) in table("corpus", "honorifics").items():
        found[word.casefold()] = gender if gender in ("m", "f") else None  # type: ignore[assignment]
    return found


@cache
def _title_words() -> frozenset[str]:
    titles = {w.casefold() for w in lines("resolve", "title_words.txt")}
    titles |= words("resolve", "occupation_nouns")
    titles |= {w.casefold() for w in table("resolve", "abbreviations")}
    return frozenset(titles | set(_honorifics()) | words("resolve", "title_modifiers"))


@cache
def _relations() -> tuple[tuple[tuple[str, ...], ActorKind], ...]:
    """(last words, kind), longest first."""
    kinds: dict[str, ActorKind] = {
        "campaign": "campaign",
        "administration": "administration",
        "family": "family",
    }
    rows = [
        (tuple(key.casefold().split()), kinds[kind])
        for key, (kind, *_) in table("corpus", "relations").items()
    ]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(w.casefold() for w in lines("corpus", "name_suffixes.txt"))


@cache
def _common_nouns() -> frozenset[str]:
    roles = words("resolve", "role_nouns") | words("resolve", "occupation_nouns")
    return words("resolve", "organization_nouns") | roles


@cache
def _particles() -> frozenset[str]:
    return words("resolve", "name_particles")


def _capitalised(word: str) -> bool:
    return not word[:1].isalpha() or word[:1].isupper()


@cache
def _connectors() -> frozenset[str]:
    return words("corpus", "name_connectors")


@cache
def _function_words() -> frozenset[str]:
    return words("corpus", "function_words")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A name folded for comparison: case-folded, curly apostrophes straightened, single spaces."""
    return " ".join(name.replace("’", "'").casefold().split())


@dataclass(frozen=True)
class ParsedName:
    """One reading of a stored actor name.

    `words` is the name without its title, honorific and possessive ("Barack Obama"); for a person,
    `given`, `middle`, `surname` and `suffix` split it (folded), `surname_only` when nothing but a surname
    is left ("Mr. Obama"). `gender` comes from an honorific. For a campaign, administration or family,
    `principal` is the name of the person it belongs to ("Obama" in "Obama administration"); for a group,
    `members` are the coordinated names ("A and B"). `acronym` is an organisation's initials ("FBI")."""

    text: str
    kind: ActorKind
    words: tuple[str, ...]
    title: str | None = None
    gender: Gender | None = None
    given: str | None = None
    middle: tuple[str, ...] = ()
    surname: str | None = None
    suffix: str | None = None
    principal: str | None = None
    members: tuple[str, ...] = ()
    acronym: str | None = None

    @property
    def surname_only(self) -> bool:
        return self.kind == "person" and self.given is None and self.surname is not None

    @property
    def display(self) -> str:
        return " ".join(self.words)


def _strip(name: str) -> list[str]:
    found = [w.strip(',;:()[]"“”') for w in _WORD.findall(name)]
    found = [w for w in found if w]
    if found and found[0].casefold() == "the":
        found = found[1:]
    if found:
        found[-1] = _POSSESSIVE.sub("", found[-1])
    return [w for w in found if w]


def _peel_title(found: list[str]) -> tuple[list[str], str | None, Gender | None]:
    """Leading title words and honorifics off a name: ("Mr.", "Barack", "Obama") → title "Mr.", male."""
    honorifics, titles = _honorifics(), _title_words()
    taken: list[str] = []
    gender: Gender | None = None
    while len(found) > 1 and found[0].casefold() in titles:
        word = found.pop(0)
        taken.append(word)
        gender = honorifics.get(word.casefold(), gender) or gender
    title = " ".join(w for w in taken if w.casefold() not in honorifics) or None
    return found, title, gender


def initials(found: tuple[str, ...] | list[str]) -> str:
    """The acronym an organisation's name makes: its capitalised words' first letters ("FBI")."""
    return "".join(w[0].upper() for w in found if w and w.casefold() not in _connectors() and w[0].isalpha())


def _relation(found: list[str]) -> tuple[ActorKind, list[str]] | None:
    folded = [w.casefold() for w in found]
    for tail, kind in _relations():
        if len(folded) > len(tail) and tuple(folded[-len(tail) :]) == tail:
            return kind, found[: -len(tail)]
    return None


def _family(found: list[str]) -> str | None:
    """The surname of a family named in the plural ("Clintons" → "Clinton")."""
    if len(found) == 1 and len(found[0]) > 3 and found[0].endswith("s") and found[0][0].isupper():
        return found[0][:-1]
    return None


def _person(text: str, found: list[str], title: str | None, gender: Gender | None) -> ParsedName:
    suffix = None
    if len(found) > 1 and found[-1].casefold() in _suffixes():
        suffix = found[-1].casefold().rstrip(".")
        found = found[:-1]
    folded = [w.casefold() for w in found]
    if len(found) == 1:
        return ParsedName(text, "person", tuple(found), title, gender, surname=folded[0], suffix=suffix)
    return ParsedName(
        text,
        "person",
        tuple(found) + ((suffix.capitalize() + ".",) if suffix else ()),
        title,
        gender,
        given=folded[0],
        middle=tuple(w.rstrip(".") for w in folded[1:-1]),
        surname=folded[-1],
        suffix=suffix,
    )


@lru_cache(maxsize=65536)
def parse_name(text: str, source_type: str | None = None) -> ParsedName | None:
    """The reading of a stored actor name; None when it names nobody (empty, or a word in lower case).

    `source_type` is the resolver's: "organization" makes a name an organisation unless its words say
    otherwise; a person is what is left."""
    found = _strip(text)
    if not found or not any(w[:1].isupper() for w in found):
        return None
    if len(found) == 1 and fold(found[0]) in _common_nouns():
        return None  # "Campaign", "Company": a common noun the resolver carried over, not a name
    parts = [p for p in _COORDINATION.split(" ".join(found)) if p]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return ParsedName(text, "group", tuple(found), members=tuple(parts))
    relation = _relation(found)
    if relation is not None and relation[1]:
        kind, rest = relation
        rest, _, _ = _peel_title(rest)
        rest = [*rest[:-1], _POSSESSIVE.sub("", rest[-1])] if rest else rest
        if rest and rest[-1][:1].isupper():
            return ParsedName(text, kind, tuple(found), principal=" ".join(rest))
    family = _family(found) if source_type != "organization" else None
    if family is not None and fold(family) not in _function_words():
        return ParsedName(text, "family", tuple(found), principal=family)
    if len(found) == 1 and _ACRONYM.fullmatch(found[0]):
        return ParsedName(text, "organization", tuple(found), acronym=found[0].replace(".", ""))
    if source_type == "organization" or len(found) > 4:
        if any(not _capitalised(w) and fold(w) not in _connectors() for w in found):
            return None  # a description ("a review of the emails"), not an organisation's name
        return ParsedName(text, "organization", tuple(found), acronym=initials(found) or None)
    found, title, gender = _peel_title(found)
    if any(not _capitalised(w) and fold(w) not in _particles() for w in found):
        return None  # a description ("footage of Hillary Clinton"), not a person's name
    while len(found) > 1 and fold(found[0]) in _function_words():
        found = found[1:]
    return _person(text, found, title, gender)


def honorific_gender(mention: str) -> Gender | None:
    """The gender an honorific at the start of a mention tells ("Mrs. Clinton" → "f")."""
    first = _strip(mention)[:1]
    return _honorifics().get(first[0].casefold()) if first else None


@cache
def _nicknames() -> dict[str, str]:
    return {fold(k): fold(v[0]) for k, v in table("corpus", "nicknames").items() if v}


def formal_given(given: str) -> str:
    """The given name a nickname shortens ("ed" → "edward"), else the name itself (folded)."""
    return _nicknames().get(given, given)


def middles_agree(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two persons' middle names may be the same: one has none, or each is the other or its
    initial ("J" and "John")."""
    if not one or not other:
        return True
    if len(one) != len(other):
        return False
    return all(
        a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
        for a, b in zip(one, other, strict=True)
    )
