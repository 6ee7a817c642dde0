"""Helpers of the resolver tests: source references and the type of the `resolve` fixture."""

from __future__ import annotations

import re
from collections.abc import Callable

from sourcetrace.types import Attribution

#: A source given as its text, or as (text, occurrence) when it appears more than once.
SourceRef = str | tuple[str, int]
Resolve = Callable[..., list[Attribution]]


def locate(text: str, ref: SourceRef) -> tuple[int, int]:
    """Offsets of the `occurrence`-th whole-word match of a source text."""
    needle, occurrence = (ref, 0) if isinstance(ref, str) else ref
    matches = list(re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text))
    return matches[occurrence].start(), matches[occurrence].end()
