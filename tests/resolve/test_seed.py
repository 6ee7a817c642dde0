"""End to end on the seed article: extraction plus resolution, scored by ../shared/eval/score_gold.py."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import sourcetrace
from paths import GOLD_SCORER, SEED_GOLD, SEED_TEXT
from sourcetrace.records import article_json


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    text = SEED_TEXT.read_text(encoding="utf-8")
    article = sourcetrace.extract(text)
    record = article_json(article) | {"document": "ceasefire-2024-05-24.txt"}
    predictions = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    predictions.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(GOLD_SCORER), str(SEED_GOLD), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scored: dict[str, str] = json.loads(result.stdout)
    return scored


@pytest.mark.parametrize("field", ["source_type", "actor", "anonymous_count", "parent"])
def test_every_found_attribution_has_the_field_right(scores: dict[str, str], field: str) -> None:
    right, total = scores[field].split("/")
    assert int(total) > 0
    assert right == total, f"{field}: {scores[field]}"


def test_all_required_attributions_are_found(scores: dict[str, str]) -> None:
    found, required = scores["found_required"].split("/")
    assert found == required


def test_seed_profile_rests_on_anonymous_sources() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    profile = sourcetrace.extract(text).profile
    assert profile is not None
    assert profile.lede_rests_on == ("anonymous_group",)
    assert "reporters" in profile.recipients
    assert profile.anonymous >= 7


def test_seed_justifications_and_affiliations() -> None:
    """Every unnamed source the gold gives a credential (or side) gets it, wherever it stands."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    predicted = sourcetrace.extract(text).attributions
    checked = 0
    for wanted in gold["attributions"]:
        details = wanted.get("anonymous") or {}
        if not details.get("justification") and not details.get("affiliation"):
            continue
        source = wanted["source"]
        found = [
            a
            for a in predicted
            if a.source and a.source.start < source["end"] and source["start"] < a.source.end and a.anonymous
        ]
        assert found, wanted["id"]
        best = max(
            found, key=lambda a: min(a.source.end, source["end"]) - max(a.source.start, source["start"])
        )  # type: ignore[union-attr]
        anonymity = best.anonymous
        assert anonymity is not None
        assert anonymity.justification == details.get("justification"), wanted["id"]
        assert anonymity.affiliation == details.get("affiliation"), wanted["id"]
        checked += 1
    assert checked == 5
