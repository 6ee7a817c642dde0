"""The cue model's training tool (tools/train_cue_model.py): how the cross-validation picks its threshold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from train_cue_model import pick_threshold

PICKS = [
    pytest.param([(0.39, 0.7100), (0.41, 0.7120), (0.43, 0.7110)], 0.41, id="clear-best"),
    pytest.param(
        [(0.39, 0.7100), (0.41, 0.7158), (0.43, 0.7162), (0.45, 0.7157)], 0.41, id="near-tie-lowest"
    ),
    pytest.param([(0.39, 0.7150), (0.41, 0.7162)], 0.41, id="outside-the-tie-margin"),
    pytest.param([(0.41, 0.7100), (0.43, 0.7100)], 0.41, id="exact-tie-lowest"),
]


@pytest.mark.parametrize(("results", "expected"), PICKS)
def test_pick_threshold(results: list[tuple[float, float]], expected: float) -> None:
    assert pick_threshold(results) == expected
