"""`sourcetrace actor`, `actors`, `claims`, `trace` and `copies` on a corpus ingested with the real
pipeline: the seed article and two retellings written for this test, one keeping "Russian sources say", one
dropping it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paths import SEED_TEXT
from sourcetrace.cli import app

#: The seed's lede retold: the first keeps the hedge, the second states it as Putin's own words.
KEEPS_HEDGE = (
    "date 2024-05-25 by Staff Writer / Evening Courier\n"
    "Vladimir Putin said he is ready to call a ceasefire in Ukraine if it recognizes the current battlefield "
    "lines, Russian sources say.\n\n"
    "The report, first published by Reuters, cited sources familiar with discussions in the Kremlin. "
    "Ukraine has ruled out talks on those terms.\n"
)
DROPS_HEDGE = (
    "date 2024-05-27 by Staff Writer / Morning Digest\n"
    "Vladimir Putin said he is ready to call a ceasefire in Ukraine if it recognizes the current battlefield "
    "lines.\n\n"
    "Ukraine has ruled out talks on those terms, and its allies have pledged more aid.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The seed (its own date line: 2024-05-24), the two retellings, and a syndicated copy of the seed."""
    folder = tmp_path_factory.mktemp("articles")
    seed = SEED_TEXT.read_text(encoding="utf-8")
    (folder / "seed.txt").write_text(seed, encoding="utf-8")
    (folder / "courier.txt").write_text(KEEPS_HEDGE, encoding="utf-8")
    (folder / "digest.txt").write_text(DROPS_HEDGE, encoding="utf-8")
    body = seed.split("\n", 1)[1]
    (folder / "syndicated.txt").write_text(
        "date 2024-05-26 by Wire Desk / Syndicate Daily\n" + body, encoding="utf-8"
    )
    db = str(tmp_path_factory.mktemp("db") / "corpus.db")
    aliases = tmp_path_factory.mktemp("aliases") / "aliases.csv"
    code, _, report = run("ingest", str(folder), "--db", db, "--aliases", str(aliases))
    assert code == 0, report
    return db, aliases


def test_trace_shows_the_three_appearances_in_order_and_flags_the_dropped_hedge(
    corpus: tuple[str, Path],
) -> None:
    db, aliases = corpus
    code, out, _ = run(
        "trace", "ready to call a ceasefire", "--db", db, "--aliases", str(aliases), "--format", "json"
    )
    assert code == 0
    claims = json.loads(out)
    (claim,) = [c for c in claims if c["actor"] == "Vladimir Putin" and c["articles"] >= 3]
    steps = [
        (s["article"]["name"], s["article"]["published"], s["authority"], s["drops_hedge"])
        for s in claim["steps"]
    ]
    assert [s for s in steps if s[0] != "syndicated.txt"] == [
        ("seed.txt", "2024-05-24", "anonymous_sources", False),
        ("courier.txt", "2024-05-25", "anonymous_sources", False),
        ("digest.txt", "2024-05-27", "on_record", True),
    ]
    assert claim["dropped_hedge"] and claim["steps"][0]["credits"] == ["Reuters"]
    code, out, _ = run("trace", "ready to call a ceasefire", "--db", db, "--aliases", str(aliases))
    assert code == 0 and "HEDGE" in out and "own words" in out and "Morning Digest" in out


def test_actor_resolves_and_lists_statements_with_their_authority(corpus: tuple[str, Path]) -> None:
    db, aliases = corpus
    code, out, _ = run("actor", "Putin", "--db", db, "--aliases", str(aliases), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["match"]["actor"]["actor"]["name"] == "Vladimir Putin"
    authorities = {s["authority"] for s in report["statements"]}
    assert {"anonymous_sources", "on_record", "spokesperson"} <= authorities
    dates = [s["article"]["published"] for s in report["statements"]]
    assert dates == sorted(dates)
    code, out, _ = run("actor", "Nobody Atall", "--db", db, "--aliases", str(aliases))
    assert code == 0 and "no actor named" in out


def test_actors_merge_and_split_edit_the_alias_file(corpus: tuple[str, Path], tmp_path: Path) -> None:
    db, _ = corpus
    aliases = tmp_path / "aliases.csv"
    code, out, _ = run("actors", "--db", db, "--aliases", str(aliases), "--format", "json")
    before = {a["name"]: a["statements"] for a in json.loads(out)}
    assert code == 0 and "Vladimir Putin" in before and "Dmitry Peskov" in before
    code, _, err = run(
        "actors", "merge", "Dmitry Peskov", "Vladimir Putin", "--db", db, "--aliases", str(aliases)
    )
    assert code == 0 and "Dmitry Peskov → Vladimir Putin" in err
    merged = {
        a["name"]: a["statements"]
        for a in json.loads(run("actors", "--db", db, "--aliases", str(aliases), "--format", "json")[1])
    }
    assert "Dmitry Peskov" not in merged
    assert merged["Vladimir Putin"] == before["Vladimir Putin"] + before["Dmitry Peskov"]
    code, _, _ = run("actors", "split", "Dmitry Peskov", "--db", db, "--aliases", str(aliases))
    assert code == 0 and aliases.read_text(encoding="utf-8").splitlines() == [
        "alias,canonical",
        "Dmitry Peskov,Vladimir Putin",
        "Dmitry Peskov,Dmitry Peskov",
    ]
    split = {
        a["name"]: a["statements"]
        for a in json.loads(run("actors", "--db", db, "--aliases", str(aliases), "--format", "json")[1])
    }
    assert split == before


def test_claims_and_copies(corpus: tuple[str, Path]) -> None:
    db, aliases = corpus
    code, out, _ = run(
        "claims",
        "--db",
        db,
        "--aliases",
        str(aliases),
        "--actor",
        "Putin",
        "--dropped-hedge",
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out) and all(c["actor"] == "Vladimir Putin" for c in json.loads(out))
    code, out, _ = run("claims", "--db", db, "--aliases", str(aliases), "--since", "2030-01-01")
    assert code == 0 and "no claim" in out
    code, out, _ = run("copies", "--db", db, "--format", "json")
    (cluster,) = json.loads(out)
    assert cluster["origin"]["name"] == "seed.txt" and [c["name"] for c in cluster["copies"]] == [
        "syndicated.txt"
    ]
    code, out, _ = run("copies", "--db", db)
    assert code == 0 and "origin" in out and "Syndicate Daily" in out


def test_a_bad_alias_file_is_one_line(corpus: tuple[str, Path], tmp_path: Path) -> None:
    db, _ = corpus
    bad = tmp_path / "bad.csv"
    bad.write_text("just one column\n", encoding="utf-8")
    code, _, err = run("actors", "rebuild", "--db", db, "--aliases", str(bad))
    assert code == 2 and err.strip() == f"error: {bad}:1: expected two columns, alias and canonical name"


@pytest.mark.parametrize(
    "command",
    [
        ["search", "ceasefire"],
        ["outlets"],
        ["actors"],
        ["claims"],
        ["copies"],
        ["actor", "Putin"],
        ["trace", "ceasefire"],
    ],
)
def test_every_query_command_writes_one_json_document(corpus: tuple[str, Path], command: list[str]) -> None:
    db, aliases = corpus
    extra = [] if command[0] in ("search", "outlets", "copies") else ["--aliases", str(aliases)]
    code, out, _ = run(*command, "--db", db, *extra, "--format", "json")
    assert code == 0 and json.loads(out)


@pytest.mark.parametrize(
    "args",
    [
        ["actor", "a" * 60_000],
        ["trace", "ceasefire " * 5_000],
        ["actors", "--limit", "200000"],
        ["claims", "--limit", "200000"],
    ],
)
def test_out_of_range_questions_are_one_line(corpus: tuple[str, Path], args: list[str]) -> None:
    db, aliases = corpus
    code, out, err = run(*args, "--db", db, "--aliases", str(aliases))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert " at most " in err or " must " in err
