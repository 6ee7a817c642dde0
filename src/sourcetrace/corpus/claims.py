"""Claims: the same statement reported in several articles, followed from its first appearance on.

Two attributions report the same claim when they carry the same direct quote (a run of `quote_words`
words in common), or when the same actor is credited with close content (most content words shared) within
`window_days` of each other. Each appearance keeps the authority its article gives it (on record, through a
spokesperson, relayed by someone, on anonymous sources, "reportedly") and the outlets and agencies it
credits; a retelling that states as the actor's own words what an earlier appearance rested on anonymous
sources or "reportedly" for is flagged (`ClaimStep.drops_hedge`).

Pure: the store hands `link_claims` the appearances (`sourcetrace.store.claims`) and keeps the result.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from sourcetrace.corpus.names import fold
from sourcetrace.data import words
from sourcetrace.quotes import find_quotes, has_quote_mark, quote_words

Authority = Literal["on_record", "spokesperson", "relayed", "anonymous_sources", "reportedly"]
#: Authorities that rest a claim on hearsay: who said it is not on record.
HEDGED: frozenset[str] = frozenset({"anonymous_sources", "reportedly"})

_BRITISH = re.compile(r"is(e|es|ed|ing|ation)$")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al))*")


@dataclass(frozen=True)
class ClaimOptions:
    """How close two appearances must be to report one claim."""

    #: Appearances of close content by the same actor at most this many days apart are one claim.
    window_days: int = 14
    #: Close content: this share of content words in common (Jaccard of the two sets) ...
    min_similarity: float = 0.5
    #: ... and at least this many content words in common.
    min_shared: int = 4
    #: The same direct quote: a run of this many words in common (a shorter quote must be whole).
    quote_words: int = 8
    #: A direct quote shorter than this is not enough to tell a claim ("a disaster").
    min_quote_words: int = 5


@dataclass(frozen=True)
class Appearance:
    """One attribution that may report a claim: where and when, whose words (`actor`, the registry's name),
    the content and the direct quotes in it, on whose authority and whom the article credits."""

    key: int
    article: int
    date: str | None
    outlet: str | None
    actor: str | None
    content: str
    authority: Authority
    reported_by: str | None = None
    credits: tuple[str, ...] = ()
    article_name: str = ""
    #: The content is itself a direct quote (a direct attribution): all of it is quoted words.
    quoted: bool = False


@dataclass(frozen=True)
class ClaimStep:
    """An appearance of a claim; `drops_hedge` when it states as the actor's own words what the first report
    rested on anonymous sources or "reportedly" for (and no appearance since had on record);
    `credits_earlier` the outlets or agencies of earlier appearances it credits ("told the AP",
    "(AP)")."""

    appearance: Appearance
    drops_hedge: bool = False
    credits_earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A statement reported in more than one article, appearances in date order; `method` says how they
    were linked ("quote", "content" or "quote+content")."""

    actor: str | None
    method: str
    steps: tuple[ClaimStep, ...]

    @property
    def first(self) -> Appearance:
        return self.steps[0].appearance

    @property
    def dropped_hedge(self) -> bool:
        return any(step.drops_hedge for step in self.steps)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A crude stem, enough to compare contents: British "-ise" as "-ize", plural and tense endings off, a
    final "e" off ("lines", "line" → "lin"; "recognises", "recognized" → "recogniz")."""
    word = _BRITISH.sub(r"iz\1", word.replace("’", "'").split("'")[0])
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: len(word) - len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def is_hedge_cue(cue: str) -> bool:
    """Whether a cue reports a claim on hearsay ("reportedly", "is said to")."""
    folded = fold(cue)
    return any(word in folded for word in words("corpus", "hedge_cues"))


def content_words(text: str) -> frozenset[str]:
    """The stems of a content's words that carry content (no function words)."""
    stop = words("corpus", "function_words")
    return frozenset(_stem(w) for w in set(_WORD.findall(text.casefold())) if w not in stop and len(w) > 1)


def quoted_runs(text: str, options: ClaimOptions, quoted: bool = False) -> frozenset[tuple[str, ...]]:
    """The direct quotes of a content (all of it when `quoted`) as word runs of `quote_words` (a shorter
    quote whole)."""
    runs: set[tuple[str, ...]] = set()
    if quoted:
        stretches = [text]
    elif has_quote_mark(text):
        stretches = [quote_words(text, quote) for quote in find_quotes(text)]
    else:
        return frozenset()
    for stretch in stretches:
        found = tuple(_WORD.findall(stretch.casefold()))
        if len(found) < options.min_quote_words:
            continue
        size = min(options.quote_words, len(found))
        runs.update(found[i : i + size] for i in range(len(found) - size + 1))
    return frozenset(runs)


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def _order(appearance: Appearance) -> tuple[bool, str, str, int]:
    return (appearance.date is None, appearance.date or "", appearance.article_name, appearance.key)


@dataclass
class _Open:
    """A claim under construction."""

    actor: str | None
    members: list[Appearance] = field(default_factory=list)
    methods: set[str] = field(default_factory=set)


class _Linker:
    def __init__(self, options: ClaimOptions) -> None:
        self.options = options
        self.claims: list[_Open] = []
        self.by_quote: dict[tuple[str, ...], int] = {}
        self.by_word: dict[tuple[str, str], list[tuple[int, Appearance, date | None]]] = defaultdict(list)
        self.stems: dict[int, frozenset[str]] = {}

    def _close(self, appearance: Appearance, stems: frozenset[str]) -> int | None:
        """The claim whose appearance by the same actor within the window is closest in content."""
        if appearance.actor is None or len(stems) < self.options.min_shared:
            return None
        day = _day(appearance.date)
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for stem in stems:
            # Newest first: appearances come in date order, so the window's start ends the walk.
            for claim, other, there in reversed(self.by_word.get((appearance.actor, stem), ())):
                if day is not None and there is not None and (day - there).days > self.options.window_days:
                    break
                if other.key in seen:
                    continue
                seen.add(other.key)
                theirs = self.stems[other.key]
                shared = len(stems & theirs)
                score = shared / len(stems | theirs)
                if (
                    shared >= self.options.min_shared
                    and score >= self.options.min_similarity
                    and (best is None or score > best[0])
                ):
                    best = (score, claim)
        return best[1] if best else None

    def add(self, appearance: Appearance) -> None:
        stems = content_words(appearance.content)
        runs = quoted_runs(appearance.content, self.options, appearance.quoted)
        claim = next((self.by_quote[r] for r in sorted(runs) if r in self.by_quote), None)
        method = "quote"
        if claim is None:
            claim, method = self._close(appearance, stems), "content"
        if claim is None:
            self.claims.append(_Open(appearance.actor))
            claim, method = len(self.claims) - 1, ""
        found = self.claims[claim]
        found.members.append(appearance)
        if method:
            found.methods.add(method)
        if found.actor is None:
            found.actor = appearance.actor
        for run in runs:
            self.by_quote.setdefault(run, claim)
        self.stems[appearance.key] = stems
        if appearance.actor is not None:
            day = _day(appearance.date)
            for stem in stems:
                self.by_word[(appearance.actor, stem)].append((claim, appearance, day))


def _steps(members: Sequence[Appearance]) -> tuple[ClaimStep, ...]:
    steps = []
    hedged = on_record = False  # whether an earlier appearance rested on hearsay, or on the actor's word
    earlier: set[str] = set()
    for appearance in members:
        credited = {fold(c): c for c in appearance.credits}
        if appearance.reported_by and appearance.authority == "relayed":  # "the AP reported"
            credited.setdefault(fold(appearance.reported_by), appearance.reported_by)
        steps.append(
            ClaimStep(
                appearance,
                drops_hedge=hedged and not on_record and appearance.authority == "on_record",
                credits_earlier=tuple(sorted(c for k, c in credited.items() if k in earlier)),
            )
        )
        hedged = hedged or (not steps[:-1] and appearance.authority in HEDGED)  # the first report's hedge
        on_record = on_record or appearance.authority == "on_record"
        earlier |= {fold(appearance.outlet)} if appearance.outlet else set()
        earlier |= set(credited)
    return tuple(steps)


def link_claims(appearances: Sequence[Appearance], options: ClaimOptions | None = None) -> list[Claim]:
    """The claims the appearances make: those reported in at least two articles, each in date order, the
    claim with the earliest first appearance first."""
    linker = _Linker(options or ClaimOptions())
    for appearance in sorted(appearances, key=_order):
        linker.add(appearance)
    claims = []
    for found in linker.claims:
        if len({a.article for a in found.members}) < 2:
            continue
        claims.append(Claim(found.actor, "+".join(sorted(found.methods)), _steps(found.members)))
    return sorted(claims, key=lambda c: _order(c.first))


def subject_of(content: str, lookup: Mapping[str, str], limit: int = 3) -> str | None:
    """The actor a content is about when it opens with a name the registry knows ("Brazilian President
    Ana Souza is ready to ..." → "Ana Souza"): whose claim it is when unnamed sources report it.
    Only a name among the first `limit` words counts (after "that"): a name further on is what the claim is
    about, not whose it is. `lookup` maps folded names (full names and unambiguous surnames) to actors."""
    words = content.split()
    if words and fold(words[0]) == "that":
        words = words[1:]
    opening = " ".join(words[: limit + 4])
    for match in _CAPITALISED_RUN.finditer(opening):
        if len(opening[: match.start()].split()) >= limit:
            break
        found = match.group().split()
        for start in range(len(found)):
            name = fold(" ".join(found[start:]).rstrip(".,;:").removesuffix("'s").removesuffix("’s"))
            if name in lookup:
                return lookup[name]
    return None
