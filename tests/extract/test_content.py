"""The rules of `extract.content`: content readings after the cue (clauses, gerunds, objects, answers)."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from sourcetrace.extract.attributions import sentence_candidates
from sourcetrace.extract.classifier import load_scorer
from sourcetrace.extract.context import RuleContext
from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment

from .conftest import Articles
from .helpers import Expected, check, describe_all, indirect

THAT_CLAUSE = [
    pytest.param(
        # a semicolon ends what was said, though the parser hangs the clause after it in the complement
        "Japanese officials said the man showed symptoms similar to the infection and was suspected to have it; "
        "his death, they reported, was officially described as viral pneumonia.",
        indirect("said", "Japanese officials",
                 "the man showed symptoms similar to the infection and was suspected to have it"),
        id="said-up-to-a-semicolon",
    ),
    pytest.param(
        # a participle on a noun of the object, with no quotation after it, is no speaker of its own
        "Republicans are slamming the senator for his past work defending clients accused of fraud.",
        indirect("are slamming", "Republicans", "the senator for his past work defending clients accused of fraud"),
        id="participle-on-the-object-stays-in-the-content",
    ),
    pytest.param(
        # the noun phrase after the dash glosses the clause before the cue; the parser hangs it on the cue
        "Prosecutors charged the suspect in the crash with manslaughter, they said Sunday — a charge carrying the possibility of a long sentence.",
        indirect("said", "they", "Prosecutors charged the suspect in the crash with manslaughter"),
        id="clause-before-and-a-gloss-after",
    ),
    pytest.param(
        # the parser tags this name as an interjection: still the subject of "said"
        "LeVell said the group is not a political committee and will raise no money.",
        indirect("said", "LeVell", "the group is not a political committee and will raise no money"),
        id="name-the-parser-misses",
    ),
    pytest.param(
        # a gerund subject split from its clause by a relative clause is still what was said
        "Jo Ortiz of the island's power authority said fixing the island's largest power plant, which was "
        "damaged by the quake, may take a year.",
        indirect(
            "said",
            "Jo Ortiz of the island's power authority",
            "fixing the island's largest power plant, which was damaged by the quake, may take a year",
        ),
        id="gerund-subject-around-a-relative-clause",
    ),
    pytest.param(
        "Mayor Linda Cho said that the city would raise taxes on luxury homes.",
        indirect("said", "Mayor Linda Cho", "that the city would raise taxes on luxury homes"),
        id="said-that",
    ),
    pytest.param(
        "Governor Tom Harwick said on Tuesday that he would sign the bill.",
        indirect("said", "Governor Tom Harwick", "that he would sign the bill"),
        id="said-on-day-that",
    ),
    pytest.param(
        "The ministry said in a statement that the border would reopen on Monday.",
        indirect("said", "The ministry", "that the border would reopen on Monday", cue_exact=False),
        id="said-in-a-statement-that",
    ),
    pytest.param(
        # the parser hangs the that-clause off "interview"; it is still what was said
        "The former speaker, a close ally of the candidate, said in an interview that the nominee should "
        '"ignore" the rush of critics.',
        Expected("said", "The former speaker, a close ally of the candidate,",
                 'that the nominee should "ignore" the rush of critics', "mixed"),
        id="said-in-an-interview-that-clause-on-noun",
    ),
    pytest.param(
        "The senator says in a statement that the new rules are certain to be challenged in the courts.",
        indirect("says", "The senator", "that the new rules are certain to be challenged in the courts"),
        id="says-in-a-statement-that-clause-on-noun",
    ),
    pytest.param(
        # ... or labels it a relative clause of "speech", though its "that" is a conjunction
        "The governor argued in a speech that the state could not afford the plan.",
        indirect("argued", "The governor", "that the state could not afford the plan"),
        id="argued-in-a-speech-that-relative-label",
    ),
    pytest.param(
        # a preposition after the object is not part of the cue ("asked Trump on")
        "The host asked the candidate on Wednesday if the project was still in his plans.",
        indirect("asked", "The host", "if the project was still in his plans"),
        id="asked-object-on-day-if",
    ),
    pytest.param(
        "Union leaders walked out of the meeting, arguing that the offer was an insult.",
        indirect("arguing", "Union leaders", "that the offer was an insult"),
        id="participle-arguing-that",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THAT_CLAUSE)
def test_that_clause(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A gerund complement is what the cue reports.
GERUND = [
    pytest.param(
        "The former director recalled sitting in on focus groups when he worked for the campaign.",
        indirect("recalled", "The former director", "sitting in on focus groups when he worked for the campaign"),
        id="recalled-gerund",
    ),
    pytest.param(
        "The senator proposed cutting the corporate tax rate to 15 percent.",
        indirect("proposed", "The senator", "cutting the corporate tax rate to 15 percent"),
        id="proposed-gerund",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERUND)
def test_gerund_content(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


TOLD = [
    pytest.param(
        "Finance Minister Raul Ortega told Reuters that the government would not devalue the currency.",
        indirect("told", "Finance Minister Raul Ortega", "that the government would not devalue the currency"),
        id="told-Reuters-that",
    ),
    pytest.param(
        "Foreign Minister Lena Vogt told the BBC that her country would not pay the ransom.",
        indirect("told", "Foreign Minister Lena Vogt", "that her country would not pay the ransom"),
        id="told-the-BBC-that",
    ),
    pytest.param(
        "The striking nurses told reporters that they would return to work only if their pay was raised.",
        indirect("told", "The striking nurses", "that they would return to work only if their pay was raised"),
        id="told-reporters-that",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_told_someone_that(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A one-word answer after the verb is what was said.
ANSWER = [
    pytest.param(
        "Asked if he had ever been bullied, the candidate said no.",
        indirect("said", "the candidate", "no"),
        id="said-no",
    ),
    pytest.param(
        "Asked whether the governor has the integrity to serve, 75 percent of Democrats said yes.",
        indirect("said", "75 percent of Democrats", "yes"),
        id="said-yes",
    ),
    pytest.param(
        "Six in 10 voters said the governor is honest, and three-quarters said the same of the senator.",
        indirect("said", "three-quarters", "the same of the senator", occurrence=1),
        id="said-the-same-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWER)
def test_one_word_answer(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: (sentence, the parts of the reading that runs past the cue to the sentence end, or None for no such
#: reading). Whether that reading or the shorter one wins is the classifier's choice, so the candidates are
#: checked here, not the final attribution.
TAIL_READINGS = [
    pytest.param(
        "The suspect also had two in-person interviews, federal officials said, the first by a consular officer "
        "in Pakistan.",
        ("The suspect also had two in-person interviews", "the first by a consular officer in Pakistan"),
        id="tail-after-the-cue",
    ),
    pytest.param(
        "The storm destroyed more than 200 homes, local officials said on Sunday, and the governor warned of "
        "more rain.",
        None,
        id="no-tail-into-the-next-clause",
    ),
    pytest.param(
        "“The plant will close by the end of the year,” she said, “and about 400 jobs will be lost.”",
        None,
        id="no-tail-around-quotes",
    ),
]


@pytest.mark.parametrize(("text", "parts"), TAIL_READINGS)
def test_reading_with_the_tail_after_the_cue(text: str, parts: tuple[str, ...] | None) -> None:
    doc = load_model()(text)
    doc.user_data["text"] = text
    segment = Segment(0, doc)
    context = RuleContext(text, load_scorer())
    found = [
        tuple(text[start:end] for start, end in candidate.relation.content)
        for sentence in doc.sents
        for candidate in sentence_candidates(context, segment, sentence)
        if candidate.content_type == "clause_before_rest"
    ]
    assert found == ([parts] if parts is not None else [])


def test_no_complement_after_a_semicolon(articles: Articles) -> None:
    """ "A search of the van found a weapon, which was not identified; inside the home was a bag ...": the
    clause after the semicolon is not what the search found (the parser hangs it on "found")."""
    text = ("Other items kept from victims include a notebook from one victim and further jewellery from "
            "another. A search of McArthur's van found an alleged murder weapon, which was not publicly "
            "identified; inside McArthur's home was a bag with syringes, a glove, duct tape, zip ties, and a "
            "bungee cord.")
    article = articles[text]
    assert not [a for a in article.attributions if a.content and "inside" in a.content.text], describe_all(article)


def test_clause_after_the_addressee_is_the_reading_of_a_participle_after_upon() -> None:
    """ "was met with applause upon announcing to journalists Roe remained alive": the parser takes the clause
    for a relative clause of "journalists"; it is what was announced, by the one the passive is said of."""
    text = "Dr. Ida Moss was met with applause early today upon announcing to journalists Roe remained alive."
    doc = load_model()(text)
    doc.user_data["text"] = text
    context = RuleContext(text, load_scorer())
    found = [
        (text[c.relation.source[0] : c.relation.source[1]] if c.relation.source else None,
         [text[start:end] for start, end in c.relation.content])
        for sentence in doc.sents
        for c in sentence_candidates(context, Segment(0, doc), sentence)
        if c.token.text == "announcing"
    ]
    assert ("Dr. Ida Moss", ["Roe remained alive"]) in found, found


#: Whom something was said to, after "to", is not what was said: no attribution takes it for its content.
ADDRESSEES = [
    pytest.param("Abuse is reported to the Hartfield Council, the body which oversees the parishes.",
                 "the Hartfield Council, the body which oversees the parishes", id="reported-to-an-organisation"),
    pytest.param("The mayor spoke to them on Friday.", "them", id="spoke-to-a-pronoun"),
]


@pytest.mark.parametrize(("text", "addressee"), ADDRESSEES)
def test_addressee_is_not_the_content(articles: Articles, text: str, addressee: str) -> None:
    article = articles[text]
    assert [a.cue.text for a in article.attributions if a.content and a.content.text == addressee] == []
