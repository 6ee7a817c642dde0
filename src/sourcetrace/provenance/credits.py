"""Credits: the news agencies (and outlets) a story is credited to.

A story published by one outlet is often another's copy: a wire story under a dateline ("WASHINGTON (AP) —",
"Sept. 26 (UPI) —"), a byline naming the agency ("AP", "By JANE DOE, Associated Press"), a credit line at the
foot ("(Reporting by ...; Editing by ...)", "The Associated Press contributed to this report.",
"h/t: The Hill"), or a rewrite of an agency's scoop ("sources familiar with ... told Reuters").

`find_credits(article)` returns every piece of evidence as a `Credit` (the canonical name, the kind of
evidence and where it is); `credited_agencies(article)` returns the distinct names in order of first
evidence, which is what `Article.credits` holds; `credited(article)` sets both on the article.

A line that is only an agency's name ("ASSOCIATED PRESS.", "- Reuters.") is not read as a credit: in
extracted page text it is mostly the credit of a photo, not of the story.

Names and aliases are data (`sourcetrace/data/agencies.tsv`): "AP", "The Associated Press" and "A.P." are
all "Associated Press". Agencies count wherever they appear in one of the shapes above; other outlets count
only when a credit line names them ("h/t: The Hill"), since a byline naming the publisher itself is not a
credit. A name a credit line gives that the data does not know is kept as written (tidied).

Recipients: an attribution whose recipient is an agency ("told Reuters") credits the agency only when its
source is anonymous. A newspaper quoting "X told the AP" cites an agency's interview in a story of its own;
an outlet relaying what unnamed "sources told Reuters" can only be rewriting that agency's reporting (it could
not know the sources otherwise). The resolver's `Attribution.recipient` is used when set; otherwise the text
around the cue is read ("... told the Associated Press").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from sourcetrace import data
from sourcetrace.quotes import inside_quote
from sourcetrace.types import ANONYMOUS_SOURCE_TYPES, Article, Attribution, Credit, Span

__all__ = [
    "Agency",
    "credited",
    "credited_agencies",
    "credits_from_byline",
    "credits_from_line",
    "find_credits",
    "known_names",
    "normalise_name",
]

@dataclass(frozen=True)
class Agency:
    """One row of the agencies data: a canonical name, its kind, aliases and house credit-line pattern."""

    name: str
    kind: Literal["agency", "outlet"]
    aliases: tuple[str, ...]
    house_line: re.Pattern[str] | None = None


# ---------------------------------------------------------------------------------------------------------
# The data


@cache
def _agencies() -> tuple[Agency, ...]:
    rows = []
    text = data.read_text("agencies.tsv")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        name, kind, aliases = cells[0], cells[1], tuple(a for a in cells[2].split("|") if a)
        house = re.compile(cells[3], re.MULTILINE) if len(cells) > 3 and cells[3] else None
        rows.append(Agency(name, "agency" if kind == "agency" else "outlet", (name, *aliases), house))
    return tuple(rows)


def _key(name: str) -> str:
    """A spelling-insensitive key: case, a leading "the", a trailing ".com" and punctuation do not matter."""
    key = re.sub(r"[\s\-_.,;:!]+", " ", name.casefold()).strip()
    key = re.sub(r"^the ", "", key)
    key = re.sub(r" com$", "", key)
    return key.replace(" ", "")


def _is_abbreviation(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 5


@cache
def _lookup() -> tuple[dict[str, Agency], dict[str, Agency]]:
    """Alias tables: abbreviations matched exactly, other aliases by `_key`."""
    exact: dict[str, Agency] = {}
    loose: dict[str, Agency] = {}
    for agency in _agencies():
        for alias in agency.aliases:
            if _is_abbreviation(alias):
                exact.setdefault(alias, agency)
            else:
                loose.setdefault(_key(alias), agency)
    return exact, loose


def _find(name: str) -> Agency | None:
    exact, loose = _lookup()
    name = name.strip()
    return exact.get(name) or loose.get(_key(name))


def known_names() -> tuple[str, ...]:
    """Every canonical name in the data."""
    return tuple(agency.name for agency in _agencies())


def normalise_name(name: str) -> str:
    """The canonical name of an agency or outlet ("AP" -> "Associated Press"); an unknown name tidied."""
    agency = _find(name)
    if agency is not None:
        return agency.name
    return re.sub(r"\s+", " ", name).strip(" \t.,;:()[]")


def _alias_pattern(kinds: tuple[str, ...]) -> str:
    """A regex alternation of the aliases of the given kinds, longest first; case-insensitive only for
    non-abbreviations (inline flags)."""
    aliases = sorted({a for agency in _agencies() if agency.kind in kinds for a in agency.aliases},
                     key=len, reverse=True)
    parts = [re.escape(a) if _is_abbreviation(a) else f"(?i:{re.escape(a)})" for a in aliases]
    return "(?:" + "|".join(parts) + ")"


# ---------------------------------------------------------------------------------------------------------
# The shapes of evidence

_DASH = r"(?:[-–—]{1,2}|--)"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    agency = _alias_pattern(("agency",))
    anything = _alias_pattern(("agency", "outlet"))
    return {
        # "WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "Dec 29 (Reuters) -", opening a paragraph.
        "dateline": re.compile(
            rf"^[ \t]*[^\n()]{{0,80}}?\((?P<name>{agency})(?:/[^)\n]{{0,40}})?\)\s*{_DASH}", re.MULTILINE
        ),
        # "h/t: The Hill", "(H/T Mediaite)", "Hat tip to TheBlaze", "Via: Reuters", "Source: AFP".
        "hat_tip": re.compile(
            r"(?:^|[(\[]|(?<=[.!?]\s))[ \t]*(?:(?P<tip>[Hh]/[Tt]|HT|[Hh]at [Tt]ip)|[Vv]ia|[Ss]ource|"
            r"[Cc]ourtesy(?: of)?)(?![\w/])[ \t]*[:\-–—]?[ \t]*(?:to[ \t]+)?(?P<name>[^\n()\[\]]{2,60}?)"
            r"[ \t]*(?:[.)\]]|$)",
            re.MULTILINE,
        ),
        # "The Associated Press contributed to this report.", "AP writer X contributed reporting."
        "contributed": re.compile(
            rf"^[^\n]{{0,200}}?\b(?P<name>{agency})\b[^\n]{{0,200}}?\bcontributed\b[^\n]{{0,40}}$",
            re.MULTILINE,
        ),
        # "Copyright 2016 The Associated Press", "© 2016 AFP".
        "copyright": re.compile(rf"(?:©|\([Cc]\)|\bCopyright)[ \t]*(?:\d{{4}}[ \t]*)?(?P<name>{agency})\b"),
        # "This story originally appeared on Politico", "this Reuters article".
        "origin": re.compile(
            rf"\b(?:originally|first) (?:appeared|published|ran)(?: on| in| at| by)? (?P<name>{anything})\b"
            rf"|\bthis (?P<name2>{agency}) (?:article|story|report)\b"
        ),
        # A cue that gives a recipient: "told Reuters", "said to the AP", "in an interview with AFP".
        "recipient": re.compile(
            rf"\b(?:told|tells|telling|said to|speaking to|spoke to|confirmed to|"
            rf"in an? (?:interview|statement|email|call) (?:with|to))\s+(?:the\s+)?(?P<name>{agency})\b"
        ),
    }


#: Literal strings without one of which a pattern cannot match (to skip it cheaply).
_PREFILTER = {
    "contributed": ("contributed",),
    "copyright": ("©", "Copyright", "(c)", "(C)"),
    "origin": ("originally", "first appeared", "first published", "first ran", "this "),
}

#: Words that make a source anonymous in the sentence of a recipient cue.
_ANONYMOUS = re.compile(
    r"\b(?:sources?|insiders?|officials?|people (?:familiar|close|with (?:direct )?knowledge|briefed|aware)|"
    r"(?:a |one |another )?person (?:familiar|close|with knowledge|briefed)|diplomats|aides|"
    r"(?:on|under) (?:the )?condition of anonymity|"
    r"(?:asked|declined|requested) not to be (?:named|identified)|"
    r"who (?:asked|declined|requested) (?:for )?anonymity)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[“\"A-Z])|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)), default=0)
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    return max(left, start - 600), right_match.start() if right_match else min(len(text), end + 600)


# ---------------------------------------------------------------------------------------------------------
# Finding the evidence


def credits_from_byline(byline: str | None, own_outlet: str | None = None) -> tuple[str, ...]:
    """The agencies a byline names ("AP", "By JANE DOE, Associated Press"); the article's own outlet is not
    a credit."""
    if not byline:
        return ()
    own = normalise_name(own_outlet) if own_outlet else None
    found: list[str] = []
    whole = _find(byline)
    if whole is not None and whole.kind == "agency":
        found.append(whole.name)
    for match in re.finditer(_alias_pattern(("agency",)), byline):
        before = byline[match.start() - 1] if match.start() else " "
        after = byline[match.end()] if match.end() < len(byline) else " "
        if before.isalnum() or after.isalnum():
            continue
        agency = _find(match.group(0))
        if agency is not None and agency.name not in found:
            found.append(agency.name)
    return tuple(name for name in found if name != own)


def credits_from_line(line: str) -> tuple[str, ...]:
    """The names a credit line gives ("h/t: The Hill", "Via Reuters", "AP contributed to this report")."""
    return _distinct(credit.name for credit in _text_credits(line, 0, len(line)))


def _text_credits(text: str, start: int, end: int) -> Iterator[Credit]:
    patterns = _patterns()
    for kind, pattern_name in (("dateline", "dateline"), ("credit_line", "hat_tip"),
                               ("credit_line", "contributed"), ("credit_line", "copyright"),
                               ("credit_line", "origin")):
        cues = _PREFILTER.get(pattern_name)
        if cues and not any(cue in text for cue in cues):
            continue  # a cheap test first: most articles have none of these words
        for match in patterns[pattern_name].finditer(text, start, end):
            group = "name2" if match.groupdict().get("name2") else "name"
            raw = match.group(group)
            agency = _find(raw)
            # A hat tip may name any outlet; "via" / "source" lines only a known one ("Source: BLS" is data).
            if pattern_name == "hat_tip" and (
                not _plausible_name(raw) or (agency is None and not match.group("tip"))
            ):
                continue
            name = agency.name if agency else normalise_name(raw)
            yield Credit(name, kind, Span.of(text, match.start(group), match.end(group)))  # type: ignore[arg-type]
    for agency in _agencies():
        if agency.house_line is None:
            continue
        for match in agency.house_line.finditer(text, start, end):
            yield Credit(agency.name, "credit_line", Span.of(text, match.start(), match.end()))


def _plausible_name(raw: str) -> bool:
    """A hat-tip target looks like a name: short, capitalised, not a sentence."""
    words = raw.split()
    return 0 < len(words) <= 6 and raw[:1].isupper() and not re.search(r"[“\"”]|\b(?:is|are|was|said)\b", raw)


def _recipient_credits(article: Article) -> Iterator[Credit]:
    """Anonymous sources' recipients: from the attributions, and from the text where no attribution has
    decided (an attribution's source type overrides the words around its cue)."""
    text = article.text
    decided: list[tuple[int, int]] = []
    for attribution in article.attributions:
        decided.append((attribution.cue.start, min(len(text), attribution.cue.end + 40)))
        credit = _attribution_credit(text, attribution)
        if credit is not None:
            yield credit
    for match in _patterns()["recipient"].finditer(text, article.body_start):
        agency = _find(match.group("name"))
        if agency is None or agency.kind != "agency":
            continue
        if any(start <= match.start("name") < end for start, end in decided):
            continue
        left, right = _sentence_around(text, match.start(), match.end())
        # an outlet quoting an agency's report ("... told Bloomberg," Bloomberg reported) cites it, not
        # rewrites it
        if _ANONYMOUS.search(text, left, right) and not inside_quote(text, match.start()):
            yield Credit(agency.name, "recipient", Span.of(text, match.start("name"), match.end("name")))


def _attribution_credit(text: str, attribution: Attribution) -> Credit | None:
    anonymous = attribution.source_type in ANONYMOUS_SOURCE_TYPES or attribution.anonymous is not None
    if not anonymous or inside_quote(text, attribution.cue.start):
        return None
    if attribution.recipient:
        agency = _find(attribution.recipient)
        if agency is not None and agency.kind == "agency":
            index = text.find(attribution.recipient, attribution.cue.start)
            span = Span.of(text, index, index + len(attribution.recipient)) if index >= 0 else None
            return Credit(agency.name, "recipient", span)
    after_cue = min(len(text), attribution.cue.end + 40)
    match = _patterns()["recipient"].match(text, attribution.cue.start, after_cue)
    if match:
        agency = _find(match.group("name"))
        if agency is not None and agency.kind == "agency":
            return Credit(agency.name, "recipient", Span.of(text, match.start("name"), match.end("name")))
    return None


def find_credits(article: Article) -> tuple[Credit, ...]:
    """All the evidence of credit in an article: its byline, its text from `body_start`, its attributions."""
    bylined = credits_from_byline(article.byline, article.outlet)
    found: list[Credit] = [Credit(name, "byline") for name in bylined]
    if article.body_start:  # a header line's "by" part counts as a byline
        header_byline = article.text[: article.body_start]
        found += [Credit(name, "byline") for name in credits_from_byline(_header_by(header_byline),
                                                                         article.outlet)]
    found += _text_credits(article.text, article.body_start, len(article.text))
    found += _recipient_credits(article)
    own = normalise_name(article.outlet) if article.outlet else None
    credits = [credit for credit in found if credit.name != own]
    credits.sort(key=lambda c: -1 if c.span is None else c.span.start)
    return tuple(credits)


def _header_by(header: str) -> str | None:
    match = re.search(r"\bby\s+(.+)", header, re.IGNORECASE)
    return match.group(1) if match else None


def credited_agencies(article: Article) -> tuple[str, ...]:
    """The distinct agencies and outlets an article is credited to, in order of first evidence."""
    return _distinct(credit.name for credit in find_credits(article))


def credited(article: Article) -> Article:
    """The article with the evidence of credit found in it (`credit_evidence`) and its `credits`: those the
    reader gave, else the distinct names of the evidence. The pipeline's last step, once its attributions
    are resolved (an anonymous source's recipient is evidence)."""
    evidence = find_credits(article)
    return replace(
        article,
        credits=article.credits or _distinct(credit.name for credit in evidence),
        credit_evidence=evidence,
    )


def _distinct(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
