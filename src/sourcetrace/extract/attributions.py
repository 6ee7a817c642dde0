"""Find attributions on the dependency parse: a cue, its source and its content.

The rules follow the PARC / PolNeAR view of attribution (Pareti 2016; Newell, Margolin and Ruths 2018): a cue
(mostly a verb of saying, believing or intending; also a predicate adjective "was critical of", a noun "his
claim that", "according to" and a headline colon) links a source (its subject, or the subject it shares with a
verb it depends on, or the object of the verb above an infinitive: "prompting voters to reconsider") to a
content (its clausal complement, object, or the clause it is attached to when the source comes after: "...,
Russian sources say."). Raising verbs and passives ("appears to", "is expected to", "was declared the
winner") have no source and the clause around the cue as content; a relative pronoun or a passive subject
before the cue may be its content ("allegations, which he denies"; "the plan was criticized by X"). Every
reading the parse offers is a candidate; the cue
classifier (`classifier.py`) keeps one per cue. Quotes are then reconciled with these relations (`quotes.py`
finds them before parsing): content that is all quotation becomes a direct quote spanning the whole quoted
stretch, however many sentences or paragraphs it runs over; a quote that no relation covers takes, in this
order, the speaker signed or named right beside it (“…,” X said / X replied, “…” / X declared in the
room, “…” / as X put it: “…”), the relation it
continues (“A,” she said. “B.”), a free verb of saying in its sentence, or "X said:" in the sentence before.
Relations inside another's content are kept, with `parent` set (nested attributions).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import numpy as np
from spacy.attrs import HEAD, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADV, AUX, NOUN, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sourcetrace.extract.classifier import STANCE_CLAUSE, CueScorer, inside_quote, load_scorer
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.no_comment import find_no_comment
from sourcetrace.extract.quotes import CLOSING_MARKS, TOGGLING_MARKS, Quote
from sourcetrace.extract.relation import Candidate, Relation
from sourcetrace.parse import QUOTE_MARKS, Segment, children, segment_at, sentence_bounds, span_text, words
from sourcetrace.types import Attribution, Span

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: Dependents that give a verb a content or an object of its own.
_CONTENT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}
_CUE_MODIFIERS = {"aux", "auxpass", "neg"}
_TRIM = set(",.;:-—–") | {"--"}
#: Dependencies by which a subject-less cue shares the subject of the verb it hangs from ("..., saying ...",
#: "and added", "wants to say", "before clarifying that ..."); an infinitive under a verb with an object
#: takes the object instead ("prompting voters to reconsider").
_SHARED_SUBJECT = {"advcl", "conj", "xcomp", "acl", "pcomp", "prep", "relcl", "acomp"}
#: A noun a participle modifies is its source when it is the subject or stands alone ("a statement saying
#: ..."), not when it is the object of a preposition ("at a news conference, announcing ...") unless the
#: participle restricts it ("gave $3 million to a group backing the senator").
_NOUN_SOURCES = {"nsubj", "nsubjpass", "ROOT", "appos", "conj", "dobj"}
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
#: Dependents after which a cue's prepositional content does not run on (another clause, another act).
_REST_STOPS = {"conj", "cc", "punct", "parataxis", "advcl"}
#: A dateline: a place in capitals, maybe a state or country and an agency in brackets, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: \([^)\n]{1,30}\))?\s*(?:—|–|--?)\s+(?=\S)"
)
#: Nouns whose findings a sentence opened by "In a ... poll," reports.
_SURVEYS = {"poll", "survey"}
#: One-word headline labels that stand for a document making the claim after the colon ("Poll: ...").
_DOCUMENT_LABELS = {"poll", "survey", "report", "study"}
#: Subordinators that set a clause against the one before it rather than inside it ("..., while X says ...").
_CONTRASTS = {"while", "whereas", "though", "although"}
#: Pronouns that may speak a quote right before them ("“…,” she recalled.").
_SPEAKER_PRONOUNS = {"he", "she", "they", "i", "we"}
#: One-word answers that stand for what was said ("said yes", "said so").
_ANSWERS = {"yes", "no", "so"}
#: Words that join a clause to the one before it, left dangling when a content is cut there.
_JOINERS = {"and", "but", "or", "yet", "so", "while", "whereas", "though", "although"}
#: ... and the word that joins how something was said to a phrase ("responded to her by saying ...").
_MANNER_JOINERS = {"by"}
#: Conjunctions of a condition or reason that belongs to what was said ("no deal can happen, unless ...",
#: "he enjoys it, in part, because ..."); PolNeAR train includes 13 of 14 "because" clauses hung from the cue.
_CONDITIONS = {"unless", "if", "until", "once", "because"}
#: Words that open a reduced passive clause ("when asked about ...", "after being told").
_REDUCED_OPENERS = {"when", "after", "before", "if", "once", "unless", "until", "while", "as"}
#: Content types that are noun phrases, not clauses: they never nest another attribution.
_PHRASAL = {"dobj", "dobj_rest", "relative", "passive_subject", "passive_noun", "answer"}
#: Marks that set a phrase off from what comes before it.
_SETTING_OFF = {",", "—", "–", "--"}
#: A quote needs this many words to be attributed on its own (shorter ones are scare quotes or titles).
_MIN_QUOTE_WORDS = 3
#: Characters between a quote and the next one that an interrupting "X said ..." may take.
_MAX_INTERRUPTION = 300
#: A noun is a cue candidate when it heads at least this many gold cues in train ("claim", "criticism").
_MIN_NOUN_CUES = 3
#: Prepositions of a verb that asks its object to do something ("called on X to", "appealed to X to").
_ASKING_PREPOSITIONS = {"on", "upon", "to", "with"}
#: Raising verbs: "X seems to Y", "X appeared likely" report an impression, not what X said (PolNeAR
#: annotates the whole clause as content, with no source); passives do the same ("X is expected to Y").
_RAISING = {"seem", "appear"}
#: Complements of a raising verb.
_RAISING_COMPLEMENTS = {"xcomp", "acomp", "attr", "oprd"}
#: Words that say nothing on their own: a fragment of only these is no content.
_NOT_CONTENT_POS = {"ADV", "CCONJ", "SCONJ", "ADP", "DET", "PART", "PUNCT", "SPACE"}
#: Words that open an adverbial ("On Thursday", "Then, last week"), not a fragment of what was said.
_OPENING_POS = {"ADP", "SCONJ", "ADV"}
#: Tags of a finite verb, and of a finite clause's verb or modal.
_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}
_FINITE_TAGS = _FINITE_VERB_TAGS | {"MD"}
#: A line that opens (perhaps after a quotation mark) with a name in capitals and a colon: a transcript turn.
_TURN = re.compile(r"^[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[^\S\n]+\S", re.MULTILINE)
#: A title line that opens with a short name and a colon ("Graham: Tax plan is a disaster"): the colon is
#: the cue (`_is_headline_colon` decides on the parse); "Q:" and "A:" turns are left out.
_HEADLINE_SPEAKER = re.compile(r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]*){0,3}: \S")


def is_candidate_sentence(sentence: str) -> bool:
    """Whether a sentence may hold an attribution: a quotation mark, a headline speaker's colon, a cue word
    form, a weaker one before "that" ("officials understood that ..."), or any cue noun of the lexicon in
    the idiom of stance "of the ... that" ("economists are of the opinion that ...": the noun is singular
    there, so its form is its lemma)."""
    if _has_quote_mark(sentence) or _HEADLINE_SPEAKER.match(sentence):
        return True
    lexicon = load_lexicon()
    found = list(words(sentence))
    if not found:
        return False
    padded = ["", "", *found, ""]
    for second_before, before, word, following in zip(padded, padded[1:], found, padded[3:], strict=False):
        if word in lexicon.forms:
            return True
        if following == "that" and (
            word in lexicon.clause_forms
            or (second_before == "of" and before == "the" and lexicon.get(word, "NOUN") is not None)
        ):
            return True
    return False


def find_attributions(
    text: str, segments: Sequence[Segment], quotes: Sequence[Quote], scorer: CueScorer | None = None
) -> list[Attribution]:
    """All attributions of an article, from its parsed segments and its quotes (with the packaged cue
    model unless another `scorer` is given)."""
    scorer = scorer or load_scorer()
    relations: list[Relation] = []
    for segment in segments:
        for sentence in segment.doc.sents:
            relations.extend(_sentence_relations(text, segment, sentence, scorer))
    relations = _reconcile_quotes(text, segments, relations, quotes, scorer)
    relations = _merge_duplicates(relations)
    _cut_absolute_clauses(text, relations)
    return _finish(text, relations)


# --- relations from the parse -------------------------------------------------------------------------


def _sentence_relations(
    text: str, segment: Segment, sentence: SpacySpan, scorer: CueScorer
) -> list[Relation]:
    """The accepted candidates of a sentence: for each cue token, its most probable reading."""
    best: dict[int, tuple[float, Candidate]] = {}
    for candidate in sentence_candidates(text, segment, sentence):
        probability = scorer.probability(candidate)
        if scorer.accepts(candidate, probability):
            kept = best.get(candidate.token.i)
            if kept is None or probability > kept[0]:
                best[candidate.token.i] = (probability, candidate)
    # one reading per cue span: "has expressed support for" is the verb's or the noun's, not both
    chosen: list[Candidate] = []
    for _, candidate in sorted(best.values(), key=lambda pair: (not scorer.always(pair[1]), -pair[0])):
        cue = candidate.relation.cue
        if not any(other.relation.cue[0] < cue[1] and cue[0] < other.relation.cue[1] for other in chosen):
            chosen.append(candidate)
    for candidate in chosen:
        candidate.relation.content_type = candidate.content_type
    return [candidate.relation for candidate in chosen]


def sentence_candidates(text: str, segment: Segment, sentence: SpacySpan) -> list[Candidate]:
    """Every possible attribution in a parsed sentence: each verb with each content the parse offers
    (declined comments and "according to" always are attributions)."""
    found: list[Candidate] = []
    covered: set[int] = set()
    for match in find_no_comment(sentence):
        source = _subject_span(segment, match.verb, passive=True)
        cue = (segment.char_start(match.tokens[0]), segment.char_end(match.tokens[-1]))
        found.append(Candidate(match.verb, Relation(cue, source, [], kind="no_comment"), "no_comment"))
        covered.update(t.i for t in match.tokens)
    doc = sentence.doc
    worth_a_look = _worth_a_look(doc)
    for i in range(sentence.start, sentence.end):
        if not worth_a_look[i] or i in covered:
            continue
        token = doc[i]
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            relation = _according_to(segment, sentence, token)
            if relation:
                found.append(Candidate(token, relation, "according_to"))
        elif token.i == sentence.start and token.lower_ == "in":
            relation = _in_survey(segment, sentence, token)
            if relation:
                found.append(Candidate(token, relation, "according_to"))
        elif token.text == ":" and (turn := _transcript_turn(text, segment, token)) is not None:
            found.append(Candidate(token, turn, "turn"))
        elif token.text == ":" and _is_headline_colon(sentence, token):
            relation = _headline_colon(text, segment, sentence, token)
            if relation:
                found.append(Candidate(token, relation, "colon"))
        elif (
            token.pos_ == "VERB"
            or (token.pos_ == "AUX" and token.dep_ not in _CUE_MODIFIERS)
            or _is_predicate_adjective(token)
        ):
            found.extend(_predicate_candidates(segment, sentence, token))
        elif token.pos_ == "NOUN" and _is_cue_noun(token):
            found.extend(_noun_candidates(segment, sentence, token))
        elif token.pos_ == "ADV" and token.dep_ == "advmod" and load_lexicon().get(token.lemma_, "ADV"):
            found.extend(_adverb_candidates(segment, sentence, token))
    return found


def _worth_a_look(doc: Doc) -> list[bool]:
    """Per token of a parsed stretch, whether `sentence_candidates` may make something of it (a verb,
    auxiliary, adjective, noun or adverb, "according", "in", a colon); read once per stretch from the doc's
    arrays, as most tokens are none of these and spaCy makes a new Token object on every access."""
    cached: list[bool] | None = doc.user_data.get("worth_a_look")
    if cached is None:
        array = doc.to_array([POS, LOWER]).tolist()
        cached = doc.user_data["worth_a_look"] = [
            pos in _LOOKED_AT_POS or lower in _LOOKED_AT_WORDS for pos, lower in array
        ]
    return cached


#: Parts of speech of the tokens that may be cues, and other words that may open a candidate.
_LOOKED_AT_POS = {VERB, AUX, ADJ, NOUN, ADV}
_LOOKED_AT_WORDS = frozenset(get_string_id(word) for word in ("according", "in", ":"))  # as LOWER holds them


def _is_cue_noun(token: Token) -> bool:
    entry = load_lexicon().get(token.lemma_, "NOUN")
    return entry is not None and entry.cue >= _MIN_NOUN_CUES


def _noun_candidates(segment: Segment, sentence: SpacySpan, noun: Token) -> list[Candidate]:
    """ "his claim that ...", "Trump's criticism of X", "expressed support for X": a noun of saying or
    stance with its clause or prepositional object as content. The source is the possessor, else the
    subject of the verb the noun is the object of (whose words then join the cue: "has expressed support
    for")."""
    options: list[_ContentOption] = []
    for child in noun.rights:
        opener = {g.lower_ for g in children(child) if g.dep_ in {"mark", "aux"}}
        if child.dep_ in {"acl", "ccomp", "relcl"} and opener & {"that", "to"}:
            span = _trimmed(sentence, child.left_edge.i, child.right_edge.i)
            if span is not None:
                options.append(([span], "noun_clause", None))
        elif child.dep_ == "prep" and child.i == noun.i + 1:
            pobject = _prepositional_object(child)
            span = _trimmed(sentence, pobject.left_edge.i, pobject.right_edge.i) if pobject else None
            if span is not None:
                options.append(([span], f"noun_prep_{child.lower_}", child))
    if not options:
        return []
    possessor = next((c for c in children(noun) if c.dep_ == "poss"), None)
    cue_start = segment.char_start(noun)
    source: tuple[int, int] | None = None
    if possessor is not None:
        source = _char_range(segment, possessor.left_edge, possessor.right_edge)
    elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        source, _ = _source_of(segment, noun.head)
        if source is not None:
            cue_start = _cue_span(segment, noun.head)[0]
    elif (copula := _copula_of_stance(noun)) is not None:
        source, _ = _source_of(segment, copula)
        if source is not None:
            cue_start = segment.char_start(copula)
            # "X was of the view that ...": an idiom of stance, however rare the noun is as a cue
            options = [
                (part, STANCE_CLAUSE if kind == "noun_clause" else kind, end) for part, kind, end in options
            ]
    return [
        _candidate(
            noun,
            Relation(
                cue=(cue_start, segment.char_end(cue_end if cue_end is not None else noun)),
                source=source,
                content=[_char_range(segment, first, last) for first, last in parts],
            ),
            content_type,
            parts,
        )
        for parts, content_type, cue_end in options
    ]


def _copula_of_stance(noun: Token) -> Token | None:
    """The copula of "was of the view that ...", "are of the opinion that ...": a stance held by the subject
    of "be", whose words join the cue (PolNeAR's be-headed cues, as "was critical of")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    copula = preposition.head
    return copula if copula.lemma_ == "be" and copula.i < preposition.i else None


def _adverb_candidates(segment: Segment, sentence: SpacySpan, adverb: Token) -> list[Candidate]:
    """ "The group is reportedly spending $1.5 million", "Reportedly, he made ...": an adverb of hearsay
    attributes the clause it modifies, with no source (PolNeAR's cue is the adverb alone, the content the
    clause around it). Under a verb of saying ("reportedly said") the verb is the cue."""
    head = adverb.head
    if head.pos_ not in {"VERB", "AUX"} or load_scorer().is_speech(head):
        return []
    around = [
        _trimmed(sentence, head.left_edge.i, adverb.i - 1),
        _trimmed(sentence, adverb.i + 1, head.right_edge.i),
    ]
    parts = [part for part in around if part is not None]
    if not parts:
        return []
    content = [_char_range(segment, first, last) for first, last in parts]
    relation = Relation((segment.char_start(adverb), segment.char_end(adverb)), None, content)
    return [_candidate(adverb, relation, "adverb", parts)]


def _is_predicate_adjective(token: Token) -> bool:
    """ "was critical of X", "is eager to Y", "are confident that Z": an adjective after a copula is a cue
    (PolNeAR's be-headed cues) with its prepositional object or clause as content."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.i < token.i


def _predicate_candidates(segment: Segment, sentence: SpacySpan, cue: Token) -> list[Candidate]:
    """A verb, auxiliary or predicate adjective with each content the parse offers it."""
    options = _content_options(sentence, cue)
    if not options:
        return []
    source, absolute_with = _source_of(segment, cue)
    if source is not None:
        # "“…!” beamed X": the noun phrase the parser took for an object is the source, not what was said
        options = [
            option
            for option in options
            if not any(first.i > cue.i and segment.char_start(first) == source[0] for first, _ in option[0])
        ]
        if not options:
            return []
    clause_start = _own_clause_start(segment, cue)
    cue_start, cue_stop = _cue_span(segment, cue)
    candidates = []
    for parts, content_type, cue_end in options:
        cue_range = (cue_start, segment.char_end(cue_end) if cue_end is not None else cue_stop)
        content = [_char_range(segment, first, last) for first, last in parts]
        raising = content_type == "raising"  # no source, whatever the subject
        relation = Relation(
            cue_range,
            None if raising else source,
            content,
            absolute_with=None if raising else absolute_with,
            clause_start=None if raising else clause_start,
        )
        candidates.append(_candidate(cue, relation, content_type, parts))
    return candidates


def _candidate(cue: Token, relation: Relation, content_type: str, parts: list[_TokenRange]) -> Candidate:
    """A candidate with what the classifier needs to know of its content: size, whether it holds a verb,
    its first word and its syntactic head."""
    doc = cue.doc
    heads, verbal = _heads_and_verbs(doc)
    indices = [i for first, last in parts for i in range(first.i, last.i + 1)]
    low, high = parts[0][0].i, parts[-1][1].i
    head_index = next((i for i in indices if not low <= heads[i] <= high or heads[i] == i), None)
    head = doc[head_index] if head_index is not None else None
    opener = parts[0][0]
    first_word = opener.lower_ if opener.lower_ in _CONTENT_OPENERS else f"<{opener.tag_}>"
    clausal = any(verbal[i] for i in indices)
    return Candidate(cue, relation, content_type, len(indices), clausal, first_word, head)


def _heads_and_verbs(doc: Doc) -> tuple[list[int], list[bool]]:
    """Each token's head index and whether it is a verb or auxiliary, read once per parsed stretch from the
    doc's arrays (a content spans many tokens, and spaCy makes a new Token object on every access)."""
    cached: tuple[list[int], list[bool]] | None = doc.user_data.get("heads_and_verbs")
    if cached is None:
        array = doc.to_array([HEAD, POS])
        heads = (array[:, 0].astype(np.int64) + np.arange(len(doc))).tolist()  # HEAD is relative
        cached = doc.user_data["heads_and_verbs"] = (heads, [pos in _VERBAL for pos in array[:, 1].tolist()])
    return cached


#: Parts of speech that make a content clausal.
_VERBAL = {VERB, AUX}
#: Words that open a content and say what kind it is (a claim, a question, an intention).
_CONTENT_OPENERS = {
    "that", "to", "if", "whether", "for",  # a claim, an intention, a question
    "what", "why", "how", "who", "when", "where", "which",  # an embedded question
}

_TokenRange = tuple[Token, Token]
_ContentOption = tuple[list[_TokenRange], str, "Token | None"]


def _content_options(sentence: SpacySpan, cue: Token) -> list[_ContentOption]:
    """The contents the parse offers for a cue: token ranges, how they were found, and the last cue token
    when the cue takes a preposition ("called for", "apologized for")."""
    options: list[_ContentOption] = []

    def add(first: int, last: int, content_type: str, cue_end: Token | None = None) -> None:
        if first < cue.i <= last:
            # the content's subtree reaches back past the cue ("which the minister said would create
            # jobs"): the parts on either side of the cue and its subject
            stop = min([_cue_first(cue).i, *(c.left_edge.i for c in cue.lefts if c.dep_ in _SUBJECTS)])
            parts = [_trimmed(sentence, first, stop - 1), _trimmed(sentence, _cue_last(cue).i + 1, last)]
            kept = [part for part in parts if part is not None]
            if kept:
                options.append((kept, content_type, cue_end))
            return
        span = _trimmed(sentence, first, last)
        if span is not None:
            options.append(([span], content_type, cue_end))

    def add_with_tail(first: int, last: int) -> None:
        # "Ms. Malik had two interviews, federal officials said, the first by a consular officer": a clause
        # before the cue and what follows the cue's own words after a comma (PolNeAR's content often runs
        # on to the end of the sentence); not around quotations, whose words end at their closing marks
        tail = _tail_after_cue(sentence, cue)
        before = _trimmed(sentence, first, last)
        if tail is None or before is None or _has_quote_mark(span_text(sentence)):
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
                if any(g.dep_ in _SUBJECTS or g.dep_ == "expl" for g in children(conj)):
                    last = max(last, conj.right_edge.i)
            # "predicted no deal could happen, unless X": a subordinate clause the parser hung from the cue
            # after the content is still part of what was said
            for subordinate in (c for c in children(cue) if c.i > last):
                marked = subordinate.dep_ == "advcl" and bool(_marks(subordinate) & _CONDITIONS)
                # "because" the parser takes for a preposition ("because of the cost", "because it ...")
                if marked or (subordinate.dep_ == "prep" and subordinate.lower_ in _CONDITIONS):
                    last = max(last, subordinate.right_edge.i)
        add(min(c.left_edge.i for c in chosen), last, "ccomp" if after else "ccomp_before")
        if not after:
            add_with_tail(min(c.left_edge.i for c in chosen), last)
    if _is_postposed(sentence, cue):
        add(cue.head.left_edge.i, _core_edges(cue)[0] - 1, "postposed")
        add_with_tail(cue.head.left_edge.i, _core_edges(cue)[0] - 1)
    parenthetical = _parenthetical_content(sentence, cue) or _preposed_content(sentence, cue)
    if parenthetical:
        options.append((parenthetical, "parenthetical", None))
    for complement in (c for c in children(cue) if c.dep_ == "xcomp" and c.i > cue.i):
        # an infinitive ("vowed to fight") or a gerund ("recalled sitting in on focus groups", "proposed
        # cutting taxes"); "began talking" and the like are left to the classifier. After a preposition
        # with its object ("called on the mayor to apologize") the infinitive is the object's to do: the
        # reading is the preposition's, with the object and the infinitive together (below)
        if _asked_object(cue, complement) is not None:
            continue
        if _is_infinitive(complement) or complement.tag_ == "VBG":
            add(complement.left_edge.i, complement.right_edge.i, "xcomp")
    # ROOT cue after a sentence-initial content clause the parser left unattached ("It is over, she said")
    if cue.dep_ == "ROOT" and any(c.dep_ in _SUBJECTS and c.i < cue.i for c in children(cue)):
        clause = [c for c in children(cue) if c.i < cue.i and c.dep_ in {"ccomp", "parataxis"}]
        if clause:
            add(clause[0].left_edge.i, clause[-1].right_edge.i, "root_clause")
            add_with_tail(clause[0].left_edge.i, clause[-1].right_edge.i)
        else:
            fragment = _fragment_before(sentence, cue)
            if fragment is not None:
                add(sentence.start, fragment, "root_clause")
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and _has_agent(cue) and cue.head.i < cue.i:
        # "the bill, opposed by House Republicans, ...", "a sentiment endorsed by the crowd": the agent holds
        # the noun phrase the participle modifies
        add(cue.head.left_edge.i, cue.i - 1, "passive_noun")
    raising = _raising_clause(sentence, cue)
    if raising is not None:
        options.append((raising, "raising", None))
    relative = _relative_content(sentence, cue)
    if relative is not None:
        options.append((relative, "relative", None))
    passive_subject = _passive_subject_content(sentence, cue)
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
        pobject = _prepositional_object(child) if child.dep_ == "prep" and child.i > cue.i else None
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
            and _is_infinitive(infinitive)
            and all(t.dep_ in {"prt", "advmod", "neg"} for t in between)
        ):
            add(mark.i + 1, infinitive.right_edge.i, "for_clause", mark)
    return options


def _asked_object(cue: Token, infinitive: Token) -> Token | None:
    """ "called on the mayor to apologize", "appealed to Congress to act", "pleaded with them to stay": the
    object of a preposition right after the verb, running up to the infinitive, which that object is asked
    to do."""
    preposition = next((c for c in children(cue) if c.dep_ == "prep" and cue.i < c.i < infinitive.i), None)
    if preposition is None or preposition.lower_ not in _ASKING_PREPOSITIONS or preposition.i != cue.i + 1:
        return None
    pobject = _prepositional_object(preposition)
    return pobject if pobject is not None and pobject.right_edge.i + 1 == infinitive.left_edge.i else None


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


def _tail_after_cue(sentence: SpacySpan, cue: Token) -> _TokenRange | None:
    """What follows a cue (and a subject after it) past a comma, to the end of the sentence, when only the
    cue's own modifiers stand before that comma ("said on Thursday, ...")."""
    doc = sentence.doc
    inverted = [c.right_edge.i for c in children(cue) if c.i > cue.i and c.dep_ in _SUBJECTS | {"dobj"}]
    at = max([_cue_last(cue).i, *inverted]) + 1
    while at < sentence.end and doc[at].text != ",":
        if doc[at].is_punct or doc[at].is_space or cue not in doc[at].ancestors:
            return None
        at += 1
    tail = _trimmed(sentence, at + 1, sentence.end - 1) if at < sentence.end else None
    if tail is None or tail[0].pos_ == "CCONJ":
        return None  # "..., and the governor warned of more rain": the next clause, not more of the content
    return tail


def _raising_clause(sentence: SpacySpan, cue: Token) -> list[_TokenRange] | None:
    """ "Enthusiasm for the plan appears to have plummeted", "the senator is expected to attend", "a
    developer known to be bullish": the clause from its subject (or the noun a participle modifies) to the
    complement, in two parts around the cue."""
    passive = _is_passive(cue) or (cue.tag_ == "VBN" and cue.dep_ == "acl")
    if _has_agent(cue):
        return None  # "was declared the winner by officials": the agent is the source
    if cue.lemma_ in _RAISING:
        complements = [c for c in children(cue) if c.i > cue.i and c.dep_ in _RAISING_COMPLEMENTS]
    elif passive:
        # "is expected to attend", "was declared the winner"
        complements = [
            c
            for c in children(cue)
            if c.i > cue.i and (c.dep_ == "oprd" or (c.dep_ == "xcomp" and _is_infinitive(c)))
        ]
    else:
        return None
    if not complements:
        return None
    subjects = [c for c in children(cue) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i]
    if subjects:
        first = subjects[0].left_edge.i
    elif cue.dep_ == "acl" and cue.head.i < cue.i:
        first = cue.head.left_edge.i
    else:
        return None
    before = _trimmed(sentence, first, _cue_first(cue).i - 1)
    after = _trimmed(sentence, cue.i + 1, complements[-1].right_edge.i)
    return [before, after] if before is not None and after is not None else None


def _relative_content(sentence: SpacySpan, cue: Token) -> list[_TokenRange] | None:
    """ "allegations, which the chairman denies", "a fact he mentions on the trail", "who he accused of
    lying": a relative clause whose object is the noun it modifies; the content is the relative pronoun
    (or, with none, the noun) and what follows the cue."""
    noun = cue.head
    if cue.dep_ != "relcl" or noun.i > cue.i or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"} and c.i > cue.i for c in children(cue)):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS:
        return None  # "who endorsed her": the pronoun is the source
    pronoun = next((c for c in children(cue) if c.i < cue.i and c.lower_ in _RELATIVE_PRONOUNS), None)
    before: _TokenRange = (pronoun, pronoun) if pronoun is not None else (noun.left_edge, noun)
    if pronoun is None:
        # the noun phrase up to the clause, with what the noun's own modifiers add ("the sort of change")
        before = _trimmed(sentence, noun.left_edge.i, cue.left_edge.i - 1) or before
    after = _trimmed(sentence, cue.i + 1, cue.right_edge.i)
    return [before, after] if after is not None else [before]


def _passive_subject_content(sentence: SpacySpan, cue: Token) -> list[_TokenRange] | None:
    """ "The move was criticized by the unions", "an inquiry, which was first reported by the paper": a
    passive with an agent and no other complement is about its subject."""
    if not _has_agent(cue):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "dobj"} for c in children(cue)):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubjpass" and c.i < cue.i), None)
    if subject is None:
        return None
    span = _trimmed(sentence, subject.left_edge.i, subject.right_edge.i)
    return [span] if span is not None else None


def _marks(clause: Token) -> set[str]:
    """The subordinating conjunctions that open a clause ("that", "if", "as"), lower-cased."""
    return {c.lower_ for c in children(clause) if c.dep_ == "mark"}


def _question_clauses(cue: Token) -> list[Token]:
    """ "asked the candidate on Wednesday if the project was still on": a yes-no question the parser hangs
    from the cue as an adverbial clause."""
    for clause in (c for c in children(cue) if c.dep_ == "advcl" and c.i > cue.i):
        if _marks(clause) & {"if", "whether"}:
            return [clause]
    return []


def _clauses_after_setting(cue: Token) -> list[Token]:
    """ "said in an interview that ...", "insisted at a briefing with reporters that ...": the parser often
    hangs the that-clause off the noun of the setting, but it is what the speaker said. Only a clause opened
    by the conjunction "that" counts (the parser may still label it a relative clause), not one whose "that"
    is a relative pronoun ("in a letter that was sent ...")."""
    if cue.pos_ != "VERB":
        return []
    nouns = [_prepositional_object(c) for c in children(cue) if c.dep_ == "prep" and c.i > cue.i]
    for noun in [n for n in nouns if n is not None]:
        # the setting's own prepositional phrase ("an interview with CNN that ...") may carry the clause
        inner = [_prepositional_object(c) for c in children(noun) if c.dep_ == "prep"]
        for head in [noun, *(n for n in inner if n is not None)]:
            clauses = [
                c for c in children(head)
                if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > head.i and c.left_edge.lower_ == "that"
                and any(g.dep_ == "mark" and g.i == c.left_edge.i for g in children(c))
            ]
            if clauses:
                return clauses[:1]
    return []


def _says(verb: Token, scorer: CueScorer) -> bool:
    """An active verb of saying."""
    return scorer.is_speech(verb) and not _is_passive(verb)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in children(verb))


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in children(verb))


def _is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in children(verb))


def _prepositional_object(preposition: Token) -> Token | None:
    """The object of a preposition: a noun phrase ("for the ban") or a clause ("of raising taxes")."""
    return next((c for c in children(preposition) if c.dep_ in {"pobj", "pcomp"}), None)


def _core_edges(token: Token) -> tuple[int, int]:
    """First and last token index of a subtree, punctuation at its edges left out."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > token.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return left, right


def _fragment_before(sentence: SpacySpan, cue: Token) -> int | None:
    """ "People like Scott, he said.": words the parser could not make a clause of, set off by a comma
    before a subject and a verb of saying that end the sentence; the index of their last token."""
    subject = next((c for c in children(cue) if c.dep_ in _SUBJECTS and c.i < cue.i), None)
    if subject is None or _has_content_child(cue) or not _says(cue, load_scorer()):
        return None
    doc = sentence.doc
    comma = subject.left_edge.i - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[_cue_last(cue).i + 1 : sentence.end]):
        return None
    # "Then, she apologized.", "On Thursday, they announced.": a connective or an opening adverbial
    opening = [t for t in doc[sentence.start : comma] if not (t.is_punct or t.is_space)]
    if not opening or opening[0].pos_ in _OPENING_POS or all(t.pos_ in _NOT_CONTENT_POS for t in opening):
        return None
    return comma - 1


def _parenthetical_content(sentence: SpacySpan, cue: Token) -> list[_TokenRange] | None:
    """ "The campaign, he says, is different.": a subject-and-cue aside between commas inside its content;
    the content is the sentence around it, in two parts."""
    if cue.dep_ not in {"parataxis", "ccomp", "advcl", "conj"} or cue.head == cue:
        return None
    if not any(c.dep_ in _SUBJECTS or (c.dep_ == "dobj" and c.i > cue.i) for c in children(cue)):
        return None
    if _has_content_child(cue):
        return None
    doc = sentence.doc
    left, right = _core_edges(cue)
    # "..., he said, and intense wrangling could ...": the parser may hang the "and" after the aside on the
    # cue; the aside then closes the speaker's words
    joined = doc[right].dep_ == "cc" and doc[right].head == cue and right - 1 > cue.i
    if joined:
        right -= 2 if doc[right - 1].text == "," else 1
    if left <= sentence.start or right + 2 >= sentence.end:
        return None
    if doc[left - 1].text != "," or doc[right + 1].text != ",":
        return None
    before = _trimmed(sentence, sentence.start, left - 1)
    after = None if joined else _trimmed(sentence, right + 2, sentence.end - 1)
    return [span for span in (before, after) if span] or None


def _preposed_content(sentence: SpacySpan, cue: Token) -> list[_TokenRange] | None:
    """ "In the early 1990s, Ms. Roe said, when she was earning $24,000 a year, a boss invited her", "As the
    Post reported, he would need 55 percent": a subject-and-cue clause closed by a comma, which the parser
    hangs from the clause after it; the content is that clause and what opens the sentence before it."""
    head = cue.head
    if head == cue or head.i < cue.i or _has_content_child(cue):
        return None
    as_clause = cue.dep_ == "advcl" and "as" in _marks(cue)
    if cue.dep_ not in {"parataxis", "ccomp"} and not as_clause:
        return None
    subject = next((c for c in children(cue) if c.dep_ in _SUBJECTS and c.i < cue.i), None)
    last = _cue_last(cue)
    if subject is None or cue.right_edge.i > last.i + 1 or last.i + 1 >= sentence.end:
        return None
    if sentence.doc[last.i + 1].text != ",":
        return None
    after = _trimmed(sentence, last.i + 2, sentence.end - 1)
    if after is None:
        return None
    # before an as-clause only its own opening words ("But as ..."); before a bare cue clause, whatever the
    # parser hung from it ("In the early 1990s, Ms. Roe said")
    opening = cue.left_edge.i if as_clause else subject.left_edge.i
    before = _trimmed(sentence, sentence.start, opening - 1) if opening > sentence.start else None
    if before is not None and before[0] == before[1] and before[0].pos_ in {"CCONJ", "ADV"}:
        before = None  # "But as X noted, ...": a bare conjunction is not part of what was reported
    return [span for span in (before, after) if span]


def _is_postposed(sentence: SpacySpan, cue: Token) -> bool:
    """ "X is ready, Russian sources say.": a cue clause with its own subject, set off by a comma at the end
    of the sentence, whose head is the content clause before it."""
    head = cue.head
    if head == cue or head.i > cue.i or cue.dep_ not in {"parataxis", "ccomp", "advcl", "conj"}:
        return False
    if not any(c.dep_ in _SUBJECTS for c in children(cue)) or _has_content_child(cue):
        return False
    doc = sentence.doc
    left, right = _core_edges(cue)
    if left <= head.left_edge.i or doc[left - 1].text not in _SETTING_OFF | set(QUOTE_MARKS):
        return False
    last = sentence.end - 1
    while last > cue.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return right >= last


def _has_content_child(token: Token) -> bool:
    return any(c.dep_ in {"ccomp", "xcomp"} for c in children(token))


def _trimmed(sentence: SpacySpan, first: int, last: int) -> _TokenRange | None:
    doc = sentence.doc
    while first <= last and (doc[first].text in _TRIM or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].text in _TRIM or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    return doc[first], doc[last]


def _source_of(segment: Segment, cue: Token) -> tuple[tuple[int, int] | None, int | None]:
    """The cue's source span, and the offset of "with" when the source is an absolute "with X saying"."""
    subject = _subject_span(segment, cue)
    has_said = _contracted_has(cue)
    if has_said is not None:
        return _noun_phrase(segment, has_said), None
    if subject is not None or any(c.dep_ in {"nsubjpass", "expl"} for c in children(cue)):
        return subject, None
    swallowed = _subject_in_clause_before(segment, cue)
    if swallowed is not None:
        return swallowed, None
    # "when asked", with the participle mistagged as a finite verb that has no subject
    reduced = cue.tag_ == "VBD" and any(c.i < cue.i and c.lower_ in _REDUCED_OPENERS for c in children(cue))
    if cue.dep_ == "advcl" and (cue.tag_ == "VBN" or reduced):
        # "Asked whether ..., Johnson said", "X said when asked how ...": the passive participle's subject is
        # who was asked, not who asked
        return None, None
    if cue.tag_ == "VBG" and cue.dep_ in {"advcl", "acl"}:
        absolute = _absolute_with_source(segment, cue)
        if absolute is not None:
            return absolute
        if (
            cue.dep_ == "acl"
            and cue.head.pos_ in {"NOUN", "PROPN", "PRON"}
            and (cue.head.dep_ in _NOUN_SOURCES or not _set_off(cue))
        ):
            noun = cue.head
            return _char_range(segment, noun.left_edge, _before(cue, noun.left_edge)), None
        # "and the union has sued the city, saying ...", "a charge that party leaders denied, noting ...",
        # "“…,” Clinton said, while arguing ...": a coordinated, relative or inserted clause right before the
        # participle's comma is whose act it continues, though the parser may hang the participle higher up
        before = _clause_before(cue)
        if before is not None and before.dep_ in {"conj", "relcl", "parataxis"}:
            subject = _subject_span(segment, before)
            if subject is not None:
                return subject, None
        # "X said Y has made clear Z, saying W": the participle speaks for the reporting verb's subject,
        # wherever the parser hung it -- but not for a verb inside a quote when it stands outside
        # (“I think it would make things worse,” Clinton said, while arguing ...)
        for ancestor in cue.ancestors:
            if inside_quote(ancestor) != inside_quote(cue) or not load_scorer().is_speech(ancestor):
                continue
            subject = _subject_span(segment, ancestor)
            if subject is not None:
                return subject, None
    token = cue
    for _ in range(4):
        if not _shares_subject(token):
            return _stray_subject(segment, cue), None
        if token.dep_ == "xcomp":
            # "prompting voters to reconsider": the object of the verb above is who does the infinitive
            controller = next((c for c in children(token.head) if c.dep_ == "dobj" and c.i < token.i), None)
            if controller is None:
                # "called on the mayor to apologize": the preposition's object
                controller = _asked_object(token.head, token)
            if controller is not None:
                return _noun_phrase(segment, controller), None
        token = token.head
        subject = _subject_span(segment, token)
        if subject is not None:
            return subject, None
    return None, None


def _subject_in_clause_before(segment: Segment, cue: Token) -> tuple[int, int] | None:
    """ "Roe offered him a job, then says he ...", "Majorities of voters going to the polls say they ...",
    "Activists clamoring to block him say they ...": a finite verb with its content clause after it but no
    subject, because the parser took the words before it, subject and all, for a second content clause or an
    adverbial one: that clause's subject is the verb's."""
    if cue.tag_ not in _FINITE_VERB_TAGS or not _has_clause_after(cue):
        return None
    before = next((c for c in reversed(list(cue.lefts)) if c.dep_ in {"ccomp", "advcl"}), None)
    if before is None:
        return None
    if before.dep_ == "advcl" and (before.tag_ != "VBG" or any(c.dep_ == "mark" for c in children(before))):
        return None  # "Although those attacks happened abroad, the paper claims ...": a clause of its own
    # the clause's first subject: "Mr. Roe, whose finish was seen as a disappointment, said ..."
    subject = next((c for c in children(before) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    # ... which opens the sentence (after a conjunction, maybe) or follows a comma ("While …, sources privy
    # to the talks say …")
    first = subject.left_edge
    opens = first.i == cue.sent.start or (first.i == cue.sent.start + 1 and first.nbor(-1).pos_ == "CCONJ")
    return _noun_phrase(segment, subject) if opens or first.nbor(-1).text == "," else None


def _contracted_has(cue: Token) -> Token | None:
    """ "While he's said he'll fight ...": the parser reads the contracted "has" as a passive "is"; the
    verb's content after it shows it is active, and its "passive subject" is the source."""
    contracted = any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in children(cue))
    if not contracted or not _has_clause_after(cue):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and subject.lower_ not in {"it", "this", "that"} else None


def _has_clause_after(cue: Token) -> bool:
    """Whether a content clause hangs from the cue after it ("says he …")."""
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in children(cue))


def _own_clause_start(segment: Segment, cue: Token) -> int | None:
    """Where a verb of saying's clause starts when it has its own subject and follows, coordinated or set
    against it, the clause before ("..., and they say that ...", "..., while another says ..."). The parser
    often hangs such a clause inside the content of the attribution before; PolNeAR ends that content where
    this one starts. A second complement of the same cue ("..., and that ...") or a weaker verb joined to the
    content ("..., and people see it as ...") stays in it."""
    head = cue.head
    if head.i > cue.i or head.pos_ not in {"VERB", "AUX"} or not load_scorer().is_speech(cue):
        return None
    subject = next((child for child in children(cue) if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS:
        return None
    marks = _marks(cue)
    if cue.dep_ in {"conj", "parataxis"} and not marks & {"that", "whether", "if"}:
        return segment.char_start(cue.left_edge)
    if cue.dep_ == "ccomp" and not marks and _after_comma_and(cue.left_edge):
        return segment.char_start(cue.left_edge)
    if cue.dep_ == "advcl" and marks & _CONTRASTS:
        return segment.char_start(cue.left_edge)
    return None


def _after_comma_and(first: Token) -> bool:
    """Whether a clause's first word follows ", and" or ", but": a clause of its own, not a second
    complement of the verb before ("said A, and more than 4 in 10 said B")."""
    doc = first.doc
    return (
        first.i >= 2
        and doc[first.i - 1].lower_ in {"and", "but"}
        and doc[first.i - 1].dep_ == "cc"
        and doc[first.i - 2].text == ","
    )


def _clause_before(participle: Token) -> Token | None:
    """The verb of the clause that ends right before the comma that opens a participial phrase."""
    doc = participle.doc
    comma = participle.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    last = doc[comma - 1]
    verbs = (t for t in [last, *last.ancestors] if t.pos_ in {"VERB", "AUX"} and t.i < participle.i)
    return next(verbs, None)


def _shares_subject(token: Token) -> bool:
    """Whether a verb without a subject shares the one of the verb it hangs from. In a series of finite
    verbs ("looked up, furrowed his brow and said") the parser often links the second to the first as a bare
    `dep`."""
    if token.head == token:
        return False
    finite = token.tag_ in _FINITE_VERB_TAGS and token.head.tag_ == token.tag_
    series = token.dep_ == "dep" and finite and token.i > token.head.i
    return token.dep_ in _SHARED_SUBJECT or series


def _stray_subject(segment: Segment, cue: Token) -> tuple[int, int] | None:
    """ "LeVell said the group ...": a name the parser did not take for a subject (an unknown word tagged as
    an interjection, an adverb or a loose dependent) right before a clause-taking cue is its subject."""
    if not _has_content_child(cue) or cue.i == 0:
        return None
    left = [
        c for c in cue.lefts if not (c.is_punct or c.is_space or c.dep_ in _CUE_MODIFIERS or _is_adverb_of(c))
    ]
    if not left:
        return None
    stray = left[-1]
    loose = {"intj", "dep", "npadvmod", "nmod", "advmod"}
    if stray.dep_ in loose and stray.pos_ in {"PROPN", "NOUN", "INTJ", "X"}:
        return _noun_phrase(segment, stray)
    if stray.dep_ == "prep":
        # "In a statement to the paper, her adviser, Jo Roe, said: ...": the parser may hang the subject on
        # the fronted phrase, as an apposition to its last noun set off by commas
        last = _before(cue, stray)
        doc = cue.doc
        for token in stray.subtree:
            if (
                token.dep_ == "appos"
                and token.head.dep_ == "pobj"
                and token.right_edge.i == last.i
                and token.left_edge.i > 0
                and doc[token.left_edge.i - 1].text == ","
            ):
                return _noun_phrase(segment, token)
    return None


def _before(token: Token, floor: Token) -> Token:
    """The last non-punctuation token before `token`, not before `floor`."""
    doc = token.doc
    i = token.i - 1
    while i > floor.i and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    return doc[i]


def _set_off(token: Token) -> bool:
    """Whether a comma or dash comes right before the phrase `token` heads."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text in _SETTING_OFF


def _absolute_with_source(segment: Segment, participle: Token) -> tuple[tuple[int, int], int] | None:
    """ "..., with one source, who knows him, saying ...": the object of "with" just before the participle.
    A comma before the participle must close an aside of that object: in "went with the odds, pointing out
    ..." the participle is the subject's."""
    previous = _before(participle, participle.doc[max(participle.sent.start, participle.i - 40)])
    for candidate in [previous, *previous.ancestors]:
        is_with_object = candidate.dep_ == "pobj" and candidate.head.lower_ == "with"
        aside = any(c.dep_ in {"relcl", "appos", "acl"} and c.i < participle.i for c in candidate.rights)
        if is_with_object and candidate.right_edge.i < participle.i and (aside or not _set_off(participle)):
            start, end = _char_range(segment, candidate.left_edge, previous)
            return (start, end), segment.char_start(candidate.head)
        if candidate.i < participle.i - 40:
            break
    return None


def _subject_span(segment: Segment, verb: Token, passive: bool = False) -> tuple[int, int] | None:
    """The subject subtree of `verb` ("by"-agent for a passive), or None ("it was reported that ..."); with
    `passive`, the passive subject too ("X could not be reached").

    After a quote the subject often follows the verb ("...,” said the spokesman) and the parser may take it
    for an object ("added a Democrat") or find a second subject inside the quote: then the noun phrase right
    after the verb is the subject."""
    subjects = [
        c for c in children(verb) if c.dep_ in {"nsubj", "csubj"} or (passive and c.dep_ == "nsubjpass")
    ]
    if not subjects:
        # "Her friends have in the past said ...": a phrase between the auxiliary and the verb may lead the
        # parser to hang the subject on the auxiliary
        auxiliaries = [c for c in verb.lefts if c.dep_ == "aux"]
        subjects = [s for aux in auxiliaries for s in children(aux) if s.dep_ == "nsubj"]
    passive_only = not subjects and any(c.dep_ == "nsubjpass" for c in children(verb))
    if not passive_only and verb.tag_ != "VBG" and _after_quote(verb):
        after = [c for c in children(verb) if c.i > verb.i and c.dep_ in {"nsubj", "dobj"}]
        if after:
            return _noun_phrase(segment, after[0])
    if subjects:
        # two subjects are a misparse ("Two-thirds support a ban, but majorities say ..." with "support" read
        # as a noun): the one nearest the verb is its own, unless that is a stray word ("themselves", "both");
        # one before the verb wins over one after it ("X said Saturday night", "night" taken for a subject)
        nouns = [subject for subject in subjects if not _stray_subject_word(subject)] or subjects
        own = min(nouns, key=lambda subject: (subject.i > verb.i, abs(subject.i - verb.i)))
        return _noun_phrase(segment, own)
    for child in children(verb):
        if child.dep_ == "agent":
            objects = [c for c in children(child) if c.dep_ == "pobj"]
            if objects:
                return _noun_phrase(segment, objects[0])
    return None


def _stray_subject_word(token: Token) -> bool:
    """A word the parser may take for a second subject: "both", "n't", a reflexive ("Billionaires themselves
    ...")."""
    return (
        token.pos_ in {"DET", "PART", "ADV"}
        or token.lower_ in {"both", "all", "each"}
        or token.lower_.endswith(("self", "selves"))
    )


def _after_quote(verb: Token) -> bool:
    """The verb follows a closing quote (and maybe a comma): “...,” said X."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].text in {",", "—", "–"} or doc[i].is_space):
        i -= 1
    if i < 0:
        return False
    return doc[i].text in {"”", '"', "''"} or (
        i > 0 and doc[i].text in {",", "."} and doc[i - 1].text in QUOTE_MARKS
    )


def _noun_phrase(segment: Segment, head: Token) -> tuple[int, int]:
    """A source noun phrase: its subtree, without a participial aside set off by commas ("The minister,
    speaking in Paris last week, told ...") and without trailing punctuation."""
    last = _last_of_subtree(head)
    for child in head.rights:
        if child.dep_ in {"acl", "advcl"} and child.tag_ in {"VBG", "VBN"} and child.i > head.i:
            before = child.left_edge.i - 1
            if before > head.i and head.doc[before].text == ",":
                last = _before(head.doc[before], head)
                break
    first = head.left_edge
    if first.i < head.i and first.text in CLOSING_MARKS:
        first = first.nbor()  # "“…,” Jo Roe, the chairman, said": the parser may take the closing mark in
    start, end = _char_range(segment, first, last)
    # "MYRTLE BEACH, S.C. - Sen. Jo Roe (R-Tex.) said": a dateline opening the paragraph is not the source
    at = start - segment.start
    if at == 0 or segment.text[at - 1] == "\n":
        dateline = _DATELINE.match(segment.text, at, end - segment.start)
        if dateline is not None:
            start = segment.start + dateline.end()
    return start, end


def _last_of_subtree(token: Token) -> Token:
    last = token.right_edge
    doc = token.doc
    while last.i > token.i and (last.text in _TRIM or last.is_space or last.text in QUOTE_MARKS):
        last = doc[last.i - 1]
    return last


def _cue_span(segment: Segment, cue: Token) -> tuple[int, int]:
    """The cue verb with the auxiliaries, negation and adverbs right before it ("has repeatedly said"); a
    predicate adjective with its copula ("was deeply critical")."""
    if _is_predicate_adjective(cue):
        return _cue_span(segment, cue.head)[0], _cue_span_end(segment, cue)
    return segment.char_start(_cue_first(cue)), _cue_span_end(segment, cue)


def _cue_first(cue: Token) -> Token:
    """The first token of the cue span: the auxiliaries, negation and adverbs right before the cue."""
    first = cue
    for child in sorted(cue.lefts, key=lambda c: -c.i):
        if child.i == first.i - 1 and (child.dep_ in _CUE_MODIFIERS or _is_adverb_of(child)):
            first = child
    return first


def _is_adverb_of(child: Token) -> bool:
    """An adverb of the cue ("also said"), not a name the parser hung as one ("Mukasey said")."""
    return child.dep_ == "advmod" and child.pos_ != "PROPN"


def _cue_span_end(segment: Segment, cue: Token) -> int:
    return segment.char_end(_cue_last(cue))


def _cue_last(cue: Token) -> Token:
    """The last token of the cue span: the cue and the particles right after it ("pointed out")."""
    last = cue
    for child in cue.rights:
        if child.i == last.i + 1 and child.dep_ == "prt":
            last = child
    return last


def _according_to(segment: Segment, sentence: SpacySpan, according: Token) -> Relation | None:
    to = according.nbor()
    objects = [c for c in children(to) if c.dep_ == "pobj"] or [
        c for c in children(according) if c.dep_ == "pobj"
    ]
    source = _char_range(segment, objects[0].left_edge, _last_of_subtree(objects[0])) if objects else None
    phrase_start = according.i
    phrase_end = max(according.right_edge.i, to.right_edge.i)
    # the clause the phrase modifies is the content ("X earned $600 million, according to filings, a huge
    # sum"); when the parser hangs the phrase elsewhere, the longer side of the sentence
    head = according.head
    if head.pos_ in {"VERB", "AUX"} and sentence.start <= head.i < sentence.end and head != according:
        before = head.i < phrase_start
    else:
        before = phrase_start - sentence.start > sentence.end - 1 - phrase_end
    parts = [
        _trimmed(sentence, sentence.start, phrase_start - 1),
        _trimmed(sentence, phrase_end + 1, sentence.end - 1),
    ]
    if before or not any(c.dep_ in _SUBJECTS and c.i < phrase_start for c in children(head)):
        # "The suspect, according to the police, fled": both sides when the phrase splits a clause from its
        # subject, else the one side
        parts = [parts[0]] if before else [parts[1]]
    kept = [part for part in parts if part is not None]
    if not kept:
        return None
    return Relation(
        cue=(segment.char_start(according), segment.char_end(to)),
        source=source,
        content=[_char_range(segment, first, last) for first, last in kept],
    )


def _in_survey(segment: Segment, sentence: SpacySpan, preposition: Token) -> Relation | None:
    """ "In a Gallup poll released Monday, 50 percent chose ...": a sentence opened by a poll or survey
    reports its finding as "according to" would (16 of 19 such sentences in PolNeAR train are annotated so,
    with "In" for the cue)."""
    survey = next((c for c in children(preposition) if c.dep_ == "pobj"), None)
    if survey is None or survey.lemma_.lower() not in _SURVEYS:
        return None
    if preposition.head.pos_ not in {"VERB", "AUX"}:
        return None
    content = _trimmed(sentence, preposition.right_edge.i + 1, sentence.end - 1)
    if content is None:
        return None
    return Relation(
        cue=(segment.char_start(preposition), segment.char_end(preposition)),
        source=_char_range(segment, survey.left_edge, _last_of_subtree(survey)),
        content=[_char_range(segment, *content)],
    )


#: Labels that open a line as a rubric, not a speaker ("The Latest: ...", "Correction: ...").
_RUBRICS = {
    "the latest", "latest", "breaking", "breaking news", "update", "updated", "correction", "corrections",
    "clarification", "editor's note", "editor’s note", "exclusive", "watch", "video", "photos", "related",
    "read more", "analysis", "opinion", "live", "fact check", "abstract", "summary",
}
#: Parts of speech that mark a title's opening as a rubric, not a speaker ("The Latest:", "Wow:", "So:").
_NOT_SPEAKER_POS = {"VERB", "AUX", "INTJ", "ADV", "CCONJ", "SCONJ", "ADJ"}


def _is_headline_colon(sentence: SpacySpan, colon: Token) -> bool:
    """A colon after a short name at the start of a title-like line: "Graham: Trump's plan is ..." (not
    after a verb of saying that the tagger took for part of a name: "Said Roe: “…”", `_opener_speaker`)."""
    before = sentence.doc[sentence.start : colon.i]
    return (
        0 < len(before) <= 4
        and len(before.text) > 1  # "Q:" and "A:" mark an interview's turns, not a headline's speaker
        and (
            all((t.pos_ == "PROPN" or t.is_title) and t.pos_ not in _NOT_SPEAKER_POS for t in before)
            or _after_document_label(colon)  # "Poll:", whatever the tagger makes of it
        )
        and _is_headline_label(before)
        and before.text.lower() not in _RUBRICS
        and not (len(before) > 1 and load_scorer().is_speech_form(before[0].text))
    )


def _is_headline_label(before: SpacySpan) -> bool:
    """A headline's speaker opens with a capital: "Graham", "NY Post", "CNN President On Trump", "AP". A label
    all in capitals and longer than an acronym is a rubric or a transcript's turn ("BOOM:", "HALE:"), which
    `_transcript_turn` reads when it repeats."""
    first = before[0]
    return first.is_title or (first.is_upper and (not before.text.isupper() or len(before.text) <= 3))


def _after_document_label(colon: Token) -> bool:
    """Whether the colon follows a one-word document label that opens its sentence ("Poll:", "Report:")."""
    label = colon.nbor(-1)
    return label.i == colon.sent.start and label.lower_ in _DOCUMENT_LABELS


def _headline_colon(text: str, segment: Segment, sentence: SpacySpan, colon: Token) -> Relation | None:
    content = _trimmed(sentence, colon.i + 1, sentence.end - 1)
    if content is None and sentence.end < len(sentence.doc):
        # "Roe: No outside influence on the probe": the parser may end a sentence at the colon; what
        # follows on the same line is the claim
        following = sentence.doc[sentence.end].sent
        if "\n" not in text[segment.char_end(colon) : segment.char_start(following[0])]:
            content = _trimmed(following, following.start, _line_end(following))
    # a claim has a verb; a bare noun phrase or figure after the colon is a label ("Contributing: Jo Roe",
    # "Clinton: 1,769", "Poll: Sanders in dead heat") -- unless a person says it in headline style ("Roe:
    # No outside influence on the probe"), which is no question about them and no list
    if content is None:
        return None
    claim = sentence.doc[content[0].i : content[1].i + 1]
    if not any(t.pos_ in {"VERB", "AUX"} for t in claim) and not _verbless_claim(colon, claim):
        return None
    return Relation(
        cue=(segment.char_start(colon), segment.char_end(colon)),
        source=_char_range(segment, sentence.doc[sentence.start], sentence.doc[colon.i - 1]),
        content=[_char_range(segment, content[0], content[1])],
    )


def _transcript_turn(text: str, segment: Segment, colon: Token) -> Relation | None:
    """A speaker's turn in a transcript ("ROE: Let's start with ...", perhaps inside a quotation mark
    that opens the paragraph): the colon is the cue, the capitalised name the source, the rest of the line
    the content."""
    at = segment.char_start(colon)
    line_start = text.rfind("\n", 0, at) + 1
    turn = _TURN.match(text, line_start)
    if turn is None or turn.end("label") != at or turn["label"] not in _transcript_speakers(text):
        return None
    line_end = text.find("\n", at)
    line = text[at : len(text) if line_end < 0 else line_end]
    content_end = at + len(line.rstrip().rstrip(QUOTE_MARKS).rstrip())
    content_start = turn.end() - 1
    if content_end <= content_start:
        return None
    return Relation((at, at + 1), turn.span("label"), [(content_start, content_end)])


@lru_cache(maxsize=4)
def _transcript_speakers(text: str) -> frozenset[str]:
    """Capitalised labels that open at least two lines of an article: the speakers of a transcript. A label
    that opens one line only is a rubric ("BOOM:", "STAT OF THE WEEK:", "UPDATE:"): in PolNeAR train, the
    repeated labels are all speakers, the single ones mostly rubrics."""
    labels = Counter(turn["label"] for turn in _TURN.finditer(text))
    return frozenset(label for label, count in labels.items() if count >= 2)


def _verbless_claim(colon: Token, claim: SpacySpan) -> bool:
    """A verbless headline claim a person or a poll makes: "Roe: No outside influence on the probe", "Poll:
    Roe and Poe in dead heat in Ohio" (not "Ted Roe: Conservative or career politician?", nor a list of
    names, nor a figure). In PolNeAR train, 8 of 9 lines opened by "Poll:" or "Report:" are attributions."""
    return (
        (colon.nbor(-1).ent_type_ == "PERSON" or _after_document_label(colon))
        and len(claim) >= _MIN_QUOTE_WORDS
        and claim[-1].text != "?"
        and sum(t.text == "," for t in claim) <= 1
        and not all(t.pos_ in {"PROPN", "NUM", "PUNCT"} for t in claim)
    )


def _line_end(sentence: SpacySpan) -> int:
    """The index of a sentence's last token before a line break."""
    return next((t.i - 1 for t in sentence if "\n" in t.text), sentence.end - 1)


def _char_range(segment: Segment, first: Token, last: Token) -> tuple[int, int]:
    return segment.char_start(first), segment.char_end(last)


# --- quotes --------------------------------------------------------------------------------------------


def _reconcile_quotes(
    text: str,
    segments: Sequence[Segment],
    relations: list[Relation],
    quotes: Sequence[Quote],
    scorer: CueScorer,
) -> list[Relation]:
    """Make relations whose content is quotation direct or mixed, and cut what a cue inside a quote reports
    at the quote's end; then attribute the quotes no relation covers: to the speaker beside them, else as the
    continuation of the attribution that ends right before them."""
    used: set[Quote] = set()
    emptied: set[int] = set()
    beside: dict[Quote, Relation | None] = {}

    def speaker_beside(quote: Quote) -> Relation | None:
        if quote not in beside:
            beside[quote] = _adjacent_speaker(text, segments, quote, scorer)
        return beside[quote]

    for relation in relations:
        if relation.kind == "no_comment" or not relation.content:
            continue
        if relation.content_type == "turn":
            # a transcript turn is its own speaker's, whatever quotation marks the article puts around it
            used.update(q for q in quotes if q.start < relation.content_end and relation.cue[0] < q.end)
            continue
        around = next((q for q in quotes if q.start <= relation.cue[0] < q.end), None)
        if around is not None:
            # a relation quoted inside a quote is nested under the quote's speaker; what it reports ends
            # with the quote (“I think you’ll hear that,” she said: not "she said")
            if not _clip_to_quote(text, relation, around):
                emptied.add(id(relation))
            continue
        start, end = relation.content_start, relation.content_end
        inside = [q for q in quotes if q.start < end and start < q.end]
        if not inside:
            continue
        before = text[start : inside[-1].start].rstrip(" \n:;,—–-")
        last_quote = inside[-1]
        # "He said he was busy: “…,” he wrote.": a quote that ends as speech has its own speaker after it --
        # unless the quote ends this relation's own clause ("Teachers are “very pro-union,” Roe said.")
        runs_on = text[start + len(before) : last_quote.start].strip() in {"", ","}
        if (
            _word_count(before) >= _MIN_QUOTE_WORDS
            and _ends_spoken(text, last_quote)
            and _right_after(text, last_quote, speaker := speaker_beside(last_quote))
            and not (runs_on and speaker is not None and speaker.cue == relation.cue)
        ):
            end = start + len(before)
            relation.content = [(s, min(e, end)) for s, e in relation.content if s < end]
            inside = inside[:-1]
            if not inside:
                continue
        # “A,” she said, but …, “B,” said Roe: in a content that opens with a quote, a quote with its own
        # speaker right after it is not the later speaker's, whose content starts at the next quote
        opens_with_quote = inside[0].start <= start
        for quote in [q for q in inside[:-1] if _ends_spoken(text, q)] if opens_with_quote else []:
            other = speaker_beside(quote)
            if other is None or other.cue == relation.cue or not _right_after(text, quote, other):
                continue
            later = [q for q in inside if q.start >= other.cue[1]]
            if later and start <= other.cue[0] < end:
                start = later[0].start
                relation.content = [(max(s, start), e) for s, e in relation.content if e > start]
                inside = later
        first = inside[0]
        if first.start <= start and first.end < end and _participle_after(text, segments, first):
            # “A,” drawing jeers: the participle after a quote closed by its comma is the speaker's next act
            inside = [first]
            start, end = first.start, first.end
            relation.content = [(start, end)]
        used.update(inside)
        outside_words = _words_outside(text, start, end, inside)
        if outside_words == 0 and len(inside) == 1:
            quote = inside[0]
            relation.content = [(quote.start, quote.end)]
            relation.kind = "direct"
        elif outside_words == 0:
            relation.content = [(q.start, q.end) for q in inside]
            relation.kind = "direct"
        else:
            relation.kind = "mixed"
            last = inside[-1]
            if last.start < end < last.end:
                relation.content = [(start, last.end)]
            first = inside[0]
            if first.start < start < first.end and not _cue_inside(relation, first):
                relation.content = [(first.start, relation.content_end)]
        if relation.kind == "direct" and relation.source is None:
            # "Added the chairman, “…”": the parse found the verb and the quote but took the inverted subject
            # for part of the content; the opener rule reads it on the text
            opener = _opener_speaker(text, inside[0], scorer)
            if opener is not None and opener.cue == relation.cue:
                relation.source = opener.source
    # a cue that already has its own content does not also take a quote from elsewhere in its sentence
    taken = {relation.cue[0] for relation in relations if relation.content}
    for quote in quotes:
        if quote in used:
            continue
        adjacent = speaker_beside(quote)
        if _word_count(text[quote.start : quote.end]) < _MIN_QUOTE_WORDS and not (
            adjacent is not None and _ends_spoken(text, quote)
        ):
            continue  # a scare quote or a title, unless someone plainly says it: “Denver,” he answered.
        # an interrupted quote continues the relation right before it: “A,” she said, “B.” -- unless another
        # speaker introduces it: “A,” he said. She replied, “B.”
        previous = _relation_before(text, relations, quote)
        if previous is not None and (adjacent is None or adjacent.cue[0] == previous.cue[0]):
            previous.content.append((quote.start, quote.end))
            used.add(quote)
            continue
        speaker = adjacent or _speaker_for(text, segments, quote, scorer, taken)
        if speaker is not None:
            relations.append(speaker)
            used.add(quote)
            continue
        # "He added that there should be no fixed number. “I think whoever gets most delegates should win.”":
        # a quote nobody introduces, right after an attribution, goes on with what it reports
        continued = _relation_right_before(text, relations, quote)
        if continued is not None:
            continued.content.append((quote.start, quote.end))
            if continued.kind == "indirect":
                continued.kind = "mixed"
            used.add(quote)
    return [relation for relation in relations if id(relation) not in emptied]


def _clip_to_quote(text: str, relation: Relation, quote: Quote) -> bool:
    """Cut a relation's content to the words of the quote its cue stands in; whether any is left."""
    inner_end = quote.start + len(_quote_words(text, quote).rstrip(" ,;:—–-"))
    clipped = [(max(start, quote.start), min(end, inner_end)) for start, end in relation.content]
    relation.content = [(start, end) for start, end in clipped if start < end]
    return bool(relation.content)


def _right_after(text: str, quote: Quote, speaker: Relation | None) -> bool:
    """Whether the speaker beside a quote stands right after it, verb and name (“…,” he wrote; “…,” wrote the
    senator)."""
    if speaker is None or speaker.source is None:
        return False
    gap = text[quote.end : min(speaker.cue[0], speaker.source[0])]
    return speaker.cue[0] >= quote.end and speaker.source[0] >= quote.end and not _word_count(gap)


def _meets(span: tuple[int, int], quote: Quote) -> bool:
    """Whether a span and a quote share any character."""
    return span[0] < quote.end and quote.start < span[1]


def _cue_inside(relation: Relation, quote: Quote) -> bool:
    return quote.start <= relation.cue[0] < quote.end


def _word_count(stretch: str) -> int:
    return sum(1 for _ in words(stretch))


def _words_outside(text: str, start: int, end: int, quotes: Sequence[Quote]) -> int:
    pieces, at = [], start
    for quote in quotes:
        pieces.append(text[at : max(at, quote.start)])
        at = max(at, quote.end)
    pieces.append(text[at:end])
    return sum(_word_count(piece) for piece in pieces)


def _relation_before(text: str, relations: Iterable[Relation], quote: Quote) -> Relation | None:
    """The nearest relation whose content ends with a quote and whose cue sits between that quote and this
    one, in the same paragraph ("“A,” she said, “B.”", "The plan is “dead,” he said. “C.”") or across one
    paragraph break after the speaker's sentence (`_ends_paragraph`)."""
    nearest: Relation | None = None
    spoken = _ends_spoken(text, quote)
    for relation in relations:
        if relation.kind not in {"direct", "mixed"} or not relation.content:
            continue
        last_end = relation.content_end
        if text[last_end - 1] not in _CLOSING_MARKS:
            continue  # "X said the vote was close": only a quote goes on in the next quote
        if not (last_end <= relation.cue[0] and relation.cue[1] <= quote.start):
            continue
        between = text[last_end : quote.start]
        if len(between) > _MAX_INTERRUPTION or ("\n" in between and not _ends_paragraph(between)):
            continue
        # “…,” X said on CNN’s “State of the Union”: a title in the speaker's sentence is not more speech
        if not (spoken or between.rstrip()[-1:] in _SETTING_OFF | {":", "."}):
            continue
        if relation.source and not (last_end <= relation.source[0] and relation.source[1] <= quote.start):
            continue
        if nearest is None or relation.cue[0] > nearest.cue[0]:
            nearest = relation
    return nearest


def _ends_paragraph(between: str) -> bool:
    """Whether the words between a quote and the next one are the speaker's one sentence, then a paragraph
    break (“A,” X said in an interview on Monday, ahead of the vote.\n\n“B.”: B goes on with A)."""
    sentence, _, rest = between.rstrip().partition("\n")
    return (
        not rest.strip()
        and sentence.rstrip()[-1:] == "."
        and not any(stop in sentence.rstrip()[:-1] for stop in ".?!")
        and not _has_quote_mark(sentence)
    )


def _relation_right_before(text: str, relations: Iterable[Relation], quote: Quote) -> Relation | None:
    """The relation that ends right before a quote, with nothing but a sentence stop or a paragraph break
    between them ("X said that Y:\n\n“…”"; 86 PolNeAR train contents go on into a quote paragraph)."""
    for relation in relations:
        if relation.kind == "no_comment" or not relation.content:
            continue
        end = max(relation.content_end, relation.cue[1], relation.source[1] if relation.source else 0)
        between = text[end : quote.start]
        if end > quote.start or len(between) > 6 or _word_count(between):
            continue
        # across one paragraph break too ("X said that Y:\n\n“…”", "“…,” he said.\n\n“…”"), but not after a
        # signed quote (“…” ― Jane Roe), as a list of signed comments gives each its own signature
        signed = _SIGNATURE.match(text, relation.content_end) is not None
        if "\n" not in between or (between.count("\n") <= 2 and not signed):
            return relation
    return None


def _speaker_for(
    text: str, segments: Sequence[Segment], quote: Quote, scorer: CueScorer, taken: set[int]
) -> Relation | None:
    """A relation for a quote no parse relation covers and no verb right beside it introduces: a verb of
    saying elsewhere in its sentence that has no content of its own (`taken`: cue offsets), or "X said:" in
    the sentence before."""
    quoted_in = segment_at(segments, quote.start, quote.start)
    if quoted_in is not None:
        for sentence in _sentences_around(text, quoted_in, quote, following=False):
            for token in sentence:
                at = quoted_in.char_start(token)
                if quote.start <= at < quote.end or at in taken or not scorer.is_speech(token):
                    continue
                source, _ = _source_of(quoted_in, token)
                if source is not None and not _meets(source, quote):
                    return Relation(_cue_span(quoted_in, token), source, [(quote.start, quote.end)], "direct")
    for segment in segments:
        previous = _sentence_ending_before(text, segment, quote.start)
        if previous is not None and previous[-1].text in {":", ",", "."}:
            for token in reversed(list(previous)):
                if scorer.is_speech(token) and not _has_content_child(token):
                    source, _ = _source_of(segment, token)
                    if source is not None:
                        return Relation(
                            _cue_span(segment, token), source, [(quote.start, quote.end)], "direct"
                        )
    return _colon_introducer(text, segments, quote, scorer, taken)


def _colon_introducer(
    text: str, segments: Sequence[Segment], quote: Quote, scorer: CueScorer, taken: set[int]
) -> Relation | None:
    """ "Respondents are obliged to disclose: “…”", "the questioners ranged from skeptical to hostile: “…”":
    a clause that a colon closes right before a quote introduces it, whatever its verb, in the lexicon or not
    (PolNeAR takes the clause's verb phrase for the cue: "returned to his familiar lines:"); unless the verb
    already has a content of its own (`taken`), which the quote then goes on with ("said the country would
    take more refugees: “…”")."""
    before = text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = _token_at(segments, len(before) - 1)
    if colon is None:
        return None
    segment = next(s for s in segments if s.doc is colon.doc)
    named = _name_before_colon(segment, colon)
    if named is not None:
        return Relation(
            (segment.char_start(colon), segment.char_end(colon)), named, [(quote.start, quote.end)], "direct"
        )
    verb = next((t for t in colon.ancestors if t.pos_ in {"VERB", "AUX"} and t.i < colon.i), None)
    if verb is None:
        # the parser may hang the clause before the colon under a verb of the quote ("he returned to his
        # familiar lines: “It's called America First!”"): its verb is the one whose head lies past the colon
        verb = next(
            (
                t
                for t in reversed(colon.doc[colon.sent.start : colon.i])
                if t.pos_ in {"VERB", "AUX"} and (t.head.i > colon.i or t.head == t)
            ),
            None,
        )
    if verb is None:
        return None
    if _cue_span(segment, verb)[0] in taken:
        return None
    source = _subject_span(segment, verb)
    if source is None or _meets(source, quote):
        return None
    return Relation(_cue_span(segment, verb), source, [(quote.start, quote.end)], "direct")


def _name_before_colon(segment: Segment, colon: Token) -> tuple[int, int] | None:
    """ "... doesn't surprise Republican pollster Daron Shaw: “…”", "... contests - Philip Bump: “…”": a
    person named right before the colon, and not the subject of a clause, is the quote's speaker (the colon
    is the cue)."""
    if colon.i == colon.sent.start:
        return None
    name = colon.nbor(-1)
    untyped_full_name = not name.ent_type_ and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts
    )  # "Philip Bump", which the recogniser missed
    if name.pos_ != "PROPN" or not (name.ent_type_ == "PERSON" or untyped_full_name):
        return None
    while name.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head  # "Mark Blumenthal and Jon Cohen:"
    if name.dep_ in _SUBJECTS:
        return None
    start, end = _noun_phrase(segment, name)
    # "... TOO EARLY - Mark Blumenthal and Jon Cohen:": the name starts after a dash the parser took in
    dashes = [t for t in colon.doc[name.left_edge.i : name.i] if t.text in {"-", "—", "–", "--"}]
    if dashes:
        start = segment.char_start(dashes[-1].nbor())
    return start, end


def _adjacent_speaker(
    text: str, segments: Sequence[Segment], quote: Quote, scorer: CueScorer
) -> Relation | None:
    """The speaker named right beside a quote: a signature dash after it (“…” ― Jane Roe), a reporting verb
    right after it (“…,” X barked; “…?” Biden asked.), or right before it (X replied, “…”; X said: “…”; see
    `_introduces`).

    A verb right after the quote wins over one before it, as in news style the attribution follows the
    quote; a participle right after it is not its cue (“…,” drawing jeers)."""
    signed = _SIGNATURE.match(text, quote.end)
    if signed:
        return Relation(signed.span("dash"), signed.span("name"), [(quote.start, quote.end)], "direct")
    opener = _opener_speaker(text, quote, scorer)
    if opener is not None:
        return opener
    words = _quote_words(text, quote)
    closed = words[-1:] in {".", "?", "!"}
    stopped = words[-1:] == "."
    # ‘…?’” and “…—” end as speech too
    spoken = words.rstrip("’' ")[-1:] in {",", ".", "?", "!", "—", "–", "…"}
    segment = segment_at(segments, quote.start, quote.start)
    if segment is None:
        return None
    after: list[Token] = []
    before: list[Token] = []
    for sentence in _sentences_around(text, segment, quote, following=True):
        following = segment.char_start(sentence[0]) >= quote.end
        for token in sentence:
            at = segment.char_start(token)
            if spoken and at >= quote.end and _speaker_set_after(text, segment, token, quote):
                after.append(token)
                continue
            misread = _misread_verb(token, scorer)
            if not misread and (token.pos_ != "VERB" or scorer.entry(token) is None):
                continue
            if at >= quote.end:
                gap = text[quote.end : at]
                if (
                    (len(gap) <= 40 or _subject_right_after(text, segment, token, quote, scorer))
                    and not any(m in gap for m in ".!?\n")
                    and not _has_quote_mark(gap)
                    and token.tag_ != "VBG"
                    # “Orange is the New Black” star X opened up, the “back of the queue” if it wanted: a
                    # quote that neither ends as speech nor is set off by a comma is a title or a phrase
                    and (spoken or gap.lstrip()[:1] in {",", "—", "–", "-", ":"})
                    # “…,” the number needed to win: a participle that modifies a noun reports nothing
                    and not _modifies_noun(token)
                    # “…” He said the plan …: a new sentence with its own content is not the quote's cue,
                    # nor one with its own object after a full stop (“…well.” He touted his victories;
                    # but “…?” he told me)
                    and not (following and _has_content_child(token))
                    # “…B.” She went on to say: “C”: a sentence ending in a colon introduces what follows it
                    and not (following and sentence[-1].text == ":")
                    and not (following and stopped and _has_own_object(token))
                    # nor, after a quote that ends its sentence, is a passive or a verb that is not one
                    # of saying (“…unite.” X was also endorsed by Y), however the parser split them
                    and not ((following or closed) and not _says(token, scorer))
                ):
                    after.append(token)
            elif at < quote.start and not misread and _introduces(text, segment, token, quote, scorer):
                before.append(token)
        if not before and spoken and segment.char_start(sentence[0]) < quote.start:
            bare = _bare_introducer(text, segment, sentence, quote)
            if bare is not None:
                before.append(bare)
    for token in [*after[:1], *before[-1:]]:
        source = (_puts_it(token) and _as_source(segment, token)) or _source_of(segment, token)[0]
        if source is not None and source[0] < quote.start < source[1]:
            continue  # the quote is inside the verb's subject: "X, who calls him a “sociopath,” said"
        if token in after and (source is None or _meets(source, quote)):
            source = _inverted_source(segment, token, quote) or _name_set_off(segment, quote, token) or source
        if source is not None and not _meets(source, quote):
            return Relation(_cue_span(segment, token), source, [(quote.start, quote.end)], "direct")
    return None


def _opener_speaker(text: str, quote: Quote, scorer: CueScorer) -> Relation | None:
    """The speaker a sentence names in its opening words, read on the text:

    - "Said Roe: “…”", "Added the senator, “…”": a verb of saying and its subject (the tagger takes the
      capitalised verb for part of a name);
    - "From the report: “…”", "More from Roe: “…”": where the quote is from, then a colon (the cue, as PolNeAR
      annotates introducing colons)."""
    start = _sentence_start(text, quote.start)
    opener = _OPENER.fullmatch(text, start, quote.start)
    if opener is not None and scorer.is_speech_form(opener["verb"]):
        return Relation(opener.span("verb"), opener.span("source"), [(quote.start, quote.end)], "direct")
    source = _FROM.fullmatch(text, start, quote.start)
    if source is not None:
        return Relation(source.span("colon"), source.span("source"), [(quote.start, quote.end)], "direct")
    return None


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` starts (`parse.sentence_bounds` from the line's start)."""
    start = text.rfind("\n", 0, offset) + 1
    for sentence_start, _ in sentence_bounds(text, start):
        if sentence_start > offset:
            break
        start = sentence_start
    return start


def _subject_right_after(text: str, segment: Segment, verb: Token, quote: Quote, scorer: CueScorer) -> bool:
    """ "“…,” Roe, the frontrunner in the state after winning the first two primaries, said": a verb of
    saying whose subject starts right after the quote speaks it however long the subject runs."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if not _says(verb, scorer):
        return False
    if subject is None:
        return _name_set_off(segment, quote, verb) is not None
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in children(verb)):
        return False  # "On “The Show,” the former governor said she ...": the verb has its own content
    # "Speaking to “The Show,” X lashed out at ...", "That quote from X appeared on ...": a phrasal verb or
    # a raising verb says something else
    if verb.lemma_ in _RAISING or any(c.dep_ == "prt" and c.i == verb.i + 1 for c in children(verb)):
        return False
    return not text[quote.end : segment.char_start(subject.left_edge)].strip(" ,")


def _name_set_off(segment: Segment, quote: Quote, verb: Token) -> tuple[int, int] | None:
    """ "“…,” Roe, the frontrunner nationally after winning the primaries, said": a name right after the
    quote, then words set off up to a comma before the verb, when the parse gave the verb no subject (it
    hung the name on a noun inside the quote). The name is the source."""
    between = _tokens_after_quote(segment, quote, verb)
    words = [t for t in between if not t.is_punct]
    if not words or words[0].pos_ != "PROPN" or between[-1].text != ",":
        return None
    if any(t.tag_ in _FINITE_TAGS for t in words):
        return None  # "“…,” Roe said, and Poe added": a clause of its own
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", words))
    return _char_range(segment, name[0], name[-1])


def _speaker_set_after(text: str, segment: Segment, verb: Token, quote: Quote) -> bool:
    """A finite verb right after a quote that is its cue whatever the verb, by the shape of the sentence."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"}:
        return False
    return _inverted_after(text, segment, verb, quote) or _named_then_verb(text, segment, verb, quote)


def _inverted_after(text: str, segment: Segment, verb: Token, quote: Quote) -> bool:
    """ "“…?” reacted the senator.", "“…!” posted Jane Roe.": a finite verb right after a quote, followed by
    nothing but a noun phrase to the end of the sentence, is its speaker's cue whatever the verb (the
    inversion is how news sets a quote's speaker after it; the verb need not be one of saying)."""
    if text[quote.end : segment.char_start(verb)].strip():
        return False
    rest = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_space]
    if not rest or rest[-1].text not in {".", "!"}:
        return False
    phrase = rest[:-1]
    return bool(phrase) and phrase[-1].pos_ in {"PROPN", "NOUN"} and all(
        t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "NUM"} or t.text in {",", "."} for t in phrase
    )


def _named_then_verb(text: str, segment: Segment, verb: Token, quote: Quote) -> bool:
    """ "“…?” Roe continued.", "“…,” Jo Roe recalled. “…”": a name or a personal pronoun right after a quote,
    then a finite verb that ends the sentence, is the quote's speaker whatever the verb."""
    if verb.i + 1 >= len(verb.doc) or verb.nbor().text not in {".", "!"}:
        return False
    between = _tokens_after_quote(segment, quote, verb)
    if not between or len(between) > 3 or text[quote.end : segment.char_start(between[0])].strip(" ,"):
        return False
    if all(t.pos_ == "PROPN" for t in between):
        return True
    return len(between) == 1 and between[0].lower_ in _SPEAKER_PRONOUNS


def _bare_introducer(text: str, segment: Segment, sentence: SpacySpan, quote: Quote) -> Token | None:
    """ "After the debate, Roe shot back, “…”": a clause of a subject and an intransitive verb (with only
    particles and settings after it) set off by a comma right before a quote that ends the sentence
    introduces the quote, whatever the verb (`_introduces` covers the verbs of saying)."""
    if not text[: quote.start].rstrip().endswith(","):
        return None
    ending = text[quote.end : quote.end + 3].lstrip(" ")
    if ending[:1] not in {"", "\n"}:
        return None  # the sentence goes on after the quote: the quote is part of it, not introduced
    leading = [t for t in sentence if segment.char_end(t) <= quote.start and not t.is_space]
    if len(leading) < 3 or leading[-1].text != ",":
        return None
    verb = next((t for t in reversed(leading) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in _FINITE_VERB_TAGS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children(verb)) or any(
        c.dep_ in _CONTENT_DEPS for c in children(verb)
    ):
        return None
    between = leading[leading.index(verb) + 1 : -1]
    if not all(verb in t.ancestors and t.pos_ not in {"VERB", "AUX"} for t in between):
        return None
    return verb


def _has_own_object(verb: Token) -> bool:
    """A subject before the verb and an object after it: "He touted his victories" (in "said the man" the
    parser may take the inverted subject for an object, and there is no subject before)."""
    return any(c.dep_ in _SUBJECTS and c.i < verb.i for c in children(verb)) and any(
        c.dep_ == "dobj" and c.i > verb.i for c in children(verb)
    )


def _modifies_noun(verb: Token) -> bool:
    """A participle (or a verb the tagger took for a past tense) that qualifies a noun: "the number needed
    to win"."""
    if any(child.dep_ in {"aux", "auxpass"} | _SUBJECTS for child in children(verb)):
        return False
    return verb.dep_ == "acl" or verb.tag_ == "VBN"


def _misread_verb(token: Token, scorer: CueScorer) -> bool:
    """ "“…,” Viguerie notes.": a verb of saying at the end of its sentence that the tagger took for a plural
    noun after a name."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "NNS"
        and token.i > 0
        and token.nbor(-1).pos_ == "PROPN"
        and (following is None or following.text in {".", ":", ","})
        and scorer.is_speech_verb(token.lemma_)
    )


def _introduces(text: str, segment: Segment, verb: Token, quote: Quote, scorer: CueScorer) -> bool:
    """A verb of saying right before a quote (X replied, “…”; X declared in the spin room, “…”), or the
    idiom "as X put it: “…”"."""
    if _puts_it(verb):
        return text[segment.char_end(verb.nbor()) : quote.start].strip() in _INTRODUCERS
    if not scorer.is_speech(verb):
        return False
    gap = text[segment.char_end(verb) : quote.start].strip()
    return gap in _INTRODUCERS or _is_setting(verb, segment, quote, gap)


def _is_setting(verb: Token, segment: Segment, quote: Quote, gap: str) -> bool:
    """Whether what stands between a verb and the quote after it is only where or when it was said ("in
    the spin room,", "on Friday:"): a short run of the verb's own modifiers, with no verb, ending in a
    comma or a colon."""
    if len(gap) > 40 or gap[-1:] not in {",", ":"} or _has_quote_mark(gap) or any(m in gap for m in ".?!;"):
        return False
    following = verb.doc[verb.i + 1 :]
    between = list(itertools.takewhile(lambda t: segment.char_start(t) < quote.start, following))
    return bool(between) and all(
        t.is_punct or (verb in t.ancestors and t.pos_ not in {"VERB", "AUX"}) for t in between
    )


def _puts_it(verb: Token) -> bool:
    return verb.lemma_ == "put" and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "it"


def _as_source(segment: Segment, verb: Token) -> tuple[int, int] | None:
    """ "As Tom Ridge, a former secretary, put it": the words between "as" and the verb (the parser often
    takes the name for the object of "as")."""
    doc = verb.doc
    as_ = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.lower_ == "as"), None)
    if as_ is None or verb.i - as_.i < 2 or any(t.pos_ in {"VERB", "AUX"} for t in doc[as_.i + 1 : verb.i]):
        return None  # "As the vote neared, Smith put it": not the idiom's "as"
    return _char_range(segment, as_.nbor(), _before(verb, as_.nbor()))


#: What may stand between a reporting verb and the quote it introduces.
_INTRODUCERS = {"", ",", ":", "—", "–", "--", ", —"}


def _sentences_around(text: str, segment: Segment, quote: Quote, following: bool) -> Iterator[SpacySpan]:
    """The parsed sentences that overlap a quote, and with `following` the one right after it (“…?” Biden
    said. is two sentences to the parser)."""
    for sentence in segment.doc.sents:
        s_start, s_end = segment.char_start(sentence[0]), segment.char_end(sentence[-1])
        overlapping = s_end > quote.start and s_start < quote.end
        right_after = following and s_start >= quote.end and not text[quote.end : s_start].strip()
        if overlapping or right_after:
            yield sentence


def _participle_after(text: str, segments: Sequence[Segment], quote: Quote) -> bool:
    """A quote closed by its comma and followed by a participial clause: “A,” drawing jeers."""
    if not _quote_words(text, quote).endswith(","):
        return False
    following = _token_at(segments, quote.end + len(text[quote.end :]) - len(text[quote.end :].lstrip()))
    return following is not None and following.tag_ == "VBG" and following.dep_ in {"advcl", "acl"}


def _token_at(segments: Sequence[Segment], offset: int) -> Token | None:
    """The parsed token that starts at an article offset, if any."""
    segment = segment_at(segments, offset, offset + 1)
    if segment is None:
        return None
    at = offset - segment.start
    span = segment.doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Closing quotation marks, stripped to see how a quote's words end (the apostrophe ends a '' quote).
_CLOSING_MARKS = "".join(CLOSING_MARKS | TOGGLING_MARKS)


def _quote_words(text: str, quote: Quote) -> str:
    """A quote's text without its closing marks, to see how its words end."""
    return text[quote.start : quote.end].rstrip(_CLOSING_MARKS)


def _ends_spoken(text: str, quote: Quote) -> bool:
    """A quote whose last words end in a comma or a stop inside the marks: something said, not a title."""
    return _quote_words(text, quote)[-1:] in {",", ".", "?", "!"}


#: A quote signed with a dash and a name, as in reader comments, tweets and vox pops: “…” ― Jane Roe, Ohio
#: The signature may stand in the next paragraph, and there a plain hyphen opens it ("-Jane Roe, Ohio"); the
#: spaces around it may be no-break spaces.
_SIGNATURE = re.compile(
    r"[^\S\n]*(?:\n[^\S\n]*){0,2}(?P<dash>[―—–]|--|(?<=\n)-|(?<=\n[ \t])-)[^\S\n]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,5})(?=[^\S\n]*(?:,[^\n]*)?(?:\n|$))"
)
#: A sentence opening with a capitalised verb, then its subject (a name or "the ..."), then a comma or colon.
_OPENER = re.compile(
    r"[^\S\n]*(?P<verb>[A-Z][a-z]+) (?P<source>(?:[A-Z]|the )[^,:;.!?\n]{1,60}?)[^\S\n]*[,:][^\S\n]*"
)
#: A sentence that opens with where a quote is from ("From the report:", "More from Jo Roe:").
_FROM = re.compile(
    r"[^\S\n]*(?:(?:More|Also|And) )?[Ff]rom (?P<source>[^,:;.!?\n]{1,60}?)[^\S\n]*(?P<colon>:)[^\S\n]*"
)
_NOMINAL = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PUNCT", "ADP", "CCONJ", "PART", "INTJ", "X"}


def _inverted_source(segment: Segment, verb: Token, quote: Quote) -> tuple[int, int] | None:
    """The speaker around a verb right after a quote, when the parse gave it no subject: the words between
    the quote and the verb (“…,” Ramos, 58, told AFP) or, right after the verb, the noun phrase (“…,” said
    the spokesman)."""
    doc = verb.doc
    between = _tokens_after_quote(segment, quote, verb)
    if between:
        if not all(t.pos_ in _NOMINAL for t in between):
            return None
        words = [t for t in between if not t.is_punct]
        return _char_range(segment, words[0], words[-1]) if words else None
    after = []
    for token in doc[verb.i + 1 :]:
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "SCONJ"}:
            break
        after.append(token)
    return _char_range(segment, after[0], after[-1]) if after else None


def _tokens_after_quote(segment: Segment, quote: Quote, verb: Token) -> list[Token]:
    """The tokens between a quote's end and a verb after it, white space left out."""
    first = verb.i
    while first > 0 and segment.char_start(verb.doc[first - 1]) >= quote.end:
        first -= 1
    return [t for t in verb.doc[first : verb.i] if not t.is_space]


def _sentence_ending_before(text: str, segment: Segment, offset: int) -> SpacySpan | None:
    """The sentence of `segment` that ends right before `offset`, with only white space between."""
    best = None
    for sentence in segment.doc.sents:
        if segment.char_end(sentence[-1]) <= offset:
            best = sentence
    if best is None or text[segment.char_end(best[-1]) : offset].strip():
        return None
    return best


# --- clean-up and nesting ------------------------------------------------------------------------------


def _merge_duplicates(relations: list[Relation]) -> list[Relation]:
    """One relation per cue: a parse relation and a quote relation on the same cue merge."""
    by_cue: dict[tuple[int, int], Relation] = {}
    for relation in relations:
        kept = by_cue.get(relation.cue)
        if kept is None or (relation.kind == "direct" and kept.kind != "direct"):
            by_cue[relation.cue] = relation
        elif relation.kind == kept.kind == "direct":
            # the two halves of “A,” she said, “B.” found from either side
            kept.content = sorted(set(kept.content) | set(relation.content))
    return sorted(by_cue.values(), key=lambda r: (r.cue[0], r.cue[1]))


def _cut_absolute_clauses(text: str, relations: list[Relation]) -> None:
    """Content stops before a clause that carries its own attribution: "with X saying ...", ", according
    to X", the same speaker's ", saying ..." (sibling relations, not nested ones) and a coordinated clause
    with its own speaker (", and they say ...", ", while another says ...")."""
    for inner in relations:
        boundary = inner.absolute_with
        if inner.content_type == "according_to" and inner.source and inner.source[0] > inner.cue[0]:
            boundary = inner.cue[0]  # "..., according to X": X's words, not the outer speaker's
        if boundary is None and inner.clause_start is not None:
            boundary = inner.clause_start
        for outer in relations:
            if outer is inner or not outer.content or outer.kind not in {"indirect", "mixed"}:
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
                outer.content[-1] = (start, cut)
                if outer.kind == "mixed" and not _has_quote_mark(text[start:cut]):
                    outer.kind = "indirect"  # the quoted words were the sibling's


def _follows_joint(text: str, start: int, after_phrase: bool) -> bool:
    """Whether the words at `start` follow a comma, a dash or a joining word (", saying ...", "and added
    ..."), or "by" after a phrase ("responded to the mother by saying ..."): a clause beside the one before,
    not inside it ("criticized Roe for opposing ...", "vowed to be tougher by focusing on ...")."""
    before = text[:start].rstrip()
    if before.endswith(" -") or before.rstrip("\"'”’)").endswith(tuple(_SETTING_OFF)):
        return True  # a spaced hyphen stands for a dash; a comma may sit inside the quote it closes
    word = before[_word_start(before, 0, len(before)) :]
    return word in _JOINERS or (after_phrase and word in _MANNER_JOINERS)


def _trim_joint(text: str, start: int, cut: int) -> int:
    """`cut` moved back over the spaces, punctuation and joining word ("and", "while", "by") before it."""
    while cut > start:
        while cut > start and (text[cut - 1].isspace() or text[cut - 1] in _TRIM):
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


def _has_quote_mark(stretch: str) -> bool:
    return "''" in stretch or any(mark in stretch for mark in QUOTE_MARKS)


def _finish(text: str, relations: list[Relation]) -> list[Attribution]:
    """Assign ids in text order and parents (the smallest enclosing content), and build the records.

    Only a clause or a quotation nests another attribution ("sources say the president said ..."); a
    noun-phrase content does not: in "invited Ms. Roe, who criticizes the plan, to testify" the relative
    clause is an attribution of its own, as PolNeAR annotates it."""
    relations.sort(key=lambda r: (r.cue[0], r.cue[1]))
    bounds = [(r.content_start, r.content_end) for r in relations]
    for index, relation in enumerate(relations):
        cue_start, cue_end = relation.cue
        enclosing = [
            (end - start, j)
            for j, (start, end) in enumerate(bounds)
            if start <= cue_start
            and cue_end <= end
            and j != index
            and relations[j].holds(cue_start, cue_end)
            and (relations[j].kind in {"direct", "mixed"} or _may_nest(relations[j].content_type))
        ]
        if enclosing:
            relation.parent = min(enclosing)[1]
    _break_cycles(relations)
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
                parent=f"a{relation.parent + 1}" if relation.parent is not None else None,
            )
        )
    return records


def _is_phrasal(content_type: str) -> bool:
    return content_type in _PHRASAL or content_type.startswith("prep_")


def _may_nest(content_type: str) -> bool:
    """Whether a content of this type may hold another attribution: a clause, or a preposition's object and
    what follows it ("called on X to reject Y")."""
    return not _is_phrasal(content_type) or content_type == "prep_rest"


def _break_cycles(relations: list[Relation]) -> None:
    for index, relation in enumerate(relations):
        seen = {index}
        parent = relation.parent
        while parent is not None:
            if parent in seen:
                relation.parent = None
                break
            seen.add(parent)
            parent = relations[parent].parent
