"""The rules of `extract.prefilter`: which sentences are parsed at all."""

from __future__ import annotations

import pytest

from sourcetrace.extract.prefilter import is_candidate_sentence

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
