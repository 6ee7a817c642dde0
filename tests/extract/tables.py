"""Every table whose rows open with a text, in one place: the texts `test_invariants.py` checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from test_quotes import QUOTE_MARKS

from . import (
    test_according_to,
    test_classifier,
    test_content,
    test_content_around,
    test_headlines,
    test_nesting,
    test_no_comment,
    test_noun_cues,
    test_options,
    test_prefilter,
    test_quote_introducers,
    test_quote_reconcile,
    test_quote_speakers,
    test_relays,
    test_source,
    test_verb_cues,
)

#: The tables (lists of pytest.param rows, or of texts), in the order their texts are checked: the order
#: decides which of two texts whose test ids share their first 50 characters is id...0 and which id...1.
TABLES: tuple[Sequence[Any], ...] = (
    test_quote_speakers.SPEAKER_AFTER,
    test_quote_speakers.INVERTED,
    test_quote_introducers.SPEAKER_BEFORE,
    test_quote_introducers.SPEAKER_IN_SENTENCE_BEFORE,
    test_quote_reconcile.SEVERAL_SENTENCES,
    test_quote_reconcile.SEVERAL_PARAGRAPHS,
    test_quote_reconcile.INTERRUPTED,
    test_quote_speakers.SIGNED,
    test_quote_reconcile.TWO_SPEAKERS,
    test_headlines.HEADLINE_COLON,
    test_headlines.TRANSCRIPT,
    test_content.THAT_CLAUSE,
    test_source.BARE_CLAUSE,
    test_content_around.POSTPOSED,
    test_content_around.ASIDE,
    test_content_around.QUOTE_AFTER_A_SCENE,
    test_content.GERUND,
    test_according_to.ACCORDING_TO,
    test_relays.RELAYED,
    test_relays.RELAY_KEPT,
    test_content.TOLD,
    test_source.PARTICIPIAL,
    test_noun_cues.NON_SPEECH_CUES,
    test_quote_reconcile.MIXED,
    test_nesting.NESTED,
    test_nesting.COORDINATED,
    test_nesting.JOINED,
    test_nesting.CUT_AT_A_SIBLING,
    test_source.DOCUMENTS_AND_INSTITUTIONS,
    test_source.NO_SOURCE,
    test_content.ANSWER,
    test_content_around.OBJECT_BEFORE_CUE,
    test_no_comment.NO_COMMENT,
    # ... and, since the tests mirror the package (issue 17), the tables of what is no attribution, of one
    # rule's readings, of the pre-parse filter, of the classifier's view, of the threshold and of quote marks
    test_content_around.NOT_A_FRAGMENT,
    test_content.TAIL_READINGS,
    test_verb_cues.SOURCE_TAKEN_FOR_OBJECT,
    test_prefilter.CANDIDATE_SENTENCES,
    test_headlines.INTERVIEW_TURNS,
    test_headlines.HEADLINE_LABELS,
    test_quote_speakers.NOT_SPOKEN,
    test_classifier.INSIDE_QUOTE,
    test_options.BORDERLINE,
    QUOTE_MARKS,
    test_quote_introducers.OWN_CONTENT_BEFORE,
    test_according_to.STANCE,
    test_no_comment.NOT_DECLINED,
)


def _text(row: Any) -> str:
    text = row if isinstance(row, str) else row.values[0]
    assert isinstance(text, str)
    return text


#: Every text of every table, once each.
TEXTS = list(dict.fromkeys(_text(row) for table in TABLES for row in table))
