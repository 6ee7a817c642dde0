"""Source types (and the actor named) for single sources, from news-style sentences."""

from __future__ import annotations

import pytest
from resolving import Resolve, SourceRef

from sourcetrace import extract

CASES: list[tuple[str, SourceRef, str, str | None]] = [
    (
        "Douglas Holtz-Eakin, a former budget director, said the plan was costly.",
        "Douglas Holtz-Eakin, a former budget director,",
        "person",
        "Douglas Holtz-Eakin",
    ),
    ("Moderator Bret Baier said the debate was over.", "Moderator Bret Baier", "person", "Bret Baier"),
    (
        "The November 23 lawsuit filed by the city claims the law is void.",
        "The November 23 lawsuit filed by the city",
        "document",
        "City",
    ),
    (
        "Amelia Ross and other parents said the school had failed them.",
        "Amelia Ross and other parents",
        "anonymous_group",
        None,
    ),
    (
        "Senate Majority Leader Mitch McConnell said on Tuesday that the bill would pass.",
        "Senate Majority Leader Mitch McConnell",
        "person",
        "Mitch McConnell",
    ),
    (
        "The Environmental Protection Agency said the rule would cut emissions by a third.",
        "The Environmental Protection Agency",
        "organization",
        "Environmental Protection Agency",
    ),
    (
        "A report released by the Government Accountability Office found that costs had doubled.",
        "A report released by the Government Accountability Office",
        "document",
        "Government Accountability Office",
    ),
    ("The poll, conducted last week, found that most voters back the plan.", "The poll", "document", "poll"),
    (
        "Two senior administration officials said the plan was dead.",
        "Two senior administration officials",
        "anonymous_group",
        None,
    ),
    (
        "A spokesman for the ministry declined to comment on the report.",
        "A spokesman for the ministry",
        "anonymous_individual",
        None,
    ),
    ("Critics say the measure goes much too far.", "Critics", "anonymous_group", None),
    (
        "On Monday, the FBI said it had opened an inquiry.",
        "the FBI",
        "organization",
        "Federal Bureau of Investigation",
    ),
    (
        "In the hearing, Republicans argued that the law was unconstitutional.",
        "Republicans",
        "anonymous_group",
        None,
    ),
    (
        "One of the officials said the talks would resume in May.",
        "One of the officials",
        "anonymous_individual",
        None,
    ),
    (
        "A new ad from the Democratic National Committee claims the senator lied.",
        "A new ad from the Democratic National Committee",
        "document",
        "Democratic National Committee",
    ),
    (
        "Wells Fargo CEO John Stumpf told the committee he was deeply sorry.",
        "Wells Fargo CEO John Stumpf",
        "person",
        "John Stumpf",
    ),
    # a police force is an organisation, named by its place as the article gives it
    (
        "Police said the gunman had acted alone. El Paso's police chief Greg Allan said more arrests were "
        "unlikely.",
        "Police",
        "organization",
        "El Paso police",
    ),
    (
        "According to police in Baytown, Texas, the driver had crashed before.",
        "police in Baytown, Texas",
        "organization",
        "Baytown, Texas police",
    ),
    # whose it is comes first, where it is after: the phrase as written
    (
        "According to the Velmarian embassy in Lisbon, the driver had crashed before.",
        "the Velmarian embassy in Lisbon",
        "organization",
        "Velmarian embassy in Lisbon",
    ),
    # an acronym the article spells out is an organisation, whatever the parser says
    (
        "According to Yonhap, quoting the Korean Central News Agency (KCNA), troops are on alert. "
        "“Foolhardy provocation deserves harsh punishment,” said KCNA.",
        ("KCNA", 1),
        "organization",
        "Korean Central News Agency",
    ),
    # a title alone is a role noun: unnamed when indefinite
    (
        "Labour MP Tom Watts spoke first. One MP told the BBC the deal was dead.",
        "One MP",
        "anonymous_individual",
        None,
    ),
    # a name with its "The" mid-sentence is a title of an organisation; a plural-looking organisation name
    # named by a partitive ("One of these groups, X,") is that organisation
    ("The train ran on time, newspaper The Hindu reported.", "The Hindu", "organization", "Hindu"),
    (
        "Several groups fought the militants. One of these groups, the Syrian Democratic Forces (SDF), said "
        "it would fight on.",
        "One of these groups, the Syrian Democratic Forces (SDF)",
        "organization",
        "Syrian Democratic Forces",
    ),
    # a description with a proper name in apposition is the one named
    (
        "Two carmakers asked for aid on Monday. Another carmaker, Halvorsen Motors (HM), announced that it "
        "would cut 4,000 jobs.",
        "Another carmaker, Halvorsen Motors (HM),",
        "organization",
        "Halvorsen Motors",
    ),
    (
        "Corvane Trust said it would wait. The company, Brisk Foods, said it would not comment.",
        "The company, Brisk Foods,",
        "organization",
        "Brisk Foods",
    ),
    (
        "A senior official at the regulator, the Harbour Authority, said it would act.",
        "A senior official at the regulator, the Harbour Authority,",
        "anonymous_individual",
        None,
    ),
    # an institution named by its place elsewhere in the article; not an organisation told or seen by
    (
        "A judge ruled the United States federal government's practice unlawful. Later the government asked "
        "the judge to wait.",
        "the government",
        "organization",
        "United States federal government",
    ),
    (
        "Troops took the capital. Intelligence reports seen by the Ledger suggest a plan. The military said "
        "it was keeping the president safe.",
        "The military",
        "organization",
        "Military",
    ),
    # a collective noun of people is a group
    (
        "Staff on short-term contracts said they felt unable to object.",
        "Staff on short-term contracts",
        "anonymous_group",
        None,
    ),
    # "the court" is no earlier organisation that is not a court
    (
        "The Daily Times reported the verdict. The court determined the driver was a danger to the public.",
        "The court",
        "organization",
        "Court",
    ),
    # a title word that opens a company's name titles no person
    (
        "President Airlines said the flights would resume on Monday.",
        "President Airlines",
        "organization",
        "President Airlines",
    ),
    (
        "Captain Expeditions, a tour company, said the trips would resume.",
        "Captain Expeditions, a tour company,",
        "organization",
        "Captain Expeditions",
    ),
    (
        "President's Choice said the recall covered two products.",
        "President's Choice",
        "organization",
        "President's Choice",
    ),
    # a definite noun of a kind of business is the business named last, not a name of its own
    (
        "Brisk Motors asked the government for a loan. Another automaker, Halvorsen Tractors (HT), said it "
        "seeks $3 billion. HT says that it might need more from the Treasury Department. The company has "
        "warned that it might run out of money.",
        "The company",
        "organization",
        "Halvorsen Tractors",
    ),
    (
        "Authorities banned the Iranian airline Kestrel Air from flying. Kestrel has been under sanctions "
        'since 2011. "The airline will appeal," a lawyer said.',
        "The airline",
        "organization",
        "Kestrel Air",
    ),
    (
        "Another carmaker, Halvorsen Tractors (HT), announced that it seeks $3 billion.",
        "Another carmaker, Halvorsen Tractors (HT),",
        "organization",
        "Halvorsen Tractors",
    ),
    (
        "American truck manufacturer Norvik Haulage (NH) announced plans to shut 40 dealerships.",
        "American truck manufacturer Norvik Haulage (NH)",
        "organization",
        "Norvik Haulage",
    ),
    (
        "Officials at the Transport Ministry met unions on Monday. The ministry said talks would resume.",
        "The ministry",
        "organization",
        "Transport Ministry",
    ),
    # a noun of a specific kind of institution stands for no nearest organisation of another kind
    (
        "The BBC later reported the fire started in a car. Police said they questioned its owner.",
        "Police",
        "organization",
        "Police",
    ),
    (
        "Ivo Marsh of the Red Cross said no one would enter the building. Local police warned people to stay "
        "inside.",
        "Local police",
        "organization",
        "Local police",
    ),
    # findings, results and research state things: documents
    (
        "Results of the survey were published on Monday. The results suggest that the drug works.",
        "The results",
        "document",
        "results",
    ),
    (
        "Research by the Dorn Institute shows that the river is polluted.",
        "Research by the Dorn Institute",
        "document",
        "Dorn Institute",
    ),
    (
        "Ana Ruiz studied the reef for a decade. Her work shows that local management helps.",
        "Her work",
        "document",
        "Ana Ruiz",
    ),
    (
        "The observations show that the ice shelf is thinning, the team said.",
        "The observations",
        "document",
        "observations",
    ),
    # a hyphenated name as the article writes it
    (
        "Rolls-Royce said on Monday that two engines would be replaced.",
        "Rolls-Royce",
        "organization",
        "Rolls-Royce",
    ),
    # another organisation noun may: "the university" is the one just named
    (
        "Harvard released the study on Monday. The university said the results were clear.",
        "The university",
        "organization",
        "Harvard",
    ),
    # so may "the group"
    (
        "Greenpeace released a report on Monday. The group said the river was polluted.",
        "The group",
        "organization",
        "Greenpeace",
    ),
    # notices and writing on things are documents, not unnamed people: a warning, an alert, a sign
    ('"Heavy rain will flood the coast," read the warning.', "the warning", "document", "warning"),
    ("The warnings called for strong winds and heavy rain.", "The warnings", "document", "warnings"),
    ("The alert said that roads would close.", "The alert", "document", "alert"),
    ('A sign on the door read "Closed for repairs".', "A sign on the door", "document", "sign on the door"),
    # also through a relative pronoun
    ("Fans wore shirts that said the team would win.", "that", "document", "shirts"),
    # a hyphenated noun the tokenizer split, whose last part alone is the subject
    ("The e-mail said the order had shipped.", "mail", "document", "e-mail"),
    # a singular word opening the sentence that the recogniser tags as an organisation, though a common noun
    ("Orchard reports that sales rose by a third.", "Orchard", "organization", "Orchard"),
    # an expletive "it" before an extraposed clause is no one
    (
        "The ministry met on Monday. The minister resigned after it became known that he lost the papers.",
        "it",
        "unknown",
        None,
    ),
    ("The ministry met on Monday. It seems that the papers were lost.", "It", "unknown", None),
    # a common noun that is a word of a name given before stands for what that name names, typed by the noun
    (
        "Officials of Velmar City met on Monday. The city said the bridge would stay closed.",
        "The city",
        "organization",
        "Velmar City",
    ),
    (
        "Team Velmar won the final on Sunday. The Dornish refugee team said it was proud to take part.",
        "The Dornish refugee team",
        "organization",
        "Dornish team",
    ),
    # a chief executive's title after a company's name is a person's, not the company: unnamed here
    ("Velmar Group CEO said the deal would close in May.", "Velmar Group CEO", "anonymous_individual", None),
    # a lower-case common noun is no person's name, though a word of one the recogniser took for a person
    (
        'The agency\'s "Hurricane Lorna Intermediate Advisory Number 12", released at noon, placed Lorna 75 '
        "miles north of the island. The advisory also noted dangerous surf.",
        "The advisory",
        "document",
        "advisory",
    ),
    # a negated source declining to say is the group none of whom spoke, of open size, not one person
    ("Nobody at the ministry would say how many people had died.", "Nobody at the ministry",
     "anonymous_group", None),
    ("No official would discuss the deal on Monday.", "No official", "anonymous_group", None),
    (
        "The jets cost $3 billion, although neither of the companies involved would reveal the price.",
        "neither of the companies involved",
        "anonymous_group",
        None,
    ),
]


@pytest.mark.parametrize(("text", "source", "source_type", "actor"), CASES)
def test_source_type(
    resolve: Resolve, text: str, source: SourceRef, source_type: str, actor: str | None
) -> None:
    (attribution,) = resolve(text, source)
    assert attribution.source_type == source_type
    assert (attribution.actor.name if attribution.actor else None) == actor


#: An interview: the answering speakers' bare surnames are people, whatever the tagger makes of them (a
#: common noun, an unknown proper noun); the label of the one asking keeps its own evidence (an outlet). The
#: article reprints it ("transcript" announces it), so the asking outlet's turns are reported like the
#: speakers' (in an interview the article holds itself, the reporter's turns are none: `extract.headlines`).
_INTERVIEW = (
    "A transcript of the exchange follows.\n\n"
    "Wikinews: Will the storm lose strength over land?\n\n"
    "Snow: Yes, it will lose strength steadily over land.\n\n"
    "Saravanan: Storms are sustained by latent heat from the ocean.\n\n"
    "Wikinews: Is the government prepared?\n\n"
    "Snow: I do not have enough information to answer.\n\n"
    "Saravanan: The government appears to have taken the threat seriously.\n\n"
    "Wikinews: Will there be floods?\n\n"
    "Knight: Phailin's winds will rapidly weaken as it pushes inland.\n\n"
    "Wikinews: Is the government prepared?\n\n"
    "Knight: From all reports that I have seen, the government was well prepared for this cyclone."
)


def test_a_document_named_by_its_own_phrase_passes_on_no_issuer(resolve: Resolve) -> None:
    """An earlier document whose actor is only its own phrase names no issuer for a later "The memo" (a
    misread "that's just a piece of clothing" was once the author of "the book" in an interview)."""
    text = "The notes of a tired clerk said the rules had changed. The memo said the office would close."
    _, memo = resolve(text, "The notes of a tired clerk", "The memo", cue="said")
    assert (memo.source_type, memo.actor and memo.actor.name) == ("document", "memo")


@pytest.mark.parametrize("issuer", ["Velmar", "eBay", "3M"])
def test_a_named_issuer_is_passed_on_however_it_is_written(resolve: Resolve, issuer: str) -> None:
    """A name in lower case or opening with a digit is still a name ("eBay", "3M"): "The memo" after "A memo
    by eBay" is eBay's."""
    text = f"A memo by {issuer} said the rules had changed. The memo said the office would close."
    _, memo = resolve(text, f"A memo by {issuer}", "The memo", cue="said")
    assert (memo.source_type, memo.actor and memo.actor.name) == ("document", issuer)


def test_an_institutions_last_word_outweighs_a_person_the_recogniser_saw() -> None:
    """The recogniser takes the federation in the question for a person, so "Federation" is a word of a
    person's name; the institution's last word still makes the first mention an organisation."""
    text = (
        "In February, the Velmar Chess Federation announced two players were banned.\n\nWN: You had "
        'mentioned, "no federation is perfect". Is there anything that Velmar Chess Federation gets right?'
    )
    (announced,) = [a for a in extract(text).attributions if a.cue.text == "announced"]
    assert (announced.source_type, announced.actor and announced.actor.name) == (
        "organization",
        "Velmar Chess Federation",
    )


def test_a_title_after_an_institutions_name_refers_to_its_holder() -> None:
    """ "Velmar Chess Federation President announced": the holder of that office, named before."""
    text = (
        "Ana Ruiz, the president of the Velmar Chess Federation, said the ban stands.\n\n"
        "In March, Velmar Chess Federation President announced a review of the ban."
    )
    (announced,) = [a for a in extract(text).attributions if a.cue.text == "announced"]
    assert (announced.source_type, announced.actor and announced.actor.name) == ("person", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        "Neither would comment.",
        "None would comment.",
        "Nobody would comment, and no one at the agency would say why.",
        "No-one would comment.",
        "Neither of the companies would comment.",
    ],
)
def test_a_negated_decliner_is_a_group_none_of_whom_spoke(text: str) -> None:
    """Every way of writing no one who declined is the same source type: an unnamed group of open size."""
    declines = [a for a in extract(text).attributions if a.kind == "no_comment"]
    assert declines and all(a.source_type == "anonymous_group" for a in declines), declines


def test_a_transcript_label_is_its_speaker() -> None:
    article = extract(_INTERVIEW)
    types = {(a.source.text, a.source_type) for a in article.attributions if a.cue.text == ":" and a.source}
    assert types == {
        ("Snow", "person"),
        ("Saravanan", "person"),
        ("Knight", "person"),
        ("Wikinews", "organization"),
    }


_LABELLED = (
    "QN: What does the project do for the workers?\n\n"
    "Dana Reyes: It is a community organisation. They gather the community, identify the needs and "
    "they advocate for the workers with the city.\n\n"
    "QN: And the clients?\n\n"
    "Dana Reyes: They would demand that we stay. They said we had no choice."
)


@pytest.mark.parametrize("label", ["KTV", "Ledger", "QN"])
def test_a_speaker_label_is_no_antecedent(label: str) -> None:
    """ "KTV:" opening the asking lines is a label, not a mention: a "they" inside the other speaker's turn
    does not resolve to it (as an organisation, or as an unnamed individual)."""
    article = extract(_LABELLED.replace("QN", label))
    theys = [a for a in article.attributions if a.source and a.source.text.lower() == "they"]
    assert len(theys) >= 3
    assert all(a.actor is None or a.actor.name != label for a in theys)
    assert all(a.source_type != "anonymous_individual" for a in theys)


def test_the_asking_outlet_label_is_an_organization_throughout() -> None:
    """The tagger may take the first line's label for a person ("Wikinews: Mr. President, ..."); the outlet
    asking the questions is one organisation in every turn."""
    text = (
        "Partial transcript:\n\n"  # reprinted: the asker's turns are reported (`extract.headlines`)
        "Wikinews: Mr. President, do you still think that there is a future to the peace process?\n\n"
        "Ivo Varga: The future is only peace. The problem is how long it will take.\n\n"
        "Wikinews: How do you feel about that?\n\n"
        "Ivo Varga: I distinguish between two histories, the spiritual and the material."
    )
    turns = [a for a in extract(text).attributions if a.cue.text == ":" and a.source]
    types = [(a.source.text if a.source else None, a.source_type) for a in turns]
    assert types == [
        ("Wikinews", "organization"),
        ("Ivo Varga", "person"),
        ("Wikinews", "organization"),
        ("Ivo Varga", "person"),
    ]


#: A name opening a sentence that the tagger misreads: a word English does not know, tagged as a common noun,
#: and a surname tagged as a nationality. Neither is an unnamed person.
MISREAD_NAMES = [
    pytest.param(
        "The airline's permit was suspended last week.\n\nSunbra reports the airline's director, Hamid Khan, "
        "has been arrested.",
        "Sunbra", "organization", id="out-of-vocabulary-word",
    ),
    pytest.param(
        "The general manager of the network, Dr Zaid bin Tamim, attributed the bombing to rebels. Tamim "
        "claimed rebels have attacked journalists previously.",
        "Tamim", "person", id="surname-tagged-as-a-nationality",
    ),
]


@pytest.mark.parametrize(("text", "source", "source_type"), MISREAD_NAMES)
def test_a_misread_name_is_named(text: str, source: str, source_type: str) -> None:
    found = [a for a in extract(text).attributions if a.source is not None and a.source.text == source]
    assert found and all(a.source_type == source_type for a in found)


#: Hyphenated given names whose second part is in lower case ("Hoi-kwan", "Jong-un"): the tokenizer splits
#: them, the last word is in lower case, and the named person was an unnamed one whose affiliation was the
#: first part of the given name. (source, actor, title) after each text.
SPLIT_NAMES = [
    pytest.param(
        "Police Chief Superintendent Wong Siu-ming said at a briefing that two officers were hurt.",
        ("Police Chief Superintendent Wong Siu-ming", "Wong Siu-ming", "Police Chief Superintendent"),
        id="title-then-name",
    ),
    pytest.param(
        "Foreign Minister Park Ji-hoon told reporters that the talks had failed.",
        ("Foreign Minister Park Ji-hoon", "Park Ji-hoon", "Foreign Minister"),
        id="told",
    ),
    pytest.param(
        "Lee Seo-yeon, a spokeswoman for the ministry, said the border would stay shut.",
        ("Lee Seo-yeon, a spokeswoman for the ministry,", "Lee Seo-yeon", "spokeswoman for the ministry"),
        id="apposition",
    ),
    pytest.param(
        "\u201cWe will not back down,\u201d said Choi Hyun-woo, the union\u2019s chairman.",
        ("Choi Hyun-woo, the union\u2019s chairman", "Choi Hyun-woo", "union\u2019s chairman"),
        id="after-a-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_NAMES)
def test_a_hyphenated_given_name_is_a_named_person(text: str, expected: tuple[str, str, str]) -> None:
    (attribution,) = extract(text).attributions
    assert attribution.source is not None and attribution.actor is not None
    found = (attribution.source.text, attribution.actor.name, attribution.actor.title)
    assert (attribution.source_type, found) == ("person", expected)


#: A named person behind a role phrase the parser misreads: a hyphenated role the tokenizer split
#: ("co-author": "co" was taken for the head, and the named person for an unnamed one), and a lower-case
#: role whose name follows its organisation with no comma ("the chairman of Velko Motors LLC Tomas Berg":
#: the role was a definite role noun, the previous person of the article or an unnamed one). (source, actor,
#: title part).
NAMES_AFTER_ROLES = [
    pytest.param(
        "\u201cThe ice is thinning fast,\u201d said study co-author Mara Lind.",
        ("study co-author Mara Lind", "Mara Lind", "study co-author"),
        id="split-hyphenated-role",
    ),
    pytest.param(
        "\u201cWe are seeing a new process,\u201d said study co-author Tomas Berg of the Polar Institute.",
        ("study co-author Tomas Berg of the Polar Institute", "Tomas Berg", "study co-author"),
        id="split-hyphenated-role-with-organisation",
    ),
    pytest.param(
        "\u201cSales will recover,\u201d said the vice president and chairman of Velko Motors LLC "
        "Tomas Berg.",
        (
            "the vice president and chairman of Velko Motors LLC Tomas Berg",
            "Tomas Berg",
            "chairman of Velko Motors LLC",
        ),
        id="coordinated-roles-of-a-company",
    ),
    pytest.param(
        "The speaker of the parliament Reza Tabari said the vote would be held on Sunday.",
        ("The speaker of the parliament Reza Tabari", "Reza Tabari", "speaker of the parliament"),
        id="institution-noun-before-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AFTER_ROLES)
def test_a_name_after_a_role_phrase_is_the_person(text: str, expected: tuple[str, str, str]) -> None:
    attribution = extract(text).attributions[-1]
    assert attribution.source is not None and attribution.actor is not None
    source, actor, title = expected
    found = (attribution.source_type, attribution.source.text, attribution.actor.name)
    assert found == ("person", source, actor)
    assert attribution.actor.title is not None and title in attribution.actor.title


#: Several people are an unnamed group, never one unnamed person: "they" after a single unnamed source is
#: another group ("Engineers ... They said" was the official before, count 1), and a group noun singular in
#: form ("a lot of people", "his family", "the couple") is a group. (source after each text.)
GROUPS = [
    pytest.param(
        "A local official said the bridge would close. Engineers inspected it last week. They said the "
        "cracks were deep.",
        "They",
        id="they-after-one-official",
    ),
    pytest.param("A lot of people said the bridge was unsafe.", "A lot of people", id="a-lot-of"),
    pytest.param("His family said he was in intensive care.", "His family", id="family"),
    pytest.param("The couple said the landlord had ignored their letters.", "The couple", id="couple"),
]


@pytest.mark.parametrize(("text", "source"), GROUPS)
def test_several_people_are_a_group(text: str, source: str) -> None:
    (found,) = [a for a in extract(text).attributions if a.source is not None and a.source.text == source]
    assert found.source_type == "anonymous_group"
    assert found.anonymous is not None and found.anonymous.count != 1


def test_polling_is_its_publishers_document() -> None:
    """A poll written as "polling" is a document issued by its owner, not an unnamed person whose affiliation
    the owner is (wn-0355 "According to its polling")."""
    text = "The Dorn Ledger reported the result. According to its polling, most voters preferred a primary."
    (polling,) = [a for a in extract(text).attributions if a.source and a.source.text == "its polling"]
    assert (polling.source_type, polling.actor and polling.actor.name) == ("document", "Dorn Ledger")


#: Organisations and outlets the recogniser tags as persons, and the evidence that outweighs its tag: a
#: lower-case noun of an organisation's kind before the name ("daily", "retailer"), a last word that ends an
#: outlet's or a force's name ("Bulletin"), a platform ("Instagram") or an outlet's one-word name ending in
#: "news". (text, source, source_type, actor)
ORGANIZATIONS_TAGGED_AS_PERSONS = [
    pytest.param(
        "Finnish daily Aamulehti said the talks had stalled.",
        "Finnish daily Aamulehti", "organization", "Aamulehti", id="an-outlet-after-daily",
    ),
    pytest.param(
        "Polish daily Rzeczpospolita reported that the minister would resign.",
        "Polish daily Rzeczpospolita", "organization", "Rzeczpospolita", id="an-outlet-after-daily-2",
    ),
    pytest.param(
        "The Norwegian retailer Kiwi Larsen said it would close 20 stores. Kiwi Larsen blamed rising costs.",
        "The Norwegian retailer Kiwi Larsen", "organization", "Kiwi Larsen", id="a-company-after-retailer",
    ),
    pytest.param(
        "According to the Cairo Bulletin, the ferry sank in bad weather.",
        "the Cairo Bulletin", "organization", "Cairo Bulletin", id="an-outlet-s-last-word",
    ),
    pytest.param(
        "Jo Smith posted a photo. Instagram removed the photo, saying it broke its rules on nudity.",
        "Instagram", "organization", "Instagram", id="a-platform",
    ),
    pytest.param(
        "Ynetnews reported that the rocket landed in an open field.",
        "Ynetnews", "organization", "Ynetnews", id="an-outlet-named-news",
    ),
]


@pytest.mark.parametrize(("text", "source", "source_type", "actor"), ORGANIZATIONS_TAGGED_AS_PERSONS)
def test_an_organisation_the_recogniser_tags_as_a_person_is_one(
    text: str, source: str, source_type: str, actor: str
) -> None:
    found = [a for a in extract(text).attributions if a.source is not None and a.source.text == source]
    assert found and all(a.source_type == source_type for a in found)
    assert all(a.actor is not None and a.actor.name == actor for a in found)


#: A relative pronoun after "of/for/from" + a bare noun stands for that noun when the noun above it is a thing
#: or an event that cannot speak ("the request of officials, who"): it was taken for that thing, one unnamed
#: person.
RELATIVES_AFTER_A_THING = [
    pytest.param(
        "The newspaper held the story at the request of White House officials, who argued that it would harm "
        "the inquiry.",
        "anonymous_group", None, id="officials-after-request",
    ),
    pytest.param(
        "Crowds gathered outside the home of Prime Minister Ana Velu, who told reporters that she was safe.",
        "person", "Ana Velu", id="a-named-person-after-home",
    ),
    pytest.param(
        "There was good news from Velmar Corp., who announced that profits rose.",
        "organization", "Velmar Corp.", id="a-company-after-news",
    ),
    pytest.param(
        "The plan won the support of several senators, who said it would pass.",
        "anonymous_group", None, id="senators-after-support",
    ),
]


@pytest.mark.parametrize(("text", "source_type", "actor"), RELATIVES_AFTER_A_THING)
def test_a_relative_pronoun_after_a_thing_stands_for_its_of_noun(
    text: str, source_type: str, actor: str | None
) -> None:
    (who,) = [a for a in extract(text).attributions if a.source is not None and a.source.text == "who"]
    assert who.source_type == source_type
    assert (who.actor.name if who.actor else None) == actor
