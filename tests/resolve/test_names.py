"""Names within an article: an honorific or title with a surname, or a surname alone, is the full name given
elsewhere; titles before a name are titles, not part of it; particles ("bin", "van") are part of it."""

from __future__ import annotations

import pytest
from resolving import Resolve, SourceRef

from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment
from sourcetrace.resolve import resolve_article
from sourcetrace.resolve.names import NameBook
from sourcetrace.types import Attribution, Span

HONORIFICS = (
    "Daniel Okafor opened the hearing on Monday. Mr Okafor said the plan would work. Sen. Ruth Palmer "
    "disagreed. Later Sen. Palmer said it would fail. Dr. Tomasz Wierzba operated on the mayor. "
    "Dr. Wierzba said the surgery went well. U.S. District Judge Ellen Marsh ruled on Friday. "
    "Judge Marsh said the law was void. Ms. Palmer did not reply."
)
TITLES = (
    "Agency Administrator Charles Dunmore announced the launch. Conservative MP Philip Lanyard commented "
    "later. Crown Prince Khalid bin Faris of Qadira accepted the report. Regional Railway Manager Priya "
    "Ranganathan told reporters the line would reopen. President Bashar al-Nouri spoke on television. "
    "Professor Ludwig van Dressel wrote to the council."
)
PRINCIPAL = (
    "Principal Jo Fox said the school would close. The principal said it was sad. Deputy Ivo Marsh said the "
    "road was shut."
)
ACCENTED = (
    "Coach Émilie Durand said the team was tired. Durand said it would rest. Health Minister Łukasz Wrona "
    "said the hospital was full."
)
NAMED_BY_TITLE = (
    "Qadira's Prime Minister, Omar Haddad, said the boats would be turned back. Former US Ambassador to the "
    "United Nations Carla Benning wrote on Twitter that it was a mistake. Member of Parliament (MP) Yvonne "
    "Carrick of the Labour Party added that it was wrong."
)
INITIALS = (
    "Jonah A. I. Pierce, chair of the Harlow Trust, wrote that the fund was empty. Nobody was more surprised "
    "than I. Pierce said on Friday that it would recover."
)
HYPHENATED_TITLES = (
    "Alliance Secretary-General Ivar Dahl wrote that the gains must not be lost. Jo King-Smith, a farmer, "
    "said the harvest was poor."
)
SUFFIXES = (
    "Guests included Dana Whit, Marcus Ellery Jr., and Paul Rees. During the broadcast, Ellery said the show "
    "was moving. Tomas Brandt III chaired the panel. Brandt said it went well."
)
ADVERBS = (
    "Jonah Pierce chairs the Harlow Trust. Later Pierce said the fund was empty. Earlier Dana Holt said it "
    "was full. Separately Dana Holt added that it would recover."
)
REGNAL = "King Edmund III opened the session. Edmund III said the crown would pay for the repairs."
SURNAMES = (
    "Volodymyr Kravets, 23, pleaded not guilty on Tuesday. The court heard that Kravets had said he was "
    "sorry. Khalid bin Faris spoke later. Faris said he accepted responsibility. Bashar al-Nouri replied "
    "that Nouri would never resign."
)

PARTICLES = (
    "Yesterday, Kurt van Helden, the mayor of Ostrava, ended his campaign. Van Helden made the announcement "
    "on television. Support for van Helden was low. Mayor van Helden, a member of the Civic Party, spoke on "
    "the radio. Later De Rossa said the plan would fail, and Ana de Rossa was not alone."
)

@pytest.mark.parametrize(
    ("text", "source", "name", "title"),
    [
        (HONORIFICS, "Mr Okafor", "Daniel Okafor", None),
        (HONORIFICS, "Sen. Palmer", "Ruth Palmer", "Senator"),
        (HONORIFICS, "Ms. Palmer", "Ruth Palmer", None),
        (HONORIFICS, "Dr. Wierzba", "Tomasz Wierzba", None),
        (HONORIFICS, "Judge Marsh", "Ellen Marsh", "Judge"),
        (TITLES, "Agency Administrator Charles Dunmore", "Charles Dunmore", "Administrator"),
        (TITLES, "Conservative MP Philip Lanyard", "Philip Lanyard", "Conservative MP"),
        (TITLES, "Crown Prince Khalid bin Faris of Qadira", "Khalid bin Faris", "Crown Prince"),
        (TITLES, "Regional Railway Manager Priya Ranganathan", "Priya Ranganathan", "Manager"),
        (TITLES, "President Bashar al-Nouri", "Bashar al-Nouri", "President"),
        (TITLES, "Ludwig van Dressel", "Ludwig van Dressel", None),
        (NAMED_BY_TITLE, "Qadira's Prime Minister, Omar Haddad", "Omar Haddad", "Prime Minister"),
        (
            NAMED_BY_TITLE,
            "Former US Ambassador to the United Nations Carla Benning",
            "Carla Benning",
            "Ambassador",
        ),
        (
            NAMED_BY_TITLE,
            "Member of Parliament (MP) Yvonne Carrick of the Labour Party",
            "Yvonne Carrick",
            "Member of Parliament",
        ),
        (SURNAMES, ("Kravets", 1), "Volodymyr Kravets", None),
        (SURNAMES, "Faris", "Khalid bin Faris", None),
        # initials between given name and surname are part of the name, "I." too (the pronoun "I" opens none)
        (
            INITIALS,
            "Jonah A. I. Pierce, chair of the Harlow Trust,",
            "Jonah A. I. Pierce",
            "chair of the Harlow Trust",
        ),
        (INITIALS, ("Pierce", 1), "Jonah A. I. Pierce", None),
        # a generational suffix stays with the name its surname stands for
        (SUFFIXES, "Ellery", "Marcus Ellery Jr.", None),
        (SUFFIXES, ("Brandt", 1), "Tomas Brandt III", None),
        # an adverb opening the sentence is no first name
        (ADVERBS, "Later Pierce", "Jonah Pierce", None),
        (ADVERBS, "Earlier Dana Holt", "Dana Holt", None),
        (ADVERBS, "Separately Dana Holt", "Dana Holt", None),
        # a hyphenated title is a title, a double-barrelled name a name
        (HYPHENATED_TITLES, "Alliance Secretary-General Ivar Dahl", "Ivar Dahl", "Secretary-General"),
        (HYPHENATED_TITLES, "Jo King-Smith, a farmer,", "Jo King-Smith", None),
        # a particle is one word whatever its case: "Van Helden" opening a sentence is "van Helden"
        (PARTICLES, "Van Helden", "Kurt van Helden", None),
        # ("Mayor" is said again by "the mayor of Ostrava": the title is given once, the longer)
        (PARTICLES, "Mayor van Helden, a member of the Civic Party,", "Kurt van Helden", "mayor of Ostrava"),
        (PARTICLES, "Later De Rossa", "Ana de Rossa", None),
        # "Principal" and "Deputy" are titles of their own, not only modifiers of one
        (PRINCIPAL, "Principal Jo Fox", "Jo Fox", "Principal"),
        (PRINCIPAL, "The principal", "Jo Fox", "Principal"),
        (PRINCIPAL, "Deputy Ivo Marsh", "Ivo Marsh", "Deputy"),
        # a capital with an accent is a capital: "Émilie", "Łukasz"
        (ACCENTED, "Coach Émilie Durand", "Émilie Durand", "Coach"),
        (ACCENTED, "Durand", "Émilie Durand", "Coach"),
        (ACCENTED, "Health Minister Łukasz Wrona", "Łukasz Wrona", "Health Minister"),
        # a regnal number keeps its capitals
        (REGNAL, "King Edmund III", "Edmund III", None),
    ],
)
def test_one_person_one_name(
    resolve: Resolve, text: str, source: SourceRef, name: str, title: str | None
) -> None:
    (attribution,) = resolve(text, source)
    assert attribution.source_type == "person"
    assert attribution.actor is not None and attribution.actor.name == name
    if title is not None:
        assert attribution.actor.title is not None and title in attribution.actor.title


NAMED_LATER = (
    "Ohio federal judge says the tax violates the constitution\n\n"
    "On Friday, a federal judge in Ohio ruled the tax unconstitutional. In response to a lawsuit, U.S. "
    "District Judge Ellen Marsh ruled the tax violated the due process clause.\n\n"
    "A spokeswoman for Mayor Tom Reyes says the city will appeal. City communications director Jana Holm "
    "spoke to reporters on Friday.\n\n"
    "Later a judge in Texas ruled on a similar case."
)


@pytest.mark.parametrize(
    ("source", "source_type", "name"),
    [
        ("Ohio federal judge", "person", "Ellen Marsh"),
        ("a federal judge in Ohio", "person", "Ellen Marsh"),
        ("A spokeswoman for Mayor Tom Reyes", "person", "Jana Holm"),
        ("a judge in Texas", "anonymous_individual", None),
    ],
)
def test_an_unnamed_mention_named_in_the_next_sentences(
    resolve: Resolve, source: str, source_type: str, name: str | None
) -> None:
    (attribution,) = resolve(NAMED_LATER, source)
    assert attribution.source_type == source_type
    assert (attribution.actor.name if attribution.actor else None) == name


PLACES = (
    "President Alma Torvik spoke at a rally on Monday. On Tuesday the President traveled north to take part "
    "in a celebration at Mount Rushmore. He delivered a speech in which he condemned the vandals."
)


def test_a_place_named_like_a_person_is_no_person(resolve: Resolve) -> None:
    """ "Mount Rushmore" is a place: a pronoun after it still refers to the person before it."""
    (attribution,) = resolve(PLACES, "He")
    assert attribution.actor is not None and attribution.actor.name == "Alma Torvik"


AFFILIATED = (
    "The survey was a joint project between Nina Marsh of the Coastal Ecology Institute and Owen Rollings of "
    "Blue Reef Charters, a company that runs diving trips.\n\n"
    'Rollings remarked, "In ten years of diving at the reef, we had never seen this."'
)


def test_a_surname_alone_is_the_person_the_parser_took_for_an_organisation() -> None:
    """ "Owen Rollings of Blue Reef Charters" read as one organisation, and the lone "Rollings" as a plural
    common noun (as the parser reads some such names): the surname is still the person named earlier."""
    nlp = load_model()
    doc = nlp(AFFILIATED)
    start = AFFILIATED.index("Owen")
    swallowed = doc.char_span(start, AFFILIATED.index(",", start), label="ORG")
    assert swallowed is not None
    doc.ents = [swallowed]  # and nothing else: not the lone surname as a person
    start = AFFILIATED.index("Rollings remarked")
    source, cue = Span.of(AFFILIATED, start, start + 8), Span.of(AFFILIATED, start + 9, start + 17)
    attribution = Attribution("a0", "indirect", cue, source, None)
    (resolved,), _ = resolve_article(AFFILIATED, [Segment(0, doc)], [attribution], nlp=nlp)
    assert resolved.source_type == "person"
    assert resolved.actor is not None and resolved.actor.name == "Owen Rollings"


NAMED_AFTER = (
    "Truck makers seek more aid\n\n"
    "The Swedish truck manufacturer Norvik, which has been badly hit by the slump, has asked the government "
    "for a loan, saying it plans to cut 2,000 jobs.\n\n"
    "In addition, Norvik will stop making the Norvik Falcon, the Ridgeline and the Mako.\n"
)


def test_a_name_is_not_joined_to_a_longer_name_of_another_thing() -> None:
    """ "the Norvik Falcon", named after the maker the article called "Norvik" before it, is no person whose
    first name "Norvik" would be: the named head of the source is the actor."""
    from sourcetrace.pipeline import extract

    first = extract(NAMED_AFTER).attributions[0]
    assert first.source is not None and first.source.text.startswith("The Swedish truck manufacturer Norvik")
    assert first.source_type == "organization"
    assert first.actor is not None and first.actor.name == "Norvik"


@pytest.mark.parametrize(
    "text",
    [
        "General Tractors said on Monday that it would cut 2,000 jobs.",
        "Major League Curling said the season would start in May.",
        "Captain Marine Industries said the ferry would run again.",
        "President's Choice said the recall covered two products.",
    ],
)
def test_a_title_that_opens_an_organisation_titles_no_person(text: str) -> None:
    """ "General Tractors" (tagged an organisation whole), "Captain Marine Industries" (a company's last
    word), "President's Choice" (a title owns no name): no titled name of a person."""
    from sourcetrace.resolve.names import NameBook

    names = NameBook(text, [Segment(0, load_model()(text))])
    assert [m for m in names.mentions if m.title or len(m.words) > 1] == []


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Brisk Motors will stop making the Brisk Falcon, the QX Ranger and the Mako, the company said.",
            "QX Ranger",
        ),
        (
            "Sales of the Norvik Tundra fell by half, Norvik Motors said. Norvik Tundra owners were told to "
            "return their cars.",
            "Norvik Tundra",
        ),
    ],
)
def test_a_product_is_no_person(text: str, thing: str) -> None:
    """ "the Norvik Tundra", "the QX Ranger": a name right after "the", with no title and no word the parser
    tags as a person's, names a thing (a maker's model), not a person."""
    from sourcetrace.resolve.names import NameBook

    names = NameBook(text, [Segment(0, load_model()(text))])
    assert thing not in names.people


@pytest.mark.parametrize(
    "text",
    [
        "In that house there was a girl, she was a Halvadi, she was from the north. She told me that she has "
        "the same story too.",
        "There I met a woman who is an Orvadiga. She told me that she has the same story too.",
    ],
)
def test_a_predicate_nominal_is_no_name(resolve: Resolve, text: str) -> None:
    """ "she was a Halvadi": a noun after "was a/an" says what someone is (a people, a demonym), whatever the
    parser tags it; no person of that name, and no pronoun resolves to one."""
    names = NameBook(text, [Segment(0, load_model()(text))])
    assert names.people == {}
    (attribution,) = resolve(text, "She")
    assert attribution.actor is None
