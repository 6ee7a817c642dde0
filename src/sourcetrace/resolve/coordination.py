"""Coordinated sources: "the Ledger and NBC said", "Sens. Jo Fox (D-Mont.) and Ann Lee (R-La.) said", "A,
B and C all said" are one attribution with one actor named as the article joins them ("Ledger and NBC"),
each member kept in `Actor.members` with their own title.

A conjunct counts when it is named (a proper noun, or a noun a proper name qualifies: "the Obama
administration"); "Jo Fox and other parents" is one named and an unnamed group, not a coordination. The
joint actor has the first conjunct's type (the first named is the one the sentence is about).

Inside an institution's "of/for" phrase, "and" joins two institutions only when the words after it name one of
their own (`own_institution`: "The Center for Biological Diversity and Center for Food Safety", each member
named by its own phrase); otherwise they are the rest of one name's complement, wherever the parser hung them
("The High Court of England and Wales", "the Department of Health and Human Services").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import Mention, make_mention, mention_of_token
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
    in_name = complement_words(token)  # "the Islamic State of Iraq and the Levant" is one name
    return token.pos_ == "PROPN" and any(
        c.dep_ == "conj" and _named(c) and c not in in_name for c in children(token)
    )


def institution_tail(token: Token) -> Token | None:
    """The "of" or "for" right after an institution noun, which opens the complement of its name ("Ministry
    of ...", "Center for ...")."""
    if not lexicon.is_organization_noun(token.lower_):
        return None
    for prep in children(token):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == token.i + 1:
            return prep
    return None


def _entity_start(token: Token) -> int:
    """Where the recogniser's entity holding a token begins."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def own_institution(conjunct: Token, institution: Token) -> bool:
    """Whether a conjunct after an institution's name names another institution, not the rest of the name's
    complement: an organisation the recogniser tells apart ("the Bank of Canada and NBC"), or an institution
    noun that repeats the first one's ("Center for Biological Diversity and Center for Food Safety"), has its
    own article ("... and the Chess Club") or its own "of/for" phrase. "England and Wales", "Volcanology
    and Seismology", "Health and Human Services" (one entity, no article of their own) are a complement's
    words."""
    if conjunct.ent_type_ == "ORG" and (
        institution.ent_type_ != "ORG" or _entity_start(conjunct) != _entity_start(institution)
    ):
        return True
    if not lexicon.is_organization_noun(conjunct.lower_):
        return False
    own = any(c.dep_ == "det" for c in children(conjunct)) or institution_tail(conjunct) is not None
    return own or conjunct.lower_ == institution.lower_


def complement_words(token: Token) -> list[Token]:
    """The conjuncts the parser hung on an institution noun that are words of its name's complement (each
    with its phrase), right after its "of/for" phrase: "Wales" in "The High Court of England and Wales"."""
    tail = institution_tail(token)
    if tail is None:
        return []
    words: list[Token] = []
    end = max(t.i for t in tail.subtree)
    for child in children(token):
        if child.dep_ != "conj" or child.i < token.i or own_institution(child, token):
            continue
        gap = token.doc[end + 1 : child.left_edge.i]
        if not all(t.dep_ == "cc" or t.text == "," for t in gap):
            break  # a list's next name ("the Bank of Canada, the Bank of England, ..., the Federal Reserve")
        words.extend(child.subtree)
        end = max(t.i for t in child.subtree)
    return words


def _tail_members(token: Token) -> list[Token]:
    """Institutions of their own that the parser hung inside an institution's "of/for" phrase: the second
    "Center" of "The Center for Biological Diversity and Center for Food Safety"."""
    tail = institution_tail(token)
    if tail is None:
        return []
    return [t for t in tail.subtree if t.dep_ == "conj" and t.i > tail.i and own_institution(t, token)]


def conjuncts(mention: Mention) -> list[Token]:
    """The heads of the coordinated named sources of a mention, the core first; [] when there is one."""
    found = [mention.core]
    queue = [mention.core]
    while queue:
        token = queue.pop(0)
        in_name = {t.i for t in complement_words(token)}
        for child in [*children(token), *_tail_members(token)]:
            inside = mention.start <= mention.offset(child) < mention.end
            member = child.dep_ == "conj" or (child.dep_ == "appos" and _list_member(child))
            if inside and member and child.i > token.i and child.i not in in_name and child not in found:
                if not _named(child):
                    return []  # "Jo Fox and other parents"
                found.append(child)
                queue.append(child)
    return sorted(found, key=lambda t: t.i) if len(found) > 1 else []


def member_mention(mention: Mention, head: Token, heads: Sequence[Token]) -> Mention:
    """The mention of one member of a coordination (or of a name in apposition): the words before its head,
    and for an institution its "of/for" phrase up to the next member ("The Center for Biological Diversity" |
    "and Center for Food Safety"; "the Islamic State of Iraq and the Levant"), never past the whole
    mention."""
    base = mention_of_token(mention.segment, head)
    tail = institution_tail(head)
    if tail is None:
        return base
    later = {t.i for h in heads if h.i > head.i for t in h.subtree}
    words = []
    for token in sorted([*tail.subtree, *complement_words(head)], key=lambda t: t.i):
        if token.i in later or mention.offset(token) >= mention.end:
            break
        words.append(token)
    while words and (words[-1].dep_ == "cc" or words[-1].is_punct):
        words.pop()
    if len(words) < 2:
        return base
    last = words[-1]
    end = mention.offset(last) + len(last.text)
    text = mention.segment.text[base.start - mention.segment.start : end - mention.segment.start]
    return make_mention(mention.segment, base.start, end, text, head=head) or base


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
