"""Quote reconciliation: quoted contents become direct or mixed; uncovered quotes get a speaker."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.quote_introducers import opener_speaker, speaker_for
from sourcetrace.extract.quote_speakers import SIGNATURE, adjacent_speaker
from sourcetrace.extract.relation import Relation
from sourcetrace.extract.syntax import MIN_QUOTE_WORDS, NAMING_VERBS, SETTING_OFF, token_at, word_count
from sourcetrace.parse import Segment
from sourcetrace.quotes import (
    CLOSING_CHARACTERS,
    Quote,
    ends_spoken,
    has_quote_mark,
    is_name_like,
    outside_quotes,
    quote_words,
)
from sourcetrace.types import Kind

#: Characters between a quote and the next one that an interrupting "X said ..." may take.
_MAX_INTERRUPTION = 300


def reconcile_quotes(
    context: RuleContext, segments: Sequence[Segment], relations: Sequence[Relation], quotes: Sequence[Quote]
) -> list[Relation]:
    """Make relations whose content is quotation direct or mixed, and cut what a cue inside a quote reports
    at the quote's end; then attribute the quotes no relation covers: to the speaker beside them, else as the
    continuation of the attribution that ends right before them."""
    speakers = _SpeakersBeside(context, segments)
    used: set[Quote] = set()
    reconciled = []
    for relation in relations:
        kept = _reconcile(context, segments, relation, quotes, speakers, used)
        if kept is not None:
            reconciled.append(kept)
    _attribute_uncovered(context, segments, reconciled, quotes, speakers, used)
    return reconciled


class _SpeakersBeside:
    """The speaker named right beside each quote (`adjacent_speaker`), found once per quote."""

    def __init__(self, context: RuleContext, segments: Sequence[Segment]) -> None:
        self._context, self._segments = context, segments
        self._found: dict[Quote, Relation | None] = {}

    def __call__(self, quote: Quote) -> Relation | None:
        if quote not in self._found:
            self._found[quote] = adjacent_speaker(self._context, self._segments, quote)
        return self._found[quote]


@dataclass
class _QuotedContent:
    """A relation's content while it is matched against the quotes inside it: its bounds and those quotes
    (working state; the relation itself is a frozen record, replaced at each step)."""

    relation: Relation
    start: int
    end: int
    inside: list[Quote]

    def cut(self, content: Iterable[tuple[int, int]], kind: Kind | None = None) -> None:
        self.relation = replace(self.relation, content=tuple(content), kind=kind or self.relation.kind)


def _reconcile(
    context: RuleContext,
    segments: Sequence[Segment],
    relation: Relation,
    quotes: Sequence[Quote],
    speakers: _SpeakersBeside,
    used: set[Quote],
) -> Relation | None:
    """One relation reconciled with the quotes it touches (the quotes it takes join `used`); None when
    nothing of its content is left."""
    text = context.text
    if relation.kind == "no_comment" or not relation.content:
        return relation
    if relation.content_type == "turn":
        # a transcript turn is its own speaker's, whatever quotation marks the article puts around it (one
        # that opens before the label); a quotation inside the turn is someone's words the speaker reports
        used.update(q for q in quotes if q.start < relation.cue[0] < q.end)
        return relation
    around = next((q for q in quotes if q.start <= relation.cue[0] < q.end), None)
    if around is not None:
        # a relation quoted inside a quote is nested under the quote's speaker; what it reports ends with
        # the quote (“I think you’ll hear that,” she said: not "she said")
        return _clip_to_quote(text, relation, around)
    start, end = relation.content_start, relation.content_end
    inside = [q for q in quotes if q.start < end and start < q.end]
    if not inside:
        return relation
    reading = _QuotedContent(relation, start, end, inside)
    _end_before_spoken_quote(text, reading, speakers)
    if not reading.inside:
        return reading.relation
    _start_after_other_speaker(text, reading, speakers)
    first = reading.inside[0]
    if first.start <= reading.start and first.end < reading.end and _participle_after(text, segments, first):
        # “A,” drawing jeers: the participle after a quote closed by its comma is the speaker's next act
        reading.inside, reading.start, reading.end = [first], first.start, first.end
        reading.cut([(first.start, first.end)])
    used.update(reading.inside)
    _set_kind(text, reading)
    relation = reading.relation
    if relation.kind == "direct" and relation.source is None:
        # "Added the chairman, “…”": the parse found the verb and the quote but took the inverted subject for
        # part of the content; the opener rule reads it on the text
        opener = opener_speaker(text, reading.inside[0], context.scorer)
        if opener is not None and opener.cue == relation.cue:
            relation = replace(relation, source=opener.source)
    return relation


def _end_before_spoken_quote(text: str, reading: _QuotedContent, speakers: _SpeakersBeside) -> None:
    """ "He said he was busy: “…,” he wrote.": a quote that ends as speech has its own speaker after it --
    unless the quote ends this relation's own clause ("Teachers are “very pro-union,” Roe said.")."""
    start, last_quote, relation = reading.start, reading.inside[-1], reading.relation
    before = text[start : last_quote.start].rstrip(" \n:;,—–-")
    runs_on = text[start + len(before) : last_quote.start].strip() in {"", ","}
    if (
        word_count(before) >= MIN_QUOTE_WORDS
        and ends_spoken(text, last_quote)
        and _right_after(text, last_quote, speaker := speakers(last_quote))
        and not (runs_on and speaker is not None and speaker.cue == relation.cue)
    ):
        reading.end = end = start + len(before)
        reading.cut((s, min(e, end)) for s, e in relation.content if s < end)
        reading.inside = reading.inside[:-1]


def _start_after_other_speaker(text: str, reading: _QuotedContent, speakers: _SpeakersBeside) -> None:
    """ “A,” she said, but …, “B,” said Roe: in a content that opens with a quote, a quote with its own
    speaker right after it is not the later speaker's, whose content starts at the next quote."""
    if reading.inside[0].start > reading.start:
        return
    cue = reading.relation.cue
    for quote in [q for q in reading.inside[:-1] if ends_spoken(text, q)]:
        other = speakers(quote)
        if other is None or other.cue == cue or not _right_after(text, quote, other):
            continue
        later = [q for q in reading.inside if q.start >= other.cue[1]]
        if later and reading.start <= other.cue[0] < reading.end:
            reading.start = start = later[0].start
            reading.cut((max(s, start), e) for s, e in reading.relation.content if e > start)
            reading.inside = later


def _set_kind(text: str, reading: _QuotedContent) -> None:
    """Direct when no word of the content stands outside its quotes (the content is then the quotes, marks
    and all), else mixed, widened to the whole of a quote it cuts."""
    start, end, inside = reading.start, reading.end, reading.inside
    parts = [(max(s, start), min(e, end)) for s, e in reading.relation.content if s < end and start < e]
    if sum(word_count(piece) for piece in outside_quotes(text, parts or [(start, end)], inside)) == 0:
        reading.cut(((q.start, q.end) for q in inside), "direct")
        return
    reading.cut(reading.relation.content, "mixed")
    last = inside[-1]
    if last.start < end < last.end:
        reading.cut([(start, last.end)])
    first = inside[0]
    if first.start < start < first.end and not _cue_inside(reading.relation, first):
        reading.cut([(first.start, reading.relation.content_end)])


def _attribute_uncovered(
    context: RuleContext,
    segments: Sequence[Segment],
    relations: list[Relation],
    quotes: Sequence[Quote],
    speakers: _SpeakersBeside,
    used: set[Quote],
) -> None:
    """Attribute each quote no relation took, in `relations` (a new relation, or one it continues)."""
    text = context.text
    # a cue that already has its own content does not also take a quote from elsewhere in its sentence
    taken = {relation.cue[0] for relation in relations if relation.content}
    for quote in quotes:
        if quote in used:
            continue
        adjacent = speakers(quote)
        if word_count(text[quote.start : quote.end]) < MIN_QUOTE_WORDS and not (
            adjacent is not None and ends_spoken(text, quote)
        ):
            continue  # a scare quote or a title, unless someone plainly says it: “Denver,” he answered.
        # an interrupted quote continues the relation right before it: “A,” she said, “B.” -- unless another
        # speaker introduces it: “A,” he said. She replied, “B.”
        previous = _relation_before(text, relations, quote)
        if previous is not None and (adjacent is None or adjacent.cue[0] == relations[previous].cue[0]):
            relations[previous] = relations[previous].extended(quote.start, quote.end)
            used.add(quote)
            continue
        if _named(context, segments, quote) and not _said_right_after(context, segments, quote, adjacent):
            continue  # a name in quotes ("known as “Lucky Coyote”, held ..."): no one's words
        speaker = adjacent or speaker_for(context, segments, quote, taken)
        if speaker is not None:
            relations.append(speaker)
            used.add(quote)
            continue
        # "He added that there should be no fixed number. “I think whoever gets most delegates should win.”":
        # a quote nobody introduces, right after an attribution, goes on with what it reports
        continued = _relation_right_before(text, relations, quote)
        if continued is not None:
            relation = relations[continued].extended(quote.start, quote.end)
            mixed = relation.kind == "indirect"
            relations[continued] = replace(relation, kind="mixed") if mixed else relation
            used.add(quote)


def _clip_to_quote(text: str, relation: Relation, quote: Quote) -> Relation | None:
    """A relation's content cut to the words of the quote its cue stands in; None when nothing is left."""
    inner_end = quote.start + len(quote_words(text, quote).rstrip(" ,;:—–-"))
    clipped = [(max(start, quote.start), min(end, inner_end)) for start, end in relation.content]
    content = tuple((start, end) for start, end in clipped if start < end)
    return replace(relation, content=content) if content else None


#: Words besides the naming verbs after which a quoted name is named, not said ("known as “X”").
_NAMING_WORDS = frozenset({"as", "known"})


def _named(context: RuleContext, segments: Sequence[Segment], quote: Quote) -> bool:
    """Whether a quote is a name (`is_name_like`) where a name stands: after a naming word ("known as “Lucky
    Coyote”", a verb of `syntax.NAMING_VERBS`) or in apposition to a noun ("guests of honour “Don't Hug
    Cacti.”"). A title-case quote after another verb ("features “Arrogant,”") may still be someone's word."""
    if not is_name_like(context.text, quote):
        return False
    before = token_at(segments, quote.start)
    if before is None or before.i == 0:
        return False
    previous = before.doc[before.i - 1]
    naming = previous.lower_ in _NAMING_WORDS or previous.lemma_.lower() in NAMING_VERBS
    return naming or previous.pos_ in {"NOUN", "PROPN"}


def _said_right_after(
    context: RuleContext, segments: Sequence[Segment], quote: Quote, speaker: Relation | None
) -> bool:
    """Whether a verb of saying and its speaker stand right after a quote (“Yes We Can,” he said), not
    another verb ("known as “Lucky Coyote”, held a session")."""
    if speaker is None or not _right_after(context.text, quote, speaker):
        return False
    cue = token_at(segments, speaker.cue[0])
    return cue is not None and context.scorer.is_speech(cue)


def _right_after(text: str, quote: Quote, speaker: Relation | None) -> bool:
    """Whether the speaker beside a quote stands right after it, verb and name (“…,” he wrote; “…,” wrote the
    senator)."""
    if speaker is None or speaker.source is None:
        return False
    gap = text[quote.end : min(speaker.cue[0], speaker.source[0])]
    return speaker.cue[0] >= quote.end and speaker.source[0] >= quote.end and not word_count(gap)


def _cue_inside(relation: Relation, quote: Quote) -> bool:
    return quote.start <= relation.cue[0] < quote.end


def _relation_before(text: str, relations: Sequence[Relation], quote: Quote) -> int | None:
    """The nearest relation whose content ends with a quote and whose cue sits between that quote and this
    one, in the same paragraph ("“A,” she said, “B.”", "The plan is “dead,” he said. “C.”") or across one
    paragraph break after the speaker's sentence (`_ends_paragraph`); its index."""
    nearest: int | None = None
    spoken = ends_spoken(text, quote)
    for index, relation in enumerate(relations):
        if relation.kind not in {"direct", "mixed"} or not relation.content:
            continue
        last_end = relation.content_end
        if text[last_end - 1] not in CLOSING_CHARACTERS:
            continue  # "X said the vote was close": only a quote goes on in the next quote
        if not (last_end <= relation.cue[0] and relation.cue[1] <= quote.start):
            continue
        between = text[last_end : quote.start]
        if len(between) > _MAX_INTERRUPTION or ("\n" in between and not _ends_paragraph(between)):
            continue
        # “…,” X said on CNN’s “State of the Union”: a title in the speaker's sentence is not more speech
        if not (spoken or between.rstrip()[-1:] in SETTING_OFF | {":", "."}):
            continue
        if relation.source and not (last_end <= relation.source[0] and relation.source[1] <= quote.start):
            continue
        if nearest is None or relation.cue[0] > relations[nearest].cue[0]:
            nearest = index
    return nearest


def _ends_paragraph(between: str) -> bool:
    """Whether the words between a quote and the next one are the speaker's one sentence, then a paragraph
    break (“A,” X said in an interview on Monday, ahead of the vote.\n\n“B.”: B goes on with A)."""
    sentence, _, rest = between.rstrip().partition("\n")
    return (
        not rest.strip()
        and sentence.rstrip()[-1:] == "."
        and not any(stop in sentence.rstrip()[:-1] for stop in ".?!")
        and not has_quote_mark(sentence)
    )


def _relation_right_before(text: str, relations: Sequence[Relation], quote: Quote) -> int | None:
    """The relation that ends right before a quote, with nothing but a sentence stop or a paragraph break
    between them ("X said that Y:\n\n“…”"; 86 PolNeAR train contents go on into a quote paragraph); its
    index."""
    for index, relation in enumerate(relations):
        if relation.kind == "no_comment" or not relation.content:
            continue
        end = max(relation.content_end, relation.cue[1], relation.source[1] if relation.source else 0)
        between = text[end : quote.start]
        if end > quote.start or len(between) > 6 or word_count(between):
            continue
        # across one paragraph break too ("X said that Y:\n\n“…”", "“…,” he said.\n\n“…”"), but not after a
        # signed quote (“…” ― Jane Roe), as a list of signed comments gives each its own signature
        signed = SIGNATURE.match(text, relation.content_end) is not None
        if "\n" not in between or (between.count("\n") <= 2 and not signed):
            return index
    return None


def _participle_after(text: str, segments: Sequence[Segment], quote: Quote) -> bool:
    """A quote closed by its comma and followed by a participial clause: “A,” drawing jeers."""
    if not quote_words(text, quote).endswith(","):
        return False
    following = token_at(segments, quote.end + len(text[quote.end :]) - len(text[quote.end :].lstrip()))
    return following is not None and following.tag_ == "VBG" and following.dep_ in {"advcl", "acl"}
