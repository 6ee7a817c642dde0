"""The boundaries the learned model may move (`boundaries.py`), and the candidates of each.

For each relation, each of its four boundaries (content start and end, source start and end) is a choice
among the token boundaries near the rules' one, at most `MAX_SHIFT` tokens away: outwards up to the nearest
wall (the cue, the source, the content, another cue: a span never takes in another role's words) or the
edge of the sentences it lies in, inwards up to the other end of its outermost part or the first cue inside
it (a content keeps the attributions the rules nested in it), and never across a quotation mark (the quote
reconciliation has decided what is quoted, and whether a content is direct, mixed or indirect). Only spans
in the cue's parsed stretch that start and end at token edges are chosen again; the others keep the rules'
boundaries.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sourcetrace.extract.boundary_features import SpanContext, StretchView, relational_features
from sourcetrace.extract.relation import Relation
from sourcetrace.parse import Segment, segment_at

#: The four boundaries the model may move.
SIDES = ("content_start", "content_end", "source_start", "source_end")
#: Contents the rules alone bound: a transcript turn is its speaker's whole paragraph, punctuation and all.
RULES_BOUND = frozenset({"turn"})
#: How far (in tokens) a boundary may move from the rules' one, per role.
MAX_SHIFT = {"content": 40, "source": 12}


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
        starts, ends = {}, {}
        for token in segment.doc:
            starts[segment.start + token.idx] = token.i
            ends[segment.start + token.idx + len(token.text)] = token.i
        return cls(segment, StretchView(segment.doc), starts, ends)

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
    for index, relation in enumerate(relations):
        segment = segment_at(segments, *relation.cue)
        if segment is None:
            continue
        stretch = stretches.get(id(segment))
        if stretch is None:
            stretch = stretches[id(segment)] = _Stretch.of(segment)
        cue = stretch.tokens(relation.cue)
        if cue is None:
            continue
        others = [stretch.tokens(other.cue) for j, other in enumerate(relations) if j != index]
        walls = [cue, *(r for r in others if r is not None)]
        yield from _choices(stretch, index, relation, walls, kinds, sides)


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
        reading = f"{relation.kind}|{relation.content_type}"
        context = SpanContext(cue, source, _roots(view, content), reading, _lemma(view, cue))
        window = _window(view, [cue, content[0], content[-1]])
        around = walls if source is None else [source, *walls]
        for side in ("content_start", "content_end"):
            if side in sides:
                yield _choice(stretch, index, side, (content[0], content[-1]), around, window, context)
    if source is not None:
        context = SpanContext(cue, None, _roots(view, [source]), f"source|{relation.kind}", _lemma(view, cue))
        window = _window(view, [cue, source])
        for side in ("source_start", "source_end"):
            if side in sides:
                yield _choice(stretch, index, side, (source, source), [*content, *walls], window, context)


def _lemma(view: StretchView, cue: range) -> str:
    """The lemma of the cue's head word (its word whose head lies outside it)."""
    head = next((i for i in cue if view.heads[i] not in cue or view.heads[i] == i), cue.start)
    return view.lemmas[head].lower()


def _roots(view: StretchView, parts: Sequence[range]) -> frozenset[int]:
    """The tokens of a span whose head lies outside it (or that head their sentence)."""
    inside = {i for part in parts for i in part}
    return frozenset(i for i in inside if view.heads[i] == i or view.heads[i] not in inside)


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
    """The candidates of one side of a span whose first and last parts are `outer`."""
    view = stretch.view
    first, last = outer
    start = side.endswith("start")
    shift = MAX_SHIFT[side.split("_")[0]]
    words = view.word_counts
    rule = first.start if start else last.stop
    # never across a wall (nor back past a cue inside the span) or a quotation mark
    low = max([rule - shift, view.quote_before(rule) + 1, *(w.stop for w in walls if w.stop <= rule)])
    high = min([rule + shift, view.quote_from(rule), *(w.start for w in walls if w.start >= rule)])
    if start:
        low, high = max(low, window[0]), min(high, first.stop - 1)
        candidates = [b for b in range(low, high + 1) if not view.space[b]]
        spans = [(b, last.stop - 1) for b in candidates]
        kept = [words[last.stop] - words[b] for b in candidates]
        whole = words[last.stop] - words[rule]
    else:
        low, high = max(low, last.start + 1), min(high, window[1])
        candidates = [b for b in range(low, high + 1) if not view.space[b - 1]]
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
