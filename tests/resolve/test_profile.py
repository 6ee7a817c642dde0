"""The article's sourcing profile: counts by type, named actors, declined comments, recipients, the lede."""

from __future__ import annotations

from dataclasses import replace

from sourcetrace.resolve.profile import build_profile, lede_bounds
from sourcetrace.types import Actor, Anonymity, Attribution, CountOptions, Span

TEXT = (
    "date 2024-01-02 by Staff Writer / Example News Jan 2, 2024\n\n"
    "The mayor will resign next week, two city officials said on Monday. The mayor denied it.\n\n"
    "Jane Roe, the mayor, told reporters the report was false. The city council did not respond to requests "
    "for comment.\n"
)


def _span(text: str, needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle), needle)


def _attributions() -> list[Attribution]:
    return [
        Attribution(
            "a1",
            "indirect",
            _span(TEXT, "said"),
            _span(TEXT, "two city officials"),
            _span(TEXT, "The mayor will resign next week"),
            source_type="anonymous_group",
            anonymous=Anonymity(count=2),
        ),
        Attribution(
            "a2",
            "indirect",
            _span(TEXT, "denied"),
            _span(TEXT, "The mayor denied"),
            None,
            source_type="person",
            actor=Actor("Jane Roe", "mayor"),
        ),
        Attribution(
            "a3",
            "indirect",
            _span(TEXT, "told"),
            _span(TEXT, "Jane Roe, the mayor,"),
            _span(TEXT, "the report was false"),
            source_type="person",
            actor=Actor("Jane Roe", "mayor"),
            recipient="reporters",
        ),
        Attribution(
            "a4",
            "no_comment",
            _span(TEXT, "did not respond to requests for comment"),
            _span(TEXT, "The city council"),
            None,
            source_type="organization",
            actor=Actor("city council"),
        ),
    ]


def test_counts_actors_declined_and_recipients() -> None:
    profile = build_profile(_attributions(), TEXT)
    assert profile.attributions == 4
    assert profile.by_source_type == {"person": 2, "anonymous_group": 1, "organization": 1}
    assert profile.anonymous == 1
    assert profile.named_actors == (("Jane Roe", 2), ("city council", 1))
    assert profile.declined == ("city council",)
    assert profile.recipients == ("reporters",)


def _with_mental_states() -> list[Attribution]:
    """The four attributions, the officials' one a mental state, and Jane Roe's hope besides."""
    officials, *rest = _attributions()
    hope = Attribution(
        "a5",
        "indirect",
        _span(TEXT, "The mayor denied"),
        _span(TEXT, "The mayor"),
        None,
        source_type="person",
        actor=Actor("Jane Roe", "mayor"),
        act="mental",
    )
    return [replace(officials, act="mental"), *rest, hope]


def test_mental_states_are_left_out_by_default() -> None:
    profile = build_profile(_with_mental_states(), TEXT)
    assert profile.attributions == 3
    assert profile.by_source_type == {"person": 2, "organization": 1}
    assert profile.anonymous == 0
    assert profile.named_actors == (("Jane Roe", 2), ("city council", 1))
    assert profile.lede_rests_on == ("person",)  # the first sentence holds a mental state only: its paragraph
    assert profile.by_act == {"mental": 2, "statement": 3}  # every attribution, by act


def test_mental_states_are_counted_when_asked() -> None:
    profile = build_profile(_with_mental_states(), TEXT, counting=CountOptions(include_mental=True))
    assert profile.attributions == 5
    assert profile.by_source_type == {"person": 3, "anonymous_group": 1, "organization": 1}
    assert profile.anonymous == 1
    assert profile.named_actors == (("Jane Roe", 3), ("city council", 1))
    assert profile.lede_rests_on == ("anonymous_group",)
    assert profile.by_act == {"mental": 2, "statement": 3}


def test_the_lede_skips_a_header_line_and_takes_its_first_sentence() -> None:
    bounds = lede_bounds(TEXT)
    assert bounds is not None
    (sentence_start, sentence_end), _ = bounds
    assert (
        TEXT[sentence_start:sentence_end]
        == "The mayor will resign next week, two city officials said on Monday."
    )
    assert build_profile(_attributions(), TEXT).lede_rests_on == ("anonymous_group",)


def test_nested_attributions_do_not_carry_the_lede() -> None:
    outer, *rest = _attributions()
    inner = Attribution(
        "a9",
        "indirect",
        _span(TEXT, "resign"),
        _span(TEXT, "The mayor will"),
        None,
        parent="a1",
        source_type="person",
        actor=Actor("Jane Roe"),
    )
    assert build_profile([outer, inner, *rest], TEXT).lede_rests_on == ("anonymous_group",)


def test_without_attributions_in_the_lede_it_rests_on_nothing() -> None:
    assert build_profile([], TEXT).lede_rests_on == ()
    assert build_profile([], "").lede_rests_on == ()


def test_profile_json_gives_shares() -> None:
    from sourcetrace.records import profile_json

    record = profile_json(build_profile(_attributions(), TEXT))
    assert record is not None
    assert record["share_by_source_type"] == {"person": 0.5, "anonymous_group": 0.25, "organization": 0.25}
    assert record["named_actors"][0] == {"name": "Jane Roe", "attributions": 2}


def test_terminal_summary_names_what_the_lede_rests_on() -> None:
    from sourcetrace.cli.view import profile_summary

    line = profile_summary(build_profile(_attributions(), TEXT))
    assert line == "lede rests on: anonymous sources; 1 of 4 attributions anonymous"


def test_a_title_case_headline_is_not_the_lede() -> None:
    text = "Mayor Will Resign Next Week, Officials Say.\n\nThe mayor will resign soon, two officials said.\n"
    bounds = lede_bounds(text)
    assert bounds is not None
    (start, end), _ = bounds
    assert text[start:end] == "The mayor will resign soon, two officials said."
