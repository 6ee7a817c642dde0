"""The resolver's word lists, read once from `sourcetrace/data/resolve/` by the package's one data loader.

Lists are data, not code: each file holds general English words of one class (see the README beside them).
"""

from __future__ import annotations

import re

from sourcetrace import data


def words(name: str) -> frozenset[str]:
    """A one-word-a-line list of `data/resolve/`, lower-cased (e.g. `words("document_nouns")`)."""
    return data.words("resolve", name)


def table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated table of `data/resolve/` keyed by its first column (e.g. `table("abbreviations")`)."""
    return data.table("resolve", name)


def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions of `data/resolve/`, compiled case-insensitively."""
    return data.patterns("resolve", name)


def is_document_noun(lemma: str) -> bool:
    return lemma.lower() in words("document_nouns")


def is_organization_noun(lemma: str) -> bool:
    return lemma.lower() in words("organization_nouns") or lemma.lower() in words("business_nouns")


def is_business_word(word: str) -> bool:
    """A noun of a kind of business ("carmaker") or a last word of a company's name ("Motors")."""
    return word.lower() in words("business_nouns") or word.lower() in words("company_words")


def is_organization_suffix(word: str) -> bool:
    """A last word of an organisation's name: of a kind ("Committee", "Times") or a company's ("Motors")."""
    low = word.lower()
    return low in words("organization_suffixes") or low in words("company_words")


def is_role_noun(lemma: str) -> bool:
    """A noun of a public role or an occupation ("senator", "spokesman", "epidemiologist")."""
    low = lemma.lower()
    return low in words("role_nouns") or low in words("occupation_nouns")


def is_title_word(word: str) -> bool:
    """A title before a name, with or without its abbreviation's period ("Sen.", "Sens", "Minister"), or an
    occupation written as one ("Ecologist Jo Fox")."""
    low = word.lower()
    titles = words("title_words")
    return low in titles or low in words("occupation_nouns") or (low.isalpha() and f"{low}." in titles)


def is_name_particle(word: str) -> bool:
    """A lower-case word inside a person's name: "bin", "van", "de"."""
    return word in words("name_particles")


def gender_of_word(word: str) -> str | None:
    """The gender a noun states of a person ("wife", "chairwoman", "prince"), if any."""
    low = word.lower()
    if low.endswith("woman") or low.endswith("women"):
        return "f"
    if (low.endswith("man") or low.endswith("men")) and low not in ("human", "humans"):
        return "m"
    value = table("gendered_nouns").get(low)
    return value[0] if value else None


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
