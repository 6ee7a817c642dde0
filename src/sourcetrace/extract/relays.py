"""Relayed sources: "The agency, citing three sources, reported X" and "The paper, quoting a senior official,
said X": the party cited or quoted is the source of X, and the outlet that cites it relays it.

A fact-checker marks both (the Wikinews guidelines of ../shared/eval/wikinews): the outlet's report and the
cited party's claim, whose authority the report rests on. The parse hangs the participle from the reporting
verb (advcl) or from its subject (acl); the cited party is the participle's object. Only an object that names
a speaker counts (a name, or a noun of `data/extract/relayed_sources.txt`): "citing a threat to public
health" gives a reason, not a source, and is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.relation import Relation
from sourcetrace.extract.syntax import (
    SUBJECTS,
    VERBAL_POS,
    char_range,
    last_of_subtree,
    names_a_speaker,
    phrase_range,
)
from sourcetrace.parse import Segment, children

#: Participles that relay a party's words ("citing", "quoting").
RELAY_VERBS = frozenset({"cite", "quote"})
#: Head nouns of a party that speaks (see the module's docstring).
_SPEAKING_PARTIES = data.words("extract", "relayed_sources")
#: Entity types of a named party.
_NAMED_PARTIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def relayed_source(segment: Segment, sentence: SpacySpan, participle: Token) -> Relation | None:
    """The cited party's attribution of a relaying participle, or None when `participle` relays nothing."""
    if participle.lemma_ not in RELAY_VERBS or participle.tag_ != "VBG":
        return None
    party = next((c for c in children(participle) if c.dep_ == "dobj"), None)
    verb = _reporting_verb(participle)
    if party is None or verb is None or not names_a_speaker(party, _SPEAKING_PARTIES, _NAMED_PARTIES):
        return None
    clauses = [c for c in children(verb) if c.dep_ == "ccomp" and c.i > participle.right_edge.i]
    if not clauses or not sentence.start <= clauses[0].left_edge.i < sentence.end:
        return None
    content = char_range(segment, clauses[0].left_edge, last_of_subtree(clauses[-1]))
    source = phrase_range(segment, party)
    cue = char_range(segment, participle, participle)
    return Relation(cue, source, (content,), content_type="relay")


def _reporting_verb(participle: Token) -> Token | None:
    """The verb whose report the participle relays: its head ("The agency, citing X, reported"), or the verb
    of the subject it modifies ("The paper, quoting X, said")."""
    head = participle.head
    if participle.dep_ == "acl" and head.dep_ in SUBJECTS:
        head = head.head
    elif participle.dep_ != "advcl":
        return None
    return head if head.pos_ in VERBAL_POS and head != participle else None

