"""The source of a cue: its subject, a shared or stray subject, "with X saying", a passive agent."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.classifier import CueScorer
from sourcetrace.extract.content import verb_read_as_modifier
from sourcetrace.extract.content_around import inversion
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.syntax import (
    CUE_MODIFIERS,
    FINITE_TAGS,
    FINITE_VERB_TAGS,
    NOMINAL_SUBJECTS,
    RELATIVE_PRONOUNS,
    SPEECH_CUES,
    SUBJECTS,
    VERBAL_POS,
    asked_object,
    char_range,
    clause_marks,
    has_content_child,
    is_adverb_of,
    is_infinitive,
    is_passive,
    last_of_subtree,
    last_word_before,
    set_off,
    stray_agent,
)
from sourcetrace.parse import Segment, children
from sourcetrace.quotes import (
    CLOSING_MARKS,
    QUOTE_MARKS,
)

#: Dependencies by which a subject-less cue shares the subject of the verb it hangs from ("..., saying ...",
#: "and added", "wants to say", "before clarifying that ..."); an infinitive under a verb with an object
#: takes the object instead ("prompting voters to reconsider").
_SHARED_SUBJECT = {"advcl", "conj", "xcomp", "acl", "pcomp", "prep", "relcl", "acomp"}


#: A noun a participle modifies is its source when it is the subject or stands alone ("a statement saying
#: ..."), not when it is the object of a preposition ("at a news conference, announcing ...") unless the
#: participle restricts it ("gave $3 million to a group backing the senator").
_NOUN_SOURCES = {"nsubj", "nsubjpass", "ROOT", "appos", "conj", "dobj"}


#: Subordinators that set a clause against the one before it rather than inside it ("..., while X says ...").
_CONTRASTS = data.words("extract", "contrasts")


#: Words that open a reduced passive clause ("when asked about ...", "after being told").
_REDUCED_OPENERS = data.words("extract", "reduced_openers")


#: Quantifiers the parser may take for a second subject ("Billionaires both ...").
_STRAY_SUBJECT_WORDS = data.words("extract", "stray_subject_words")
#: Pronouns that stand for a clause, not a speaker ("it's said that ...").
_PLACEHOLDER_SUBJECTS = data.words("extract", "placeholder_subjects")


#: A source span, and the offset of "with" when the source is an absolute "with X saying".
SourceReading = tuple[tuple[int, int] | None, int | None]


def source_of(context: RuleContext, segment: Segment, cue: Token) -> SourceReading:
    """The cue's source span, and the offset of "with" when the source is an absolute "with X saying"."""
    inverted = inversion(cue.sent, cue, context.scorer)
    if inverted is not None:
        return noun_phrase(segment, inverted.speaker), None
    if _reduced_passive(cue):
        return None, None
    misread = verb_read_as_modifier(cue, context.scorer)
    if misread is not None:
        # the subject before the comma, which the parser gave to the clause's verb
        speaker = misread[0]
        return char_range(segment, speaker.left_edge, last_word_before(cue, speaker)), None
    posted = _posted_on_a_platform(segment, cue)
    if posted is not None:
        return posted, None
    subject = subject_span(segment, cue)
    has_said = _contracted_has(cue)
    if has_said is not None:
        return noun_phrase(segment, has_said), None
    if subject is not None or any(c.dep_ in {"nsubjpass", "expl", "auxpass"} for c in children(cue)):
        # a passive with no agent has no source, not even the subject it shares with a verb before it ("Its
        # shape symbolizes wealth and is believed to bring luck": believed by whom is not said)
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
    if cue.tag_ == "VBG" and (cue.dep_ in {"advcl", "acl"} or _participle_as_conjunct(cue)):
        participle = _participle_source(context, segment, cue)
        if participle is not None:
            return participle
    if _hung_on_quoted_clause(context, cue):
        # “… whose names I do not know,” further remarking, “…”; reported that ... “many stores are still
        # selling out”, and called the demand “unprecedented”: the parser hung the verb on one inside the
        # quote it follows; it continues who introduced that quote, not the quote's subject
        return _quote_introducer(context, segment, cue.head), None
    return shared_source(segment, cue), None


#: Verbs whose passive participle with an infinitive reports what is said or thought of the noun before it
#: (`data/extract/passive_report_verbs.txt`).
_PASSIVE_REPORT_VERBS = data.words("extract", "passive_report_verbs")


#: Parts of speech that end a noun phrase before the comma of "X, believed to ...".
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _reduced_passive(cue: Token) -> bool:
    """ "The emergency loan, believed to total 75 billion euros, comes ...", "Ana Roe, alleged to be the
    ringleader, was arrested": a participle of saying or thinking set off after its noun by a comma, with no
    auxiliary and an infinitive, is a reduced passive relative clause (believed by whom is not said), however
    the parser reads it (often as a finite verb whose subject is that noun). The noun is what is said or
    thought about, not its source; an agent ("described by the minister as ...") is found as ever."""
    if cue.lemma_.lower() not in _PASSIVE_REPORT_VERBS or cue.tag_ not in {"VBN", "VBD"}:
        return False
    if cue.i == 0 or cue.nbor(-1).text != "," or cue.i + 1 >= len(cue.doc) or cue.nbor(1).lower_ != "to":
        return False
    cue_children = children(cue)
    if any(c.dep_ in {"aux", "auxpass", "agent"} for c in cue_children):
        return False
    if not any(c.dep_ == "xcomp" and is_infinitive(c) for c in cue_children):
        return False
    # the comma closes a noun phrase: the clause's subject (as misparsed) or the noun the participle hangs on
    before = cue.doc[cue.i - 2] if cue.i > 1 else None
    return before is not None and (before.pos_ in _NOMINAL_POS or before.text in {")", "”", '"'})


def _quote_introducer(context: RuleContext, segment: Segment, quoted: Token) -> tuple[int, int] | None:
    """The subject of the verb of saying right before the quotation that holds token `quoted` ("X remarked,
    “…”"), within `_INTRODUCER_REACH` tokens of the quote's opening, or None."""
    doc = quoted.doc
    i = quoted.i
    while i > 0 and context.inside_quote(doc[i]):
        i -= 1
    for token in reversed(doc[max(0, i - _INTRODUCER_REACH) : i + 1]):
        if not context.inside_quote(token) and context.scorer.is_speech(token):
            subject = subject_span(segment, token)
            if subject is not None:
                return subject
    return None


#: How far before a quotation's opening its introducing verb may be ("X, the chairman, remarked, “…”").
_INTRODUCER_REACH = 12


def _participle_source(context: RuleContext, segment: Segment, cue: Token) -> SourceReading | None:
    """Whose act a participle ("..., saying ...", "a group backing X", "with X saying ...") reports."""
    recorded = _recorded_speaker(cue)
    if recorded is not None:
        return noun_phrase(segment, recorded), None
    absolute = _absolute_with_source(segment, cue)
    if absolute is not None:
        return absolute
    if (
        cue.dep_ == "acl"
        and cue.head.pos_ in {"NOUN", "PROPN", "PRON"}
        and (cue.head.dep_ in _NOUN_SOURCES or not set_off(cue))
    ):
        noun = cue.head
        return char_range(segment, noun.left_edge, last_word_before(cue, noun.left_edge)), None
    # "and the union has sued the city, saying ...", "a charge that party leaders denied, noting ...",
    # "“…,” Clinton said, while arguing ...": a coordinated, relative or inserted clause right before the
    # participle's comma is whose act it continues, though the parser may hang the participle higher up
    # -- but not a clause inside a quotation the participle follows (“... whose names I do not know,” further
    # remarking, “...”: the quote's speaker remarks, not its "I")
    before = _clause_before(cue)
    quoted = context.inside_quote(cue)
    if (
        before is not None
        and before.dep_ in {"conj", "relcl", "parataxis"}
        and not _embedded_question(before)
        and context.inside_quote(before) == quoted
    ):
        subject = subject_span(segment, before)
        if subject is not None:
            return subject, None
    # "X said Y has made clear Z, saying W": the participle speaks for the reporting verb's subject,
    # wherever the parser hung it -- but not for a verb inside a quote when it stands outside
    # (“I think it would make things worse,” Clinton said, while arguing ...)
    for ancestor in cue.ancestors:
        if context.inside_quote(ancestor) != quoted or not context.scorer.is_speech(ancestor):
            continue
        subject = subject_span(segment, ancestor)
        if subject is None and ancestor.dep_ == "acl" and ancestor.head.pos_ in {"NOUN", "PROPN"}:
            # "An eyewitness described for PA how the attack unfolded, stating, “…”": the parser made the
            # sentence a noun phrase; the noun the reporting verb modifies is its subject
            noun = ancestor.head
            return char_range(segment, noun.left_edge, last_word_before(ancestor, noun.left_edge)), None
        if subject is not None:
            return subject, None
    return None


#: Words that open an embedded question (`data/extract/question_words.txt`).
_QUESTION_WORDS = data.words("extract", "question_words")


def _embedded_question(clause: Token) -> bool:
    """Whether a clause opens with a question word: what the verb before it described or asked, not a
    clause whose subject goes on to speak ("described how the attack unfolded, stating ...")."""
    return clause.left_edge.lower_ in _QUESTION_WORDS


def _hung_on_quoted_clause(context: RuleContext, cue: Token) -> bool:
    """Whether a verb outside a quotation hangs on the verb of a clause inside it that has a subject of its
    own (not an infinitive it shares a doer with: 'called on X to "call out Russia" and consider ...')."""
    head = cue.head
    return (
        cue.dep_ in {"advcl", "acl", "conj"}
        and context.inside_quote(head)
        and not context.inside_quote(cue)
        and (cue.tag_ == "VBG" or any(c.dep_ in SUBJECTS for c in children(head)))
    )


#: Where a message is posted or broadcast ("on Twitter", "to its website"; `data/extract/platform_nouns.txt`).
_PLATFORM_NOUNS = data.words("extract", "platform_nouns")


def _posted_on_a_platform(segment: Segment, participle: Token) -> tuple[int, int] | None:
    """ "Pompeo posted a message on Twitter blaming Iran", "his lawyer posted a photo to Twitter showing him
    ...": the parser makes the platform the message went out on the participle's subject (or hangs the
    participle on it), which neither blames nor shows: the poster does, who answers for what was posted. None
    when the participle is not so placed."""
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "pcomp":  # on [Twitter blaming Iran]
        preposition = participle.head
        platforms = [c for c in children(participle) if c.dep_ == "nsubj" and c.lower_ in _PLATFORM_NOUNS]
    elif participle.dep_ == "acl" and participle.head.dep_ == "pobj":  # on [Twitter [blaming Iran]]
        preposition = participle.head.head
        platforms = [participle.head] if participle.head.lower_ in _PLATFORM_NOUNS else []
    else:
        return None
    if not platforms or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    if verb.dep_ == "dobj":  # "posted a message on Twitter": the preposition hangs on the message
        verb = verb.head
    return subject_span(segment, verb) if verb.pos_ in VERBAL_POS else None


def _participle_as_conjunct(cue: Token) -> bool:
    """ "described how the attack unfolded, stating, “…”": a participle set off by a comma that the parser
    coordinated with a finite verb (here one inside a clause the reporting verb took) is no second verb of
    that subject, but an adjunct of the clause it follows, as an "advcl" participle is."""
    return cue.dep_ == "conj" and cue.head.tag_ in FINITE_VERB_TAGS and set_off(cue)


def _recorded_speaker(participle: Token) -> Token | None:
    """ "footage of Trump saying ...", "a video of the mayor telling reporters ...": the person a recording
    shows is who speaks, not the recording the parser hangs the participle on."""
    if participle.dep_ == "acl":
        noun = participle.head
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if noun.lemma_.lower() not in _RECORDING_NOUNS or of is None:
            return None
        return next((c for c in children(of) if c.dep_ == "pobj"), None)
    if participle.dep_ != "advcl" or participle.i == 0:
        return None
    # the parser may hang the participle on the verb: the person is the noun right before it
    person = participle.nbor(-1)
    for _ in range(3):
        if person.dep_ == "pobj" and person.head.lower_ == "of":
            return person if person.head.head.lemma_.lower() in _RECORDING_NOUNS else None
        if person.head == person:
            break
        person = person.head
    return None


#: Nouns of a recording ("footage", "video").
_RECORDING_NOUNS = data.words("extract", "recording_nouns")


def shared_source(segment: Segment, cue: Token) -> tuple[int, int] | None:
    """The subject a cue without one shares with the verbs it hangs from, up to four levels ("..., and
    added", "wants to say"), or the object asked to do an infinitive ("prompting voters to reconsider")."""
    token = cue
    # "X encouraged attendees to keep at it, sharing that ...": a participle of saying set off by a comma
    # speaks for the clause it closes, not for the object asked to do the infinitive the parser hung it on
    # (who is required to sign a contract, "agreeing to work ...", does the agreeing)
    closing_participle = cue.tag_ == "VBG" and set_off(cue) and cue.lemma_.lower() in SPEECH_CUES
    for _ in range(4):
        if not _shares_subject(token):
            return _stray_subject(segment, cue)
        if token.dep_ == "xcomp" and not (closing_participle and token is not cue):
            # "prompting voters to reconsider": the object of the verb above is who does the infinitive
            controller = next((c for c in children(token.head) if c.dep_ == "dobj" and c.i < token.i), None)
            if controller is None:
                # "called on the mayor to apologize": the preposition's object
                controller = asked_object(token.head, token)
            if controller is not None:
                return noun_phrase(segment, controller)
        via = token.head if token.dep_ == "pcomp" else None
        raised = token.dep_ == "xcomp" and is_passive(token.head)
        token = token.head
        if via is not None and via.lower_ in _TIME_PREPOSITIONS and via.head.i != via.i:
            # "X was met with applause upon announcing ...": the one the passive verb is said of did it
            token = via.head
            subject = subject_span(segment, token, passive=True)
        elif raised:
            # "The attacker is reported to have jumped on stage and claimed ...": the subject raised from the
            # infinitive is its doer
            subject = subject_span(segment, token, passive=True)
        else:
            subject = subject_span(segment, token)
        if subject is not None:
            return subject
    return None


#: Prepositions of time before a participle ("upon announcing", "after saying", "before adding").
_TIME_PREPOSITIONS = frozenset({"upon", "on", "after", "before", "while"})


def _subject_in_clause_before(segment: Segment, cue: Token) -> tuple[int, int] | None:
    """ "Roe offered him a job, then says he ...", "Majorities of voters going to the polls say they ...",
    "Activists clamoring to block him say they ...": a finite verb with its content clause after it but no
    subject, because the parser took the words before it, subject and all, for a second content clause or an
    adverbial one: that clause's subject is the verb's."""
    if cue.tag_ not in FINITE_VERB_TAGS or not _has_clause_after(cue):
        return None
    before = next((c for c in reversed(list(cue.lefts)) if c.dep_ in {"ccomp", "advcl"}), None)
    if before is None:
        return None
    if before.dep_ == "advcl" and (before.tag_ != "VBG" or any(c.dep_ == "mark" for c in children(before))):
        return None  # "Although those attacks happened abroad, the paper claims ...": a clause of its own
    # the clause's first subject: "Mr. Roe, whose finish was seen as a disappointment, said ..."
    subject = next((c for c in children(before) if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None:
        return None
    # ... which opens the sentence (after a conjunction, maybe) or follows a comma ("While …, sources privy
    # to the talks say …")
    first = subject.left_edge
    opens = first.i == cue.sent.start or (first.i == cue.sent.start + 1 and first.nbor(-1).pos_ == "CCONJ")
    return noun_phrase(segment, subject) if opens or first.nbor(-1).text == "," else None


def _contracted_has(cue: Token) -> Token | None:
    """ "While he's said he'll fight ...": the parser reads the contracted "has" as a passive "is"; the
    verb's content after it shows it is active, and its "passive subject" is the source."""
    contracted = any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in children(cue))
    if not contracted or not _has_clause_after(cue):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and subject.lower_ not in _PLACEHOLDER_SUBJECTS else None


def _has_clause_after(cue: Token) -> bool:
    """Whether a content clause hangs from the cue after it ("says he …")."""
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in children(cue))


def own_clause_start(segment: Segment, cue: Token, scorer: CueScorer) -> int | None:
    """Where a verb of saying's clause starts when it has its own subject and follows, coordinated or set
    against it, the clause before ("..., and they say that ...", "..., while another says ..."). The parser
    often hangs such a clause inside the content of the attribution before; PolNeAR ends that content where
    this one starts. A second complement of the same cue ("..., and that ...") or a weaker verb joined to the
    content ("..., and people see it as ...") stays in it."""
    head = cue.head
    if head.i > cue.i or head.pos_ not in VERBAL_POS or not scorer.is_speech(cue):
        return None
    subject = next((child for child in children(cue) if child.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    marks = clause_marks(cue)
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
    verbs = (t for t in [last, *last.ancestors] if t.pos_ in VERBAL_POS and t.i < participle.i)
    return next(verbs, None)


def _shares_subject(token: Token) -> bool:
    """Whether a verb without a subject shares the one of the verb it hangs from. In a series of finite
    verbs ("looked up, furrowed his brow and said") the parser often links the second to the first as a bare
    `dep`."""
    if token.head == token:
        return False
    finite = token.tag_ in FINITE_VERB_TAGS and token.head.tag_ == token.tag_
    series = token.dep_ == "dep" and finite and token.i > token.head.i
    return token.dep_ in _SHARED_SUBJECT or series


def _stray_subject(segment: Segment, cue: Token) -> tuple[int, int] | None:
    """ "LeVell said the group ...": a name the parser did not take for a subject (an unknown word tagged as
    an interjection, an adverb or a loose dependent) right before a clause-taking cue is its subject."""
    if not has_content_child(cue) or cue.i == 0:
        return None
    left = [
        c for c in cue.lefts if not (c.is_punct or c.is_space or c.dep_ in CUE_MODIFIERS or is_adverb_of(c))
    ]
    if not left:
        return None
    stray = left[-1]
    loose = {"intj", "dep", "npadvmod", "nmod", "advmod"}
    if stray.dep_ in loose and stray.pos_ in {"PROPN", "NOUN", "INTJ", "X"}:
        return noun_phrase(segment, stray)
    if stray.dep_ == "prep":
        # "In a statement to the paper, her adviser, Jo Roe, said: ...": the parser may hang the subject on
        # the fronted phrase, as an apposition to its last noun set off by commas
        last = last_word_before(cue, stray)
        doc = cue.doc
        for token in stray.subtree:
            if (
                token.dep_ == "appos"
                and token.head.dep_ == "pobj"
                and token.right_edge.i == last.i
                and token.left_edge.i > 0
                and doc[token.left_edge.i - 1].text == ","
            ):
                return noun_phrase(segment, token)
    return None


def _absolute_with_source(segment: Segment, participle: Token) -> tuple[tuple[int, int], int] | None:
    """ "..., with one source, who knows him, saying ...": the object of "with" just before the participle.
    A comma before the participle must close an aside of that object: in "went with the odds, pointing out
    ..." the participle is the subject's."""
    previous = last_word_before(participle, participle.doc[max(participle.sent.start, participle.i - 40)])
    for candidate in [previous, *previous.ancestors]:
        is_with_object = candidate.dep_ == "pobj" and candidate.head.lower_ == "with"
        aside = any(c.dep_ in {"relcl", "appos", "acl"} and c.i < participle.i for c in candidate.rights)
        if is_with_object and candidate.right_edge.i < participle.i and (aside or not set_off(participle)):
            start, end = char_range(segment, candidate.left_edge, previous)
            return (start, end), segment.char_start(candidate.head)
        if candidate.i < participle.i - 40:
            break
    return None


def subject_span(segment: Segment, verb: Token, passive: bool = False) -> tuple[int, int] | None:
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
            return _joined_phrase(segment, after)
    if subjects:
        # two subjects are a misparse ("Two-thirds support a ban, but majorities say ..." with "support" read
        # as a noun): the one nearest the verb is its own, unless that is a stray word ("themselves", "both");
        # one before the verb wins over one after it ("X said Saturday night", "night" taken for a subject)
        nouns = [subject for subject in subjects if not _stray_subject_word(subject)] or subjects
        own = min(nouns, key=lambda subject: (subject.i > verb.i, abs(subject.i - verb.i)))
        return _after_opening_participle(segment, own) or noun_phrase(segment, own)
    agents = [c for c in children(verb) if c.dep_ == "agent"] or [a for a in [stray_agent(verb)] if a]
    for agent in agents:
        objects = [c for c in children(agent) if c.dep_ == "pobj"]
        if objects:
            return noun_phrase(segment, objects[0])
    return None


def _joined_phrase(segment: Segment, heads: list[Token]) -> tuple[int, int]:
    """The noun phrase of the first of several heads the parser gave a verb in a row, taking in those that
    follow it word for word: "said study co-author Jo Roe of the institute", where the parser split the
    hyphenated title into three subjects ("co", "-", "Roe") and the first alone was "study co"."""
    first = last = heads[0]
    for head in heads[1:]:
        if head.left_edge.i != last.right_edge.i + 1:
            break
        last = head
    if last is first:
        return noun_phrase(segment, first)
    return segment.char_start(first.left_edge), noun_phrase(segment, last)[1]


def _after_opening_participle(segment: Segment, subject: Token) -> tuple[int, int] | None:
    """ "Speaking to Agence France-Presse, the president of the league, Jo Roe, said": the parser may take
    the opening participle for a clausal subject and the speaker for an apposition of its object; the
    speaker is what follows the participle's phrase, from its comma to the verb."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG" or subject.i != subject.sent.start:
        return None
    words = list(subject.subtree)
    comma = next((t for t in words if t.text == ","), None)
    if comma is None or comma.i + 1 > words[-1].i:
        return None
    speaker = [t for t in words if t.i > comma.i]
    while speaker and (speaker[-1].is_punct or speaker[-1].is_space):
        speaker.pop()
    if not speaker or speaker[0].pos_ in VERBAL_POS or not any(t.pos_ in {"PROPN", "NOUN"} for t in speaker):
        return None
    return char_range(segment, speaker[0], speaker[-1])


def _before_quotation_after_comma(head: Token, last: Token) -> Token:
    """ "“A,” reads the judge's statement, “B.”": a quotation opened after a comma that follows the source
    is the speaker's next words, though the parser may hang them on the source noun; the source ends before
    that comma."""
    doc = head.doc
    for token in doc[head.i + 1 : last.i + 1]:
        if token.tag_ == "``" and token.i > head.i + 1 and doc[token.i - 1].text == ",":
            return last_word_before(doc[token.i - 1], head)
    return last


def _after_a_clause(head: Token, first: Token) -> Token:
    """ "The airport and hotel were evacuated and local police warned ...": the parser may hang a whole
    clause before the subject on it (its verb as a modifier of the noun); a finite verb before the head that
    no relative clause holds ends that clause, and the source starts after the last "and" or comma that
    follows it."""
    doc = head.doc
    finite = [
        t
        for t in doc[first.i : head.i]
        if t.tag_ in FINITE_TAGS and not any(a.dep_ in _CLAUSES_OF_A_NOUN for a in _ancestors_to(t, head))
    ]
    if not finite:
        return first
    joints = [t for t in doc[finite[-1].i + 1 : head.i] if t.dep_ == "cc" or t.text == ","]
    return joints[-1].nbor() if joints else first


#: Clauses a noun phrase may hold with their own finite verb ("the man who was arrested").
_CLAUSES_OF_A_NOUN = {"relcl", "acl", "ccomp"}


def _ancestors_to(token: Token, head: Token) -> list[Token]:
    """A token's ancestors below `head` (itself included)."""
    chain = [token]
    for ancestor in token.ancestors:
        if ancestor == head:
            break
        chain.append(ancestor)
    return chain


def _stray_subject_word(token: Token) -> bool:
    """A word the parser may take for a second subject: "both", "n't", a reflexive ("Billionaires themselves
    ...")."""
    return (
        token.pos_ in {"DET", "PART", "ADV"}
        or token.lower_ in _STRAY_SUBJECT_WORDS
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


def noun_phrase(segment: Segment, head: Token) -> tuple[int, int]:
    """A source noun phrase: its subtree, without a participial aside set off by commas ("The minister,
    speaking in Paris last week, told ...") nor the outlet it was relayed by ("said Jo Roe per ABC News"),
    and without trailing punctuation."""
    last = last_of_subtree(head)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "per" and child.i > head.i:
            last = last_word_before(child, head)
            break
        if child.dep_ in {"acl", "advcl"} and child.tag_ in {"VBG", "VBN"} and child.i > head.i:
            before = child.left_edge.i - 1
            if before > head.i and head.doc[before].text == ",":
                last = last_word_before(head.doc[before], head)
                break
    last = _before_quotation_after_comma(head, last)
    first = _after_a_clause(head, head.left_edge)
    if first.i < head.i and first.text in CLOSING_MARKS:
        first = first.nbor()  # "“…,” Jo Roe, the chairman, said": the parser may take the closing mark in
    # (a dateline opening the paragraph, "MYRTLE BEACH, S.C. - Sen. Jo Roe said", is never parsed: see
    # `parse.sentence_bounds`)
    return char_range(segment, first, last)
