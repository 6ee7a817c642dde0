"""The rules of `extract.quote_speakers`: speakers right beside a quote (a verb after it, a signature)."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, describe_all, direct

SPEAKER_AFTER = [
    # the parser hangs the name on a noun inside the quote, and "said" has no subject
    pytest.param(
        "“Very good reporter, very good reporter this guy,” Hale, the 2016 GOP presidential frontrunner "
        "nationally and current polling leader in South Carolina by a wide margin after winning the New "
        "Hampshire primaries, said when Boyle asked him a question.",
        direct("said", "Hale", "“Very good reporter, very good reporter this guy,”"),
        id="name-set-off-without-subject",
    ),
    pytest.param(
        "“He just stopped and asked how we win this county,” Will Estrada, the chairman of the party in the "
        "northern exurbs of the state capital, said in an interview.",
        direct("said", "Will Estrada, the chairman of the party in the northern exurbs of the state capital,",
               "“He just stopped and asked how we win this county,”"),
        id="long-subject-between-quote-and-said",
    ),
    pytest.param(
        "“We will not back down from this fight,” said Maria Lindqvist, the union's president.",
        direct("said", "Maria Lindqvist, the union's president", "“We will not back down from this fight,”"),
        id="said-X-appositive",
    ),
    pytest.param(
        "“The talks have collapsed,” the minister said.",
        direct("said", "the minister", "“The talks have collapsed,”"),
        id="X-said",
    ),
    pytest.param(
        "“The budget is balanced for the first time in a decade,” Governor Tom Harwick said on Tuesday.",
        direct("said", "Governor Tom Harwick", "“The budget is balanced for the first time in a decade,”"),
        id="X-said-on-day",
    ),
    pytest.param(
        # "night" after the verb is parsed as a second subject (the double space): the one before the verb wins
        "\"It reminds us how important this election is,\" Sen. Jo Roe (R-Fla.) said Saturday night  at the "
        "debate, which was held in Houston.",
        direct("said", "Sen. Jo Roe (R-Fla.)", "\"It reminds us how important this election is,\""),
        id="X-said-time-as-second-subject",
    ),
    pytest.param(
        "“There is no money left in the fund,” Treasurer Ana Ruiz told reporters on Monday.",
        direct("told", "Treasurer Ana Ruiz", "“There is no money left in the fund,”"),
        id="X-told-reporters",
    ),
    pytest.param(
        "“We are not going anywhere,” added Jonas Weber, a spokesman for the protesters.",
        direct("added", "Jonas Weber, a spokesman for the protesters", "“We are not going anywhere,”"),
        id="added-X",
    ),
    pytest.param(
        "The police chief spoke to reporters outside the station. “Nobody was hurt in the blast,” he said.",
        direct("said", "he", "“Nobody was hurt in the blast,”"),
        id="pronoun-after",
    ),
    pytest.param(
        '"The vote was rigged from the start," said Carlos Mendes, the opposition leader.',
        direct("said", "Carlos Mendes, the opposition leader", '"The vote was rigged from the start,"'),
        id="straight-said-X",
    ),
    pytest.param(
        '"The harvest is the worst in living memory," the farmers\' association said.',
        direct("said", "the farmers' association", '"The harvest is the worst in living memory,"'),
        id="straight-X-said",
    ),
    pytest.param(
        "“We will not back down”, the minister said.",
        direct("said", "the minister", "“We will not back down”"),
        id="comma-outside-the-quote",
    ),
    pytest.param(
        "''We have no plans to leave the city,'' said Martha Greene, the company's founder.",
        direct("said", "Martha Greene, the company's founder", "''We have no plans to leave the city,''"),
        id="two-apostrophes-said-X",
    ),
    pytest.param(
        "“Does he not understand what the treaty says?” the senator said.",
        direct("said", "the senator", "“Does he not understand what the treaty says?”"),
        id="question-then-X-said",
    ),
    pytest.param(
        "“We will never surrender this land!” Chief Ana Torres shouted.",
        direct("shouted", "Chief Ana Torres", "“We will never surrender this land!”"),
        id="exclamation-then-X-shouted",
    ),
    pytest.param(
        "The coach was asked where the team would play next season. “Denver,” he answered.",
        direct("answered", "he", "“Denver,”"),
        id="one-word-answer",
    ),
    pytest.param(
        "The comedian joked, “Nobody here has slept in three days,” drawing loud laughter from the hall.",
        direct("joked", "The comedian", "“Nobody here has slept in three days,”"),
        id="verb-before-not-participle-after",
    ),
    pytest.param(
        "“The committee has faced serial delays from the start,”\xa0added Senator Ruth Gowan.",
        direct("added", "Senator Ruth Gowan", "“The committee has faced serial delays from the start,”"),
        id="no-break-space-before-verb",
    ),
    pytest.param(
        '"Donald Trump is not a racist, guys," LeVell assured the mostly white crowd.',
        direct("assured", "LeVell", '"Donald Trump is not a racist, guys,"'),
        id="name-tagged-interjection-before-verb",
    ),
    pytest.param(
        # the tagger takes "notes" for a plural noun after the name
        "“Cruz appeals to Reagan Democrats. His position on the issues of importance to Reagan Democrats is "
        "basically the same as Trump, it’s just that Trump articulates it differently,” Viguerie notes.",
        direct("notes", "Viguerie", "“Cruz appeals to Reagan Democrats. His position on the issues of importance "
               "to Reagan Democrats is basically the same as Trump, it’s just that Trump articulates it "
               "differently,”"),
        id="X-notes-tagged-as-noun",
    ),
    pytest.param(
        # the parse hangs the quote in the clause before the colon; the verb after it is the quote's own cue
        "He said he was too busy to look for evidence that would back up his statements: \"I have a lot "
        "going on. Good luck with the story,\" he wrote.",
        direct("wrote", "he", '"I have a lot going on. Good luck with the story,"'),
        id="quote-after-colon-with-its-own-verb",
    ),
    pytest.param(
        "He said he was too busy to look for evidence that would back up his statements: \"I have a lot "
        "going on. Good luck with the story,\" he wrote.",
        Expected("said", "He", "he was too busy to look for evidence that would back up his statements",
                 "indirect"),
        id="clause-before-colon-keeps-its-own-cue",
    ),
    pytest.param(
        # a quote inside the subject of the verb after it is not that verb's quote
        'Ms. Hale, the co-author of "Going Viral," about the spread of rumours, said the days of a single '
        "shared story are gone.",
        Expected("said", 'Ms. Hale, the co-author of "Going Viral," about the spread of rumours,',
                 "the days of a single shared story are gone", "indirect"),
        id="quote-inside-the-subject-is-not-its-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_AFTER)
def test_speaker_after_the_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: The speaker inverted after a quote, or named right after it with a verb that ends the sentence, whatever
#: the verb.
INVERTED = [
    pytest.param(
        "“Is he really so ignorant of the voters of the South?” Roe continued.",
        direct("continued", "Roe", "“Is he really so ignorant of the voters of the South?”"),
        id="question-X-continued",
    ),
    pytest.param(
        "“We had written two dozen songs before we met him,” she recalled.",
        direct("recalled", "she", "“We had written two dozen songs before we met him,”"),
        id="pronoun-recalled",
    ),
    pytest.param(
        "“Is he profiling our athletes?” reacted Jo Roe.",
        direct("reacted", "Jo Roe", "“Is he profiling our athletes?”"),
        id="question-reacted-X",
    ),
    pytest.param(
        "“You can handle this very well!” posted Ann Marie Doe.",
        direct("posted", "Ann Marie Doe", "“You can handle this very well!”"),
        id="exclamation-posted-X",
    ),
    pytest.param(
        # the parser splits the hyphenated title into three subjects of "said": one speaker, not "study co"
        "“Now we are seeing a new process, where warm water cuts into the shelf from below,” said study "
        "co-author Jo Roe of the Harbour Institute for Research in Polar Sciences (HIRPS).",
        direct("said", "study co-author Jo Roe of the Harbour Institute for Research in Polar Sciences (HIRPS)",
               "“Now we are seeing a new process, where warm water cuts into the shelf from below,”"),
        id="hyphenated-title-read-as-several-subjects",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_speaker_inverted_after_the_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A quote that neither ends as speech nor is set off by a comma is a title or a phrase: the verb after it is
#: not its speaker.
NOT_SPOKEN = [
    pytest.param(
        "Speaking to the network's “Morning Report,” the campaign's chief strategist Jo Roe on Monday lashed "
        "out at what he called an increasingly nasty campaign.",
        "“Morning Report,”",
        id="title-before-a-long-subject-and-a-phrasal-verb",
    ),
    pytest.param(
        "In an interview with “The Morning Show,” the former secretary of state and current nominee said she "
        "wanted to speak directly to voters.",
        "“The Morning Show,”",
        id="title-before-a-long-subject-whose-verb-has-its-own-content",
    ),
    pytest.param(
        "“Orange is the New Black” star Jo Roe opened up about being described as a “real woman” in a blog.",
        "“Orange is the New Black”",
        id="title-before-a-name",
    ),
    pytest.param(
        "He warned that the country would go to the “back of the queue” if it wanted a trade deal.",
        "“back of the queue”",
        id="phrase-before-a-clause",
    ),
    pytest.param(
        "The advert ends with a clip of the mayor at the debate, “That makes me smart,” when his rival "
        "attacked him for paying no tax.",
        "“That makes me smart,”",
        id="clause-of-time-after-the-quote",
    ),
    pytest.param(
        "From March 15 to 17, the city of Dunmore played host to the tenth Spring Gathering, an annual event "
        'dedicated to the "furry fandom." Wikinews attended. Programming ranged from music to art.',
        'the "furry fandom."',
        id="phrase-closing-a-sentence-before-a-name-and-a-verb",
    ),
]


def test_a_verb_before_its_own_quote_is_not_the_previous_quotes(articles: Articles) -> None:
    """ "“…B.” To which she said, “C.”": the verb of the next sentence, right before a quote of its own,
    introduces that quote; the quote before it is the clause before the colon's ("I had to change my
    answer: “…”")."""
    text = ('She became so upset, and drove so erratically, that I had to change my answer: "Of course I '
            'believe in ghosts. I was just kidding." To which she said, "Thank God you still believe in ghosts."')
    article = articles[text]
    said = [a for a in article.attributions if a.cue.text == "said"]
    assert len(said) == 1 and said[0].content is not None, describe_all(article)
    # "To which" links to what was said before; it is not said now
    assert said[0].content.text == '"Thank God you still believe in ghosts."', describe_all(article)
    first = '"Of course I believe in ghosts. I was just kidding."'
    holder = [a for a in article.attributions if a.content is not None and first in a.content.text]
    assert [(a.cue.text, a.source.text if a.source else None) for a in holder] == [("had", "I")], describe_all(article)


@pytest.mark.parametrize(("text", "quoted"), NOT_SPOKEN)
def test_title_or_phrase_is_not_said_by_the_verb_after_it(articles: Articles, text: str, quoted: str) -> None:
    article = articles[text]
    assert [a.cue.text for a in article.attributions if a.content is not None and a.content.text == quoted] == []


#: Reader comments, tweets and vox pops: the quote signed with a dash and a name, maybe in the next paragraph.
SIGNED = [
    pytest.param(
        "“We have waited long enough for this road.” ― Jane Roe, Ohio",
        direct("―", "Jane Roe", "“We have waited long enough for this road.”"),
        id="dash-same-line",
    ),
    pytest.param(
        '"Prices keep going up and nobody listens."\n\n-Tom Hale, Dayton.',
        direct("-", "Tom Hale", '"Prices keep going up and nobody listens."'),
        id="hyphen-next-paragraph",
    ),
    pytest.param(
        "“How did we get this low?”\xa0― Jacklyn Ashley\xa0\n“Next reader’s comment, in the next paragraph.”",
        direct("―", "Jacklyn Ashley", "“How did we get this low?”"),
        id="no-break-spaces",
    ),
    pytest.param(
        "Readers wrote in.\n\n”Fear. I am truly afraid of what comes next.” ― Ann Lee",
        direct("―", "Ann Lee", "”Fear. I am truly afraid of what comes next.”"),
        id="reversed-opening-mark",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_signed_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_bullet_line_after_a_quote_is_not_a_signature(articles: Articles) -> None:
    text = '"We need the money now."\n- The Senate voted on the bill yesterday and passed it.'
    assert [a for a in articles[text].attributions if a.cue.text == "-"] == []


def test_a_horizontal_bar_is_read_as_a_dash() -> None:
    """HuffPost's "―" (U+2015) set off an aside; tagged a noun, it made the parse swallow the next clause, and
    "noted" took "Mr. Brook boasted, “…”" into its content."""
    from sourcetrace.pipeline import extract

    text = ("When Ms. Lind noted that Mr. Brook has sometimes paid nothing in federal income taxes ― as was true "
            "for the years his returns were made public ― Mr. Brook boasted, “That makes me smart.”")
    found = {a.cue.text: a for a in extract(text).attributions}
    assert found["noted"].content is not None and "boasted" not in found["noted"].content.text
    boasted = found["boasted"]
    assert (boasted.kind, boasted.parent, boasted.source and boasted.source.text) == ("direct", None, "Mr. Brook")
