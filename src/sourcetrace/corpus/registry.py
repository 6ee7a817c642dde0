"""The actor registry: each person or organisation of the corpus once, built from the stored mentions.

Merging is conservative and each merge says why (`Alias.reason`):

1. The user alias file decides first (`sourcetrace.corpus.aliases`).
2. Full names of persons join when given name, surname and suffix agree and their middle names may be the
   same ("Donald J. Trump" and "Donald Trump"; "Hillary Rodham Clinton" and "Hillary Clinton"); a name that
   could join two persons ("John Smith" beside "John A. Smith" and "John B. Smith") joins neither. One full
   name used in periods years apart under different titles is two persons ("John Smith (2009)", ...).
3. A surname alone ("Obama", "Mr. Obama", "President Obama") joins a full name only when the corpus gives
   it no other bearer: the only bearer named in the same article, else the only one holding the title it
   is used with, else the only one in the period (a year either side). An honorific's gender rules out
   bearers of the other ("Mrs. Clinton" is not Bill). Otherwise the surname stays an actor of its own,
   linked to the bearers it may be.
4. An organisation's acronym joins the one organisation of the corpus whose initials it is ("FBI").
5. Campaigns, administrations and families are actors of their own, linked to the person they belong to
   ("Obama administration" → Barack Obama); coordinated sources ("A and B") are groups linked to each.

`build_registry` is pure: the store hands it the mentions (and a way to read an article's text) and keeps
what it returns, so the registry can be rebuilt from stored mentions at any time.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sourcetrace.corpus.aliases import UserAlias, alias_map
from sourcetrace.corpus.names import (
    ActorKind,
    Gender,
    ParsedName,
    fold,
    formal_given,
    honorific_gender,
    initials,
    middles_agree,
    parse_name,
)
from sourcetrace.data import table

#: Mentions this far apart (and under different titles) of one full name are different persons.
PERIOD_GAP = timedelta(days=730)
#: How far around a bearer's first and last mention a surname alone may still mean them.
PERIOD_MARGIN = timedelta(days=365)
#: How the name of a surname kept apart from its bearers ends: "Trump (surname alone)".
SURNAME_ALONE = "surname alone"
#: The share of a title's uses among a surname's bearers that makes one of them its holder.
TITLE_SHARE = 0.9
#: How many articles mentioning a surname are read to see whether a word before it is written in lower case.
_VOCABULARY_ARTICLES = 50
_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "who"}
)


@dataclass(frozen=True)
class Mention:
    """One stored attribution whose source the resolver named: `name` is the actor name it gave (the
    article's fullest), `source` the words of the source as written, `title` the titles ("; "-joined),
    `date` the article's ISO date."""

    key: int
    article: int
    name: str
    source: str | None = None
    title: str | None = None
    source_type: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Alias:
    """A name an actor is mentioned by, how often, and why it is this actor's."""

    name: str
    count: int
    reason: str


@dataclass(frozen=True)
class TitleUse:
    """A title an actor was given, between which dates and how often."""

    title: str
    first: str | None
    last: str | None
    count: int


@dataclass(frozen=True)
class Link:
    """A relation to another actor: "campaign", "administration", "family", "member" (of a group or family),
    "belongs to" (a campaign's person), "may be" (a surname alone and the bearers it may mean)."""

    relation: str
    other: str


@dataclass(frozen=True)
class RegistryActor:
    """One person, organisation, campaign, administration, family or group of the corpus."""

    name: str
    kind: ActorKind
    aliases: tuple[Alias, ...]
    titles: tuple[TitleUse, ...]
    mentions: int
    first: str | None
    last: str | None
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Registry:
    """The actors, and which actor each mention (by key) is."""

    actors: tuple[RegistryActor, ...]
    assignment: Mapping[int, str]

    def actor(self, name: str) -> RegistryActor | None:
        return next((a for a in self.actors if fold(a.name) == fold(name)), None)


#: The reasons an alias gives, as shown to users.
REASON_NAME = "canonical name"
REASON_VARIANT = "same given name and surname, middle name or initial agrees"
REASON_NICKNAME = "same surname, the given name's nickname or full form, middle names agree"
REASON_IN_ARTICLE = "resolved within the article"
REASON_SAME_ARTICLE = "surname alone: the only bearer named in the same article"
REASON_TITLE = "surname alone: the only bearer with this title"
REASON_PERIOD = "surname alone: the only bearer in the corpus in the period"
REASON_SURNAME = "surname alone: no single bearer, kept apart"
REASON_ACRONYM = "acronym: the only organisation with these initials"
REASON_USER = "user alias file"
REASON_BODY = "names the same body"
REASON_WRITTEN = "the same name written otherwise"


@dataclass
class _Group:
    """An actor under construction."""

    kind: ActorKind
    parsed: list[ParsedName] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # folded alias -> reason
    forced: str | None = None  # a canonical name the user alias file gave
    principal: str | None = None  # a body's person, as written
    links: set[tuple[str, int]] = field(default_factory=set)  # (relation, group index)
    name: str = ""

    def add(self, mentions: Iterable[Mention], reason: str, parsed: ParsedName | None = None) -> None:
        for mention in mentions:
            self.mentions.append(mention)
            self.reasons.setdefault(fold(mention.name), reason)
        if parsed is not None:
            self.parsed.append(parsed)


def _day(iso: str | None) -> date | None:
    if not iso or len(iso) < 10:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _titles(mention: Mention, parsed: ParsedName | None = None) -> set[str]:
    found = {fold(t) for t in (mention.title or "").split(";") if t.strip()}
    if parsed is not None and parsed.title:
        found.add(fold(parsed.title))
    return found


def _kind_of(mentions: Sequence[Mention]) -> str | None:
    """The source type most of a name's mentions were given, persons and organisations only."""
    votes = Counter(m.source_type for m in mentions if m.source_type in ("person", "organization"))
    return votes.most_common(1)[0][0] if votes else None


class _Builder:
    """The registry under construction: groups, and indexes of persons by surname and name."""

    def __init__(
        self,
        mentions: Sequence[Mention],
        aliases: Sequence[UserAlias],
        article_text: Callable[[int], str | None] | None,
    ) -> None:
        self.mentions = mentions
        self.aliases = alias_map(aliases)
        self.article_text = article_text
        self.groups: list[_Group] = []
        self.by_name: dict[str, list[Mention]] = defaultdict(list)
        self.parsed: dict[str, ParsedName] = {}
        self.surnames: dict[str, list[int]] = defaultdict(list)  # folded surname -> person groups
        self.in_article: dict[int, set[int]] = defaultdict(set)  # article -> groups mentioned in it
        self.spans: dict[int, tuple[date | None, date | None]] = {}
        self.group_titles: dict[int, set[str]] = {}
        self.title_counts: dict[int, Counter[str]] = {}
        self.surname_uses: Counter[tuple[str, int]] = Counter()  # surnames alone joined to each bearer
        self.genders: dict[int, Gender | None] = {}

    # --- names

    def read_names(self) -> None:
        forced: dict[str, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            target = self.aliases.get(fold(mention.name)) or self.aliases.get(fold(mention.source or ""))
            if target is not None:
                forced[target].append(mention)
            else:
                self.by_name[" ".join(mention.name.split())].append(mention)
        for name, found in self.by_name.items():
            parsed = parse_name(name, _kind_of(found))
            if parsed is not None:
                self.parsed[name] = parsed
        self.forced = forced
        self._surnames_of_people()

    def _surnames_of_people(self) -> None:
        """Second readings: a full name whose "given name" is only a word that starts a sentence ("Given
        Obama's record, ...") is a surname alone; a single word that is the surname of a person named in
        full is a person, whatever the resolver typed it ("Trump", "OBAMA")."""
        bearers = Counter(
            p.surname for p in self.parsed.values() if p.kind == "person" and p.given is not None
        )
        for name, parsed in list(self.parsed.items()):
            # Only where it matters: a false given name makes a second bearer of a surname.
            if parsed.kind != "person" or parsed.given is None or bearers[parsed.surname] < 2:
                continue
            if self._false_given(name, parsed):
                again = parse_name(" ".join(parsed.words[1:]), "person")
                if again is not None:
                    self.parsed[name] = again
        surnames = {p.surname for p in self.parsed.values() if p.kind == "person" and p.given is not None}
        for name, parsed in list(self.parsed.items()):
            if parsed.kind == "organization" and len(parsed.words) == 1 and fold(parsed.words[0]) in surnames:
                again = parse_name(name.title() if name.isupper() else name, "person")
                if again is not None and again.kind == "person":
                    self.parsed[name] = again

    def _false_given(self, name: str, parsed: ParsedName) -> bool:
        """Whether a name's first word is only a capitalised sentence start: every time the article writes
        the name it opens a sentence, and the word is written in lower case elsewhere in it."""
        if self.article_text is None or parsed.middle or parsed.suffix:
            return False
        first = parsed.words[0]
        pattern = re.compile(
            rf"(?:^|(?<=[.!?:;\"“”\n]))\s*({re.escape(first)})\s+{re.escape(parsed.words[-1])}\b"
        )
        anywhere = re.compile(rf"\b{re.escape(first)}\s+{re.escape(parsed.words[-1])}\b")
        for article in {m.article for m in self.by_name[name]}:
            text = self.article_text(article) or ""
            total = len(anywhere.findall(text))
            if total == 0 or len(pattern.findall(text)) < total:
                return False
        lower = re.compile(rf"\b{re.escape(first.lower())}\b")
        nearby = sorted(
            {
                m.article
                for n, p in self.parsed.items()
                if p.surname == parsed.surname
                for m in self.by_name[n]
            }
        )
        return any(lower.search(self.article_text(a) or "") for a in nearby[:_VOCABULARY_ARTICLES])

    def _new(self, kind: ActorKind) -> int:
        self.groups.append(_Group(kind))
        return len(self.groups) - 1

    # --- persons with a given name

    def full_names(self) -> None:
        by_key: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
        for name, parsed in self.parsed.items():
            if parsed.kind == "person" and parsed.given is not None and parsed.surname is not None:
                by_key[(formal_given(parsed.given), parsed.surname, parsed.suffix)].append(name)
        for names in by_key.values():
            names.sort(key=lambda n: (-len(self.by_name[n]), len(n), n))  # as `_canonical` ranks them
            clusters: list[list[str]] = []
            for name in names:
                middle = self.parsed[name].middle
                fits = [c for c in clusters if all(middles_agree(middle, self.parsed[o].middle) for o in c)]
                if len(fits) == 1:
                    fits[0].append(name)
                else:
                    clusters.append([name])
            for cluster in clusters:
                for part in self._periods(cluster):
                    self._person_group(cluster, part)

    def _periods(self, names: list[str]) -> list[list[Mention]]:
        """The mentions of one full name, split where years pass between them under different titles."""
        mentions = sorted((m for n in names for m in self.by_name[n]), key=lambda m: (m.date or "", m.key))
        dated = [m for m in mentions if _day(m.date)]
        parts: list[list[Mention]] = [[]]
        titles: set[str] = set()
        previous: date | None = None
        for mention in dated:
            day = _day(mention.date)
            assert day is not None
            here = _titles(mention)
            if previous is not None and day - previous > PERIOD_GAP and titles and here and not titles & here:
                parts.append([])
                titles = set()
            parts[-1].append(mention)
            titles |= here
            previous = day
        parts[0].extend(m for m in mentions if not _day(m.date))
        return [p for p in parts if p]

    def _person_group(self, names: list[str], mentions: list[Mention]) -> None:
        index = self._new("person")
        group = self.groups[index]
        head = fold(names[0])
        for mention in mentions:
            parsed = self.parsed.get(" ".join(mention.name.split()))
            reason = REASON_NAME if fold(mention.name) == head else REASON_VARIANT
            head_given = self.parsed[names[0]].given
            if reason == REASON_VARIANT and parsed is not None and parsed.given != head_given:
                reason = REASON_NICKNAME
            group.add([mention], reason)
        group.parsed.extend(self.parsed[n] for n in names)
        self._index_person(index)

    def _index_person(self, index: int) -> None:
        group = self.groups[index]
        surname = group.parsed[0].surname if group.parsed else None
        if surname:
            self.surnames[surname].append(index)
        days = [d for d in (_day(m.date) for m in group.mentions) if d]
        self.spans[index] = (min(days), max(days)) if days else (None, None)
        self.title_counts[index] = Counter(t for m in group.mentions for t in _titles(m))
        self.group_titles[index] = set(self.title_counts[index])
        genders = Counter(g for g in (honorific_gender(m.source or "") for m in group.mentions) if g)
        self.genders[index] = genders.most_common(1)[0][0] if genders else None
        for mention in group.mentions:
            self.in_article[mention.article].add(index)

    # --- a surname alone

    def bearer(
        self, surname: str, mention: Mention, gender: Gender | None, titles: set[str]
    ) -> tuple[int | None, str, list[int]]:
        """The person a surname alone means in this mention, the reason, and the candidates."""
        candidates = [
            i
            for i in self.surnames.get(fold(surname), [])
            if gender is None or self.genders[i] in (None, gender)
        ]
        if not candidates:
            return None, REASON_SURNAME, []
        named = [i for i in candidates if i in self.in_article.get(mention.article, set())]
        if len(named) != 1:
            named = self._named_in_text(candidates, mention.article)
        if len(named) == 1:
            return named[0], REASON_SAME_ARTICLE, candidates
        titled = self._titled(candidates, titles)
        if titled is not None:
            return titled, REASON_TITLE, candidates
        current = [i for i in candidates if self._in_period(i, _day(mention.date))]
        if len(current) == 1 and not (titles and self.group_titles[current[0]]):
            return current[0], REASON_PERIOD, candidates
        return None, REASON_SURNAME, current or candidates

    def _titled(self, candidates: list[int], titles: set[str]) -> int | None:
        """The bearer who holds the mention's title: nearly all uses of it among the candidates are theirs
        (a stray use by another, from a resolver's slip, does not make two holders)."""
        if not titles:
            return None
        uses = Counter({i: sum(self.title_counts[i][t] for t in titles) for i in candidates})
        total = sum(uses.values())
        best, count = uses.most_common(1)[0] if total else (None, 0)
        return best if best is not None and count >= TITLE_SHARE * total else None

    def _named_in_text(self, candidates: list[int], article: int) -> list[int]:
        text = self.article_text(article) if self.article_text else None
        if not text:
            return []
        found = []
        for index in candidates:
            parsed = self.groups[index].parsed[0]
            pattern = rf"\b{re.escape(parsed.words[0])}\s+(?:\S+\s+){{0,2}}{re.escape(parsed.words[-1])}\b"
            if re.search(pattern, text, re.IGNORECASE):
                found.append(index)
        return found

    def _in_period(self, index: int, day: date | None) -> bool:
        first, last = self.spans[index]
        if day is None or first is None or last is None:
            return True
        return first - PERIOD_MARGIN <= day <= last + PERIOD_MARGIN

    def surnames_alone(self) -> None:
        apart: dict[str, int] = {}
        for name, parsed in self.parsed.items():
            if not parsed.surname_only:
                continue
            assert parsed.surname is not None
            for mention in self.by_name[name]:
                gender = parsed.gender or honorific_gender(mention.source or "")
                index, reason, candidates = self.bearer(
                    parsed.surname, mention, gender, _titles(mention, parsed)
                )
                if index is not None:
                    self.surname_uses[(parsed.surname, index)] += 1
                if index is None:
                    key = fold(parsed.display)
                    if key not in apart:
                        apart[key] = self._new("person")
                        self.groups[apart[key]].parsed.append(parsed)
                    index = apart[key]
                    self.groups[index].links |= {("may be", c) for c in candidates}
                self.groups[index].add([mention], reason)

    # --- organisations, bodies, groups

    def organizations(self) -> None:
        orgs: dict[str, int] = {}
        acronyms: list[str] = []
        for name, parsed in self.parsed.items():
            if parsed.kind != "organization":
                continue
            if len(parsed.words) == 1 and parsed.acronym == parsed.words[0].replace(".", ""):
                acronyms.append(name)
                continue
            key = fold(parsed.display)
            if key not in orgs:
                orgs[key] = self._new("organization")
                self.groups[orgs[key]].parsed.append(parsed)
            self.groups[orgs[key]].add(self.by_name[name], REASON_NAME)
        by_initials: dict[str, list[int]] = defaultdict(list)
        for key, index in orgs.items():
            by_initials[initials(key.split())].append(index)
        expansions = {fold(k): fold(v[0]) for k, v in table("resolve", "abbreviations").items() if v}
        for name in acronyms:
            acronym = self.parsed[name].acronym or ""
            known = orgs.get(expansions.get(fold(name), ""))
            matches = [known] if known is not None else by_initials.get(acronym, [])
            if len(matches) == 1:
                self.groups[matches[0]].add(self.by_name[name], REASON_ACRONYM)
                continue
            key = fold(name)
            if key not in orgs:
                orgs[key] = self._new("organization")
                self.groups[orgs[key]].parsed.append(self.parsed[name])
            self.groups[orgs[key]].add(self.by_name[name], REASON_NAME)

    def principal_of(self, written: str, mention: Mention) -> int | None:
        """The person a campaign's, administration's or family's name belongs to, if one is meant."""
        parsed = parse_name(written, "person")
        if parsed is None or parsed.kind != "person" or parsed.surname is None:
            return None
        if parsed.given is None:
            index, _, candidates = self.bearer(parsed.surname, mention, parsed.gender, set())
            return index if index is not None else self._usual_bearer(parsed.surname, candidates)
        fits = [
            i
            for i in self.surnames.get(parsed.surname, [])
            if formal_given(self.groups[i].parsed[0].given or "") == formal_given(parsed.given)
            and middles_agree(parsed.middle, self.groups[i].parsed[0].middle)
        ]
        return fits[0] if len(fits) == 1 else None

    def _usual_bearer(self, surname: str, candidates: list[int]) -> int | None:
        """The bearer nearly every surname alone the rules resolved went to ("Obama" → Barack Obama): whom
        "the Obama administration" names when nothing else tells."""
        uses = Counter({i: self.surname_uses[(surname, i)] for i in candidates})
        total = sum(uses.values())
        if not total:
            return None
        best, count = uses.most_common(1)[0]
        return best if count >= TITLE_SHARE * total else None

    def bodies(self) -> None:
        found: dict[tuple[str, str], int] = {}
        for name, parsed in self.parsed.items():
            if parsed.kind not in ("campaign", "administration", "family") or parsed.principal is None:
                continue
            for mention in self.by_name[name]:
                person = None if parsed.kind == "family" else self.principal_of(parsed.principal, mention)
                principal = str(person) if person is not None else fold(parsed.principal.split()[-1])
                key = (parsed.kind, principal if person is not None else f"surname:{principal}")
                if key not in found:
                    found[key] = self._new(parsed.kind)
                    group = self.groups[found[key]]
                    group.principal = parsed.principal
                    if person is not None:
                        group.links.add(("belongs to", person))
                    else:
                        group.links |= {
                            ("member" if parsed.kind == "family" else "may belong to", i)
                            for i in self.surnames.get(principal, [])
                        }
                group = self.groups[found[key]]
                group.parsed.append(parsed)
                group.add([mention], REASON_NAME if len(group.mentions) == 0 else REASON_BODY)

    def coordinated(self) -> None:
        found: dict[str, int] = {}
        lookup = self._lookup()
        for name, parsed in self.parsed.items():
            if parsed.kind != "group":
                continue
            key = fold(name)
            if key not in found:
                found[key] = self._new("group")
                self.groups[found[key]].parsed.append(parsed)
                self.groups[found[key]].links |= {
                    ("member", lookup[fold(m)]) for m in parsed.members if fold(m) in lookup
                }
            self.groups[found[key]].add(self.by_name[name], REASON_NAME)

    def _lookup(self) -> dict[str, int]:
        """Folded names (and their titled forms) → the one group written so."""
        seen: dict[str, set[int]] = defaultdict(set)
        for index, group in enumerate(self.groups):
            for mention in group.mentions:
                seen[fold(mention.name)].add(index)
        return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}

    # --- the user's aliases

    def user_aliases(self) -> None:
        for target, mentions in self.forced.items():
            splitting = any(
                fold(m.name) == fold(target) or fold(m.source or "") == fold(target) for m in mentions
            )
            existing = None if splitting else self._named(target)
            if existing is None:
                parsed = parse_name(target, _kind_of(mentions)) or ParsedName(target, "person", (target,))
                existing = self._new(parsed.kind)
                self.groups[existing].parsed.append(parsed)
                self.groups[existing].forced = target
            self.groups[existing].add(mentions, REASON_USER)

    def _named(self, name: str) -> int | None:
        for index, group in enumerate(self.groups):
            if group.forced is None and group.name and fold(group.name) == fold(name):
                return index
            if group.forced is not None and fold(group.forced) == fold(name):
                return index
        return None


def _canonical(group: _Group) -> str:
    """The name an actor goes by: the user's, else its most used name written in full (ties: the shorter)."""
    if group.forced:
        return group.forced
    if group.kind == "person" and group.parsed and group.parsed[0].surname_only:
        # Kept apart from the bearers it may mean: named so, the surname itself stays free for them.
        return f"{group.parsed[0].display} ({SURNAME_ALONE})" if group.links else group.parsed[0].display
    source_type = "organization" if group.kind == "organization" else None
    used = Counter(" ".join(m.name.split()) for m in group.mentions)
    if not used:
        return group.parsed[0].display if group.parsed else "?"

    def rank(item: tuple[str, int]) -> tuple[bool, int, int, str]:  # ties: the shorter name
        parsed = parse_name(item[0], source_type)
        full = (
            parsed is not None and not parsed.surname_only and not (parsed.acronym and len(parsed.words) == 1)
        )
        return full, item[1], -len(item[0]), item[0]

    best = max(used.items(), key=rank)[0]
    parsed = parse_name(best, source_type)
    return parsed.display if parsed is not None and group.kind in ("person", "organization") else best


def _years(group: _Group) -> str:
    days = sorted(d for d in (_day(m.date) for m in group.mentions) if d)
    if not days:
        return "undated"
    first, last = days[0].year, days[-1].year
    return str(first) if first == last else f"{first}–{last}"


def _name_groups(groups: list[_Group]) -> None:
    """Give every group its canonical name, unique: same names get their years ("John Smith (2009)")."""
    for group in groups:
        group.name = _canonical(group)
    by_name: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        by_name[fold(group.name)].append(group)
    for same in by_name.values():
        if len(same) > 1:
            for group in same:
                group.name = (
                    f"{group.name} ({_years(group)}{', ' + group.kind if group.kind != 'person' else ''})"
                )
    seen: Counter[str] = Counter()
    for group in groups:
        seen[fold(group.name)] += 1
        if seen[fold(group.name)] > 1:
            group.name = f"{group.name} #{seen[fold(group.name)]}"


def _aliases(group: _Group) -> tuple[Alias, ...]:
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for mention in group.mentions:
        # The name the resolver gave, with the registry's reason; the words written, if other, as resolved
        # within the article. Each counted once per mention.
        named = " ".join(mention.name.split())
        written_as = " ".join((mention.source or "").split())
        for alias, reason in (
            (named, group.reasons.get(fold(named), REASON_NAME)),
            (written_as if fold(written_as) != fold(named) else "", REASON_IN_ARTICLE),
        ):
            if not _is_alias(alias):
                continue
            key = fold(alias)
            counts[key] += 1
            written.setdefault(key, alias)
            if alias == named or key not in reasons:
                reasons[key] = reason
    canonical = fold(group.name)

    def why(key: str) -> str:
        if reasons[key] != REASON_NAME or key == canonical:
            return reasons[key]
        return {"person": REASON_VARIANT, "organization": REASON_WRITTEN}.get(group.kind, REASON_BODY)

    return tuple(Alias(written[k], n, why(k)) for k, n in sorted(counts.items(), key=lambda i: (-i[1], i[0])))


def _is_alias(mention: str) -> bool:
    words = mention.split()
    return 0 < len(words) <= 6 and any(w[:1].isupper() for w in words) and fold(mention) not in _PRONOUNS


def _title_uses(group: _Group) -> tuple[TitleUse, ...]:
    seen: dict[str, list[str | None]] = defaultdict(list)
    written: dict[str, str] = {}
    for mention in group.mentions:
        titles = {fold(t): " ".join(t.split()) for t in (mention.title or "").split(";") if t.strip()}
        for key, title in titles.items():
            written.setdefault(key, title)
            seen[key].append(mention.date)
    uses = []
    for key, dates in seen.items():
        dated = sorted(d for d in dates if d)
        uses.append(
            TitleUse(written[key], dated[0] if dated else None, dated[-1] if dated else None, len(dates))
        )
    return tuple(sorted(uses, key=lambda u: (-u.count, u.title)))


def _actor(group: _Group, groups: list[_Group]) -> RegistryActor:
    dates = sorted(m.date for m in group.mentions if m.date)
    links = sorted(
        {(relation, groups[other].name) for relation, other in group.links if groups[other] is not group}
    )
    return RegistryActor(
        name=group.name,
        kind=group.kind,
        aliases=_aliases(group),
        titles=_title_uses(group),
        mentions=len(group.mentions),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        links=tuple(Link(relation, other) for relation, other in links),
    )


def _link_back(groups: list[_Group]) -> None:
    """A person learns of its campaign, administration and family ("Barack Obama": administration)."""
    for index, group in enumerate(groups):
        for relation, other in list(group.links):
            if relation in ("belongs to", "may belong to"):
                groups[other].links.add(
                    (group.kind if relation == "belongs to" else f"may be {group.kind}", index)
                )
            elif relation == "member":
                groups[other].links.add((f"in {group.kind}", index))


def build_registry(
    mentions: Sequence[Mention],
    aliases: Sequence[UserAlias] = (),
    article_text: Callable[[int], str | None] | None = None,
) -> Registry:
    """The registry of the mentions: every actor once, each mention assigned to one (mentions that name
    nobody, such as "the company", are left out). `article_text` gives an article's text, so that a surname
    alone can be matched to a full name the article names outside any attribution."""
    builder = _Builder(mentions, aliases, article_text)
    builder.read_names()
    builder.full_names()
    builder.surnames_alone()
    builder.organizations()
    builder.bodies()
    builder.coordinated()
    groups = builder.groups
    _name_groups(groups)
    builder.user_aliases()
    _name_groups(groups)
    _link_back(groups)
    kept = [g for g in groups if g.mentions]
    actors = tuple(sorted((_actor(g, groups) for g in kept), key=lambda a: (-a.mentions, a.name)))
    assignment = {m.key: g.name for g in kept for m in g.mentions}
    return Registry(actors, assignment)
