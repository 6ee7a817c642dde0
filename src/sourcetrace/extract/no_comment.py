"""Declined comment: "did not respond to requests for comment", "declined to comment", "could not be reached".

The phrasings are data (`sourcetrace/data/no_comment.txt`, one regular expression a line); a match becomes a
`no_comment` attribution whose source is the subject of the phrase's first verb and whose content is empty.
A refusal to disclose is one too (`declined_to_disclose`): "X would not say whether ...", "X would not
confirm the account", "X did not say why ...", "X made no statement", "neither of the companies would reveal
the price", "none of the officials would comment", "Neither company made any official statement".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.syntax import (
    NEGATIVE_QUANTIFIERS,
    NOMINAL_SUBJECTS,
    RECORD_NOUNS,
    VERBAL_POS,
    clause_marks,
    is_negated_universal,
    names_a_speaker,
)
from sourcetrace.parse import children, span_text


@dataclass(frozen=True)
class NoCommentMatch:
    """A declined comment's cue tokens, the verb whose subject declined, and the question it left open
    ("whether he supported ..."), which says nothing of anyone's: no attribution is read inside it."""

    tokens: tuple[Token, ...]
    verb: Token
    withheld: tuple[Token, ...] = ()


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = [line.strip() for line in data.lines("no_comment.txt")]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def find_no_comment(sentence: SpacySpan) -> Iterator[NoCommentMatch]:
    """Declined-comment phrases in a parsed sentence, with the verb whose subject is the source."""
    for match in _pattern().finditer(span_text(sentence)):
        span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        verbs = [t for t in span if t.pos_ in VERBAL_POS]
        verb = next((t for t in verbs if any(c.dep_ in NOMINAL_SUBJECTS for c in children(t))), None)
        if verb is None:
            verb = verbs[0] if verbs else span.root
            # "X did not respond": the subject hangs from the main verb the auxiliary belongs to
            while verb.dep_ in {"aux", "neg", "xcomp"} and verb.head != verb:
                verb = verb.head
        last = next((t for t in reversed(span) if t.pos_ == "VERB"), None)
        yield NoCommentMatch(tuple(span), verb, () if last is None else _question(last))


#: Verbs of giving information away (`data/extract/disclosure_verbs.txt`), verbs of handing something over,
#: which withhold information only with a noun of it as their object (`giving_verbs.txt`), and those nouns
#: (`information_nouns.txt`).
_DISCLOSURE_VERBS = data.words("extract", "disclosure_verbs")
_GIVING_VERBS = data.words("extract", "giving_verbs")
_INFORMATION_NOUNS = data.words("extract", "information_nouns")
#: Modals of refusal: "would not say", and with a negated subject "neither would say".
_REFUSAL_MODALS = frozenset({"would", "will", "wo"})
#: Auxiliaries of a plain negated past or perfect: "did not say", "has not disclosed".
_PLAIN_AUXILIARIES = frozenset({"do", "have"})
#: Verbs whose object is a claim, which not to confirm is to decline to comment on ("did not confirm the
#: report"); confirming a person or a state is a deed ("the Senate had not confirmed him", "voters who did not
#: confirm their status"). The claims are nouns of a message (`data/extract/message_nouns.txt`).
_CLAIM_VERBS = frozenset({"confirm"})
_CLAIMS = data.words("extract", "message_nouns")
#: Objects of "say" that make "would not say" a hedge on a claim, not a refusal ("I wouldn't say that").
_HEDGED_OBJECTS = frozenset({"that", "so", "this"})
#: Conjunctions of a condition, which makes "would not" a supposition ("if it were ..., I would not say").
_CONDITIONS = frozenset({"if", "unless"})
#: Dependencies of an object the verb withholds, and of a clause it says.
_OBJECTS = frozenset({"dobj", "attr"})
_CLAUSES = frozenset({"ccomp", "advcl"})


def declined_to_disclose(sentence: SpacySpan) -> Iterator[NoCommentMatch]:
    """A refusal to disclose, in one of four kinds (`_declines` tells them apart): a negated modal of refusal
    ("would not say whether ..."), a plain negation of a question or of information ("did not say whether
    ..."), a negated object ("made no statement"), or a negated universal subject ("none of the officials
    would comment"). The cue runs from the first auxiliary to the verb (through a noun of information it
    withholds: "made any official statement")."""
    for token in sentence:
        found = _withholding(token)
        if found is not None and _declines(found):
            yield NoCommentMatch(_cue(found), token, _question(token))


@dataclass(frozen=True)
class _Withholding:
    """A verb of disclosure with a subject who may speak, the noun of information it gives or withholds, and
    its dependents before it (subject, auxiliaries, negation), which tell whether and how it was refused."""

    verb: Token
    subject: Token
    information: Token | None
    before: tuple[Token, ...]

    @property
    def modal(self) -> Token | None:
        """A modal of refusal: "would not say"."""
        auxiliaries = (c for c in self.before if c.dep_ == "aux")
        return next((c for c in auxiliaries if c.lower_ in _REFUSAL_MODALS), None)

    @property
    def plain(self) -> Token | None:
        """An auxiliary of a plain negated past or perfect: "did not say", "has not disclosed"."""
        auxiliaries = (c for c in self.before if c.dep_ == "aux")
        return next((c for c in auxiliaries if c.lemma_.lower() in _PLAIN_AUXILIARIES), None)

    @property
    def negated(self) -> bool:
        """ "not", "never", "n't" before the verb."""
        return any(c.dep_ == "neg" for c in self.before)


def _withholding(verb: Token) -> _Withholding | None:
    """The verb as a possible refusal: a verb of disclosure ("say", "confirm"), or of giving with a noun of
    information ("made any official statement"), whose subject may speak; None for any other word, and for
    a claim or a comparison ("No one would say that she is lazy")."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    information = _information_object(verb)
    if lemma not in _DISCLOSURE_VERBS and not (lemma in _GIVING_VERBS and information is not None):
        return None
    subject = decliner(verb)
    if subject is None or not _may_speak(subject) or _claim_or_comparison(verb):
        return None
    return _Withholding(verb, subject, information, tuple(c for c in children(verb) if c.i < verb.i))


def _declines(found: _Withholding) -> bool:
    """Whether the verb declines to disclose, by the first kind that applies: a negated universal subject
    decides alone, then a negated object; otherwise the verb must be negated, and be no deed or hedge
    (`_deed_or_hedge`), with a modal of refusal or a plain auxiliary."""
    if is_negated_universal(found.subject.left_edge):
        return _declined_by_no_one(found)
    if _gives_none(found):
        return True
    if not found.negated or _deed_or_hedge(found.verb):
        return False
    return _refused(found) or _left_unsaid(found)


def _declined_by_no_one(found: _Withholding) -> bool:
    """A negated universal subject who may speak, with the modal ("neither of the companies involved would
    reveal the agreement", "none of the officials would comment", "nobody would say how many died") or
    withholding a noun of information ("Neither company made any official statement"). Without either the
    negated subject is no source at all ("no one is predicting failures")."""
    return found.modal is not None or found.information is not None


def _gives_none(found: _Withholding) -> bool:
    """A negated object: "The company made no statement", "gave no details"."""
    information = found.information
    return information is not None and information.dep_ in _OBJECTS and _negated_object(information)


def _refused(found: _Withholding) -> bool:
    """The modal of refusal, negated, with a subject who may speak: "the chair would not confirm the
    treasurer's account", "the senator would not say whether he supported ...", "the spokesman would not
    comment", "they won't provide any details". (Not a clause said, a person confirmed or named, a name
    given or a refusal supposed: `_deed_or_hedge`; nor a deed, "would not attend", no verb of disclosure.)"""
    return found.modal is not None


def _left_unsaid(found: _Withholding) -> bool:
    """A plain negation ("did not", "has not") of an embedded question or a noun of information: "the firm
    did not say whether he was forced out", "had not confirmed what work ...", "did not release any specific
    information", "did not confirm the report"; "did not identify a location in his remarks" and "did not
    say he'd ordered it" tell what a statement left out or denied."""
    if found.plain is None:
        return False
    verb = found.verb
    claim = verb.lemma_.lower() in _CLAIM_VERBS and _claim_object(verb)
    return found.information is not None or _asks(verb) or claim


def _cue(found: _Withholding) -> tuple[Token, ...]:
    """The refusal's cue: from its first auxiliary or negation to the verb, or to the noun of information the
    verb withholds as its object ("made any official statement")."""
    first = min([found.verb, *(c for c in found.before if c.dep_ in ("aux", "neg"))], key=lambda t: t.i)
    information = found.information
    last = information if information is not None and information.dep_ == "dobj" else found.verb
    return tuple(found.verb.doc[first.i : last.i + 1])


def decliner(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is conjoined to ("the firm confirmed ..., but did not say";
    "X and Y were each contacted ... but have not responded")."""
    for _ in range(4):
        subject = next((c for c in children(verb) if c.dep_ in NOMINAL_SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head is verb:
            return subject
        verb = verb.head
    return None


def _information_object(verb: Token) -> Token | None:
    """A noun of information the verb gives or withholds: its object ("made any official statement") or the
    object of "with" ("provide Wikinews with an image")."""
    for child in children(verb):
        if child.dep_ in _OBJECTS and _is_information(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "with":
            found = next((o for o in children(child) if o.dep_ == "pobj" and _is_information(o)), None)
            if found is not None:
                return found
    return None


def _is_information(noun: Token) -> bool:
    """ "any official statement", "an image", "details": information withheld, unless a definite one ("None of
    them gave Obama the answer that he wanted" gave another)."""
    if noun.pos_ != "NOUN" or not {noun.lemma_.lower(), noun.lower_} & _INFORMATION_NOUNS:
        return False
    return not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "relcl" for c in children(noun))


def _negated_object(noun: Token) -> bool:
    """ "no statement", "no further comment"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun))


def _asks(verb: Token) -> bool:
    """Whether the verb's clause is an embedded question: "say whether ...", "say where the cuts ...",
    "confirmed what work ..."."""
    return bool(_question(verb))


def _question(verb: Token) -> tuple[Token, ...]:
    """The embedded question after the verb, if any: "whether he supported Court packing"."""
    for clause in children(verb):
        if clause.dep_ not in _CLAUSES or clause.i < verb.i:
            continue
        marked = bool(clause_marks(clause) & {"whether", "if"})
        if marked or (clause.left_edge.tag_ in _QUESTION_TAGS and clause.left_edge.i > verb.i):
            # up to a comma: "did not say whether he supports changes, one nominee proposed ..." (a misparse)
            subtree = list(clause.subtree)
            breaks = [t.i for t in subtree if t.i > clause.i and t.text in _CLAUSE_BREAKS]
            return tuple(t for t in subtree if not breaks or t.i < breaks[0])
    return ()


#: Punctuation that ends a question left open.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–"})
#: Tags of a word opening an embedded question: "where", "why", "what", "who", "which", "whose".
_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _deed_or_hedge(verb: Token) -> bool:
    """ "I wouldn't say it's a failure", "wouldn't say that": a clause said, or a demonstrative, under "say"
    hedges a claim; "the Senate would not confirm him", "would not name him": a person is confirmed or named
    in an office; "would never have named it that": a name given; "if ..., I would not ...": a refusal
    supposed. None declines to comment."""
    if sum(c.dep_ == "dobj" for c in children(verb)) > 1:
        return True  # "would not name him its candidate": naming
    for child in children(verb):
        if child.dep_ == "ccomp" and child.i > verb.i and not _asks(verb):
            return True
        if child.dep_ == "oprd":
            return True  # "would never have named it that": naming
        if child.dep_ == "advcl" and clause_marks(child) & _CONDITIONS:
            return True  # "If it was a commercial endeavour, I would never ...": a refusal supposed
        if child.dep_ in _OBJECTS and _is_person(child):
            return True
        if child.dep_ in _OBJECTS and verb.lemma_.lower() == "say" and child.lower_ in _HEDGED_OBJECTS:
            return True
    return False


def _is_person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" or (
        noun.pos_ == "PRON" and noun.lower_ in ("him", "her", "them", "me", "us", "you", "himself", "herself")
    )


def _claim_object(verb: Token) -> bool:
    """ "did not confirm the report", "had not confirmed the treasurer's account": a message confirmed."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS for c in children(verb))


#: Comparatives on the verb: "no one will explain the rules better than Ana Ruiz" ranks her.
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _claim_or_comparison(verb: Token) -> bool:
    """ "No one would say that she is lazy", "nobody will explain it better than Ana Ruiz": a claim no one
    would make, or a comparison, is no one declining to disclose. (A "that" clause of another verb stays a
    refusal: "none of the officials would confirm that the talks had failed".)"""
    if any(c.tag_ in _COMPARATIVE_TAGS for c in children(verb)):
        return True
    clauses = [c for c in children(verb) if c.dep_ == "ccomp"] if verb.lemma_.lower() == "say" else []
    return any("that" in clause_marks(c) for c in clauses)


#: Nouns of people and bodies that may speak or decline to: roles ("official"), institutions ("company"),
#: sources ("source"); the resolver's lists and the relayed sources of extraction, less the records among
#: them ("report", "memo", "poll"), which cannot decline ("None of the reports would reveal the source").
_SPEAKER_NOUNS = (
    data.words("resolve", "role_nouns")
    | data.words("resolve", "occupation_nouns")
    | data.words("resolve", "organization_nouns")
    | data.words("extract", "relayed_sources")
) - RECORD_NOUNS


def _may_speak(subject: Token) -> bool:
    """Whether a subject names people or bodies, who could have spoken: "nobody", "no one", "none of them",
    "neither of the companies", "no official", "neither X nor Y", "Ana Ruiz", "the spokesman", "they". "No
    question would reveal anything" and "this does not give a good public image" say nothing of anyone
    declining (a personal pronoun may stand for a speaker, a demonstrative for a thing). A name or a noun
    of a speaker is `syntax.names_a_speaker`, which the relays share (with records among their nouns); the
    "of" phrase, the pronouns, "one" and the negated words are a decliner's alone: a relay cites an object,
    and its rule has never taken them."""
    kind = subject
    for preposition in children(subject):
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            kind = next((o for o in children(preposition) if o.dep_ == "pobj"), kind)
    if kind.tag_ in ("PRP", "WP") or kind.lower_ == "one":
        return True
    if kind is subject and subject.lower_ in NEGATIVE_QUANTIFIERS:
        return True  # "Nobody would say", "neither would comment"
    return names_a_speaker(kind, _SPEAKER_NOUNS)
