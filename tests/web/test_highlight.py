"""The article text cut into highlighted runs: the runs tile the text, each role's runs join to its span, the
shown role is the most specific, and nested attributions keep both ids."""

from __future__ import annotations

import pytest

from sourcetrace.types import Article, Attribution, Span
from sourcetrace.web.highlight import Run, runs

TEXT = "Officials said the minister told aides that talks would go on."


def _span(part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(part, start + 1)
    return Span(start, start + len(part), part)


OUTER = Attribution("a1", "indirect", _span("said"), _span("Officials"),
                    _span("the minister told aides that talks would go on"))
INNER = Attribution("a2", "indirect", _span("told"), _span("the minister"), _span("talks would go on"),
                    parent="a1")


def _joined(found: list[Run], role: str, ident: str) -> str:
    return "".join(run.text for run in found if ident in getattr(run, role))


@pytest.mark.parametrize("attributions", [(), (OUTER,), (OUTER, INNER), (INNER, OUTER)])
def test_runs_tile_the_text(attributions: tuple[Attribution, ...]) -> None:
    assert "".join(run.text for run in runs(Article(TEXT, attributions=attributions))) == TEXT


@pytest.mark.parametrize(("role", "ident", "expected"), [
    ("source", "a1", "Officials"), ("cue", "a1", "said"),
    ("content", "a1", "the minister told aides that talks would go on"),
    ("source", "a2", "the minister"), ("cue", "a2", "told"), ("content", "a2", "talks would go on"),
])
def test_each_role_joins_to_its_span(role: str, ident: str, expected: str) -> None:
    assert _joined(runs(Article(TEXT, attributions=(INNER, OUTER))), role, ident) == expected


@pytest.mark.parametrize(("text", "role", "target", "inside"), [
    ("Officials", "source", "a1", ()),
    ("told", "cue", "a2", ("a1",)),  # the inner cue shows as a cue, inside the outer content
    ("the minister", "source", "a2", ("a1",)),
    ("talks would go on", "content", "a2", ("a1", "a2")),  # outer first, the innermost is the target
    (" aides that ", "content", "a1", ("a1",)),
])
def test_the_shown_role_is_the_most_specific(
    text: str, role: str, target: str, inside: tuple[str, ...]
) -> None:
    found = {run.text: run for run in runs(Article(TEXT, attributions=(INNER, OUTER)))}
    run = found[text]
    assert (run.role, run.target, run.content) == (role, target, inside)


def test_an_interrupted_quote_highlights_its_parts_only() -> None:
    text = "“We are ready,” he said, “and we will go.”"
    first, second = text.index("We"), text.index("and")
    quote = Attribution(
        "a1", "direct", Span.of(text, text.index("said"), text.index("said") + 4), Span.of(text, 16, 18),
        Span.of(text, first, len(text) - 2),
        content_parts=(Span.of(text, first, first + 12), Span.of(text, second, len(text) - 1)),
    )
    found = runs(Article(text, attributions=(quote,)))
    assert _joined(found, "content", "a1") == "We are readyand we will go."


def test_spans_past_the_text_are_clipped() -> None:
    wrong = Attribution("a1", "indirect", Span(5, 500, "x"), None, None)
    assert "".join(run.text for run in runs(Article("short text", attributions=(wrong,)))) == "short text"
