"""Credits: datelines, bylines, credit lines and anonymous recipients, normalised through the agencies
data."""

from __future__ import annotations

import pytest

from paths import SEED_TEXT
from sourcetrace.provenance.credits import (
    credited,
    credited_agencies,
    credits_from_byline,
    credits_from_line,
    find_credits,
    normalise_name,
)
from sourcetrace.types import Article, Attribution, Span

TEXTS = [
    # (text, expected credits) — datelines
    ("Headline.\n\nWASHINGTON (AP) — The Senate voted on Friday.", ("Associated Press",)),
    ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein was escorted off.", ("United Press International",)),
    ("Dec 29 (Reuters) - Hillary Clinton said on Tuesday.", ("Reuters",)),
    ("Washington (AFP) – Democrat Hillary Clinton has taken a swipe.", ("Agence France-Presse",)),
    ("BERLIN (dpa) -- The chancellor said.", ("Deutsche Presse-Agentur",)),
    ("LONDON (Reuters/IFR) - Bonds fell.", ("Reuters",)),
    # credit lines
    ("Story.\n\n(Reporting by Jane Doe; Editing by John Smith.)", ("Reuters",)),
    ("Story.\n\n(Writing by Jane Doe in Washington; Editing by John Smith)", ("Reuters",)),
    ("Story.\n\nReporting by Jane Doe; additional reporting by Ann Lee", ("Reuters",)),
    ("Story.\n\nThe Associated Press contributed to this report.", ("Associated Press",)),
    ("Story.\n\nAP writers Ken Thomas and Lisa Lerer contributed reporting.", ("Associated Press",)),
    ("Story.\n\nh/t: The Hill", ("The Hill",)),
    ("Story.\n\n(h/t Mediaite.)", ("Mediaite",)),
    ("Story.\n\nH/T TheBlaze.", ("TheBlaze",)),
    ("Story.\n\nHat tip: Some Local Blog", ("Some Local Blog",)),
    ("Story.\n\nCopyright 2016 The Associated Press. All rights reserved.", ("Associated Press",)),
    ("Story.\n\nVia Reuters.", ("Reuters",)),
    ("Story.\n\nThis story originally appeared on Politico.", ("Politico",)),
    # anonymous recipients in the text
    ("Sources familiar with the talks told Reuters that the deal was close.", ("Reuters",)),
    ("Two officials, speaking on condition of anonymity, told the AP it was dropped.", ("Associated Press",)),
    # not credits
    ("“Everything is on the table,” Carson told the AP on Wednesday.", ()),
    ("The count stood at 263, according to the Associated Press.", ()),
    ("“People familiar with the planning told Bloomberg Politics,” Bloomberg reported.", ()),
    ("''People familiar with the planning told Bloomberg Politics,'' Bloomberg reported.", ()),
    ("Source: Bureau of Labor Statistics.", ()),
    ("Story.\n\nASSOCIATED PRESS.\n\nMore story.", ()),  # a photo credit left in the page text
    ("Story.\n\nReporting by Jane Doe.", ()),
    ("The AP reported it first. Reuters followed.", ()),
    ("Via Facebook, Trump said the event raised $6 million for veterans.", ()),
    ("He was named AP Coach of the Year (AP) in 2015 by voters.", ()),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_text_credits(text: str, expected: tuple[str, ...]) -> None:
    assert credited_agencies(Article(text=text)) == expected


@pytest.mark.parametrize(
    ("byline", "outlet", "expected"),
    [
        ("AP", None, ("Associated Press",)),
        ("By JULIE PACE, Associated Press", None, ("Associated Press",)),
        ("Reuters Staff", None, ("Reuters",)),
        ("By THE ASSOCIATED PRESS", "The New York Times", ("Associated Press",)),
        ("Heidi M. Przybyla, USA TODAY", "USA Today", ()),
        ("Nick Gass", "Politico", ()),
        ("AP", "Associated Press", ()),  # an agency's own story is not credited to itself
        ("Mapple Stapler", None, ()),
        (None, None, ()),
    ],
)
def test_byline_credits(byline: str | None, outlet: str | None, expected: tuple[str, ...]) -> None:
    assert credits_from_byline(byline, outlet) == expected


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("AP", "Associated Press"), ("The Associated Press", "Associated Press"), ("A.P.", "Associated Press"),
     ("the hill", "The Hill"), ("The HIll", "The Hill"), ("TheBlaze", "TheBlaze"),
     ("RawStory.com", "Raw Story"),
     ("The Weekly Standard.", "The Weekly Standard"), ("Independent Journal ", "Independent Journal Review"),
     ("Some Blog.", "Some Blog")],
)
def test_normalise_name(name: str, canonical: str) -> None:
    assert normalise_name(name) == canonical


def test_credit_line_helper() -> None:
    assert credits_from_line("h/t: The Hill") == ("The Hill",)
    assert credits_from_line("(Additional reporting by A; Writing by B; Editing by C)") == ("Reuters",)


def test_evidence_and_order() -> None:
    text = "WASHINGTON (AP) — Story.\n\nSources told Reuters more.\n\nh/t: The Hill"
    credits = find_credits(Article(text=text, byline="AFP"))
    assert [(c.name, c.kind) for c in credits] == [
        ("Agence France-Presse", "byline"), ("Associated Press", "dateline"), ("Reuters", "recipient"),
        ("The Hill", "credit_line"),
    ]
    for credit in credits:
        if credit.span is not None:
            assert text[credit.span.start : credit.span.end] == credit.span.text


def test_attribution_recipient_is_used() -> None:
    text = "Three insiders said to Kyodo that the summit was off."
    cue = Span.of(text, 14, 21)  # "said to"
    anonymous = Attribution(id="a1", kind="indirect", cue=cue, source=Span.of(text, 0, 13), content=None,
                            source_type="anonymous_group", recipient="Kyodo")
    named = Attribution(id="a2", kind="indirect", cue=cue, source=Span.of(text, 0, 13), content=None,
                        source_type="person", recipient="Kyodo")
    assert credited_agencies(Article(text=text, attributions=(anonymous,))) == ("Kyodo News",)
    assert credited_agencies(Article(text=text, attributions=(named,))) == ()


def test_own_outlet_and_header_byline() -> None:
    text = "date 2024-05-24 by Jane Doe / Reuters\n\nWASHINGTON (Reuters) - Story."
    assert credited_agencies(Article(text=text, outlet="Reuters", body_start=39)) == ()
    assert credited_agencies(Article(text=text, body_start=39)) == ("Reuters",)


@pytest.mark.skipif(not SEED_TEXT.exists(), reason="shared seed not present")
def test_seed_is_credited_to_reuters() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    assert credited_agencies(Article(text=text, body_start=text.index("Russian strongman"))) == ("Reuters",)


def test_credited_carries_the_evidence_and_keeps_the_readers_credits() -> None:
    text = "WASHINGTON (AP) — Story.\n\nSources told Reuters more."
    found = credited(Article(text=text))
    assert found.credit_evidence == find_credits(Article(text=text))
    assert found.credits == ("Associated Press", "Reuters")
    given = credited(Article(text=text, credits=("Kyodo News",)))
    assert given.credits == ("Kyodo News",)
    assert given.credit_evidence == found.credit_evidence
