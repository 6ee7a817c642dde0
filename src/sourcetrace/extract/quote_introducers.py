"""Speakers of uncovered quotes introduced in the sentence before or by a colon ("X said:")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace.extract.classifier import CueScorer
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.relation import Relation
from sourcetrace.extract.source import noun_phrase, source_of, subject_span
from sourcetrace.extract.syntax import SUBJECTS, VERBAL_POS, cue_span, has_content_child, meets, token_at
from sourcetrace.parse import MAX_SENTENCE, Segment, children, segment_at, segment_before, sentence_bounds
from sourcetrace.quotes import Quote


def speaker_for(
    context: RuleContext, segments: Sequence[Segment], quote: Quote, taken: set[int]
) -> Relation | None:
    """A relation for a quote no parse relation covers and no verb right beside it introduces: a verb of
    saying elsewhere in its sentence that has no content of its own (`taken`: cue offsets), or "X said:" in
    the sentence before, if that verb has no content of its own either."""
    text, scorer = context.text, context.scorer
    quoted_in = segment_at(segments, quote.start, quote.start)
    if quoted_in is not None:
        for sentence in sentences_around(text, quoted_in, quote, following=False):
            for token in sentence:
                at = quoted_in.char_start(token)
                if quote.start <= at < quote.end or at in taken or not scorer.is_speech(token):
                    continue
                source, _ = source_of(context, quoted_in, token)
                if source is not None and not meets(source, quote):
                    return Relation(cue_span(quoted_in, token), source, ((quote.start, quote.end),), "direct")
    # only the last segment that starts before the quote can end right before it (any later one starts
    # after it; any earlier one has this one's words between)
    segment = segment_before(segments, quote.start)
    if segment is not None:
        previous = _sentence_ending_before(text, segment, quote.start)
        if previous is not None and previous[-1].text in {":", ",", "."}:
            new_paragraph = "\n" in text[segment.char_end(previous[-1]) : quote.start]
            for token in reversed(list(previous)):
                # a verb with a content of its own ("called the vote a sham.") introduces a quote in its own
                # paragraph (“X criticized the plan. “…””); a quote paragraph after it goes on with that
                # attribution instead (`_relation_right_before`)
                if scorer.is_speech(token) and not has_content_child(token):
                    if new_paragraph and cue_span(segment, token)[0] in taken:
                        continue
                    source, _ = source_of(context, segment, token)
                    if source is not None:
                        return Relation(
                            cue_span(segment, token), source, ((quote.start, quote.end),), "direct"
                        )
    return _colon_introducer(text, segments, quote, scorer, taken)


def _colon_introducer(
    text: str, segments: Sequence[Segment], quote: Quote, scorer: CueScorer, taken: set[int]
) -> Relation | None:
    """ "Respondents are obliged to disclose: “…”", "the questioners ranged from skeptical to hostile: “…”":
    a clause that a colon closes right before a quote introduces it, whatever its verb, in the lexicon or not
    (PolNeAR takes the clause's verb phrase for the cue: "returned to his familiar lines:"); unless the verb
    already has a content of its own (`taken`), which the quote then goes on with ("said the country would
    take more refugees: “…”")."""
    before = text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = token_at(segments, len(before) - 1)
    if colon is None:
        return None
    segment = next(s for s in segments if s.doc is colon.doc)
    named = _name_before_colon(segment, colon)
    if named is not None:
        return Relation(
            (segment.char_start(colon), segment.char_end(colon)), named, ((quote.start, quote.end),), "direct"
        )
    verb = next((t for t in colon.ancestors if t.pos_ in VERBAL_POS and t.i < colon.i), None)
    closed = _clause_closed_by(colon)
    if verb is not None and cue_span(segment, verb)[0] in taken:
        return None  # the quote goes on with the verb's own content ("said the country would ...: “…”")
    if closed is not None and verb is not None and verb.i < closed.left_edge.i:
        # "She became so upset ... that I had to change my answer: “…”": the parser hangs the colon on the
        # sentence's root; the clause the colon closes, with its own subject, is the one that introduces
        verb = closed
    if verb is None:
        # the parser may hang the clause before the colon under a verb of the quote ("he returned to his
        # familiar lines: “It's called America First!”"): its verb is the one whose head lies past the colon
        verb = next(
            (
                t
                for t in reversed(colon.doc[colon.sent.start : colon.i])
                if t.pos_ in VERBAL_POS and (t.head.i > colon.i or t.head == t)
            ),
            None,
        )
    if verb is None:
        return None
    if cue_span(segment, verb)[0] in taken:
        return None
    source = subject_span(segment, verb)
    if source is None or meets(source, quote):
        return None
    return Relation(cue_span(segment, verb), source, ((quote.start, quote.end),), "direct")


def _clause_closed_by(colon: Token) -> Token | None:
    """The verb of the largest clause with a subject of its own that ends right before a colon."""
    doc = colon.doc
    last = colon.i - 1
    while last > colon.sent.start and doc[last].is_punct:
        last -= 1
    closed = [
        t
        for t in doc[colon.sent.start : last + 1]
        if t.pos_ in VERBAL_POS and t.right_edge.i == last and any(c.dep_ in SUBJECTS for c in children(t))
    ]
    return min(closed, key=lambda t: t.left_edge.i, default=None)


def _name_before_colon(segment: Segment, colon: Token) -> tuple[int, int] | None:
    """ "... doesn't surprise Republican pollster Daron Shaw: “…”", "... contests - Philip Bump: “…”": a
    person named right before the colon, and not the subject of a clause, is the quote's speaker (the colon
    is the cue)."""
    if colon.i == colon.sent.start:
        return None
    name = colon.nbor(-1)
    untyped_full_name = not name.ent_type_ and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts
    )  # "Philip Bump", which the recogniser missed
    if name.pos_ != "PROPN" or not (name.ent_type_ == "PERSON" or untyped_full_name):
        return None
    while name.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head  # "Mark Blumenthal and Jon Cohen:"
    if name.dep_ in SUBJECTS:
        return None
    start, end = noun_phrase(segment, name)
    # "... TOO EARLY - Mark Blumenthal and Jon Cohen:": the name starts after a dash the parser took in
    dashes = [t for t in colon.doc[name.left_edge.i : name.i] if t.text in {"-", "—", "–", "--"}]
    if dashes:
        start = segment.char_start(dashes[-1].nbor())
    return start, end


def opener_speaker(text: str, quote: Quote, scorer: CueScorer) -> Relation | None:
    """The speaker a sentence names in its opening words, read on the text:

    - "Said Roe: “…”", "Added the senator, “…”": a verb of saying and its subject (the tagger takes the
      capitalised verb for part of a name);
    - "From the report: “…”", "More from Roe: “…”": where the quote is from, then a colon (the cue, as PolNeAR
      annotates introducing colons)."""
    start = _sentence_start(text, quote.start)
    opener = _OPENER.fullmatch(text, start, quote.start)
    if opener is not None and scorer.is_speech_form(opener["verb"]):
        return Relation(opener.span("verb"), opener.span("source"), ((quote.start, quote.end),), "direct")
    source = _FROM.fullmatch(text, start, quote.start)
    if source is not None:
        return Relation(source.span("colon"), source.span("source"), ((quote.start, quote.end),), "direct")
    return None


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` starts (`parse.sentence_bounds` from the line's start, or, on a
    line of many sentences, from a few sentences' length before `offset`: where a sentence ends depends only
    on the characters around its stop, and reading from the line's start at every quote cost time in the
    square of a one-line text's length)."""
    earliest = max(offset - 4 * MAX_SENTENCE, 0)
    newline = text.rfind("\n", earliest, offset)
    start = newline + 1 if newline >= 0 else earliest
    for sentence_start, _ in sentence_bounds(text, start):
        if sentence_start > offset:
            break
        start = sentence_start
    return start


#: A sentence opening with a capitalised verb, then its subject (a name or "the ..."), then a comma or colon.
_OPENER = re.compile(
    r"[^\S\n]*(?P<verb>[A-Z][a-z]+) (?P<source>(?:[A-Z]|the )[^,:;.!?\n]{1,60}?)[^\S\n]*[,:][^\S\n]*"
)


#: A sentence that opens with where a quote is from ("From the report:", "More from Jo Roe:").
_FROM = re.compile(
    r"[^\S\n]*(?:(?:More|Also|And) )?[Ff]rom (?P<source>[^,:;.!?\n]{1,60}?)[^\S\n]*(?P<colon>:)[^\S\n]*"
)


def _sentence_ending_before(text: str, segment: Segment, offset: int) -> SpacySpan | None:
    """The sentence of `segment` that ends right before `offset`, with only white space between."""
    best = None
    for sentence in segment.doc.sents:
        if segment.char_end(sentence[-1]) <= offset:
            best = sentence
    if best is None or text[segment.char_end(best[-1]) : offset].strip():
        return None
    return best


def sentences_around(text: str, segment: Segment, quote: Quote, following: bool) -> Iterator[SpacySpan]:
    """The parsed sentences that overlap a quote, and with `following` the one right after it (“…?” Biden
    said. is two sentences to the parser)."""
    for sentence in segment.doc.sents:
        s_start, s_end = segment.char_start(sentence[0]), segment.char_end(sentence[-1])
        overlapping = s_end > quote.start and s_start < quote.end
        right_after = following and s_start >= quote.end and not text[quote.end : s_start].strip()
        if overlapping or right_after:
            yield sentence
