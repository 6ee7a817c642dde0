"""The user alias file: read, appended to, and one clear error for a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.corpus.aliases import AliasFileError, UserAlias, alias_map, append_aliases, read_aliases


def test_append_then_read(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "aliases.csv"
    assert read_aliases(path) == []
    append_aliases(path, [UserAlias("The Donald", "Donald Trump")])
    append_aliases(path, [UserAlias("Trump", "Trump"), UserAlias("The Donald", "Donald J. Trump")])
    assert path.read_text(encoding="utf-8").splitlines()[0] == "alias,canonical"
    rows = read_aliases(path)
    assert rows[1].splits and not rows[0].splits
    assert alias_map(rows) == {"the donald": "Donald J. Trump", "trump": "Trump"}  # the last row wins


def test_a_bad_row_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical\nOnly one column\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match=r"aliases.csv:2: expected two columns"):
        read_aliases(path)
