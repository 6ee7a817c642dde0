"""The user alias file: a CSV of `alias,canonical name` rows that override and extend the registry.

A row whose alias differs from its canonical name merges: every mention named the alias belongs to the
canonical actor ("Donald J. Trump,Donald Trump"; "The Donald,Donald Trump"). A row whose alias is its own
canonical name splits: the name stays an actor of its own, whatever the rules would merge it into
("Trump,Trump"). Later rows win over earlier ones for the same alias. `sourcetrace actors merge / split`
append rows; the file stays readable and editable by hand.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sourcetrace.corpus.names import fold

HEADER = ("alias", "canonical")


class AliasFileError(ValueError):
    """The alias file cannot be read: the message names the file and the problem."""


@dataclass(frozen=True)
class UserAlias:
    """One row of the alias file."""

    alias: str
    canonical: str

    @property
    def splits(self) -> bool:
        return fold(self.alias) == fold(self.canonical)


def read_aliases(path: Path) -> list[UserAlias]:
    """The rows of an alias file (none when it does not exist); a header row `alias,canonical` is optional."""
    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise AliasFileError(f"{path}: cannot read the alias file: {error}") from error
    found = []
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or (number == 1 and tuple(c.casefold() for c in cells[:2]) == HEADER):
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise AliasFileError(f"{path}:{number}: expected two columns, alias and canonical name")
        found.append(UserAlias(cells[0], cells[1]))
    return found


def append_aliases(path: Path, rows: Iterable[UserAlias]) -> None:
    """Add rows at the end of the alias file, creating it (with its header) when missing."""
    new = not path.exists() or path.stat().st_size == 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if new:
            writer.writerow(HEADER)
        for row in rows:
            writer.writerow((row.alias, row.canonical))


def alias_map(rows: Sequence[UserAlias]) -> dict[str, str]:
    """Folded alias → canonical name, the last row winning."""
    return {fold(row.alias): row.canonical for row in rows}
