"""The boundary model's training tool (tools/train_boundaries.py) on a tiny split, and its ranker."""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from boundary_ranker import fit_ranker
from sourcetrace.extract.boundaries import BoundaryModel
from sourcetrace.extract.boundary_choices import SIDES
from train_boundaries import main, parsed_articles, prepare

#: (source, cue, content, what follows the content) of each article of the tiny split: the gold source keeps
#: its closing comma and the gold content stops before the clause after it, as PolNeAR bounds them.
_ARTICLES = [
    (
        "Michael Tanner, an analyst at the Cato Institute,",
        "said",
        "the plan would fail",
        ", adding that it cost too much.",
    ),
    ("Jane Roe, the mayor of Springfield,", "said", "the roads would reopen", ", adding a warning."),
    ("John Smith, a spokesman for the union,", "said", "the strike would go on", ", calling it fair."),
    ("Mary Major, the head of the agency,", "said", "the budget was too small", ", pointing to cuts."),
    ("Tom Doe, a senator from Ohio,", "said", "the bill would pass", ", predicting a close vote."),
    ("Ann Lee, the chief executive of Acme,", "said", "profits would rise", ", citing new orders."),
]


def _write_split(root: Path) -> Path:
    """The tiny split in brat standoff, as PolNeAR ships it."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for n, (source, cue, content, rest) in enumerate(_ARTICLES):
        text = f"{source} {cue} {content}{rest}\n"
        spans = {"Source": source, "Cue": cue, "Content": content}
        lines, events = [], []
        for k, (label, words) in enumerate(spans.items(), start=1):
            start = text.index(words)
            lines.append(f"T{k}\t{label} {start} {start + len(words)}\t{words}")
            events.append(f"{label}:T{k}")
        start = text.index(cue)
        lines.append(f"T4\tAttribution {start} {start + len(cue)}\t{cue}")
        lines.append(f"E1\tAttribution:T4 {' '.join(events)}")
        (root / "text" / f"a{n}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"a{n}_x.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_the_ranker_learns_which_candidate_is_right() -> None:
    groups = [([["near"], ["near", "good"], ["far"]], 1), ([["good"], ["near"]], 0), ([["far"], ["near"]], 1)]
    weights = fit_ranker(groups, l2=0.1, min_count=1, smallest=0.0)
    assert weights["good"] > weights["near"] > weights["far"]


def test_training_finds_the_gold_boundaries_among_the_candidates(tmp_path: Path) -> None:
    """The four boundaries of "said" are choices, and the gold one is a candidate of each: the source's
    closing comma, and the content's end before ", adding ..." (where the rules end it too)."""
    (article, *_) = parsed_articles(_write_split(tmp_path / "split"))
    prepared = prepare(article)
    said = [(c, target) for c, target in zip(prepared.choices, prepared.targets, strict=True) if c.index == 0]
    chosen = {choice.side: (choice, target) for choice, target in said}
    assert sorted(chosen) == sorted(SIDES)
    source_end, target = chosen["source_end"]
    assert target is not None
    last = source_end.segment.doc[source_end.candidates[target] - 1]
    assert article.text[: source_end.segment.char_end(last)].endswith("Institute,")
    assert source_end.candidates[target] != source_end.rule  # the rules leave the comma out
    content_end, target = chosen["content_end"]
    assert target is not None and content_end.candidates[target] == content_end.rule  # the rules end it right


def test_training_writes_a_model_the_extraction_loads(tmp_path: Path) -> None:
    out = tmp_path / "boundaries.json"
    main([str(_write_split(tmp_path / "split")), "--out", str(out)])
    model = BoundaryModel.from_json(out.read_text(encoding="utf-8"))
    assert set(model.sides) <= set(SIDES)
    assert model.kinds <= {"direct", "mixed", "indirect"}
    assert all(side.margin >= 0 and not math.isinf(side.margin) for side in model.sides.values())
