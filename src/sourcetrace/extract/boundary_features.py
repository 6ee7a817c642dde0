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
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.tokens import Doc

from sourcetrace.quotes import CLOSING_MARKS, OPENING_MARKS, TOGGLING_MARKS

#: Parts of speech whose words are features by their class only (the model learns how news bounds its
#: spans, not which names appear in the training articles).
_BY_CLASS = {"PROPN", "NUM"}
#: Quotation marks as tokens (not a lone apostrophe, which may be a possessive's).
_QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | TOGGLING_MARKS | {"``"}
#: Marks and words whose presence between a candidate and the rules' boundary is a feature.
_DASHES = {"--", "—", "–", "-"}
_SETTING_MARKS = {",", ";", ":", "(", ")"} | _DASHES
_JOINING_WORDS = {"that", "to", "and", "but", "because", "if"}


@dataclass
class StretchView:
    """Per-token arrays of one parsed stretch, read once, and the boundary features made from them."""

    doc: Doc
    _static: dict[tuple[int, bool], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        doc = self.doc
        strings = doc.vocab.strings
        raw = doc.to_array([LOWER, POS, TAG, DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, IS_TITLE, IDX, LENGTH])
        array = raw.tolist()
        relative_heads = raw[:, 4].astype(np.int64).tolist()  # HEAD is relative, stored unsigned
        self.size = len(array)
        self.sentence_starts, self.sentence_ends = _sentences(doc)
        self.pos = [strings[row[1]] for row in array]
        self.words = [
            f"<{pos.lower()}>" if pos in _BY_CLASS
            else "<cap>" if row[8] and self.sentence_starts[i] != i
            else strings[row[0]]
            for i, (pos, row) in enumerate(zip(self.pos, array, strict=True))
        ]  # fmt: skip
        self.tags = [strings[row[2]] for row in array]
        self.deps = [strings[row[3]] for row in array]
        self.lemmas = [strings[row[7]] for row in array]
        self.heads = [i + offset for i, offset in enumerate(relative_heads)]
        self.offsets = [(row[9], row[9] + row[10]) for row in array]  # characters in the stretch
        self.punct = [bool(row[5] or row[6]) for row in array]  # punctuation or white space
        self.space = [bool(row[6]) for row in array]
        self.left_edges, self.right_edges = _edges(self.heads, self.punct)
        self.quote_open = _quote_open(self.words)
        self.quote_marks = [i for i, word in enumerate(self.words) if word in _QUOTE_MARKS]
        self.dashes = [i for i, word in enumerate(self.words) if word in _DASHES]
        self.categories = [_category(word, pos) for word, pos in zip(self.words, self.pos, strict=True)]
        self.commas = list(itertools.accumulate((word == "," for word in self.words), initial=0))
        self.word_counts = list(itertools.accumulate((not p for p in self.punct), initial=0))
        self._after: dict[int, int | None] = {}
        self._before: dict[int, int | None] = {}

    def __len__(self) -> int:
        return self.size

    def quote_before(self, b: int) -> int:
        """The last quotation mark before boundary `b` (-1 if none)."""
        return next((i for i in reversed(self.quote_marks) if i < b), -1)

    def dash_before(self, b: int) -> int:
        """The last dash before boundary `b` (-1 if none)."""
        return next((i for i in reversed(self.dashes) if i < b), -1)

    def quote_from(self, b: int) -> int:
        """The first quotation mark after boundary `b` (the stretch's length if none)."""
        return next((i for i in self.quote_marks if i >= b), self.size)

    def between(self, low: int, high: int) -> set[str]:
        """What the tokens between two boundaries hold (`_category`)."""
        found = set(self.categories[low:high])
        found.discard("")
        return found

    def word_at_or_after(self, i: int, stop: int) -> int:
        """The first token from `i` on (before `stop`) that is not punctuation, else `stop`."""
        while i < stop and self.punct[i]:
            i += 1
        return i

    def word_at_or_before(self, i: int, stop: int) -> int:
        """The last token from `i` back (after `stop`) that is not punctuation, else `stop`."""
        while i > stop and self.punct[i]:
            i -= 1
        return i

    def after(self, b: int) -> int | None:
        """The constituent that starts at boundary `b` (`_constituent_from`), found once."""
        if b not in self._after:
            self._after[b] = self._constituent_from(b)
        return self._after[b]

    def before(self, b: int) -> int | None:
        """The constituent that ends at boundary `b` (`_constituent_to`), found once."""
        if b not in self._before:
            self._before[b] = self._constituent_to(b)
        return self._before[b]

    def _constituent_from(self, b: int) -> int | None:
        """The largest constituent that begins with the first word at or after boundary `b` and lies
        wholly after it; None when the boundary cuts a phrase ("the | deal")."""
        word = self.word_at_or_after(b, self.size)
        if word >= self.size or self.left_edges[word] < b:
            return None
        while self.heads[word] != word and self.left_edges[self.heads[word]] >= b:
            word = self.heads[word]
        return word

    def _constituent_to(self, b: int) -> int | None:
        """The largest constituent that ends with the last word before boundary `b` and lies wholly before
        it; None when the boundary cuts a phrase."""
        word = self.word_at_or_before(b - 1, -1)
        if word < 0 or self.right_edges[word] >= b:
            return None
        while self.heads[word] != word and self.right_edges[self.heads[word]] < b:
            word = self.heads[word]
        return word

    def keeps_whole(self, b: int, start: bool) -> bool:
        """Whether a span bounded at `b` keeps whole the phrase on its side ("the deal", not "deal"), or
        is set off there by punctuation (where the parser may have hung a relative clause or an apposition
        on the span's last noun: "the health of the senator | , who is 70")."""
        outside = b - 1 if start else b
        if not 0 <= outside < self.size or self.punct[outside]:
            return True
        return (self.after(b) if start else self.before(b)) is not None

    def static_features(self, b: int, start: bool) -> list[str]:
        """The features of boundary `b` that depend on the stretch alone, seen from a span that starts
        there (`start`) or ends there; made once per boundary."""
        key = (b, start)
        found = self._static.get(key)
        if found is None:
            found = self._static[key] = self._make_static(b, start)
        return found

    def _make_static(self, b: int, start: bool) -> list[str]:
        n = self.size
        inside, outside = (b, b - 1) if start else (b - 1, b)
        names = [*self._token_features("in", inside), *self._token_features("out", outside)]
        in_pos = self.pos[inside] if 0 <= inside < n else "<edge>"
        out_pos = self.pos[outside] if 0 <= outside < n else "<edge>"
        names.append(f"pos={in_pos}|{out_pos}")
        inner, outer = (self.after(b), self.before(b)) if start else (self.before(b), self.after(b))
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

    def _token_features(self, role: str, i: int) -> list[str]:
        n = self.size
        if not 0 <= i < n:
            return [f"{role}=<edge>"]
        names = [f"{role}.w={self.words[i]}", f"{role}.tag={self.tags[i]}", f"{role}.dep={self.deps[i]}"]
        if self.punct[i]:
            # the word behind the punctuation ("… 2012, but" / "clarity.")
            step = 1 if role == "out" else -1
            j = i + step
            while 0 <= j < n and self.punct[j]:
                j += step
            names.append(f"{role}.next={self.words[j] if 0 <= j < n else '<edge>'}|{self.words[i]}")
        return names


@dataclass(frozen=True)
class SpanContext:
    """What a boundary's relational features read of the relation: the cue's and the source's tokens, the
    syntactic roots of the rules' span (its tokens whose head lies outside it) and where their phrases begin
    and end, how the rules read it (the relation's kind and content type), and the cue's lemma."""

    cue: range
    source: range | None
    roots: frozenset[int]
    root_starts: frozenset[int]
    root_ends: frozenset[int]
    reading: str
    lemma: str

    @classmethod
    def of(
        cls, view: StretchView, cue: range, source: range | None, parts: list[range], reading: str
    ) -> SpanContext:
        inside = {i for part in parts for i in part}
        roots = frozenset(i for i in inside if view.heads[i] == i or view.heads[i] not in inside)
        head = next((i for i in cue if view.heads[i] not in cue or view.heads[i] == i), cue.start)
        return cls(
            cue,
            source,
            roots,
            frozenset(view.word_at_or_after(view.left_edges[root], root) for root in roots),
            frozenset(view.word_at_or_before(view.right_edges[root], root) for root in roots),
            reading,
            view.lemmas[head].lower(),
        )

    def where(self, head: int, span: tuple[int, int]) -> str:
        """Where a constituent's head lies: in the cue or source, at a root of the rules' span, in the span
        the candidate would bound, or elsewhere."""
        if head in self.cue:
            return "cue"
        if self.source is not None and head in self.source:
            return "source"
        if head in self.roots:
            return "root"
        return "span" if span[0] <= head <= span[1] else "other"


def relational_features(
    view: StretchView, b: int, rule: int, start: bool, span: tuple[int, int], context: SpanContext
) -> list[str]:
    """The features of boundary `b` for one span: `rule` is the rules' boundary on the same side and `span`
    the tokens (first, last) the span would cover."""
    reading, lemma = context.reading, context.lemma
    shift = b - rule
    direction = "" if shift == 0 else ("+" if (shift > 0) != start else "-")  # + widens the span
    sign = direction or "0"
    names = [
        f"shift={_bucket(abs(shift))}{direction}",
        f"{reading}|shift={sign}",
        f"lemma={lemma}|shift={sign}",
    ]
    if shift:
        low, high = (b, rule) if shift < 0 else (rule, b)
        names.append(f"words={_bucket(view.word_counts[high] - view.word_counts[low])}{direction}")
        names.extend(f"between={item}{direction}" for item in view.between(low, high))
    else:
        names.append(f"rule|{reading}")
    inner, outer = (view.after(b), view.before(b)) if start else (view.before(b), view.after(b))
    if inner is not None:
        where, dep = context.where(view.heads[inner], span), view.deps[inner]
        names += [f"inc.head={where}", f"inc={dep}|head={where}", f"{reading}|inc={dep}|head={where}"]
    if outer is not None:
        where, dep = context.where(view.heads[outer], span), view.deps[outer]
        names += [
            f"outc.head={where}",
            f"outc={dep}|head={where}",
            f"{reading}|outc={dep}|head={where}",
            f"lemma={lemma}|outc={dep}|head={where}",
        ]
    inside, outside = (b, b - 1) if start else (b - 1, b)
    inside_word = view.words[inside] if 0 <= inside < view.size else "<edge>"
    outside_word = view.words[outside] if 0 <= outside < view.size else "<edge>"
    commas = view.commas[span[1] + 1] > view.commas[span[0]]
    names += [
        f"span_comma={commas}|out.w={outside_word}",
        f"{reading}|out.w={outside_word}",
        f"{reading}|in.w={inside_word}",
    ]
    if inside in (context.root_starts if start else context.root_ends):
        names.append(f"edge=root{direction}")
    if inside == (view.left_edges[context.cue.start] if start else view.right_edges[context.cue.start]):
        names.append(f"edge=cue{direction}")
    if outside in context.cue or (context.source is not None and outside in context.source):
        names.append("out=anchor")
    return names


def _category(word: str, pos: str) -> str:
    """What a token counts as between two boundaries: a setting-off mark, a quotation mark, a verb, a
    joining word or conjunction; "" for anything else."""
    if word in _SETTING_MARKS:
        return word
    if word in _QUOTE_MARKS or word == "'":
        return "quote"
    if pos in {"VERB", "AUX"}:
        return "verb"
    if word in _JOINING_WORDS:
        return word
    return pos if pos in {"CCONJ", "SCONJ"} else ""


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
