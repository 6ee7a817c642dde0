"""The act lists' derivation (tools/derive_acts.py): which figures make a cue lemma speech, mental or an
intention, and which verbs the guidelines name as speech."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from derive_acts import Figures, derive, guideline_verbs
from sourcetrace.nlp import load_model


def _figures(cues: int, quoted: int = 0, present: int = 0, infinitive: int = 0, first: int = 0) -> Figures:
    return Figures(cues, quoted, present, infinitive, uses=100, first_person=first)


def test_derive_sorts_lemmas_by_their_figures() -> None:
    found = {
        "say": _figures(100, quoted=60, present=15),  # quoted: speech
        "once": _figures(10, quoted=1, present=6),  # one quote in ten is chance: judged by the rest
        "believe": _figures(80, quoted=2, present=65),  # in the present: mental
        "think": _figures(80, quoted=6, present=30, first=60),  # said of oneself: mental
        "refuse": _figures(60, quoted=5, present=18, infinitive=55),  # mostly infinitives: mental
        "agree": _figures(60, quoted=5, present=18, infinitive=18),  # sometimes: an intention
        "support": _figures(160, quoted=2, present=40),  # none of these: a statement (in no list)
        "show": _figures(200, quoted=8, present=120),  # in the present, but a speech act by the guidelines
        "rare": _figures(9, present=9),  # too few cues to judge
    }
    lists = derive(found, frozenset({"show"}))
    assert lists == {
        "speech_cues": ["say", "show"],
        "mental_cues": ["believe", "once", "refuse", "think"],
        "intention_cues": ["agree"],
    }


def test_guideline_verbs(tmp_path: Path) -> None:
    guidelines = tmp_path / "GUIDELINES.md"
    guidelines.write_text(
        "**Required attributions**: every place ...\n"
        "- Speech acts of any verb: said, told, warned, described … as, and participles (\", saying …\").\n"
        '- Documents that "say", "show" or "found" something.\n'
        '- Declined / no comment: "declined to comment", "could not be reached".\n'
        '- Nested attributions: "hoped" is not listed here.\n'
        "**Optional attributions**: hopes, wants.\n",
        encoding="utf-8",
    )
    assert guideline_verbs(guidelines, load_model()) == {"say", "tell", "warn", "describe", "show", "find",
                                                         "decline"}
