"""The boundaries the learned model may move (`boundaries.py`), and the candidates of each.

For each relation, each of its four boundaries (content start and end, source start and end) is a choice
among the token boundaries near the rules' one, at most `MAX_SHIFT` tokens away: outwards up to the nearest
wall (the cue, the source, the content, another cue: a span never takes in another role's words) or the
edge of the sentences it lies in, inwards up to the other end of its outermost part or the first cue inside
it (a content keeps the attributions the rules nested in it), and never across a quotation mark (the quote
reconciliation has decided what is quoted, and whether a content is direct, mixed or indirect); a source
never starts before a dash (one sets off a dateline or the sentence's opening: on PolNeAR train 13 of 14,558
gold source starts lie across one from the rules'); a source inside its cue ("In his view") keeps its
bounds. Only spans in the cue's parsed stretch that start and
end at token edges are chosen again; the others keep the rules' boundaries.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sourcetrace.extract.boundary_features import SpanContext, StretchView, relational_features
from sourcetrace.extract.classifier import HEARSAY, INVERTED_CLAUSE
from sourcetrace.extract.relation import Relation
from sourcetrace.parse import Segment, segment_at

#: The four boundaries the model may move.
SIDES = ("content_start", "content_end", "source_start", "source_end")
#: Contents the rules alone bound: a transcript turn is its speaker's whole paragraph, punctuation and all;
#: the clause before an inverted verb of saying, and the clause an adverb of hearsay passes on, are readings
#: the model was not trained on (too rare in train; it took "threatened" out of "allegedly threatened X").
RULES_BOUND = frozenset({"turn", INVERTED_CLAUSE, HEARSAY})
#: How far (in tokens) a boundary may move from the rules' one, per side: (widening, narrowing) the span.
#: On PolNeAR train, 0.2% of the gold boundaries of each side lie farther (a content is cut short by up to
#: 30 tokens, but seldom widened by more than a few; a source's comma is one token away).
MAX_SHIFT = {"content_start": (10, 12), "content_end": (8, 30), "source_start": (8, 8), "source_end": (6, 12)}


@dataclass(frozen=True)
class Choice:
    """One boundary of one relation to choose: the candidate boundaries (token gaps of `view`: boundary
    `b` is the gap before token `b`), the rules' one among them, each candidate's features, and whether it
    is drastic (it leaves out more than half of the words of the rules' content: a wrong such cut loses the
    attribution's match with its gold, not just the exact span)."""

    index: int  # of the relation
    side: str
    view: StretchView
    segment: Segment
    rule: int
    candidates: tuple[int, ...]
    static: tuple[list[str], ...]
    relational: tuple[list[str], ...]
    drastic: tuple[bool, ...]

    def features(self, k: int) -> list[str]:
        return self.static[k] + self.relational[k]

    def char_offset(self, b: int) -> int:
        """The article offset of candidate boundary `b`: where the span starts, or where it ends."""
        doc, segment = self.segment.doc, self.segment
        return segment.char_start(doc[b]) if self.side.endswith("start") else segment.char_end(doc[b - 1])


@dataclass
class _Stretch:
    """A parsed stretch as the boundary model reads it: its view and where its tokens start and end."""

    segment: Segment
    view: StretchView
    starts: dict[int, int]  # article offset -> token
    ends: dict[int, int]

    @classmethod
    def of(cls, segment: Segment) -> _Stretch:
        view = StretchView(segment.doc)
        at = segment.start
        starts = {at + start: i for i, (start, _) in enumerate(view.offsets)}
        ends = {at + end: i for i, (_, end) in enumerate(view.offsets)}
        return cls(segment, view, starts, ends)

    def tokens(self, span: tuple[int, int] | None) -> range | None:
        """The tokens of an article span, when it starts and ends at token edges."""
        if span is None:
            return None
        first, last = self.starts.get(span[0]), self.ends.get(span[1])
        return range(first, last + 1) if first is not None and last is not None and first <= last else None


def relation_choices(
    segments: Sequence[Segment], relations: Sequence[Relation], kinds: frozenset[str], sides: frozenset[str]
) -> Iterator[Choice]:
    """The boundaries of `sides` to choose in each relation: the content's for the `kinds` given, the
    source's for all."""
    stretches: dict[int, _Stretch] = {}
    located: list[tuple[_Stretch, range] | None] = []
    for relation in relations:
        segment = segment_at(segments, *relation.cue)
        stretch = None
        if segment is not None:
            stretch = stretches.get(id(segment))
            if stretch is None:
                stretch = stretches[id(segment)] = _Stretch.of(segment)
        cue = stretch.tokens(relation.cue) if stretch is not None else None
        located.append((stretch, cue) if stretch is not None and cue is not None else None)
    for index, relation in enumerate(relations):
        found = located[index]
        if found is None:
            continue
        stretch, cue = found
        others = [other[1] for j, other in enumerate(located) if j != index and other and other[0] is stretch]
        yield from _choices(stretch, index, relation, [cue, *others], kinds, sides)


def _choices(
    stretch: _Stretch,
    index: int,
    relation: Relation,
    walls: list[range],
    kinds: frozenset[str],
    sides: frozenset[str],
) -> Iterator[Choice]:
    """The choices of one relation; `walls` holds its cue's tokens first, then the other cues'."""
    view, cue = stretch.view, walls[0]
    source = stretch.tokens(relation.source)
    parts = [stretch.tokens(part) for part in relation.content]
    content = [part for part in parts if part is not None]
    bounded = relation.kind in kinds and relation.content_type not in RULES_BOUND
    if bounded and content and len(content) == len(parts):
        reading = f"{relation.kind}|{relation.content_type}|{_side_of(cue, content)}"
        context = SpanContext.of(view, cue, source, content, reading)
        window = _window(view, [cue, content[0], content[-1]])
        around = walls if source is None else [source, *walls]
        for side in ("content_start", "content_end"):
            if side in sides:
                yield _choice(stretch, index, side, (content[0], content[-1]), around, window, context)
    if source is not None and not _overlaps(source, cue):  # "In his view, ...": the source is the cue's word
        context = SpanContext.of(
            view, cue, None, [source], f"source|{relation.kind}|{_side_of(cue, [source])}"
        )
        window = _window(view, [cue, source])
        for side in ("source_start", "source_end"):
            if side in sides:
                yield _choice(stretch, index, side, (source, source), [*content, *walls], window, context)


def _overlaps(first: range, second: range) -> bool:
    return first.start < second.stop and second.start < first.stop


def _side_of(cue: range, parts: Sequence[range]) -> str:
    """Where a span lies from its cue: before it, after it ("said Ms. Roe, the mayor, ..."), or around it."""
    if parts[-1].stop <= cue.start:
        return "before"
    return "after" if parts[0].start >= cue.stop else "around"


def _window(view: StretchView, spans: Sequence[range]) -> tuple[int, int]:
    """The sentences the given token ranges lie in, as (first token, index after the last)."""
    return (
        min(view.sentence_starts[span.start] for span in spans),
        max(view.sentence_ends[span.stop - 1] for span in spans),
    )


def _choice(
    stretch: _Stretch,
    index: int,
    side: str,
    outer: tuple[range, range],
    walls: Sequence[range],
    window: tuple[int, int],
    context: SpanContext,
) -> Choice:
    """The candidates of one side of a span whose first and last parts are `outer`: the boundaries in
    reach that keep whole the phrase on the span's side (a span does not start at "deal" in "the deal";
    on PolNeAR train 0.2% of the gold content boundaries do, mostly where the parse is wrong), and the
    rules' one."""
    view = stretch.view
    first, last = outer
    start = side.endswith("start")
    widen, narrow = MAX_SHIFT[side]
    left, right = (widen, narrow) if start else (narrow, widen)
    words = view.word_counts
    rule = first.start if start else last.stop
    # never across a wall (nor back past a cue inside the span) or a quotation mark
    low = max([rule - left, view.quote_before(rule) + 1, *(w.stop for w in walls if w.stop <= rule)])
    high = min([rule + right, view.quote_from(rule), *(w.start for w in walls if w.start >= rule)])
    if side == "source_start":
        low = max(low, view.dash_before(rule) + 1)  # "MYRTLE BEACH, S.C. - Sen. Jo Roe said"
    if start:
        low, high = max(low, window[0]), min(high, first.stop - 1)
        candidates = [b for b in range(low, high + 1) if not view.space[b] and view.keeps_whole(b, start)]
        spans = [(b, last.stop - 1) for b in candidates]
        kept = [words[last.stop] - words[b] for b in candidates]
        whole = words[last.stop] - words[rule]
    else:
        low, high = max(low, last.start + 1), min(high, window[1])
        candidates = [b for b in range(low, high + 1) if not view.space[b - 1] and view.keeps_whole(b, start)]
        spans = [(first.start, b - 1) for b in candidates]
        kept = [words[b] - words[first.start] for b in candidates]
        whole = words[rule] - words[first.start]
    if rule not in candidates:
        candidates.append(rule)
        spans.append((first.start, last.stop - 1))
        kept.append(whole)
    content = side.startswith("content")
    return Choice(
        index,
        side,
        view,
        stretch.segment,
        rule,
        tuple(candidates),
        tuple(view.static_features(b, start) for b in candidates),
        tuple(
            relational_features(view, b, rule, start, span, context)
            for b, span in zip(candidates, spans, strict=True)
        ),
        tuple(content and 2 * words_kept < whole for words_kept in kept),
    )
