"""Nesting and clean-up: one relation per cue, contents cut at a sibling's clause, parents, the records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sourcetrace import data
from sourcetrace.extract.relation import Relation
from sourcetrace.extract.syntax import SETTING_OFF, TRIM, word_count
from sourcetrace.quotes import find_quotes, has_quote_mark, outside_quotes
from sourcetrace.types import Attribution, Kind, Span

#: Words that join a clause to the one before it, left dangling when a content is cut there.
_JOINERS = data.words("extract", "joiners")


#: ... and the word that joins how something was said to a phrase ("responded to her by saying ...").
_MANNER_JOINERS = data.words("extract", "manner_joiners")


#: Words that open a clause made the object of a preposition ("about what he sees as ...", "of how ...").
_CLAUSE_OPENERS = data.words("extract", "clause_openers")


#: Content types that are noun phrases, not clauses: they nest only the attribution they consist of.
_PHRASAL = {"dobj", "dobj_rest", "relative", "passive_subject", "passive_noun", "answer"}


def merge_duplicates(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per cue: a parse relation and a quote relation on the same cue merge."""
    by_cue: dict[tuple[int, int], Relation] = {}
    for relation in relations:
        kept = by_cue.get(relation.cue)
        if kept is None or (relation.kind == "direct" and kept.kind != "direct"):
            by_cue[relation.cue] = relation
        elif relation.kind == kept.kind == "direct":
            # the two halves of “A,” she said, “B.” found from either side
            halves = sorted(set(kept.content) | set(relation.content))
            by_cue[relation.cue] = replace(kept, content=tuple(halves))
    return sorted(by_cue.values(), key=lambda r: (r.cue[0], r.cue[1]))


def cut_absolute_clauses(text: str, relations: Sequence[Relation]) -> list[Relation]:
    """Content stops before a clause that carries its own attribution: "with X saying ...", ", according
    to X", the same speaker's ", saying ..." (sibling relations, not nested ones) and a coordinated clause
    with its own speaker (", and they say ...", ", while another says ..."). Not a transcript's turn: all of
    it is the speaker's, what they report in it nested ("So he would play at home and I remember ...")."""
    relations = list(relations)
    for i, inner in enumerate(relations):
        boundary = inner.absolute_with
        if inner.content_type == "according_to" and inner.source and inner.source[0] > inner.cue[0]:
            boundary = inner.cue[0]  # "..., according to X": X's words, not the outer speaker's
        own_clause = boundary is None and inner.clause_start is not None
        if own_clause:
            boundary = inner.clause_start
        for j, outer in enumerate(relations):
            if j == i or not outer.content or outer.kind not in {"indirect", "mixed"}:
                continue
            if outer.content_type == "turn":
                continue
            if own_clause and inner.cue[0] < outer.cue[0]:
                # "A and the city expects B, according to X": a speaker's clause before the outer cue is
                # inside what the outer attributes, not a sibling after it
                continue
            if boundary is None and (
                inner.source is None
                or inner.source != outer.source
                or not _follows_joint(text, inner.cue[0], _is_phrasal(outer.content_type))
            ):
                continue
            start, end = outer.content[-1]
            cut = _trim_joint(text, start, boundary if boundary is not None else inner.cue[0])
            if start < cut < end:
                content = (*outer.content[:-1], (start, cut))
                kind = _kind_after_cut(text, outer.kind, content)
                relations[j] = replace(outer, content=content, kind=kind)
    return relations


def _kind_after_cut(text: str, kind: Kind, content: Sequence[tuple[int, int]]) -> Kind:
    """The kind of a mixed or indirect content cut short: indirect when the quoted words were the sibling's
    and none is left, direct when only quoted words are left ('Roe said, "A", adding, "B"')."""
    if kind != "mixed" or not any(has_quote_mark(text[start:end]) for start, end in content):
        return "indirect"
    quotes = [quote for start, end in content for quote in find_quotes(text[:end], start)]
    outside = sum(word_count(piece) for piece in outside_quotes(text, content, quotes))
    return "mixed" if outside or not quotes else "direct"


def _follows_joint(text: str, start: int, after_phrase: bool) -> bool:
    """Whether the words at `start` follow a comma, a dash or a joining word (", saying ...", "and added
    ..."), or "by" after a phrase ("responded to the mother by saying ..."): a clause beside the one before,
    not inside it ("criticized Roe for opposing ...", "vowed to be tougher by focusing on ...")."""
    before = text[:start].rstrip()
    if before.endswith(" -") or before.rstrip("\"'”’)").endswith(tuple(SETTING_OFF)):
        return True  # a spaced hyphen stands for a dash; a comma may sit inside the quote it closes
    word = before[_word_start(before, 0, len(before)) :]
    return word in _JOINERS or (after_phrase and word in _MANNER_JOINERS)


def _trim_joint(text: str, start: int, cut: int) -> int:
    """`cut` moved back over the spaces, punctuation and joining word ("and", "while", "by") before it."""
    while cut > start:
        while cut > start and (text[cut - 1].isspace() or text[cut - 1] in TRIM):
            cut -= 1
        word_start = _word_start(text, start, cut)
        if word_start == cut or text[word_start:cut].lower() not in _JOINERS | _MANNER_JOINERS:
            break
        cut = word_start
    return cut


def _word_start(text: str, start: int, end: int) -> int:
    """Where the run of letters that ends at `end` begins (not before `start`)."""
    while end > start and text[end - 1].isalpha():
        end -= 1
    return end


def finish(text: str, relations: Iterable[Relation]) -> list[Attribution]:
    """Assign ids in text order and parents (the smallest enclosing content), and build the records.

    Only a clause or a quotation nests another attribution ("sources say the president said ..."); a
    noun-phrase content does not: in "invited Ms. Roe, who criticizes the plan, to testify" the relative
    clause is an attribution of its own, as PolNeAR annotates it. But the attribution that makes up the
    whole of such a content nests in it: a preposition's clausal object ("complained about what he sees as
    ...") or a noun phrase that is an attribution itself ("laid out her proposals to ..."), found by its
    source (or cue) opening the content, after at most a word that opens a clause ("what", "how")."""
    relations = sorted(relations, key=lambda r: (r.cue[0], r.cue[1]))
    bounds = [(r.content_start, r.content_end) for r in relations]
    parents: list[int | None] = [None] * len(relations)
    for index, relation in enumerate(relations):
        cue_start, cue_end = relation.cue
        enclosing = [
            (end - start, j)
            for j, (start, end) in enumerate(bounds)
            if start <= cue_start
            and cue_end <= end
            and j != index
            and relations[j].holds(cue_start, cue_end)
            and (
                relations[j].kind in {"direct", "mixed"}
                or _may_nest(relations[j].content_type)
                or _opens_content(text, relations[j], relation)
            )
        ]
        if enclosing:
            parents[index] = min(enclosing)[1]
    _break_cycles(parents)
    records = []
    for index, relation in enumerate(relations):
        parts = tuple(Span.of(text, s, e) for s, e in relation.content)
        records.append(
            Attribution(
                id=f"a{index + 1}",
                kind=relation.kind,
                cue=Span.of(text, *relation.cue),
                source=Span.of(text, *relation.source) if relation.source else None,
                content=Span.of(text, parts[0].start, parts[-1].end) if parts else None,
                content_parts=parts if len(parts) > 1 else (),
                parent=f"a{parent + 1}" if (parent := parents[index]) is not None else None,
            )
        )
    return records


def _is_phrasal(content_type: str) -> bool:
    return content_type in _PHRASAL or content_type.startswith("prep_")


def _may_nest(content_type: str) -> bool:
    """Whether a content of this type may hold another attribution: a clause, or a preposition's object and
    what follows it ("called on X to reject Y")."""
    return not _is_phrasal(content_type) or content_type == "prep_rest"


def _opens_content(text: str, outer: Relation, inner: Relation) -> bool:
    """Whether `inner` makes up `outer`'s content: its source (or its cue, when the source is not inside)
    stands at the content's start, or right after a word opening a clause ("what he calls ...")."""
    start = outer.content_start
    first = inner.source[0] if inner.source and outer.holds(*inner.source) else inner.cue[0]
    words = text[start:first].split()
    return not words or (len(words) == 1 and words[0].lower() in _CLAUSE_OPENERS)


def _break_cycles(parents: list[int | None]) -> None:
    """Unset the parent of a relation whose chain of parents leads back to itself."""
    for index in range(len(parents)):
        seen = {index}
        parent = parents[index]
        while parent is not None:
            if parent in seen:
                parents[index] = None
                break
            seen.add(parent)
            parent = parents[parent]
