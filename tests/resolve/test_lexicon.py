"""The resolver's word lists load, and no name from the seed article is a rule (the seed is a test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paths import ROOT, SEED_GOLD
from sourcetrace.resolve import lexicon

RESOLVER_FILES = sorted(
    [
        *(ROOT / "src" / "sourcetrace" / "resolve").glob("*.py"),
        *(ROOT / "src" / "sourcetrace" / "data" / "resolve").glob("*"),
        *(ROOT / "src" / "sourcetrace" / "corpus").glob("*.py"),  # the registry and claims, across articles
        *(ROOT / "src" / "sourcetrace" / "data" / "corpus").glob("*"),
        ROOT / "src" / "sourcetrace" / "store" / "registry.py",
        ROOT / "src" / "sourcetrace" / "store" / "claims.py",
    ]
)


def _seed_names() -> set[str]:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    names = {word for actor in gold["actors"] for word in actor.split()}
    names |= {"Reuters", "Kremlin", "Ukraine", "Russia", "Crimea", "Kyiv", "Washington"}
    return {n for n in names if n[:1].isupper()}


@pytest.mark.parametrize("path", RESOLVER_FILES, ids=lambda p: p.name)
def test_no_seed_name_in_the_resolver(path: Path) -> None:
    content = path.read_text(encoding="utf-8")
    assert not [name for name in _seed_names() if name in content]


def test_word_lists_load() -> None:
    assert lexicon.is_document_noun("report")
    assert lexicon.is_organization_noun("ministry")
    assert lexicon.is_role_noun("senator")
    assert lexicon.number_value("three") == 3
    assert lexicon.number_value("31") == 31
    assert lexicon.expand_abbreviation("Sen.") == "Senator"
    assert all(pattern.pattern for pattern in lexicon.patterns("justification_cues"))


def test_an_occupation_has_one_home() -> None:
    """An occupation ("epidemiologist") is a role noun and, capitalised, a title word, read from one list;
    written again in role_nouns.txt or title_words.txt it would be two lists to keep in step."""
    occupations = lexicon.words("occupation_nouns")
    assert lexicon.is_role_noun("epidemiologist") and lexicon.is_title_word("Epidemiologist")
    assert not occupations & (lexicon.words("role_nouns") | lexicon.words("title_words"))
