"""`ExtractOptions`: the cue classifier's threshold trades precision for recall (issue 2)."""

from __future__ import annotations

import pytest

from sourcetrace import ExtractOptions, extract

#: Readings the packaged model scores between 0.15 and 0.25: below its threshold, above a recall-minded one.
BORDERLINE = [
    pytest.param("The mayor watched footage of the protest.", "watched", id="act-with-an-object"),
    pytest.param("The crowd cheered the announcement.", "cheered", id="reaction-with-an-object"),
]


@pytest.mark.parametrize(("text", "cue"), BORDERLINE)
def test_a_lower_threshold_finds_the_borderline_reading(text: str, cue: str) -> None:
    assert [a.cue.text for a in extract(text).attributions] == []
    assert [a.cue.text for a in extract(text, ExtractOptions(threshold=0.1)).attributions] == [cue]


def test_the_default_is_the_packaged_threshold() -> None:
    text = "The ministry said the border would reopen on Monday. The crowd cheered the announcement."
    assert extract(text) == extract(text, ExtractOptions())


def test_attributions_found_whatever_the_model_says_stay_at_any_threshold() -> None:
    text = "A spokesman declined to comment, according to the ministry."
    kinds = sorted(a.kind for a in extract(text, ExtractOptions(threshold=1.0)).attributions)
    assert "no_comment" in kinds
