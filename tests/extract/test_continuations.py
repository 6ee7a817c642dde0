"""A verb of going on and the verb of saying it governs are one cue and one attribution: "went on to say",
"continued to explain" (PolNeAR marks the cue so), not the going on reporting a saying nested in it.

Each row is a text and the one attribution expected on its cue; the names are invented.
"""

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, describe_all, locate

CONTINUATIONS = [
    pytest.param(
        "Tomas Vell continued to explain that the bridge had been closed for repairs since May.",
        Expected(
            "continued to explain",
            "Tomas Vell",
            "that the bridge had been closed for repairs since May",
            "indirect",
        ),
        id="continued-to-explain",
    ),
    pytest.param(
        'The coach praised the players. He then went on to say, "We will not give up this season."',
        Expected("then went on to say", "He", '"We will not give up this season."', "direct"),
        id="went-on-to-say-quote",
    ),
    pytest.param(
        "Ana Ruiz went on to say that the council would vote on the plan next week.",
        Expected(
            "went on to say", "Ana Ruiz", "that the council would vote on the plan next week", "indirect"
        ),
        id="went-on-to-say",
    ),
    pytest.param(
        "The inspector continued saying the owners had been uncooperative in the investigation.",
        Expected("continued saying", "The inspector",
                 "the owners had been uncooperative in the investigation", "indirect"),
        id="continued-saying",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUATIONS)
def test_going_on_to_say_is_one_attribution(articles: Articles, text: str, expected: Expected) -> None:
    article = articles[text]
    check(article, expected)
    start, end = locate(text, expected.cue)
    overlapping = [a for a in article.attributions if a.cue.start < end and start < a.cue.end]
    assert len(overlapping) == 1, describe_all(article)


@pytest.mark.parametrize(
    "text",
    [
        # a going on that is no verb group with the saying keeps its own reading
        "The minister continued his speech to say that the plan had failed.",
    ],
)
def test_a_going_on_apart_from_the_saying_stays(articles: Articles, text: str) -> None:
    assert any(a.cue.text == "continued" for a in articles[text].attributions), describe_all(articles[text])


@pytest.mark.parametrize(
    ("text", "act"),
    [
        pytest.param(
            "Tomas Vell continued to believe that the drug was safe.", "mental", id="continued-to-believe"
        ),
        pytest.param("Ana Ruiz went on to say that the drug was safe.", "statement", id="went-on-to-say"),
    ],
)
def test_the_act_is_the_governed_verbs(articles: Articles, text: str, act: str) -> None:
    found = [a for a in articles[text].attributions if a.cue.text.endswith(("believe", "say"))]
    assert [a.act for a in found] == [act], describe_all(articles[text])
