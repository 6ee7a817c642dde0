"""Read PolNeAR's brat standoff (a split folder with text/ and attributions/) for the build tools."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldAttribution:
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)


def first_annotations(split: Path) -> dict[str, Path]:
    """The .ann file of each article: the first annotator id in sorted order, as the scorer does."""
    chosen: dict[str, Path] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return chosen


def read_ann(ann: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[list[str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):
            tid, middle, _ = line.split("\t", 2)
            label, ranges = middle.split(" ", 1)
            spans[tid] = (label, [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))])
        elif re.match(r"E\d+\t", line):
            events.append(line.split("\t")[1].split())
    gold = []
    for roles in events:
        attribution = GoldAttribution(cue=[])
        for role in roles[1:]:
            name, tid = role.split(":")
            name = re.sub(r"\d+$", "", name)
            if name == "Cue":
                attribution.cue = spans[tid][1]
            elif name == "Source":
                attribution.source = spans[tid][1]
            elif name == "Content":
                attribution.content += spans[tid][1]
        if attribution.cue and attribution.content:
            gold.append(attribution)
    return gold


def read_split(split: Path) -> dict[str, tuple[str, list[GoldAttribution]]]:
    """Article name -> (text, gold attributions)."""
    return {
        name: ((split / "text" / f"{name}.txt").read_text(encoding="utf-8"), read_ann(ann))
        for name, ann in first_annotations(split).items()
    }
