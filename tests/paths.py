"""Paths the tests read: the checkout, and the shared evaluation data beside it (`../shared`).

Import them with `from paths import ...` (pytest puts tests/ on the path: tests/conftest.py sits there).
"""

from __future__ import annotations

from pathlib import Path

#: The checkout (the folder holding src/ and tests/).
ROOT = Path(__file__).resolve().parents[1]
#: The data shared by the checkouts: the seed article, PolNeAR and the reference scorers.
SHARED = ROOT.parent / "shared"

#: The seed article, its hand annotation, and its copy bundled as the demo sample.
SEED_TEXT = SHARED / "seed" / "ceasefire-2024-05-24.txt"
SEED_GOLD = SHARED / "seed" / "ceasefire-2024-05-24.gold.json"
SAMPLE = ROOT / "src" / "sourcetrace" / "data" / "sample" / "ceasefire-2024-05-24.txt"

#: PolNeAR dev (text/*.txt, attributions/*_<annotator>.ann).
DEV = SHARED / "eval" / "polnear" / "dev"

#: The reference scorers: `score_gold.py GOLD.json PRED.jsonl --json` (the seed) and
#: `score_polnear.py SPLIT PRED.jsonl --json` (a PolNeAR split).
GOLD_SCORER = SHARED / "eval" / "score_gold.py"
POLNEAR_SCORER = SHARED / "eval" / "score_polnear.py"
