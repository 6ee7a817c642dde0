"""Whom a spokesperson speaks for (`on_behalf_of`): the principal their title or phrase names, by the fullest
name the article gives it.

- a named spokesperson: the owner their title names, after the role ("spokesman for the Indonesian military"
  -> Indonesian military) or before it ("Pelosi aide" -> Nancy Pelosi, "State Department Spokesperson" -> US
  State Department, "Police press officer" -> Police), else the institution or person most recently a source
  ("Spokeswoman Jane Doe");
- an unnamed one: the owner in the phrase ("a United Airlines spokesperson", "a spokesperson for the
  Employers' Association", "her lawyers at Kaufman Legal Group").

An owner is completed to the fullest name of an organisation the article gives that holds it: a source
resolved earlier, or an organisation the parser found ("Houthi" -> Houthi movement).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import POSSESSIVE, Mention
from sourcetrace.resolve.organizations import expand, strip_article, token_name

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver

#: Prepositions that introduce a spokesperson's principal: "spokesman for X", "lawyers at X".
_OWNER_PREPS = frozenset({"for", "of", "to", "at", "from", "with"})


def principal(resolver: Resolver, name: str, mention: Mention | None) -> str | None:
    """Whom a named person speaks for, decided at their first mention."""
    if name not in resolver.principals:
        resolver.principals[name] = _find_principal(resolver, name, mention)
    return resolver.principals[name]


def is_spokesperson(mention: Mention) -> bool:
    nouns = lexicon.words("spokesperson_nouns")
    return mention.lemma in nouns or mention.lower in nouns


def unnamed_principal(resolver: Resolver, mention: Mention) -> str | None:
    """Whom an unnamed spokesperson speaks for: the owner of the noun ("a Clinton campaign spokesman", "a
    United Airlines spokesperson"), or the institution after it ("a spokesperson for the Employers'
    Association", "her lawyers at Kaufman Legal Group")."""
    if not is_spokesperson(mention):
        return None
    core = mention.core
    owner = mention.possessor()
    if owner is None or owner.pos_ != "PROPN":
        owner = next((t for t in mention.compounds() if t.head.i == core.i), owner)
    if owner is not None and owner.pos_ == "PROPN":
        name = token_name(resolver, owner)  # "Clinton aides": a person stays a person
        return name if not name or name in resolver.names.people else _fullest(resolver, name)
    for prep in children(core):
        if prep.dep_ != "prep" or prep.text.lower() not in _OWNER_PREPS or prep.i < core.i:
            continue
        for noun in children(prep):
            found = _institution(resolver, noun, mention) if noun.dep_ == "pobj" else None
            if found:
                return found  # "her lawyers at Kaufman Legal Group"
    if owner is not None and owner.pos_ == "PRON":
        return token_name(resolver, owner)  # "his operatives"
    return None


#: An actor that is a person's office: "Recep Tayyip Erdogan's office", "the Mayor's press office".
_OFFICE = re.compile(r"^(?P<owner>.+?)['’]s? (?:press )?office$")


def office_holder(resolver: Resolver, actor_name: str) -> str | None:
    """Whom a person's office speaks for (a statement "released by Erdogan's office" is on his behalf):
    the person, when the article names them in full."""
    match = _OFFICE.match(actor_name)
    if match is None or resolver.names.person(match.group("owner")) is None:
        return None
    return match.group("owner")


def _institution(resolver: Resolver, noun: Token, mention: Mention) -> str | None:
    """The institution a noun after a spokesperson names: a proper name as the article writes it, or the
    nearest earlier institution of that kind ("a spokesman for the company"), else the noun phrase when a
    capitalised word describes it ("the Tarvian foreign ministry")."""
    tokens = [t for t in noun.subtree if t.i <= noun.i]
    while len(tokens) > 1 and (tokens[0].dep_ == "det" or tokens[0].pos_ == "PRON"):
        tokens.pop(0)
    phrase = mention.segment.text[tokens[0].idx : noun.idx + len(noun.text)]
    if noun.pos_ == "PROPN":
        return _fullest(resolver, strip_article(phrase))
    if lexicon.is_organization_noun(noun.lemma_):
        found = _recent_holding(resolver, noun.lemma_.lower())
        # none before: an institution described by its country or owner is named as written ("a spokesman
        # for the Tarvian foreign ministry"; a spokesman "to" an agency spoke to it)
        named = any(t.text[:1].isupper() for t in tokens[:-1]) and noun.head.lower_ != "to"
        return found or (strip_article(phrase) if named else None)
    return None


def _find_principal(resolver: Resolver, name: str, mention: Mention | None) -> str | None:
    """Whom a spokesperson speaks for: the owner named in their title, or the institution or person most
    recently a source when the title names none ("Spokeswoman Jane Doe")."""
    person = resolver.names.person(name)
    titles = list(person.titles) if person else []
    role, role_then_owner = _spokesperson_patterns()
    for title in titles:
        at = role.search(title)
        if at is None:
            continue
        after = role_then_owner.search(title)
        if after:  # "spokesman for the Indonesian military": the phrase names it
            owner = strip_article(re.split(r",|\band\b", after.group(1))[0])
            found = _owner_name(resolver, owner, mention, explicit=True)
        else:
            found = _owner_name(resolver, _without_modifiers(title[: at.start()]), mention, explicit=False)
        if found:
            return found
        for memory in reversed(resolver.memory):
            actor = memory.referent.actor
            if memory.referent.source_type in ("organization", "person") and actor and actor.name != name:
                return actor.name
        return None
    return None


def _without_modifiers(owner: str) -> str:
    """An owner before a role without the words that qualify the role ("Police press" -> Police)."""
    words = [POSSESSIVE.sub("", w) for w in strip_article(owner).split()]
    while words and (
        words[-1].lower() in lexicon.words("title_modifiers") and not lexicon.is_organization_noun(words[-1])
    ):
        words.pop()
    return " ".join(words)


def _owner_name(resolver: Resolver, owner: str, mention: Mention | None, explicit: bool) -> str | None:
    """The principal an owner phrase of a title names: a person's full name, else the fullest organisation
    name the article gives that holds it, else the phrase itself when it names an institution."""
    if not owner:
        return None
    capitals = [POSSESSIVE.sub("", w) for w in owner.split() if w[:1].isupper()]
    at = mention.start if mention else 0
    if capitals:
        person = resolver.names.full_name(capitals, at)
        if " " in person and person in resolver.names.people:
            return f"{person} campaign" if re.search(r"\bcampaign\b", owner, re.I) else person
    if explicit:
        return _fullest(resolver, owner)
    fuller = _fullest(resolver, owner, strict=True)
    if fuller:
        return fuller
    if capitals:
        name = " ".join(capitals)
        name = _fullest(resolver, name, strict=True) or expand(resolver, name)
        return f"{name} campaign" if re.search(r"\bcampaign\b", owner, re.I) else name
    nouns = [w.lower() for w in owner.split()]
    institution = next((n for n in reversed(nouns) if lexicon.is_organization_noun(n)), None)
    if institution is None:
        return None
    return _recent_holding(resolver, institution) or owner  # "fire service"


def _recent_holding(resolver: Resolver, noun: str) -> str | None:
    """The nearest earlier organisation source whose name holds the noun ("the campaign" -> X campaign)."""
    for memory in reversed(resolver.memory):
        actor = memory.referent.actor
        named = actor is not None and re.search(rf"\b{re.escape(noun)}\b", actor.name, re.IGNORECASE)
        if memory.referent.source_type == "organization" and actor and named:
            return actor.name
    return None


def _fullest(resolver: Resolver, owner: str, strict: bool = False) -> str | None:
    """The fullest name of an organisation the article gives that holds `owner` as whole words: an earlier
    source, else an organisation the parser found ("State Department" -> US State Department). Without
    `strict`, the owner itself (acronyms spelt out) when none does."""
    pattern = re.compile(rf"(?<!\w){re.escape(owner)}(?!\w)", re.IGNORECASE)
    names = [m.referent.actor.name for m in reversed(resolver.memory) if m.referent.actor]
    names += [
        strip_article(POSSESSIVE.sub("", e.text))
        for s in resolver.segments
        for e in s.doc.ents
        if e.label_ == "ORG"
    ]
    fuller = [n for n in names if pattern.search(n) and len(n) > len(owner) and " and " not in n]
    if fuller:
        return fuller[0]
    return None if strict else expand(resolver, owner)


@cache
def _spokesperson_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A spokesperson noun, and one followed by its principal ("spokeswoman for X")."""
    nouns = sorted(lexicon.words("spokesperson_nouns"), key=len, reverse=True)
    role = rf"\b(?:{'|'.join(map(re.escape, nouns))})\b"
    return re.compile(role, re.I), re.compile(rf"{role}\s+(?:for|to|of)\s+(.+)$", re.I)
