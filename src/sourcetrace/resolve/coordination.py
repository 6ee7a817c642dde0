"""Coordinated sources: "the Ledger and NBC said", "Sens. Jo Fox (D-Mont.) and Ann Lee (R-La.) said", "A,
B and C all said" are one attribution with one actor named as the article joins them ("Ledger and NBC"),
each member kept in `Actor.members` with their own title.

A conjunct counts when it is named (a proper noun, or a noun a proper name qualifies: "the Obama
administration"); "Jo Fox and other parents" is one named and an unnamed group, not a coordination. The
joint actor has the first conjunct's type (the first named is the one the sentence is about).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve.mention import Mention
from sourcetrace.resolve.referent import Referent
from sourcetrace.types import Actor


def _named(token: Token) -> bool:
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < token.i for c in children(token)
    )


def _list_member(token: Token) -> bool:
    """An apposition that is a member of a list ("A, B and C": B is parsed as A's apposition, C as B's
    conjunct), not a party-and-state bracket or an apposition of role."""
    return token.pos_ == "PROPN" and any(c.dep_ == "conj" and _named(c) for c in children(token))


def conjuncts(mention: Mention) -> list[Token]:
    """The heads of the coordinated named sources of a mention, the core first; [] when there is one."""
    found = [mention.core]
    queue = [mention.core]
    while queue:
        token = queue.pop(0)
        for child in children(token):
            inside = mention.start <= mention.offset(child) < mention.end
            member = child.dep_ == "conj" or (child.dep_ == "appos" and _list_member(child))
            if inside and member and child.i > token.i:
                if not _named(child):
                    return []  # "Jo Fox and other parents"
                found.append(child)
                queue.append(child)
    return sorted(found, key=lambda t: t.i) if len(found) > 1 else []


def join_names(names: Sequence[str]) -> str:
    """Names as English joins them: "A and B", "A, B and C"."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def joint(referents: Sequence[Referent]) -> Referent | None:
    """One referent for coordinated sources, or None when fewer than two of them are named."""
    members: list[Actor] = []
    for referent in referents:
        if referent.actor is None or referent.source_type not in ("person", "organization"):
            return None
        if referent.actor.name not in (m.name for m in members):
            members.append(referent.actor)
    if len(members) < 2:
        return referents[0] if referents else None
    actor = Actor(join_names([m.name for m in members]), None, tuple(members))
    return Referent(referents[0].source_type, actor, plural=True)
