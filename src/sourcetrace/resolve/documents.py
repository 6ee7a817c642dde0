"""Who wrote or issued a document: the agent of "by"/"from", else the subject of a verb of writing or
issuing, else its owner or the name before it, else the nearest earlier document or institution source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import Mention, mention_of_token
from sourcetrace.resolve.organizations import (
    earlier_actors,
    earlier_memories,
    expand,
    strip_article,
    token_name,
)

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver

_NOT_AUTHORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def document_author(resolver: Resolver, mention: Mention, depth: int) -> str:
    """The author of a document mention, else the document phrase itself."""
    core = mention.core
    # the one named by "by" / "from" ("a letter from his doctor"), else the subject of "X signed an order"
    agents: list[Token | None] = [agent for agent in map(_agent_of, children(core)) if agent is not None]
    for agent in agents or [_author_subject(core)]:
        if agent is not None and depth < 2:
            agent_mention = mention_of_token(mention.segment, agent)
            referent = resolver.resolve_mention(agent_mention, [], depth + 1)
            if referent.actor:
                return referent.actor.name
            if agents:  # "Estimates by event organizers": the unnamed issuer as the article calls them
                return strip_article(agent_mention.text)
    owner = mention.possessor()
    if owner is not None and owner.pos_ in ("PROPN", "PRON"):
        name = token_name(resolver, owner)
        if name:
            return name
    if owner is not None and owner.pos_ == "NOUN" and depth < 2:  # "the judge's statement"
        referent = resolver.resolve_mention(mention_of_token(mention.segment, owner), [], depth + 1)
        if referent.actor:
            return referent.actor.name
    compounds = [t for t in mention.left if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_AUTHORS]
    if compounds:
        head = compounds[-1]
        if head.ent_type_ in ("ORG", "GPE"):
            return expand(resolver, strip_article(" ".join(t.text for t in compounds)))
        named = [t.text for t in compounds if not lexicon.is_title_word(t.text)][-2:]
        if named:  # not a title alone ("MS The results", a transcript's label run into the text)
            return resolver.names.full_name(named, mention.start)
    if mention.definite:
        # "The statement said": the issuer of the last document, else an institution of the recent sentences
        found = _recent_issuer(resolver, core.lemma_) or _recent_institution(resolver, mention.start)
        if found:
            return found
    tokens = [*mention.left, core]
    tokens = [
        t
        for t in tokens
        if t.dep_ not in ("det", "nummod", "quantmod")
        and not t.is_punct
        and t.text.lower() not in lexicon.words("vague_quantifiers")
    ]
    last = max(
        [core] + [t for c in children(core) if c.dep_ == "prep" and c.i > core.i for t in c.subtree],
        key=lambda t: t.i,
    )
    first = tokens[0] if tokens else core
    prefix = mention.hyphen_prefix()
    if prefix and first.i == core.i:
        first = prefix[0]  # "e-mail", not "mail" of a split word
    return mention.segment.text[first.idx : last.idx + len(last.text)]


def _recent_issuer(resolver: Resolver, noun: str) -> str | None:
    """The issuer of the nearest earlier document source of the kind `noun` names that has one: a document
    of another kind is another document ("a trade group's takedown notice ... The letter stressed": the
    letter answers the notice; `document_kinds.tsv`); a document named only by its own phrase ("reports",
    "the e-mail", "just a piece of clothing" of a misread "that's just a piece of ...") passes on no author;
    an issuer is named, so its first word is not in lower case ("eBay" and "3M" are names, "footage of
    Hillary Clinton" is not)."""
    kind = _document_kind(noun)
    for memory in earlier_memories(resolver, "document"):
        actor = memory.referent.actor
        assert actor is not None
        if kind and _document_kind(resolver.text[memory.start : memory.end]) not in (None, kind):
            continue
        words = actor.name.split()
        if not words or words[0].islower():
            continue
        last = words[-1].lower()
        if not (lexicon.is_document_noun(last) or lexicon.is_document_noun(last.removesuffix("s"))):
            return actor.name
    return None


def _document_kind(phrase: str) -> str | None:
    """The kind of document (`document_kinds.tsv`) the last document noun of a phrase names, in the singular
    or the plural ("takedown notices"), if listed."""
    kinds = lexicon.table("document_kinds")
    for word in reversed(re.findall(r"[\w-]+", phrase.lower())):
        for form in (word, word.removesuffix("s")):
            if lexicon.is_document_noun(form):
                found = kinds.get(form)
                return found[0] if found else None
    return None


#: Sentences back a definite document looks for the institution that issued it: "Ford said ... The reports
#: surprised analysts"; not an institution quoted paragraphs before ("according to the reports", after an
#: eyewitness's account, is not the police's).
_ISSUER_WINDOW = 3


def _recent_institution(resolver: Resolver, at: int) -> str | None:
    """The nearest earlier organisation source within `_ISSUER_WINDOW` sentences of `at`."""
    nearest = next(earlier_actors(resolver, "organization", at), None)
    if nearest is None:
        return None
    start, name = nearest
    near = resolver.names.sentence_index(at) - resolver.names.sentence_index(start) <= _ISSUER_WINDOW
    return name if near else None


def _author_subject(core: Token) -> Token | None:
    """The author of a document that is the object of a verb of writing or issuing: the verb's subject ("X
    signed an order that ...", "the ministry issued a statement saying ...", "the letter she wrote")."""
    verbs = [core.head] if core.dep_ == "dobj" else []
    verbs += [c for c in children(core) if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in lexicon.words("authoring_verbs"):
            continue
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children(verb)):
            verb = verb.head  # "drafted and signed a letter"
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i != core.i:
            return subject
    return None


def _agent_of(child: Token) -> Token | None:
    """The issuer of a document: "a video by the committee", "an ad from X's campaign", "published by X"."""
    if child.dep_ == "prep" and child.text.lower() in ("by", "from"):
        found = next((c for c in children(child) if c.dep_ == "pobj"), None)
        return None if found is None or found.ent_type_ in _NOT_AUTHORS else found  # "a poll from late May"
    if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in lexicon.words("authoring_verbs"):
        for grand in children(child):
            if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.text.lower() == "by"):
                return next((c for c in children(grand) if c.dep_ == "pobj"), None)
    return None
