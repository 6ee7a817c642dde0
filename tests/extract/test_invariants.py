# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)
"""What holds for every attribution of every text in the construction tables, and of a short article.

Spans index the text exactly; ids are unique and in text order; parents exist and form no cycle; a nested
attribution's cue lies inside its parent's content; a content made of parts spans from the first part to the
last; and a cue never lies inside its own content (a cue word inside a quote heads at most its own clause,
never the quote it sits in).
"""

from __future__ import annotations

import itertools

import pytest

from sourcetrace.types import Attribution

from .conftest import Articles
from .helpers import Expected, check, describe, describe_all, spans_of
from .tables import TEXTS as TABLE_TEXTS

ARTICLE = """Storm damage leaves harbor town counting the cost

The storm that struck the coast on Saturday destroyed more than 200 homes, local officials said on Sunday, and the regional governor warned that the damage could exceed $50 million.

“We have never seen anything like this,” said Ruth Adler, the town's mayor. “Whole streets are gone.”

According to the coast guard, three fishermen are still missing. The agency said its crews would search through the night.

Residents said the warning came too late. “The sirens went off when the water was already in our kitchens,” said Tomas Rey, a retired teacher.

The utility company did not respond to requests for comment. It was reported on Sunday that power would not be restored for a week.
"""

#: The attributions of ARTICLE, a short news story holding several constructions.
IN_ARTICLE = [
    pytest.param(
        Expected("said", "local officials",
                 "The storm that struck the coast on Saturday destroyed more than 200 homes", "indirect"),
        id="postposed-mid-sentence",
    ),
    pytest.param(Expected("warned", "the regional governor", "that the damage could exceed $50 million",
                          "indirect"), id="warned"),
    pytest.param(Expected("said", "Ruth Adler, the town's mayor",
                          "“We have never seen anything like this,” said Ruth Adler, the town's mayor. "
                          "“Whole streets are gone.”", "direct", occurrence=1,
                          parts=("“We have never seen anything like this,”", "“Whole streets are gone.”")),
                 id="interrupted"),
    pytest.param(Expected("According to", "the coast guard", "three fishermen are still missing", "indirect"),
                 id="according-to"),
    pytest.param(Expected("said", "The agency", "its crews would search through the night", "indirect",
                          occurrence=2), id="agency-said"),
    pytest.param(Expected("said", "Residents", "the warning came too late", "indirect", occurrence=3),
                 id="residents-said"),
    pytest.param(Expected("said", "Tomas Rey, a retired teacher",
                          "“The sirens went off when the water was already in our kitchens,”", "direct",
                          occurrence=4), id="direct-after"),
    pytest.param(Expected("respond", "The utility company", None, "no_comment", cue_exact=False),
                 id="no-comment"),
    pytest.param(Expected("reported", None, "that power would not be restored for a week", "indirect",
                          cue_exact=False), id="no-source"),
]

TEXTS = list(dict.fromkeys([*TABLE_TEXTS, ARTICLE]))


def _ids(texts: list[str]) -> list[str]:
    return [" ".join(text.split())[:50] for text in texts]


@pytest.mark.parametrize("text", TEXTS, ids=_ids(TEXTS))
def test_spans_index_the_text_exactly(articles: Articles, text: str) -> None:
    article = articles[text]
    assert article.text == text
    for attribution in article.attributions:
        for span in spans_of(attribution):
            assert 0 <= span.start <= span.end <= len(text), describe(attribution)
            assert text[span.start : span.end] == span.text, describe(attribution)


@pytest.mark.parametrize("text", TEXTS, ids=_ids(TEXTS))
def test_ids_unique_and_parents_exist(articles: Articles, text: str) -> None:
    attributions = articles[text].attributions
    by_id = {a.id: a for a in attributions}
    assert len(by_id) == len(attributions), describe_all(articles[text])
    starts = [a.cue.start for a in attributions]
    assert starts == sorted(starts), describe_all(articles[text])
    for attribution in attributions:
        seen = {attribution.id}
        parent = attribution.parent
        while parent is not None:
            assert parent in by_id, describe(attribution)
            assert parent not in seen, f"parent cycle at {describe(attribution)}"
            seen.add(parent)
            parent = by_id[parent].parent


@pytest.mark.parametrize("text", TEXTS, ids=_ids(TEXTS))
def test_nested_cue_inside_parent_content(articles: Articles, text: str) -> None:
    by_id = {a.id: a for a in articles[text].attributions}
    for attribution in by_id.values():
        if attribution.parent is None:
            continue
        parent = by_id[attribution.parent]
        parts = parent.content_parts or ((parent.content,) if parent.content else ())
        assert any(p.start <= attribution.cue.start and attribution.cue.end <= p.end for p in parts), (
            f"{describe(attribution)}\nparent {describe(parent)}"
        )


@pytest.mark.parametrize("text", TEXTS, ids=_ids(TEXTS))
def test_content_parts_and_content_agree(articles: Articles, text: str) -> None:
    for attribution in articles[text].attributions:
        _check_parts(attribution)


def _check_parts(attribution: Attribution) -> None:
    if attribution.kind == "no_comment":
        assert attribution.content is None and not attribution.content_parts, describe(attribution)
        return
    assert attribution.content is not None, describe(attribution)
    parts = attribution.content_parts
    if parts:
        assert len(parts) >= 2, describe(attribution)
        assert attribution.content.start == parts[0].start, describe(attribution)
        assert attribution.content.end == parts[-1].end, describe(attribution)
        assert all(a.end <= b.start for a, b in itertools.pairwise(parts)), describe(attribution)


@pytest.mark.parametrize("text", TEXTS, ids=_ids(TEXTS))
def test_cue_never_inside_its_own_content(articles: Articles, text: str) -> None:
    for attribution in articles[text].attributions:
        parts = attribution.content_parts or ((attribution.content,) if attribution.content else ())
        for part in parts:
            assert not (part.start < attribution.cue.end and attribution.cue.start < part.end), (
                describe(attribution)
            )


@pytest.mark.parametrize("expected", IN_ARTICLE)
def test_the_article_holds_its_attributions(articles: Articles, expected: Expected) -> None:
    check(articles[ARTICLE], expected)


def test_the_headline_holds_no_attribution(articles: Articles) -> None:
    headline_end = ARTICLE.index("\n")
    assert not [a for a in articles[ARTICLE].attributions if a.cue.start < headline_end], (
        describe_all(articles[ARTICLE])
    )
