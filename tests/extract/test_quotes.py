# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)
"""Direct quotes (issue 2, "What it must find"): the speaker after, before or in the sentence before the quote;
quotes over several sentences and paragraphs; interrupted quotes; curly, straight and two-apostrophe marks.

Direct content includes its quotation marks and the punctuation inside them (PolNeAR's convention).
"""

from __future__ import annotations

import pytest

from sourcetrace.quotes import find_quotes

from .conftest import Articles
from .helpers import Expected, check


def direct(cue: str, source: str, content: str, parts: tuple[str, ...] = (), occurrence: int = 0) -> Expected:
    return Expected(cue, source, content, "direct", parts=parts, occurrence=occurrence)


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
]

SPEAKER_BEFORE = [
    # the inverted opener: the tagger takes the capitalised verb for part of a name
    pytest.param(
        "Experts doubt the plan. Said Ellis: “I don’t get the sense she’s the least bit interested in reform.”",
        direct("Said", "Ellis", "“I don’t get the sense she’s the least bit interested in reform.”"),
        id="Said-X-colon",
    ),
    pytest.param(
        'Said Dana Cole, "The thought that an error of mine made a difference is awful."',
        direct("Said", "Dana Cole", '"The thought that an error of mine made a difference is awful."'),
        id="Said-X-comma",
    ),
    pytest.param(
        "The board met twice. Added the chairman, “We will not back down on this one.”",
        direct("Added", "the chairman", "“We will not back down on this one.”"),
        id="Added-the-X-comma",
    ),
    # where the quote is from, then a colon (the cue)
    pytest.param(
        "Not all web panels are equal. From the report: “Samples with longer field periods were more accurate.”",
        direct(":", "the report", "“Samples with longer field periods were more accurate.”"),
        id="From-X-colon",
    ),
    pytest.param(
        "More from Ann Roe and Sam Poe: “Data collected by our firm confirms that both issues were in play.”",
        direct(":", "Ann Roe and Sam Poe", "“Data collected by our firm confirms that both issues were in play.”"),
        id="More-from-X-colon",
    ),
    pytest.param(
        "Senator Alan Brooks said: “This bill will cost taxpayers billions of dollars.”",
        direct("said", "Senator Alan Brooks", "“This bill will cost taxpayers billions of dollars.”"),
        id="X-said-colon",
    ),
    pytest.param(
        "Police Commissioner Dana Walsh said on Friday: “We have arrested three men in connection with the attack.”",
        direct("said", "Police Commissioner Dana Walsh",
               "“We have arrested three men in connection with the attack.”"),
        id="X-said-on-day-colon",
    ),
    pytest.param(
        "The ferry company said in a statement: “All sailings are cancelled until further notice.”",
        Expected("said", "The ferry company", "“All sailings are cancelled until further notice.”", "direct",
                 cue_exact=False),
        id="said-in-a-statement-colon",
    ),
    pytest.param(
        'Carlos Mendes, the opposition leader, said: "The vote was rigged from the start."',
        direct("said", "Carlos Mendes, the opposition leader,", '"The vote was rigged from the start."'),
        id="straight-X-said-colon",
    ),
    pytest.param(
        "Martha Greene, the company's founder, said: ''We have no plans to leave the city.''",
        direct("said", "Martha Greene, the company's founder,", "''We have no plans to leave the city.''"),
        id="two-apostrophes-X-said-colon",
    ),
    pytest.param(
        "Dr. Helen Osei said: “The results surprised us.”",
        direct("said", "Dr. Helen Osei", "“The results surprised us.”"),
        id="title-Dr-X-said-colon",
    ),
    pytest.param(
        # the parser hangs the subject on the fronted phrase, as an apposition to "the Observer"
        "In a statement to the Observer, her senior policy adviser, Jo Roe, said: “The governor believes that "
        "cooperation is essential, and that it is strongest when the region is united.”",
        direct("said", "her senior policy adviser, Jo Roe,", "“The governor believes that cooperation is essential, "
               "and that it is strongest when the region is united.”"),
        id="subject-taken-for-an-apposition-in-a-fronted-phrase",
    ),
    pytest.param(
        "“Look at what you did,” the mayor said. Her rival responded, “We fixed the roads you left broken.”",
        direct("responded", "Her rival", "“We fixed the roads you left broken.”"),
        id="second-speaker-takes-next-quote",
    ),
    pytest.param(
        "“Look at what you did,” the mayor said. Her rival responded, “We fixed the roads you left broken.”",
        direct("said", "the mayor", "“Look at what you did,”"),
        id="first-speaker-keeps-own-quote",
    ),
    pytest.param(
        "The vote was close. As Tom Ridge, a former secretary, put it: “The barbarians are no longer at the "
        "gate. They are inside.”",
        direct("put", "Tom Ridge, a former secretary,",
               "“The barbarians are no longer at the gate. They are inside.”"),
        id="as-X-put-it-colon",
    ),
    pytest.param(
        'Few were convinced. As one analyst puts it, "Senate Republicans are unmoved, and activists are '
        'uninspired."',
        direct("puts", "one analyst", '"Senate Republicans are unmoved, and activists are uninspired."'),
        id="as-X-puts-it-comma",
    ),
    pytest.param(
        "The senator won an endorsement from Mike Lee, who declared in the debate spin room, “I’m sending the "
        "signal that it’s time to unite.”",
        direct("declared", "who", "“I’m sending the signal that it’s time to unite.”"),
        id="verb-where-said-comma-quote",
    ),
    pytest.param(
        # a passive after a quote that ends its sentence is not the quote's cue, however the parser splits
        "The senator won an endorsement from Mike Lee, who declared in the debate spin room, “I’m sending the "
        "signal that it’s time to unite.” The senator was also endorsed the day before by a former rival.",
        direct("declared", "who", "“I’m sending the signal that it’s time to unite.”"),
        id="passive-in-next-sentence-is-not-the-speaker",
    ),
    pytest.param(
        # the parser links "furrowed" to "looked" as a bare dependent: the series shares the subject
        "When I asked the senator if he would endorse her, he looked straight into the camera, furrowed his "
        'brow and said, "I\'m going to endorse YOU!"',
        direct("said", "he", '"I\'m going to endorse YOU!"'),
        id="series-of-verbs-and-said",
    ),
    pytest.param(
        # a clause closed by a colon right before the quote introduces it, though its verb is not one of saying
        'In Turkey on Monday, the first five questioners ranged from skeptical to hostile: "Is it time for your '
        'strategy to change?"',
        Expected("ranged", "the first five questioners", '"Is it time for your strategy to change?"', "direct",
                 cue_exact=False),
        id="clause-closed-by-a-colon",
    ),
    pytest.param(
        # ... also when the parser hangs that clause under a verb of the quote
        'But back on home soil, he returned to his familiar lines: "It\'s called America First! ... There will be '
        'no amnesty!"',
        Expected("returned", "he", '"It\'s called America First! ... There will be no amnesty!"', "direct",
                 cue_exact=False),
        id="colon-clause-under-a-verb-of-the-quote",
    ),
    pytest.param(
        # a person named right before the colon, who is not the clause's subject, speaks; the colon is the cue
        "The timing of the surge doesn’t surprise Republican pollster Dana Shaw: “Historically, lesser-known "
        "candidates have seen the biggest boost in their national support.”",
        direct(":", "Republican pollster Dana Shaw", "“Historically, lesser-known candidates have seen the "
               "biggest boost in their national support.”"),
        id="name-colon-after-a-clause",
    ),
    pytest.param(
        "Turnout has been important for these contests - Philip Bump: “Two weeks ago, the South was his "
        "strongest territory. Now it is the Northeast.”",
        direct(":", "Philip Bump", "“Two weeks ago, the South was his strongest territory. Now it is the "
               "Northeast.”"),
        id="name-colon-after-a-dash",
    ),
    pytest.param(
        "After the governor criticized her husband during a debate, Jo Roe shot back, “I suppose I could have "
        "stayed home, but I chose to fulfil my profession.”",
        Expected("shot", "Jo Roe", "“I suppose I could have stayed home, but I chose to fulfil my profession.”",
                 "direct", cue_exact=False),
        id="any-intransitive-verb-comma",
    ),
    pytest.param(
        "The crowd fell silent, and the senator interjected, “Ladies and gentlemen, our next speaker.”",
        Expected("interjected", "the senator", "“Ladies and gentlemen, our next speaker.”", "direct"),
        id="unlisted-verb-comma",
    ),
]

SPEAKER_IN_SENTENCE_BEFORE = [
    pytest.param(
        "The mayor said. “We are rebuilding every bridge in the county.”",
        direct("said", "The mayor", "“We are rebuilding every bridge in the county.”"),
        id="X-said-period",
    ),
    pytest.param(
        "The fire chief said. “The building could collapse at any moment.”",
        direct("said", "The fire chief", "“The building could collapse at any moment.”"),
        id="X-said-period-2",
    ),
    pytest.param(
        'The union leader said. "Our members will not accept a pay cut."',
        direct("said", "The union leader", '"Our members will not accept a pay cut."'),
        id="straight-X-said-period",
    ),
    pytest.param(
        "The ambassador said. “Our country will not be intimidated. We will defend our borders. We always have.”",
        direct("said", "The ambassador",
               "“Our country will not be intimidated. We will defend our borders. We always have.”"),
        id="X-said-period-several-sentences",
    ),
]

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

INTERRUPTED = [
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
]

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

TABLES = {
    "speaker_after": SPEAKER_AFTER,
    "inverted": INVERTED,
    "speaker_before": SPEAKER_BEFORE,
    "speaker_in_sentence_before": SPEAKER_IN_SENTENCE_BEFORE,
    "several_sentences": SEVERAL_SENTENCES,
    "several_paragraphs": SEVERAL_PARAGRAPHS,
    "interrupted": INTERRUPTED,
    "signed": SIGNED,
    "two_speakers": TWO_SPEAKERS,
}
ALL = [case for table in TABLES.values() for case in table]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_AFTER)
def test_speaker_after_the_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_speaker_inverted_after_the_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), SPEAKER_BEFORE)
def test_speaker_before_the_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), SPEAKER_IN_SENTENCE_BEFORE)
def test_speaker_in_the_sentence_before(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), SEVERAL_SENTENCES)
def test_quote_over_several_sentences(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), SEVERAL_PARAGRAPHS)
def test_quote_over_several_paragraphs(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_interrupted_quote(articles: Articles, text: str, expected: Expected) -> None:
    got = check(articles[text], expected)
    assert got.content is not None
    assert got.content.start == got.content_parts[0].start and got.content.end == got.content_parts[-1].end


@pytest.mark.parametrize(("text", "quoted"), NOT_SPOKEN)
def test_title_or_phrase_is_not_said_by_the_verb_after_it(articles: Articles, text: str, quoted: str) -> None:
    article = articles[text]
    assert [a.cue.text for a in article.attributions if a.content is not None and a.content.text == quoted] == []


@pytest.mark.parametrize(("text", "first", "second"), TWO_SPEAKERS)
def test_two_speakers_in_one_sentence(articles: Articles, text: str, first: Expected, second: Expected) -> None:
    article = articles[text]
    check(article, first)
    check(article, second)


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_signed_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_bullet_line_after_a_quote_is_not_a_signature(articles: Articles) -> None:
    text = '"We need the money now."\n- The Senate voted on the bill yesterday and passed it.'
    assert [a for a in articles[text].attributions if a.cue.text == "-"] == []


QUOTE_MARKS = [
    pytest.param("“We won,” she said.", ["“We won,”"], id="curly"),
    pytest.param('"We won," she said.', ['"We won,"'], id="straight"),
    pytest.param("''We won,'' she said.", ["''We won,''"], id="two-apostrophes"),
    pytest.param(
        "“We won the first round.\n\n“Now the hard part starts.”",
        ["“We won the first round.\n\n“Now the hard part starts.”"],
        id="continued-paragraph",
    ),
    # the opening mark was lost: the closing one at the paragraph's end must not open an empty quote that a
    # speaker before it would carry into the next paragraph
    pytest.param(
        "It is not true, he said. I am not sure why they say it.''\n\nHis mother refused to teach him the language.",
        [],
        id="stray-closing-mark-at-paragraph-end",
    ),
    pytest.param('He said it was "done."\n\nThe vote is on Friday.', ['"done."'], id="closed-before-break"),
    # a closing mark cannot close anything at a paragraph's start: there it is an opening mark typed wrong
    pytest.param(
        "Readers wrote in.\n\n”Fear. I am afraid of what comes next.” ― Ann Lee",
        ["”Fear. I am afraid of what comes next.”"],
        id="reversed-opening-mark",
    ),
    pytest.param(
        "“We won the first round.\n”Now the hard part starts.”",
        ["“We won the first round.", "”Now the hard part starts.”"],
        id="reversed-opening-mark-after-open-quote",
    ),
    pytest.param("He called it “done.”\n” 12 more to go", ["“done.”"], id="closing-mark-then-space"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_MARKS)
def test_quote_marks_pair(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected
