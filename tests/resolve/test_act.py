"""What kind of act an attribution reports (`sourcetrace.resolve.act`): statement, document, mental state or
declined comment, from the cue and its context. Names are invented."""

from __future__ import annotations

import pytest

import sourcetrace
from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment
from sourcetrace.resolve.act import decide_act
from sourcetrace.types import Attribution, Span

#: (text, a word of the cue, the act of the attribution extraction finds with that cue)
EXTRACTED = [
    # speech and writing
    ("Mayor Lena Ostrova said the bridge would reopen in May.", "said", "statement"),
    ("“We are ready,” the minister told reporters on Tuesday.", "told", "statement"),
    ("Councillor Ivo Brandt wrote on Twitter that the vote was rigged.", "wrote", "statement"),
    ("The minister is said to be furious about the leak.", "said", "statement"),
    # documents that state or find
    (
        "The report, published by the Harlow Institute on Monday, found that rents had doubled since 2010.",
        "found",
        "document",
    ),
    ("According to a poll by the Dunmore Group, most voters back the plan.", "According", "document"),
    # mental states
    ("Mayor Lena Ostrova hopes the bridge will reopen in May.", "hopes", "mental"),
    ("Mayor Lena Ostrova wants to reopen the bridge in May.", "wants", "mental"),
    ("Councillor Ivo Brandt believes the vote was rigged.", "believes", "mental"),
    ("Councillor Ivo Brandt fears the vote was rigged.", "fears", "mental"),
    ("The union plans to strike next week.", "plans", "mental"),
    ("The union agreed to end the strike.", "agreed", "mental"),
    ("The minister is expected to resign on Friday.", "expected", "mental"),
    # a mental state inside what was said stays mental (the speech act it governs, "to thank everyone", is no
    # attribution of its own: tests/extract/test_actions.py)
    ("The mayor said the city wants to thank everyone for their patience.", "wants", "mental"),
    ("The mayor said the city wants to thank everyone for their patience.", "said", "statement"),
    # a mental state reported as speech: the speech act is a statement, the state inside it stays mental
    ("Councillor Ivo Brandt believes the vote was rigged, he said on Monday.", "said", "statement"),
    ("Councillor Ivo Brandt believes the vote was rigged, he said on Monday.", "believes", "mental"),
    ("Councillor Ivo Brandt thinks the party can win.", "thinks", "mental"),
    ("Police reportedly believe the attacker acted alone.", "believe", "statement"),
    # declined comment
    ("The Harlow Institute did not respond to requests for comment.", "respond", "no_comment"),
    ("A spokeswoman for Dunmore Motors declined to comment.", "declined", "no_comment"),
    # refusing details is declining comment, also when the decline shares the subject of a verb before it
    ("The mayor declined to give specifics on the plan.", "declined", "no_comment"),
    (
        '"We take security seriously," she said, but refused to give any more details about the papers.',
        "refused",
        "no_comment",
    ),
]


@pytest.mark.parametrize(("text", "cue", "act"), EXTRACTED)
def test_act_of_extracted_attributions(text: str, cue: str, act: str) -> None:
    found = [a for a in sourcetrace.extract(text).attributions if cue.lower() in a.cue.text.lower()]
    assert [a.act for a in found] == [act]


#: (text, cue, content, act): constructions decided on a parse, whatever extraction makes of them.
CONSTRUCTIONS = [
    ("The minister is set to announce her resignation.", "is set", "to announce her resignation", "mental"),
    ("The union is ready to end the strike.", "is ready", "to end the strike", "mental"),
    ("The union is likely to end the strike.", "is likely", "to end the strike", "mental"),
    ("Residents are expected to return home.", "are expected", "to return home", "mental"),
    ("The board is convinced that the deal will hold.", "is convinced", "that the deal will hold", "mental"),
    ("The board decided the deal would hold.", "decided", "the deal would hold", "mental"),
    # an intention only with an infinitive: "agreed that ..." is a stance often voiced
    ("The union agreed to end the strike.", "agreed", "to end the strike", "mental"),
    ("The union agreed that the offer was fair.", "agreed", "that the offer was fair", "statement"),
    # a stance with a noun phrase is a position held; a speech act that voices one is a statement
    ("The mayor has supported the new stadium.", "has supported", "the new stadium", "mental"),
    ("The union opposed the withdrawal.", "opposed", "the withdrawal", "mental"),
    ("The union praised the withdrawal.", "praised", "the withdrawal", "statement"),
    # a vote casts a position, no words
    ("Parliament has voted against the deal.", "has voted against", "the deal", "mental"),
    # a predicate adjective of a state of mind is mental with a clause or a preposition too
    ("Investors are concerned that banks will fail.", "are concerned", "that banks will fail", "mental"),
    ("I am sure that the war is over.", "am sure", "that the war is over", "mental"),
    ("She was confident the plan would work.", "was confident", "the plan would work", "mental"),
    ("Astronomers were optimistic that the telescope would launch.", "were optimistic",
     "that the telescope would launch", "mental"),
    ("They are worried about the schools.", "are worried about", "the schools", "mental"),
    ("I'm not sure it has ever happened.", "'m not sure", "it has ever happened", "mental"),
    # ... unless voiced, and an adjective of a voiced stance stays a statement
    ("The workers were reportedly concerned about the figures.", "were reportedly concerned about",
     "the figures", "statement"),
    ("The senator was critical of the deal.", "was critical of", "the deal", "statement"),
    # speech acts with an infinitive, directing others, or passive: still statements
    ("The minister promised to resign.", "promised", "to resign", "statement"),
    ("The minister threatened to resign.", "threatened", "to resign", "statement"),
    ("The mayor encouraged voters to turn out.", "encouraged", "voters to turn out", "statement"),
    ("The minister was reported to have resigned.", "was reported", "to have resigned", "statement"),
    ("The minister was announced to have resigned.", "was announced", "to have resigned", "statement"),
    ("The union insisted that the offer was unfair.", "insisted", "that the offer was unfair", "statement"),
    ("Ivo Brandt publicly doubted the figures.", "publicly doubted", "the figures", "statement"),
]


def _attribution(text: str, cue: str, content: str, kind: str = "indirect", **fields: object) -> Attribution:
    start, at = text.index(cue), text.index(content)
    return Attribution(
        "a1",
        kind,
        Span.of(text, start, start + len(cue)),
        None,
        Span.of(text, at, at + len(content)),
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(("text", "cue", "content", "act"), CONSTRUCTIONS)
def test_act_of_constructions(text: str, cue: str, content: str, act: str) -> None:
    segment = Segment(0, load_model()(text))
    assert decide_act(_attribution(text, cue, content), segment) == act


def test_kind_and_source_type_come_first() -> None:
    text = "The survey hopes to show that rents doubled."
    segment = Segment(0, load_model()(text))
    assert decide_act(_attribution(text, "hopes", "to show that rents doubled"), segment) == "mental"
    document = _attribution(text, "hopes", "to show that rents doubled", source_type="document")
    assert decide_act(document, segment) == "document"
    declined = _attribution(text, "hopes", "to show that rents doubled", kind="no_comment")
    assert decide_act(declined, segment) == "no_comment"
    quoted = _attribution(text, "hopes", "to show that rents doubled", kind="direct")
    assert decide_act(quoted, segment) == "statement"  # a quotation is words said or written
    assert decide_act(_attribution(text, "hopes", "to show that rents doubled"), None) == "statement"
