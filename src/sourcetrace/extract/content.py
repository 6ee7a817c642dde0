"""Content readings after the cue: complement clauses, infinitives, objects, prepositions, answers."""

from __future__ import annotations

import itertools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace.extract.content_around import (
    fragment_before,
    is_postposed,
    parenthetical_content,
    passive_subject_content,
    preposed_content,
    raising_clause,
    relative_content,
)
from sourcetrace.extract.relation import TokenRange
from sourcetrace.extract.syntax import (
    SUBJECTS,
    asked_object,
    clause_marks,
    core_edges,
    cue_first,
    cue_last,
    has_agent,
    is_infinitive,
    prepositional_object,
    trimmed,
)
from sourcetrace.parse import children, span_text
from sourcetrace.quotes import (
    has_quote_mark,
)

#: Dependents after which a cue's prepositional content does not run on (another clause, another act).
_REST_STOPS = {"conj", "cc", "punct", "parataxis", "advcl"}


#: One-word answers that stand for what was said ("said yes", "said so").
_ANSWERS = {"yes", "no", "so"}


#: Conjunctions of a condition or reason that belongs to what was said ("no deal can happen, unless ...",
#: "he enjoys it, in part, because ..."); PolNeAR train includes 13 of 14 "because" clauses hung from the cue.
_CONDITIONS = {"unless", "if", "until", "once", "because"}


ContentOption = tuple[list[TokenRange], str, "Token | None"]


def content_options(sentence: SpacySpan, cue: Token) -> list[ContentOption]:
    """The contents the parse offers for a cue: token ranges, how they were found, and the last cue token
    when the cue takes a preposition ("called for", "apologized for")."""
    options: list[ContentOption] = []

    def add(first: int, last: int, content_type: str, cue_end: Token | None = None) -> None:
        if first < cue.i <= last:
            # the content's subtree reaches back past the cue ("which the minister said would create
            # jobs"): the parts on either side of the cue and its subject
            stop = min([cue_first(cue).i, *(c.left_edge.i for c in cue.lefts if c.dep_ in SUBJECTS)])
            parts = [trimmed(sentence, first, stop - 1), trimmed(sentence, cue_last(cue).i + 1, last)]
            kept = [part for part in parts if part is not None]
            if kept:
                options.append((kept, content_type, cue_end))
            return
        span = trimmed(sentence, first, last)
        if span is not None:
            options.append(([span], content_type, cue_end))

    def add_with_tail(first: int, last: int) -> None:
        # "Ms. Malik had two interviews, federal officials said, the first by a consular officer": a clause
        # before the cue and what follows the cue's own words after a comma (PolNeAR's content often runs
        # on to the end of the sentence); not around quotations, whose words end at their closing marks
        tail = _tail_after_cue(sentence, cue)
        before = trimmed(sentence, first, last)
        if tail is None or before is None or has_quote_mark(span_text(sentence)):
            return
        if not any(parts == [before, tail] for parts, _, _ in options):
            options.append(([before, tail], "clause_before_rest", None))

    complements = [c for c in children(cue) if c.dep_ == "ccomp"]
    if not complements:
        complements = _clauses_after_setting(cue) or _question_clauses(cue)
    if complements:
        # "said X was of the view that Y": the parser may hang several clauses off the cue; take them all,
        # on the side of the cue where the first one is
        after = [c for c in complements if c.i > cue.i]
        chosen = after or complements
        last = max(c.right_edge.i for c in chosen)
        if after:
            # "said X, and there was Y": a coordinated clause with its own subject continues the content
            # (one without a subject is the speaker's next action: "said X and left")
            for conj in (c for c in children(cue) if c.dep_ == "conj" and c.i > last):
                if any(g.dep_ in SUBJECTS or g.dep_ == "expl" for g in children(conj)):
                    last = max(last, conj.right_edge.i)
            # "predicted no deal could happen, unless X": a subordinate clause the parser hung from the cue
            # after the content is still part of what was said
            for subordinate in (c for c in children(cue) if c.i > last):
                marked = subordinate.dep_ == "advcl" and bool(clause_marks(subordinate) & _CONDITIONS)
                # "because" the parser takes for a preposition ("because of the cost", "because it ...")
                if marked or (subordinate.dep_ == "prep" and subordinate.lower_ in _CONDITIONS):
                    last = max(last, subordinate.right_edge.i)
        add(min(c.left_edge.i for c in chosen), last, "ccomp" if after else "ccomp_before")
        if not after:
            add_with_tail(min(c.left_edge.i for c in chosen), last)
    if is_postposed(sentence, cue):
        add(cue.head.left_edge.i, core_edges(cue)[0] - 1, "postposed")
        add_with_tail(cue.head.left_edge.i, core_edges(cue)[0] - 1)
    parenthetical = parenthetical_content(sentence, cue) or preposed_content(sentence, cue)
    if parenthetical:
        options.append((parenthetical, "parenthetical", None))
    for complement in (c for c in children(cue) if c.dep_ == "xcomp" and c.i > cue.i):
        # an infinitive ("vowed to fight") or a gerund ("recalled sitting in on focus groups", "proposed
        # cutting taxes"); "began talking" and the like are left to the classifier. After a preposition
        # with its object ("called on the mayor to apologize") the infinitive is the object's to do: the
        # reading is the preposition's, with the object and the infinitive together (below)
        if asked_object(cue, complement) is not None:
            continue
        if is_infinitive(complement) or complement.tag_ == "VBG":
            add(complement.left_edge.i, complement.right_edge.i, "xcomp")
    # ROOT cue after a sentence-initial content clause the parser left unattached ("It is over, she said")
    if cue.dep_ == "ROOT" and any(c.dep_ in SUBJECTS and c.i < cue.i for c in children(cue)):
        clause = [c for c in children(cue) if c.i < cue.i and c.dep_ in {"ccomp", "parataxis"}]
        if clause:
            add(clause[0].left_edge.i, clause[-1].right_edge.i, "root_clause")
            add_with_tail(clause[0].left_edge.i, clause[-1].right_edge.i)
        else:
            fragment = fragment_before(sentence, cue)
            if fragment is not None:
                add(sentence.start, fragment, "root_clause")
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and has_agent(cue) and cue.head.i < cue.i:
        # "the bill, opposed by House Republicans, ...", "a sentiment endorsed by the crowd": the agent holds
        # the noun phrase the participle modifies
        add(cue.head.left_edge.i, cue.i - 1, "passive_noun")
    raising = raising_clause(sentence, cue)
    if raising is not None:
        options.append((raising, "raising", None))
    relative = relative_content(sentence, cue)
    if relative is not None:
        options.append((relative, "relative", None))
    passive_subject = passive_subject_content(sentence, cue)
    if passive_subject is not None:
        options.append((passive_subject, "passive_subject", None))
    predicates = [c for c in children(cue) if c.dep_ == "oprd" and c.i > cue.i]
    if predicates and not any(c.dep_ == "dobj" and c.i > cue.i for c in children(cue)):
        # "called the statements “childish”", "calling him a “fascist demagogue”": the parser may hang the
        # object under its predicate; the object and the predicate are read together (and a relative object
        # before the cue leaves the predicate: "Rubio, who he dubbed “the little senator”")
        add(min(c.left_edge.i for c in predicates), predicates[-1].right_edge.i, "dobj_rest")
    objects = [c for c in children(cue) if c.dep_ == "dobj" and c.i > cue.i]
    if objects:
        add(objects[0].left_edge.i, objects[0].right_edge.i, "dobj")
        # "framed the shooting as a moment when ...": the object and what follows it -- unless a question
        # after the object is what was asked, and the object who was asked ("asked the host if ..."); the
        # object of "told reporters that ..." keeps this reading (dropping it too cost 0.002 CV F1)
        questioned = any(c.i > objects[0].i and c.dep_ == "advcl" for c in complements)
        if cue.right_edge.i > objects[0].right_edge.i + 1 and not questioned:
            add(objects[0].left_edge.i, cue.right_edge.i, "dobj_rest")
    for child in children(cue):
        pobject = prepositional_object(child) if child.dep_ == "prep" and child.i > cue.i else None
        if pobject is None:
            continue
        # a preposition right after the verb, or after its particle or adverb, makes a phrasal cue ("called
        # for", "spoke out against"); not one after its object ("asked Trump on Wednesday")
        between = cue.doc[cue.i + 1 : child.i]
        phrasal = child.i <= cue.i + 2 and all(t.dep_ in {"prt", "advmod", "neg"} for t in between)
        cue_end = child if phrasal else None
        add(pobject.left_edge.i, pobject.right_edge.i, f"prep_{child.lower_}", cue_end)
        # "called for the ban in December after the shooting": the object and what follows it, up to the
        # next clause or act
        following = (c for c in cue.rights if c.i > child.i)
        rest = [c.right_edge.i for c in itertools.takewhile(lambda c: c.dep_ not in _REST_STOPS, following)]
        if cue_end is not None and rest and max(rest) > pobject.right_edge.i + 1:
            add(pobject.left_edge.i, max(rest), "prep_rest", cue_end)
    answer = _answer(cue)
    if answer is not None:
        add(answer.left_edge.i, answer.right_edge.i, "answer")
    for infinitive in (c for c in children(cue) if c.dep_ == "advcl" and c.i > cue.i):
        # "called for all candidates to lay out their plans": the parser reads "for" as the mark of an
        # infinitive clause with its own subject; the cue takes the "for", the content the rest (a clause,
        # which holds "to lay out" as a nested attribution)
        mark = infinitive.left_edge
        between = cue.doc[cue.i + 1 : mark.i]
        if (
            mark.dep_ == "mark"
            and mark.lower_ == "for"
            and is_infinitive(infinitive)
            and all(t.dep_ in {"prt", "advmod", "neg"} for t in between)
        ):
            add(mark.i + 1, infinitive.right_edge.i, "for_clause", mark)
    return options


def _answer(cue: Token) -> Token | None:
    """ "the candidate said no", "75 percent said yes", "three-quarters said the same of X", "he said
    so": a one-word answer right after the verb is what was said (the parser takes it for an interjection
    or an adverb, not a complement)."""
    if cue.i + 1 >= len(cue.doc):
        return None
    following = cue.nbor()
    if following.head != cue and not (following.lower_ == "the" and following.head.head == cue):
        return None
    if following.lower_ in _ANSWERS:
        return following
    if following.lower_ == "the" and following.head.lower_ == "same":
        return following.head
    return None


def _tail_after_cue(sentence: SpacySpan, cue: Token) -> TokenRange | None:
    """What follows a cue (and a subject after it) past a comma, to the end of the sentence, when only the
    cue's own modifiers stand before that comma ("said on Thursday, ...")."""
    doc = sentence.doc
    inverted = [c.right_edge.i for c in children(cue) if c.i > cue.i and c.dep_ in SUBJECTS | {"dobj"}]
    at = max([cue_last(cue).i, *inverted]) + 1
    while at < sentence.end and doc[at].text != ",":
        if doc[at].is_punct or doc[at].is_space or cue not in doc[at].ancestors:
            return None
        at += 1
    tail = trimmed(sentence, at + 1, sentence.end - 1) if at < sentence.end else None
    if tail is None or tail[0].pos_ == "CCONJ":
        return None  # "..., and the governor warned of more rain": the next clause, not more of the content
    return tail


def _question_clauses(cue: Token) -> list[Token]:
    """ "asked the candidate on Wednesday if the project was still on": a yes-no question the parser hangs
    from the cue as an adverbial clause."""
    for clause in (c for c in children(cue) if c.dep_ == "advcl" and c.i > cue.i):
        if clause_marks(clause) & {"if", "whether"}:
            return [clause]
    return []


def _clauses_after_setting(cue: Token) -> list[Token]:
    """ "said in an interview that ...", "insisted at a briefing with reporters that ...": the parser often
    hangs the that-clause off the noun of the setting, but it is what the speaker said. Only a clause opened
    by the conjunction "that" counts (the parser may still label it a relative clause), not one whose "that"
    is a relative pronoun ("in a letter that was sent ...")."""
    if cue.pos_ != "VERB":
        return []
    nouns = [prepositional_object(c) for c in children(cue) if c.dep_ == "prep" and c.i > cue.i]
    for noun in [n for n in nouns if n is not None]:
        # the setting's own prepositional phrase ("an interview with CNN that ...") may carry the clause
        inner = [prepositional_object(c) for c in children(noun) if c.dep_ == "prep"]
        for head in [noun, *(n for n in inner if n is not None)]:
            clauses = [
                c for c in children(head)
                if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > head.i and c.left_edge.lower_ == "that"
                and any(g.dep_ == "mark" and g.i == c.left_edge.i for g in children(c))
            ]
            if clauses:
                return clauses[:1]
    return []
