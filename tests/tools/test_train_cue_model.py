"""The cue model's training tool (tools/train_cue_model.py): how the cross-validation picks its threshold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from train_cue_model import pick_threshold, run_time_segments

#: (threshold, relation F1) of a cross-validation, and the threshold picked from it.
PICKS = [
    pytest.param([(0.39, 0.7100), (0.41, 0.7120), (0.43, 0.7110)], 0.41, id="clear-best"),
    pytest.param(
        [(0.39, 0.7100), (0.41, 0.7158), (0.43, 0.7162), (0.45, 0.7157)], 0.41, id="near-tie-lowest"
    ),
    pytest.param([(0.39, 0.7150), (0.41, 0.7162)], 0.41, id="outside-the-tie-margin"),
    pytest.param([(0.41, 0.7100), (0.43, 0.7100)], 0.41, id="exact-tie-lowest"),
    pytest.param(
        [(0.25, 0.7057), (0.27, 0.7091), (0.41, 0.7203), (0.49, 0.7190)], 0.41, id="no-recall-floor"
    ),
]


@pytest.mark.parametrize(("results", "expected"), PICKS)
def test_pick_threshold(results: list[tuple[float, float]], expected: float) -> None:
    assert pick_threshold(results) == expected


def test_cross_validation_extracts_what_run_time_parses() -> None:
    """The cross-validation's segments are the pre-parse filter's stretches, each parsed on its own."""
    text = "The sky was grey. Rain fell all day.\n\nThe mayor said the roads were closed. Trains ran late."
    (segments,) = run_time_segments([text])
    assert [segment.text for segment in segments] == ["The mayor said the roads were closed."]
    (segment,) = segments
    assert text[segment.start : segment.end] == segment.text
    said = next(token for token in segment.doc if token.text == "said")
    assert text[segment.char_start(said) : segment.char_end(said)] == "said"
    assert said.dep_ == "ROOT"
