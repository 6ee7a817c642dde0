"""`ExtractOptions`: the cue classifier's threshold trades precision for recall (issue 2)."""

from __future__ import annotations

import pytest

from sourcetrace import ExtractOptions, extract

#: Readings the packaged model scores between 0.2 and 0.35: below its threshold, above a recall-minded one.
BORDERLINE = [
    pytest.param("Not a chance, she said.", "said", id="fragment-before-said"),
    pytest.param("More jobs and lower taxes, the senator said.", "said", id="noun-phrases-before-said"),
]


@pytest.mark.parametrize(("text", "cue"), BORDERLINE)
def test_a_lower_threshold_finds_the_borderline_reading(text: str, cue: str) -> None:
    assert [a.cue.text for a in extract(text).attributions] == []
    assert [a.cue.text for a in extract(text, ExtractOptions(threshold=0.2)).attributions] == [cue]


def test_the_default_is_the_packaged_threshold() -> None:
    text = "The ministry said the border would reopen on Monday. Not a chance, she said."
    assert extract(text) == extract(text, ExtractOptions())


def test_attributions_found_whatever_the_model_says_stay_at_any_threshold() -> None:
    text = "A spokesman declined to comment, according to the ministry."
    kinds = sorted(a.kind for a in extract(text, ExtractOptions(threshold=1.0)).attributions)
    assert "no_comment" in kinds
