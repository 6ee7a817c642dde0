"""The pre-parse sentence cut and the choice of stretches to parse (`sourcetrace.parse`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from bad_input_corpus.generate import long_sentence, one_line_text
from sourcetrace import extract
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.parse import (
    MAX_SENTENCE,
    MAX_STRETCH,
    WordUsage,
    candidate_stretches,
    in_title_case,
    labelled_turns,
    running_case,
    sentence_bounds,
)

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
    # a dateline opening a paragraph is left out of the sentence it heads; one inside a line is not a dateline
    pytest.param(
        "WASHINGTON -- The bill passed.\n\nLAGOS, Nigeria (AP) — It failed. Then PORT ELLIS — wait.",
        ["The bill passed.", "It failed.", "Then PORT ELLIS — wait."],
        id="datelines",
    ),
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


#: (stretch, the parts the entity recogniser runs on): each word that may be an entity (a proper noun, another
#: capitalised content word, a number, a word of amount or time) with five tokens on either side, windows
#: that overlap or touch merged.
ENTITY_WINDOWS = [
    pytest.param("Jo Roe said the vote failed.", ["Jo Roe said the vote failed."], id="name-first"),
    pytest.param("The bill, she said, is dead.", [], id="no-name"),
    pytest.param("But the bill, it said, is dead.", [], id="opening-function-word"),
    pytest.param(
        "It is over, she said. The senator from Ohio agreed. They left.",
        ["said. The senator from Ohio agreed. They left."],
        id="five-tokens-either-side",
    ),
    pytest.param(
        "The senator said on the floor of the chamber that the bill, which the house had passed, was dead.",
        [],
        id="long-sentence-without-a-name",
    ),
    pytest.param(
        "Roe said that the bill, which the house had passed after a long and bitter fight, was dead, Poe said.",  # noqa: E501
        ["Roe said that the bill,", "fight, was dead, Poe said."],
        id="two-windows-in-one-sentence",
    ),
    pytest.param("They said in recent weeks it failed.", ["They said in recent weeks it failed."], id="date"),
    pytest.param("They said that thousands had left.", ["They said that thousands had left."], id="amount"),
    pytest.param("They said the rules date from the 1990s.", ["the rules date from the 1990s."], id="decade"),
    pytest.param("They said half of the voters left.", ["They said half of the voters left."], id="half"),
]


def _recognised(doc: Doc) -> list[str]:
    """The parts of a doc the recogniser ran on: its tokens there have an entity or "O", the others none."""
    parts: list[str] = []
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.ent_iob_:
            run.append(token)
        elif run:
            parts.append(doc[run[0].i : run[-1].i + 1].text)
            run = []
    return parts


@pytest.mark.parametrize(("text", "expected"), ENTITY_WINDOWS)
def test_entities_are_recognised_where_a_name_can_be(text: str, expected: list[str]) -> None:
    from sourcetrace.nlp import load_model
    from sourcetrace.parse import parse_stretches

    (segments,) = parse_stretches(load_model(), [text], [[(0, len(text))]])
    assert _recognised(segments[0].doc) == expected


def test_entities_of_a_window_land_on_the_parsed_tokens() -> None:
    from sourcetrace.nlp import load_model
    from sourcetrace.parse import parse_stretches

    text = "It failed, they said, and the bill is now dead. Senator Jo Roe of Ohio said no."
    (segments,) = parse_stretches(load_model(), [text], [[(0, len(text))]])
    doc = segments[0].doc
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("Jo Roe") == "PERSON"
    assert labels.get("Ohio") == "GPE"
    assert doc[0].ent_iob_ == ""  # "It": more than five tokens from a word that may be an entity
    assert doc[-2].ent_iob_ == "O"  # "no": recognised, outside any entity


def test_an_over_long_sentence_is_cut_in_pieces_at_spaces() -> None:
    """A "sentence" without a full stop (a list, a table, text run together) is cut before the parser."""
    text = long_sentence(4 * MAX_SENTENCE).decode()
    bounds = list(sentence_bounds(text))
    assert len(bounds) >= 4 and all(end - start <= MAX_SENTENCE for start, end in bounds)
    assert all(text[end] == " " for _, end in bounds[:-1])  # cut between words
    assert " ".join(text[start:end] for start, end in bounds) == text.strip()


def test_a_text_on_one_line_is_parsed_in_bounded_stretches() -> None:
    text = one_line_text(10 * MAX_STRETCH).decode()
    stretches = candidate_stretches(text, lambda sentence: True)
    assert len(stretches) >= 10 and all(end - start <= MAX_STRETCH for start, end in stretches)


def test_no_piece_handed_to_spacy_is_over_its_max_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy refuses a text over `nlp.max_length` (a traceback that ended the run); pieces are far below it.
    Here the limit is lowered to a size the test can afford."""
    import sourcetrace
    from sourcetrace.nlp import load_model

    monkeypatch.setattr(load_model(), "max_length", 2 * MAX_STRETCH)
    article = sourcetrace.extract(one_line_text(8 * MAX_STRETCH).decode())
    assert article.attributions


def test_the_parser_reads_stand_in_characters_as_what_they_stand_for() -> None:
    """A horizontal bar is parsed as a dash and a no-break space as a space; the segment keeps the text."""
    from sourcetrace.nlp import load_model
    from sourcetrace.parse import parse_stretches, span_text

    text = "Meanwhile, it\xa0attacked the plan ― loudly."
    (segment,) = parse_stretches(load_model(), [text], [[(0, len(text))]])[0]
    words = ["Meanwhile", ",", "it", "attacked", "the", "plan", "—", "loudly", "."]
    assert [t.text for t in segment.doc] == words
    assert segment.text == text and span_text(segment.doc[:]) == text
    attacked = segment.doc[3]
    assert text[segment.char_start(attacked) : segment.char_end(attacked)] == "attacked"


_BODY = (
    "\n\nA retired general said on Monday that he hid nothing from the public. The general served in the "
    "White House for two years and reveals his past in a new book, published by Dunmore Press, which Ann "
    "May edited."
)

#: Title-case headlines as the parser is given them: one character for one, function words and words the
#: article writes in lower case folded, names (capitalised inside the body's sentences) kept.
RUNNING_CASE = [
    pytest.param(
        "Retired General Reveals His Past Over White House Years",
        "Retired general reveals his past over White House years",
        id="body-evidence",
    ),
    pytest.param(
        "Dunmore Press Hid The Book From The Public", "Dunmore Press hid the book from the public", id="names"
    ),
    pytest.param("The U.S. Army Says It Hid Nothing", "The U.S. Army says it hid nothing", id="abbreviation"),
    pytest.param("Dunmore Post: The Past Is Hid", "Dunmore Post: The past is hid", id="label-kept"),
    # a word the article capitalises inside its sentences is a name, function word or not
    pytest.param("Dunmore Press Says May Is Past", "Dunmore Press says May is past", id="name-is-a-word"),
]


@pytest.mark.parametrize(("headline", "expected"), RUNNING_CASE)
def test_a_title_case_headline_is_parsed_in_running_case(headline: str, expected: str) -> None:
    text = headline + _BODY
    assert in_title_case(headline)
    cased = running_case(headline, WordUsage.of(text), load_lexicon().forms)
    assert cased == expected and len(cased) == len(headline)


@pytest.mark.parametrize(
    "line", ["A retired general said on Monday that he hid nothing.", "Ann Roe: Tax plan is a disaster", ""]
)
def test_running_text_is_not_title_case(line: str) -> None:
    assert not in_title_case(line)


def test_a_title_case_headline_attribution_is_found() -> None:
    text = "Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Ann Roe" + _BODY
    found = [(a.source.text if a.source else None, a.cue.text) for a in extract(text).attributions]
    assert ("Retired General", "Reveals") in found


def test_only_a_headline_line_is_recased() -> None:
    """A sentence of the body dense with names stays as written: it is no line of its own."""
    text = (
        "Leaders met on Monday.\n\nBritish Prime Minister Ann May, Labour Leader Jo Corbyn and Liberal "
        "Leader Vince Cable Said Tuesday the talks would go on. They left early."
    )
    found = [(a.source.text if a.source else None, a.cue.text) for a in extract(text).attributions]
    assert found[0][0] is not None and found[0][0].startswith("British Prime Minister Ann May")



@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param(
            "ROE: Will she come?\nHALE: No.\nROE: Why?\nHALE: She is busy.", {"ROE", "HALE"}, id="capitals"
        ),
        # a name with a middle initial written without its period ("Ana J Lind") is a label like any
        pytest.param(
            "Sam T Poe: Where did you grow up?\n\nAna J Lind: By the sea.\n\nSam T Poe: And then?\n\n"
            "Ana J Lind: Inland.",
            {"Sam T Poe", "Ana J Lind"},
            id="middle-initial",
        ),
    ],
)
def test_labelled_turns(text: str, labels: set[str]) -> None:
    assert set(labelled_turns(text)) == labels
