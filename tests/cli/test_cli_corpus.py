"""The corpus commands end to end, with real extraction (spaCy, loaded once per session) on two short
articles, against SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.store import open_store
from sourcetrace.store.database import database_url as store_url

TRIBUNE = (
    "date 2024-05-24 by Staff Writer / Test Tribune\n"
    "“We are ready for a ceasefire along the current lines,” Russian President Vladimir Putin said on "
    "Friday. Kremlin spokesman Dmitry Peskov said talks on a ceasefire could resume next week.\n"
)
COURIER = (
    "date 2024-05-26 by Jane Doe / Daily Courier\n"
    "MOSCOW (Reuters) — Three Russian sources said Putin told his advisers that a ceasefire was possible. "
    "The Ukrainian foreign ministry declined to comment.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "tribune.txt").write_text(TRIBUNE, encoding="utf-8")
    (folder / "courier.txt").write_text(COURIER, encoding="utf-8")
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_then_ask(articles: Path, database_url: str) -> None:
    code, _, report = run("ingest", str(articles), "--db", database_url)
    assert code == 0, report
    assert "articles/s" in report
    assert "│   2 │         0 │       0 │      0 │" in report  # new, unchanged, updated, failed

    code, _, report = run("ingest", str(articles), "--db", database_url)
    assert code == 0
    assert "│   0 │         2 │       0 │      0 │" in report

    code, out, _ = run("search", "ceasefire", "--db", database_url, "--json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {h["article"]["name"] for h in hits} == {"tribune.txt", "courier.txt"}
    assert [h["article"]["published"] for h in hits] == sorted(h["article"]["published"] for h in hits)

    code, out, _ = run("actor", "Putin", "--db", database_url, "--json")
    statements = [json.loads(line) for line in out.splitlines()]
    assert [(s["article"]["name"], s["authority"]) for s in statements] == [
        ("tribune.txt", "on_record"), ("courier.txt", "anonymous_sources")]
    code, out, _ = run("actor", "Putin", "--db", database_url)
    assert code == 0 and "anonymous sources: Three Russian sources" in out

    code, out, _ = run("outlets", "--db", database_url, "--json")
    profiles = {p["outlet"]: p for p in map(json.loads, out.splitlines())}
    assert set(profiles) == {"Test Tribune", "Daily Courier"}
    assert profiles["Daily Courier"]["credited_agencies"] == [["Reuters", 1]]
    assert profiles["Daily Courier"]["anonymous"] >= 1

    code, out, _ = run("export", "--format", "jsonl", "--db", database_url)
    documents = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [d["document"] for d in documents] == ["tribune.txt", "courier.txt"]
    for document in documents:
        text = (articles / document["document"]).read_text(encoding="utf-8")
        for attribution in document["attributions"]:
            cue = attribution["cue"]
            assert text[cue["start"]:cue["end"]] == cue["text"]

    code, out, _ = run("export", "--format", "csv", "--db", database_url)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == sum(len(d["attributions"]) for d in documents)


def test_outlets_and_actor_count_mental_states_on_request(tmp_path: Path, database_url: str) -> None:
    folder = tmp_path / "planet"
    folder.mkdir()
    (folder / "bridge.txt").write_text(
        "date 2024-03-01 by Staff / Daily Planet\n"
        "Mayor Lena Ostrova said the bridge would reopen in May. Lena Ostrova hopes the ferry returns soon. "
        "Two city officials believe the repairs will cost more than planned.\n",
        encoding="utf-8",
    )
    assert run("ingest", str(folder), "--db", database_url)[0] == 0
    outlets = {}
    for extra in ([], ["--include-mental"]):
        code, out, _ = run("outlets", "--db", database_url, "--json", *extra)
        assert code == 0
        outlets[bool(extra)] = json.loads(out)
    assert (outlets[False]["attributions"], outlets[False]["anonymous"]) == (1, 0)
    assert (outlets[True]["attributions"], outlets[True]["anonymous"]) == (3, 1)
    assert outlets[True]["top_actors"] == [["Lena Ostrova", 2]]

    code, out, _ = run("actor", "Ostrova", "--db", database_url, "--json")
    assert code == 0 and [json.loads(line)["cue"] for line in out.splitlines()] == ["said"]
    code, out, _ = run("actor", "Ostrova", "--db", database_url, "--include-mental")
    assert code == 0 and "2 statements" in out and "(mental)" in out


def test_bad_items_fail_the_run_but_not_the_others(articles: Path, database_url: str) -> None:
    (articles / "empty.txt").write_text("", encoding="utf-8")
    code, _, report = run("ingest", str(articles), str(articles / "missing.txt"), "--db", database_url)
    assert code == 1
    assert "empty.txt: empty file" in report
    assert "missing.txt: no such file or folder" in report
    assert "│   2 │         0 │       0 │      2 │" in report


def test_a_locked_database_is_one_clear_line(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCETRACE_LOCK_TIMEOUT", "0.2")
    db = tmp_path / "locked.db"
    open_store(db).close()
    holder = create_engine(store_url(db), isolation_level="AUTOCOMMIT").connect()
    holder.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        code, _, error = run("ingest", str(articles), "--db", str(db))
    finally:
        holder.exec_driver_sql("ROLLBACK")
        holder.close()
    assert code == 2
    assert [line for line in error.splitlines() if line.startswith("error:")] == [
        f"error: {db}: the database is locked by another process; try again later"]


def test_empty_corpus_and_unreachable_database(tmp_path: Path) -> None:
    open_store(tmp_path / "new.db").close()
    code, out, _ = run("outlets", "--db", str(tmp_path / "new.db"))
    assert code == 0 and "corpus is empty" in out
    code, out, _ = run("search", "anything", "--db", str(tmp_path / "new.db"))
    assert code == 0 and "no attribution matches" in out
    code, _, error = run("search", "x", "--db", "postgresql://nobody:nothing@127.0.0.1:1/none")
    assert code == 2 and error.startswith("error: ") and len(error.strip().splitlines()) == 1
    assert "nothing" not in error  # the password is never shown


def _one_error(args: list[str]) -> str:
    code, out, error = run(*args)
    assert code == 2 and out == ""
    lines = error.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in error
    return lines[0]


@pytest.mark.parametrize("command", [["search", "x"], ["actor", "Putin"], ["outlets"], ["export"]])
def test_questions_never_create_a_database(tmp_path: Path, command: list[str]) -> None:
    """A mistyped --db is an error, not a new empty database (and no folders) that answers "no match"."""
    typo = tmp_path / "corpsu" / "corpus.db"
    assert _one_error([*command, "--db", str(typo)]) == (
        f"error: {typo}: no such database (check --db; `sourcetrace ingest` creates one)")
    assert not typo.parent.exists()


def test_a_file_that_is_not_a_database_is_said_in_words(tmp_path: Path) -> None:
    notes = tmp_path / "some.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    line = _one_error(["outlets", "--db", str(notes)])
    assert line.startswith(f"error: {notes} is not a database: it is a file of another kind")
    assert "DatabaseError" not in line


def test_another_applications_database_gets_nothing_written(tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    connection.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    for command in (["search", "x"], ["ingest", str(tmp_path / "nothing.txt")]):
        line = _one_error([*command, "--db", str(other)])
        assert "another application's tables (photos)" in line
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before


def test_a_newer_database_says_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    open_store(db).close()
    engine = create_engine(store_url(db))
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0999'")
    engine.dispose()
    line = _one_error(["search", "x", "--db", str(db)])
    assert line == f"error: {db} was made by a newer sourcetrace (schema 0999); upgrade sourcetrace to use it"


@pytest.mark.parametrize("args", [
    ["search", "ceasefire", "--limit", "99999999999999999999"],
    ["search", "ceasefire", "--limit", "-1"],
    ["search", "ceasefire", "--limit", "0"],
    ["search", "ceasefire " * 20_000],
    ["actor", "a" * 60_000],
])
def test_out_of_range_questions_are_one_sentence(database_url: str, args: list[str]) -> None:
    open_store(database_url).close()
    line = _one_error([*args, "--db", database_url])
    assert " must " in line or " at most " in line


def test_a_read_only_database_answers_and_ingest_says_why(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shared.db"
    open_store(db).close()
    from sourcetrace.store import database

    monkeypatch.setattr(database, "_writable", lambda _path: False)
    code, out, _ = run("outlets", "--db", str(db))
    assert code == 0 and "corpus is empty" in out
    line = _one_error(["ingest", str(articles), "--db", str(db)])
    assert line == (f"error: {db}: the database is read-only (no permission to write it); "
                    "queries work, storing does not")


def test_an_article_in_another_language_is_stored_with_its_language_and_no_attributions(
    tmp_path: Path, database_url: str
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "tribune.txt").write_text(TRIBUNE, encoding="utf-8")
    (folder / "zeitung.txt").write_text(
        "„Wir sind bereit“, sagte der Minister am Freitag in Berlin. Die Opposition erklärte, die Regierung "
        "habe das Parlament über die Verhandlungen nicht unterrichtet.\n", encoding="utf-8")
    code, _, report = run("ingest", str(folder), "--db", database_url)
    assert code == 0, report
    assert "zeitung.txt: stored, not extracted: language de (--force extracts it)" in " ".join(report.split())
    code, out, _ = run("export", "--format", "jsonl", "--db", database_url)
    stored = {r["document"]: r for r in map(json.loads, out.splitlines())}
    german = stored["zeitung.txt"]
    assert german["article"]["language"] == "de" and german["attributions"] == []
    assert stored["tribune.txt"]["article"]["language"] == "en" and stored["tribune.txt"]["attributions"]


def test_export_into_a_missing_folder_or_onto_a_folder_is_one_line(articles: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.db")
    assert run("ingest", str(articles), "--db", db)[0] == 0
    for target, reason in ((tmp_path / "missing" / "out.jsonl", "No such file or directory"),
                           (tmp_path, "Is a directory")):
        code, _, err = run("export", "--db", db, "-o", str(target))
        assert code == 2
        assert err.strip().splitlines() == [f"error: {target}: cannot write ({reason})"]


def test_stored_text_is_escaped_in_search_and_actor(tmp_path: Path) -> None:
    folder = tmp_path / "escapes"
    folder.mkdir()
    (folder / "a.txt").write_text("Mayor Jon Berg said the \x1b[2J ceasefire \x07 would hold.\n",
                                  encoding="utf-8")
    db = str(tmp_path / "corpus.db")
    assert run("ingest", str(folder), "--db", db)[0] == 0
    for command in (["search", "ceasefire"], ["actor", "Berg"]):
        code, out, _ = run(*command, "--db", db)
        assert code == 0 and "\x1b" not in out and "\x07" not in out
        assert "\\x1b" in out and "\\x07" in out, out
