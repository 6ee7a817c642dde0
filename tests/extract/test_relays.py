"""The rules of `extract.relays`: "X, citing Y, reported Z" gives Y's attribution of Z besides X's."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, indirect

RELAYED = [
    pytest.param(
        "Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.",
        indirect("citing", "anonymous sources", "both production and export of oil had been disrupted"),
        id="citing-hung-from-the-verb",
    ),
    pytest.param(
        "The newspaper, quoting two senior officials, said the talks had collapsed.",
        indirect("quoting", "two senior officials", "the talks had collapsed"),
        id="quoting-hung-from-the-subject",
    ),
    pytest.param(
        "The agency, citing Interior Minister Jan Nowak, reported that five people had died.",
        indirect("citing", "Interior Minister Jan Nowak", "that five people had died"),
        id="citing-a-named-person",
    ),
    # a speaking party's noun is found as written as well as by its lemma: spaCy lemmatises "media" as
    # "medium" and "data" as "datum", which the list does not hold
    pytest.param(
        "The newspaper, quoting local media, said the talks had collapsed.",
        indirect("quoting", "local media", "the talks had collapsed"),
        id="quoting-media",
    ),
    pytest.param(
        "The agency, citing official data, reported that exports had fallen.",
        indirect("citing", "official data", "that exports had fallen"),
        id="citing-data",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_relayed_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


RELAY_KEPT = [
    pytest.param(
        "Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.",
        indirect("reported", "Reuters", "both production and export of oil had been disrupted"),
        id="the-relay-keeps-its-report",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELAY_KEPT)
def test_the_relay_keeps_its_own_attribution(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_a_reason_cited_is_no_relayed_source(articles: Articles) -> None:
    text = "The court blocked the company from closing its plants, citing a threat to public health."
    sources = [a.source.text for a in articles[text].attributions if a.source is not None]
    assert "a threat to public health" not in sources and "The court" in sources


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.", "Reuters"),
        ("The newspaper, quoting two senior officials, said the talks had collapsed.", "newspaper"),
    ],
)
def test_the_relay_is_the_recipient_of_the_cited_party(articles: Articles, text: str, relay: str) -> None:
    (cited,) = [a for a in articles[text].attributions if a.cue.text in {"citing", "quoting"}]
    assert cited.recipient == relay
