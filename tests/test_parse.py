"""The pre-parse sentence cut and the choice of stretches to parse (`sourcetrace.parse`)."""

from __future__ import annotations

import pytest

from sourcetrace.parse import candidate_stretches, sentence_bounds

SENTENCES = [
    pytest.param("The vote failed. The bill is dead.", ["The vote failed.", "The bill is dead."], id="two"),
    pytest.param("Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"], id="question-exclamation"),
    pytest.param(
        "“It is over.” The bill is dead.", ["“It is over.”", "The bill is dead."], id="closing-quote-kept"
    ),
    pytest.param("Mr. Roe and Dr. Poe voted.", ["Mr. Roe and Dr. Poe voted."], id="titles"),
    pytest.param("J. Roe voted on Jan. 4.", ["J. Roe voted on Jan. 4."], id="initial-and-month"),
    pytest.param("The U.S. team won.", ["The U.S. team won."], id="dotted-abbreviation"),
    # a state abbreviation in brackets is not in the title list, but a lower-case word cannot open a sentence
    pytest.param(
        "Sen. Jo Roe (D-Vt.) said the bill is dead. It failed.",
        ["Sen. Jo Roe (D-Vt.) said the bill is dead.", "It failed."],
        id="lower-case-after-the-stop",
    ),
    pytest.param("The vote failed\nThe bill is dead", ["The vote failed", "The bill is dead"], id="line-end"),
    pytest.param("It failed. \nanother line", ["It failed.", "another line"], id="line-break-always-ends"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_bounds(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentence_bounds(text)] == expected


def test_candidate_sentences_of_a_paragraph_form_one_stretch() -> None:
    text = "The mayor spoke. Rain fell. She said no. He said yes.\n\nHe said maybe."
    stretches = candidate_stretches(text, lambda sentence: "said" in sentence)
    assert [text[start:end] for start, end in stretches] == ["She said no. He said yes.", "He said maybe."]


def test_span_text_slices_the_kept_string() -> None:
    from sourcetrace.nlp import load_model
    from sourcetrace.parse import parse_stretches, span_text

    text = "Intro.  She said “no”  today. He said yes."
    (segments,) = parse_stretches(load_model(), [text], [[(8, len(text))]])
    doc = segments[0].doc
    assert [span_text(sentence) for sentence in doc.sents] == [sentence.text for sentence in doc.sents]
    assert span_text(doc[1:3]) == "said “"
    doc.user_data.pop("text")  # a doc parsed without its text kept falls back on spaCy's
    assert span_text(doc[1:3]) == "said “"


#: (stretch, the sentences where entities are found): the recogniser runs only on those with a proper noun,
#: another capitalised content word, a number or a word of time, consecutive ones together.
ENTITY_RUNS = [
    pytest.param("Jo Roe said the vote failed.", ["Jo Roe said the vote failed."], id="name-first"),
    pytest.param("The bill, she said, is dead.", [], id="no-name"),
    pytest.param(
        "It is over, she said. The senator from Ohio agreed. They left.",
        ["The senator from Ohio agreed."],
        id="only-the-sentence-with-a-name",
    ),
    pytest.param(
        "Roe spoke. Then Poe said no. It failed.",
        ["Roe spoke.", "Then Poe said no."],
        id="consecutive-sentences-together",
    ),
    pytest.param("Russian officials denied it.", ["Russian officials denied it."], id="nationality-first"),
    pytest.param("But the bill, it said, is dead.", [], id="opening-function-word"),
    pytest.param("They said in recent weeks it failed.", ["They said in recent weeks it failed."], id="date"),
    pytest.param("They said that thousands had left.", ["They said that thousands had left."], id="amount"),
]


@pytest.mark.parametrize(("text", "expected"), ENTITY_RUNS)
def test_entities_are_recognised_where_a_name_can_be(text: str, expected: list[str]) -> None:
    from sourcetrace.nlp import load_model
    from sourcetrace.parse import parse_stretches

    (segments,) = parse_stretches(load_model(), [text], [[(0, len(text))]])
    doc = segments[0].doc
    recognised = [s.text for s in doc.sents if any(t.ent_type_ for t in s)]
    assert recognised == expected


def test_entities_of_a_run_land_on_the_parsed_tokens() -> None:
    from sourcetrace.nlp import load_model
    from sourcetrace.parse import parse_stretches

    text = "It failed, they said. Senator Jo Roe of Ohio said no."
    (segments,) = parse_stretches(load_model(), [text], [[(0, len(text))]])
    labels = {ent.text: ent.label_ for ent in segments[0].doc.ents}
    assert labels.get("Jo Roe") == "PERSON"
    assert labels.get("Ohio") == "GPE"
