"""Learned span boundaries (`extract/boundaries.py`): spans the packaged model bounds as PolNeAR does, where
the rules alone mostly bound them otherwise (the recipient of "told" or "warning" taken for content, a
relative clause or an aside after the object kept in it, a source's closing comma left out)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sourcetrace.extract.attributions import find_attributions
from sourcetrace.extract.boundaries import BoundaryModel, apply_moves, load_boundaries
from sourcetrace.extract.relation import Relation
from sourcetrace.nlp import load_model
from sourcetrace.pipeline import parse_articles
from sourcetrace.quotes import find_quotes
from sourcetrace.types import Article, Attribution, Kind

#: (text, cue, role, the span the packaged model gives it).
CASES = [
    pytest.param(
        "He has questioned the health of the senator, who is 70.",
        "has questioned", "content", "the health of the senator",
        id="relative-clause-on-the-object's-noun",
    ),
    pytest.param(
        "The union endorsed Jane Roe for governor, another sign of labor rallying behind her.",
        "endorsed", "content", "Jane Roe for governor",
        id="the-reporter's-comment-after-the-object",
    ),
    pytest.param(
        "The judge asked the candidates to discuss their own ideas, a request not always honored.",
        "asked", "content", "the candidates to discuss their own ideas",
        id="apposition-on-the-whole-clause",
    ),
    pytest.param(
        "The company promised loans to parents, too.",
        "promised", "content", "loans to parents",
        id="trailing-too",
    ),
    pytest.param(
        "The governor is warning voters that a tax increase would hurt small businesses.",
        "is warning", "content", "that a tax increase would hurt small businesses",
        id="recipient-before-the-that-clause",
    ),
    pytest.param(
        "The council answered questions about how the money was spent.",
        "answered", "content", "how the money was spent",
        id="questions-about",
    ),
    pytest.param(
        "Schiff, 56, who has served on the committee for a decade, told reporters the leak was serious.",
        "told", "content", "the leak was serious",
        id="recipient-before-the-clause",
    ),
    pytest.param(
        "Schiff, 56, who has served on the committee for a decade, told reporters the leak was serious.",
        "told", "source", "Schiff, 56, who has served on the committee for a decade,",
        id="source-with-a-relative-clause-keeps-its-comma",
    ),
    pytest.param(
        "Michael Tanner, an analyst at the Cato Institute, said the plan would fail.",
        "said", "source", "Michael Tanner, an analyst at the Cato Institute,",
        id="source-with-an-apposition-keeps-its-comma",
    ),
    pytest.param(
        "Ms. Roe, the city's chief financial officer, warned that the deficit would grow.",
        "warned", "source", "Ms. Roe, the city's chief financial officer,",
        id="source-with-a-title-keeps-its-comma",
    ),
    pytest.param(
        "Residents of the town, many of them farmers, said the water was unsafe.",
        "said", "source", "Residents of the town, many of them farmers,",
        id="source-with-an-aside-keeps-its-comma",
    ),
    pytest.param(
        "Said Ellis: “I don’t get the sense she’s the least bit interested in reform.”",
        "Said", "source", "Ellis",
        id="a-source-after-its-cue-keeps-no-colon",
    ),
]  # fmt: skip


def _span(attributions: tuple[Attribution, ...] | list[Attribution], cue: str, role: str) -> str | None:
    found = next(a for a in attributions if a.cue.text == cue)
    span = found.content if role == "content" else found.source
    return span.text if span is not None else None


@pytest.mark.parametrize(("text", "cue", "role", "expected"), CASES)
def test_learned_boundary(text: str, cue: str, role: str, expected: str, articles) -> None:
    assert _span(articles[text].attributions, cue, role) == expected


def test_the_packaged_model_is_loaded_once_and_moves_every_boundary() -> None:
    model = load_boundaries()
    assert model is load_boundaries()
    assert set(model.sides) == {"content_start", "content_end", "source_start", "source_end"}
    assert model.kinds
    assert all(side.weights and side.margin >= 0 for side in model.sides.values())


def test_extraction_uses_the_packaged_model() -> None:
    """Extraction bounds with the packaged model unless told otherwise; with the rules alone most of the
    table's spans come out otherwise."""
    texts = list(dict.fromkeys(case.values[0] for case in CASES))
    segments = parse_articles(load_model(), [Article(text=text) for text in texts])
    differ = 0
    for text, parsed in zip(texts, segments, strict=True):
        quotes = find_quotes(text)
        default = find_attributions(text, parsed, quotes)
        assert default == find_attributions(text, parsed, quotes, boundaries=load_boundaries())
        rules = find_attributions(text, parsed, quotes, boundaries=BoundaryModel.rules_only())
        assert [a.cue for a in rules] == [a.cue for a in default]  # the model bounds spans, it finds nothing
        differ += rules != default
    assert differ >= len(texts) // 2


@pytest.mark.parametrize(
    ("text", "content", "kind", "new_start", "expected_kind"),
    [
        pytest.param("She told him: “No deal.”", "him: “No deal.”", "mixed", "“No deal.”", "direct",
                     id="mixed-cut-to-its-quote-is-direct"),
        pytest.param("They fought the “War On Drugs” for years.", "“War On Drugs”", "direct",
                     "the “War On Drugs”", "mixed", id="direct-widened-over-a-word-is-mixed"),
        pytest.param("He said the plan was dead.", "the plan was dead", "indirect", "plan was dead",
                     "indirect", id="indirect-stays-indirect"),
    ],
)  # fmt: skip
def test_a_moved_content_takes_the_kind_of_its_words(
    text: str, content: str, kind: Kind, new_start: str, expected_kind: str
) -> None:
    start = text.index(content)
    relation = Relation(cue=(3, 7), source=(0, 2), content=((start, start + len(content)),), kind=kind)
    choice = SimpleNamespace(char_offset=lambda b: b)  # a boundary given as its article offset
    moves = {(0, "content_start"): (choice, text.index(new_start))}
    (moved,) = apply_moves(text, [relation], moves)  # type: ignore[dict-item]
    assert text[moved.content_start : moved.content_end] == new_start
    assert moved.kind == expected_kind
