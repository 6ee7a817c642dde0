"""`sourcetrace eval` gives exactly the numbers of the reference scorer (issue 2, "Measuring").

Both score the same extraction: `sourcetrace eval SPLIT --json` against `score_polnear.py SPLIT PRED --json`
where PRED is `sourcetrace extract --format jsonl SPLIT/text`. To keep CI fast this runs on a small split
built from 8 dev articles (one per publisher, and one with six annotators, so that the choice of the first
annotator is exercised). On the whole dev split one extraction is scored by both (`eval --predictions`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from paths import DEV, POLNEAR_SCORER
from scoring import extract_jsonl, score
from sourcetrace.cli import app

#: One article per publisher; the politico one has six annotators.
SMALL_SPLIT = (
    "politico_2016-09-08_flynn-says-trump-absolutely-righ",
    "politico_2016-09-30_flight-attendants-union-endorses",
    "breitbart_2016-09-28_mary-j-blige-sings-to-hillary-cl",
    "huff-post_2016-09-26_one-tweet-sums-up-the-absurd-dou",
    "usa-today_2016-09-08_laws-don-t-apply-equially-to-cli",
    "west-journal_2016-09-14_clinton-hid-past-health-problems",
    "nyt_2016-09-20_examining-the-u-n-s-record-on-ur",
    "wash-post_2016-10-05_international-monetary-fund-slas",
)


@pytest.fixture(scope="module")
def small_split(tmp_path_factory: pytest.TempPathFactory) -> Path:
    split = tmp_path_factory.mktemp("split")
    (split / "text").mkdir()
    (split / "attributions").mkdir()
    for name in SMALL_SPLIT:
        shutil.copyfile(DEV / "text" / f"{name}.txt", split / "text" / f"{name}.txt")
        for ann in sorted((DEV / "attributions").glob(f"{name}_*.ann")):
            shutil.copyfile(ann, split / "attributions" / ann.name)
    assert len(list((split / "attributions").glob(f"{SMALL_SPLIT[0]}_*.ann"))) > 1
    return split


def ours(split: Path) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["eval", str(split), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def reference(split: Path, workdir: Path) -> dict[str, Any]:
    return score(POLNEAR_SCORER, split, extract_jsonl(split / "text", workdir / "predictions.jsonl"))


def test_eval_and_reference_scorer_agree_on_a_small_split(small_split: Path, tmp_path: Path) -> None:
    mine, theirs = ours(small_split), reference(small_split, tmp_path)
    assert mine["documents"] == len(SMALL_SPLIT)
    assert mine["relation"]["f1"] > 0
    assert mine == theirs


def test_eval_text_report_has_the_scorer_layout(small_split: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(small_split)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["documents", str(len(SMALL_SPLIT))]
    assert any(line.startswith("relation ") and " F1 " in line for line in lines)


def test_eval_refuses_a_folder_that_is_not_a_split(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert str(tmp_path) in result.output


def test_eval_error_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-whose-name-is-long-enough-to-pass-the-width-of-a-terminal"
    folder.mkdir()
    result = CliRunner().invoke(app, ["eval", str(folder), "--json"])
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "not a split folder" in lines[0], result.output


def test_eval_and_reference_scorer_agree_on_all_of_dev(
    dev_predictions: Path, dev_scores: dict[str, Any]
) -> None:
    """All of dev, extracted once (the session's extraction, which the quality gate scores too):
    `sourcetrace eval --predictions` and the reference scorer agree."""
    mine = CliRunner().invoke(app, ["eval", str(DEV), "--predictions", str(dev_predictions), "--json"])
    assert mine.exit_code == 0, mine.output
    assert json.loads(mine.stdout) == dev_scores
    assert json.loads(mine.stdout)["documents"] == 84
