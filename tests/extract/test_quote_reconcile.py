"""The rules of `extract.quote_reconcile`: mixed, continued and interrupted quotes; two speakers."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, direct

MIXED = [
    pytest.param(
        # the verb of the next sentence has an object of its own: it does not take the quote
        "Addressing the party's annual gala, the governor said the South has “treated me so well.” He touted "
        "his victories in various states.",
        Expected("said", "the governor", "the South has “treated me so well.”", "mixed"),
        id="next-sentence-verb-with-its-own-object",
    ),
    pytest.param(
        # a participle that qualifies a noun after the quote is not its speaker
        "He says no one in the race is “on pace to get 1,237 delegates,” the number needed to secure the "
        "nomination.",
        Expected("says", "He", "no one in the race is “on pace to get 1,237 delegates,” the number needed to "
                 "secure the nomination", "mixed"),
        id="participle-after-the-quote-qualifies-a-noun",
    ),
    pytest.param(
        # the quote ends the speaker's own clause: the speaker after it does not take the quote alone
        "Teachers who connect online with the association are “very, very pro-union,” Kilfoyle said.",
        Expected("said", "Kilfoyle",
                 "Teachers who connect online with the association are “very, very pro-union,”", "mixed"),
        id="clause-ending-in-a-quote-before-X-said",
    ),
    pytest.param(
        'The talks were "a waste of time," the minister said on Twitter. "Nothing was agreed, and nothing will '
        'be."',
        Expected("said", "the minister", 'The talks were "a waste of time," the minister said on Twitter. '
                 '"Nothing was agreed, and nothing will be."', "mixed",
                 parts=('The talks were "a waste of time,"', '"Nothing was agreed, and nothing will be."')),
        id="mixed-goes-on-into-the-next-quote",
    ),
    pytest.param(
        'The senator said the plan was "a disaster for working families" and would never pass.',
        Expected("said", "The senator", 'the plan was "a disaster for working families" and would never pass',
                 "mixed"),
        id="quoted-phrase-inside",
    ),
    pytest.param(
        "The minister said the plan would “destroy thousands of jobs” in the north.",
        Expected("said", "The minister", "the plan would “destroy thousands of jobs” in the north", "mixed"),
        id="curly-quoted-phrase-inside",
    ),
    pytest.param(
        'The senator said the bill was "a gift to the banks."',
        Expected("said", "The senator", 'the bill was "a gift to the banks."', "mixed"),
        id="quoted-phrase-at-end",
    ),
    pytest.param(
        'The ambassador said the talks were "constructive" and that both sides would meet again.',
        Expected("said", "The ambassador", 'the talks were "constructive" and that both sides would meet again',
                 "mixed"),
        id="quoted-word",
    ),
    pytest.param(
        "The governor praised the volunteers, telling reporters they were “the best of this state.”",
        Expected("praised", "The governor", "the volunteers", "indirect"),
        id="sibling-participle-takes-its-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


SEVERAL_SENTENCES = [
    pytest.param(
        "Helen Osei, an epidemiologist at the institute, said: “The results surprised us. We expected a small "
        "effect. Instead we saw the rate fall by half.”",
        direct("said", "Helen Osei, an epidemiologist at the institute,",
               "“The results surprised us. We expected a small effect. Instead we saw the rate fall by half.”"),
        id="before-colon-three-sentences",
    ),
    pytest.param(
        "“The storm destroyed the harbor. Dozens of boats sank. It will take years to rebuild,” said Harbor "
        "Master Ivan Petrov.",
        direct("said", "Harbor Master Ivan Petrov",
               "“The storm destroyed the harbor. Dozens of boats sank. It will take years to rebuild,”"),
        id="after-said-X-three-sentences",
    ),
    pytest.param(
        "“The storm destroyed the harbor. Dozens of boats sank,” the harbor master said.",
        direct("said", "the harbor master", "“The storm destroyed the harbor. Dozens of boats sank,”"),
        id="after-X-said-two-sentences",
    ),
    pytest.param(
        '"Prices have doubled since spring. Families are skipping meals," said Noor Farah, a food bank director.',
        direct("said", "Noor Farah, a food bank director",
               '"Prices have doubled since spring. Families are skipping meals,"'),
        id="straight-after-two-sentences",
    ),
    pytest.param(
        # a quote nobody introduces, right after an indirect attribution, goes on with it
        "He added that there should not be a focus on some artificial number. “I think that whoever gets the "
        "most delegates should win.”",
        Expected("added", "He", "that there should not be a focus on some artificial number. “I think that "
                 "whoever gets the most delegates should win.”", "mixed",
                 parts=("that there should not be a focus on some artificial number",
                        "“I think that whoever gets the most delegates should win.”")),
        id="quote-continues-indirect-before-it",
    ),
    pytest.param(
        'This makes it harder to dislodge misinformation, he said. "Good information can still drive out bad, '
        'but usually only slowly."',
        Expected("said", "he", 'This makes it harder to dislodge misinformation, he said. "Good information can '
                 'still drive out bad, but usually only slowly."', "mixed",
                 parts=("This makes it harder to dislodge misinformation",
                        '"Good information can still drive out bad, but usually only slowly."')),
        id="quote-continues-postposed-before-it",
    ),
    pytest.param(
        "The minister said the country would take in more refugees than planned:\n\n\"That adds up to 185,000 "
        'over two years."',
        Expected("said", "The minister", "the country would take in more refugees than planned:\n\n\"That adds "
                 'up to 185,000 over two years."', "mixed",
                 parts=("the country would take in more refugees than planned",
                        '"That adds up to 185,000 over two years."')),
        id="quote-paragraph-continues-the-paragraph-before",
    ),
    pytest.param(
        "“The results surprised us,” she said.\n\n“We expected a small effect and saw the rate fall by half.”",
        Expected("said", "she", "“The results surprised us,” she said.\n\n“We expected a small effect and saw the "
                 "rate fall by half.”", "direct",
                 parts=("“The results surprised us,”",
                        "“We expected a small effect and saw the rate fall by half.”")),
        id="speaker-goes-on-in-the-next-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL_SENTENCES)
def test_quote_over_several_sentences(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


SEVERAL_PARAGRAPHS = [
    pytest.param(
        "The coach said: “We were the better team tonight and everyone in the stadium saw it.\n"
        "“We will be back next season, stronger than before.”",
        direct("said", "The coach", "“We were the better team tonight and everyone in the stadium saw it.\n"
               "“We will be back next season, stronger than before.”"),
        id="two-paragraphs-single-newline",
    ),
    pytest.param(
        "The coach said: “We were the better team tonight.\n\n“We will be back next season, stronger than before.”",
        direct("said", "The coach",
               "“We were the better team tonight.\n\n“We will be back next season, stronger than before.”"),
        id="two-paragraphs-blank-line",
    ),
    pytest.param(
        "The striking workers said in a letter: “We have been patient for three years.\n\n"
        "“We have asked for a fair wage and nothing more.\n\n“Our patience has run out.”",
        Expected("said", "The striking workers", "“We have been patient for three years.\n\n"
                 "“We have asked for a fair wage and nothing more.\n\n“Our patience has run out.”", "direct",
                 cue_exact=False),
        id="three-paragraphs-curly",
    ),
    pytest.param(
        'The harbor master said: "The storm destroyed the harbor.\n\n'
        '"Dozens of boats sank overnight and the fishermen have lost everything.\n\n'
        '"It will take years to rebuild."',
        direct("said", "The harbor master", '"The storm destroyed the harbor.\n\n'
               '"Dozens of boats sank overnight and the fishermen have lost everything.\n\n'
               '"It will take years to rebuild."'),
        id="three-paragraphs-straight",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL_PARAGRAPHS)
def test_quote_over_several_paragraphs(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


INTERRUPTED = [
    # the comma outside the marks (British style): the cue and its speaker between the quotes are not content
    pytest.param(
        '"What hurts most", the widow said, "is not seeing anyone punished. The silence is a huge '
        'disappointment."',
        direct("said", "the widow",
               '"What hurts most", the widow said, "is not seeing anyone punished. The silence is a huge '
               'disappointment."',
               parts=('"What hurts most"', '"is not seeing anyone punished. The silence is a huge disappointment."')),
        id="A-comma-outside-X-said-B",
    ),
    # the quote that opens the next paragraph goes on with the speaker of the sentence before the break
    pytest.param(
        "“Our party is the best in the land,” Jo Roe told reporters in an exclusive interview on Monday, ahead "
        "of the vote.\n\n“We have waited for this moment for years.”",
        direct("told", "Jo Roe",
               "“Our party is the best in the land,” Jo Roe told reporters in an exclusive interview on Monday, "
               "ahead of the vote.\n\n“We have waited for this moment for years.”",
               parts=("“Our party is the best in the land,”", "“We have waited for this moment for years.”")),
        id="A-X-told-long-sentence-paragraph-B",
    ),
    # the next sentence's verb ends in a colon: it introduces the quote after it, not the one before
    pytest.param(
        "“It will cost well over a million dollars,” Tenney said about the money spent against her. “It is "
        "probably going to be close to two million dollars.” She went on to say:\n\n“None of them will support "
        "the nominee.”",
        direct("said", "Tenney",
               "“It will cost well over a million dollars,” Tenney said about the money spent against her. “It is "
               "probably going to be close to two million dollars.”",
               parts=("“It will cost well over a million dollars,”",
                      "“It is probably going to be close to two million dollars.”")),
        id="A-X-said-B-then-Y-went-on-to-say-colon",
    ),
    pytest.param(
        "“The plant will close by the end of the year,” she said, “and about 400 jobs will be lost.”",
        direct("said", "she",
               "“The plant will close by the end of the year,” she said, “and about 400 jobs will be lost.”",
               parts=("“The plant will close by the end of the year,”", "“and about 400 jobs will be lost.”")),
        id="A-she-said-B",
    ),
    pytest.param(
        '"We will appeal this ruling," the lawyer said, "and we are confident of winning."',
        direct("said", "the lawyer",
               '"We will appeal this ruling," the lawyer said, "and we are confident of winning."',
               parts=('"We will appeal this ruling,"', '"and we are confident of winning."')),
        id="straight-A-X-said-B",
    ),
    pytest.param(
        "“The river is gone,” said Rita Baptiste, a farmer. “The wells are dry.”",
        direct("said", "Rita Baptiste, a farmer",
               "“The river is gone,” said Rita Baptiste, a farmer. “The wells are dry.”",
               parts=("“The river is gone,”", "“The wells are dry.”")),
        id="A-said-X-period-B",
    ),
    pytest.param(
        "“The money is gone,” the treasurer said. “Every cent of it.”",
        direct("said", "the treasurer", "“The money is gone,” the treasurer said. “Every cent of it.”",
               parts=("“The money is gone,”", "“Every cent of it.”")),
        id="A-X-said-period-fragment",
    ),
    pytest.param(
        "“This is not over,” said Councilwoman Joan Pratt. “Not by a long shot.”",
        direct("said", "Councilwoman Joan Pratt",
               "“This is not over,” said Councilwoman Joan Pratt. “Not by a long shot.”",
               parts=("“This is not over,”", "“Not by a long shot.”")),
        id="A-said-title-X-B",
    ),
    pytest.param(
        '"We will appeal," the lawyer said, "and we expect to win."',
        direct("said", "the lawyer", '"We will appeal," the lawyer said, "and we expect to win."',
               parts=('"We will appeal,"', '"and we expect to win."')),
        id="short-first-part",
    ),
    pytest.param(
        "“Nobody told us the dam was leaking,” the farmer said, “and now our houses are under water.”",
        direct("said", "the farmer",
               "“Nobody told us the dam was leaking,” the farmer said, “and now our houses are under water.”",
               parts=("“Nobody told us the dam was leaking,”", "“and now our houses are under water.”")),
        id="cue-word-inside-first-part",
    ),
    pytest.param(
        "“We expected a small effect,” said Dr. Helen Osei. “Instead we saw the rate fall by half. "
        "That is remarkable.”",
        direct("said", "Dr. Helen Osei",
               "“We expected a small effect,” said Dr. Helen Osei. “Instead we saw the rate fall by half. "
               "That is remarkable.”",
               parts=("“We expected a small effect,”",
                      "“Instead we saw the rate fall by half. That is remarkable.”")),
        id="cue-word-inside-second-part",
    ),
    pytest.param(
        "“He is not my favorite by any means,” the senator told CBS News on Tuesday, when a dozen states across "
        "the South and the West held primaries and caucuses to choose the party's nominees. “But we may be in a "
        "position where we have to rally around him.”",
        direct("told", "the senator",
               "“He is not my favorite by any means,” the senator told CBS News on Tuesday, when a dozen states "
               "across the South and the West held primaries and caucuses to choose the party's nominees. “But we "
               "may be in a position where we have to rally around him.”",
               parts=("“He is not my favorite by any means,”",
                      "“But we may be in a position where we have to rally around him.”")),
        id="long-interruption",
    ),
    pytest.param(
        # the programme's title in the speaker's sentence is not a second part of the quote
        "“Of course we are going to release our records,” the senator said during an interview on CNN’s "
        "“State of the Union” on Sunday. “Thank God, I am very healthy.”",
        direct("said", "the senator",
               "“Of course we are going to release our records,” the senator said during an interview on CNN’s "
               "“State of the Union” on Sunday. “Thank God, I am very healthy.”",
               parts=("“Of course we are going to release our records,”", "“Thank God, I am very healthy.”")),
        id="title-in-the-interruption",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_interrupted_quote(articles: Articles, text: str, expected: Expected) -> None:
    got = check(articles[text], expected)
    assert got.content is not None
    assert got.content.start == got.content_parts[0].start and got.content.end == got.content_parts[-1].end


#: Two speakers' quotes in one sentence: the first quote's own speaker keeps it.
TWO_SPEAKERS = [
    pytest.param(
        '"His normal demeanor is grumpy," she said, but despite the increasingly fractious tone, "I think he '
        'will do it," said Ms. Kunin, who has been critical of him.',
        direct("said", "she", '"His normal demeanor is grumpy,"'),
        direct("said", "Ms. Kunin, who has been critical of him", '"I think he will do it,"', occurrence=1),
        id="A-she-said-but-B-said-X",
    ),
    pytest.param(
        "“Our party is the best in the land,” Jo Roe told reporters on Monday, ahead of the vote.\n\n“We have "
        "waited for this moment for years,” said Sam Poe, her rival.",
        direct("told", "Jo Roe", "“Our party is the best in the land,”"),
        direct("said", "Sam Poe, her rival", "“We have waited for this moment for years,”"),
        id="A-X-told-paragraph-B-said-Y",
    ),
]


#: A participle of saying between a cue and a quote introduces that quote itself: each cue is its own
#: attribution, with the same speaker.
PARTICIPLE_TAKES_ITS_QUOTE = [
    pytest.param(
        "“We cannot afford this any longer,” the governor said, adding later, “The fund is costing us a "
        "fortune, and the voters know it.”",
        direct("said", "the governor", "“We cannot afford this any longer,”"),
        direct("adding", "the governor", "“The fund is costing us a fortune, and the voters know it.”"),
        id="said-adding-later",
    ),
    pytest.param(
        "“Keep your hands where I can see them,” the singer tells the crowd before asking them, “Where do we "
        "go from here?”",
        direct("tells", "the singer", "“Keep your hands where I can see them,”"),
        direct("asking", "the singer", "“Where do we go from here?”"),
        id="tells-before-asking",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), TWO_SPEAKERS + PARTICIPLE_TAKES_ITS_QUOTE)
def test_two_attributions_in_one_sentence(articles: Articles, text: str, first: Expected, second: Expected) -> None:
    """Two speakers' quotes, or a speaker's two acts, in one sentence: each quote goes to its own cue."""
    article = articles[text]
    check(article, first)
    check(article, second)


#: A name or title in quotes where a name stands (after "known as", in apposition to a noun) is no one's
#: words: no attribution takes it, whatever verb is near.
QUOTED_NAMES = [
    pytest.param(
        "The funds were raised through a charity auction offering original artwork, and a costume design by "
        "guests of honour “Don't Prick Thistles.” Last year the event raised funds for a farm sanctuary.",
        "Don't Prick Thistles",
        id="name-in-apposition",
    ),
    pytest.param(
        "Guests of honour Ana and Ivo Brandt, known within the community as “Lucky and Skuff Fox”, held a "
        "session on costume building on Saturday afternoon.",
        "Lucky and Skuff Fox",
        id="known-as-name",
    ),
]


@pytest.mark.parametrize(("text", "name"), QUOTED_NAMES)
def test_a_quoted_name_is_no_ones_words(articles: Articles, text: str, name: str) -> None:
    article = articles[text]
    assert not any(a.content is not None and name in a.content.text for a in article.attributions)


def test_a_title_case_quote_someone_says_is_theirs(articles: Articles) -> None:
    """Title case alone makes no name: a verb of saying right after the quote still takes it."""
    check(articles["“Yes We Can,” he said."], direct("said", "he", "“Yes We Can,”"))
