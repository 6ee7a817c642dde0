"""Extraction to JSONL and the reference scorers' verdict on it, for the tests that measure the extraction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def extract_jsonl(target: Path, predictions: Path) -> Path:
    """`sourcetrace extract --format jsonl TARGET` (run in this process, so the model loads once), written to
    `predictions`; returns `predictions`."""
    from typer.testing import CliRunner

    from sourcetrace.cli import app

    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    predictions.write_text(result.stdout, encoding="utf-8")
    return predictions


def score(scorer: Path, gold: Path, predictions: Path) -> dict[str, Any]:
    """The `--json` report of a reference scorer (`scorer GOLD PREDICTIONS --json`)."""
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(predictions), "--json"],
                            capture_output=True, text=True, check=True)
    report: dict[str, Any] = json.loads(result.stdout)
    return report
