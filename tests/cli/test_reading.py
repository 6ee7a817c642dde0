"""The reading options of `ingest` and `extract` (`--allow-private-hosts`, `--no-fetch`) end to end, and each
failure printed once."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app

BODY = ("“We are ready for a ceasefire along the current lines,” Russian President Vladimir Putin said on "
        "Friday. Kremlin spokesman Dmitry Peskov said talks on a ceasefire could resume next week.")
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Wire</title><link>http://x/</link>
<description>d</description>
<item><title>One</title><link>http://127.0.0.1:9/one</link><description>Short.</description></item>
<item><title>Two</title><link>http://127.0.0.1:9/two</link><description>{body}</description></item>
</channel></rss>"""


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "wire.rss"
    path.write_text(FEED.format(body=BODY), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, " ".join(result.stderr.split())  # unwrapped


@pytest.mark.parametrize(
    ("flags", "one", "two"),
    [
        ((), "refused: 127.0.0.1 is a loopback address (--allow-private-hosts allows it)",
         "refused: 127.0.0.1 is a loopback address (--allow-private-hosts allows it); read the feed's own "
         "text for it instead"),
        (("--allow-private-hosts",), "connection failed (ConnectError:", "connection failed (ConnectError:"),
        (("--no-fetch",), "the entry carries fewer than 20 words of text (pages not fetched)", None),
    ],
    ids=["default", "allow-private-hosts", "no-fetch"],
)
def test_ingest_a_feed_each_failure_once(tmp_path: Path, feed: Path, flags: tuple[str, ...], one: str,
                                         two: str | None) -> None:
    code, errors = run("ingest", str(feed), "--db", str(tmp_path / "corpus.db"), *flags)
    assert code == 1  # entry one is lost
    assert errors.count("entry 1 (") == 1
    assert f"failed: {feed} entry 1 (http://127.0.0.1:9/one): {one}" in errors
    assert errors.count("entry 2 (") == (0 if two is None else 1)
    if two is not None:
        assert f"warning: {feed} entry 2 (http://127.0.0.1:9/two): {two}" in errors
    assert "│ 1 │ 0 │ 0 │ 1 │" in errors  # new, unchanged, updated, failed


def test_extract_takes_the_reading_options(feed: Path) -> None:
    code, errors = run("extract", str(feed), "--no-fetch", "--format", "jsonl")
    assert code == 1
    assert errors.count("error: ") == 1 and "entry 1 (http://127.0.0.1:9/one): the entry carries" in errors
