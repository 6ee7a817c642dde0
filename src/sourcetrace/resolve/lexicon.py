"""The resolver's word lists, read once from `sourcetrace/data/resolve/`.

Lists are data, not code: each file holds general English words of one class (see the README beside them).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_PACKAGE = "sourcetrace.data"


def _lines(name: str) -> list[str]:
    raw = files(_PACKAGE).joinpath("resolve", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list, lower-cased (e.g. `words("document_nouns")`)."""
    return frozenset(line.strip().lower() for line in _lines(f"{name}.txt"))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated table keyed by its first column, as written (e.g. `table("abbreviations")`)."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in _lines(f"{name}.tsv"):
        key, *values = line.split("\t")
        rows[key] = tuple(values)
    return rows


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions, compiled case-insensitively."""
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in _lines(f"{name}.txt"))


def is_document_noun(lemma: str) -> bool:
    return lemma.lower() in words("document_nouns")


def is_organization_noun(lemma: str) -> bool:
    return lemma.lower() in words("organization_nouns")


def is_role_noun(lemma: str) -> bool:
    return lemma.lower() in words("role_nouns")


def is_title_word(word: str) -> bool:
    return word.lower() in words("title_words")


def number_value(word: str) -> int | None:
    """The value of a number word or numeral ("three" -> 3, "31" -> 31), else None."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    value = table("numbers").get(w)
    return int(value[0]) if value else None


def expand_abbreviation(word: str) -> str:
    value = table("abbreviations").get(word)
    return value[0] if value else word
