"""The seed article end to end (issue 2, "Measuring"): `sourcetrace extract --format jsonl` on the bundled
sample, scored by `../shared/eval/score_gold.py` against the hand annotation: all 14 required attributions
found, every kind and every parent right. (source_type / actor are the resolver's test, tests/resolve.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paths import GOLD_SCORER, SAMPLE, SEED_GOLD, SEED_TEXT
from sourcetrace.cli import app


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(SAMPLE)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("seed") / "predictions.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def scores(predictions: Path) -> dict[str, str]:
    result = subprocess.run([sys.executable, str(GOLD_SCORER), str(SEED_GOLD), str(predictions), "--json"],
                            capture_output=True, text=True, check=True)
    scored: dict[str, str] = json.loads(result.stdout)
    return scored


def test_the_bundled_sample_is_the_seed() -> None:
    assert SAMPLE.read_bytes() == SEED_TEXT.read_bytes()


def test_one_jsonl_line_named_after_the_file(predictions: Path) -> None:
    lines = predictions.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["document"] == "ceasefire-2024-05-24.txt"
    assert record["attributions"]


def test_all_14_required_attributions_are_found(scores: dict[str, str]) -> None:
    assert scores["found_required"] == "14/14"


@pytest.mark.parametrize("field", ["kind", "parent"])
def test_every_found_attribution_has_the_field_right(scores: dict[str, str], field: str) -> None:
    right, total = scores[field].split("/")
    assert int(total) > 0, scores
    assert right == total, f"{field}: {scores[field]}"
