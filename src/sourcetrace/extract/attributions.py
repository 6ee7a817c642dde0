"""The entry of extraction: the rule families on each parsed sentence, then quotes and clean-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADV, AUX, NOUN, VERB
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.according_to import STANCE_PREPOSITIONS, according_to, in_survey, in_view, per_phrase
from sourcetrace.extract.boundaries import BoundaryModel, finish_with_boundaries, load_boundaries
from sourcetrace.extract.classifier import CueScorer, load_scorer
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.facts import DocFacts
from sourcetrace.extract.headlines import (
    headline_colon,
    in_reporters_turn,
    is_headline_colon,
    is_reporters_turn,
    transcript_turn,
)
from sourcetrace.extract.nesting import cut_absolute_clauses, merge_duplicates
from sourcetrace.extract.no_comment import declined_to_disclose, decliner, find_no_comment
from sourcetrace.extract.noun_cues import HEARSAY_ADVERBS, adverb_candidates, is_cue_noun, noun_candidates
from sourcetrace.extract.quote_reconcile import reconcile_quotes
from sourcetrace.extract.relation import Candidate, Relation
from sourcetrace.extract.relays import RELAY_VERBS, relayed_source
from sourcetrace.extract.source import noun_phrase, shared_source, subject_span
from sourcetrace.extract.syntax import (
    CUE_MODIFIERS,
    RECORD_NOUNS,
    SPEECH_CUES,
    VERBAL_POS,
    is_infinitive,
    is_negated_universal,
    is_passive,
    is_predicate_adjective,
)
from sourcetrace.extract.verb_cues import predicate_candidates
from sourcetrace.parse import Segment, children
from sourcetrace.quotes import QUOTE_MARKS, Quote
from sourcetrace.types import Attribution


def find_attributions(
    text: str,
    segments: Sequence[Segment],
    quotes: Sequence[Quote],
    scorer: CueScorer | None = None,
    boundaries: BoundaryModel | None = None,
) -> list[Attribution]:
    """All attributions of an article, from its parsed segments and its quotes (with the packaged cue
    model and boundary model unless others are given): the rules' relations, their span boundaries moved
    where the learned model is confident the rules' are wrong (`boundaries.py`), nested and numbered."""
    relations = rule_relations(text, segments, quotes, scorer)
    return finish_with_boundaries(text, segments, relations, boundaries or load_boundaries())


def rule_relations(
    text: str, segments: Sequence[Segment], quotes: Sequence[Quote], scorer: CueScorer | None = None
) -> list[Relation]:
    """The relations the rules find in an article, reconciled with its quotes, before the learned
    boundaries and nesting."""
    context = RuleContext(text, scorer or load_scorer())
    relations: list[Relation] = []
    for segment in segments:
        for sentence in segment.doc.sents:
            relations.extend(_sentence_relations(context, segment, sentence))
    relations = reconcile_quotes(context, segments, relations, quotes)
    # a quote its saying introduces ("…” She went on to say ...) has the saying's cue, stretched
    stretched = context.stretched_cues
    relations = [replace(r, cue=stretched[r.cue]) if r.cue in stretched else r for r in relations]
    return cut_absolute_clauses(text, merge_duplicates(relations))


def _sentence_relations(context: RuleContext, segment: Segment, sentence: SpacySpan) -> list[Relation]:
    """The accepted candidates of a sentence: for each cue token, its most probable reading."""
    scorer = context.scorer
    facts = context.facts(sentence.doc)
    best: dict[int, tuple[float, Candidate]] = {}
    for candidate in sentence_candidates(context, segment, sentence):
        probability = scorer.probability(candidate, facts)
        # the refusals are asked only of what the classifier accepts (a small share of the candidates)
        accepted = scorer.accepts(candidate, probability)
        if (
            accepted
            and not _refused(candidate)
            and not _said_by_no_one(segment, candidate)
            and not _generic_you(segment, candidate)
        ):
            kept = best.get(candidate.token.i)
            if kept is None or probability > kept[0]:
                best[candidate.token.i] = (probability, candidate)
    # one reading per cue span: "has expressed support for" is the verb's or the noun's, not both
    chosen: list[Candidate] = []
    for _, candidate in sorted(best.values(), key=lambda pair: (not scorer.always(pair[1]), -pair[0])):
        cue = candidate.relation.cue
        if not any(other.relation.cue[0] < cue[1] and cue[0] < other.relation.cue[1] for other in chosen):
            chosen.append(candidate)
    chosen = [
        candidate
        for candidate in chosen
        if not _act_in_content(candidate, chosen)
        and not _deed_in_content(context, candidate, chosen)
        and not _quoted_mental_state(context, candidate)
        and not _relative_mental_state(candidate)
        and not _setting_participle(context, candidate)
        and not _quoted_performative(context, candidate)
        and not _reporters_own_words(context, candidate)
    ]
    chosen = _fold_continuations(context, segment, chosen)
    return [replace(candidate.relation, content_type=candidate.content_type) for candidate in chosen]


#: The pronouns by which a speaker names themself, alone or with others.
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def _reporters_own_words(context: RuleContext, candidate: Candidate) -> bool:
    """ "WN: I would like to ask you about the discovery.", "WN: Tell us about your team.", "WN: For our
    readers who are unaware of your site, could you explain it?": on the line of a turn of the reporter's
    in the article's own interview (`headlines.is_reporters_turn`), what the reporter says of themself, the
    label's own request and whatever a question holds are the article's narration or assert nothing, no
    attribution; what the reporter credits to others stays ("WN: Your release mentioned ...", "eyewitnesses
    said that ...")."""
    relation = candidate.relation
    if not in_reporters_turn(context.text, relation.cue[0], relation.cue[1]):
        return False
    if _asked(candidate.token):
        return True
    if relation.source is None:
        return False
    start, end = relation.source
    source = context.text[start:end]
    label_end = end - 1 if source.endswith(":") else end  # "WN: Tell us ...": the label as subject
    return source.lower() in _FIRST_PERSON or is_reporters_turn(context.text, label_end)


#: Dependencies of a clause under another: a condition, a time, a relative clause.
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp"})
#: Marks after which a clause opens ("Your release mentioned X; how did you ...?").
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "--"})


def _asked(cue: Token) -> bool:
    """Whether a cue is part of the question its sentence asks ("Did your brother also decide not to play?",
    "In what states should voters expect to see the ticket?", "And yet they decide to ban you?"), not of a
    premise stated before the question opens ("You've said that you want to act on climate change -- what
    would your plan be?", "Your release mentioned X; how did you ...?"): the sentence ends with a question
    mark (not a quoted question's: 'responded with "What is it?"'), and no question word opens a clause
    after the cue."""
    sentence = cue.sent
    marks = [t for t in sentence if not t.is_space]
    if not marks or marks[-1].text != "?":
        return False
    label = _label_colon(sentence) or sentence[0]  # "WN: ..."
    token = cue
    while token.head.i != token.i and token.head.i > label.i:  # the label's links are the parser's guess
        if token.dep_ in _SUBORDINATE:
            return True  # "If you had to vote, which would you ...?", "For readers who are unaware, ...?"
        token = token.head
    openers = _QUESTION_OPENERS | _WH_WORDS
    return not any(
        t.lower_ in openers and (t.nbor(-1).text in _CLAUSE_BREAKS or t.nbor(-1).is_quote)
        for t in sentence
        if t.i > cue.i
    )


#: Verbs of going on with what one was doing (`data/extract/continuing_verbs.txt`).
_CONTINUING_VERBS = data.words("extract", "continuing_verbs")
#: Verbs of going on that never report alone ("went on", "proceeded"), whose saying's cue takes them in.
_ONLY_GOING_ON = frozenset({"go", "proceed"})
#: Dependencies of the words between the going on and the saying in one verb group ("went on to then say").
_IN_A_VERB_GROUP = frozenset({"prt", "aux", "advmod", "neg"})


def _going_on(token: Token) -> bool:
    """Whether a verb is one of going on: "continued", "proceeded", "kept", "went on" (with its particle)."""
    lemma = token.lemma_.lower()
    if lemma not in _CONTINUING_VERBS:
        return False
    return lemma != "go" or any(c.dep_ == "prt" and c.lower_ == "on" for c in children(token))


def _speech(context: RuleContext, token: Token) -> bool:
    return context.scorer.is_speech(token) or token.lemma_.lower() in SPEECH_CUES


def _fold_continuations(context: RuleContext, segment: Segment, chosen: list[Candidate]) -> list[Candidate]:
    """ "He went on to say that ...", "Roe continued to explain that “…”", "kept saying ...": the verb of
    going on and the verb of saying it governs are one cue and one attribution ("went on to say", as PolNeAR
    marks it), not the going on reporting a saying nested in it. The saying's reading keeps its content, takes
    the cue from the going on's first word (and its source, when it has none of its own); the going on's own
    reading, whose content would be "to say that ...", is dropped. Alone, a speech act's cue is stretched
    back to a verb of going on that never reports by itself ("went on", "proceeded"; "kept refusing to pay",
    "continued to edit" are deeds, `_phase_of_a_deed`)."""
    by_token = {candidate.token.i: candidate for candidate in chosen}
    dropped: set[int] = set()
    folded: dict[int, Candidate] = {}
    for candidate in chosen:
        token = candidate.token
        if token.dep_ not in {"xcomp", "advcl"} or token.i < token.head.i or not _going_on(token.head):
            continue
        if not (is_infinitive(token) or token.tag_ == "VBG"):
            continue
        outer = by_token.get(token.head.i)
        if outer is None and (token.head.lemma_.lower() not in _ONLY_GOING_ON or not _speech(context, token)):
            continue  # "kept refusing to pay": a deed kept up, no cue of its own (`_phase_of_a_deed`)
        relation = candidate.relation
        head = outer.relation.cue if outer else (segment.char_start(token.head), segment.char_end(token.head))
        between = token.doc[token.head.i + 1 : token.i]
        if any(t.dep_ not in _IN_A_VERB_GROUP for t in between):
            continue  # "continued his speech to say", "continued, after a pause, to say": no one verb group
        cue = (min(head[0], relation.cue[0]), relation.cue[1])
        source = relation.source or (outer.relation.source if outer else None)
        folded[token.i] = replace(candidate, relation=replace(relation, cue=cue, source=source))
        context.stretched_cues[relation.cue] = cue
        if outer is not None:
            dropped.add(outer.token.i)
    return [folded.get(c.token.i, c) for c in chosen if c.token.i not in dropped]


def _refused(candidate: Candidate) -> bool:
    """A reading the classifier accepted that is still no attribution: an action, an idiom, a permission or
    obligation stated in the passive, a deed begun or kept up, someone named to a post, or the writer's own
    aside."""
    return (
        _action_with_object(candidate)
        or _in_idiom(candidate)
        or _deontic_passive(candidate)
        or _phase_of_a_deed(candidate)
        or _shown_by_an_actor(candidate)
        or _gloss_or_state(candidate)
        or _in_a_question(candidate)
        or _appointment(candidate)
        or _writers_aside(candidate)
        or _found_in_a_state(candidate)
    )


#: Adjectives of a writer's comment (`data/extract/commentary_predicates.txt`).
_COMMENTARY_PREDICATES = data.words("extract", "commentary_predicates")
#: Modals of what ought to be done ("It should be noted that ...").
_OBLIGATION_MODALS = frozenset({"should", "must", "ought"})


def _writers_aside(candidate: Candidate) -> bool:
    """ "it is interesting to note that ...", "it is fair to say ...", "it is worth noting that ...": an
    infinitive or gerund of saying after an expletive "it" and an adjective of comment is the writer's own
    aside, no one's attribution ("It is ready to announce ..." of a body, with no such adjective, stays);
    so is a passive of saying with "it" and a modal of obligation ("It should be noted that ..."; "It was
    reported that ..." is someone's)."""
    token = candidate.token
    if is_passive(token):
        # "It should be noted that ...", "It must be said ...": what ought to be said, by the writer
        modal = any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in children(token))
        return modal and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in children(token))
    if token.dep_ != "xcomp":
        return False
    head = token.head
    adjective: Token | None = head
    copula = head.head
    if not (head.pos_ == "ADJ" and head.dep_ == "acomp"):
        adjective = next((c for c in children(head) if c.dep_ == "acomp"), None)
        copula = head
    if adjective is None or copula.lemma_.lower() not in ("be", "seem"):
        return False
    subject = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children(copula))
    return subject and adjective.lemma_.lower() in _COMMENTARY_PREDICATES


#: States someone is found in by a discovery or a verdict (`data/extract/found_states.txt`).
_FOUND_STATES = data.words("extract", "found_states")
#: Dependencies of a predicate the verb gives its object or subject: "pronounced (him) dead".
_PREDICATES = frozenset({"oprd", "acomp", "xcomp", "attr"})
#: ... and of the predicate "find" gives them ("found him dead", "was found dead", "found him lying ...").
_FOUND_PREDICATES = _PREDICATES | {"ccomp"}


def _found_in_a_state(candidate: Candidate) -> bool:
    """ "Roe was found dead in his apartment", "police found the driver unconscious", "was found beaten to
    death", "a jury found him guilty": finding someone in a state is a discovery or a verdict, an event the
    article reports, not a claim it credits to anyone (PolNeAR marks none of them). A finding stated as a
    claim keeps its reading ("the court found the law unconstitutional", "the study found that ...")."""
    token = candidate.token
    if token.lemma_.lower() != "find":
        return False
    return any(c.dep_ in _FOUND_PREDICATES and c.lower_ in _FOUND_STATES for c in children(token))


#: Verbs of naming someone to a post, and the posts (`data/extract/appointing_verbs.txt`, `office_nouns.txt`).
_APPOINTING_VERBS = data.words("extract", "appointing_verbs")
_OFFICE_NOUNS = data.words("extract", "office_nouns")


def _appointment(candidate: Candidate) -> bool:
    """ "The company named Ana Roe as its new chief executive", "Roe was named the party's nominee": naming
    someone to a post is a deed, like appointing (the Wikinews guidelines: "was named best actor" is no
    attribution), not a statement that identifies someone ("Reports named him as the suspect")."""
    token = candidate.token
    if token.lemma_.lower() not in _APPOINTING_VERBS:
        return False
    posts = [c for c in children(token) if c.dep_ in ("oprd", "attr") and c.i > token.i]
    for prep in (c for c in children(token) if c.dep_ == "prep" and c.lower_ == "as"):
        posts += [c for c in children(prep) if c.dep_ == "pobj"]
    return any(post.lemma_.lower() in _OFFICE_NOUNS for post in posts)


#: Auxiliaries and modals that open a direct question before its subject ("Do you think ...?", "Can you
#: explain ...?", "Is there a book which you think ...?").
_QUESTION_OPENERS = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "will", "would", "can"}
    | {"could", "should", "shall", "may", "might", "must"}
)
#: How many tokens a speaker's label may take before its colon ("Wikinews:", "Jo Fox:").
_LABEL_WORDS = 6
#: Words that open a question asked for a word, before its auxiliary ("How do you think ...?").
_WH_WORDS = frozenset({"who", "whom", "whose", "what", "which", "why", "how", "when", "where"})


def _in_a_question(candidate: Candidate) -> bool:
    """ "Do you think magic is alive?", "Can you explain the study?", "Is there a book which you think stands
    out?": a direct question asserts nothing, so a cue inside it reports no one's words or thoughts (an
    interviewer's question credited its "you" with what it asks about). The question is known by its closing
    mark and the auxiliary that opens it (after a transcript's label) before the cue; a question quoted inside
    a sentence ("He asked, “Do you think it works?”") opens no sentence, and its asking is found as ever."""
    sentence = candidate.token.sent
    label = _label_colon(sentence)  # "Wikinews: Do you ...?"
    words = [t for t in sentence if not (t.is_punct or t.is_space) and (label is None or t.i > label.i)]
    marks = [t for t in sentence if not (t.is_space or t.is_quote)]
    if len(words) < 2 or not marks or marks[-1].text != "?":
        return False
    opener = words[1] if words[0].lower_ in _WH_WORDS else words[0]
    return opener.lower_ in _QUESTION_OPENERS and opener.i < candidate.token.i


def _label_colon(sentence: SpacySpan) -> Token | None:
    """The colon after a transcript's speaker label opening a sentence ("Wikinews: Do you ...?"), if any."""
    return next((t for t in sentence[:_LABEL_WORDS] if t.text == ":"), None)


#: Verbs of how a word sounds, or of a state pronounced (`data/extract/gloss_verbs.txt`).
_GLOSS_VERBS = data.words("extract", "gloss_verbs")
#: Dependencies of a participle that hangs on a noun: "Wild 2 (pronounced ...)".
_ON_A_NOUN = frozenset({"acl", "dep", "appos", "parataxis"})
#: Reflexive objects: pronouncing oneself something is saying it ("pronounced himself satisfied").
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})


def _gloss_or_state(candidate: Candidate) -> bool:
    """ "a comet called Wild 2 (pronounced "Vilt-two")", "I don't know if I'm pronouncing that right", "he
    was pronounced dead at the scene": a verb of how a word sounds tells a word, and a state
    pronounced by office is a deed (the guidelines' "was named best actor"); neither credits anyone with a
    claim. The verb reports one only with a noun phrase object of its own ("pronounced his support for the
    deal", which PolNeAR annotates)."""
    token = candidate.token
    if token.lemma_.lower() not in _GLOSS_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in children(token)):
        return False  # "The minister pronounced himself satisfied": a statement of his own state
    if candidate.content_type == "raising" or any(c.dep_ in _PREDICATES for c in children(token)):
        return True  # "was pronounced dead", "pronounced him dead"
    if token.dep_ in _ON_A_NOUN or (token.i + 1 < len(token.doc) and token.nbor(1).is_quote):
        return True  # a gloss on a name, or a word quoted
    # only a noun phrase object of its own says something ("pronounced his support"); a clause is a misparse
    # of a word's sound ("if I'm pronouncing that right, he ..." made "that" open a clause)
    objects = [c for c in children(token) if c.dep_ == "dobj"]
    return not (_objective(candidate.content_type) and any(o.pos_ in ("NOUN", "PROPN") for o in objects))


#: Modals and semi-modals, and subordinators of a condition or time, that make a generic "you" hypothetical
#: (`data/extract/hypothetical_modals.txt`, `hypothetical_subordinators.txt`).
_HYPOTHETICAL_MODALS = data.words("extract", "hypothetical_modals")
_HYPOTHETICAL_SUBORDINATORS = data.words("extract", "hypothetical_subordinators")


def _generic_you(segment: Segment, candidate: Candidate) -> bool:
    """ "You can see that some rats ...", "you'll notice that ...", "you have to explore any other options",
    "if you look at the figure, you find that ...", "whether you believe it or not": a "you" that is anyone,
    under a modal or in a condition (or the clause a condition of its own "you" governs), is an impersonal
    "one", no source; an addressed "you" stays ("You mentioned the study took four years", "the ones you
    mention", "you're asking about"). Fillers ("you know, ...") are idioms (`discourse_idioms.txt`)."""
    source = candidate.relation.source
    if source is None:
        return False
    doc = candidate.token.doc
    span = doc.char_span(source[0] - segment.start, source[1] - segment.start)
    if span is None or len(span) != 1 or span[0].lower_ != "you":
        return False
    you = span[0]
    path = [candidate.token]
    while path[-1].i != you.head.i and path[-1].head.i != path[-1].i and len(path) < 6:
        path.append(path[-1].head)  # from the cue up to the verb "you" is the subject of
    if path[-1].i != you.head.i:
        path = [you.head]
    for verb in path:
        kids = children(verb)
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _HYPOTHETICAL_MODALS for c in kids):
            return True  # "you can see", "you'll notice"
        if verb.lemma_.lower() in _HYPOTHETICAL_MODALS and any(c.dep_ == "xcomp" for c in kids):
            return True  # "you have to explore", "you need to look"
    clause = you.head
    for verb in (clause, *clause.ancestors):
        if verb.dep_ == "advcl" and _hypothetical_mark(verb):
            return True  # "if you look at", "when you ask"
        if verb.dep_ not in ("conj", "advcl", "ccomp", "xcomp"):
            break
    # "if you put the data in, you find that ...": the clause a condition with its own "you" governs
    conditions = [c for c in children(clause) if c.dep_ == "advcl" and _hypothetical_mark(c)]
    return any(s.lower_ == "you" and s.dep_ == "nsubj" for c in conditions for s in children(c))


def _hypothetical_mark(verb: Token) -> bool:
    """Whether an adverbial clause opens with a subordinator of a condition or time ("if", "when")."""
    marks = [c for c in children(verb) if c.dep_ in ("mark", "advmod")]
    return any(c.lower_ in _HYPOTHETICAL_SUBORDINATORS for c in marks)


def _said_by_no_one(segment: Segment, candidate: Candidate) -> bool:
    """ "While no one is predicting major bank failures", "nobody even bothered to ask", "neither the EU nor
    the US would endorse the result": a negated universal source (`syntax.is_negated_universal`) credits no
    one with anything; the reporter says that nobody said or did it. A refusal to disclose by such a source is
    a declined comment, found before (`no_comment.declined_to_disclose`)."""
    if candidate.relation.source is None or candidate.relation.kind == "no_comment":
        return False
    start, end = candidate.relation.source
    if not segment.covers(start, end):
        return False
    span = segment.doc.char_span(start - segment.start, end - segment.start, alignment_mode="expand")
    return span is not None and len(span) > 0 and is_negated_universal(span[0])


#: Verbs of showing (`data/extract/display_verbs.txt`), and the nouns of what shows as a record does
#: (`syntax.RECORD_NOUNS`), with the pronouns that may stand for one.
_DISPLAY_VERBS = data.words("extract", "display_verbs")
_RECORDS = RECORD_NOUNS | {"it", "this", "that", "which", "what"}


def _shown_by_an_actor(candidate: Candidate) -> bool:
    """ "the man showed symptoms", "voters showed little interest", "the company showed a profit": anyone
    but a record showing a noun phrase acts or is in a state, and says nothing (nor does one shown something:
    "was shown a yellow card"); a poll or a video showing one reports it, and a clause says what was shown
    ("the results showed Roe leading", "he has shown that he can raise money")."""
    token = candidate.token
    if token.lemma_.lower() not in _DISPLAY_VERBS or not _objective(candidate.content_type):
        return False
    objects = [c for c in children(token) if c.dep_ == "dobj"]
    if not objects or any(t.pos_ in VERBAL_POS for o in objects for t in o.subtree):
        return False  # with an object, a preposition's phrase is the showing's ("shown leadership in ...")
    if is_passive(token):
        return True  # "X was shown a yellow card": the one shown something says nothing
    subjects = [c for c in children(token) if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        s.lemma_.lower() in _RECORDS or s.lower_ in _RECORDS for s in subjects
    )


#: Verbs of the phase of an act ("started to broadcast", "continued to build").
_PHASE_VERBS = frozenset({"begin", "start", "continue", "resume", "keep", "stop", "cease"})


def _phase_of_a_deed(candidate: Candidate) -> bool:
    """ "South Korea had recently started to broadcast propaganda": an infinitive with a noun-phrase object
    under a verb of beginning or going on reports a deed in progress; unless it is a speech act ("began to
    accuse the mayor of ...", `data/extract/speech_cues.txt`) or says what ("continued to argue that ...").
    Read the other way, the verb of going on as the cue with the verb it governs as content, the reading
    stands only when that verb is one that reports ("continue to ignore the reality that ...", "kept
    attacking"; PolNeAR's cue is then "continue to ignore"): "Twitter continued to edit his tweets", "they
    continued to cool the structure" are deeds going on."""
    token = candidate.token
    if token.lemma_.lower() in _PHASE_VERBS and candidate.content_type == "xcomp":
        governed = [c for c in children(token) if c.dep_ == "xcomp" and c.pos_ in VERBAL_POS]
        return bool(governed) and not any(_may_report(verb) for verb in governed)
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in _PHASE_VERBS:
        return False
    if candidate.content_type not in _OBJECT_READINGS or token.lemma_.lower() in SPEECH_CUES:
        return False
    return is_infinitive(token)


#: A verb whose lemma heads a cue at least this often in PolNeAR train may report ("ignore" 0.23, "attack"
#: 0.28, "share" 0.23); below it a verb is a deed ("run" 0.03, "hold" 0.05, "build" 0.01, "edit" never).
_REPORTING_SHARE = 0.1


def _may_report(verb: Token) -> bool:
    """Whether a verb's lemma heads a cue often enough in PolNeAR train to report ("ignore"), not only act."""
    entry = load_lexicon().get(verb.lemma_, "VERB")
    return entry is not None and entry.precision >= _REPORTING_SHARE


#: Verbs of permission and obligation (`data/extract/deontic_verbs.txt`).
_DEONTIC_VERBS = data.words("extract", "deontic_verbs")


def _deontic_passive(candidate: Candidate) -> bool:
    """ "The monarch is allowed to prorogue Parliament", "members are typically required to attend": what may
    or must be done, said by no one."""
    token = candidate.token
    return token.lemma_.lower() in _DEONTIC_VERBS and is_passive(token)


#: Verbs of doing that a message object makes a speech act (`data/extract/action_verbs.txt`).
_ACTION_VERBS = data.words("extract", "action_verbs")
#: Objects that make such a verb a speech act: a message, or a recording published ("posted a video").
_MESSAGE_NOUNS = data.words("extract", "message_nouns") | data.words("extract", "recording_nouns")


def _action_with_object(candidate: Candidate) -> bool:
    """ "North Korea fired artillery rounds", "the House passed a resolution": a verb of doing whose content
    would be its noun-phrase object is an action, whatever the classifier says -- unless the object is a
    message ("issued a statement", "released a report"). With such an object, a prepositional phrase is the
    deed's purpose or target, not a content either ("launched this event ..., for promoting equality"). In the
    passive the subject is that object ("Ana Ruiz was nominated by the party as its candidate", "the bill was
    signed by the governor"; "a statement was issued" stays), and in a relative clause the noun it modifies
    ("the compounds that corals release"; "the report the agency released" stays)."""
    token = candidate.token
    kind = candidate.content_type
    if token.lemma_.lower() not in _ACTION_VERBS:
        return False
    # the subject of a passive is the deed's object: "Ana Ruiz was nominated by the party as its candidate"
    objects = [c for c in children(token) if c.dep_ in ("dobj", "nsubjpass")]
    if kind == "relative":
        objects = [token.head]  # "the compounds that corals release into the water", "the bill he signed"
    if not (kind in _PATIENT_READINGS or kind == "relative" or (kind.startswith("prep_") and objects)):
        return False
    return not any(o.lemma_.lower() in _MESSAGE_NOUNS or _quoted(o) for o in objects)


def _quoted(phrase: Token) -> bool:
    """Whether a noun phrase is a quotation, a message whatever its words ("The statement read “We are
    sorry ...”", "also observing “there is no such law”")."""
    doc = phrase.doc
    first = phrase.left_edge.i
    return doc[first].text in QUOTE_MARKS or (first > 0 and doc[first - 1].text in QUOTE_MARKS)


#: Idioms of discourse built on a verb of saying (`data/extract/discourse_idioms.txt`), as word tuples.
_IDIOMS = tuple(tuple(idiom.split()) for idiom in data.lines("extract", "discourse_idioms.txt"))


def _in_idiom(candidate: Candidate) -> bool:
    """ "That said, we are realistic ...": a cue inside an idiom of discourse attributes nothing."""
    token = candidate.token
    doc = token.doc
    for idiom in _IDIOMS:
        for at in range(max(0, token.i - len(idiom) + 1), token.i + 1):
            words = tuple(t.lower_ for t in doc[at : at + len(idiom)])
            if words == idiom:
                return True
    return False


def _act_in_content(candidate: Candidate, chosen: Sequence[Candidate]) -> bool:
    """ "We want to thank all the locations", "urged the CIA to release the files", "would consider charging
    the gunman": an infinitive or gerund with an object, in the content of the cue it depends on, is the act
    wanted, asked or weighed, not one the source performed: it is no attribution of its own (PolNeAR annotates
    only the outer one; a sourcing audit counts what was said, and this was not)."""
    token = candidate.token
    kind = candidate.content_type
    if not _objective(kind) or token.dep_ not in {"xcomp", "ccomp"}:
        return False
    if not (is_infinitive(token) or token.tag_ == "VBG"):
        return False
    last = candidate.relation.cue[1]
    return any(other.token.i == token.head.i and other.relation.holds(last - 1, last) for other in chosen)


def _deed_in_content(context: RuleContext, candidate: Candidate, chosen: Sequence[Candidate]) -> bool:
    """ "North Korea stated it would attack any loudspeakers", "said fishermen first noticed the people": a
    verb that is no verb of saying, with a noun-phrase object, inside what another cue reports is part of
    that report, not an attribution of its own (a nested one is kept for speech: "told Reuters that Y had
    said Z")."""
    kind = candidate.content_type
    objective = _objective(kind)
    if not objective or candidate.content_first in {"that", "to"}:
        return False
    token = candidate.token
    if context.scorer.is_speech(token) or token.lemma_.lower() in SPEECH_CUES:
        return False  # "claimed Biden commented on her looks": a speech act reported inside a claim
    start, end = candidate.relation.cue
    return any(other is not candidate and other.relation.holds(start, end) for other in chosen)


def _quoted_mental_state(context: RuleContext, candidate: Candidate) -> bool:
    """ "“We want to thank all of the volunteers,” she said", "“I consider it settled”": a verb of a mental
    state inside a quotation is part of what the speaker said, not an attribution of its own (PolNeAR
    annotates only the quotation's; a sourcing audit credits the speaker with the words)."""
    token = candidate.token
    return token.lemma_.lower() in _MENTAL_STATES and context.inside_quote(token)


def _setting_participle(context: RuleContext, candidate: Candidate) -> bool:
    """ "Commenting on the radio calls, Captain Roe said the situation ...", "Speaking about the film, the
    archbishop said, “…”", "Discussing his concern in a statement, the prime minister said": a participle
    opening the sentence with only a topic (a preposition's, or the object of a verb of discussing) sets the
    scene of the statement that follows it, made by the same speaker; the statement is the attribution (a
    participle with its own claim or complaint, "Claiming the criticism is unfair, X said ...", "Bemoaning
    the system, X said ...", stays)."""
    token = candidate.token
    topic = candidate.content_type.startswith("prep_") or (
        candidate.content_type in _OBJECT_READINGS and token.lemma_.lower() in _TOPIC_VERBS
    )
    if token.tag_ != "VBG" or token.dep_ != "advcl" or not topic:
        return False
    sentence = token.sent
    if token.i != sentence.start and not (token.i == sentence.start + 1 and token.nbor(-1).pos_ == "CCONJ"):
        return False
    head = token.head
    return context.scorer.is_speech(head) and any(c.dep_ in {"nsubj", "ccomp"} for c in children(head))


#: Verbs whose object is a topic ("discuss", `data/extract/topic_verbs.txt`).
_TOPIC_VERBS = data.words("extract", "topic_verbs")


def _relative_mental_state(candidate: Candidate) -> bool:
    """ "schools that want to share technology with their students", "the member who wishes to leave": a
    wish or intention in a relative clause describes whom the noun means; it credits nobody with saying
    anything. A belief or a view with its clause ("who understood that ...", "who saw the remark as ...")
    stays, as PolNeAR annotates it."""
    token = candidate.token
    if token.dep_ != "relcl" or token.lemma_.lower() not in _MENTAL_STATES or candidate.content_first != "to":
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in children(token))


def _quoted_performative(context: RuleContext, candidate: Candidate) -> bool:
    """ "“We urge the governments of the region to work together,” X said", "“I call on him to resign”": a
    speaker saying "I / we" with a verb of saying in the plain present, inside the quotation, performs the
    act by the words quoted; it is the quotation's attribution, not one of its own (a past "we said" or "I
    have told him" inside a quote reports another act and stays)."""
    token = candidate.token
    if token.tag_ != "VBP" or not context.inside_quote(token):
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in children(token)):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in children(token))


#: Cue lemmas of a mental state (derived from PolNeAR train by tools/derive_acts.py, as resolve/act.py reads
#: them).
_MENTAL_STATES = data.words("extract", "mental_cues")
#: Content types of a cue's plain object ("thank X"; "call for X" is "prep_for").
_OBJECT_READINGS = {"dobj", "dobj_rest"}
#: Readings whose content is what a deed is done to: its object, or the subject of its passive.
_PATIENT_READINGS = _OBJECT_READINGS | {"passive_subject"}


def _objective(kind: str) -> bool:
    """Whether a content type is a noun phrase the cue governs: its object, or a preposition's."""
    return kind in _OBJECT_READINGS or kind.startswith("prep_")


def sentence_candidates(context: RuleContext, segment: Segment, sentence: SpacySpan) -> list[Candidate]:
    """Every possible attribution in a parsed sentence: declined comments first, then each token the rule
    families of `RULE_FAMILIES` make something of (the first family that claims a token reads it)."""
    found: list[Candidate] = []
    covered: set[int] = set()
    for match in (*find_no_comment(sentence), *declined_to_disclose(sentence)):
        if match.verb.i in covered:
            continue  # "has not commented on whether ...": one phrase, two readings of it
        # "she said ..., but refused to give any more details": a conjoined decline shares the subject
        source = subject_span(segment, match.verb, passive=True) or shared_source(segment, match.verb)
        if source is None and (subject := decliner(match.verb)) is not None:
            source = noun_phrase(segment, subject)  # "were contacted ... but have not responded"
        cue = (segment.char_start(match.tokens[0]), segment.char_end(match.tokens[-1]))
        found.append(Candidate(match.verb, Relation(cue, source, (), kind="no_comment"), "no_comment"))
        covered.update(t.i for t in (*match.tokens, *match.withheld))
    doc = sentence.doc
    worth_a_look = _worth_a_look(context.facts(doc))
    for i in range(sentence.start, sentence.end):
        if not worth_a_look[i] or i in covered:
            continue
        token = doc[i]
        for family in RULE_FAMILIES:
            claimed = family(context, segment, sentence, token)
            if claimed is not None:
                found.extend(claimed)
                break
    return found


def _according_to_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """ "according to X", and a sentence opened by "Per X, ...", "In a poll released Monday, ..." or "In his
    view, ..." (`according_to.py`)."""
    if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
        relation = according_to(segment, sentence, token)
    elif token.lower_ == "per" and _opens(sentence, token):
        relation = per_phrase(segment, sentence, token)
    elif token.lower_ in STANCE_PREPOSITIONS and _opens(sentence, token):
        relation = (in_survey(segment, sentence, token) if token.lower_ == "in" else None) or in_view(
            segment, sentence, token
        )
    else:
        return None
    return [Candidate(token, relation, "according_to")] if relation else []


def _opens(sentence: SpacySpan, token: Token) -> bool:
    """Whether a token opens its sentence, perhaps after a conjunction ("But in his view, ...")."""
    at = token.i - sentence.start
    return at == 0 or (at == 1 and sentence.doc[sentence.start].pos_ == "CCONJ")


def _relay_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """ "The agency, citing three sources, reported ...": the cited party's attribution (`relays.py`)."""
    if token.lemma_ not in RELAY_VERBS:
        return None
    relation = relayed_source(segment, sentence, token)
    return None if relation is None else [Candidate(token, relation, "relay")]


def _transcript_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """ "ROE: ..." in a transcript (`headlines.py`); the reporter's own turn in the article's interview is
    none, nor a headline's colon ("WN: Why was the law introduced?")."""
    if token.text == ":" and is_reporters_turn(context.text, segment.char_start(token)):
        return []
    turn = transcript_turn(context.text, segment, token) if token.text == ":" else None
    return None if turn is None else [Candidate(token, turn, "turn")]


def _headline_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """ "Graham: ..." (`headlines.py`)."""
    if token.text != ":" or not is_headline_colon(sentence, token, context.scorer):
        return None
    relation = headline_colon(context.text, segment, sentence, token)
    return [Candidate(token, relation, "colon")] if relation else []


def _predicate_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """Verbs, auxiliaries and predicate adjectives (`verb_cues.py`)."""
    if not (
        token.pos_ == "VERB"
        or (token.pos_ == "AUX" and token.dep_ not in CUE_MODIFIERS)
        or is_predicate_adjective(token)
    ):
        return None
    return predicate_candidates(context, segment, sentence, token)


def _noun_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """Nouns of saying or stance (`noun_cues.py`)."""
    if token.pos_ != "NOUN" or not is_cue_noun(token, context.lexicon):
        return None
    return noun_candidates(context, segment, sentence, token)


def _adverb_family(
    context: RuleContext, segment: Segment, sentence: SpacySpan, token: Token
) -> list[Candidate] | None:
    """Adverbs of hearsay, and the adverbs PolNeAR annotates as cues (`noun_cues.py`)."""
    if token.pos_ != "ADV" or token.dep_ != "advmod":
        return None
    if token.lower_ not in HEARSAY_ADVERBS and not context.lexicon.get(token.lemma_, "ADV"):
        return None
    return adverb_candidates(context, segment, sentence, token)


#: A rule family reads a token: None when the token is not its kind, else the candidates it finds.
RuleFamily = Callable[[RuleContext, Segment, SpacySpan, Token], "list[Candidate] | None"]
#: The rule families, in the order they are asked.
RULE_FAMILIES: tuple[RuleFamily, ...] = (
    _according_to_family,
    _relay_family,
    _transcript_family,
    _headline_family,
    _predicate_family,
    _noun_family,
    _adverb_family,
)


def _worth_a_look(facts: DocFacts) -> list[bool]:
    """Per token of a parsed stretch, whether `sentence_candidates` may make something of it (a verb,
    auxiliary, adjective, noun or adverb, "according", "in", a colon); read once per stretch from the doc's
    arrays, as most tokens are none of these and spaCy makes a new Token object on every access."""
    if facts.worth_a_look is None:
        array = facts.doc.to_array([POS, LOWER]).tolist()
        facts.worth_a_look = [pos in _LOOKED_AT_POS or lower in _LOOKED_AT_WORDS for pos, lower in array]
    return facts.worth_a_look


#: Parts of speech of the tokens that may be cues, and other words that may open a candidate.
_LOOKED_AT_POS = {VERB, AUX, ADJ, NOUN, ADV}
#: ... as LOWER holds them
_LOOKED_AT_WORDS = frozenset(get_string_id(word) for word in ("according", "in", "from", "per", ":"))
