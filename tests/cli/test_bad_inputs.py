"""The bad-input corpus (`tests/corpus`, issue 19) through `extract` and `ingest`, beside a good file.

Every case gives exactly the one line `corpus.cases` expects, naming it (escaped when its name holds a newline
or an escape sequence, never read as markup); the good file and every case that still holds an article are
extracted or stored; the exit code is 1 because some inputs failed. Each command runs once over all the cases
(the big ones scaled down, with a character budget to match: the same code paths at a fraction of the size).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from corpus.cases import CASES, TEST_MAX_CHARS, make_cases
from sourcetrace.cli import app
from sourcetrace.store.database import database_url as store_url

GOOD = "The ministry said the border would reopen on Monday.\n"
_LABEL = re.compile(r"^(?:error|warning|failed): ")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    folder = tmp_path_factory.mktemp("corpus")
    good = folder / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    return [str(path) for path in make_cases(folder)] + [str(good)], folder


def _run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})


def _problem_lines(stderr: str) -> list[str]:
    """The problem lines without their label, and with the folder they were made in left out."""
    return [_LABEL.sub("", line) for line in stderr.splitlines() if _LABEL.match(line)]


def _check_lines(lines: list[str], folder: Path) -> None:
    prefix = re.escape(str(folder) + "/")
    for case in CASES:
        if case.line is None:
            continue
        matching = [line for line in lines if re.fullmatch(prefix + case.line, line)]
        assert len(matching) == 1, (case.name, lines)


@pytest.fixture(scope="module")
def extracted(corpus: tuple[list[str], Path]) -> Result:
    return _run("extract", "--format", "json", "--max-chars", str(TEST_MAX_CHARS), *corpus[0])


def test_extract_gives_one_line_per_bad_input(extracted: Result, corpus: tuple[list[str], Path]) -> None:
    assert extracted.exit_code == 1, extracted.output
    assert "Traceback" not in extracted.output
    lines = _problem_lines(extracted.stderr)
    _check_lines(lines, corpus[1])
    assert "\x1b" not in extracted.stderr  # an escape sequence in a name never reaches the terminal


def test_extract_goes_on_after_every_bad_input(extracted: Result) -> None:
    documents = json.loads(extracted.stdout)  # one array, valid JSON, with every document
    names = [document["document"] for document in documents]
    assert names[-1] == "good.txt"
    assert "bad\\xffname.txt" in names and "inner-\\xfe.txt" in names  # names as valid text
    assert "second line" in names  # the JSONL line after the lone surrogate
    cut = [d for d in documents if d["document"] in ("one-line.txt", "long-sentence.txt", "big-page.html")]
    assert len(cut) == 3 and all(d["attributions"] for d in cut)


def test_ingest_stores_what_it_can_and_names_each_failure(corpus: tuple[list[str], Path],
                                                          database_url: str) -> None:
    result = _run("ingest", "--db", database_url, "--max-chars", str(TEST_MAX_CHARS), *corpus[0])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = _problem_lines(result.stderr)
    # each problem once as it happens (the report below the table repeats the failures, not the warnings)
    for case in CASES:
        if case.line is not None:
            pattern = re.escape(str(corpus[1]) + "/") + case.line
            assert any(re.fullmatch(pattern, line) for line in lines), (case.name, lines)
    with create_engine(store_url(database_url)).connect() as connection:
        names = set(connection.execute(text("SELECT name FROM articles")).scalars())
        inputs = connection.execute(text("SELECT inputs FROM ingest_runs")).scalar_one()
    expected = {"good.txt", "bad\\xffname.txt", "inner-\\xfe.txt", "second line", "one-line.txt",
                "long-sentence.txt", "big-page.html"}
    assert expected <= names
    assert "\x1b" not in result.stderr
    assert any(name.endswith("bad\\xffname.txt") for name in (inputs if isinstance(inputs, list) else
                                                                 json.loads(inputs)))  # the run's inputs
