"""Expected attributions and how to check them against what `sourcetrace.extract` found.

An expectation names the cue (its text, located in the article by its first occurrence, or a later one), the
source text (None for no-source attributions), the content text (None for declined comment), the kind, and
for interrupted quotes the text of each content part. By PolNeAR's conventions, direct content includes its
quotation marks and the punctuation inside them; indirect content includes "that" / "to" and drops the
trailing comma or period.
"""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.types import Article, Attribution, Span


@dataclass(frozen=True)
class Expected:
    """One expected attribution.

    `cue_exact=False`: the found cue only has to contain `cue` (where the cue's extent is a matter of taste:
    "said in a statement", "did not respond to requests for comment"). `content_exact=False`: the found
    content only has to contain `content`."""

    cue: str
    source: str | None
    content: str | None
    kind: str
    parts: tuple[str, ...] = ()
    cue_exact: bool = True
    content_exact: bool = True
    occurrence: int = 0


def indirect(cue: str, source: str | None, content: str, **options: object) -> Expected:
    return Expected(cue, source, content, "indirect", **options)  # type: ignore[arg-type]


def direct(cue: str, source: str, content: str, parts: tuple[str, ...] = (), occurrence: int = 0) -> Expected:
    return Expected(cue, source, content, "direct", parts=parts, occurrence=occurrence)


def locate(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _show(span: Span | None) -> str:
    return "None" if span is None else repr(span.text)


def describe(attribution: Attribution) -> str:
    parts = f" parts={[p.text for p in attribution.content_parts]}" if attribution.content_parts else ""
    return (f"{attribution.id} {attribution.kind} source={_show(attribution.source)}"
            f" cue={_show(attribution.cue)} content={_show(attribution.content)}{parts}"
            f" parent={attribution.parent}")


def describe_all(article: Article) -> str:
    return "\n".join(describe(a) for a in article.attributions) or "(no attributions)"


def find(article: Article, expected: Expected) -> Attribution:
    """The attribution whose cue overlaps the expected cue's position; fails listing what was found."""
    start, end = locate(article.text, expected.cue, expected.occurrence)
    found = [a for a in article.attributions if a.cue.start < end and start < a.cue.end]
    assert found, f"no attribution with cue {expected.cue!r}; found:\n{describe_all(article)}"
    return found[0]


def check(article: Article, expected: Expected) -> Attribution:
    """Assert that the article holds the expected attribution; returns it."""
    got = find(article, expected)
    context = f"\nexpected {expected}\ngot      {describe(got)}\nall:\n{describe_all(article)}"
    assert got.kind == expected.kind, f"kind{context}"
    if expected.cue_exact:
        assert got.cue.text == expected.cue, f"cue{context}"
    else:
        assert expected.cue in got.cue.text, f"cue{context}"
    if expected.source is None:
        assert got.source is None, f"source{context}"
    else:
        assert got.source is not None and got.source.text == expected.source, f"source{context}"
    if expected.content is None:
        assert got.content is None and not got.content_parts, f"content{context}"
    else:
        assert got.content is not None, f"content{context}"
        if expected.content_exact:
            assert got.content.text == expected.content, f"content{context}"
        else:
            assert expected.content in got.content.text, f"content{context}"
    if expected.parts:
        assert tuple(p.text for p in got.content_parts) == expected.parts, f"content parts{context}"
    elif expected.content is not None and expected.content_exact:
        assert len(got.content_parts) <= 1, f"content parts{context}"
    return got


def spans_of(attribution: Attribution) -> list[Span]:
    spans = [attribution.cue, *attribution.content_parts]
    spans += [s for s in (attribution.source, attribution.content) if s is not None]
    return spans
