"""The rules of `extract.source`: the source of a cue (subject, shared subject, participles, none)."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, describe_all, direct, indirect

BARE_CLAUSE = [
    # the parser takes the words before the verb, subject and all, for a second content clause
    pytest.param(
        "Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied with "
        "both candidates as the nominee.",
        indirect("say", "Majorities of Democrats in five states going to the polls Tuesday",
                 "they would be satisfied with both candidates as the nominee"),
        id="subject-swallowed-by-a-clause-before",
    ),
    pytest.param(
        "Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice from "
        "anyone who wants to talk to him.",
        indirect("then says", "Kasich", "he’ll welcome advice from anyone who wants to talk to him"),
        id="then-says-after-a-clause",
    ),
    pytest.param(
        "But Republican activists clamoring to block the front-runner from the nomination say they are suddenly "
        "in the midst of a bump.",
        indirect("say", "Republican activists", "they are suddenly in the midst of a bump"),
        id="subject-swallowed-by-a-participle-before",
    ),
    # the contracted "has" read as a passive "is"
    pytest.param(
        "While he's said he'll fight all the way to the convention, his aides are less sure.",
        indirect("'s said", "he", "he'll fight all the way to the convention"),
        id="contracted-has-said",
    ),
    # a name the parser hung as an adverb of the verb is its subject, not part of the cue
    pytest.param(
        "Mukasey said the email scandal is only the latest issue in her political career that should give voters "
        "pause.",
        indirect("said", "Mukasey",
                 "the email scandal is only the latest issue in her political career that should give voters pause"),
        id="name-read-as-adverb",
    ),
    pytest.param(
        "Mr. Cruz, whose narrow third-place finish was widely seen as a disappointment, said that he was the lone "
        "candidate who has shown an ability to top Mr. Trump.",
        indirect("said", "Mr. Cruz", "that he was the lone candidate who has shown an ability to top Mr. Trump"),
        id="subject-swallowed-by-a-passive-clause-before",
    ),
    pytest.param(
        "But while Republicans are happily supporting the delay as a blow to the law, multiple sources privy to "
        "negotiations say it’s the Democratic leaders in Congress who have insisted on acting now.",
        indirect("say", "multiple sources privy to negotiations",
                 "it’s the Democratic leaders in Congress who have insisted on acting now"),
        id="subject-swallowed-after-a-comma",
    ),
    # a phrase between the auxiliary and the verb: the parser hangs the subject on the auxiliary
    pytest.param(
        "Gore’s close friends and allies have in the past said he was staying quiet in order to make climate "
        "change a more potent issue.",
        indirect("said", "Gore’s close friends and allies",
                 "he was staying quiet in order to make climate change a more potent issue"),
        id="subject-of-the-auxiliary",
    ),
    pytest.param(
        "MYRTLE BEACH, S.C. - Sen. Jo Rand (R-Tex.) said on Saturday the front-runner is a false conservative.",
        indirect("said", "Sen. Jo Rand (R-Tex.)", "the front-runner is a false conservative", content_exact=False),
        id="dateline-is-not-the-source",
    ),
    pytest.param(
        # parsed with its dateline, the place heads the sentence and the president is its apposition
        "WASHINGTON -- President Ana Ruiz, opening the new bridge on Saturday, said it would carry a million "
        "people a year.",
        indirect("said", "President Ana Ruiz", "it would carry a million people a year"),
        id="dateline-then-subject-with-a-participle",
    ),
    pytest.param(
        # the parser takes the opening participle for a clausal subject, the speaker for an apposition
        "Speaking to the Associated Press, the head of the Coastal Fishers Union, Mara Quint, said, \"We will "
        "strike next week\".",
        direct("said", "the head of the Coastal Fishers Union, Mara Quint,", '"We will strike next week"'),
        id="opening-participle-is-not-the-source",
    ),
    pytest.param(
        "Speaking to Reuters, the leader of the Farmers Alliance, Tomas Vell, said the harvest had failed.",
        indirect("said", "the leader of the Farmers Alliance, Tomas Vell,", "the harvest had failed"),
        id="opening-participle-is-not-the-source-indirect",
    ),
    pytest.param(
        # the parser hangs the first clause on "police", its verb read as a modifier of the noun
        "The station and the nearby hotel were both evacuated and local police warned residents to stay inside.",
        indirect("warned", "local police", "residents to stay inside"),
        id="clause-before-a-coordinated-subject",
    ),
    pytest.param(
        # the parser reads "support" as a noun and gives "say" two subjects: the nearer one speaks
        "About two-thirds of Republican primary voters in all five states voting Tuesday support temporarily "
        "banning foreign visitors from entering the country, but majorities in all five say they want workers "
        "already in the country illegally to be allowed a chance to stay.",
        indirect("say", "majorities in all five",
                 "they want workers already in the country illegally to be allowed a chance to stay"),
        id="two-subjects-the-nearer-speaks",
    ),
    pytest.param(
        "The prime minister said he is ready to call an early election.",
        indirect("said", "The prime minister", "he is ready to call an early election"),
        id="said-he-is-ready",
    ),
    pytest.param(
        "The company said it would cut 2,000 jobs next year.",
        indirect("said", "The company", "it would cut 2,000 jobs next year"),
        id="company-said",
    ),
    pytest.param(
        "Health officials said the outbreak was under control.",
        indirect("said", "Health officials", "the outbreak was under control"),
        id="officials-said",
    ),
    pytest.param(
        "The senator says she is confident the measure will pass.",
        indirect("says", "The senator", "she is confident the measure will pass"),
        id="present-says",
    ),
    pytest.param(
        # the parser hangs the reason from "said"; it is part of what was said
        "Officials said the road would stay closed, because the bridge had been damaged in the storm.",
        indirect("said", "Officials", "the road would stay closed, because the bridge had been damaged in the storm"),
        id="reason-hung-from-the-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_CLAUSE)
def test_bare_clause(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


PARTICIPIAL = [
    pytest.param(
        # the subject raised from the infinitive of a passive is the doer of the verb coordinated with it
        "The attacker is reported to have jumped on stage during the charity concert and claimed he was wrongfully imprisoned.",
        indirect("claimed", "The attacker", "he was wrongfully imprisoned"),
        id="coordinated-with-a-raised-infinitive",
    ),
    pytest.param(
        # the recording's person speaks; the quotation the parser hangs on "concludes" is the participle's
        "The advert concludes with footage of the mayor saying during the debate last week, “That makes me smart,” when his rival attacked him.",
        direct("saying", "the mayor", "“That makes me smart,”"),
        id="footage-of-someone-saying",
    ),
    pytest.param(
        # the parser hangs the participle on a verb inside the quotation it follows
        'State Senator Jo Roe remarked, "It has been a long, hard fight. I am starting to see the fruits of the labor of so many other people whose names I do not know," further remarking, "Women here have said it is time."',
        direct("further remarking", "State Senator Jo Roe", '"Women here have said it is time."'),
        id="participle-after-a-quote-continues-its-introducer",
    ),
    pytest.param(
        # the parser coordinates the participle with the verb of the clause the reporting verb took
        'An eyewitness described for news agency Dorn Wire how the attack unfolded, stating, "I was crossing '
        'the road when I saw a man with a knife."',
        direct("stating", "An eyewitness", '"I was crossing the road when I saw a man with a knife."'),
        id="participle-after-a-wh-clause-is-the-describer-s",
    ),
    pytest.param(
        'An eyewitness described for news agency PA Media how the attack unfolded, stating, "I was crossing '
        'the road when I saw a man with a knife."',
        direct("stating", "An eyewitness", '"I was crossing the road when I saw a man with a knife."'),
        id="participle-coordinated-with-the-wh-clause-s-verb",
    ),
    pytest.param(
        # the parser coordinates the second verb with one inside the quotation the first one reported
        'Dorn Foods, in its March 8 media release, reported that with the restriction in place, "many stores '
        'are still selling out within an hour of delivery", and called the demand "unprecedented".',
        Expected("called", "Dorn Foods", 'the demand "unprecedented"', "mixed"),
        id="verb-after-a-quote-is-its-reporter-s",
    ),
    pytest.param(
        "The president rejected the proposal, saying the country cannot afford another loan.",
        indirect("saying", "The president", "the country cannot afford another loan"),
        id="saying-the-country",
    ),
    pytest.param(
        "The governor criticized the senator for opposing the bill in its current form.",
        indirect("criticized", "The governor", "the senator for opposing the bill in its current form"),
        id="gerund-after-a-preposition-stays-in-the-content",
    ),
    pytest.param(
        "The council member called on the mayor to apologize to the families for blaming them for the fire.",
        indirect("called on", "The council member", "the mayor to apologize to the families for blaming them for "
                 "the fire"),
        id="infinitive-after-the-object-stays-in-the-content",
    ),
    pytest.param(
        "Democrats called on Republicans to reject the nominee.",
        indirect("called on", "Democrats", "Republicans to reject the nominee"),
        id="called-on-x-to-y",
    ),
    pytest.param(
        "The president responded to the mother on Wednesday by saying his choice of words was a manufactured issue.",
        indirect("saying", "The president", "his choice of words was a manufactured issue"),
        id="by-saying-is-the-speakers-own",
    ),
    pytest.param(
        "Both candidates vowed to be tougher as president by focusing on stopping illegal immigration.",
        indirect("vowed", "Both candidates", "to be tougher as president by focusing on stopping illegal immigration"),
        id="by-gerund-inside-an-infinitive-stays-in-it",
    ),
    pytest.param(
        "The mayor defended the budget, saying the city had no choice but to cut services.",
        indirect("saying", "The mayor", "the city had no choice but to cut services"),
        id="saying-the-city",
    ),
    pytest.param(
        "The airline cancelled 300 flights on Sunday, citing a shortage of pilots.",
        indirect("citing", "The airline", "a shortage of pilots"),
        id="citing",
    ),
    pytest.param(
        "Donors gave $3 million last month to a group backing the senator's campaign.",
        indirect("backing", "a group", "the senator's campaign"),
        id="participle-restricting-a-prepositional-object",
    ),
    pytest.param(
        "The governor sided with the unions, arguing that wages had stagnated for years.",
        indirect("arguing", "The governor", "that wages had stagnated for years"),
        id="participle-after-with-object-is-the-subjects",
    ),
    pytest.param(
        "The senator called the vote “a disaster for the country,” telling reporters that she would fight on.",
        indirect("telling", "The senator", "that she would fight on"),
        id="participle-after-quote-is-not-inverted",
    ),
    pytest.param(
        "The attack thrust security to the heart of the race, prompting voters to reconsider their support for "
        "the outsider.",
        indirect("to reconsider", "voters", "their support for the outsider"),
        id="infinitive-controlled-by-the-object",
    ),
    pytest.param(
        # the parser hangs "saying" from the first clause's "say"; the clause before the comma is whose it is
        "Protest groups say the restrictions are less for safety than to minimize their visibility, and the "
        "American Civil Liberties Union of Ohio has already sued the city over the rules, saying they violate "
        "free-speech rights.",
        indirect("saying", "the American Civil Liberties Union of Ohio", "they violate free-speech rights"),
        id="participle-after-coordinated-clause",
    ),
    pytest.param(
        "The front-runner complained that the contest had been rigged against him, a charge that state party "
        "leaders strongly denied, noting that they had been using the same system since 2004.",
        indirect("noting", "state party leaders", "that they had been using the same system since 2004"),
        id="participle-after-relative-clause",
    ),
    pytest.param(
        # not the "I" of the quote, where the parser hangs the participle
        "“Where I sit right now, I think it would make things worse, not better,” Clinton said, while arguing "
        "the U.S. should increase its special operations forces against ISIL.",
        indirect("arguing", "Clinton", "the U.S. should increase its special operations forces against ISIL"),
        id="participle-after-quote-and-its-speaker",
    ),
    pytest.param(
        # a participle of saying closing the clause speaks for its subject, not for the object asked to act
        "The couple encouraged attendees to keep developing their technique, sharing that all professional makers had developed different techniques.",
        indirect("sharing", "The couple", "that all professional makers had developed different techniques"),
        id="participle-of-saying-after-an-asked-infinitive",
    ),
    pytest.param(
        # any other participle is the asked one's: who is required to sign agrees
        "The order requires members to sign a billion-year contract, agreeing to work for the group for many lifetimes.",
        indirect("agreeing", "members", "to work for the group for many lifetimes"),
        id="participle-of-agreeing-after-an-asked-infinitive",
    ),
    pytest.param(
        # the platform a message went out on is no speaker: whoever posted it is
        "Foreign Minister Ann Roe posted a message on Twitter blaming the rebels for the attacks.",
        indirect("blaming", "Foreign Minister Ann Roe", "the rebels for the attacks"),
        id="participle-after-a-platform",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPIAL)
def test_participial_cue(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


DOCUMENTS_AND_INSTITUTIONS = [
    pytest.param(
        # the outlet that relayed the words is no part of their source
        "Retail association head Ivo Brandt per ABC News said the panic would end within weeks.",
        indirect("said", "Retail association head Ivo Brandt", "the panic would end within weeks"),
        id="source-per-outlet",
    ),
    pytest.param(
        "The decree declared that all foreign banks must register within 30 days.",
        indirect("declared", "The decree", "that all foreign banks must register within 30 days"),
        id="decree-declared-that",
    ),
    pytest.param(
        "The decree declared a state of emergency in three provinces.",
        indirect("declared", "The decree", "a state of emergency in three provinces"),
        id="decree-declared-object",
    ),
    pytest.param(
        "A report by the auditors said the agency had lost track of $3 million.",
        indirect("said", "A report by the auditors", "the agency had lost track of $3 million"),
        id="report-said",
    ),
    pytest.param(
        "The report said the agency had failed to protect the records of millions of patients.",
        indirect("said", "The report", "the agency had failed to protect the records of millions of patients"),
        id="the-report-said",
    ),
    pytest.param(
        "The statement said the company had acted within the law.",
        indirect("said", "The statement", "the company had acted within the law"),
        id="statement-said",
    ),
    pytest.param(
        "The ministry said the border would reopen on Monday.",
        indirect("said", "The ministry", "the border would reopen on Monday"),
        id="ministry-said",
    ),
    pytest.param(
        "The court ruled that the election results were valid.",
        indirect("ruled", "The court", "that the election results were valid"),
        id="court-ruled",
    ),
    pytest.param(
        # the parser hangs the second quotation on the source noun
        '"While old rules may have justified the practice," reads the judge\'s statement, "men and women are now '
        'similarly situated. That time has passed."',
        direct("reads", "the judge's statement",
               '"While old rules may have justified the practice," reads the judge\'s statement, "men and women are now similarly situated. That time has passed."',
               parts=('"While old rules may have justified the practice,"', '"men and women are now similarly situated. That time has passed."')),
        id="statement-reads-between-quotations",
    ),
]


def test_raising_a_verb_of_saying_is_that_acts_attribution(articles: Articles) -> None:
    """ "he appeared to suggest that ...": not an impression with no source holding the suggestion."""
    text = "In a speech, he appeared to suggest that veterans who suffer from stress might not be as strong as others."
    article = articles[text]
    cues = {a.cue.text: a.parent for a in article.attributions}
    assert "appeared" not in cues and cues.get("to suggest", "missing") is None, cues


def test_a_coordinated_passive_shares_no_source(articles: Articles) -> None:
    """ "X symbolizes wealth and is believed to bring luck": believed by whom is not said; the subject the
    passive shares with the verb before it is what is believed about, not who believes."""
    text = "Its round shape symbolizes wealth and good fortune and is believed to bring good luck."
    believed = [a for a in articles[text].attributions if "believed" in a.cue.text]
    assert all(a.source is None for a in believed), describe_all(articles[text])


def test_a_time_is_not_who_was_asked(articles: Articles) -> None:
    """ "X tried on Tuesday to make the case that ...": "on Tuesday" says when, not whom ("called on the mayor
    to apologize"), so the infinitive's source is the subject."""
    text = "Roe tried on Tuesday to make the case that this was a few bad apples, explaining the firings were rare."
    sources = {a.cue.text: a.source.text if a.source else None for a in articles[text].attributions}
    assert "Tuesday" not in sources.values() and sources.get("explaining") == "Roe", sources


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_AND_INSTITUTIONS)
def test_document_or_institution_as_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


NO_SOURCE = [
    pytest.param(
        "Asked about the strike, the mayor said the city would not negotiate.",
        indirect("Asked about", None, "the strike"),
        id="asked-participle-not-the-main-subject",
    ),
    pytest.param(
        # "when asked" is a reduced passive even when the tagger takes "asked" for a finite verb
        "Sam Nunberg, a former aide, said when asked how the candidate digests major news events.",
        indirect("asked", None, "how the candidate digests major news events", cue_exact=False),
        id="said-when-asked-how",
    ),
    pytest.param(
        "It was reported that the ship had sunk near the coast.",
        indirect("reported", None, "that the ship had sunk near the coast", cue_exact=False),
        id="it-was-reported-that",
    ),
    pytest.param(
        "It is believed that the gang operated across three countries.",
        indirect("believed", None, "that the gang operated across three countries", cue_exact=False),
        id="it-is-believed-that",
    ),
    pytest.param(
        "It was announced on Friday that the festival would be cancelled.",
        indirect("announced", None, "that the festival would be cancelled", cue_exact=False),
        id="it-was-announced-that",
    ),
    # raising verbs and passives: the impression has no source, and the whole clause is the content
    pytest.param(
        "Enthusiasm for the candidate appears to have plummeted this year.",
        indirect("appears", None, "Enthusiasm for the candidate appears to have plummeted this year",
                 parts=("Enthusiasm for the candidate", "to have plummeted this year")),
        id="raising-appears-to",
    ),
    pytest.param(
        # ... but a raising verb of a verb of saying reports that act, its subject the source
        "In a speech, he appeared to suggest that veterans who suffer from stress might not be as strong as others.",
        indirect("to suggest", "he", "that veterans who suffer from stress might not be as strong as others"),
        id="raising-a-verb-of-saying",
    ),
    pytest.param(
        "The senator seemed reluctant to criticise the plan.",
        indirect("seemed", None, "The senator seemed reluctant to criticise the plan",
                 parts=("The senator", "reluctant to criticise the plan")),
        id="raising-seemed-adjective",
    ),
    pytest.param(
        "The governor is expected to sign the bill on Friday.",
        indirect("is expected", None, "The governor is expected to sign the bill on Friday",
                 parts=("The governor", "to sign the bill on Friday")),
        id="passive-is-expected-to",
    ),
    # a reduced passive relative clause set off by commas: believed or alleged by whom is not said, and the
    # noun before it is what is believed, not who believes (the parser often makes it the verb's subject)
    pytest.param(
        "The emergency loan, believed to total around 75 billion euros, comes three weeks after the vote.",
        indirect("believed", None, "to total around 75 billion euros", content_exact=False),
        id="reduced-believed-to",
    ),
    pytest.param(
        "Tomas Vell, alleged to be the leader of the gang, was arrested in the capital on Monday.",
        indirect("alleged", None, "to be the leader of the gang", content_exact=False),
        id="reduced-alleged-to",
    ),
    pytest.param(
        "An 18-year-old man, thought to be the gunman, was arrested near the school.",
        indirect("thought", None, "to be the gunman", content_exact=False),
        id="reduced-thought-to",
    ),
    # an adverb of hearsay: the clause around it, no source
    pytest.param(
        "The advocacy group is reportedly spending $1.5 million on television advertisements before the primary.",
        indirect("reportedly", None,
                 "The advocacy group is reportedly spending $1.5 million on television advertisements before the "
                 "primary",
                 parts=("The advocacy group is",
                        "spending $1.5 million on television advertisements before the primary")),
        id="adverb-reportedly",
    ),
    pytest.param(
        "Both companies have reportedly looked at the startup and passed.",
        indirect("reportedly", None, "Both companies have reportedly looked at the startup and passed",
                 parts=("Both companies have", "looked at the startup and passed")),
        id="adverb-reportedly-after-auxiliary",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_SOURCE)
def test_attribution_without_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)
