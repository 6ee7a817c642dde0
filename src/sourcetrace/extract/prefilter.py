"""Which sentences are worth parsing: the pre-parse filter on cue word forms and quotation marks."""

from __future__ import annotations

from sourcetrace import data
from sourcetrace.extract.according_to import STANCE_NOUNS, STANCE_PREPOSITIONS
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.noun_cues import HEARSAY_ADVERBS
from sourcetrace.parse import HEADLINE_SPEAKER, words
from sourcetrace.quotes import has_quote_mark


def is_candidate_sentence(sentence: str) -> bool:
    """Whether a sentence may hold an attribution: a quotation mark, a headline speaker's colon, a cue word
    form or an adverb of hearsay ("allegedly"), a weaker one before "that" ("officials understood that ..."),
    or any cue noun of the lexicon in the idiom of stance "of the ... that" ("economists are of the opinion
    that ...": the noun is singular there, so its form is its lemma), a phrase of stance opening it ("In his
    view, ..."), or a noun of information, which may be withheld ("Neither company made any official
    statement", `no_comment.py`)."""
    if has_quote_mark(sentence) or HEADLINE_SPEAKER.match(sentence):
        return True
    lexicon = load_lexicon()
    found = list(words(sentence))
    if not found:
        return False
    if _opens_with_stance(found) or _opens_with_per(found):
        return True
    padded = ["", "", *found, ""]
    for second_before, before, word, following in zip(padded, padded[1:], found, padded[3:], strict=False):
        if word in lexicon.forms or word in HEARSAY_ADVERBS:
            return True
        if {word, word.removesuffix("s")} & _INFORMATION_NOUNS:
            return True
        if following == "that" and (
            word in lexicon.clause_forms
            or (second_before == "of" and before == "the" and lexicon.get(word, "NOUN") is not None)
        ):
            return True
    return False


def _opens_with_stance(found: list[str]) -> bool:
    """Whether a sentence's words open with "In / From ... view" and the like ("But in her opinion, ...")."""
    opening = found[1:6] if found[0] in _CONJUNCTIONS else found[:5]
    return bool(opening) and opening[0] in STANCE_PREPOSITIONS and any(w in STANCE_NOUNS for w in opening[1:])


def _opens_with_per(found: list[str]) -> bool:
    """Whether a sentence opens with "Per" ("Per the decree, ...", `according_to.per_phrase`)."""
    return found[0] == "per" or (found[0] in _CONJUNCTIONS and found[1:2] == ["per"])


#: Nouns of information given or withheld (`data/extract/information_nouns.txt`).
_INFORMATION_NOUNS = data.words("extract", "information_nouns")
#: Conjunctions that may stand before an opening phrase of stance.
_CONJUNCTIONS = frozenset({"and", "but", "yet", "so"})
