"""The sieves: names, surnames, titles, role nouns, pronouns and institutions resolve to the article's
actors."""

from __future__ import annotations

import pytest
from resolving import Resolve, SourceRef

from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment
from sourcetrace.pipeline import extract
from sourcetrace.resolve import resolve_article
from sourcetrace.types import Actor, Attribution, Span

PARK = (
    "Governor Maria Alvarez toured the flooded plant on Monday. Alvarez said the state would pay for the "
    "repairs. She added that no jobs would be lost."
)
BAKER = (
    "Tom Baker, the union leader, said he met Ann Cole on Friday. Baker told reporters the talks went well. "
    "Cole was less upbeat. She said the talks had failed."
)
GRANT = (
    "Senator Lisa Grant of Ohio questioned the bank's chief executive for two hours. The senator said the "
    "bank had misled its customers."
)
ELLIS = "The plan was criticised by Mark Ellis, who said it would fail within a year."
ACME = "Acme Corp spokesman John Reed said the company would appeal the ruling."
GERMANY = (
    "German officials were caught off guard by the vote. Germany’s foreign ministry said it regretted "
    "the decision."
)
NRA = "The National Rifle Association (NRA) opposed the bill. The NRA said the measure would fail."
CAMPAIGN = (
    "Jane Miller’s campaign released its tax returns on Friday. The campaign said the documents showed "
    "nothing unusual."
)
COUNTRY = "Brazil said on Monday it would veto the plan, saying the country could not accept the terms."

BANK = (
    "Senators grilled Acme Bank on Tuesday over the fake accounts. The bank said it had fired 5,000 "
    "employees."
)
PERDUE = (
    "Republicans were unmoved. Sen. Tom Hale (R-Ga.) said he did not think the attacks on Jim Ross worked. "
    "“It is a distraction,” he said."
)
CHAIR = "The state’s campaign chairman, Phil Baker, said the office had been closed."
MEMO = "Ann Cole leads the agency. She signed a memo in March that formally barred staff from the talks."
STATEMENT = "Mayor Jo Lee issued a statement that called the strike illegal."
LETTER = "Mayor Jo Lee drafted and signed a letter that urged the council to act."
SENT = "The memo that Ann Cole sent to staff said the office would close."

JUDGE = (
    "U.S. District Judge Gray Marsh ruled on Friday. Part of the judge's statement reads that times have "
    "changed. Estimates by event organizers indicate a million marched. Protesters carried placards asking "
    "the government to act."
)
AUTHORED = (
    "U.S. District Judge Gray Marsh ruled on Friday. By law, all men must register. This makes them "
    "eligible for some services. The last draft was held in 1973. Critics disagreed with the ruling. Part of "
    "the judge's statement reads that times have changed. He went on to cite an earlier ruling."
)
ARCHIVE = (
    "According to data from the Gun Violence Archive, there were 250 mass shootings this year. The archive "
    "characterizes a mass shooting as one in which four or more people are shot."
)

ARCHBISHOP = (
    "The bill was criticised by archbishop Tadeo Ruben Olvarri. Calling it a sad day, the archbishop said "
    "the faithful should pray."
)
CARDINAL = "Cardinal Piet Vandermolen led the mass. The cardinal said the church would help."
COUNCILLOR = "Councillor Maeve Dunleavy voted against the budget. The councillor said it was unfair."
LEGISLATOR = "Legislator Ada Kwok tabled the motion. The legislator said the law must change."
ASSEMBLYMEMBER = "Assemblymember Rosa Trevino wrote the bill. The assemblymember said it would pass."

CASES: list[tuple[str, tuple[SourceRef, ...], str, str | None]] = [
    (BANK, ("The bank",), "Acme Bank", None),
    (PERDUE, ("Sen. Tom Hale (R-Ga.)", ("he", 1)), "Tom Hale", "Senator (R-Ga.)"),
    (CHAIR, ("The state’s campaign chairman, Phil Baker,",), "Phil Baker", None),
    (PARK, ("Alvarez",), "Maria Alvarez", "Governor"),
    (PARK, ("Alvarez", "She"), "Maria Alvarez", "Governor"),
    (BAKER, ("Tom Baker, the union leader,", ("Baker", 1)), "Tom Baker", "union leader"),
    (BAKER, ("Tom Baker, the union leader,", ("Baker", 1), "She"), "Ann Cole", None),
    (GRANT, ("The senator",), "Lisa Grant", "Senator"),
    (ELLIS, ("who",), "Mark Ellis", None),
    (ACME, ("Acme Corp spokesman John Reed",), "John Reed", "Acme Corp spokesman"),
    (GERMANY, ("Germany’s foreign ministry",), "German foreign ministry", None),
    (NRA, (("The NRA", 0),), "National Rifle Association", None),
    # an owner's institution as the article writes it, the owner by their full name, accents aside
    (CAMPAIGN, ("Jane Miller’s campaign", "The campaign"), "Jane Miller’s campaign", None),
    (
        "Trump spoke with Turkish President Recep Tayyip Erdoğan. According to a statement released by "
        "Erdogan's office, the operation would go ahead.",
        ("a statement released by Erdogan's office",),
        "Recep Tayyip Erdoğan's office",
        None,
    ),
    # a definite role noun of a rank in a church, a legislature or a council refers back to its bearer
    (ARCHBISHOP, ("the archbishop",), "Tadeo Ruben Olvarri", None),
    (CARDINAL, ("The cardinal",), "Piet Vandermolen", "Cardinal"),
    (COUNCILLOR, ("The councillor",), "Maeve Dunleavy", "Councillor"),
    (LEGISLATOR, ("Legislator Ada Kwok",), "Ada Kwok", "Legislator"),
    (LEGISLATOR, ("The legislator",), "Ada Kwok", "Legislator"),
    (ASSEMBLYMEMBER, ("Assemblymember Rosa Trevino",), "Rosa Trevino", "Assemblymember"),
    (ASSEMBLYMEMBER, ("The assemblymember",), "Rosa Trevino", "Assemblymember"),
    (COUNTRY, ("Brazil", "the country"), "Brazil", None),
    # a document's author is whoever signed, issued or wrote it
    (MEMO, ("She", "that"), "Ann Cole", None),
    (STATEMENT, ("that",), "Jo Lee", None),
    (LETTER, ("that",), "Jo Lee", None),
    (SENT, ("The memo that Ann Cole sent to staff",), "Ann Cole", None),
    # part of a document is the document; an unnamed issuer is named as the article calls them
    (JUDGE, ("Part of the judge's statement",), "Gray Marsh", None),
    (JUDGE, ("Estimates by event organizers",), "event organizers", None),
    (JUDGE, ("placards",), "placards", None),
    (ARCHIVE, ("The archive",), "Gun Violence Archive", None),
    # a person speaks through their document: "he" after it is its author
    (AUTHORED, ("Part of the judge's statement", "He"), "Gray Marsh", None),
    # a title of several words is whole ("Chief Executive", "Senior Strategist")
    (
        "Dorn Air Chief Executive Ivo Marsh said the deal was good.",
        ("Dorn Air Chief Executive Ivo Marsh",),
        "Ivo Marsh",
        "Dorn Air Chief Executive",
    ),
    (
        "Brisk Bank Senior Strategist Ada Kwok said rates would rise.",
        ("Brisk Bank Senior Strategist Ada Kwok",),
        "Ada Kwok",
        "Brisk Bank Senior Strategist",
    ),
    (
        "Dorn Air President and Chief Executive Officer, Anna Lindqvist, said the jets were ready.",
        ("Dorn Air President and Chief Executive Officer, Anna Lindqvist,",),
        "Anna Lindqvist",
        "Dorn Air President and Chief Executive Officer",
    ),
    # a first name that is also a name particle ("Van", "Del") opens a full name
    ("CNN pundit Van Dorsey spoke on Monday. Dorsey said it was weak.", ("Dorsey",), "Van Dorsey", None),
    # a headline's speaker label, opening one line only, is a mention pronouns refer back to
    ("Greenpeace: the river is polluted\n\nIt said on Monday it was dirty.", ("It",), "Greenpeace", None),
    # an apposition's role after the name of the body it is in, or coordinated with another head
    (
        "Mara Quell, BSU associate professor of art history, said the prints were fragile.",
        ("Mara Quell, BSU associate professor of art history,",),
        "Mara Quell",
        "BSU associate professor of art history",
    ),
    (
        "Una Berg, poet and professor of law at Dorn University, said the ruling was fair.",
        ("Una Berg, poet and professor of law at Dorn University,",),
        "Una Berg",
        "poet and professor of law",
    ),
    # posts of teaching and of keeping collections are roles
    (
        "The show was arranged by curator Lina Vasse. Vasse said the prints would travel.",
        ("Vasse",),
        "Lina Vasse",
        "curator",
    ),
    (
        "For Tomas Brek, a BSU instructor in English, the show was a highlight. Brek said he went twice.",
        ("Brek",),
        "Tomas Brek",
        "instructor in English",
    ),
    # a name in apposition to a role noun has the role as title ("The mayor of Dorn, Ian Pell," had it)
    (
        "The prime minister, Ada Krell, said the police had acted swiftly.",
        ("The prime minister, Ada Krell,",),
        "Ada Krell",
        "prime minister",
    ),
    # a greeting before the name of one addressed opens no name ("Hey Ivo" is no one's full name)
    (
        "Ivo Brandt spoke on Monday. People tell him, 'Hey Ivo, you are famous.' Ivo said it was funny.",
        (("Ivo", 2),),
        "Ivo Brandt",
        None,
    ),
    # unnamed reports are nobody's: not the institution quoted sentences before, another source between
    (
        "The police said the attack was over. An eyewitness said she saw a man running. She heard three "
        "shots. The street was closed. Shops shut early. Two women were injured, according to the reports.",
        ("The police", "An eyewitness", "the reports"),
        "reports",
        None,
    ),
    # an initialism the article uses beside the name it spells is that name: one actor, not two
    (
        "Halden Motors announced a loss of $6 billion. Last year, HM had reported a loss of $381 million.",
        ("Halden Motors", "HM"),
        "Halden Motors",
        None,
    ),
    (
        "The Office of Budget Review said the plan was costly. The OBR said it would publish its figures.",
        ("The Office of Budget Review", "The OBR"),
        "Office of Budget Review",
        None,
    ),
    # but a person's initials are no initialism ("the PM" is not the farmer Piet Marren)
    (
        'Piet Marren, a farmer, said the drought was severe. "We need help," said the PM on Monday.',
        ("Piet Marren, a farmer,", "the PM"),
        "PM",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sources", "actor", "title"), CASES)
def test_actor(
    resolve: Resolve, text: str, sources: tuple[SourceRef, ...], actor: str, title: str | None
) -> None:
    last = resolve(text, *sources)[-1]
    assert last.actor is not None
    assert last.actor.name == actor
    if title is not None:
        assert last.actor.title is not None and title in last.actor.title


def test_a_document_from_someone_is_not_its_publishers(resolve: Resolve) -> None:
    """ "released a letter from his doctor": who released it did not write it."""
    (letter,) = resolve("Tom Hale released a letter from his doctor that says he is in good health.", "that")
    assert letter.source_type == "document"
    assert letter.actor is not None and letter.actor.name != "Tom Hale"


def test_pronoun_takes_the_type_of_its_antecedent(resolve: Resolve) -> None:
    text = (
        "Several lawmakers who attended the closed-door meeting said the deal was close. They said a vote "
        "could come as early as next week."
    )
    group, pronoun = resolve(text, "Several lawmakers who attended the closed-door meeting", "They")
    assert group.source_type == pronoun.source_type == "anonymous_group"
    assert (
        pronoun.anonymous is not None
        and pronoun.anonymous.justification == "who attended the closed-door meeting"
    )


def test_they_is_no_single_document(resolve: Resolve) -> None:
    """ "they" after one document is not that document: the researchers who found, not their report."""
    text = (
        "Researchers at the Dorn Institute studied the reef. The report of the team says the reef is "
        "recovering. They found that the fish protect the coral."
    )
    report, pronoun = resolve(text, "The report of the team", "They")
    assert report.source_type == "document"
    assert pronoun.source_type == "anonymous_group"


def test_spokesperson_speaks_on_behalf_of_the_principal(resolve: Resolve) -> None:
    (attribution,) = resolve(ACME, "Acme Corp spokesman John Reed")
    assert attribution.on_behalf_of == "Acme Corp"


@pytest.mark.parametrize(
    ("text", "source", "cue", "recipient"),
    [
        (
            "Mark Ellis told The Associated Press that the plan would fail.",
            "Mark Ellis",
            "told",
            "Associated Press",
        ),
        ("The minister told reporters on Tuesday he would not resign.", "The minister", "told", "reporters"),
        ("Mark Ellis said in an interview with CNN that the plan would fail.", "Mark Ellis", "said", "CNN"),
        ("Mark Ellis said the plan would fail.", "Mark Ellis", "said", None),
        # words addressed to someone: remarks, a statement, a letter, comments
        (
            "Mark Ellis, in remarks to The Ledger, contended he would have died.",
            "Mark Ellis",
            "contended",
            "Ledger",
        ),
        (
            "The minister said in a statement to reporters that it failed.",
            "The minister",
            "said",
            "reporters",
        ),
        ("Ana Ruiz wrote in a letter to the council that it was unlawful.", "Ana Ruiz", "wrote", "council"),
        ("In comments to the Ledger, the mayor said the bridge would reopen.", "the mayor", "said", "Ledger"),
        (
            "The senator in charge of the inquiry said the talks had failed.",
            "The senator in charge of the inquiry",
            "said",
            None,
        ),
        ("Speaking to NBC News, Mark Ellis said the plan would fail.", "Mark Ellis", "said", "NBC News"),
        ("Mark Ellis said to the gathered crowd that it would fail.", "Mark Ellis", "said", "gathered crowd"),
        ("Mark Ellis told Star of Mysore that the plan would fail.", "Mark Ellis", "told", "Star of Mysore"),
        ("Mark Ellis spoke on Fox News, saying the plan would fail.", "Mark Ellis", "saying", None),
        # "to" of saying, a participle of speaking, the object of asking, an outlet spoken on
        (
            "Mark Ellis said to the gathered crowd that it was a hard decision.",
            "Mark Ellis",
            "said",
            "gathered crowd",
        ),
        ("Speaking to Jo Fox of PBS, Mark Ellis said it was over.", "Mark Ellis", "said", "Jo Fox"),
        (
            "Speaking to newspaper Star of Mysore, Mark Ellis said it was over.",
            "Mark Ellis",
            "said",
            "Star of Mysore",
        ),
        (
            "Mark Ellis asked the governments of the region not to turn boats away.",
            "Mark Ellis",
            "asked",
            "governments of the region",
        ),
        ("Mark Ellis encouraged the CIA to release the files.", "Mark Ellis", "encouraged", "CIA"),
        ("Mark Ellis asked questions about the plan.", "Mark Ellis", "asked", None),
        (
            "Senator Mark Ellis spoke on Fox News, saying the plan would fail.",
            "Senator Mark Ellis",
            "spoke",
            "Fox News",
        ),
        (
            "Judge Ann Cole ruled. The state asked Judge Cole to delay the ruling.",
            "The state",
            "asked",
            "Ann Cole",
        ),
        # "call on" someone: the "on" follows the verb and names no time
        ("Mark Ellis called on the council to act.", "Mark Ellis", "called", "council"),
        ("On Monday, Mark Ellis called on Congress to act.", "Mark Ellis", "called", "Congress"),
        ("On Thursday, Mark Ellis called for action on the fires.", "Mark Ellis", "called", None),
        ("On Friday Mark Ellis called for an inquiry.", "Mark Ellis", "called", None),
        ("Mark Ellis called on Tuesday for an inquiry.", "Mark Ellis", "called", None),
        ("Mark Ellis called on Christmas Eve for a truce.", "Mark Ellis", "called", None),
        # nor does "said on" a day
        ("Dorn Paper said on last Wednesday it would run out of stock.", "Dorn Paper", "said", None),
        (
            "Some of the protesters the Ledger interviewed said they were angry.",
            "Some of the protesters the Ledger interviewed",
            "said",
            "Ledger",
        ),
    ],
)
def test_recipient(resolve: Resolve, text: str, source: str, cue: str, recipient: str | None) -> None:
    (attribution,) = resolve(text, source, cue=cue)
    assert attribution.recipient == recipient


def _attribution(text: str, ident: str, source: str, cue: str, content: str) -> Attribution:
    def span(needle: str) -> Span:
        start = text.index(needle)
        return Span(start, start + len(needle), needle)

    return Attribution(ident, "direct", span(cue), span(source), span(content))


def test_first_person_in_a_quote_is_its_speaker() -> None:
    text = (
        "“I think we will win this race, and we will win it big,” said Maria Alvarez, the governor, "
        "on Monday."
    )
    quote = "I think we will win this race, and we will win it big,"
    attributions = [
        _attribution(text, "a1", "Maria Alvarez, the governor,", "said", quote),
        _attribution(text, "a2", "I", "think", "we will win this race"),
    ]
    nlp = load_model()
    resolved, _ = resolve_article(text, [Segment(0, nlp(text))], attributions, nlp=nlp)
    speaker, first_person = resolved
    assert speaker.actor is not None and speaker.actor.name == "Maria Alvarez"
    assert first_person.source_type == "person"
    assert first_person.actor == speaker.actor


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        # a negated source is kept only declining; those who declined are a group of open size, no one person
        ("Nobody at the agency would say when the report will be released.", "Nobody", "anonymous_group"),
        ("Everyone in the room agreed that the deal was dead.", "Everyone in the room", "anonymous_group"),
        ("Others in the party argue the plan goes too far.", "Others in the party", "anonymous_group"),
    ],
)
def test_indefinite_pronouns_are_unnamed_sources(
    resolve: Resolve, text: str, source: str, source_type: str
) -> None:
    (attribution,) = resolve(text, source)
    assert attribution.source_type == source_type
    assert attribution.actor is None


def test_a_source_outside_the_parsed_segments_is_parsed_on_demand() -> None:
    text = "Mark Ellis said the plan would fail. Critics say it could work."
    attributions = [
        Attribution("a1", "indirect", Span(11, 15, "said"), Span(0, 10, "Mark Ellis"), None),
        Attribution("a2", "indirect", Span(45, 48, "say"), Span(37, 44, "Critics"), None),
        Attribution("a3", "indirect", Span(11, 15, "said"), None, None),
    ]
    ellis, critics, no_source = resolve_article(text, [], attributions, nlp=load_model())[0]
    assert ellis.source_type == "person" and ellis.actor == Actor("Mark Ellis")
    assert critics.source_type == "anonymous_group" and critics.actor is None
    assert no_source.source_type == "unknown" and no_source.actor is None


@pytest.mark.parametrize(
    ("text", "sources", "principal"),
    [
        (ACME, ("Acme Corp spokesman John Reed",), "Acme Corp"),
        (
            "Jane Miller’s campaign hit back on Friday. Spokeswoman Ann Lee said the ad was false.",
            ("Jane Miller’s campaign", "Spokeswoman Ann Lee"),
            "Jane Miller’s campaign",
        ),
        (
            "Jane Miller’s campaign hit back on Friday. Tom Ward, the campaign’s press secretary, said the "
            "ad was false.",
            ("Jane Miller’s campaign", "Tom Ward, the campaign’s press secretary,"),
            "Jane Miller’s campaign",
        ),
        ("Attorney General Eric Holt said the law was void.", ("Attorney General Eric Holt",), None),
        # the organisation's full name as the article gives it
        (
            "Major general Budi Santosa, spokesman for the Indonesian military, said the boats were found. "
            "The Indonesian Navy sent a ship.",
            ("Major general Budi Santosa, spokesman for the Indonesian military",),
            "Indonesian military",
        ),
        (
            "The US State Department said it was worried. Jeff Ranke, the State Department Spokesperson, "
            "said the region must act.",
            ("The US State Department", "Jeff Ranke, the State Department Spokesperson"),
            "US State Department",
        ),
        (
            "The Yemen-based Ansar movement claimed the attack. Ansar military spokesperson Yahya Sabri said "
            "ten drones were used.",
            ("The Yemen-based Ansar movement", "Ansar military spokesperson Yahya Sabri"),
            "Ansar movement",
        ),
        (
            "Mayor Jo Lee praised the crews. Tomas Kubik, a fire service spokesman, said it had spread.",
            ("Mayor Jo Lee", "Tomas Kubik, a fire service spokesman"),
            "fire service",
        ),
        (
            "Police press officer Monika Kos said two were hurt.",
            ("Police press officer Monika Kos",),
            "Police",
        ),
        # "his" is the main clause's subject, not a possessor inside a clause before it
        (
            "Fuelling speculation that Ansel's plan was under way, opposition leader Morgan Tavi returned on "
            "Wednesday, his spokesman said.",
            ("his spokesman",),
            "Morgan Tavi",
        ),
        # unnamed people speaking for a named organisation
        (
            "A Skyway Airlines spokesperson said the flight was late.",
            ("A Skyway Airlines spokesperson",),
            "Skyway Airlines",
        ),
        (
            "A spokesperson for the Employers' Association said the offer was fair.",
            ("A spokesperson for the Employers' Association",),
            "Employers' Association",
        ),
        (
            "Ann Ruiz denies the charge. Her lawyers at Kaufman Legal Group said she was innocent.",
            ("Ann Ruiz", "Her lawyers at Kaufman Legal Group"),
            "Kaufman Legal Group",
        ),
        (
            "Jane Miller spoke in Ohio. Miller aides said the speech went well.",
            ("Jane Miller", "Miller aides"),
            "Jane Miller",
        ),
        # an institution described by its country or owner, named before by no one, as the article writes it
        (
            "A spokesman for the Tarvian foreign ministry said the talks had failed.",
            ("A spokesman for the Tarvian foreign ministry",),
            "Tarvian foreign ministry",
        ),
        (
            "A spokeswoman for Tarvia's health ministry said the clinic would open.",
            ("A spokeswoman for Tarvia's health ministry",),
            "Tarvia's health ministry",
        ),
        # a spokesman "to" an agency spoke to it, not for it
        (
            "An unnamed spokesman to the Ledger news agency said the bomber was stopped.",
            ("An unnamed spokesman to the Ledger news agency",),
            None,
        ),
        # a person's office speaks for the person
        (
            "President Ana Varga met the envoy. A statement released by Varga's office said the talks went "
            "well.",
            ("President Ana Varga", "A statement released by Varga's office"),
            "Ana Varga",
        ),
        (
            "The minister's office said the talks went well.",
            ("The minister's office",),
            None,
        ),
    ],
)
def test_on_behalf_of(
    resolve: Resolve, text: str, sources: tuple[SourceRef, ...], principal: str | None
) -> None:
    assert resolve(text, *sources)[-1].on_behalf_of == principal


def test_he_prefers_the_outer_speaker_to_one_quoted_inside_his_words() -> None:
    text = (
        "White House spokesman Tom Reed said Monday that President Carl Lee has long called for lower taxes. "
        "He said the next president should do the same."
    )

    def span(needle: str, after: int = 0) -> Span:
        start = text.index(needle, after)
        return Span(start, start + len(needle), needle)

    attributions = [
        Attribution(
            "a1",
            "indirect",
            span("said"),
            span("White House spokesman Tom Reed"),
            span("President Carl Lee has long called for lower taxes"),
        ),
        Attribution(
            "a2", "indirect", span("called for"), span("President Carl Lee"), span("lower taxes"), parent="a1"
        ),
        Attribution(
            "a3", "indirect", span("said", 60), span("He"), span("the next president should do the same")
        ),
    ]
    nlp = load_model()
    resolved, _ = resolve_article(text, [Segment(0, nlp(text))], attributions, nlp=nlp)
    assert resolved[2].actor is not None and resolved[2].actor.name == "Tom Reed"
    assert resolved[0].on_behalf_of == "White House"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Jo Lee, in a statement delivered by her spokesman, announced the bridge would close. "
        "The statement also said repairs would take a year.",
        "In an emailed statement, the Harbour Authority said the bridge would close. The statement also said "
        "repairs would take a year.",
    ],
    ids=["in-a-statement-after-the-name", "in-a-statement-opening-the-sentence"],
)
def test_a_document_a_speaker_issued_is_theirs(text: str) -> None:
    """ "X, in a statement, announced ... The statement also said ...": the statement is X's (the Wikinews
    guidelines' actor for a document is its issuer)."""
    from sourcetrace.pipeline import extract

    found = extract(text).attributions
    first, later = found[0], found[-1]
    assert later.source is not None and later.source.text == "The statement"
    assert later.source_type == "document"
    assert first.actor is not None and later.actor is not None and later.actor.name == first.actor.name


ANOTHER_DOCUMENT = (
    "The Harlow Recording Association's takedown notice alleged the tool broke the law. The maintainers "
    "answered on Monday. The letter stressed that the code holds no songs."
)
ANOTHER_DOCUMENT_PLURAL = (
    "The Dorn Music Guild's takedown notices alleged the tool broke the law. The maintainers "
    "answered on Monday. The letter stressed that the code holds no songs."
)
LETTER_SETTING = (
    "The Harlow Recording Association's takedown notice alleged the tool broke the law. In the letter to the "
    "site, attorney Mara Stone said the tests only stream a few seconds. The letter stressed that the code "
    "holds no songs."
)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [(ANOTHER_DOCUMENT, "letter"), (ANOTHER_DOCUMENT_PLURAL, "letter"), (LETTER_SETTING, "Mara Stone")],
    ids=[
        "another-documents-issuer-is-not-its",
        "other-documents-in-the-plural",
        "in-the-letter-opening-the-sentence",
    ],
)
def test_the_document_is_the_one_named_before(text: str, issuer: str) -> None:
    """ "X's takedown notice ... The letter stressed ...": a definite document takes the issuer of an earlier
    mention of the same document, not of another one ("the letter" answers the notice); "In the letter to
    the site, Y said" opening a sentence makes the letter Y's."""
    letter = extract(text).attributions[-1]
    assert letter.source is not None and letter.source.text == "The letter"
    assert letter.source_type == "document" and letter.actor is not None and letter.actor.name == issuer


def test_they_after_an_opening_setting_is_its_speaker() -> None:
    """ "In a statement to the broadcaster, the Church denied ... They also claimed ...": the statement is
    remembered as the Church's, but "they" is still the Church, not its statement."""
    text = (
        "In a statement to the broadcaster, the Harlow Church denied the allegations. They also claimed she "
        "was a volunteer."
    )
    they = extract(text).attributions[-1]
    assert they.source is not None and they.source.text == "They"
    assert they.source_type == "organization"


APPOSED_BEFORE = (
    "President Ana Ruiz announced the bill on Sunday. The president called it overdue. Following the "
    "announcement, the director of the Harlow Trust, Mara Bellini, said the president had listened."
)
APPOSED_AFTER = (
    "President Ana Ruiz announced the bill on Sunday. The president called it overdue. Following the "
    "announcement, Mara Bellini, the director of the Harlow Trust, said the president had listened."
)


@pytest.mark.parametrize("text", [APPOSED_BEFORE, APPOSED_AFTER])
def test_an_apposition_titles_the_name_it_is_in_apposition_with(resolve: Resolve, text: str) -> None:
    """ "the director of X, Mara Bellini": the title is Bellini's, never the person named before; and a title
    written once capitalised and once not is one title."""
    ruiz, bellini = resolve(text, "President Ana Ruiz", "Mara Bellini")
    assert ruiz.actor is not None and ruiz.actor.title == "President"
    assert bellini.actor is not None and bellini.actor.title is not None
    assert "director of the Harlow Trust" in bellini.actor.title


def test_a_hyphenated_title_is_one_title() -> None:
    """The tokenizer splits "Co-developer" in three: the title the name book makes of its tokens ("Co -
    developer") is the same title as the text's, given once."""
    text = 'Co-developer Jing Fox recounted, "Nothing sticks to the coated surface." Fox said it was cheap.'
    actors = {a.actor for a in extract(text).attributions}
    assert actors == {Actor("Jing Fox", "Co-developer")}


def test_an_inverted_speaker_is_no_recipient() -> None:
    """ "The new law, wrote Jo Roe, ...": the parser makes the speaker after the verb its object; the speaker
    is not whom they wrote to."""
    (wrote,) = extract("The new law, wrote Smith, will hurt farmers.").attributions
    assert wrote.source is not None and wrote.source.text == "Smith"
    assert wrote.recipient is None


def test_a_number_word_opening_a_name_stays_in_the_title() -> None:
    """ "One Nation leader, Jo Fox,": "One" opens the party's name, no determiner to leave out."""
    text = "One Nation leader, Jo Fox, said the plan had failed.\n\nThe plan was dropped last week."
    assert {a.actor for a in extract(text).attributions} == {Actor("Jo Fox", "One Nation leader")}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('First Minister of Scotland Jo Fox said via Twitter, "It is clear."', "First Minister of Scotland"),
        ("Deputy First Minister Jo Fox said the vote was clear.", "Deputy First Minister"),
        ("Later Sen. Jo Fox said the vote was clear.", "Senator"),
        # lower case, "first" is an ordinal, no part of a title
        ("The first minister to resign, Jo Fox, said the vote was clear.", None),
    ],
)
def test_first_opens_a_title(text: str, title: str | None) -> None:
    """ "First" is a stop word, and a stop word ended the title ("Minister of Scotland"), or made the words
    before the name's run a second title ("Deputy First Minister; Deputy First")."""
    (said,) = extract(text).attributions
    assert said.actor is not None and said.actor.title == title


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ecologist Ryan Norris of the University of Guelph also said human actions had little to do with "
            "it.",
            Actor("Ryan Norris", "Ecologist"),
        ),
        (
            "Epidemiologist Jo Fox said the virus was spreading. The epidemiologist added that masks helped.",
            Actor("Jo Fox", "Epidemiologist"),
        ),
        ("Producer Jo Fox said the film was done.", Actor("Jo Fox", "Producer")),
        ("Poet Laureate Jo Fox said the poem was done.", Actor("Jo Fox", "Poet Laureate")),
        # two roles joined by "and" are one title
        (
            "Local actor and producer Joshua Penn was on hand. Penn said the film was done.",
            Actor("Joshua Penn", "Local actor and producer"),
        ),
    ],
)
def test_an_occupation_is_a_title(text: str, actor: Actor) -> None:
    """An occupation before a name (a field's expert, an artist) is a title, not a given name ("Ecologist
    Ryan Norris" was one person's name), and the definite noun refers back to the holder."""
    assert {a.actor for a in extract(text).attributions} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the World Health Organization (WHO) declared a pandemic. The WHO noted the need to act.",
        "The WHO said the virus was spreading.",
        "The WHO's decision to declare an emergency was praised.",
    ],
)
def test_initials_spelling_a_pronoun_are_an_organisation(text: str) -> None:
    """ "the WHO noted": initials that spell "who" (or "we", "us") name an organisation; the source was
    resolved as the relative pronoun, an unnamed or unknown source."""
    found = extract(text).attributions
    actor = Actor("World Health Organization", None)
    initials = [a for a in found if a.source is not None and "WHO" in a.source.text]
    assert initials and all(a.actor == actor for a in initials)


def test_a_pronoun_in_a_heading_of_capitals_stays_a_pronoun() -> None:
    (said,) = extract("Jo Fox spoke on Monday. WE WILL WIN, HE SAID.").attributions[-1:]
    assert said.source_type == "person" and said.actor == Actor("Jo Fox", None)


def test_a_name_in_apposition_to_coordinated_roles_is_the_source() -> None:
    """ "The Vice President and general counsel of the company, Jo Fox,": the parser tags the capitalised
    title a proper noun, so the name in apposition to it was not looked for and the source was unnamed."""
    text = "The Vice President and general counsel of the company, Jo Fox, explained that it was theirs."
    (explained,) = extract(text).attributions
    assert explained.source_type == "person" and explained.actor is not None
    assert explained.actor.name == "Jo Fox"


def test_a_title_in_apposition_is_no_name() -> None:
    """ "Member of Parliament (MP) Jo Fox": the bracketed title is no name to resolve (it was the other
    MP)."""
    text = (
        'Conservative MP Tom Bell said, "It is over."\n\nMember of Parliament (MP) Ann Roe of the Labour '
        'Party added, "It is a deeply dangerous way to govern."'
    )
    added = extract(text).attributions[-1]
    assert added.actor is not None and added.actor.name == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a hospital, a museum speak as institutions; "the hospital" is the one the article named
        (
            "He died at the Army's Research and Referral Hospital in Dorn. The hospital also found him to be "
            "positive for the virus.",
            "Army's Research and Referral Hospital",
        ),
        (
            "Natural History Museum curator Jo Fox said the bones were old. The museum said it would reopen.",
            "Natural History Museum",
        ),
    ],
)
def test_an_institution_noun_refers_to_the_institution_named(text: str, actor: str) -> None:
    said = extract(text).attributions[-1]
    assert said.source_type == "organization" and said.actor is not None and said.actor.name == actor


def test_an_acronym_with_an_ampersand_is_the_name_it_abbreviates() -> None:
    """ "Pacific Gas and Velmar Company (PG&V)": the defined acronym was not read for its "&", so the article
    had two actors, PG&V and the company; and a schedule is its issuer's document."""
    text = (
        "At midnight, utility Pacific Gas and Velmar Company (PG&V) began turning off power. PG&V stated it "
        "scheduled the blackouts because of high winds. According to PG&V's schedule, by noon half a million "
        "could be affected."
    )
    found = extract(text).attributions
    assert [(a.source_type, a.actor and a.actor.name) for a in found] == [
        ("organization", "Pacific Gas and Velmar Company"),
        ("document", "Pacific Gas and Velmar Company"),
    ]


def test_a_platform_is_no_person() -> None:
    """ "Twitter", which the recogniser may tag a person, took the "she" of the sentence it is in."""
    text = (
        "Ann Roe ended her campaign on Wednesday. She made her official announcement via a post on Twitter, "
        "in which she thanked her supporters."
    )
    assert {a.actor for a in extract(text).attributions} == {Actor("Ann Roe", None)}


def test_a_headline_apposition_ends_with_its_line() -> None:
    """ "Jo Fox, nominee for governor" in a headline: the apposition does not run on into the first line of
    the text ("... for Governor of Dorn Attorney Jo Fox")."""
    text = (
        "Wikinews interviews Jo Fox, Green Party nominee for Governor of Dorn\n\n"
        "Attorney Jo Fox answered five questions. Fox said the race was close."
    )
    titles = {a.actor.title for a in extract(text).attributions if a.actor is not None}
    assert titles and all(title is not None and "Attorney Jo Fox" not in title for title in titles)


def test_a_time_is_no_documents_author() -> None:
    """ "The latest Newsline / Zagby poll from late September placed him at 13 percent": the poll's
    issuers, not the month it came from."""
    text = (
        "Roe has garnered double digits in opinion polls for the 2013 Dorn gubernatorial election, an "
        "unusual feat for a third party candidate. The latest Newsline / Zagby poll from late September "
        "placed him at 13 percent, 14 points behind Republican Party nominee Ken Cole, Dorn's Attorney "
        "General, and 19 points behind Democratic Party nominee Terry Dale, the former Democratic National "
        "Committee chairman, with 24 percent undecided."
    )
    actors = {a.actor.name for a in extract(text).attributions if a.actor is not None}
    assert actors and not any("September" in name for name in actors)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the recogniser ends the name at "the Turkish": the "of" phrase is still the ministry's name
        (
            "In a press release issued the following day, the Turkish Ministry of Foreign Affairs denounced "
            "the conclusions of the summit.",
            "Turkish Ministry of Foreign Affairs",
        ),
        ("The Ministry of Foreign Affairs said the talks would continue.", "Ministry of Foreign Affairs"),
        ("The Bank of England said rates would rise.", "Bank of England"),
    ],
)
def test_an_institutions_name_ends_with_its_of_phrase(text: str, actor: str) -> None:
    (said,) = extract(text).attributions
    assert said.actor is not None and said.actor.name == actor


#: An interview whose answers describe with definite role nouns: a predicate nominal with "only" ("I am the
#: only candidate"), a noun a relative clause restricts ("the former governor he most admires").
_DESCRIBED = (
    "Wikinews interviews Jo Fox, Green Party nominee for Governor of Dorn\n\n"
    "Attorney Jo Fox, the Green Party's nominee for Governor of Dorn, answered five questions submitted via "
    "e-mail by Wikinews reporter Ann Lee.\n\n"
    "Ann Lee: What is the most important aspect of your background that voters should know about?\n\n"
    "Jo Fox: I am the only candidate born and raised in Dorn. I understand the issues facing Dorn much "
    "better than the other candidates.\n\n"
    "Ann Lee: Which previous Dorn Governor do you most admire and why?\n\n"
    "Jo Fox: Tom Hale. He was incredibly learned. With Wikinews, Fox discusses the former Dorn governor he "
    "most admires."
)


@pytest.mark.parametrize("description", ["only candidate", "former Dorn governor"])
def test_a_description_is_no_title(description: str) -> None:
    """A definite role noun that describes rather than refers gives no one a title."""
    actors = [a.actor for a in extract(_DESCRIBED).attributions if a.actor is not None]
    titles = {actor.title for actor in actors if actor.title}
    assert titles and not any(description in title for title in titles)


def test_a_bare_person_noun_is_no_title() -> None:
    """ "the man" may be anyone: it gives the person named before it no title ("Local prosecutor; man")."""
    text = (
        "Local prosecutor Remy Dorn said the suspect's wife was taken into custody.\n\n"
        "Officials said the man was 45 years old and born abroad."
    )
    (said,) = [a for a in extract(text).attributions if a.actor is not None and a.actor.name == "Remy Dorn"]
    assert said.actor is not None and said.actor.title == "Local prosecutor"


def test_a_french_honorific_is_a_title_not_a_given_name() -> None:
    """ "Mme Roux" in a lawyer's words is the woman named before, not another person called Mme Roux."""
    text = (
        "Ana Roux met the officers at a pub.\n\n"
        'Tom Bell told reporters "The court has found that Mme Roux did not lie, she is not a liar."\n\n'
        "Mme Roux said she was relieved."
    )
    (relieved,) = [a for a in extract(text).attributions if a.content and "relieved" in a.content.text]
    assert relieved.actor is not None and relieved.actor.name == "Ana Roux"


#: Words of a run of capitals before a person's name that are not part of it: the rest of a title's
#: complement ("Director of National Intelligence", "Ambassador to the United States"), the tail of an
#: organisation the title names ("Secretary of the Air Force"), a description opening the sentence that the
#: parser leaves out of the person ("Ecologist", "Voter"), a weekday, a title word ("Whip").
_NAME_AFTER_WORDS = [
    ("Current Director of National Intelligence Tom Reddle said the report was false.", "Tom Reddle"),
    ("Afghan Ambassador to the United States Hamdullah Mohib said the talks resumed.", "Hamdullah Mohib"),
    ("Secretary of the Air Force Jim Rocher said the deal was fair.", "Jim Rocher"),
    (
        "Assistant Secretary of the Air Force for Acquisition Marvin Sabur said the deal was fair.",
        "Marvin Sabur",
    ),
    ("Ecologist Ryan Norvell of the University of Guelph said the butterflies declined.", "Ryan Norvell"),
    ("Immunologist Kristian Andreassen of Scripps Research said the virus was wild.", "Kristian Andreassen"),
    ("Employee Phil Schiffer said the phone would ship in June.", "Phil Schiffer"),
    ("Voter Kitty Mak said the election was unfair.", "Kitty Mak"),
    ("Senate Minority Whip Dick Durand said the vote would fail.", "Dick Durand"),
    ("The talks stalled. On Tuesday Mitsotakis said the border would stay closed.", "Mitsotakis"),
]


@pytest.mark.parametrize(("text", "name"), _NAME_AFTER_WORDS, ids=[n for _, n in _NAME_AFTER_WORDS])
def test_words_before_a_name_that_are_not_part_of_it(text: str, name: str) -> None:
    """The actor is the person's name as the article gives it, without the title's words or the sentence's
    opening description glued to it ("Intelligence Tom Reddle", "Force Jim Rocher", "Voter Kitty Mak")."""
    names = {a.actor.name for a in extract(text).attributions if a.actor is not None}
    assert names == {name}


#: A title whose complement the name's run goes on with is one title, through its preposition and article:
#: the run's words before the name ("United States", "Air Force", "Vermont") were a title of their own and
#: the words before the run a second one, cut at its preposition ("Air Force; Secretary of").
_COMPLEMENT_TITLES = [
    (
        "Afghan Ambassador to the United States Omar Haddad said the talks resumed.",
        "Afghan Ambassador to the United States",
    ),
    ("Secretary of the Air Force Jim Rocher said the deal was fair.", "Secretary of the Air Force"),
    ("The talks stalled. Senator from Vermont Tom Reddle said the bill was wrong.", "Senator from Vermont"),
    # only the complement's own preposition: "According to" is no part of the title
    (
        "According to Afghan Ambassador to the United States Omar Haddad, the talks resumed. Haddad said the "
        "talks were good.",
        "Afghan Ambassador to the United States",
    ),
]


@pytest.mark.parametrize(("text", "title"), _COMPLEMENT_TITLES, ids=[t[:20] for t, _ in _COMPLEMENT_TITLES])
def test_a_titles_complement_is_part_of_the_title(text: str, title: str) -> None:
    said = extract(text).attributions[-1]
    assert said.actor is not None and said.actor.title == title


def test_a_long_gap_between_a_role_and_a_name_is_read_at_once() -> None:
    """The words between a role and a name are matched in linear time: a run of spaces before a word that
    ends the match was split every way it could be (2^n tries; 40 spaces would take days)."""
    import signal

    def too_slow(signum: int, frame: object) -> None:
        raise TimeoutError("the gap between the role and the name is matched in exponential time")

    gap = " " * 40
    text = f"\u201cSales will recover,\u201d said the chairman of Velko Motors,{gap}longtime friend Jo Fox."
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(60)
    try:
        (said,) = extract(text).attributions
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert said.source is not None and said.source.text.startswith("the chairman")
