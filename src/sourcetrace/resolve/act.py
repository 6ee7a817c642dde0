"""What kind of act an attribution reports: a statement, a document, a mental state or a declined comment.

A sourcing audit counts what sources said or wrote, and who declined to say; "X hopes", "we want to thank",
"the city expects", "is expected to" credit no information to anyone, and the Wikinews guidelines
(`../shared/eval/wikinews/GUIDELINES.md`) make them optional. PolNeAR annotates both alike, so extraction
finds both; this module tells them apart, from the cue and its context, in this order:

1. a declined comment is `no_comment` (its kind says so);
2. an attribution whose source is a document ("the report found", "according to the poll") is `document`;
3. a quotation is a `statement`; a speech act a mental state governs was not made, only meant: `mental`
   ("we want | to thank", "is set | to announce");
4. a cue with speech evidence, or a state the cue says was voiced, is a `statement` however it is built
   ("is said to", "promised to", "reportedly believe");
5. a cue of a mental state is `mental` ("believes", "hopes", "wants to", "fears", "decided"), and so is a
   predicate adjective of one, whatever its content ("investors are concerned that ...", "I am sure that
   ...", "she was confident that ...", "are worried about ...": `data/resolve/state_adjectives.txt`);
6. a cue that is sometimes an intention is `mental` with an infinitive content ("agreed to suspend"), not
   with a clause ("agreed that ...", a stance often voiced); a cue of stance is `mental` with a noun-phrase
   content ("has supported LGBT rights", "opposed the withdrawal": a position held, not words said);
7. a passive or adjectival cue with an infinitive ("is expected to", "is set to", "is ready to") is `mental`:
   it reports a state or an expectation, not what anyone said;
8. anything else is a `statement`.

The three cue lists are derived from PolNeAR train by `tools/derive_acts.py` (see its docstring and
`data/extract/README.md`); the stances, the adjectives of a state and the adverbs of a voiced state are
hand-written lists of `data/resolve/`, with the adverbs of hearsay of `data/extract/hearsay_adverbs.txt`
(which extraction reads too). "X believes Y, he said" is two attributions: "said" is a statement, the
"believes" inside its content a mental state, so the speech act that reports the belief is counted.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from spacy.tokens import Token

from sourcetrace.data import words
from sourcetrace.parse import Segment, children
from sourcetrace.resolve.mention import tokens_of
from sourcetrace.types import Act, Attribution, Span

__all__ = ["assign_acts", "cue_head", "decide_act"]

#: Dependency labels of what a copula links to its subject: "is ready", "is a supporter".
_PREDICATES = frozenset({"acomp", "attr", "oprd"})
#: Fine-grained tags of a present-tense finite verb.
_PRESENT = frozenset({"VBZ", "VBP"})


def speech_cues() -> frozenset[str]:
    """Cue lemmas with speech evidence: often quoted in PolNeAR train, or speech acts by the guidelines."""
    return words("extract", "speech_cues")


def mental_cues() -> frozenset[str]:
    """Cue lemmas of a mental state: hardly ever quoted, and reported in the present, in the first person
    or mostly with an infinitive."""
    return words("extract", "mental_cues")


def stance_cues() -> frozenset[str]:
    """Cue lemmas of a stance ("support", "oppose"): mental with a noun-phrase content (hand-written from
    the Wikinews guidelines' optional class)."""
    return words("resolve", "stance_cues")


def intention_cues() -> frozenset[str]:
    """Cue lemmas that, hardly ever quoted, sometimes take an infinitive: mental with one ("agreed to")."""
    return words("extract", "intention_cues")


def state_adjectives() -> frozenset[str]:
    """Predicate adjectives of a state of mind ("concerned", "sure", "confident", "worried"): mental with any
    content (hand-written from the Wikinews guidelines' optional class: "is convinced")."""
    return words("resolve", "state_adjectives")


def is_state_adjective(head: Token) -> bool:
    """Whether a cue head is an adjective of a state of mind after a copula or a verb of feeling: "are
    concerned that", "am sure", "felt confident". It tells what the source feels or holds, not what anyone
    said; rule 7 makes such an adjective mental only with an infinitive ("is ready to"), and "I am sure that
    ..." was a statement."""
    adjectival = head.pos_ == "ADJ" or head.dep_ in ("acomp", "oprd")
    return adjectival and (head.lower_ in state_adjectives() or head.lemma_.lower() in state_adjectives())


def speech_adverbs() -> frozenset[str]:
    """Adverbs that report a state as voiced: "publicly", and those of hearsay ("reportedly")."""
    return words("resolve", "speech_adverbs") | words("extract", "hearsay_adverbs")


def cue_head(tokens: Sequence[Token]) -> Token | None:
    """The word that carries a cue's meaning: the top of its tokens, or for a copula the word it links to
    its subject ("is ready" -> "ready", "are fears" -> "fears"), or for a verb of going on the verb it governs
    ("continued to believe" -> "believe"), punctuation aside. None for no token."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    tops = [t for t in tops if not t.is_punct] or tops
    if not tops:
        return None
    head = tops[0]
    if head.lemma_.lower() in words("extract", "continuing_verbs"):
        # "went on to say", "continued to believe": the verb of going on is no part of the act
        governed = [c for c in children(head) if c.i in inside and c.dep_ in ("xcomp", "advcl")]
        if governed:
            return governed[0]
    if head.lemma_.lower() == "be":
        linked = [c for c in children(head) if c.dep_ in _PREDICATES]
        if linked:
            return linked[0]
    return head


def known_cues() -> frozenset[str]:
    return speech_cues() | mental_cues() | intention_cues() | stance_cues()


def lemma(head: Token, known: Collection[str]) -> str:
    """A cue head's lemma. The parser takes some participles for adjectives and leaves them whole ("is
    reported", "was announced", "is convinced"): such a word is read as the verb it comes from when `known`
    holds that verb."""
    word = head.lemma_.lower()
    if word in known or not word.endswith("ed"):
        return word
    stem = word[:-2]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""  # "planned"
    for candidate in (word[:-1], stem, doubled, stem[:-1] + "y" if stem.endswith("i") else ""):
        if candidate in known:
            return candidate
    return word


def finite_verb(head: Token) -> Token:
    """The verb that carries tense and subject for a cue head: the copula of "is ready", else the head."""
    if head.dep_ in _PREDICATES and head.head.lemma_.lower() == "be":
        return head.head
    return head


def is_present(head: Token) -> bool:
    """Whether the cue is reported in the present tense ("believes", "is expected", "are ready")."""
    verb = finite_verb(head)
    if verb.tag_ in _PRESENT:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in children(verb))


def is_first_person(head: Token) -> bool:
    """Whether the cue's subject is "I" or "we" ("I think", "we are convinced")."""
    verb = finite_verb(head)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in children(verb))


def is_passive_or_adjectival(head: Token) -> bool:
    """Whether the cue is a passive participle or an adjective after a copula: "is expected", "was set",
    "is ready", "are likely"."""
    if head.pos_ == "ADJ" or head.dep_ in ("acomp", "oprd"):
        return True
    return head.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in children(head))


def takes_infinitive(head: Token, content: Span | None) -> bool:
    """Whether what the cue reports is the source's own infinitive: the content opens with "to" ("wants |
    to stay"), or the head governs a to-infinitive with no object before it ("is expected to rise", when
    the content was cut elsewhere). "encouraged voters to vote" directs others: it is no intention."""
    if content is not None and content.text.lstrip().lower().startswith("to "):
        return True
    below = children(head)
    if any(c.dep_ in ("dobj", "dative") for c in below):
        return False
    for child in below:
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(child)):
            return True
    return False


def is_voiced(head: Token) -> bool:
    """Whether an adverb of the cue says the state was voiced ("reportedly believe", "publicly doubted"), on
    the verb or on the predicate adjective it links ("were reportedly concerned about")."""
    adverbs = speech_adverbs()
    words_of_cue = {finite_verb(head), head}
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for w in words_of_cue for c in children(w))


def mental_reading(head: Token, content: Span | None) -> bool:
    """Whether a cue reports a mental state (rules 4 to 7 of the module docstring)."""
    word = lemma(head, known_cues())
    if word in speech_cues() or is_voiced(head):
        return False
    if word in mental_cues() or is_state_adjective(head):
        return True
    infinitive = takes_infinitive(head, content)
    if infinitive and word in intention_cues():
        return True
    if word in stance_cues() and not any(c.dep_ in ("ccomp", "xcomp") for c in children(head)):
        return True
    return infinitive and is_passive_or_adjectival(head)


def is_intended(head: Token) -> bool:
    """Whether the cue is the infinitive a mental state governs: "we want | to thank", "is set | to
    announce" report a speech act meant, not made (rule 3)."""
    governor = head.head
    return head.dep_ == "xcomp" and governor.i != head.i and mental_reading(governor, None)


def decide_act(attribution: Attribution, segment: Segment | None) -> Act:
    """The act of one attribution whose source type is resolved; `segment` is the parse holding its cue."""
    if attribution.kind == "no_comment":
        return "no_comment"
    if attribution.source_type == "document":
        return "document"
    if segment is None or attribution.kind == "direct":
        return "statement"  # a quotation is words someone said or wrote, whatever verb brings it
    head = cue_head(tokens_of(segment, attribution.cue.start, attribution.cue.end))
    if head is not None and (is_intended(head) or mental_reading(head, attribution.content)):
        return "mental"
    return "statement"


def assign_acts(
    attributions: Sequence[Attribution], segment_at: Callable[[int, int], Segment | None]
) -> list[Attribution]:
    """Every attribution with its act; `segment_at(start, end)` finds the parse holding a stretch."""
    return [replace(a, act=decide_act(a, segment_at(a.cue.start, a.cue.end))) for a in attributions]
