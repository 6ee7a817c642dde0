"""What a pronoun source stands for (sieve 5): a relative pronoun its antecedent in the parse, "he"/"she"
the nearest compatible person, "they"/"it" the nearest earlier group, institution or document source, else
such a noun phrase of the parse; "someone", "several" are unnamed sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import Mention, mention_of_token
from sourcetrace.resolve.referent import Referent, is_speaker_label
from sourcetrace.resolve.salience import PRONOUN_WINDOW, nearest_person, unnamed_speaker
from sourcetrace.types import SourceType, Span

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver


def _negated_one(one: Token) -> bool:
    """Whether "one" is the head of "no one" (its determiner), however written ("no one at the agency",
    "No-one", whose source the parser cuts to "one")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(one)):
        return True
    doc = one.doc
    return one.i >= 2 and doc[one.i - 1].text == "-" and doc[one.i - 2].lower_ == "no"


def pronoun(resolver: Resolver, mention: Mention, skip: list[Span], depth: int) -> Referent:
    """What a pronoun mention refers to."""
    whole = " ".join(mention.text.lower().split())
    word = whole if whole in lexicon.table("pronouns") else mention.head.text.lower()
    if word == "one" and _negated_one(mention.head):
        word = "no one"  # "no one at the agency would say", "No-one would comment"
    gender, number, kind = lexicon.table("pronouns").get(word, ("-", "-", "other"))
    if kind == "relative" and depth < 2:
        noun = _relative_antecedent(mention.head)
        if noun is not None:
            return resolver.resolve_mention(mention_of_token(mention.segment, noun), skip, depth + 1)
    if gender in ("m", "f"):
        unnamed = unnamed_speaker(resolver, mention.start, gender)
        if unnamed is not None:
            return unnamed  # "A spokesperson for X said ... “...,” he said."
        name = nearest_person(resolver, mention.start, gender)
        if name is not None:
            return resolver.person(name, gender=gender)
        return Referent("person", None, gender=gender)
    if kind in ("indefinite", "negated"):
        # "nobody would say": none of a group spoke, and the group declined (extraction keeps a negated
        # source only for a declined comment); it is no single person
        single = number == "sg" and kind == "indefinite"
        kind_of: SourceType = "anonymous_individual" if single else "anonymous_group"
        return resolver.anonymous_source(mention, kind_of, skip)
    if word == "it" and _expletive(mention.head):
        return Referent("unknown")  # "after it became known that ...": no one knows, no source
    if word in ("they", "them", "their", "theirs", "it", "its", "one", "which", "that"):
        return _group_or_thing(resolver, mention, skip, depth, number == "pl")
    return Referent("unknown")


#: Verbs whose "it" subject is an expletive before a "that" clause ("it seems that ...").
_RAISING_VERBS = frozenset({"seem", "appear"})
#: Copulas an extraposing predicate follows ("it is clear", "it became known", "it remains unclear").
_COPULAS = frozenset({"be", "become", "remain"})


def _expletive(token: Token) -> bool:
    """Whether "it" is an expletive subject whose clause is extraposed: "it seems that ...", "after it became
    known that ...", "it is clear that ..." (the predicate from `extraposing_predicates`: "it was confident
    that ..." is a body's stance, and its "it" refers)."""
    if token.dep_ == "expl":
        return True
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head

    def clause(word: Token) -> bool:
        return any(c.dep_ in ("ccomp", "csubj") and c.i > token.i for c in children(word))

    if verb.lemma_.lower() in _RAISING_VERBS:
        return clause(verb)
    if verb.lemma_.lower() not in _COPULAS:
        return False
    listed = lexicon.words("extraposing_predicates")
    predicates = [
        c
        for c in children(verb)
        if c.dep_ in ("acomp", "attr", "oprd") and (c.lemma_.lower() in listed or c.lower_ in listed)
    ]
    return any(clause(verb) or clause(p) for p in predicates)


def _group_or_thing(
    resolver: Resolver, mention: Mention, skip: list[Span], depth: int, plural: bool
) -> Referent:
    """ "they" / "it": the nearest earlier group, institution or document source (coordinated persons for
    "they"), else such a noun phrase of the parse."""
    for memory in reversed(resolver.memory):
        if memory.start >= mention.start:
            continue
        sentences_back = resolver.names.sentence_index(mention.start) - resolver.names.sentence_index(
            memory.start
        )
        if sentences_back > PRONOUN_WINDOW:
            break
        referent = memory.referent
        if referent.source_type == "unknown" or is_speaker_label(resolver.text, memory.start, memory.end):
            continue  # "WN: ...?": the asking speaker's label is no antecedent of "they" in the answer
        if referent.source_type == "person" and not (plural and referent.actor and referent.actor.members):
            continue  # "they" may be coordinated persons, never one person
        if not plural and referent.source_type == "anonymous_group":
            continue
        if plural and referent.source_type == "anonymous_individual" and not referent.plural:
            continue  # "they" are many: "Engineers inspected it. They said ..." is not the official before
        if plural and referent.source_type == "document" and not referent.plural:
            continue  # nor one document: "'Our work shows ...,' Jo Fox said. They found ...": researchers
        return referent
    antecedent = _text_antecedent(resolver, mention, plural)
    if antecedent is not None and depth < 2:
        return resolver.resolve_mention(antecedent, skip, depth + 1)
    if plural:
        return resolver.anonymous_source(mention, "anonymous_group", skip)
    return Referent("organization", None)


def _text_antecedent(resolver: Resolver, mention: Mention, plural: bool) -> Mention | None:
    """Sieve 5b: when no earlier source fits, the nearest earlier noun phrase of the parse that does:
    a plural noun of people for "they", an institution, place or document for "it"."""
    limit = resolver.names.sentence_index(mention.start) - 2
    for segment in reversed(resolver.segments):
        if segment.start >= mention.start:
            continue
        for token in reversed(segment.doc):
            at = segment.start + token.idx
            if at >= mention.start:
                continue
            if resolver.names.sentence_index(at) < limit:
                return None
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "poss", "amod"):
                continue
            if resolver.inside_quote(at) or is_speaker_label(resolver.text, at, at + len(token.text)):
                continue
            if plural and token.tag_ in ("NNS", "NNPS") and not lexicon.is_document_noun(token.lemma_):
                return mention_of_token(segment, token)
            if (
                not plural
                and token.tag_ in ("NN", "NNP")
                and (
                    token.ent_type_ in ("ORG", "GPE")
                    or lexicon.is_organization_noun(token.lemma_)
                    or lexicon.is_document_noun(token.lemma_)
                )
            ):
                return mention_of_token(segment, token)
    return None


def _may_be_someone(noun: Token) -> bool:
    """Whether a noun may name who speaks (a relative pronoun's antecedent): a name, a plural, or a noun of a
    role, person (a kin noun: "a niece of X, who"), group, institution or document; not a thing or an event
    ("the home of Prime Minister X", "the request of officials", "good news from X Corp.")."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "PROPN"
        or noun.tag_ in ("NNS", "NNPS")
        or lexicon.is_role_noun(lemma)
        or lexicon.is_organization_noun(lemma)
        or lexicon.is_document_noun(lemma)
        or lexicon.gender_of_word(lemma) is not None
        or any(lemma in lexicon.words(name) for name in ("person_nouns", "group_nouns", "partitive_heads"))
    )


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Jo Fox, who ..." -> Fox. A predicate noun stands for its
    subject ("Fox is a lawyer who ..." -> Fox) and a bare object of "of/for" for the noun it completes
    ("the nominee for president, who ..." -> nominee) when that noun may stand for someone (`_may_be_someone`:
    "the request of White House officials, who argued" -> officials, not request)."""
    verb = token.head
    while verb.dep_ not in ("relcl", "acl") and verb.head.i != verb.i and verb.pos_ not in ("NOUN", "PROPN"):
        verb = verb.head
    noun: Token | None = None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        noun = verb.head
    else:
        for i in range(token.i - 1, token.sent.start - 1, -1):
            if token.doc[i].pos_ in ("NOUN", "PROPN"):
                noun = token.doc[i]
                break
    if noun is None:
        return None
    while (
        noun.dep_ == "pobj"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("det", "poss") for c in children(noun))
        and _may_be_someone(noun.head.head)
    ):
        noun = noun.head.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            noun = subject
    return noun
