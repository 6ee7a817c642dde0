# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)
"""Indirect, mixed, nested, document / institution and no-source attributions (issue 2, "What it must find").

Indirect content includes the complementiser "that" and the infinitive "to" and drops the sentence's final
period; mixed content is indirect speech with quoted words inside (the marks stay in the content).
"""

from __future__ import annotations

import pytest

from sourcetrace.extract.attributions import sentence_candidates
from sourcetrace.extract.classifier import load_scorer
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.prefilter import is_candidate_sentence
from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment

from .conftest import Articles
from .helpers import Expected, check


def indirect(cue: str, source: str | None, content: str, **options: object) -> Expected:
    return Expected(cue, source, content, "indirect", **options)  # type: ignore[arg-type]


THAT_CLAUSE = [
    pytest.param(
        # the parser tags this name as an interjection: still the subject of "said"
        "LeVell said the group is not a political committee and will raise no money.",
        indirect("said", "LeVell", "the group is not a political committee and will raise no money"),
        id="name-the-parser-misses",
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

POSTPOSED = [
    pytest.param(
        "The central bank will raise interest rates again in June, officials say.",
        indirect("say", "officials", "The central bank will raise interest rates again in June"),
        id="officials-say",
    ),
    pytest.param(
        "The strike will continue through the weekend, union leaders said.",
        indirect("said", "union leaders", "The strike will continue through the weekend"),
        id="leaders-said",
    ),
    pytest.param(
        "The factory will close in July, two people familiar with the plans said.",
        indirect("said", "two people familiar with the plans", "The factory will close in July"),
        id="people-familiar-said",
    ),
    pytest.param(
        "Inflation is likely to ease next year, economists say.",
        indirect("say", "economists", "Inflation is likely to ease next year"),
        id="economists-say",
    ),
    pytest.param(
        "LAGOS, Nigeria (AP) — The strike will continue through the weekend, union leaders said.",
        indirect("said", "union leaders", "The strike will continue through the weekend"),
        id="after-agency-dateline",
    ),
    pytest.param(
        "PORT ELLIS — The storm destroyed more than 200 homes, local officials said.",
        indirect("said", "local officials", "The storm destroyed more than 200 homes"),
        id="after-city-dateline",
    ),
    pytest.param(
        "PORT ELLIS — The storm destroyed more than 200 homes, local officials said on Sunday, and the governor "
        "warned of more rain.",
        indirect("said", "local officials", "The storm destroyed more than 200 homes"),
        id="after-city-dateline-mid-sentence",
    ),
    pytest.param(
        "It would likely take two to three weeks to convene the committee for a special meeting, he said, and "
        "intense wrangling could be paralyzing.",
        indirect("said", "he", "It would likely take two to three weeks to convene the committee for a special "
                 "meeting"),
        id="aside-closed-by-and-a-new-clause",
    ),
    pytest.param(
        "Those who take on heavy debt struggle, even with a good job, he said.",
        indirect("said", "he", "Those who take on heavy debt struggle, even with a good job"),
        id="clause-the-parser-made-a-fragment-of",
    ),
    pytest.param(
        "Sorry, the senator said.",
        indirect("said", "the senator", "Sorry"),
        id="one-word-fragment",
    ),
]

#: A fragment before the verb that is only a connective or an opening adverbial is no content.
NOT_A_FRAGMENT = [
    pytest.param("Then, she apologized.", id="adverb-alone"),
    pytest.param("On Thursday, they announced.", id="opening-adverbial"),
]

#: A subject-and-cue aside inside its content, which comes in two parts around it.
ASIDE = [
    pytest.param(
        "The campaign, he says, is different this time.",
        indirect("says", "he", "The campaign, he says, is different this time",
                 parts=("The campaign", "is different this time")),
        id="aside-between-commas",
    ),
    pytest.param(
        # the parser hangs "said" from the clause after it, with the opening phrase inside the aside
        "In the early 1990s, Ms. Roe said, when she was earning $24,000 a year, a boss invited her to lunch.",
        indirect("said", "Ms. Roe",
                 "In the early 1990s, Ms. Roe said, when she was earning $24,000 a year, a boss invited her to lunch",
                 parts=("In the early 1990s", "when she was earning $24,000 a year, a boss invited her to lunch")),
        id="aside-after-opening-phrase",
    ),
    pytest.param(
        "But as one senator noted, those voters will give the challenger a second look if he starts winning.",
        indirect("noted", "one senator", "those voters will give the challenger a second look if he starts winning"),
        id="as-X-noted-before-the-clause",
    ),
    pytest.param(
        "As the newspaper reported, the governor would then need to win 55 percent of the remaining votes.",
        indirect("reported", "the newspaper", "the governor would then need to win 55 percent of the remaining votes"),
        id="as-X-reported-at-sentence-start",
    ),
]

ACCORDING_TO = [
    pytest.param(
        "In a Gallup poll released Monday, 50 percent of respondents chose the governor.",
        indirect("In", "a Gallup poll released Monday", "50 percent of respondents chose the governor"),
        id="in-a-poll",
    ),
    pytest.param(
        "The rebels have seized the airport, according to local residents.",
        indirect("according to", "local residents", "The rebels have seized the airport"),
        id="after",
    ),
    pytest.param(
        "According to the health ministry, 42 people died in the floods.",
        indirect("According to", "the health ministry", "42 people died in the floods"),
        id="before",
    ),
    pytest.param(
        "At least 12 people were killed in the explosion, according to the fire department.",
        indirect("according to", "the fire department", "At least 12 people were killed in the explosion"),
        id="after-institution",
    ),
    pytest.param(
        "The talks ended without agreement, according to a statement from the foreign ministry.",
        indirect("according to", "a statement from the foreign ministry", "The talks ended without agreement"),
        id="after-document",
    ),
    pytest.param(
        # the phrase modifies the clause before it; what follows is an aside, however long
        "The bank earned about $600 million last year, according to public filings, a huge sum for a firm with "
        "only 35 partners and a single office.",
        indirect("according to", "public filings", "The bank earned about $600 million last year"),
        id="after-clause-before-longer-aside",
    ),
    pytest.param(
        "The suspect, according to the police, fled on foot.",
        indirect("according to", "the police", "The suspect, according to the police, fled on foot",
                 parts=("The suspect", "fled on foot")),
        id="between-subject-and-verb",
    ),
]

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

PARTICIPIAL = [
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
        "The president responded to the mother on Wednesday by saying his choice of words was a manufactured issue.",
        indirect("responded to", "The president", "the mother on Wednesday"),
        id="by-saying-ends-the-phrase-before-it",
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
]

NON_SPEECH_CUES = [
    pytest.param(
        "His claim that the vote was rigged was false.",
        indirect("claim", "His", "that the vote was rigged"),
        id="noun-claim-that",
    ),
    pytest.param(
        "The senator's criticism of the trade deal angered the White House.",
        indirect("criticism of", "The senator's", "the trade deal"),
        id="noun-criticism-of",
    ),
    pytest.param(
        "Senator Moss is confident that the bill will pass.",
        indirect("is confident", "Senator Moss", "that the bill will pass"),
        id="predicate-adjective-that",
    ),
    pytest.param(
        "The senator called for a ban on assault weapons in December after the shooting in Orlando.",
        indirect("called for", "The senator", "a ban on assault weapons in December after the shooting in Orlando"),
        id="called-for-object-and-what-follows",
    ),
    pytest.param(
        # "for" parsed as the mark of an infinitive clause with its own subject
        "The governor called for all candidates to lay out the cost of their plans.",
        indirect("called for", "The governor", "all candidates to lay out the cost of their plans"),
        id="called-for-X-to-do",
    ),
    pytest.param(
        "He could not resist a swipe at the senator, who he dubbed “the little senator.”",
        Expected("dubbed", "he", "“the little senator.”", "direct"),
        id="relative-object-and-its-predicate",
    ),
    pytest.param(
        # the parser hangs the object under its predicate ("statements" the subject of "childish")
        "Stuart Stevens, a veteran strategist, called the senator's statements and actions on Sunday "
        '"childish."',
        Expected("called", "Stuart Stevens, a veteran strategist,",
                 'the senator\'s statements and actions on Sunday "childish."', "mixed", content_exact=False),
        id="called-object-predicate",
    ),
    pytest.param(
        "Analysts predicted that inflation would fall below 3 percent by the autumn.",
        indirect("predicted", "Analysts", "that inflation would fall below 3 percent by the autumn"),
        id="predicted-that",
    ),
    pytest.param(
        "Economists predicted a sharp recession next year.",
        indirect("predicted", "Economists", "a sharp recession next year"),
        id="predicted-object",
    ),
    pytest.param(
        "The general vowed to retake the city within a week.",
        indirect("vowed", "The general", "to retake the city within a week"),
        id="vowed-to",
    ),
    pytest.param(
        "The governor vowed to veto any tax increase.",
        indirect("vowed", "The governor", "to veto any tax increase"),
        id="vowed-to-2",
    ),
    pytest.param(
        "The central bank warned that prices could rise further.",
        indirect("warned", "The central bank", "that prices could rise further"),
        id="warned-that",
    ),
    pytest.param(
        "Scientists warned the glacier could collapse within a decade.",
        indirect("warned", "Scientists", "the glacier could collapse within a decade"),
        id="warned-bare",
    ),
    pytest.param(
        "Officials understood that the deal would be signed in March.",
        indirect("understood", "Officials", "that the deal would be signed in March"),
        id="understood-that",
    ),
    pytest.param(
        "Officials believe the fire was started deliberately.",
        indirect("believe", "Officials", "the fire was started deliberately"),
        id="believe",
    ),
    pytest.param(
        "Residents expressed frustration about the slow pace of the repairs.",
        indirect("expressed", "Residents", "the slow pace of the repairs", cue_exact=False, content_exact=False),
        id="expressed-frustration-about",
    ),
    pytest.param(
        "The judge was of the view that the law had been broken.",
        indirect("was of the view", "The judge", "that the law had been broken", cue_exact=False),
        id="was-of-the-view-that",
    ),
    pytest.param(
        "The health minister was of the view that the lockdown should be lifted.",
        indirect("was of the view", "The health minister", "that the lockdown should be lifted", cue_exact=False),
        id="was-of-the-view-that-2",
    ),
    pytest.param(
        "Most economists are of the opinion that interest rates will rise next year.",
        indirect("are of the opinion", "Most economists", "that interest rates will rise next year",
                 cue_exact=False),
        id="are-of-the-opinion-that",
    ),
]

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

#: (text, outer, inner): the inner attribution's parent is the outer one.
NESTED = [
    pytest.param(
        "Opposition sources say the president said he would resign before the summer.",
        indirect("say", "Opposition sources", "the president said he would resign before the summer"),
        indirect("said", "the president", "he would resign before the summer"),
        id="sources-say-X-said",
    ),
    pytest.param(
        "Two officials said the general told them he was ready to resign.",
        indirect("said", "Two officials", "the general told them he was ready to resign"),
        indirect("told", "the general", "he was ready to resign"),
        id="officials-said-X-told-them",
    ),
    pytest.param(
        "Diplomatic sources said the foreign minister had told his counterpart that the embassy would close.",
        indirect("said", "Diplomatic sources",
                 "the foreign minister had told his counterpart that the embassy would close"),
        indirect("had told", "the foreign minister", "that the embassy would close"),
        id="sources-said-X-had-told-that",
    ),
    pytest.param(
        "The newspaper reported that the mayor had said the deal was dead.",
        indirect("reported", "The newspaper", "that the mayor had said the deal was dead"),
        indirect("had said", "the mayor", "the deal was dead"),
        id="newspaper-reported-X-had-said",
    ),
    pytest.param(
        "Democrats called on Republicans to reject the nominee.",
        indirect("called on", "Democrats", "Republicans to reject the nominee"),
        indirect("to reject", "Republicans", "the nominee"),
        id="called-on-X-to-Y-is-X-s-to-do",
    ),
    pytest.param(
        "Officials say the governor has told aides he will not run again.",
        indirect("say", "Officials", "the governor has told aides he will not run again"),
        indirect("has told", "the governor", "he will not run again"),
        id="officials-say-X-has-told-aides",
    ),
    pytest.param(
        # a preposition's object may be a clause: the attribution that clause is nests in it
        "The mayor has complained about what he sees as unfair coverage of the strike.",
        indirect("has complained about", "The mayor", "what he sees as unfair coverage of the strike"),
        indirect("sees as", "he", "unfair coverage of the strike"),
        id="complained-about-what-X-sees-as",
    ),
    pytest.param(
        "The union has protested against what it calls a rushed vote on the contract.",
        indirect("has protested against", "The union", "what it calls a rushed vote on the contract"),
        indirect("calls", "it", "a rushed vote on the contract"),
        id="protested-against-what-X-calls",
    ),
    pytest.param(
        # a noun-phrase content that is itself an attribution holds it (not so a relative clause inside one)
        "The senator laid out her proposals to expand rural broadband.",
        indirect("laid out", "The senator", "her proposals to expand rural broadband"),
        indirect("proposals", "her", "to expand rural broadband"),
        id="laid-out-her-proposals-to",
    ),
    pytest.param(
        # what a cue inside a quote reports ends with the quote, not with the speaker's "she said"
        "“I think you’ll hear that from the president,” she said. “And part of what I have been arguing is "
        "that we have to do a better job on the ground.”",
        Expected("said", "she", "“I think you’ll hear that from the president,” she said. “And part of what I "
                 "have been arguing is that we have to do a better job on the ground.”", "direct",
                 parts=("“I think you’ll hear that from the president,”", "“And part of what I have been "
                        "arguing is that we have to do a better job on the ground.”")),
        indirect("think", "I", "you’ll hear that from the president"),
        id="cue-inside-a-quote-reports-up-to-its-end",
    ),
]

# A second speaker's clause coordinated with, or set against, the first content: the parser often hangs it
# inside that content, but it is an attribution of its own, and the first content ends where it starts.
COORDINATED = [
    pytest.param(
        "Party leaders say that neither candidate can win the nomination on pledged delegates alone, and they "
        "say that would leave the decision to the superdelegates.",
        indirect("say", "Party leaders", "that neither candidate can win the nomination on pledged delegates alone"),
        Expected("say", "they", "that would leave the decision to the superdelegates", "indirect", occurrence=1),
        id="and-they-say",
    ),
    pytest.param(
        "One survey says China has the most billionaires, while another says the United States has twice as many.",
        indirect("says", "One survey", "China has the most billionaires"),
        Expected("says", "another", "the United States has twice as many", "indirect", occurrence=1),
        id="while-another-says",
    ),
    pytest.param(
        "Most voters said they wanted a nominee from outside politics, but six in 10 said they would back the "
        "party's choice.",
        indirect("said", "Most voters", "they wanted a nominee from outside politics"),
        Expected("said", "six in 10", "they would back the party's choice", "indirect", occurrence=1),
        id="but-six-in-10-said",
    ),
    pytest.param(
        "Most voters said they were very worried about the direction of the economy, and more than 4 in 10 "
        "said the businessman would be best at handling it.",
        indirect("said", "Most voters", "they were very worried about the direction of the economy"),
        Expected("said", "more than 4 in 10", "the businessman would be best at handling it", "indirect",
                 occurrence=1),
        id="and-4-in-10-said-hung-as-a-second-complement",
    ),
]

# ... but a second complement of the same cue, or a clause without a verb of saying, stays in the content.
JOINED = [
    pytest.param(
        "The senator noted that the odds of such an attack were very low, and that voters should worry more "
        "about heart disease.",
        indirect("noted", "The senator", "that the odds of such an attack were very low, and that voters should "
                 "worry more about heart disease"),
        id="and-that",
    ),
    pytest.param(
        "She said the town prides itself on its mix of people, and residents see that as its strength.",
        indirect("said", "She", "the town prides itself on its mix of people, and residents see that as its "
                 "strength"),
        id="and-residents-see",
    ),
]

DOCUMENTS_AND_INSTITUTIONS = [
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
]

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

#: The cue's object stands before it: a relative pronoun, or the subject of a passive.
OBJECT_BEFORE_CUE = [
    pytest.param(
        "The network faced allegations of bias, which the chairman denies.",
        indirect("denies", "the chairman", "which"),
        id="relative-pronoun-object",
    ),
    pytest.param(
        "The deal, which was first reported by the Financial Times, is worth $2 billion.",
        indirect("was first reported", "the Financial Times", "which"),
        id="relative-passive-with-agent",
    ),
    pytest.param(
        "The plan was hotly criticized by the unions.",
        indirect("was hotly criticized", "the unions", "The plan"),
        id="passive-subject-with-agent",
    ),
    pytest.param(
        "Sanders was declared the winner in New Hampshire.",
        indirect("was declared", None, "Sanders was declared the winner in New Hampshire",
                 parts=("Sanders", "the winner in New Hampshire")),
        id="passive-with-predicate-noun",
    ),
    pytest.param(
        # no relative pronoun: the noun phrase the clause modifies, with the noun's own modifiers
        "Young voters are exactly the sort of demographic change the party warned about in its 2013 report.",
        indirect("warned", "the party", "the sort of demographic change the party warned about in its "
                 "2013 report", parts=("the sort of demographic change", "about in its 2013 report")),
        id="relative-without-pronoun-noun-with-modifiers",
    ),
]

#: Headlines of the form "Name: claim" take the colon as cue (PolNeAR's convention).
HEADLINE_COLON = [
    pytest.param(
        "Graham: Trump's tax plan is a disaster for the middle class",
        indirect(":", "Graham", "Trump's tax plan is a disaster for the middle class"),
        id="name-colon-claim",
    ),
    pytest.param(
        "Ryan: Decision Not to Indict Defies Explanation\n\nThe speaker spoke on Tuesday.",
        indirect(":", "Ryan", "Decision Not to Indict Defies Explanation"),
        id="name-colon-headline-without-cue-word",
    ),
    pytest.param(
        # the parser ends a sentence at these colons
        "Cruz: Rival Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Another\n\nThe senator "
        "spoke on Tuesday.",
        indirect(":", "Cruz", "Rival Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Another"),
        id="name-colon-sentence-cut-at-the-colon",
    ),
    pytest.param(
        "Ann Roe: And Then There Was the One\n\nThe writer spoke.",
        indirect(":", "Ann Roe", "And Then There Was the One"),
        id="full-name-colon-sentence-cut-at-the-colon",
    ),
    pytest.param(
        "NY Post: Mayor Is No Different Than Any Other Politician\n\nThe paper ran the column on Sunday.",
        indirect(":", "NY Post", "Mayor Is No Different Than Any Other Politician"),
        id="outlet-in-capitals-colon-claim",
    ),
    pytest.param(
        # in PolNeAR train, 8 of 9 headlines opened by "Poll:" or "Report:" are attributions
        "Poll: Governor and senator in dead heat in Ohio",
        indirect(":", "Poll", "Governor and senator in dead heat in Ohio"),
        id="poll-colon-verbless-claim",
    ),
    pytest.param(
        "Poll: Senator Burns Governor With First-Ever Statewide Lead\n\nThe survey was taken last week.",
        indirect(":", "Poll", "Senator Burns Governor With First-Ever Statewide Lead"),
        id="poll-colon-title-case-claim",
    ),
    pytest.param(
        # the tagger reads "Poll" here as an adjective
        "Poll: Governor and Senator in dead heat heading into first debate.",
        indirect(":", "Poll", "Governor and Senator in dead heat heading into first debate"),
        id="poll-colon-label-mistagged",
    ),
    # a lone cue word before the colon is still the headline's source ("Said X:" is not: see test_quotes)
    pytest.param(
        "Report: Walker to speak at the convention next week",
        indirect(":", "Report", "Walker to speak at the convention next week"),
        id="cue-word-colon",
    ),
    # a person's verbless claim, in headline style
    pytest.param(
        "Governor Ann Roe: No outside influence on the state probe\n\nThe governor spoke on Monday.",
        indirect(":", "Governor Ann Roe", "No outside influence on the state probe"),
        id="person-colon-verbless-claim",
    ),
]

#: A transcript: capitalised names that open several lines, each a turn of its speaker, quotation marks or not.
_TRANSCRIPT = (
    '"ROE: Let’s start with the debate. Will she be there tomorrow?\n\n'
    '"HALE: She will not be attending the debate. It was a joke, “a bad one,” and that is all.\n\n'
    '"ROE: Is that fair to the voters?\n\n'
    '"HALE: It is fair, and they know it.'
)
TRANSCRIPT = [
    pytest.param(
        _TRANSCRIPT,
        indirect(":", "ROE", "Let’s start with the debate. Will she be there tomorrow?"),
        id="first-turn",
    ),
    pytest.param(
        _TRANSCRIPT,
        Expected(":", "HALE", "She will not be attending the debate. It was a joke, “a bad one,” and that is all.",
                 "indirect", occurrence=1),
        id="turn-with-a-quote-inside",
    ),
    pytest.param(
        "ROE: Is that fair to the voters?\nHALE: It is fair, and they know it.\nROE: Thank you, governor.\n"
        "HALE: Thank you for having me on.",
        Expected(":", "HALE", "It is fair, and they know it.", "indirect", occurrence=1),
        id="turns-without-quotation-marks",
    ),
]

#: Interview transcripts mark turns with "Q:" and "A:": not a headline's speaker.
INTERVIEW_TURNS = [
    "Q: But is this the moment to run for the Senate again?",
    "A: Look, what the voters want is a fighter.",
]

#: Title lines whose colon follows a rubric, or precedes a label with no verb: nobody is quoted.
HEADLINE_LABELS = [
    pytest.param("The Latest: Senator wins Minnesota caucuses", id="rubric-the-latest"),
    pytest.param("The Latest: Sanders wins Minnesota Democratic caucuses", id="rubric-the-latest-name-after"),
    pytest.param("Correction: The senator won the Ohio primary by 2,000 votes", id="rubric-correction"),
    pytest.param("Breaking: Governor signs the budget bill", id="rubric-breaking"),
    pytest.param("Wow: Anchor Just Said Something Unexpected About The Senator", id="rubric-interjection"),
    pytest.param("Contributing: Jane Roe and Sam Poe, Daily News", id="credit-line"),
    pytest.param("Governor Smith: 1,769", id="name-colon-figure"),
    # a capitalised label that opens one line only is a rubric, not a transcript's speaker
    pytest.param("The senator spoke.\n\nBOOM: Senator wins the Ohio primary by a mile", id="single-capitalised-rubric"),
    # a label counts as a turn where it opens a line, not in the middle of one
    pytest.param(
        "The banner over the stage read HALE: A NEW START for the county.\n\nHALE: We will rebuild the roads "
        "and the schools of this county.",
        id="capitalised-label-opening-one-line-only",
    ),
    pytest.param("Senator Tim Hale: Constitutional conservative or career politician?", id="question-about-a-person"),
    pytest.param("Ann Roe: Tim Hale, Sam Poe, Jo Lee, Ed Fox, Al Kim", id="person-colon-list-of-names"),
]

TABLES = {
    "headline_colon": HEADLINE_COLON,
    "transcript": TRANSCRIPT,
    "that_clause": THAT_CLAUSE,
    "bare_clause": BARE_CLAUSE,
    "postposed": POSTPOSED,
    "aside": ASIDE,
    "gerund": GERUND,
    "according_to": ACCORDING_TO,
    "told": TOLD,
    "participial": PARTICIPIAL,
    "non_speech_cues": NON_SPEECH_CUES,
    "mixed": MIXED,
    "nested": NESTED,
    "coordinated": COORDINATED,
    "joined": JOINED,
    "documents_and_institutions": DOCUMENTS_AND_INSTITUTIONS,
    "no_source": NO_SOURCE,
    "answer": ANSWER,
    "object_before_cue": OBJECT_BEFORE_CUE,
}
ALL = [case for table in TABLES.values() for case in table]


@pytest.mark.parametrize(("text", "expected"), THAT_CLAUSE)
def test_that_clause(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), BARE_CLAUSE)
def test_bare_clause(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), POSTPOSED)
def test_postposed_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), GERUND)
def test_gerund_content(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), ASIDE)
def test_aside_inside_its_content(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize("text", NOT_A_FRAGMENT)
def test_connective_before_the_cue_is_no_content(articles: Articles, text: str) -> None:
    assert articles[text].attributions == ()


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_only_a_poll_or_survey_opening_a_sentence_is_a_source(articles: Articles) -> None:
    text = "In 2012, the survey found little change. In the debate, the senator attacked the plan."
    assert [a.cue.text for a in articles[text].attributions if a.cue.text == "In"] == []


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_told_someone_that(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), PARTICIPIAL)
def test_participial_cue(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), NON_SPEECH_CUES)
def test_cue_that_is_not_a_verb_of_saying(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "outer", "inner"), NESTED)
def test_nested_attribution(articles: Articles, text: str, outer: Expected, inner: Expected) -> None:
    article = articles[text]
    found_outer = check(article, outer)
    found_inner = check(article, inner)
    assert found_outer.parent is None
    assert found_inner.parent == found_outer.id
    assert found_outer.content is not None and found_inner.content is not None
    assert found_outer.content.start <= found_inner.cue.start and found_inner.content.end <= found_outer.content.end


@pytest.mark.parametrize(("text", "first", "second"), COORDINATED)
def test_coordinated_speaker(articles: Articles, text: str, first: Expected, second: Expected) -> None:
    article = articles[text]
    assert check(article, first).parent is None
    assert check(article, second).parent is None


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_clause_stays_in_the_content(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_AND_INSTITUTIONS)
def test_document_or_institution_as_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), NO_SOURCE)
def test_attribution_without_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), ANSWER)
def test_one_word_answer(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), OBJECT_BEFORE_CUE)
def test_object_before_the_cue(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), HEADLINE_COLON)
def test_headline_colon(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT)
def test_transcript_turn(articles: Articles, text: str, expected: Expected) -> None:
    found = check(articles[text], expected)
    assert found.parent is None


@pytest.mark.parametrize("text", [*INTERVIEW_TURNS, *HEADLINE_LABELS])
def test_colon_without_a_speaker_is_not_a_headline(articles: Articles, text: str) -> None:
    colons = [a for a in articles[text].attributions if a.cue.text == ":"]
    assert colons == []


def test_one_reading_per_cue_span(articles: Articles) -> None:
    """ "has expressed support for": the verb's reading or the noun's, never both."""
    text = "She has expressed support for the plan to raise taxes on the wealthy."
    found = articles[text].attributions
    assert len(found) == 1
    assert found[0].cue.text == "has expressed"


def test_noun_phrase_content_nests_nothing(articles: Articles) -> None:
    """A passive subject is a noun phrase: a relative clause inside it is an attribution of its own, not one
    nested in the passive's content (as PolNeAR annotates it)."""
    text = "The deal, which the minister said would create jobs, was first reported by the Financial Times."
    article = articles[text]
    reported = check(article, indirect("was first reported", "the Financial Times",
                                       "The deal, which the minister said would create jobs"))
    said = check(article, indirect("said", "the minister", "which the minister said would create jobs",
                                   parts=("which", "would create jobs")))
    assert reported.parent is None and said.parent is None


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


#: An inverted verb after a quote whose subject the parser took for its object: that noun phrase is the
#: source, never also the content.
SOURCE_TAKEN_FOR_OBJECT = [
    pytest.param(
        "“This is fantastic!” beamed Jo Roe of Dayton, Ohio, who had come early to find a seat near the stage.",
        id="beamed-X-after-a-quote",
    ),
]


@pytest.mark.parametrize("text", SOURCE_TAKEN_FOR_OBJECT)
def test_source_is_not_also_the_content(articles: Articles, text: str) -> None:
    article = articles[text]
    assert [
        a.cue.text for a in article.attributions if a.source and a.content and a.content.start == a.source.start
    ] == []


#: The pre-parse filter: which sentences are parsed at all.
CANDIDATE_SENTENCES = [
    pytest.param("The senator said the bill would pass.", True, id="verb-of-saying"),
    pytest.param("Most of them think so.", True, id="weak-cue-think"),
    pytest.param("Voters want lower taxes and better roads.", True, id="weak-cue-want"),
    pytest.param("Officials understood that the deal was off.", True, id="weak-cue-before-that"),
    pytest.param("“We will fight on the beaches.”", True, id="quote-mark"),
    pytest.param("Economists are of the opinion that rates will rise.", True, id="idiom-of-stance"),
    pytest.param("The price of the opinion poll rose.", False, id="cue-noun-outside-the-idiom"),
    pytest.param("Rain fell all day in the city.", False, id="no-cue"),
    pytest.param("The bridge opened in 1932 after four years of work.", False, id="no-cue-either"),
]


@pytest.mark.parametrize(("sentence", "expected"), CANDIDATE_SENTENCES)
def test_candidate_sentence(sentence: str, expected: bool) -> None:
    assert is_candidate_sentence(sentence) is expected
