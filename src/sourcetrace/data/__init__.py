"""The one loader of package data: word lists, tables and patterns under `sourcetrace/data/`, read once.

Rules keep their vocabularies here, not in code: `data/extract/` for the extraction rules, `data/resolve/`
for the source resolver (each folder's README says what each file holds). Lines starting with `#` and blank
lines are comments.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


def read_text(*path: str) -> str:
    """A packaged file's text, e.g. `read_text("cues.tsv")`, `read_text("extract", "joiners.txt")`."""
    return files(__name__).joinpath(*path).read_text(encoding="utf-8")


def lines(*path: str) -> list[str]:
    """A packaged file's lines, without comments and blank lines (trailing white space kept)."""
    found = read_text(*path).splitlines()
    return [line.rstrip("\n") for line in found if line.strip() and not line.startswith("#")]


@cache
def words(folder: str, name: str) -> frozenset[str]:
    """A one-entry-a-line list, lower-cased (e.g. `words("extract", "joiners")`)."""
    return frozenset(line.strip().lower() for line in lines(folder, f"{name}.txt"))


@cache
def table(folder: str, name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated table keyed by its first column, as written (e.g. `table("resolve", "numbers")`)."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in lines(folder, f"{name}.tsv"):
        key, *values = line.split("\t")
        rows[key] = tuple(values)
    return rows


@cache
def patterns(folder: str, name: str) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions, compiled case-insensitively."""
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in lines(folder, f"{name}.txt"))
