"""What the rules and the cue classifier read of one parsed stretch, worked out once per stretch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.tokens import Doc

from sourcetrace.quotes import CLOSING_MARKS, OPENING_MARKS, TOGGLING_MARKS

if TYPE_CHECKING:
    from sourcetrace.extract.classifier import TokenContext


@dataclass
class DocFacts:
    """Per-token facts of one parsed stretch, each read once from the doc's arrays when first asked for
    (spaCy makes a new Token object on every access, and most tokens are never candidates). The fields
    are filled by the module that owns each fact: the entry (`worth_a_look`), candidate building
    (`heads`, `verbal`) and the cue classifier (`token_contexts`, `context_scores`)."""

    doc: Doc
    worth_a_look: list[bool] | None = None
    heads: list[int] | None = None
    verbal: list[bool] | None = None
    token_contexts: dict[int, TokenContext] = field(default_factory=dict)
    context_scores: dict[int, tuple[dict[str, float], float]] = field(default_factory=dict)
    _quote_state: list[bool] | None = None

    def inside_quote(self, i: int) -> bool:
        """Whether a quotation mark opened before token `i` in its parsed stretch is still open."""
        if self._quote_state is None:
            self._quote_state = _quote_states(self.doc)
        return self._quote_state[i]


def _quote_states(doc: Doc) -> list[bool]:
    """For each token, whether a quotation is open before it. Read from the token forms' ids, each distinct
    form looked up once."""
    orths: list[int] = doc.to_array(ORTH).tolist()
    effect: dict[int, bool] = {}  # what a form does to the state: True opens, False closes
    toggles: set[int] = set()
    for orth in set(orths):
        form = doc.vocab.strings[orth]
        if "\n" in form:
            effect[orth] = False  # as at run time, where each paragraph is parsed apart
        elif form in OPENING_MARKS:
            effect[orth] = True
        elif form in CLOSING_MARKS:
            effect[orth] = False
        elif form in TOGGLING_MARKS:
            toggles.add(orth)
    state, open_ = [], False
    for orth in orths:
        state.append(open_)
        open_ = not open_ if orth in toggles else effect.get(orth, open_)
    return state
