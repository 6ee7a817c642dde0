"""Content readings before or around the cue: postposed and parenthetical cues, raising, relatives."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.classifier import CueScorer
from sourcetrace.extract.relation import TokenRange
from sourcetrace.extract.syntax import (
    FINITE_TAGS,
    NAMING_VERBS,
    NOMINAL_SUBJECTS,
    NOT_CONTENT_POS,
    OPENING_POS,
    RAISING,
    RELATIVE_PRONOUNS,
    RELATIVE_TAGS,
    SETTING_OFF,
    SUBJECTS,
    TIMES,
    VERBAL_POS,
    clause_in,
    clause_marks,
    core_edges,
    cue_first,
    cue_last,
    has_agent,
    has_content_child,
    is_infinitive,
    is_passive,
    says,
    semicolon_bounds,
    trimmed,
)
from sourcetrace.parse import children
from sourcetrace.quotes import OPENING_MARKS, QUOTE_MARKS, TOGGLING_MARKS

#: Complements of a raising verb.
_RAISING_COMPLEMENTS = {"xcomp", "acomp", "attr", "oprd"}


def raising_clause(sentence: SpacySpan, cue: Token) -> list[TokenRange] | None:
    """ "Enthusiasm for the plan appears to have plummeted", "the senator is expected to attend", "a
    developer known to be bullish": the clause from its subject (or the noun a participle modifies) to the
    complement, in two parts around the cue."""
    passive = is_passive(cue) or (cue.tag_ == "VBN" and cue.dep_ == "acl")
    if has_agent(cue):
        return None  # "was declared the winner by officials": the agent is the source
    if cue.lemma_ in RAISING:
        complements = [c for c in children(cue) if c.i > cue.i and c.dep_ in _RAISING_COMPLEMENTS]
    elif passive:
        # "is expected to attend", "was declared the winner"
        complements = [
            c
            for c in children(cue)
            if c.i > cue.i and (c.dep_ == "oprd" or (c.dep_ == "xcomp" and is_infinitive(c)))
        ]
    else:
        return None
    if not complements:
        return None
    subjects = [c for c in children(cue) if c.dep_ in NOMINAL_SUBJECTS and c.i < cue.i]
    if subjects:
        first = subjects[0].left_edge.i
    elif cue.dep_ == "acl" and cue.head.i < cue.i:
        first = cue.head.left_edge.i
    else:
        return None
    before = trimmed(sentence, first, cue_first(cue).i - 1)
    after = trimmed(sentence, cue.i + 1, complements[-1].right_edge.i)
    return [before, after] if before is not None and after is not None else None


def relative_content(sentence: SpacySpan, cue: Token) -> list[TokenRange] | None:
    """ "allegations, which the chairman denies", "a fact he mentions on the trail", "who he accused of
    lying": a relative clause whose object is the noun it modifies; the content is the relative pronoun
    (or, with none, the noun) and what follows the cue."""
    noun = cue.head
    if cue.dep_ != "relcl" or noun.i > cue.i or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"} and c.i > cue.i for c in children(cue)):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None  # "who endorsed her": the pronoun is the source
    if parenthetical_relative(sentence, cue) is not None:
        return None  # "polynyas, which, they observed, occurred": an aside; the pronoun is the subject
    pronoun = next((c for c in children(cue) if c.i < cue.i and c.lower_ in RELATIVE_PRONOUNS), None)
    before: TokenRange = (pronoun, pronoun) if pronoun is not None else (noun.left_edge, noun)
    if pronoun is None:
        # the noun phrase up to the clause, with what the noun's own modifiers add ("the sort of change")
        before = trimmed(sentence, noun.left_edge.i, cue.left_edge.i - 1) or before
    after = trimmed(sentence, cue.i + 1, cue.right_edge.i)
    return [before, after] if after is not None else [before]


def passive_subject_content(sentence: SpacySpan, cue: Token) -> list[TokenRange] | None:
    """ "The move was criticized by the unions", "an inquiry, which was first reported by the paper": a
    passive with an agent and no other complement is about its subject."""
    if not has_agent(cue):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "dobj"} for c in children(cue)):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubjpass" and c.i < cue.i), None)
    if subject is None:
        return None
    span = trimmed(sentence, subject.left_edge.i, subject.right_edge.i)
    return [span] if span is not None else None


def fragment_before(sentence: SpacySpan, cue: Token, scorer: CueScorer) -> int | None:
    """ "People like Scott, he said.": words the parser could not make a clause of, set off by a comma
    before a subject and a verb of saying that end the sentence; the index of their last token."""
    subject = next((c for c in children(cue) if c.dep_ in SUBJECTS and c.i < cue.i), None)
    if subject is None or has_content_child(cue) or not says(cue, scorer):
        return None
    doc = sentence.doc
    comma = subject.left_edge.i - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[cue_last(cue).i + 1 : sentence.end]):
        return None
    # "Then, she apologized.", "On Thursday, they announced.": a connective or an opening adverbial
    opening = [t for t in doc[sentence.start : comma] if not (t.is_punct or t.is_space)]
    if not opening or opening[0].pos_ in OPENING_POS or all(t.pos_ in NOT_CONTENT_POS for t in opening):
        return None
    return comma - 1


def parenthetical_content(sentence: SpacySpan, cue: Token) -> list[TokenRange] | None:
    """ "The campaign, he says, is different.": a subject-and-cue aside between commas inside its content;
    the content is the sentence around it, in two parts."""
    if cue.dep_ not in {"parataxis", "ccomp", "advcl", "conj"} or cue.head == cue:
        return None
    if not any(c.dep_ in SUBJECTS or (c.dep_ == "dobj" and c.i > cue.i) for c in children(cue)):
        return None
    if has_content_child(cue) or _acts_on_object(cue):
        return None
    doc = sentence.doc
    left, right = core_edges(cue)
    # "..., he said, and intense wrangling could ...": the parser may hang the "and" after the aside on the
    # cue; the aside then closes the speaker's words
    joined = doc[right].dep_ == "cc" and doc[right].head == cue and right - 1 > cue.i
    if joined:
        right -= 2 if doc[right - 1].text == "," else 1
    if left <= sentence.start or right + 2 >= sentence.end:
        return None
    if doc[left - 1].text != "," or doc[right + 1].text != ",":
        return None
    # "...; his death, they reported, was described as pneumonia": a semicolon bounds the clause around it
    first, last = semicolon_bounds(sentence, left, right + 1)
    before = trimmed(sentence, first, left - 1)
    if before is not None and _relative_link(sentence, before):
        before = None  # "To which she said, “…”": the link to what was said before is not said now
    after = None if joined else trimmed(sentence, right + 2, last)
    if before is not None and after is not None and _framing_a_quote(sentence, before, after):
        before = None  # "However, she added, “there are no locked doors”": the reporter's link
    return [span for span in (before, after) if span] or None


def _acts_on_object(cue: Token) -> bool:
    """ "Today, as the storm hit the islands, the agency issued alerts": a subject before the verb and a noun
    object after it make the clause set off an action, not a verb of saying set off inside what was said
    (the object of a verb of telling or addressing is whom it told: "The plan, he told reporters, is dead",
    "The tax, the mayor promised voters, will be cut", "he wrote his supporters"; the telling verbs are the
    resolver's list, `data/resolve/telling_verbs.txt`, with `_ADDRESSING_VERBS`)."""
    if not any(c.dep_ in NOMINAL_SUBJECTS and c.i < cue.i for c in children(cue)):
        return False
    objects = [
        c
        for c in children(cue)
        if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in {"NOUN", "PROPN"} and not _quoted(c)
    ]
    return bool(objects) and cue.lemma_.lower() not in _TELLING_VERBS | _ADDRESSING_VERBS


def _quoted(phrase: Token) -> bool:
    """Whether a phrase stands in quotation marks ("when I said, 'No boots on the ground,' I think"): what
    was said, not an object acted on."""
    around = phrase.doc[max(0, phrase.left_edge.i - 1) : phrase.left_edge.i + 1]
    return any(t.text in QUOTE_MARKS or t.text in {"'", "‘"} for t in around)


#: Verbs whose object is who was told ("told reporters", "briefed the committee").
_TELLING_VERBS = data.words("resolve", "telling_verbs")
#: Verbs of saying whose object may be whom they address ("asked colleagues", "promised voters", "wrote his
#: supporters", "emailed parents").
_ADDRESSING_VERBS = frozenset({"ask", "promise", "write", "email", "e-mail", "text", "message", "urge"})


def parenthetical_relative(sentence: SpacySpan, cue: Token) -> list[TokenRange] | None:
    """ "captured fighters which, the statement said, European nations have refused to repatriate": a
    subject-and-cue aside between commas right after a relative pronoun; the parser takes the aside for the
    relative clause, with the pronoun as its object. The content is the pronoun and the clause after the
    aside."""
    if cue.dep_ != "relcl" or has_content_child(cue):
        return None
    pronoun = next((c for c in children(cue) if c.i < cue.i and c.lower_ in RELATIVE_PRONOUNS), None)
    subject = next((c for c in children(cue) if c.dep_ in SUBJECTS and c.i < cue.i), None)
    doc = sentence.doc
    if pronoun is None or subject is None or doc[pronoun.i + 1].text != ",":
        return None
    right = core_edges(cue)[1]
    if right + 2 >= sentence.end or doc[right + 1].text != ",":
        return None
    after = clause_in(sentence, right + 2, sentence.end - 1)
    return [(pronoun, pronoun), after] if after is not None else None


def preposed_content(sentence: SpacySpan, cue: Token) -> list[TokenRange] | None:
    """ "In the early 1990s, Ms. Roe said, when she was earning $24,000 a year, a boss invited her", "As the
    Post reported, he would need 55 percent": a subject-and-cue clause closed by a comma, which the parser
    hangs from the clause after it; the content is that clause and what opens the sentence before it."""
    head = cue.head
    if head == cue or head.i < cue.i or has_content_child(cue):
        return None
    as_clause = cue.dep_ == "advcl" and "as" in clause_marks(cue)
    if cue.dep_ not in {"parataxis", "ccomp"} and not as_clause:
        return None
    subject = next((c for c in children(cue) if c.dep_ in SUBJECTS and c.i < cue.i), None)
    last = cue_last(cue)
    if subject is None or cue.right_edge.i > last.i + 1 or last.i + 1 >= sentence.end:
        return None
    if sentence.doc[last.i + 1].text != ",":
        return None
    after = trimmed(sentence, last.i + 2, sentence.end - 1)
    if after is None:
        return None
    # before an as-clause only its own opening words ("But as ..."); before a bare cue clause, whatever the
    # parser hung from it ("In the early 1990s, Ms. Roe said")
    opening = cue.left_edge.i if as_clause else subject.left_edge.i
    before = trimmed(sentence, sentence.start, opening - 1) if opening > sentence.start else None
    if before is not None and before[0] == before[1] and before[0].pos_ in {"CCONJ", "ADV"}:
        before = None  # "But as X noted, ...": a bare conjunction is not part of what was reported
    if before is not None and _relative_link(sentence, before):
        before = None  # "To which she said, “…”": the link to what was said before is not said now
    if before is not None and _framing_a_quote(sentence, before, after):
        before = None  # "On live television he said, “…”": where and when it was said, not what
    return [span for span in (before, after) if span]


def _framing_a_quote(sentence: SpacySpan, before: TokenRange, after: TokenRange) -> bool:
    """Whether the words opening a sentence before a subject-and-cue aside only set the scene of a quotation
    that follows it ("On live television he said, “…”", "In a statement, she said, “…”", "However, she
    added, “…”", "To his critics, I say, “…”"): the quote is what was said; an adverbial before it is the
    reporter's (where, when, to whom, a connective). A noun phrase before the aside stays ("The campaign, he
    said, “is different”": the subject of the quoted words)."""
    doc = sentence.doc
    opening = next((t for t in doc[after[0].i : after[1].i + 1] if not t.is_space), None)
    if opening is None or opening.text not in _OPENING_QUOTES:
        return False
    first, last = before[0].i, before[1].i
    words = [t for t in doc[first : last + 1] if not (t.is_punct or t.is_space)]
    heads = [t for t in words if not first <= t.head.i <= last]  # where the opening hangs from
    return bool(heads) and all(t.dep_ in _SCENE_DEPS for t in heads)


#: Marks that open a quotation right after a cue's comma: those of `quotes`, and the single ones ("she said,
#: ‘…’").
_OPENING_QUOTES = OPENING_MARKS | TOGGLING_MARKS | {"'", "‘"}
#: Dependencies of an adverbial that sets the scene of what follows ("On Monday", "In a statement",
#: "However", "Later that day", "When asked").
_SCENE_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl", "cc", "mark", "intj"})


def _relative_link(sentence: SpacySpan, span: TokenRange) -> bool:
    """Whether a span is only a preposition and a relative word ("To which", "In response to which"); not a
    subject that a relative word ends ("All of which, he said, would help ...")."""
    words = sentence.doc[span[0].i : span[1].i + 1]
    opens = words[0].pos_ in {"ADP", "PART"}
    return opens and words[-1].tag_ in {"WDT", "WP"} and all(t.pos_ in _LINK_POS for t in words)


#: Parts of speech of a relative link before a cue ("To which", "In response to which").
_LINK_POS = frozenset({"ADP", "PART", "NOUN", "PRON", "DET"})


def is_postposed(sentence: SpacySpan, cue: Token) -> bool:
    """ "X is ready, Russian sources say.": a cue clause with its own subject, set off by a comma at the end
    of the sentence, whose head is the content clause before it."""
    head = cue.head
    if head == cue or head.i > cue.i or cue.dep_ not in {"parataxis", "ccomp", "advcl", "conj"}:
        return False
    if not any(c.dep_ in SUBJECTS for c in children(cue)) or has_content_child(cue):
        return False
    doc = sentence.doc
    left, right = core_edges(cue)
    if left <= head.left_edge.i or doc[left - 1].text not in SETTING_OFF | set(QUOTE_MARKS):
        return False
    last = sentence.end - 1
    while last > cue.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return right >= last


@dataclass(frozen=True)
class Inversion:
    """A verb of saying with its speaker after it, set off inside or after what was said: the speaker's head
    and the content's parts."""

    speaker: Token
    parts: list[TokenRange]


def inversion(sentence: SpacySpan, cue: Token, scorer: CueScorer) -> Inversion | None:
    """The speaker and content of a cue whose speaker follows it (`inverted_after_clause`,
    `inverted_aside`): the inversion, not the parse, says who spoke and what."""
    after_clause = inverted_after_clause(cue, scorer)
    if after_clause is not None:
        span = trimmed(sentence, after_clause[1], cue.i - 1)
        return Inversion(after_clause[0], [span]) if span is not None else None
    return inverted_aside(sentence, cue, scorer)


def inverted_aside(sentence: SpacySpan, cue: Token, scorer: CueScorer) -> Inversion | None:
    """ "Local farmers, said the minister, will receive compensation", "The economy, said Jo Roe, is in worse
    shape": a verb of saying and its speaker set off by commas between a subject and its predicate, as wire
    copy writes them. The parser reads the subject before the aside as the verb's and the speaker as the
    predicate's, so the reading is by the words: the cue, finite and right after a comma; a short noun phrase
    without a verb after it (no day: "The deal, announced Friday, would last"), closed by a comma, or by
    the comma after its relative clause; then either a subject without a verb before the aside and its
    predicate (a finite verb first) after it, or an opening phrase ("Meanwhile", "In May") or subordinate
    clause ("Because warm water is buoyant, says the study, it rises") before it and a whole clause after
    it. ("X died, reported officials, with ..." is `inverted_after_clause`.) The content is the sentence
    around the aside, in two parts, without an opening "And" or a lone connective."""
    if cue.tag_ not in {"VBD", "VBZ"} or not scorer.is_speech(cue) or cue.lemma_ in NAMING_VERBS:
        return None
    if cue.lemma_.lower() in _TELLING_VERBS or cue.lemma_.lower() == "promise":
        return None  # "The prisoners, told the news, cheered": a passive participle and what they were told
    doc = cue.doc
    if cue.i - 1 <= sentence.start or doc[cue.i - 1].text != ",":
        return None
    close = next((t.i for t in doc[cue.i + 1 : sentence.end] if t.text in {",", ";", "."}), None)
    if close is None or doc[close].text != "," or not 0 < close - cue.i - 1 <= _SPEAKER_WORDS:
        return None
    if close + 1 >= sentence.end:
        return None  # "Taxes, said Jo Roe," at the end of the text: nothing after the aside
    speaker_words = doc[cue.i + 1 : close]
    if any(t.pos_ in VERBAL_POS for t in speaker_words):
        return None
    speaker = speaker_words.root
    if speaker.pos_ not in {"NOUN", "PROPN"} or speaker.ent_type_ in TIMES:
        return None  # "The deal, announced Friday, would last": a participle and when
    if doc[close + 1].tag_ in RELATIVE_TAGS:
        # "Trump, said Jo Roe, who remains his friend, does not forgive": the speaker's relative clause
        close = next((t.i for t in doc[close + 1 : sentence.end] if t.text == ","), sentence.end)
        if close >= sentence.end - 1:
            return None
    opening = doc[sentence.start : cue.i]
    if any(t.text in QUOTE_MARKS for t in opening):
        return None
    opens_with_conjunction = doc[sentence.start].pos_ == "CCONJ"  # "And Trump, said X, ...": no part of it
    first = trimmed(sentence, sentence.start + opens_with_conjunction, cue.i - 2)
    second = trimmed(sentence, close + 1, sentence.end - 1)
    if first is None or second is None or second[0].text in QUOTE_MARKS:
        return None
    clause_before = any(t.pos_ in VERBAL_POS for t in opening)
    predicate = next((t for t in doc[second[0].i : second[1].i + 1] if t.pos_ != "ADV"), None)
    if not clause_before and predicate is not None and predicate.tag_ in FINITE_TAGS:
        return Inversion(speaker, [first, second])  # a subject, the aside, its predicate
    # after an opening phrase or a subordinate clause, a whole clause: "Meanwhile, said X, talks will resume",
    # "Because warm water is buoyant, says the study, it rises"
    openers = {"SCONJ", "ADP"} if clause_before else {"ADV", "CCONJ", "ADP", "SCONJ"}
    opener = first[0].pos_ in openers and "," not in doc[first[0].i : first[1].i + 1].text
    if not opener or not any(t.tag_ in FINITE_TAGS for t in doc[second[0].i : second[1].i + 1]):
        return None  # "X, also on Twitter, defended his decision, “...”": neither goes on after the object
    if first[0] == first[1]:
        return Inversion(speaker, [second])  # "Meanwhile": a connective is not what was said
    return Inversion(speaker, [first, second])


def inverted_after_clause(cue: Token, scorer: CueScorer) -> tuple[Token, int] | None:
    """ "At least 22 people died in the attack, reported officials, with 25 others injured": a verb of saying
    set off after a whole clause, with the speaker after it (as after a quote, "..., said police"); the parser
    makes the verb a second one of the clause's subject, or the root with the clause as its complement, and
    the speaker its object. The speaker's head and the clause's first token, when the cue is such an inverted
    verb: finite, with no subject of its own, its object right after it, a short noun phrase without a verb
    ("officials", "the statistics office"), closed by a comma or the sentence's end."""
    if cue.tag_ not in {"VBD", "VBZ"} or cue.i == 0 or not scorer.is_speech(cue):
        return None
    doc = cue.doc
    if doc[cue.i - 1].text != ",":
        return None
    own = list(children(cue))
    if any(c.dep_ in SUBJECTS or c.dep_ == "xcomp" or (c.dep_ == "ccomp" and c.i > cue.i) for c in own):
        return None
    if cue.dep_ in {"conj", "parataxis"} and cue.head.i < cue.i:
        first = cue.head.left_edge.i
    elif cue.dep_ == "ROOT" and (clause := next((c for c in own if _clause_before(c, cue)), None)):
        first = clause.left_edge.i
    else:
        return None
    speaker = next((c for c in own if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = list(speaker.subtree)
    if len(words) > _SPEAKER_WORDS or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    after = speaker.right_edge.i + 1
    if after < cue.sent.end and doc[after].text not in {",", ".", ";"}:
        return None
    return speaker, first


def _clause_before(child: Token, cue: Token) -> bool:
    """A clause the parser hung before the cue as its complement, or as an adverbial clause with no
    conjunction of its own ("A gunman shot shoppers ..., reported officials")."""
    if child.i > cue.i:
        return False
    unmarked = not any(c.dep_ == "mark" for c in children(child))
    return child.dep_ == "ccomp" or (child.dep_ == "advcl" and unmarked)


#: The longest inverted speaker (`inverted_after_clause`): "the country's national statistics office".
_SPEAKER_WORDS = 8
