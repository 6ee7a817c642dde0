"""Fixtures of the resolver tests: parse a short news text and resolve chosen source spans in it."""

from __future__ import annotations

import pytest
from resolving import Resolve, SourceRef, locate

from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment
from sourcetrace.resolve import resolve_article
from sourcetrace.types import Attribution, Span


@pytest.fixture(scope="session")
def resolve() -> Resolve:
    """`resolve(text, *sources, cue=None)`: the attributions of `sources` (each with a dummy cue right after
    it, or the given cue word after it), resolved over a parse of the whole text, in the order given."""
    nlp = load_model()

    def run(text: str, *sources: SourceRef, cue: str | None = None) -> list[Attribution]:
        segments = [Segment(0, nlp(text))]
        attributions = []
        for i, ref in enumerate(sources):
            start, end = locate(text, ref)
            cue_span = Span.of(text, end, end)
            if cue is not None:
                cue_start = text.index(cue, end)
                cue_span = Span.of(text, cue_start, cue_start + len(cue))
            attributions.append(Attribution(f"a{i}", "indirect", cue_span, Span.of(text, start, end), None))
        resolved, _ = resolve_article(text, segments, attributions, nlp=nlp)
        return resolved

    return run
