"""The one object every rule receives: the article's text, the cue classifier and each stretch's facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sourcetrace.extract.classifier import CueScorer
from sourcetrace.extract.cues import CueLexicon
from sourcetrace.extract.facts import DocFacts


@dataclass(frozen=True)
class RuleContext:
    """What the rules of one article share: its `text`, the cue classifier (`scorer`, with its lexicon) and
    the facts of each parsed stretch, made on first use. Passed explicitly, so that no rule looks up a
    global model and a caller can run the rules with another classifier."""

    text: str
    scorer: CueScorer
    _facts: dict[int, DocFacts] = field(default_factory=dict)
    #: The cue of a saying -> the cue it was stretched to with its verb of going on ("to say" -> "went on
    #: to say"), for a quote that the same saying introduces (`attributions._fold_continuations`)
    stretched_cues: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    @property
    def lexicon(self) -> CueLexicon:
        return self.scorer.lexicon

    def facts(self, doc: Doc) -> DocFacts:
        """The facts of a parsed stretch (keyed by the doc's identity: the docs live as long as the
        article's extraction)."""
        found = self._facts.get(id(doc))
        if found is None or found.doc is not doc:
            found = self._facts[id(doc)] = DocFacts(doc)
        return found

    def inside_quote(self, token: Token) -> bool:
        return self.facts(token.doc).inside_quote(token.i)
