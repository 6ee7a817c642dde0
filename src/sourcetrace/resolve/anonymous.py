"""What the reporter tells about an unnamed source: how many, on which side, and why they are credible.

- count: the number the phrase states ("three sources" -> 3, "two of the sources" -> 2); a single unnamed
  person counts 1; an open size ("sources", "more than 20", "several") gives None.
- affiliation: a nationality or party adjective ("a senior European diplomat" -> "European"), a party noun
  ("Republicans"), a named owner ("Clinton aides") or an institution after "at/of/from/on"; the owner of a
  noun of opposition ("his critics", "rivals of X") is whom they oppose, no affiliation.
- justification: the reporter's stated reason or credential, from the phrase's own modifiers ("who has
  worked with ...", "familiar with ..."), from a clause elsewhere in the sentence that a cue pattern opens
  ("Based on their knowledge of ..., two of the sources said"), or from a nearby sentence telling whom the
  reporter interviewed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import Mention
from sourcetrace.resolve.names import NameBook
from sourcetrace.types import Anonymity, Span

_CLAUSE_END = re.compile(r"[,;:.!?”\"]|\s(?:said|says|told|say)\b")
_AFFILIATION_PREPS = frozenset({"at", "of", "from", "on", "in", "within", "inside", "with"})
#: Prepositions whose object is whom a noun of opposition opposes ("critics of the plan").
_TARGET_PREPS = frozenset({"of", "on"})


def count(mention: Mention, individual: bool) -> int | None:
    if individual:
        return 1
    if mention.vague():
        return None
    value = mention.count_word()
    return value if value is not None and value > 1 else None


def affiliation(mention: Mention, name_of: Callable[[Token], str | None]) -> str | None:
    """The side an unnamed source belongs to; `name_of` names a proper-noun token (an owner)."""
    parties = lexicon.table("party_words")
    appositions = [c for t in (mention.head, mention.core) for c in children(t) if c.dep_ == "appos"]
    for token in [*mention.left, *(t for a in appositions for t in a.lefts)]:
        if token.text in parties:
            return parties[token.text][0]
        if lexicon.is_title_word(token.text):
            continue
        if token.ent_type_ == "NORP" or (
            token.pos_ == "ADJ" and token.text[:1].isupper() and not token.is_sent_start
        ):
            return token.text
    if mention.core.text in parties:
        return parties[mention.core.text][0]
    # "his critics", "Bolsonaro opponents", "rivals of X": the owner is whom they oppose, not their side
    against = mention.core.lemma_.lower() in lexicon.words("opposition_nouns")
    owner = mention.possessor()
    if owner is not None and owner.pos_ in ("PROPN", "PRON") and not against:
        return name_of(owner)
    compounds = [t for t in mention.left if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod")]
    if compounds and not against:
        return name_of(compounds[-1])
    for child in children(mention.core):
        if against and child.text.lower() in _TARGET_PREPS:
            continue
        if child.dep_ == "prep" and child.text.lower() in _AFFILIATION_PREPS:
            for obj in children(child):
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    return name_of(obj)
    return None


def _clause_from(text: str, start: int, limit: int) -> str:
    match = _CLAUSE_END.search(text, start, limit)
    end = match.start() if match else limit
    return text[start:end].strip()


def _own_modifiers(mention: Mention, contents: list[Span]) -> str | None:
    """Modifiers after the phrase's head that state a credential: a relative clause or adjective phrase a
    justification cue opens ("familiar with the matter"), or whose verb says how the source knows ("who
    attended the meeting"); never one that overlaps an attribution's content."""
    candidates: list[Token] = []
    for token in mention.modifiers_right():
        if token.dep_ == "appos":
            candidates.extend(c for c in children(token) if c.i > token.i)
        else:
            candidates.append(token)
    parts: list[str] = []
    for token in candidates:
        if token.dep_ not in ("relcl", "acl", "amod") and not _is_credential_prep(token):
            continue
        start = mention.offset(token.left_edge)
        end = mention.offset(token.right_edge) + len(token.right_edge.text)
        inside = mention.start <= start and end <= mention.end
        if not inside and any(s.start < end and start < s.end for s in contents):
            continue
        phrase = _subtree_text(token, mention)
        cued = any(p.match(phrase) for p in lexicon.patterns("justification_cues"))
        credential = token.dep_ in ("relcl", "acl") and token.lemma_.lower() in lexicon.words(
            "credential_verbs"
        )
        if len(phrase.split()) >= 2 and (cued or credential or _is_credential_prep(token)):
            parts.append(phrase)
    return "; ".join(parts) or None


def _is_credential_prep(token: Token) -> bool:
    if token.dep_ != "prep" or token.text.lower() != "with":
        return False
    return any(c.lemma_.lower() in ("knowledge", "access", "ties", "link") for c in children(token))


def _subtree_text(token: Token, mention: Mention) -> str:
    tokens = list(token.subtree)
    while tokens and (tokens[0].is_punct or tokens[0].text.lower() in ("and", "but")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return ""
    return mention.segment.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _cued_clause(text: str, sentence: tuple[int, int], skip: list[Span]) -> str | None:
    """A clause of the sentence opened by a justification cue, outside the attribution's content."""
    start, end = sentence
    skip = [s for s in skip if s.start < end and start < s.end]  # once, not for every match of every cue
    for pattern in lexicon.patterns("justification_cues"):
        for match in pattern.finditer(text, start, end):
            if any(s.start <= match.start() < s.end for s in skip):
                continue
            clause = _clause_from(text, match.start(), end)
            if len(clause.split()) >= 3:
                return clause
    return None


def _interview_sentence(text: str, names: NameBook, at: int, skip: list[Span]) -> str | None:
    """A nearby sentence where the reporter says whom it interviewed: the credential of a group of sources."""
    index = names.sentence_index(at)
    for i in (index, index + 1, index + 2, index - 1):
        if not 0 <= i < len(names.sentences):
            continue
        start, end = names.sentences[i]
        sentence = text[start:end]
        if any(s.start <= start < s.end for s in skip) or any(q in sentence for q in '“”"'):
            continue
        if any(p.search(sentence) for p in lexicon.patterns("interview_cues")):
            return sentence.strip().rstrip(".")
    return None


def justification(
    mention: Mention, text: str, names: NameBook, skip: list[Span], contents: list[Span]
) -> str | None:
    found = _own_modifiers(mention, contents)
    if found:
        return found
    found = _cued_clause(text, names.sentence_of(mention.start), skip)
    if found:
        return found
    if mention.plural:
        return _interview_sentence(text, names, mention.start, skip)
    return None


def anonymity(
    mention: Mention,
    individual: bool,
    text: str,
    names: NameBook,
    skip: list[Span],
    name_of: Callable[[Token], str | None],
    contents: list[Span] | None = None,
) -> Anonymity:
    """Count, affiliation and justification of an unnamed source."""
    return Anonymity(
        count=count(mention, individual),
        affiliation=affiliation(mention, name_of),
        justification=justification(mention, text, names, skip, contents or []),
    )
