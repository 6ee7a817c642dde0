"""Parse only what can hold an attribution.

Parsing is nearly the whole cost of extraction, so the text is cut into sentences with a cheap regular
expression and only stretches that contain a cue word or a quotation mark are parsed. Consecutive candidate
sentences of one paragraph are parsed together, so the parser keeps their context. The entity recogniser, the
costliest pipe, then runs only around the words of a stretch that may be an entity: capitalised content words,
numbers and words of time. Each parsed stretch is a `Segment`: a spaCy `Doc` and the offset of its first
character in the article text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from spacy.attrs import LIKE_NUM, LOWER, NORM, ORTH, POS, SPACY
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.strings import get_string_id
from spacy.symbols import ADP, ADV, AUX, CCONJ, DET, INTJ, PART, PRON, PROPN, PUNCT, SCONJ, SPACE, SYM
from spacy.tokens import Doc, Span, Token

# A sentence ends after . ! ? (and the quote or bracket closing it) and a space; a line break always ends
# one. A period after a listed abbreviation or before a lower-case word ends no sentence; other abbreviations
# may still split one in two, and the halves are parsed together only when both are candidates.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<closing>[\"'”’)\]]*)\s+|\n+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
#: Words whose period does not end a sentence (titles and ranks before names, months, "No.").
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "gen",
        "maj",
        "sgt",
        "capt",
        "adm",
        "cmdr",
        "st",
        "mt",
        "rev",
        "fr",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "pres",
        "supt",
        "insp",
        "det",
    ]
)


@dataclass(frozen=True)
class Segment:
    """A parsed stretch of an article: token `t` starts at `start + t.idx` in the article text."""

    start: int
    doc: Doc

    @property
    def text(self) -> str:
        # Doc.text joins the tokens on every access; the segment keeps the string it was parsed from
        return self.doc.user_data.get("text") or self.doc.text

    @property
    def end(self) -> int:
        text = self.doc.user_data.get("text")
        if text is not None:
            return self.start + len(text)
        # a doc parsed without its text kept: its length from the last token, not by rebuilding `doc.text`
        last = self.doc[-1] if len(self.doc) else None
        return self.start + (last.idx + len(last.text_with_ws) if last is not None else 0)

    def covers(self, start: int, end: int) -> bool:
        """Whether the article offsets `start`..`end` lie within the segment."""
        return self.start <= start and end <= self.end

    def char_start(self, token: Token) -> int:
        return self.start + token.idx

    def char_end(self, token: Token) -> int:
        return self.start + token.idx + len(token.text)


def span_text(span: Span) -> str:
    """The text of a sentence or other span of a parsed stretch: sliced from the string the stretch was
    parsed from, as `Span.text` joins the tokens on every access."""
    text = span.doc.user_data.get("text")
    return span.text if text is None else text[span.start_char : span.end_char]


def children(token: Token) -> tuple[Token, ...]:
    """A token's children, built once per parsed stretch: the rules ask a cue or verb for its children dozens
    of times, and spaCy makes new Token objects on every call."""
    cache: dict[int, tuple[Token, ...]] = token.doc.user_data.setdefault("children", {})
    found = cache.get(token.i)
    if found is None:
        found = cache[token.i] = tuple(token.children)
    return found


def segment_at(segments: Sequence[Segment], start: int, end: int) -> Segment | None:
    """The segment that holds the article offsets `start`..`end`, if one was parsed. `segments` are in text
    order, as `parse_stretches` returns them: the one that may hold the offsets is found by bisection (a
    scan of every segment for every quote and token cost time in the square of an article's length)."""
    segment = segment_before(segments, start + 1)
    return segment if segment is not None and segment.covers(start, end) else None


def segment_before(segments: Sequence[Segment], offset: int) -> Segment | None:
    """The last of `segments` (in text order) that starts before `offset`, if any."""
    i = bisect.bisect_left(segments, offset, key=lambda segment: segment.start)
    return segments[i - 1] if i else None


def _is_abbreviation(text: str, period: int) -> bool:
    """Whether the period at `period` ends a title or an initial ("Mr.", "Sen.", "J."), not a sentence."""
    word_start = period
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and text[word_start].isupper()) or "." in word


#: The longest "sentence" handed on: a longer one (a list, a table, text without full stops) is split at the
#: last white space before this many characters. No sentence of PolNeAR or Wikinews is a third as long.
MAX_SENTENCE = 3_000
#: The longest stretch parsed in one piece: consecutive candidate sentences are joined up to this length
#: (PolNeAR's longest stretch is 2,034 characters), far below spaCy's `max_length` (1,000,000), so the parse
#: and the rules over it cost the same per character however long a line is.
MAX_STRETCH = 6_000


#: A dateline opening a paragraph: a place of at most three words in capitals, maybe a state or country and an
#: agency in brackets, then a dash ("WASHINGTON --", "MYRTLE BEACH, S.C. -", "LONDON (Reuters) -"); not a
#: capitalised lead-in sentence ("HE'S BEEN CALLED OUT BY FELLOW DOCTORS — ...").
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]*){0,2}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: \([^)\n]{1,30}\))?"
    r"\s*(?:—|–|--?)\s+(?=\S)"
)


def sentence_bounds(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """Rough sentence (start, end) offsets from `begin`, trailing whitespace excluded; none longer than
    `MAX_SENTENCE`. A sentence opening a paragraph starts after its dateline: parsed with it, "WASHINGTON --
    President Obama, dedicating the museum, said ..." makes the place the sentence's head and the president
    its apposition, and the verb loses its subject."""
    for start, end in _rough_sentences(text, begin):
        if start == 0 or text[start - 1] == "\n":
            dateline = DATELINE.match(text, start, end)
            if dateline is not None:
                start = dateline.end()
        if end - start <= MAX_SENTENCE:
            yield start, end
        else:
            yield from _pieces(text, start, end)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """An over-long sentence in pieces of at most `MAX_SENTENCE` characters, cut at white space when the
    last quarter of a piece holds some."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for at in range(limit - 1, limit - MAX_SENTENCE // 4, -1):
            if text[at].isspace():
                cut = at
                break
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _rough_sentences(text: str, begin: int) -> Iterator[tuple[int, int]]:
    start = begin
    for match in _SENTENCE_END.finditer(text, begin):
        if "\n" not in match.group() and (
            (text[match.start() - 1] == "." and _is_abbreviation(text, match.start() - 1))
            # "Sen. Jo Roe (D-Vt.) said ...": a lower-case word starts no sentence
            or text[match.end() : match.end() + 1].islower()
        ):
            continue
        end = match.start() + len(match.group("closing") or "")  # a sentence keeps its closing marks
        if end > start:
            yield start, end
        start = match.end()
    if start < len(text) and text[start:].strip():
        yield start, len(text.rstrip())


def candidate_stretches(
    text: str, is_candidate: Callable[[str], bool], begin: int = 0
) -> list[tuple[int, int]]:
    """Stretches of consecutive candidate sentences within one paragraph, as (start, end) offsets; none
    longer than `MAX_STRETCH`."""
    stretches: list[tuple[int, int]] = []
    for start, end in sentence_bounds(text, begin):
        if not is_candidate(text[start:end]):
            continue
        if stretches and end - stretches[-1][0] <= MAX_STRETCH and "\n" not in text[stretches[-1][1] : start]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


def words(sentence: str) -> Iterator[str]:
    """Lower-cased word forms of a sentence, for the candidate test."""
    return (w.lower() for w in _WORD.findall(sentence))


def parse_stretches(
    nlp: Language,
    texts: Sequence[str],
    stretches: Sequence[Sequence[tuple[int, int]]],
    batch_size: int = 64,
    lower_words: frozenset[str] = frozenset(),
) -> list[list[Segment]]:
    """Parse the stretches of several texts in one `nlp.pipe` stream; segments per text, in order. The
    entity recogniser runs afterwards, around the words that may be an entity (`_recognise_entities`). A
    headline in title case is given to the parser in running-text case (`running_case`; `lower_words`: words
    such a headline capitalises that are lower case in running text, as the caller knows them)."""
    jobs = [(i, start, end) for i, spans in enumerate(stretches) for start, end in spans]
    deferred = [_ENTITY_PIPE] if _ENTITY_PIPE in nlp.pipe_names else []
    usage: dict[int, WordUsage] = {}

    def piece(i: int, start: int, end: int) -> str:
        words = texts[i][start:end].translate(_PARSER_CHARACTERS)
        if not (_whole_line(texts[i], start, end) and in_title_case(words)):
            return words
        if i not in usage:
            usage[i] = WordUsage.of(texts[i])
        return running_case(words, usage[i], lower_words)

    pieces = (piece(i, s, e) for i, s, e in jobs)
    docs: Iterable[Doc] = nlp.pipe(pieces, batch_size=batch_size, disable=deferred)
    segments: list[list[Segment]] = [[] for _ in texts]
    for (i, start, end), doc in zip(jobs, docs, strict=True):
        doc.user_data["text"] = texts[i][start:end]
        segments[i].append(Segment(start, doc))
    if deferred:
        _recognise_entities(nlp, [segment.doc for parsed in segments for segment in parsed], batch_size)
    return segments


#: A line that opens (perhaps after a quotation mark) with a name and a colon: a transcript's turn, its
#: label in capitals ("ROE: ...", PolNeAR's transcripts) or a capitalised name ("Richman: ...").
_TURN = re.compile(r"^[\"“]?(?P<label>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){0,3}):[^\S\n]+\S", re.MULTILINE)


@dataclass(frozen=True)
class Turn:
    """A line a label opens: where the line starts, where the label starts and ends, and whether the line
    ends with a question."""

    line_start: int
    start: int
    end: int
    question: bool


@lru_cache(maxsize=8)
def labelled_turns(text: str) -> dict[str, tuple[Turn, ...]]:
    """The labels that open at least two lines of an article, each with its turns (a label that opens one
    line is a rubric or a headline's speaker: "BOOM:", "Poll:"): read once per article, for the turns
    (`extract.headlines`) and for the labels' speakers (`resolve`)."""
    found: dict[str, list[Turn]] = {}
    for match in _TURN.finditer(text):
        line_end = text.find("\n", match.start())
        line = text[match.start() : len(text) if line_end < 0 else line_end].rstrip().rstrip("\"”")
        turn = Turn(match.start(), match.start("label"), match.end("label"), line.endswith("?"))
        found.setdefault(match["label"], []).append(turn)
    return {label: tuple(turns) for label, turns in found.items() if len(turns) >= 2}


def is_label(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` is a transcript label ("WN: So what ...", '"Dana Reyes: ...'): a label that
    opens at least two lines, at one of them."""
    return any(turn.start == start for turn in labelled_turns(text).get(text[start:end], ()))


#: A word of a headline, and words long enough to tell title case from running text (`NameBook.in_heading`).
_HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_LONG_WORD = 4
#: A word followed by a period and a letter is part of an abbreviation ("U.S.", "U.N.'s").
_ABBREVIATED = re.compile(r"\.\w")
#: A headline's speaker label: a short capitalised name and a colon ("Pat Caddell: ...", "NY Post: "; not
#: "Q:" or "A:", an interview's turns), which the pre-parse filter also reads.
HEADLINE_SPEAKER = re.compile(r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]*){0,3}: (?=\S)")
#: Words a headline capitalises that running text writes in lower case: articles, prepositions,
#: conjunctions, pronouns and auxiliaries (a closed class; not spaCy's stop words, which hold names: "May",
#: "Will", "Front").
_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "with", "by", "about",
        "against", "over", "under", "after", "before", "into", "onto", "upon", "as", "than", "and",
        "or", "but", "nor", "if", "so", "that", "this", "these", "those", "its", "it", "he", "she",
        "they", "we", "you", "his", "her", "their", "our", "your", "is", "are", "was", "were", "be",
        "been", "being", "am", "has", "have", "had", "do", "does", "did", "not", "no",
    }
)


#: The most words a headline has (a longer line in title case is a list of names, not a headline).
_HEADLINE_WORDS = 30


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether a stretch is a line of its own: a headline is one, a sentence of the body seldom."""
    return text[start - 1 : start] in ("", "\n") and text[end : end + 1] in ("", "\n")


def in_title_case(line: str) -> bool:
    """Whether a one-line stretch is written in title case ("Clinton Hid Past Health Problems From Public,
    Former White House Doctor Says."): most of its longer words capitalised."""
    if "\n" in line.strip():
        return False
    found = _HEADLINE_WORD.findall(line)
    long_words = [w for w in found if len(w) >= _LONG_WORD]
    if len(found) > _HEADLINE_WORDS or len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


@dataclass(frozen=True)
class WordUsage:
    """How an article writes its words in running text: the words it writes in lower case, and those it
    capitalises after a lower-case word or a comma (names, not sentence openings)."""

    lower: frozenset[str]
    named: frozenset[str]

    @classmethod
    def of(cls, text: str) -> WordUsage:
        running = "\n".join(line for line in text.splitlines() if not in_title_case(line))
        lower = frozenset(re.findall(r"\b[a-z][a-z’'-]*", running))
        named = frozenset(m.lower() for m in re.findall(r"(?<=[a-z,] )[A-Z][a-z’'-]*", running))
        return cls(lower, named)


def running_case(line: str, usage: WordUsage, lower_words: frozenset[str]) -> str:
    """A title-case headline in the case of running text, one character for one so offsets do not move: the
    tagger reads a capitalised word as a name, and "Former White House Doctor Says Clinton Hid ..." had no
    verb ("Says" a proper noun). A capitalised word other than the first is written in lower case when the
    article never capitalises it inside a sentence (not "Clinton", nor "House" of "White House", nor "May" of
    "Theresa May") and it is a function word, one of `lower_words` (verbs of saying) or a word the article
    writes in lower case ("Health"). A speaker's label before a colon ("NY Post: Mayor Is ...") is kept as
    written, and the word after it opens the claim."""
    cased = list(line)
    label = HEADLINE_SPEAKER.match(line)
    opening = label.end() if label else 0
    for match in _HEADLINE_WORD.finditer(line, opening):
        word = match.group()
        folded = word.lower()
        abbreviated = line[match.start() - 1 : match.start()] == "." or _ABBREVIATED.match(line, match.end())
        first = not line[opening : match.start()].strip(" \"'‘“")
        if first or len(word) < 2 or abbreviated or word != word.capitalize():
            continue
        if folded in usage.named:
            continue  # capitalised inside the article's sentences: a name ("Theresa May", "National Front")
        if folded in _FUNCTION_WORDS or folded in lower_words or folded in usage.lower:
            cased[match.start()] = folded[0]
    return "".join(cased)


#: Characters the tagger does not know, given to it as those they stand for (one character for one, so
#: offsets do not move; spans are cut from the article's own text). HuffPost's "―" (U+2015, horizontal bar)
#: was tagged an interjection or a noun, and the parse of its sentence fell apart: "When X noted that ... ―
#: as was true ... ― Trump boasted, “…”" gave "noted" the whole sentence, quote and all. A no-break space
#: became a token of its own between subject and verb ("it\xa0attacked").
_PARSER_CHARACTERS = str.maketrans(
    {"\u2015": "\u2014", "\u2012": "\u2014", "\u2e3a": "\u2014", "\u00a0": " "}
)
_ENTITY_PIPE = "ner"
#: What a piece copies of its doc for the recogniser: the words and their spacing, and the norms the tokenizer
#: set ("n't" -> "not"); the rest of a token's features come from the vocabulary. Copying the parse, tags and
#: vectors too (`as_doc`'s default) took 40% longer and gave the same entities on PolNeAR dev.
_RECOGNISER_INPUT = (ORTH, NORM, SPACY)


def _recognise_entities(nlp: Language, docs: Sequence[Doc], batch_size: int = 64) -> None:
    """Run the entity recogniser over the parts of the parsed docs that may hold an entity.

    The recogniser costs as much as the tagger, parser and lemmatizer together, and an entity needs a
    capitalised content word, a number or a word of time (`_may_be_entity`). It runs on each such word with
    `_ENTITY_CONTEXT` tokens on either side, the windows of nearby words merged into one piece: on PolNeAR dev
    that is 0.63 of the parsed tokens, and it finds all but 7 of the 5,987 entities a full pass over the
    parsed stretches finds. The tokens of a piece get their entities or "O"; the others are left unrecognised
    (`ent_iob_` ""). A doc that is one piece is recognised in place."""
    pieces: list[tuple[Doc, int, Doc]] = []  # (parsed doc, first token of the piece, doc to recognise)
    for doc in docs:
        windows = list(_entity_windows(doc))
        if windows == [(0, len(doc))]:
            pieces.append((doc, 0, doc))
            continue
        array = doc.to_array(list(_RECOGNISER_INPUT)) if windows else None
        for first, end in windows:
            span: Any = doc[first:end]  # spaCy's type stub leaves out as_doc's documented array arguments
            pieces.append((doc, first, span.as_doc(array_head=_RECOGNISER_INPUT, array=array)))
    recogniser = cast(Pipe, nlp.get_pipe(_ENTITY_PIPE))
    recognised = recogniser.pipe((piece for _, _, piece in pieces), batch_size=batch_size)
    for (doc, first, piece), piece_with_entities in zip(pieces, recognised, strict=True):
        if piece is doc:
            continue
        entities = [Span(doc, first + e.start, first + e.end, e.label) for e in piece_with_entities.ents]
        outside = []  # the piece's other tokens were recognised too: "O", not unset
        at = first
        for entity in [*entities, Span(doc, first + len(piece), first + len(piece))]:
            if entity.start > at:
                outside.append(Span(doc, at, entity.start))
            at = entity.end
        doc.set_ents(entities, outside=outside, default="unmodified")


def _may_be_entity(doc: Doc) -> list[bool]:
    """Per token, whether it may be (part of) an entity that extraction reads: a proper noun or another
    capitalised content word ("Russian", "Senate") -- not a capitalised function word, which opens a sentence
    or a quotation ("The", "But", "We") --, a number ("two", "3", "1990s", "first"), or a word of amount or
    time ("dozen", "last week", "in recent years": the cue classifier weighs an object that is a date or an
    amount). Read from the doc's arrays, each distinct form looked up once."""
    array = doc.to_array([POS, ORTH, LOWER, LIKE_NUM]).tolist()
    strings = doc.vocab.strings
    marked = {orth: _marks_entity(strings[orth]) for orth in {row[1] for row in array}}
    return [
        pos == PROPN
        or (marked[orth] and pos not in _FUNCTION_POS)
        or bool(like_num)
        or lower in _NUMBER_AND_TIME_IDS
        for pos, orth, lower, like_num in array
    ]


def _marks_entity(form: str) -> bool:
    """A capitalised form, or one with a digit ("1990s", "20s", "EB-5")."""
    return form[:1].isupper() or any(character.isdigit() for character in form)


#: Parts of speech of words that are never (the whole of) an entity.
_FUNCTION_POS = {DET, PRON, ADP, CCONJ, SCONJ, ADV, AUX, PART, PUNCT, SYM, INTJ, SPACE}
#: Lower-case words that make an amount, a date or a time entity without a digit ("thousands", "last week",
#: "this morning").
_NUMBER_AND_TIME_WORDS = (
    "dozen", "dozens", "half", "hundreds", "thousands", "millions", "billions", "trillions",
    "today", "yesterday", "tomorrow", "tonight", "overnight", "ago", "now", "noon", "midnight",
    "daily", "weekly", "monthly", "quarterly", "annual",
    "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
    "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years",
    "decade", "decades", "century", "centuries", "hour", "hours", "minute", "minutes", "quarter", "quarters",
    "spring", "summer", "fall", "autumn", "winter", "season", "seasons",
)  # fmt: skip
#: ... as the LOWER attribute holds them (string hashes, the same in every vocabulary).
_NUMBER_AND_TIME_IDS = frozenset(get_string_id(word) for word in _NUMBER_AND_TIME_WORDS)
#: Tokens of context on either side of a word that may be an entity. The recogniser's decision at a token
#: reads its own encoding and those of the token before it and of the entity's first token, and each
#: encoding sees four tokens either way (en_core_web_sm/md: a window-1 CNN of depth 4): five tokens of
#: context give almost all of a full pass's entities (dev: 7 of 5,987 lost; with the first triggers, before
#: digits and "half", "dozen" counted, 25 were lost at 5 tokens, 40 at 3 and 11 at 8).
_ENTITY_CONTEXT = 5


def _entity_windows(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges (start, end) around the tokens that may be an entity (`_may_be_entity`), each with
    `_ENTITY_CONTEXT` tokens on either side; windows that overlap or touch are merged."""
    run_start: int | None = None
    run_end = 0
    for i, maybe in enumerate(_may_be_entity(doc)):
        if not maybe:
            continue
        start, end = max(0, i - _ENTITY_CONTEXT), min(len(doc), i + _ENTITY_CONTEXT + 1)
        if run_start is not None and start <= run_end:
            run_end = end
            continue
        if run_start is not None:
            yield run_start, run_end
        run_start, run_end = start, end
    if run_start is not None:
        yield run_start, run_end
