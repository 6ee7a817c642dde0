"""Content readings after the cue: complement clauses, infinitives, objects, prepositions, answers."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.classifier import INVERTED_CLAUSE, CueScorer
from sourcetrace.extract.content_around import (
    fragment_before,
    inversion,
    is_postposed,
    parenthetical_content,
    parenthetical_relative,
    passive_subject_content,
    preposed_content,
    raising_clause,
    relative_content,
)
from sourcetrace.extract.facts import DocFacts
from sourcetrace.extract.relation import TokenRange
from sourcetrace.extract.syntax import (
    RELATIVE_TAGS,
    SETTING_OFF,
    SUBJECTS,
    asked_object,
    clause_marks,
    core_edges,
    cue_first,
    cue_last,
    has_agent,
    has_content_child,
    has_subject,
    is_infinitive,
    is_passive,
    opens_quotation_after,
    prepositional_object,
    stray_agent,
    trimmed,
)
from sourcetrace.parse import children, span_text
from sourcetrace.quotes import has_quote_mark

#: Dependents after which a cue's prepositional content does not run on (another clause, another act).
_REST_STOPS = {"conj", "cc", "punct", "parataxis", "advcl"}


#: One-word answers that stand for what was said ("said yes", "said so").
_ANSWERS = data.words("extract", "answers")


#: Conjunctions of a condition or reason that belongs to what was said ("no deal can happen, unless ...",
#: "he enjoys it, in part, because ..."); PolNeAR train includes 13 of 14 "because" clauses hung from the cue.
_CONDITIONS = data.words("extract", "conditions")


class ContentOption(NamedTuple):
    """One content the parse offers a cue: its token ranges, how it was found (the classifier's
    `content_type` label, "prep_for" for a preposition's object) and, for a cue that takes a preposition
    ("called for"), the cue's last token."""

    parts: list[TokenRange]
    content_type: str
    cue_end: Token | None = None


@dataclass
class _Readings:
    """The content options of one cue, gathered in the order the readers find them (the classifier keeps
    the first of equally probable readings)."""

    sentence: SpacySpan
    cue: Token
    facts: DocFacts
    options: list[ContentOption] = field(default_factory=list)
    _rest_end: int | None = None

    def rest_end(self, scorer: CueScorer) -> int:
        """`_rest_end` of the cue, found once for the readers that ask (objects and prepositions)."""
        if self._rest_end is None:
            self._rest_end = _rest_end(self.cue, scorer)
        return self._rest_end

    def add(self, first: int, last: int, content_type: str, cue_end: Token | None = None) -> None:
        """A reading from token `first` to `last`, trimmed; in two parts when it reaches back past the cue
        ("which the minister said would create jobs": the parts on either side of the cue and its
        subject)."""
        cue, sentence = self.cue, self.sentence
        if first < cue.i <= last:
            stop = min([cue_first(cue).i, *(c.left_edge.i for c in cue.lefts if c.dep_ in SUBJECTS)])
            parts = [trimmed(sentence, first, stop - 1), trimmed(sentence, cue_last(cue).i + 1, last)]
            kept = [part for part in parts if part is not None]
            if kept:
                self.options.append(ContentOption(kept, content_type, cue_end))
            return
        span = trimmed(sentence, first, last)
        if span is not None:
            self.options.append(ContentOption([span], content_type, cue_end))

    def add_parts(self, parts: list[TokenRange] | None, content_type: str) -> None:
        if parts:
            self.options.append(ContentOption(parts, content_type))

    def add_with_tail(self, first: int, last: int) -> None:
        """ "Ms. Malik had two interviews, federal officials said, the first by a consular officer": a clause
        before the cue and what follows the cue's own words after a comma (PolNeAR's content often runs on
        to the end of the sentence); not around quotations, whose words end at their closing marks."""
        tail = _tail_after_cue(self.sentence, self.cue)
        before = trimmed(self.sentence, first, last)
        if tail is None or before is None or has_quote_mark(span_text(self.sentence)):
            return
        if not any(option.parts == [before, tail] for option in self.options):
            self.options.append(ContentOption([before, tail], "clause_before_rest"))


def content_options(
    sentence: SpacySpan, cue: Token, scorer: CueScorer, facts: DocFacts
) -> list[ContentOption]:
    """The contents the parse offers for a cue (`facts`: its parsed stretch's): every reader of
    `CONTENT_READERS` in turn."""
    readings = _Readings(sentence, cue, facts)
    inverted = inversion(sentence, cue, scorer)
    if inverted is not None:
        # "X died, reported officials", "X, said the minister, will ...": what the inversion sets off is what
        # was said, whatever else the parse offers
        readings.add_parts(inverted.parts, INVERTED_CLAUSE)
        return readings.options
    for read in CONTENT_READERS:
        read(readings, scorer)
    agent = stray_agent(cue)
    if agent is not None:
        # "was described as a loner by the police": the agent the parser hung on the complement is the source
        return [cut for option in readings.options if (cut := _cut_before(option, agent)) is not None]
    return readings.options


def _cut_before(option: ContentOption, stop: Token) -> ContentOption | None:
    """A content option without its words from `stop` on; None when no word is left."""
    parts = []
    for first, last in option.parts:
        if first.i >= stop.i:
            continue
        if last.i >= stop.i:
            span = trimmed(first.sent, first.i, stop.i - 1)
            if span is None:
                continue
            first, last = span
        parts.append((first, last))
    return option._replace(parts=parts) if parts else None


def _complements(cue: Token) -> list[Token]:
    """The clauses a cue takes: its clausal complements, else a that-clause hung on the setting ("said in
    an interview that ...") or a yes-no question ("asked X if ...")."""
    complements = [c for c in children(cue) if c.dep_ == "ccomp"]
    return complements or _clauses_after_setting(cue) or _question_clauses(cue)


def _read_complements(readings: _Readings, scorer: CueScorer) -> None:
    """ "said X was of the view that Y": the parser may hang several clauses off the cue; take them all, on
    the side of the cue where the first one is."""
    cue = readings.cue
    complements = _complements(cue)
    if not complements:
        return
    after = [
        c
        for c in complements
        if c.i > cue.i
        and _speaker_between(cue, c.left_edge.i, scorer) is None
        # "found a weapon, which was not identified; inside the home was a bag": a semicolon ends the clause
        and not any(t.text == ";" for t in cue.doc[cue.i + 1 : c.left_edge.i])
    ]
    after = [c for c in after if not _gloss_after_clause(cue, c)]
    complements = [c for c in complements if c.i < cue.i] + after
    if not complements:
        return
    chosen = after or complements
    last = max(c.right_edge.i for c in chosen)
    if after:
        last = _clause_run_end(cue, last)
        # "said the man showed symptoms; his death, they reported, was ...": a semicolon ends what was said,
        # though the parser hangs the clause after it in the complement
        quoted = readings.facts.inside_quote
        stops = (t.i - 1 for t in cue.doc[cue.i + 1 : last + 1] if t.text == ";" and not quoted(t.i))
        last = next(stops, last)
    first = min(c.left_edge.i for c in chosen)
    if after:
        first = _object_taken_from_clause(cue, chosen[0], first)
    readings.add(first, last, "ccomp" if after else "ccomp_before")
    if not after:
        readings.add_with_tail(first, last)


def _object_taken_from_clause(cue: Token, clause: Token, first: int) -> int:
    """ "told the BBC even one percent of users attending “would be more than we can handle”": the parser
    may make the clause's subject the cue's object and leave the clause without one; the object right
    before a subjectless clause is part of what was said; so is a gerund subject the parser hangs on the cue
    when a relative clause interrupts it ("said fixing the plant, which was damaged by the quake, may take a
    year"). Where the content starts."""
    if any(c.dep_ in SUBJECTS or c.dep_ in {"expl", "mark"} for c in children(clause)):
        return first  # "told one of his proteges that ...": whom it was told
    taken = [
        c
        for c in children(cue)
        if cue.i < c.i < clause.i and (c.dep_ == "dobj" or (c.tag_ == "VBG" and c.dep_ in _GERUND_DEPS))
    ]
    if not taken:
        return first
    told = taken[-1]
    if told.dep_ != "dobj":  # the gerund, set off by commas at most
        gap = cue.doc[told.right_edge.i + 1 : first]
        return told.left_edge.i if all(t.text == "," for t in gap) else first
    adjacent = told.right_edge.i + 1 == first
    return told.left_edge.i if adjacent and told.pos_ != "PRON" and told.ent_type_ != "PERSON" else first


#: Dependencies the parser gives a gerund subject it split from its clause.
_GERUND_DEPS = frozenset({"xcomp", "advcl", "dep", "csubj"})


def _gloss_after_clause(cue: Token, phrase: Token) -> bool:
    """ "X charged him with capital murder, they said Sunday — murder carrying the death penalty": a noun
    phrase set off after a cue whose clause comes before it glosses that clause; the parser hangs it on the
    cue as a complement or an object, but it is not what was said."""
    first = phrase.left_edge
    return (
        phrase.i > cue.i
        and phrase.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
        and first.i > 0
        and first.nbor(-1).text in SETTING_OFF
        and any(c.dep_ == "ccomp" and c.i < cue.i for c in children(cue))
        and not any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} for t in phrase.subtree)
    )


def _speaker_between(cue: Token, end: int, scorer: CueScorer) -> Token | None:
    """ "“A,” X said, adding later, “B.”", "X tells the crowd before asking them, “B?”": a participle of
    saying between the cue and token `end` introduces what follows it itself, though the parser hung that on
    the cue (each cue is its own attribution, the Wikinews guidelines say); the participle, if there is
    one."""
    return next((t for t in cue.doc[cue.i + 1 : end] if _speaking_participle(cue, t, scorer)), None)


def _speaking_participle(cue: Token, token: Token, scorer: CueScorer) -> bool:
    """A participle of saying on the cue itself ("said, adding", "tells them before asking") that introduces a
    clause: its own, or one the parser hung on the cue after it."""
    if token.tag_ != "VBG" or not scorer.is_speech(token):
        return False
    if token.dep_ == "acl" and cue in token.ancestors and not has_content_child(token):
        # "concludes with footage of X saying last week, “…”": a participle on a noun of the cue's phrase,
        # with no words of its own, introduces the quotation that follows it, which the parser hung on the cue
        return opens_quotation_after(token.right_edge)
    on_cue = token.head == cue or (token.head.dep_ == "prep" and token.head.head == cue)
    if not on_cue or token.dep_ not in {"advcl", "pcomp"}:
        return False
    return any(c.dep_ == "ccomp" for c in children(token)) or any(
        c.dep_ == "ccomp" and c.i > token.i for c in children(cue)
    )


def _rest_end(cue: Token, scorer: CueScorer) -> int:
    """Where the words after a cue's object end: the sentence's part the cue heads, up to a participle of
    saying that introduces words of its own (`_speaker_between`)."""
    end = cue.right_edge.i
    participle = _speaker_between(cue, end + 1, scorer)
    if participle is None:
        return end
    branch = next(c for c in children(cue) if c == participle or c in participle.ancestors)
    return branch.left_edge.i - 1


def _clause_run_end(cue: Token, last: int) -> int:
    """Where a content clause after the cue ends, with what the parser hung beside it that still belongs to
    what was said."""
    # "said X, and there was Y": a coordinated clause with its own subject continues the content (one
    # without a subject is the speaker's next action: "said X and left") -- unless the content is a quotation
    # that has closed before it ('said "We could not win," and the flag is at half-mast': the reporter's)
    quoted = has_quote_mark(cue.doc[cue.i + 1 : cue.i + 3].text)  # 'said "', 'said, “'
    for conj in (c for c in children(cue) if c.dep_ == "conj" and c.i > last):
        if quoted and has_quote_mark(cue.doc[last + 1 : conj.left_edge.i].text):
            continue
        if has_subject(conj):
            last = max(last, conj.right_edge.i)
    # "predicted no deal could happen, unless X": a subordinate clause the parser hung from the cue after
    # the content is still part of what was said
    for subordinate in (c for c in children(cue) if c.i > last):
        marked = subordinate.dep_ == "advcl" and bool(clause_marks(subordinate) & _CONDITIONS)
        # "because" the parser takes for a preposition ("because of the cost", "because it ...")
        if marked or (subordinate.dep_ == "prep" and subordinate.lower_ in _CONDITIONS):
            last = max(last, subordinate.right_edge.i)
    return last


def verb_read_as_modifier(cue: Token, scorer: CueScorer) -> tuple[Token, Token] | None:
    """ "X, a UN rapporteur who had investigated the case, cautioned justice does not come swiftly": after
    a long subject set off by commas the parser may read the verb of saying as an adjective of the next
    clause's subject, and give that clause's verb two subjects, or make that subject an apposition of the
    speaker. The speaker and the clause's verb, when the cue is such a misread verb; a comma between the cue
    and the verb leaves a true adjective ("The group, alleged militants, attacked ...")."""
    if cue.dep_ != "amod" or cue.tag_ not in {"VBN", "VBD"} or not scorer.is_speech(cue):
        return None
    noun = cue.head
    if cue.i != noun.left_edge.i or cue.i == 0 or cue.nbor(-1).text != ",":
        return None
    if noun.dep_ == "nsubj":
        verb = noun.head
        speaker = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < cue.i), None)
    elif noun.dep_ == "appos" and noun.head.dep_ == "nsubj" and noun.head.i < cue.i:
        speaker, verb = noun.head, noun.head.head
    else:
        return None
    if speaker is None or verb.i < cue.i or any(t.text == "," for t in cue.doc[cue.i + 1 : verb.i]):
        return None
    return speaker, verb


def _read_misread_verb(readings: _Readings, scorer: CueScorer) -> None:
    """The clause after a verb of saying the parser read as an adjective (`verb_read_as_modifier`)."""
    cue = readings.cue
    misread = verb_read_as_modifier(cue, scorer)
    if misread is not None:
        readings.add(cue.i + 1, misread[1].right_edge.i, "ccomp")


def _read_postposed(readings: _Readings, scorer: CueScorer) -> None:
    """ "X is ready, Russian sources say.": the clause before a cue set off at the sentence's end."""
    cue = readings.cue
    if is_postposed(readings.sentence, cue):
        readings.add(cue.head.left_edge.i, core_edges(cue)[0] - 1, "postposed")
        readings.add_with_tail(cue.head.left_edge.i, core_edges(cue)[0] - 1)


def _read_parenthetical(readings: _Readings, scorer: CueScorer) -> None:
    sentence, cue = readings.sentence, readings.cue
    aside = parenthetical_content(sentence, cue) or parenthetical_relative(sentence, cue)
    readings.add_parts(aside or preposed_content(sentence, cue), "parenthetical")


def _read_infinitives(readings: _Readings, scorer: CueScorer) -> None:
    """An infinitive ("vowed to fight") or a gerund ("recalled sitting in on focus groups", "proposed cutting
    taxes"); "began talking" and the like are left to the classifier. After a preposition with its object
    ("called on the mayor to apologize") the infinitive is the object's to do: the reading is the
    preposition's, with the object and the infinitive together (`_read_prepositional_objects`)."""
    cue = readings.cue
    for complement in (c for c in children(cue) if c.dep_ == "xcomp" and c.i > cue.i):
        if asked_object(cue, complement) is not None:
            continue
        if is_infinitive(complement) or complement.tag_ == "VBG":
            readings.add(complement.left_edge.i, complement.right_edge.i, "xcomp")


def _read_root_clause(readings: _Readings, scorer: CueScorer) -> None:
    """A ROOT cue after a sentence-initial content clause the parser left unattached ("It is over, she
    said"), or after a fragment set off by a comma ("People like Scott, he said.")."""
    sentence, cue = readings.sentence, readings.cue
    if cue.dep_ != "ROOT" or not any(c.dep_ in SUBJECTS and c.i < cue.i for c in children(cue)):
        return
    clause = [c for c in children(cue) if c.i < cue.i and c.dep_ in {"ccomp", "parataxis"}]
    if clause:
        readings.add(clause[0].left_edge.i, clause[-1].right_edge.i, "root_clause")
        readings.add_with_tail(clause[0].left_edge.i, clause[-1].right_edge.i)
        return
    fragment = fragment_before(sentence, cue, scorer)
    if fragment is not None:
        readings.add(sentence.start, fragment, "root_clause")


def _read_passive_noun(readings: _Readings, scorer: CueScorer) -> None:
    """ "the bill, opposed by House Republicans, ...", "a sentiment endorsed by the crowd": the agent holds
    the noun phrase the participle modifies."""
    cue = readings.cue
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and has_agent(cue) and cue.head.i < cue.i:
        readings.add(cue.head.left_edge.i, cue.i - 1, "passive_noun")


def _read_around(readings: _Readings, scorer: CueScorer) -> None:
    """Raising verbs and passives, relative clauses and passive subjects: contents on both sides of the
    cue (`content_around.py`)."""
    sentence, cue = readings.sentence, readings.cue
    if not _raises_speech(cue, scorer):
        readings.add_parts(raising_clause(sentence, cue), "raising")
    readings.add_parts(relative_content(sentence, cue), "relative")
    readings.add_parts(passive_subject_content(sentence, cue), "passive_subject")


def _raises_speech(cue: Token, scorer: CueScorer) -> bool:
    """ "he appeared to suggest that ...", "Roe appeared to blame low-level workers": an active raising verb
    whose infinitive is a verb of saying reports that act, which is the attribution, with the subject as its
    source; no impression without a source (PolNeAR: "he | appeared to suggest | that ...")."""
    if is_passive(cue):
        return False
    return any(c.dep_ == "xcomp" and is_infinitive(c) and scorer.is_speech(c) for c in children(cue))


def _read_objects(readings: _Readings, scorer: CueScorer) -> None:
    """The cue's object, and the object with what follows it."""
    cue = readings.cue
    predicates = [c for c in children(cue) if c.dep_ == "oprd" and c.i > cue.i]
    if predicates and not any(c.dep_ == "dobj" and c.i > cue.i for c in children(cue)):
        # "called the statements “childish”", "calling him a “fascist demagogue”": the parser may hang the
        # object under its predicate; the object and the predicate are read together (and a relative object
        # before the cue leaves the predicate: "Rubio, who he dubbed “the little senator”")
        readings.add(min(c.left_edge.i for c in predicates), predicates[-1].right_edge.i, "dobj_rest")
    objects = [c for c in children(cue) if c.dep_ == "dobj" and c.i > cue.i]
    if not objects or _gloss_after_clause(cue, objects[0]):
        return
    readings.add(objects[0].left_edge.i, objects[0].right_edge.i, "dobj")
    # "framed the shooting as a moment when ...": the object and what follows it -- unless a question after
    # the object is what was asked, and the object who was asked ("asked the host if ..."); the object of
    # "told reporters that ..." keeps this reading (dropping it too cost 0.002 CV F1)
    questioned = any(c.i > objects[0].i and c.dep_ == "advcl" for c in _complements(cue))
    end = readings.rest_end(scorer)
    if end > objects[0].right_edge.i + 1 and not questioned:
        readings.add(objects[0].left_edge.i, end, "dobj_rest")


def _read_prepositional_objects(readings: _Readings, scorer: CueScorer) -> None:
    """A preposition right after the verb, or after its particle or adverb, makes a phrasal cue ("called
    for", "spoke out against"); not one after its object ("asked Trump on Wednesday")."""
    cue = readings.cue
    for child in children(cue):
        pobject = prepositional_object(child) if child.dep_ == "prep" and child.i > cue.i else None
        if pobject is None or _speaking_participle(cue, pobject, scorer):
            continue  # "responded by saying X": X is the participle's, the cue's manner of responding
        between = cue.doc[cue.i + 1 : child.i]
        phrasal = child.i <= cue.i + 2 and all(t.dep_ in {"prt", "advmod", "neg"} for t in between)
        cue_end = child if phrasal else None
        clause = _clause_after_addressee(child, pobject, scorer, cue)
        if clause is not None:
            # "announcing to journalists Adamowicz remained alive": whom, then what was said
            readings.add(clause.left_edge.i, clause.right_edge.i, "ccomp")
            continue
        if not _addressee(child, pobject):
            readings.add(pobject.left_edge.i, pobject.right_edge.i, f"prep_{child.lower_}", cue_end)
        if cue_end is None:
            continue
        # "called for the ban in December after the shooting": the object and what follows it, up to the
        # next clause or act
        following = (c for c in cue.rights if c.i > child.i)
        running = itertools.takewhile(lambda c: c.dep_ not in _REST_STOPS, following)
        end = readings.rest_end(scorer)
        rest = [c.right_edge.i for c in running if c.right_edge.i <= end]
        if rest and max(rest) > pobject.right_edge.i + 1:
            readings.add(pobject.left_edge.i, max(rest), "prep_rest", cue_end)


#: Entities that are someone spoken to, never what was said, after "to".
_ADDRESSEES = {"PERSON", "ORG", "NORP"}


def _clause_after_addressee(
    preposition: Token, pobject: Token, scorer: CueScorer, cue: Token
) -> Token | None:
    """ "upon announcing to journalists Adamowicz remained alive", "told to reporters the plant would close":
    after a verb of saying and whom it was said to, the parser may take the clause that was said for a
    relative clause of the addressee (no relative word, a subject of its own). That clause, if so."""
    if preposition.lower_ != "to" or not scorer.is_speech(cue) or any(c.dep_ == "prt" for c in children(cue)):
        return None  # not "add up to what I need"
    if pobject.ent_type_ not in _ADDRESSEES and pobject.tag_ not in {"NNS", "NNPS", "PRP"}:
        return None  # whom: people, an organisation, a pronoun
    for clause in pobject.rights:
        if clause.dep_ != "relcl" or clause.left_edge.i != pobject.i + 1:
            continue
        subject = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
        relative = any(c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in clause.subtree)
        if subject is not None and subject.i == pobject.i + 1 and not relative:
            return clause
    return None


def _addressee(preposition: Token, pobject: Token) -> bool:
    """ "reported to the Watch Tower Society", "sings to Clinton", "spoke to them": a person, an
    organisation or a pronoun after "to" is whom it was said to (the recipient), not what was said ("pointed
    to the report" is)."""
    return preposition.lower_ == "to" and (pobject.ent_type_ in _ADDRESSEES or pobject.tag_ == "PRP")


def _read_answer(readings: _Readings, scorer: CueScorer) -> None:
    answer = _answer(readings.cue)
    if answer is not None:
        readings.add(answer.left_edge.i, answer.right_edge.i, "answer")


def _read_for_clause(readings: _Readings, scorer: CueScorer) -> None:
    """ "called for all candidates to lay out their plans": the parser reads "for" as the mark of an
    infinitive clause with its own subject; the cue takes the "for", the content the rest (a clause, which
    holds "to lay out" as a nested attribution)."""
    cue = readings.cue
    for infinitive in (c for c in children(cue) if c.dep_ == "advcl" and c.i > cue.i):
        mark = infinitive.left_edge
        between = cue.doc[cue.i + 1 : mark.i]
        if (
            mark.dep_ == "mark"
            and mark.lower_ == "for"
            and is_infinitive(infinitive)
            and all(t.dep_ in {"prt", "advmod", "neg"} for t in between)
        ):
            readings.add(mark.i + 1, infinitive.right_edge.i, "for_clause", mark)


#: The content readers, in the order their options are offered.
CONTENT_READERS: tuple[Callable[[_Readings, CueScorer], None], ...] = (
    _read_complements,
    _read_misread_verb,
    _read_postposed,
    _read_parenthetical,
    _read_infinitives,
    _read_root_clause,
    _read_passive_noun,
    _read_around,
    _read_objects,
    _read_prepositional_objects,
    _read_answer,
    _read_for_clause,
)


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
