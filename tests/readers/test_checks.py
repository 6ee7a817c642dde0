"""What every article passes on its way out of the readers (`readers.checks`): names as text, lone
surrogates refused, text that is not language skipped, long texts cut with a note."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus import generate
from sourcetrace.readers import ReadOptions, ReadProblem, read_paths
from sourcetrace.readers.checks import checked, not_language, text_name, within_budget
from sourcetrace.types import Article

PROSE = {
    "en": "The minister said on Tuesday that the talks would go on. “We are ready,” the mayor said. ",
    "de": "Der Bundeskanzler sagte am Montag, dass die Verhandlungen über den Haushalt fortgesetzt werden. ",
    "ar": "قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل في العاصمة. ",
    "zh": "外交部发言人周一表示，双方将于下周继续举行会谈，并就贸易问题交换意见。",
    "hi": "प्रधानमंत्री ने सोमवार को कहा कि बातचीत अगले सप्ताह जारी रहेगी। ",
    "ru": "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе. ",
    "ja": "首相は月曜日、交渉は来週も続くと述べた。",
    "results": "Results: 1. Smith (USA) 9.81 2. Jones (JAM) 9.85 3. Lee (CAN) 9.90, wind +0.2 m/s. ",
}


@pytest.mark.parametrize("language", sorted(PROSE))
def test_prose_is_language(language: str) -> None:
    assert not_language(PROSE[language] * 20) is None


@pytest.mark.parametrize(("text", "reason"), [
    (generate.random_bytes(20_000).decode("latin-1"), "control characters"),
    (generate.random_bytes(20_000).decode("cp1252", "replace"), "control characters"),
    (generate.base64_text(20_000).decode(), "in words"),
    (generate.minified_code(20_000).decode(), "in words"),
    ("0f3a" * 5_000, "in words"),  # hex
])
def test_noise_is_not_language(text: str, reason: str) -> None:
    found = not_language(text)
    assert found is not None and reason in found


def test_a_short_text_is_not_judged() -> None:
    assert not_language("x{}=1;" * 10) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("plain.txt", "plain.txt"),
    (os.fsdecode(b"bad\xffname.txt"), "bad\\xffname.txt"),
    ("lone\ud800.txt", "lone\\ud800.txt"),
])
def test_names_become_valid_text(name: str, expected: str) -> None:
    assert text_name(name) == expected
    text_name(name).encode("utf-8")  # no lone surrogate left


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("One.\n\nTwo three four.\n\nFive six.", 24, "One.\n\nTwo three four.\n"),
    ("One two three. Four five six. Seven", 32, "One two three. Four five six.\n"),
    ("x" * 50, 20, "x" * 20),
    ("short", 20, "short"),
])
def test_within_budget_cuts_at_a_break(text: str, limit: int, expected: str) -> None:
    assert within_budget(text, limit) == expected


def test_a_long_article_is_cut_with_a_note() -> None:
    article = Article(text="The minister said the talks would go on. " * 100, name="long.txt")
    items = checked(article, "/in/long.txt", max_chars=1_000)
    note, cut = items
    assert isinstance(note, ReadProblem) and not note.fatal and note.location == "/in/long.txt"
    assert note.message == "long text: cut to its first 984 of 4,100 characters (the limit is 1,000)"
    assert isinstance(cut, Article) and len(cut.text) <= 1_000


def test_a_lone_surrogate_refuses_the_article_with_its_line() -> None:
    article = Article(text="The minister said \ud800 it.", name="in.jsonl:3")
    [problem] = checked(article, "/data/in.jsonl", max_chars=1_000)
    assert isinstance(problem, ReadProblem) and problem.fatal
    assert str(problem) == ("/data/in.jsonl:3: text holds a lone surrogate (U+D800) at character 18: "
                            "not valid Unicode")


def test_a_named_pipe_is_refused_unopened(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # opening it to read would block until a writer comes
    [problem] = list(read_paths([pipe]))
    assert isinstance(problem, ReadProblem) and problem.fatal and "named pipe" in problem.message


def test_the_budget_is_a_read_option(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The minister said the talks would go on. " * 100, encoding="utf-8")
    items = list(read_paths([path], ReadOptions(max_chars=2_000)))
    assert [type(item) for item in items] == [ReadProblem, Article]
    assert len(items[1].text) <= 2_000  # type: ignore[union-attr]
