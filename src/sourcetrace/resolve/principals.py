"""Whom a spokesperson speaks for: the owner their title names ("Pelosi aide" -> Pelosi), else the
institution or person most recently a source."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import POSSESSIVE, Mention
from sourcetrace.resolve.organizations import expand, recent, token_name

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver


def principal(resolver: Resolver, name: str, mention: Mention | None) -> str | None:
    """Whom a named person speaks for, decided at their first mention."""
    if name not in resolver.principals:
        resolver.principals[name] = _find_principal(resolver, name, mention)
    return resolver.principals[name]


def unnamed_principal(resolver: Resolver, mention: Mention) -> str | None:
    """Whom an unnamed spokesperson speaks for: the owner of the noun ("a Clinton campaign spokesman")."""
    if mention.lemma in lexicon.words("spokesperson_nouns") or mention.lower in lexicon.words(
        "spokesperson_nouns"
    ):
        owner = mention.possessor() or next(iter(mention.compounds()), None)
        return token_name(resolver, owner) if owner is not None else None
    return None


def _find_principal(resolver: Resolver, name: str, mention: Mention | None) -> str | None:
    """Whom a spokesperson speaks for: the owner named in their title ("Pelosi aide" -> Pelosi), or the
    institution or person most recently a source when the title names none ("Spokeswoman Jane Doe")."""
    person = resolver.names.person(name)
    titles = list(person.titles) if person else []
    role, role_then_owner = _spokesperson_patterns()
    for title in titles:
        at = role.search(title)
        if at is None:
            continue
        after = role_then_owner.search(title)
        owner_text = after.group(1) if after else title[: at.start() if at else 0]
        owner_words = [POSSESSIVE.sub("", w) for w in owner_text.split() if w[:1].isupper()]
        if owner_words:
            return _principal_name(resolver, owner_words, (mention.start if mention else 0), owner_text)
        nouns = [POSSESSIVE.sub("", w).lower() for w in owner_text.split()]
        institution = next((n for n in nouns if lexicon.is_organization_noun(n)), None)
        if institution is not None:  # "the campaign's press secretary"
            found = recent(resolver, "organization", institution)
            if found:
                return found
        for memory in reversed(resolver.memory):
            actor = memory.referent.actor
            if memory.referent.source_type in ("organization", "person") and actor and actor.name != name:
                return actor.name
        return None
    return None


def _principal_name(resolver: Resolver, words: list[str], at: int, phrase: str) -> str:
    """The principal a title names: a person's full name or an institution's, "campaign" kept."""
    name = resolver.names.full_name(words, at) if len(words) <= 2 else " ".join(words)
    if " " not in name and name not in resolver.names.people:
        name = expand(resolver, name)
    if re.search(r"\bcampaign\b", phrase, re.I):
        return f"{name} campaign"
    return name


@cache
def _spokesperson_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A spokesperson noun, and one followed by its principal ("spokeswoman for X")."""
    nouns = sorted(lexicon.words("spokesperson_nouns"), key=len, reverse=True)
    role = rf"\b(?:{'|'.join(map(re.escape, nouns))})\b"
    return re.compile(role, re.I), re.compile(rf"{role}\s+(?:for|to|of)\s+(.+)$", re.I)
