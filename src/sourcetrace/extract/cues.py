"""The cue lexicon: which words introduce an attribution, and how often they do.

The lexicon is data (`sourcetrace/data/cues.tsv`), learned from the cue spans of PolNeAR train by
`tools/build_cues.py` (`make cues`): for every lemma and coarse part of speech, how often it heads a gold cue
and how often it occurs at all. Many lemmas are cues only some of the time ("see", "know", "think"), so the
precision is a prior that the cue classifier (`classifier.py`) combines with the token's context.
`cue_forms.txt` lists the surface forms of those lemmas with their precision, used to decide, before parsing,
whether a sentence can hold an attribution at all.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace import data

#: A word form marks a sentence for parsing when its lemma heads a cue this often in train; the bar is
#: lower when a "that"-clause follows. With quotation marks they keep 90% of train's characters and 97.5% of
#: its gold cues. At 0.2 they kept 84% and 93.7%: the sentences of weak cues ("think", "want", "see") hold
#: 8% of train's indirect cues, and parsing them raises cross-validated relation F1 at every threshold.
_FILTER_PRECISION = 0.1
_CLAUSE_FILTER_PRECISION = 0.05


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    cue: int
    total: int

    @property
    def precision(self) -> float:
        return self.cue / self.total if self.total else 0.0


@dataclass(frozen=True)
class CueLexicon:
    entries: dict[tuple[str, str], CueEntry]
    forms: frozenset[str]  # a sentence with one of these may hold an attribution
    clause_forms: frozenset[str]  # ... and with one of these followed by "that" ("understood that")
    form_precision: dict[str, float]  # how often the lemma of a lower-cased word form heads a cue

    def form_share(self, word: str) -> float:
        """The cue precision of a word form's lemma, before any parse (0 for a form never seen as a cue)."""
        return self.form_precision.get(word.lower(), 0.0)

    def get(self, lemma: str, pos: str) -> CueEntry | None:
        return self.entries.get((lemma.lower(), pos))


#: American verb endings of PolNeAR's words and their British spellings, as BBC, Guardian, Telegraph and
#: Wikinews write them ("criticized" / "criticised", "characterize" / "characterise", "analyze" / "analyse"):
#: a British form is read as the American one it spells.
_BRITISH_ENDINGS = (
    (re.compile(r"(?<=[a-z]{3})iz(e|ed|es|ing|ation|ations)$"), r"is\1"),
    (re.compile(r"(?<=[a-z]{2})yz(e|ed|es|ing)$"), r"ys\1"),
)


def british(word: str) -> str | None:
    """The British spelling of an American word form, or None when it is spelt the same."""
    for ending, replacement in _BRITISH_ENDINGS:
        spelt = ending.sub(replacement, word)
        if spelt != word:
            return spelt
    return None


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """The packaged cue lexicon (read once per process), with British spellings read as American ones (an
    entry keeps its American lemma, so the classifier's lemma features apply to both)."""
    rows = csv.DictReader(data.read_text("cues.tsv").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    entries = {
        (row["lemma"], row["pos"]): CueEntry(row["lemma"], row["pos"], int(row["cue"]), int(row["total"]))
        for row in rows
    }
    for (lemma, pos), entry in list(entries.items()):
        spelt = british(lemma)
        if spelt is not None and (spelt, pos) not in entries:  # unless it is a word of its own
            entries[spelt, pos] = entry
    precision = {
        form: float(share)
        for form, share in (line.split("\t") for line in data.lines("cue_forms.txt"))
    }
    for form, share in list(precision.items()):
        spelt = british(form)
        if spelt is not None and spelt not in precision:
            precision[spelt] = share
    forms = frozenset(form for form, share in precision.items() if share >= _FILTER_PRECISION)
    clause_forms = frozenset(form for form, share in precision.items() if share >= _CLAUSE_FILTER_PRECISION)
    return CueLexicon(entries, forms, clause_forms, precision)
