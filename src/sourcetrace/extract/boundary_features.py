"""What the learned boundary model reads at a boundary between two tokens of a parsed stretch.

A boundary `b` of a stretch is the gap before token `b`. A span's start is the boundary before its first
token, its end the boundary after its last one; a boundary seen from a span has an inside token and an
outside one. What depends on the stretch alone (the two tokens' words, tags and dependencies, the
constituents that end and begin there, whether a quotation is open) is read once per stretch from the doc's
arrays (`StretchView`); what depends on the span being bounded (how far the boundary is from the rules'
reading, what lies between them, whether the constituent across the boundary hangs from the cue or from the
span) is added per candidate (`relational_features`). The feature set follows the boundary classifiers of
Scheible, Klinger and Padó (2016, "Model architectures for quotation detection", ACL), which read the
token, its neighbours and their syntax at a candidate begin or end of a quotation span.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc

from sourcetrace.quotes import CLOSING_MARKS, OPENING_MARKS, TOGGLING_MARKS

#: Parts of speech whose words are features by their class only (the model learns how news bounds its
#: spans, not which names appear in the training articles).
_BY_CLASS = {"PROPN", "NUM"}
#: Parts of speech that head a clause.
_VERBAL = {"VERB", "AUX"}


@dataclass
class StretchView:
    """Per-token arrays of one parsed stretch, read once, and the boundary features made from them."""

    doc: Doc
    words: list[str] = field(init=False)
    pos: list[str] = field(init=False)
    tags: list[str] = field(init=False)
    deps: list[str] = field(init=False)
    heads: list[int] = field(init=False)
    punct: list[bool] = field(init=False)
    space: list[bool] = field(init=False)
    left_edges: list[int] = field(init=False)
    right_edges: list[int] = field(init=False)
    sentence_starts: list[int] = field(init=False)
    sentence_ends: list[int] = field(init=False)
    quote_open: list[bool] = field(init=False)
    commas: list[int] = field(init=False)  # commas before each token
    word_counts: list[int] = field(init=False)  # words before each token
    lemmas: list[str] = field(init=False)
    _static: dict[tuple[int, bool], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        doc = self.doc
        strings = doc.vocab.strings
        raw = doc.to_array([LOWER, POS, TAG, DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, IS_TITLE])
        array = raw.tolist()
        relative_heads = raw[:, 4].astype(np.int64).tolist()  # HEAD is relative, stored unsigned
        self.sentence_starts, self.sentence_ends = _sentences(doc)
        self.pos = [strings[row[1]] for row in array]
        self.words = [
            f"<{pos.lower()}>"
            if pos in _BY_CLASS
            else "<cap>"
            if row[8] and self.sentence_starts[i] != i
            else strings[row[0]]
            for i, (pos, row) in enumerate(zip(self.pos, array, strict=True))
        ]
        self.tags = [strings[row[2]] for row in array]
        self.lemmas = [strings[row[7]] for row in array]
        self.deps = [strings[row[3]] for row in array]
        self.heads = [i + offset for i, offset in enumerate(relative_heads)]
        self.punct = [bool(row[5]) for row in array]
        self.space = [bool(row[6]) for row in array]
        self.left_edges, self.right_edges = _edges(
            self.heads, [p or sp for p, sp in zip(self.punct, self.space, strict=True)]
        )
        self.commas = list(itertools.accumulate((word == "," for word in self.words), initial=0))
        self.word_counts = list(
            itertools.accumulate(
                (not (p or sp) for p, sp in zip(self.punct, self.space, strict=True)), initial=0
            )
        )
        self.quote_open = _quote_open(self.words)

    def __len__(self) -> int:
        return len(self.heads)

    def quote_before(self, b: int) -> int:
        """The last quotation mark before boundary `b` (-1 if none)."""
        return next((i for i in reversed(range(b)) if self.words[i] in _QUOTE_MARKS), -1)

    def quote_from(self, b: int) -> int:
        """The first quotation mark after boundary `b` (the stretch's length if none)."""
        return next((i for i in range(b, len(self)) if self.words[i] in _QUOTE_MARKS), len(self))

    def word_at_or_after(self, i: int, stop: int) -> int:
        """The first token from `i` on (before `stop`) that is not punctuation, else `stop`."""
        while i < stop and (self.punct[i] or self.space[i]):
            i += 1
        return i

    def word_at_or_before(self, i: int, stop: int) -> int:
        """The last token from `i` back (after `stop`) that is not punctuation, else `stop`."""
        while i > stop and (self.punct[i] or self.space[i]):
            i -= 1
        return i

    def constituent_from(self, b: int) -> int | None:
        """The largest constituent that begins with the first word at or after boundary `b` and lies
        wholly after it; None when the boundary cuts a phrase ("the | deal")."""
        word = self.word_at_or_after(b, len(self))
        if word >= len(self) or self.left_edges[word] < b:
            return None
        while self.heads[word] != word and self.left_edges[self.heads[word]] >= b:
            word = self.heads[word]
        return word

    def constituent_to(self, b: int) -> int | None:
        """The largest constituent that ends with the last word before boundary `b` and lies wholly before
        it; None when the boundary cuts a phrase."""
        word = self.word_at_or_before(b - 1, -1)
        if word < 0 or self.right_edges[word] >= b:
            return None
        while self.heads[word] != word and self.right_edges[self.heads[word]] < b:
            word = self.heads[word]
        return word

    def static_features(self, b: int, start: bool) -> list[str]:
        """The features of boundary `b` that depend on the stretch alone, seen from a span that starts
        there (`start`) or ends there."""
        key = (b, start)
        found = self._static.get(key)
        if found is None:
            found = self._static[key] = self._make_static(b, start)
        return found

    def _make_static(self, b: int, start: bool) -> list[str]:
        n = len(self)
        inside, outside = (b, b - 1) if start else (b - 1, b)
        names = [*self._token_features("in", inside, n), *self._token_features("out", outside, n)]
        in_pos = self.pos[inside] if 0 <= inside < n else "<edge>"
        out_pos = self.pos[outside] if 0 <= outside < n else "<edge>"
        names.append(f"pos={in_pos}|{out_pos}")
        after, before = self.constituent_from(b), self.constituent_to(b)
        inner, outer = (after, before) if start else (before, after)
        inner_dep = self.deps[inner] if inner is not None else "<cut>"
        outer_dep = self.deps[outer] if outer is not None else "<cut>"
        names += [f"inc={inner_dep}", f"outc={outer_dep}", f"inc={inner_dep}|outc={outer_dep}"]
        if inner is not None:
            names.append(f"inc.w={self.words[inner]}")
        if outer is not None:
            names.append(f"outc.w={self.words[outer]}")
        if 0 < b < n:
            names.append(f"quote_open={self.quote_open[b]}")
            if self.sentence_starts[b] == b:
                names.append("sentence_edge")
        return names

    def _token_features(self, role: str, i: int, n: int) -> list[str]:
        if not 0 <= i < n:
            return [f"{role}=<edge>"]
        names = [f"{role}.w={self.words[i]}", f"{role}.tag={self.tags[i]}", f"{role}.dep={self.deps[i]}"]
        if self.punct[i]:
            # the word behind the punctuation ("… 2012, but" / "clarity.")
            step = 1 if role == "out" else -1
            j = i + step
            while 0 <= j < n and (self.punct[j] or self.space[j]):
                j += step
            names.append(f"{role}.next={self.words[j] if 0 <= j < n else '<edge>'}|{self.words[i]}")
        return names


@dataclass(frozen=True)
class SpanContext:
    """What a boundary's relational features read of the relation: the cue's and the source's tokens, the
    syntactic roots of the rules' span (its tokens whose head lies outside it), and how the rules read it
    (the relation's kind and content type)."""

    cue: range
    source: range | None
    roots: frozenset[int]
    reading: str
    lemma: str  # of the cue's head word


def relational_features(
    view: StretchView, b: int, rule: int, start: bool, span: tuple[int, int], context: SpanContext
) -> list[str]:
    """The features of boundary `b` for one span: `rule` is the rules' boundary on the same side and `span`
    the tokens (first, last) the span would cover."""
    reading = context.reading
    shift = b - rule
    direction = "" if shift == 0 else ("+" if (shift > 0) != start else "-")  # + widens the span
    names = [f"shift={_bucket(abs(shift))}{direction}", f"{reading}|shift={direction or 0}"]
    if shift:
        low, high = min(b, rule), max(b, rule)
        words = sum(1 for i in range(low, high) if not (view.punct[i] or view.space[i]))
        names.append(f"words={_bucket(words)}{direction}")
        names.extend(f"between={item}{direction}" for item in _between(view, low, high))
    else:
        names.append(f"rule|{reading}")
    after, before = view.constituent_from(b), view.constituent_to(b)
    for role, word in (("inc", after if start else before), ("outc", before if start else after)):
        if word is not None:
            where = _where(view.heads[word], span, context)
            names += [
                f"{role}.head={where}",
                f"{role}={view.deps[word]}|head={where}",
                f"{reading}|{role}={view.deps[word]}|head={where}",
            ]
    lemma = context.lemma
    names.append(f"lemma={lemma}|shift={direction or 0}")
    if (outer := before if start else after) is not None:
        names.append(f"lemma={lemma}|outc={view.deps[outer]}|head={_where(view.heads[outer], span, context)}")
    commas = view.commas[span[1] + 1] - view.commas[span[0]] > 0
    outside_word = view.words[b - 1 if start else b] if 0 < b < len(view) else "<edge>"
    inside_word = view.words[b if start else b - 1] if 0 <= (b if start else b - 1) < len(view) else "<edge>"
    names += [
        f"span_comma={commas}|out.w={outside_word}",
        f"{reading}|out.w={outside_word}",
        f"{reading}|in.w={inside_word}",
    ]
    edge = b if start else b - 1
    for root in context.roots:
        if edge == (
            view.word_at_or_after(view.left_edges[root], root)
            if start
            else view.word_at_or_before(view.right_edges[root], root)
        ):
            names.append(f"edge=root{direction}")
    cue = context.cue.start
    if edge == (view.left_edges[cue] if start else view.right_edges[cue]):
        names.append(f"edge=cue{direction}")
    outside = b - 1 if start else b
    if outside in context.cue or (context.source is not None and outside in context.source):
        names.append("out=anchor")
    return names


def _where(head: int, span: tuple[int, int], context: SpanContext) -> str:
    """Where a constituent's head lies: in the cue or source, at a root of the rules' span, in the span, or
    elsewhere."""
    if head in context.cue:
        return "cue"
    if context.source is not None and head in context.source:
        return "source"
    if head in context.roots:
        return "root"
    return "span" if span[0] <= head <= span[1] else "other"


def _between(view: StretchView, low: int, high: int) -> set[str]:
    """What the tokens between two boundaries hold."""
    found = set()
    for i in range(low, high):
        word, pos = view.words[i], view.pos[i]
        if word in {",", ";", ":", "--", "—", "–", "-", "(", ")"}:
            found.add(word)
        elif view.punct[i] and word in _QUOTES:
            found.add("quote")
        elif pos in _VERBAL:
            found.add("verb")
        elif pos in {"CCONJ", "SCONJ"} or word in {"that", "to"}:
            found.add(word if word in {"that", "to", "and", "but", "because", "if"} else pos)
    return found


_QUOTES = OPENING_MARKS | CLOSING_MARKS | TOGGLING_MARKS | {"``", "'"}
#: Quotation marks as tokens (not a lone apostrophe, which may be a possessive's).
_QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | TOGGLING_MARKS | {"``"}


def _bucket(count: int) -> str:
    return str(count) if count <= 3 else "4-6" if count <= 6 else "7-12" if count <= 12 else "13+"


def _edges(heads: list[int], punct: list[bool]) -> tuple[list[int], list[int]]:
    """Each token's leftmost and rightmost descendant (itself included) that is a word: punctuation hung
    from a phrase does not widen it, so that "messy | ," does not cut the phrase "messy"."""
    left = list(range(len(heads)))
    right = list(range(len(heads)))
    for i in range(len(heads)):
        if punct[i]:
            continue
        j, seen = i, 0
        while heads[j] != j and seen < len(heads):
            j = heads[j]
            seen += 1
            if i < left[j]:
                left[j] = i
            if i > right[j]:
                right[j] = i
    return left, right


def _sentences(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's sentence, as the index of its first token and the index after its last."""
    starts, ends = [0] * len(doc), [0] * len(doc)
    for sentence in doc.sents:
        for i in range(sentence.start, sentence.end):
            starts[i], ends[i] = sentence.start, sentence.end
    return starts, ends


def _quote_open(words: list[str]) -> list[bool]:
    """For each token, whether a quotation opened before it is still open (a line break closes it)."""
    state, open_ = [], False
    for word in words:
        state.append(open_)
        if "\n" in word:
            open_ = False
        elif word in OPENING_MARKS or word == "``":
            open_ = True
        elif word in CLOSING_MARKS:
            open_ = False
        elif word in TOGGLING_MARKS:
            open_ = not open_
    return state
