"""Speakers named right beside a quote: a signature, a verb right after it, or one right before it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.classifier import CueScorer
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.quote_introducers import opener_speaker, sentences_around
from sourcetrace.extract.relation import Relation
from sourcetrace.extract.source import source_of
from sourcetrace.extract.syntax import (
    CONTENT_DEPS,
    FINITE_TAGS,
    FINITE_VERB_TAGS,
    RAISING,
    SUBJECTS,
    VERBAL_POS,
    char_range,
    cue_span,
    has_content_child,
    last_word_before,
    meets,
    opens_quotation_after,
    says,
)
from sourcetrace.parse import Segment, children, segment_at
from sourcetrace.quotes import (
    Quote,
    has_quote_mark,
    quote_words,
)

#: Subordinators opening a clause after a quote whose verb is not the quote's cue.
_SUBORDINATORS = data.words("extract", "subordinators")
#: Pronouns that may speak a quote right before them ("“…,” she recalled.").
_SPEAKER_PRONOUNS = data.words("extract", "speaker_pronouns")


def adjacent_speaker(context: RuleContext, segments: Sequence[Segment], quote: Quote) -> Relation | None:
    """The speaker named right beside a quote: a signature dash after it (“…” ― Jane Roe), a reporting verb
    right after it (“…,” X barked; “…?” Biden asked.), or right before it (X replied, “…”; X said: “…”; see
    `_introduces`).

    A verb right after the quote wins over one before it, as in news style the attribution follows the
    quote; a participle right after it is not its cue (“…,” drawing jeers)."""
    text, scorer = context.text, context.scorer
    signed = SIGNATURE.match(text, quote.end)
    if signed:
        return Relation(signed.span("dash"), signed.span("name"), ((quote.start, quote.end),), "direct")
    opener = opener_speaker(text, quote, scorer)
    if opener is not None:
        return opener
    ending = _Ending.of(quote_words(text, quote))
    segment = segment_at(segments, quote.start, quote.start)
    if segment is None:
        return None
    after: list[Token] = []
    before: list[Token] = []
    for sentence in sentences_around(text, segment, quote, following=True):
        following = segment.char_start(sentence[0]) >= quote.end
        for token in sentence:
            at = segment.char_start(token)
            if ending.spoken and at >= quote.end and _speaker_set_after(text, segment, token, quote):
                after.append(token)
                continue
            misread = _misread_verb(token, scorer)
            if not misread and (token.pos_ != "VERB" or scorer.entry(token) is None):
                continue
            if at >= quote.end:
                if _cue_after(text, segment, sentence, token, quote, scorer, ending, following):
                    after.append(token)
            elif at < quote.start and not misread and _introduces(text, segment, token, quote, scorer):
                before.append(token)
        if not before and ending.spoken and segment.char_start(sentence[0]) < quote.start:
            bare = _bare_introducer(text, segment, sentence, quote)
            if bare is not None:
                before.append(bare)
    return _speaker_of(context, segment, quote, after[:1], before[-1:])


class _Ending(NamedTuple):
    """How a quote's words end: with a stop, ?, ! (`closed`), a full stop (`stopped`), or as speech at all
    (`spoken`: also a comma, a dash or an ellipsis, and ‘…?’” inside single quotes)."""

    closed: bool
    stopped: bool
    spoken: bool

    @classmethod
    def of(cls, words: str) -> _Ending:
        return cls(
            words[-1:] in {".", "?", "!"},
            words[-1:] == ".",
            words.rstrip("’' ")[-1:] in {",", ".", "?", "!", "—", "–", "…"},
        )


def _cue_after(
    text: str,
    segment: Segment,
    sentence: SpacySpan,
    token: Token,
    quote: Quote,
    scorer: CueScorer,
    ending: _Ending,
    following: bool,
) -> bool:
    """Whether a verb after a quote (in its sentence, or the sentence right after it: `following`) is the
    quote's cue."""
    gap = text[quote.end : segment.char_start(token)]
    return (
        (len(gap) <= 40 or _subject_right_after(text, segment, token, quote, scorer))
        and not any(m in gap for m in ".!?\n")
        and not has_quote_mark(gap)
        and token.tag_ != "VBG"
        and not _subordinate(segment, token, quote)
        # “Orange is the New Black” star X opened up, the “back of the queue” if it wanted: a quote that
        # neither ends as speech nor is set off by a comma is a title or a phrase
        and (ending.spoken or gap.lstrip()[:1] in {",", "—", "–", "-", ":"})
        # “…,” the number needed to win: a participle that modifies a noun reports nothing
        and not _modifies_noun(token)
        # “…” He said the plan …: a new sentence with its own content is not the quote's cue, nor one with
        # its own object after a full stop (“…well.” He touted his victories; but “…?” he told me)
        and not (following and has_content_child(token))
        # “…B.” She went on to say: “C”: a sentence ending in a colon introduces what follows it; “…B.” To
        # which she said, “C.”: a verb of a later sentence right before a quote of its own is that quote's
        and not (following and sentence[-1].text == ":")
        and not (following and opens_quotation_after(token))
        and not (following and ending.stopped and _has_own_object(token))
        # nor, after a quote that ends its sentence, is a passive or a verb that is not one of saying
        # (“…unite.” X was also endorsed by Y), however the parser split them
        and not ((following or ending.closed) and not says(token, scorer))
    )


def _subordinate(segment: Segment, verb: Token, quote: Quote) -> bool:
    """ "“That makes me smart,” when Clinton blasted him": a verb after the quote in a clause of time,
    reason or contrast says what happened around the quote, not who spoke it."""
    return any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATORS and segment.char_start(c) >= quote.end
        for c in children(verb)
        if c.i < verb.i
    )


def _speaker_of(
    context: RuleContext, segment: Segment, quote: Quote, after: list[Token], before: list[Token]
) -> Relation | None:
    """The relation of the first verb after the quote, else the last one before it, that has a source
    outside the quote."""
    for token in [*after, *before]:
        source = (_puts_it(token) and _as_source(segment, token)) or source_of(context, segment, token)[0]
        if source is not None and source[0] < quote.start < source[1]:
            continue  # the quote is inside the verb's subject: "X, who calls him a “sociopath,” said"
        if token in after and (source is None or meets(source, quote)):
            source = _inverted_source(segment, token, quote) or _name_set_off(segment, quote, token) or source
        if source is not None and not meets(source, quote):
            return Relation(cue_span(segment, token), source, ((quote.start, quote.end),), "direct")
    return None


def _subject_right_after(text: str, segment: Segment, verb: Token, quote: Quote, scorer: CueScorer) -> bool:
    """ "“…,” Roe, the frontrunner in the state after winning the first two primaries, said": a verb of
    saying whose subject starts right after the quote speaks it however long the subject runs."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if not says(verb, scorer):
        return False
    if subject is None:
        return _name_set_off(segment, quote, verb) is not None
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in children(verb)):
        return False  # "On “The Show,” the former governor said she ...": the verb has its own content
    # "Speaking to “The Show,” X lashed out at ...", "That quote from X appeared on ...": a phrasal verb or
    # a raising verb says something else
    if verb.lemma_ in RAISING or any(c.dep_ == "prt" and c.i == verb.i + 1 for c in children(verb)):
        return False
    return not text[quote.end : segment.char_start(subject.left_edge)].strip(" ,")


def _name_set_off(segment: Segment, quote: Quote, verb: Token) -> tuple[int, int] | None:
    """ "“…,” Roe, the frontrunner nationally after winning the primaries, said": a name right after the
    quote, then words set off up to a comma before the verb, when the parse gave the verb no subject (it
    hung the name on a noun inside the quote). The name is the source."""
    between = _tokens_after_quote(segment, quote, verb)
    words = [t for t in between if not t.is_punct]
    if not words or words[0].pos_ != "PROPN" or between[-1].text != ",":
        return None
    if any(t.tag_ in FINITE_TAGS for t in words):
        return None  # "“…,” Roe said, and Poe added": a clause of its own
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", words))
    return char_range(segment, name[0], name[-1])


def _speaker_set_after(text: str, segment: Segment, verb: Token, quote: Quote) -> bool:
    """A finite verb right after a quote that is its cue whatever the verb, by the shape of the sentence."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"}:
        return False
    return _inverted_after(text, segment, verb, quote) or _named_then_verb(text, segment, verb, quote)


def _inverted_after(text: str, segment: Segment, verb: Token, quote: Quote) -> bool:
    """ "“…?” reacted the senator.", "“…!” posted Jane Roe.": a finite verb right after a quote, followed by
    nothing but a noun phrase to the end of the sentence, is its speaker's cue whatever the verb (the
    inversion is how news sets a quote's speaker after it; the verb need not be one of saying)."""
    if text[quote.end : segment.char_start(verb)].strip():
        return False
    rest = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_space]
    if not rest or rest[-1].text not in {".", "!"}:
        return False
    phrase = rest[:-1]
    return bool(phrase) and phrase[-1].pos_ in {"PROPN", "NOUN"} and all(
        t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "NUM"} or t.text in {",", "."} for t in phrase
    )


def _named_then_verb(text: str, segment: Segment, verb: Token, quote: Quote) -> bool:
    """ "“…?” Roe continued.", "“…,” Jo Roe recalled. “…”": a name or a personal pronoun right after a quote,
    then a finite verb that ends the sentence, is the quote's speaker whatever the verb."""
    if verb.i + 1 >= len(verb.doc) or verb.nbor().text not in {".", "!"}:
        return False
    if not _opens_sentence(text, quote):
        return False  # 'an event dedicated to the “furry fandom.” Wikinews attended.': a phrase, not words
    between = _tokens_after_quote(segment, quote, verb)
    if not between or len(between) > 3 or text[quote.end : segment.char_start(between[0])].strip(" ,"):
        return False
    if all(t.pos_ == "PROPN" for t in between):
        return True
    return len(between) == 1 and between[0].lower_ in _SPEAKER_PRONOUNS


def _opens_sentence(text: str, quote: Quote) -> bool:
    """Whether a quotation opens its sentence: at the start of a paragraph, or after a sentence's end."""
    before = text[: quote.start].rstrip(" \t")
    return not before or before[-1] in "\n.!?”\"'’"


def _bare_introducer(text: str, segment: Segment, sentence: SpacySpan, quote: Quote) -> Token | None:
    """ "After the debate, Roe shot back, “…”": a clause of a subject and an intransitive verb (with only
    particles and settings after it) set off by a comma right before a quote that ends the sentence
    introduces the quote, whatever the verb (`_introduces` covers the verbs of saying)."""
    if not text[: quote.start].rstrip().endswith(","):
        return None
    ending = text[quote.end : quote.end + 3].lstrip(" ")
    if ending[:1] not in {"", "\n"}:
        return None  # the sentence goes on after the quote: the quote is part of it, not introduced
    leading = [t for t in sentence if segment.char_end(t) <= quote.start and not t.is_space]
    if len(leading) < 3 or leading[-1].text != ",":
        return None
    verb = next((t for t in reversed(leading) if t.pos_ in VERBAL_POS), None)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in FINITE_VERB_TAGS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children(verb)) or any(
        c.dep_ in CONTENT_DEPS for c in children(verb)
    ):
        return None
    between = leading[leading.index(verb) + 1 : -1]
    if not all(verb in t.ancestors and t.pos_ not in VERBAL_POS for t in between):
        return None
    return verb


def _has_own_object(verb: Token) -> bool:
    """A subject before the verb and an object after it: "He touted his victories" (in "said the man" the
    parser may take the inverted subject for an object, and there is no subject before)."""
    return any(c.dep_ in SUBJECTS and c.i < verb.i for c in children(verb)) and any(
        c.dep_ == "dobj" and c.i > verb.i for c in children(verb)
    )


def _modifies_noun(verb: Token) -> bool:
    """A participle (or a verb the tagger took for a past tense) that qualifies a noun: "the number needed
    to win"."""
    if any(child.dep_ in {"aux", "auxpass"} | SUBJECTS for child in children(verb)):
        return False
    return verb.dep_ == "acl" or verb.tag_ == "VBN"


def _misread_verb(token: Token, scorer: CueScorer) -> bool:
    """ "“…,” Viguerie notes.": a verb of saying at the end of its sentence that the tagger took for a plural
    noun after a name."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "NNS"
        and token.i > 0
        and token.nbor(-1).pos_ == "PROPN"
        and (following is None or following.text in {".", ":", ","})
        and scorer.is_speech_verb(token.lemma_)
    )


def _introduces(text: str, segment: Segment, verb: Token, quote: Quote, scorer: CueScorer) -> bool:
    """A verb of saying right before a quote (X replied, “…”; X declared in the spin room, “…”), or the
    idiom "as X put it: “…”"."""
    if _puts_it(verb):
        return text[segment.char_end(verb.nbor()) : quote.start].strip() in _INTRODUCERS
    if not scorer.is_speech(verb):
        return False
    gap = text[segment.char_end(verb) : quote.start].strip()
    return gap in _INTRODUCERS or _is_setting(verb, segment, quote, gap)


def _is_setting(verb: Token, segment: Segment, quote: Quote, gap: str) -> bool:
    """Whether what stands between a verb and the quote after it is only where or when it was said ("in
    the spin room,", "on Friday:"): a short run of the verb's own modifiers, with no verb, ending in a
    comma or a colon."""
    if len(gap) > 40 or gap[-1:] not in {",", ":"} or has_quote_mark(gap) or any(m in gap for m in ".?!;"):
        return False
    following = verb.doc[verb.i + 1 :]
    between = list(itertools.takewhile(lambda t: segment.char_start(t) < quote.start, following))
    return bool(between) and all(
        t.is_punct or (verb in t.ancestors and t.pos_ not in VERBAL_POS) for t in between
    )


def _puts_it(verb: Token) -> bool:
    return verb.lemma_ == "put" and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "it"


def _as_source(segment: Segment, verb: Token) -> tuple[int, int] | None:
    """ "As Tom Ridge, a former secretary, put it": the words between "as" and the verb (the parser often
    takes the name for the object of "as")."""
    doc = verb.doc
    as_ = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.lower_ == "as"), None)
    if as_ is None or verb.i - as_.i < 2 or any(t.pos_ in VERBAL_POS for t in doc[as_.i + 1 : verb.i]):
        return None  # "As the vote neared, Smith put it": not the idiom's "as"
    return char_range(segment, as_.nbor(), last_word_before(verb, as_.nbor()))


#: What may stand between a reporting verb and the quote it introduces.
_INTRODUCERS = {"", ",", ":", "—", "–", "--", ", —"}


#: A quote signed with a dash and a name, as in reader comments, tweets and vox pops: “…” ― Jane Roe, Ohio
#: The signature may stand in the next paragraph, and there a plain hyphen opens it ("-Jane Roe, Ohio"); the
#: spaces around it may be no-break spaces.
SIGNATURE = re.compile(
    r"[^\S\n]*(?:\n[^\S\n]*){0,2}(?P<dash>[―—–]|--|(?<=\n)-|(?<=\n[ \t])-)[^\S\n]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,5})(?=[^\S\n]*(?:,[^\n]*)?(?:\n|$))"
)


_NOMINAL = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PUNCT", "ADP", "CCONJ", "PART", "INTJ", "X"}


def _inverted_source(segment: Segment, verb: Token, quote: Quote) -> tuple[int, int] | None:
    """The speaker around a verb right after a quote, when the parse gave it no subject: the words between
    the quote and the verb (“…,” Ramos, 58, told AFP) or, right after the verb, the noun phrase (“…,” said
    the spokesman)."""
    doc = verb.doc
    between = _tokens_after_quote(segment, quote, verb)
    if between:
        if not all(t.pos_ in _NOMINAL for t in between):
            return None
        words = [t for t in between if not t.is_punct]
        return char_range(segment, words[0], words[-1]) if words else None
    after = []
    for token in doc[verb.i + 1 :]:
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "SCONJ"}:
            break
        after.append(token)
    return char_range(segment, after[0], after[-1]) if after else None


def _tokens_after_quote(segment: Segment, quote: Quote, verb: Token) -> list[Token]:
    """The tokens between a quote's end and a verb after it, white space left out."""
    first = verb.i
    while first > 0 and segment.char_start(verb.doc[first - 1]) >= quote.end:
        first -= 1
    return [t for t in verb.doc[first : verb.i] if not t.is_space]
