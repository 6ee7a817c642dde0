"""Learned span boundaries: where a relation's content and source start and end.

The rules find a cue's content and source by its parse (`content.py`, `source.py`, the quote
reconciliation); PolNeAR bounds them by conventions a parse does not give (a source set off by commas keeps
its closing comma, a clause after the content may be the reporter's and not the speaker's, a trailing
"according to X" is not content). So once the rules have spoken, each of the four boundaries (content start
and end, source start and end) is chosen again among the token boundaries near the rules' one
(`boundary_choices.py`): a log-linear ranker scores each candidate from what lies at it and between it and
the rules' boundary (`boundary_features.py`), and the boundary moves only when the best candidate beats the
rules' own by the side's margin -- by a larger one when it would leave out more than half of the rules'
content, as such a cut, when wrong, loses the attribution and not just its exact span. This is the
candidate-boundary view of span detection of Scheible, Klinger and Padó (2016, "Model architectures for
quotation detection", ACL: boundary classifiers around each cue, then a choice of span), with the rules'
reading as the prior that a conditional log-linear model (Berger, Della Pietra and Della Pietra 1996, "A
maximum entropy approach to natural language processing") corrects.

The weights and margins (`sourcetrace/data/boundaries.json`) are trained on PolNeAR train by
`tools/train_boundaries.py` (`make boundaries`), which places the margins and chooses which kinds of content
the model bounds by a cross-validation; they are applied here in plain Python.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sourcetrace import data
from sourcetrace.extract.boundary_choices import SIDES, Choice, relation_choices
from sourcetrace.extract.nesting import finish
from sourcetrace.extract.relation import Relation
from sourcetrace.parse import Segment
from sourcetrace.types import Attribution, Span

_MODEL_FILE = "boundaries.json"


@dataclass(frozen=True)
class SideModel:
    """The weights of one side's ranker and the margins (in log-odds) by which the best candidate must beat
    the rules' boundary: `margin`, and `drastic_margin` for a candidate that leaves out more than half of
    the rules' content."""

    weights: Mapping[str, float]
    margin: float
    drastic_margin: float = math.inf

    def margin_of(self, choice: Choice, k: int) -> float:
        return self.drastic_margin if choice.drastic[k] else self.margin


@dataclass(frozen=True)
class BoundaryModel:
    """The rankers of the sides the model moves, and the kinds of content (direct, mixed, indirect) whose
    boundaries it moves. With no sides, the rules' boundaries stand."""

    sides: Mapping[str, SideModel] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()

    @classmethod
    def rules_only(cls) -> BoundaryModel:
        return cls()

    @classmethod
    def from_json(cls, text: str) -> BoundaryModel:
        raw = json.loads(text)
        sides = {
            name: SideModel(side["weights"], side["margin"], side.get("drastic_margin", math.inf))
            for name, side in raw["sides"].items()
            if name in SIDES
        }
        return cls(sides, frozenset(raw["kinds"]))


@lru_cache(maxsize=1)
def load_boundaries() -> BoundaryModel:
    """The packaged model (`data/boundaries.json`), read once; the rules alone when it is absent."""
    try:
        return BoundaryModel.from_json(data.read_text(_MODEL_FILE))
    except FileNotFoundError:
        return BoundaryModel.rules_only()


def finish_with_boundaries(
    text: str, segments: Sequence[Segment], relations: Sequence[Relation], model: BoundaryModel
) -> list[Attribution]:
    """The records of the rules' relations (`nesting.finish`), with the boundaries the model moves.

    Ids and parents are given on the rules' spans: the model bounds what an attribution says, not which
    attributions it holds. (Letting a shortened content drop the attributions the rules nested in it made
    them top-level ones; on the cross-validation over train most of those were not attributions PolNeAR
    annotates, and relation precision fell by a point.)"""
    records = finish(text, relations)
    if not model.sides:
        return records
    return rebound(text, records, refine_boundaries(text, segments, relations, model))


def refine_boundaries(
    text: str, segments: Sequence[Segment], relations: Sequence[Relation], model: BoundaryModel
) -> list[Relation]:
    """The relations with each boundary the model is confident about moved."""
    moves: dict[tuple[int, str], tuple[Choice, int]] = {}
    static_scores: dict[tuple[int, str, int], float] = {}  # what a boundary's stretch features add up to
    for choice in relation_choices(segments, relations, model.kinds, frozenset(model.sides)):
        side = model.sides[choice.side]
        scores = []
        for k, b in enumerate(choice.candidates):
            key = (id(choice.view), choice.side, b)
            static = static_scores.get(key)
            if static is None:
                static = static_scores[key] = _score(side.weights, choice.static[k])
            scores.append(static + _score(side.weights, choice.relational[k]))
        chosen = decide(choice, scores, side)
        if chosen is not None:
            moves[choice.index, choice.side] = (choice, choice.candidates[chosen])
    return apply_moves(text, relations, moves)


def _score(weights: Mapping[str, float], names: list[str]) -> float:
    return sum(map(weights.get, names, itertools.repeat(0.0)))


def decide(choice: Choice, scores: Sequence[float], side: SideModel) -> int | None:
    """The candidate the boundary moves to (its index), if one beats the rules' boundary by its margin."""
    rule = choice.candidates.index(choice.rule)
    chosen, best = None, 0.0
    for k, score in enumerate(scores):
        gain = score - scores[rule] - side.margin_of(choice, k)
        if k != rule and gain > best:
            chosen, best = k, gain
    return chosen


def apply_moves(
    text: str, relations: Sequence[Relation], moves: Mapping[tuple[int, str], tuple[Choice, int]]
) -> list[Relation]:
    """The relations with the chosen boundaries moved (a span whose start and end would cross keeps the
    rules' bounds). No boundary moves across a quotation mark, so an indirect content stays indirect; a
    quoted one becomes mixed when a move takes in the first word outside its quotes, direct when one leaves
    out the last."""
    moved = list(relations)
    for index, relation in enumerate(relations):
        offsets = {
            side: moves[index, side][0].char_offset(moves[index, side][1])
            for side in SIDES
            if (index, side) in moves
        }
        if not offsets:
            continue
        content = list(relation.content)
        if content:
            content[0] = (offsets.get("content_start", content[0][0]), content[0][1])
            content[-1] = (content[-1][0], offsets.get("content_end", content[-1][1]))
            if any(start >= end for start, end in content):
                content = list(relation.content)
        source = relation.source
        if source is not None:
            source = (offsets.get("source_start", source[0]), offsets.get("source_end", source[1]))
            if source[0] >= source[1]:
                source = relation.source
        kind, outside = relation.kind, _outside_words(text, content)
        if kind in {"direct", "mixed"} and outside != _outside_words(text, relation.content):
            kind = "mixed" if outside else "direct"
        moved[index] = replace(relation, content=tuple(content), source=source, kind=kind)
    return moved


def _outside_words(text: str, content: Sequence[tuple[int, int]]) -> bool:
    """Whether a word of a content stands outside its quotes."""
    return any(_QUOTED.sub("", text[start:end]).strip(_NOT_WORDS) for start, end in content)


#: A quotation, marks and all, and what may stand outside one in a direct content (punctuation, spaces).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|``.*?''|''.*?''|«[^»]*»", re.DOTALL)
_NOT_WORDS = " \n\t\xa0,.;:!?—–-()[]'’"


def rebound(text: str, records: Sequence[Attribution], relations: Sequence[Relation]) -> list[Attribution]:
    """The records with the source, content and kind of the relation of the same cue."""
    by_cue = {relation.cue: relation for relation in relations}
    bounded = []
    for record in records:
        relation = by_cue[record.cue.start, record.cue.end]
        parts = tuple(Span.of(text, start, end) for start, end in relation.content)
        bounded.append(
            replace(
                record,
                kind=relation.kind,
                source=Span.of(text, *relation.source) if relation.source else None,
                content=Span.of(text, parts[0].start, parts[-1].end) if parts else None,
                content_parts=parts if len(parts) > 1 else (),
            )
        )
    return bounded
