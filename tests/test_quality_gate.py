"""The quality gate (trafilatura keeps one in its CI): `make test` fails when the extraction gets worse.

All of PolNeAR dev is extracted with `sourcetrace extract --format jsonl` (once per session, shared with
tests/test_eval.py) and scored by the reference scorer `../shared/eval/score_polnear.py --json`: relation F1
may not fall more than TOLERANCE below DEV_RELATION_F1. The seed article, scored by
`../shared/eval/score_gold.py --json`, keeps every required attribution.
"""

from __future__ import annotations

from typing import Any

import pytest

from paths import DEV, GOLD_SCORER, SEED_GOLD, SEED_TEXT
from scoring import extract_jsonl, score

#: Relation F1 on PolNeAR dev, as score_polnear.py --json measured it with the cue model's threshold placed
#: for F1, mental states inside quotations left to the quotation, verbs of doing with a noun-phrase object
#: taken for actions, and the learned span boundaries (relation P 0.8148, R 0.7044, direct recall 0.9518; it
#: was once lowered on purpose from 0.7519 to 0.7498: PolNeAR annotates "imposed sanctions", "signed an
#: agreement" as attributions, the Wikinews guidelines and a fact-checker do not, and Wikinews precision
#: rose from 0.765 to 0.787 at the same recall; and again from 0.7562 to 0.7556 when appointing and electing
#: became actions: PolNeAR dev annotates two appointments, all 11 over the Wikinews corpus were deeds; and
#: from 0.7558 (P 0.8152, R 0.7044) to 0.7554 (P 0.8151, R 0.7039) when the passive of a deed became an
#: action too: PolNeAR dev annotates "six were appointed by Democratic presidents", all 13 over the Wikinews
#: corpus were deeds, "was charged with", "was sentenced", "was unveiled"; and to 0.7548 (P 0.8149, R 0.7030)
#: when a negated universal source ("no one", "nobody", "neither X nor Y") became no source: PolNeAR dev
#: annotates "no one could have envisioned what happened next" and "No one expected a full 90 minutes of
#: ...", reporters' claims that credit no one, and all 9 over the Wikinews corpus were wrong; and to 0.7545
#: (P 0.8141, R 0.7030) when a refusal to disclose by a named source became a declined comment, whose
#: content is empty: "[an official] wouldn't say." (no PolNeAR event, it has no content) and "Lawmakers
#: have not said when they would take up ..." (PolNeAR's content is the question left open; the Wikinews
#: gold marks "did not mention if there were casualties" a declined comment) are two more predictions no
#: gold matches); raised to 0.7547 (P 0.8145, R 0.7030) by the adverbs of hearsay ("allegedly brandished")
#: and a direct question asserting nothing (which PolNeAR annotates once: "How do you know when it's worth
#: paying ...?"); raised to 0.7563 (P 0.8184, R 0.7030) by deeds refused ("posted gains", "assumed the
#: presidency", "doubled the lead"), a writer's aside ("it is fair to say") and the interviewer's own words.
#: It is a floor: when a change raises the figure, record the new F1 here with its
#: P and R in this comment, measured by
#:     sourcetrace extract --format jsonl ../shared/eval/polnear/dev/text > dev.jsonl
#:     python ../shared/eval/score_polnear.py ../shared/eval/polnear/dev dev.jsonl --json
#: (the "relation" entry; `sourcetrace eval ../shared/eval/polnear/dev` gives the same numbers). Lower it
#: only on purpose, saying why in the commit.
DEV_RELATION_F1 = 0.7563

#: How far below the floor relation F1 may fall before the gate fails.
TOLERANCE = 0.005


@pytest.fixture(scope="module")
def seed_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`sourcetrace extract --format jsonl` on the seed article, scored against its hand annotation."""
    predictions = extract_jsonl(SEED_TEXT, tmp_path_factory.mktemp("seed") / "predictions.jsonl")
    return score(GOLD_SCORER, SEED_GOLD, predictions)


def test_relation_f1_on_dev_holds_its_floor(dev_scores: dict[str, Any]) -> None:
    assert dev_scores["documents"] == len(list((DEV / "text").glob("*.txt"))), dev_scores
    relation = dev_scores["relation"]
    floor = round(DEV_RELATION_F1 - TOLERANCE, 4)
    assert relation["f1"] >= floor, (
        f"relation F1 on PolNeAR dev is {relation['f1']:.4f} (P {relation['p']:.4f}, R {relation['r']:.4f}), "
        f"more than {TOLERANCE} below the recorded {DEV_RELATION_F1:.4f}"
    )


def test_the_seed_keeps_every_required_attribution(seed_scores: dict[str, Any]) -> None:
    found, required = seed_scores["found_required"].split("/")
    assert int(required) > 0, seed_scores
    assert found == required, f"the seed lost required attributions: found {found} of {required}"
