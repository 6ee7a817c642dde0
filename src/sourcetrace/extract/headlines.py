"""Headline colons ("Graham: ...") and transcript turns ("ROE: ..."): the colon as cue."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.classifier import CueScorer
from sourcetrace.extract.relation import Relation
from sourcetrace.extract.syntax import MIN_QUOTE_WORDS, VERBAL_POS, char_range, trimmed
from sourcetrace.parse import Segment, Turn, labelled_turns
from sourcetrace.quotes import QUOTE_MARKS

#: One-word headline labels that stand for a document making the claim after the colon ("Poll: ...").
_DOCUMENT_LABELS = data.words("extract", "document_labels")



#: Labels that open a line as a rubric, not a speaker ("The Latest: ...", "Correction: ...").
_RUBRICS = data.words("extract", "rubrics")


#: Parts of speech that mark a title's opening as a rubric, not a speaker ("The Latest:", "Wow:", "So:").
_NOT_SPEAKER_POS = {"VERB", "AUX", "INTJ", "ADV", "CCONJ", "SCONJ", "ADJ"}


def is_headline_colon(sentence: SpacySpan, colon: Token, scorer: CueScorer) -> bool:
    """A colon after a short name at the start of a title-like line: "Graham: Trump's plan is ..." (not
    after a verb of saying that the tagger took for part of a name: "Said Roe: “…”", `opener_speaker`)."""
    before = sentence.doc[sentence.start : colon.i]
    return (
        0 < len(before) <= 4
        and len(before.text) > 1  # "Q:" and "A:" mark an interview's turns, not a headline's speaker
        and (
            all((t.pos_ == "PROPN" or t.is_title) and t.pos_ not in _NOT_SPEAKER_POS for t in before)
            or _after_document_label(colon)  # "Poll:", whatever the tagger makes of it
        )
        and _is_headline_label(before)
        and before.text.lower() not in _RUBRICS
        and not (len(before) > 1 and scorer.is_speech_form(before[0].text))
    )


def _is_headline_label(before: SpacySpan) -> bool:
    """A headline's speaker opens with a capital: "Graham", "NY Post", "CNN President On Trump", "AP". A label
    all in capitals and longer than an acronym is a rubric or a transcript's turn ("BOOM:", "HALE:"), which
    `transcript_turn` reads when it repeats."""
    first = before[0]
    return first.is_title or (first.is_upper and (not before.text.isupper() or len(before.text) <= 3))


def _after_document_label(colon: Token) -> bool:
    """Whether the colon follows a one-word document label that opens its sentence ("Poll:", "Report:")."""
    label = colon.nbor(-1)
    return label.i == colon.sent.start and label.lower_ in _DOCUMENT_LABELS


def headline_colon(text: str, segment: Segment, sentence: SpacySpan, colon: Token) -> Relation | None:
    content = trimmed(sentence, colon.i + 1, sentence.end - 1)
    if content is None and sentence.end < len(sentence.doc):
        # "Roe: No outside influence on the probe": the parser may end a sentence at the colon; what
        # follows on the same line is the claim
        following = sentence.doc[sentence.end].sent
        if "\n" not in text[segment.char_end(colon) : segment.char_start(following[0])]:
            content = trimmed(following, following.start, _line_end(following))
    # a claim has a verb; a bare noun phrase or figure after the colon is a label ("Contributing: Jo Roe",
    # "Clinton: 1,769", "Poll: Sanders in dead heat") -- unless a person says it in headline style ("Roe:
    # No outside influence on the probe"), which is no question about them and no list
    if content is None:
        return None
    claim = sentence.doc[content[0].i : content[1].i + 1]
    if not any(t.pos_ in VERBAL_POS for t in claim) and not _verbless_claim(colon, claim):
        return None
    return Relation(
        cue=(segment.char_start(colon), segment.char_end(colon)),
        source=char_range(segment, sentence.doc[sentence.start], sentence.doc[colon.i - 1]),
        content=(char_range(segment, content[0], content[1]),),
    )


def transcript_turn(text: str, segment: Segment, colon: Token) -> Relation | None:
    """A speaker's turn in a transcript ("ROE: Let's start with ...", perhaps inside a quotation mark
    that opens the paragraph): the colon is the cue, the label the source, the rest of the line the content,
    and the lines after it up to the next speaker's turn (an answer of several paragraphs) -- the last turn
    of a transcript keeps to its line, since what follows it may be the article's own text again."""
    at = segment.char_start(colon)
    transcript = _transcript(text)
    turn = next((t for t in transcript.turns if t.end == at), None)
    if turn is None or is_reporters_turn(text, at):
        return None
    content_start = at + 1 + len(text[at + 1 :]) - len(text[at + 1 :].lstrip(" \t"))
    parts = [(content_start, _line_end_before_quote(text, at))]
    following = bisect.bisect_right(transcript.turn_starts, at)
    if following < len(transcript.turn_starts):
        parts += _lines(text, parts[0][1], transcript.turn_starts[following])
    parts = [(start, end) for start, end in parts if end > start]
    if not parts or parts[0][0] != content_start:
        return None
    return Relation((at, at + 1), (turn.start, turn.end), tuple(parts))


def is_reporters_turn(text: str, at: int) -> bool:
    """Whether the colon at `at` opens a turn of the reporter's in the article's own interview ("WN: Why was
    the law introduced?", `_held_by_the_article`): a question asserts nothing, and the reporter's words
    are the article's own, so the turn credits no one (neither as a turn nor as a headline's colon)."""
    transcript = _transcript(text)
    return any(t.end == at and text[t.start : t.end] in transcript.reporters for t in transcript.turns)


def in_reporters_turn(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` lies on the line of a turn of the reporter's in the article's own interview
    (the lines after it, with no label, may be the answer: "WN: What is your site? / We are a wiki ...")."""
    transcript = _transcript(text)
    return any(
        t.start <= start and end <= _end_of_line(text, t.end)
        for t in transcript.turns
        if text[t.start : t.end] in transcript.reporters
    )


def _end_of_line(text: str, at: int) -> int:
    """Where the line holding `at` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _line_end_before_quote(text: str, at: int) -> int:
    """Where the line holding `at` ends, its closing quotation mark and spaces left out."""
    end = text.find("\n", at)
    line = text[at : len(text) if end < 0 else end]
    return at + len(line.rstrip().rstrip(QUOTE_MARKS).rstrip())


def _lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The lines with words between two offsets, each without its surrounding spaces and the quotation mark
    that opens a transcript's paragraphs (a separator, "* * *" or "—", is none), up to a stage direction."""
    found = []
    for line in re.finditer(r"[^\n]+", text[start:stop]):
        words = line.group().lstrip(_LINE_OPENING)
        if _STAGE_DIRECTION.fullmatch(words.rstrip(_LINE_CLOSING)):
            break  # "(CROSSTALK.)", "[Applause]" ends the turn; "(Laughs) Yes, ..." goes on
        if any(c.isalpha() for c in words):
            first = start + line.end() - len(words)
            found.append((first, _line_end_before_quote(text, first)))
    return found


#: What may open and close a transcript's line around its words: spaces and quotation marks.
_LINE_OPENING = " \t\"“"
_LINE_CLOSING = " \t\"”"
#: A line that is all in brackets: a stage direction.
_STAGE_DIRECTION = re.compile(r"\([^()]*\)\.?|\[[^\[\]]*\]\.?")


@dataclass(frozen=True)
class _Transcript:
    """The turns of an article's transcript, in order, and where their lines start (none: no transcript)."""

    turns: tuple[Turn, ...]
    turn_starts: tuple[int, ...]
    reporters: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _transcript(text: str) -> _Transcript:
    """The turns of an article's speakers: the labels that open at least two lines (`parse.labelled_turns`;
    a label that opens one line only is a rubric, "BOOM:", "STAT OF THE WEEK:": in PolNeAR train, the
    repeated labels in capitals are all speakers, the single ones mostly rubrics), never a rubric of
    `rubrics.txt` ("Update:", "Note:"). A capitalised label ("Richman:") counts only in an interview: at least
    two labels repeat and some turn asks a question (not a list of "Republicans: 222 seats" by chamber)."""
    labelled = {label: ts for label, ts in labelled_turns(text).items() if label.lower() not in _RUBRICS}
    interview = len(labelled) >= 2 and any(t.question for turns in labelled.values() for t in turns)
    speakers = {label: turns for label, turns in labelled.items() if label.isupper() or interview}
    turns = tuple(sorted((t for ts in speakers.values() for t in ts), key=lambda t: t.start))
    asker = _asker(speakers)
    own = asker is not None and turns and _held_by_the_article(text, turns)
    reporters = frozenset({asker} if own and asker is not None else ())
    return _Transcript(turns, tuple(t.line_start for t in turns), reporters)


#: Nouns that announce a transcript the article reprints (`data/extract/transcript_nouns.txt`).
_TRANSCRIPT_NOUNS = data.words("extract", "transcript_nouns")


def _asker(speakers: dict[str, tuple[Turn, ...]]) -> str | None:
    """The speaker who asks: the one whose turns are most often questions, at least half of them, and more
    often than any other's ("WN: Why was the law introduced?" against the answers' "Well, ..."); none
    where two ask as often (an answer may end with a question of its own)."""
    shares = sorted(
        ((sum(t.question for t in ts) / len(ts), label) for label, ts in speakers.items()), reverse=True
    )
    if not shares or shares[0][0] < 0.5 or (len(shares) > 1 and shares[1][0] == shares[0][0]):
        return None
    return shares[0][1]


def _held_by_the_article(text: str, turns: tuple[Turn, ...]) -> bool:
    """Whether a transcript is the article's own interview, its asker the reporter (the Wikinews guidelines:
    the reporter's own narration is no attribution), not a conversation it reprints, whose host it reports
    like any speaker (PolNeAR marks "WALLACE: ... will she be there?"): a reprinted one quotes its lines
    ('"WALLACE: ...') or is announced by a noun of `transcript_nouns.txt` before it ("Partial transcript
    as follows:")."""
    if any(text[t.line_start] in QUOTE_MARKS for t in turns):
        return False
    before = re.findall(r"[a-z]+", text[: turns[0].line_start].lower())
    return not any(word in _TRANSCRIPT_NOUNS for word in before)


def _verbless_claim(colon: Token, claim: SpacySpan) -> bool:
    """A verbless headline claim a person or a poll makes: "Roe: No outside influence on the probe", "Poll:
    Roe and Poe in dead heat in Ohio" (not "Ted Roe: Conservative or career politician?", nor a list of
    names, nor a figure). In PolNeAR train, 8 of 9 lines opened by "Poll:" or "Report:" are attributions."""
    return (
        (colon.nbor(-1).ent_type_ == "PERSON" or _after_document_label(colon))
        and len(claim) >= MIN_QUOTE_WORDS
        and claim[-1].text != "?"
        and sum(t.text == "," for t in claim) <= 1
        and not all(t.pos_ in {"PROPN", "NUM", "PUNCT"} for t in claim)
    )


def _line_end(sentence: SpacySpan) -> int:
    """The index of a sentence's last token before a line break."""
    return next((t.i - 1 for t in sentence if "\n" in t.text), sentence.end - 1)
