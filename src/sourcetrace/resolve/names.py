"""The people an article names: full names, the surnames that stand for them, their titles and gender.

Built once per article from a cheap regular-expression scan of the whole text (names are often introduced
in sentences that were never parsed), checked against the named entities of the parsed segments. This is
the memory that the exact-name, surname and alias sieves of `coref` consult (Muzny et al. 2017, "A
Two-stage Sieve Approach for Quote Attribution", EACL).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace import data
from sourcetrace.parse import MAX_SENTENCE, Segment, sentence_bounds
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.name_titles import apposition_title, title_before
from sourcetrace.resolve.name_words import (
    SPACE,
    breaks_name,
    capitalised_run,
    clean_word,
    fold,
    is_name,
    is_owner,
    is_particle,
    is_title,
    looks_like_name_word,
    opens_name,
    particles_then_surname,
    surname,
)

#: Platforms a message is posted on (`data/extract/platform_nouns.txt`): never a person's name.
_PLATFORMS = data.words("extract", "platform_nouns")
#: A one-word outlet's name, "news" its end: "Wikinews", "Ynetnews".
_NEWS_WORD = re.compile(r"[A-Z]\w+news", re.IGNORECASE)


def is_platform_or_outlet(words: Sequence[str]) -> bool:
    """Whether a one-word name is a platform ("Twitter", which the recogniser may tag a person) or an
    outlet by its form ("Wikinews"): a company, never a person."""
    return len(words) == 1 and (words[0].lower() in _PLATFORMS or _NEWS_WORD.fullmatch(words[0]) is not None)

_PRONOUN_AHEAD = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_NON_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
#: "the" right before a name: a thing's ("the Norvik Tundra"), seldom a person's.
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)
#: A copula and an indefinite article before a word: "she was a Halvadi" says what she is, not who.
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained)[ \u00a0]+an?[ \u00a0]+$",
    re.IGNORECASE,
)
#: A party and state after a name: "(R-S.C.)", "(D-Mo.)".
_PARTY_STATE = re.compile(r"[ \u00a0]*\(([A-Z]-[A-Z][\w.\- ]{0,12})\)")
#: An age in apposition after a name: "Jo Fox, 23,".
#: A regnal or generational number after a name ("Elizabeth II", "Charles III", "John Smith IV").
_ROMAN = re.compile(r"[IVXL]+")
_AGE = re.compile(r",[ \u00a0]*\d{1,3}[,)]")
#: A capitalised word and a preposition right before a run of capitals: "Secretary of (the)", "Ambassador to
#: (the)", "Senator from" (a title whose complement the run goes on with, see `_complement_opens`).
_COMPLEMENT_OPENS = re.compile(r"\b([A-Z][a-z]+)[ \u00a0](of|to|for|from)(?:[ \u00a0]the)?[ \u00a0]+$")
#: "of" right after a name: "Jo Fox of Blue Reef Charters".
_OF_AFTER = re.compile(r"[ \u00a0]of[ \u00a0]")
_ABBREVIATION_END = re.compile(r"\(?[A-Z]-[A-Z][\w.]*|[A-Z]\.")


@dataclass(frozen=True)
class NameMention:
    """One occurrence of a person's name in the text: `words` is the name without its title."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str | None
    sentence_initial: bool


@dataclass(frozen=True)
class Person:
    """A person named in full somewhere in the article."""

    name: str
    gender: str | None
    titles: tuple[str, ...]


def _merge_fragments(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences the rough splitter cut after an abbreviation ("Sen.", "(R-Ga.") or before a
    lower-case word, up to `MAX_SENTENCE` characters (the pieces of an over-long sentence stay apart)."""
    merged: list[tuple[int, int]] = []
    for start, end in sentences:
        if merged and end - merged[-1][0] <= MAX_SENTENCE:
            previous = text[merged[-1][0] : merged[-1][1]]
            same_paragraph = "\n" not in text[merged[-1][1] : start]
            last = previous.split()[-1] if previous.split() else ""
            cut_short = is_title(last) or bool(_ABBREVIATION_END.fullmatch(last))
            if same_paragraph and (cut_short or text[start : start + 1].islower()):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def _gender_of(pronoun: str) -> str:
    return "m" if pronoun.lower() in ("he", "him", "his", "himself") else "f"


def _folded(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


class NameBook:
    """The person names of one article and where each occurs."""

    def __init__(self, text: str, segments: Sequence[Segment]) -> None:
        self.text = text
        self.sentences = _merge_fragments(text, list(sentence_bounds(text)))
        self._sentence_starts = [s for s, _ in self.sentences]
        self._non_person: list[tuple[int, int]] = []
        self._person_ents: set[str] = set()
        self._person_spans: list[tuple[int, int, list[str]]] = []
        for segment in segments:
            for ent in segment.doc.ents:
                start, end = segment.start + ent.start_char, segment.start + ent.end_char
                if ent.label_ == "PERSON":
                    self._person_ents.update(clean_word(w) for w in ent.text.split())
                    self._person_spans.append((start, end, [clean_word(w) for w in ent.text.split()]))
                elif ent.label_ in _NON_PERSON_LABELS:
                    self._non_person.append((start, end))
        self._non_person.sort()
        self._non_person_starts = [s for s, _ in self._non_person]
        self._non_person_reach = list(itertools.accumulate((e for _, e in self._non_person), max))
        self._latest_start_by_end: dict[int, int] = {}
        for s, e in self._non_person:
            self._latest_start_by_end[e] = max(s, self._latest_start_by_end.get(e, s))
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self._headings: dict[int, bool] = {}
        self.mentions = self._scan()
        self._mention_starts = [m.start for m in self.mentions]
        self._full = [m for m in self.mentions if len(m.words) >= 2]
        self._full_counts = Counter(m.words for m in self._full)
        self._by_last: dict[str, list[NameMention]] = {}
        self._by_first: dict[str, list[NameMention]] = {}
        # the last words of the longer names, the case aside: "de Blasio" of "Bill de Blasio"
        endings = {_folded(m.words[-k:]) for m in self._full for k in range(2, len(m.words))}
        for full in self._full:
            if particles_then_surname(full.words) and _folded(full.words) in endings:
                continue  # "De Blasio": a surname with its particle, not a full name; "Van Jones" is one
            last = surname(full.words)
            self._by_last.setdefault(fold(last), []).append(full)
            if "-" in last and is_particle(last.split("-", 1)[0]):
                self._by_last.setdefault(fold(last.split("-", 1)[1]), []).append(full)
            self._by_first.setdefault(fold(full.words[0]), []).append(full)
        self._full_cache: dict[tuple[str, int, int], str] = {}
        self._mention_names: dict[int, str] = {}
        self._person_words: set[str] | None = None
        self._starts_by_name: dict[str, list[int]] | None = None
        self.people = self._people()

    # --- scanning

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        return self.sentences[i] if self.sentences else (0, len(self.text))

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def in_heading(self, offset: int) -> bool:
        """Whether an offset is in a heading: a line in title case without closing punctuation (decided
        once per line: a text of one long line is otherwise read whole for every name in it)."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        line_start = self._line_starts[index]
        known = self._headings.get(line_start)
        if known is not None:
            return known
        line_end = self._line_starts[index + 1] - 1 if index + 1 < len(self._line_starts) else len(self.text)
        line = self.text[line_start:line_end].strip()
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
        heading = (not re.search(r"[.!?…”\"’)]$", line) and len(words) >= 3
                   and sum(w[0].isupper() for w in words) >= 0.7 * len(words))
        self._headings[line_start] = heading
        return heading

    def _is_non_person(self, start: int, end: int) -> bool:
        """Whether a parser's entity other than a person overlaps `start`..`end` (by bisection: of the
        entities that start before `end`, does the one reaching furthest reach past `start`?)."""
        before = bisect.bisect_left(self._non_person_starts, end)
        return before > 0 and self._non_person_reach[before - 1] > start

    def _covered(self, start: int, end: int) -> bool:
        """Whether one parser's entity other than a person covers `start`..`end` (of the entities that start
        at or before `start`, does the one reaching furthest reach `end`?)."""
        before = bisect.bisect_right(self._non_person_starts, start)
        return before > 0 and self._non_person_reach[before - 1] >= end

    def _runs(self) -> list[list[tuple[int, str]]]:
        """Capitalised word runs as (offset, word) lists, cut after a sentence-final period."""
        runs: list[list[tuple[int, str]]] = []
        for match in capitalised_run().finditer(self.text):
            current: list[tuple[int, str]] = []
            for word in re.finditer(rf"[^{SPACE[1:-1]}]+", match.group()):
                current.append((match.start() + word.start(), word.group()))
                bare = word.group()[:-1]
                if (
                    word.group().endswith(".")
                    and len(bare) > 1
                    and "." not in bare
                    and not is_title(word.group())
                ):
                    runs.append(current)
                    current = []
            if current:
                runs.append(current)
        return runs

    def _affiliated(self, end: int, words: list[str], alone: set[str]) -> bool:
        """Whether a name inside a parser's organisation is a person's affiliation-swallowed name: the entity
        goes on with "of" after it ("Jo Fox of Blue Reef Charters" as one organisation), and the article calls
        the person by the surname alone elsewhere ("Fox remarked")."""
        return (
            surname(words) in alone
            and _OF_AFTER.match(self.text, end) is not None
            and self._is_non_person(end + 1, end + 3)
        )

    def _first_alone(self, runs: list[list[tuple[int, str]]]) -> dict[str, int]:
        """Where each capitalised word first stands on its own inside a sentence of the body: "Varnholt" in
        "The truck maker Varnholt, which ..." (a sentence's first word or a heading's may be any word)."""
        found: dict[str, int] = {}
        for run in runs:
            if len(run) != 1:
                continue
            at, word = run[0]
            sentence_start, _ = self.sentence_of(at)
            if self.text[sentence_start:at].strip() and not self.in_heading(at):
                found.setdefault(clean_word(word), at)
        return found

    def _named_after(self, words: list[str], start: int, first_alone: dict[str, int]) -> bool:
        """Whether a name of several words names a thing after a name the article used alone before it ("the
        truck maker Norvik, ...", then "the Norvik Falcon"): its first word is then no person's first name,
        unless the parser tags one of the other words as a person's."""
        return (
            len(words) > 1
            and first_alone.get(words[0], start) < start
            and not set(words[1:]) & self._person_ents
        )

    def _thing(self, words: list[str], run_start: int, cut: int) -> bool:
        """Whether a name of several words names a thing, a product or an organisation: "the" right before the
        untitled name ("the Norvik Tundra", "the QX Ranger": "the" seldom stands before a person's bare name),
        and the parser tags none of its words as a person's (a capitalised "The" opening a sentence is left
        alone: then often part of a name)."""
        if cut or len(words) < 2 or set(words) & self._person_ents:
            return False
        return _THE_BEFORE.search(self.text, max(run_start - 5, 0), run_start) is not None

    def _is_name(self, words: list[str]) -> bool:
        """`is_name`, also for a hyphenated given name whose second part is in lower case ("Yu Hoi-kwan", "Kim
        Jong-un") when the parser tags the word as part of a person's name: a word so written is otherwise a
        description ("Yemen-based", "London-born"), and the name lost its title ("Police Superintendent")."""
        return is_name([w.split("-", 1)[0] if self._split_given_name(w) else w for w in words])

    def _split_given_name(self, word: str) -> bool:
        """A capitalised word whose part after the hyphen is in lower case, inside the parser's person:
        "Hoi-kwan" (not "al-Assad", whose particle opens it)."""
        first, _, rest = word.partition("-")
        return first[:1].isupper() and rest[:1].islower() and word in self._person_ents

    def _scan(self) -> list[NameMention]:
        mentions: list[NameMention] = []
        runs = self._runs()
        alone = {clean_word(run[0][1]) for run in runs if len(run) == 1}  # a capitalised word on its own
        first_alone = self._first_alone(runs)
        for run in runs:
            raw = [w for _, w in run]
            cut = owned = 0
            for i, word in enumerate(raw[:-1]):
                if is_particle(word):
                    continue
                if is_owner(word):
                    cut = owned = i + 1  # "President's Choice", "Brisk's Jo Fox": the owner is no title
                    continue
                if (
                    is_title(word)
                    or word.lower() in STOP_WORDS
                    or not looks_like_name_word(clean_word(word))
                    or lexicon.is_organization_suffix(clean_word(word).lower())
                    or (i == cut and not opens_name(clean_word(word)))
                ):
                    cut = i + 1
            cut = max(cut, self._entity_cut(run))
            cut += self._opening_word_cut(run[cut:])
            goes_on = self._complement_opens(run[0][0])
            if cut == 0 and len(raw) > 2 and goes_on:
                cut = self._complement_cut(run)  # "Secretary of State John Kerry": the title goes on
            # the words cut are the rest of that title ("Secretary of the | Air Force", "Senator from |
            # Vermont"), unless they are a title of their own ("a spokesman for | Senator Jo Fox")
            complement = goes_on and cut > 0 and not is_title(raw[cut - 1])
            words = [clean_word(w) for w in raw[cut:]]
            # a title before a surname with its particle: "Mayor de Blasio"
            particled = cut > 0 and particles_then_surname(words) and looks_like_name_word(words[-1])
            if not (self._is_name(words) or particled) or words[0].lower() in lexicon.words("place_words"):
                continue  # "Mount Rushmore" is a place
            if lexicon.is_organization_suffix(words[-1].lower()) or is_title(words[-1]):
                continue
            if is_platform_or_outlet(words):
                continue  # "Twitter", which the recogniser may tag a person, is a company and a platform
            start = run[cut][0]
            end = run[-1][0] + len(words[-1])
            if self.in_heading(start) and not all(w in self._person_ents for w in words):
                continue  # "Users Urged To Remain Cautious": a heading's capitals make no name
            if len(words) == 1 and not cut and _PREDICATE_BEFORE.search(self.text, max(start - 20, 0), start):
                continue  # "she was a Kannadiga": a predicate nominal (a people, a demonym) names no one
            sentence_start, _ = self.sentence_of(run[0][0])
            # an owner right before the name is no title ("President's Choice", "BBC's Jo Fox"); before a
            # title it is part of it ("Labour's Shadow Home Secretary Jo Fox")
            direct = owned and owned == cut
            before = self.text[sentence_start : run[0][0]]
            title = None if direct else title_before(before, raw[:cut], complement)
            # a title inside the parser's organisation with a one-word name after it is the organisation's
            # first word ("General Tractors", "Major League Curling" tagged whole)
            titled = title and not (len(words) == 1 and self._covered(run[0][0], end))
            # the parser's organisation, unless a title, an age or a surname used alone says person ("Jo Fox,
            # 23,", "Jo Fox of Blue Reef Charters ... Fox remarked")
            evidence = titled or _AGE.match(self.text, end) or self._affiliated(end, words, alone)
            if self._is_non_person(start, end) and not set(words) & self._person_ents and not evidence:
                continue
            if not evidence and self._named_after(words, start, first_alone):
                continue  # "the truck maker Norvik ... the Norvik Falcon": a thing named after it
            if not evidence and self._thing(words, run[0][0], cut):
                continue  # "the Norvik Tundra": a product
            party = _PARTY_STATE.match(self.text, end)
            if party:
                title = f"{title} ({party.group(1)})" if title else f"({party.group(1)})"
            sentence_start, _ = self.sentence_of(start)
            lead = self.text[sentence_start:start]
            initial = len(lead.split()) <= 5 and "," not in lead
            mentions.append(NameMention(start, end, tuple(words), title, initial))
        mentions.extend(self._person_entities(mentions))
        return sorted(mentions, key=lambda m: m.start)

    def _entity_cut(self, run: list[tuple[int, str]]) -> int:
        """Where a named organisation or place before a name ends inside a run, with at least two words of
        name after it: "United Nations | Jo Fox", "Labour Party | Jo Fox"; also one that began before the run,
        the tail of a title's complement ("Secretary of the Air Force | Jo Fox", where the parser's
        organisation is "the Air Force")."""
        ends = self._latest_start_by_end
        cuts = [i + 1 for i, (at, word) in enumerate(run[:-2]) if at + len(word) in ends]
        return max(cuts, default=0)

    def _person_entity_at(self, at: int) -> tuple[int, int, list[str]] | None:
        """The parser's person entity that starts at an offset, if any."""
        return next((span for span in self._person_spans if span[0] == at), None)

    def _opening_word_cut(self, run: list[tuple[int, str]]) -> int:
        """1 when a run's first word is a description, not a name: a weekday ("On Tuesday Jo Fox said"), or
        the capitalised first word of a sentence that the parser leaves out of the person named by the two or
        more words after it ("Ecologist Jo Fox said", "Voter Jo Fox said"); else 0."""
        if len(run) < 2:
            return 0
        first = clean_word(run[0][1]).lower()
        if first in lexicon.words("weekdays"):
            return 1
        if first.endswith("ing"):
            return 0  # a participle opening the sentence ("Saying Jo Fox ...") or a name ("Sterling Jo Fox")
        sentence_start, _ = self.sentence_of(run[0][0])
        if len(run) < 3 or self.text[sentence_start : run[0][0]].strip(" \u00a0\"“‘'(—–-"):
            return 0
        person = self._person_entity_at(run[1][0])
        end = run[-1][0] + len(run[-1][1].rstrip(".,"))
        return 1 if person is not None and person[1] == end else 0

    def _complement_opens(self, at: int) -> bool:
        """Whether a title's complement goes on at an offset: after a capitalised word and "of" ("Secretary of
        State Jo Fox"), or after a title and "to", "for" or "from" ("Ambassador to the United States Jo Fox",
        "Senator from Vermont Jo Fox"; not "According to the ...")."""
        match = _COMPLEMENT_OPENS.search(self.text, max(at - 30, 0), at)
        return match is not None and (match.group(2) == "of" or is_title(match.group(1)))

    def _complement_cut(self, run: list[tuple[int, str]]) -> int:
        """Where the name starts in a run right after a title and its preposition ("Director of", "Ambassador
        to the", "Senator from"): at a parser's entity that starts after the run's first word and ends it,
        the words before it the rest of the title's complement ("National Intelligence | Jo Fox", "United
        States | Jo Fox"); else after the first word ("State | Jo Fox")."""
        end = run[-1][0] + len(clean_word(run[-1][1]))
        for i, (at, _) in enumerate(run[1:-1], start=1):
            person = self._person_entity_at(at)
            if (person is not None and person[1] >= end) or self._latest_start_by_end.get(end) == at:
                return i
        return 1

    def _person_entities(self, found: list[NameMention]) -> list[NameMention]:
        """Full names the parser tagged as persons inside a longer capitalised run (a headline)."""
        extra = []
        for start, end, words in self._person_spans:
            cut = max((i + 1 for i, w in enumerate(words[:-1]) if breaks_name(w)), default=0)
            start += len(" ".join(words[:cut])) + (1 if cut else 0)
            words = words[cut:]
            if len(words) < 2 or any(m.start <= start < m.end and m.words == tuple(words) for m in found):
                continue
            if any(start < m.start and m.end == end for m in found):
                continue  # the scan left the run's first words out ("Senator from Vermont Jo Fox")
            if words[0].lower() in lexicon.words("place_words"):
                continue
            end = start + len(self.text[start:end].rstrip("’'s"))
            extra.append(NameMention(start, end, tuple(words), None, False))
        return extra

    # --- people

    def _people(self) -> dict[str, Person]:
        genders: dict[str, Counter[str]] = {}
        titles: dict[str, list[str]] = {}
        for mention in self.mentions:
            name = self.name_of(mention)
            if " " not in name and name not in self._person_ents:
                continue
            votes = genders.setdefault(name, Counter())
            possessive = self.text[mention.end : mention.end + 2] in ("’s", "'s")
            gender = None if possessive else self._gender_after(mention)
            if gender:
                votes[gender] += 1
            for title in (mention.title, apposition_title(self.text, mention.end)):
                if title and title not in titles.setdefault(name, []):
                    titles[name].append(title)
            honorific = "" if len(mention.words) < 2 else self.text[max(mention.start - 5, 0) : mention.start]
            if re.search(r"\bM(?:rs|s)\.?\s*$", honorific):
                votes["f"] += 3
            elif re.search(r"\bMr\.?\s*$", honorific):
                votes["m"] += 3
            for title in titles.get(name, []):
                for word in title.lower().split():
                    said = lexicon.gender_of_word(word)
                    if said:
                        votes[said] += 1
        people = {}
        for name, votes in genders.items():
            if " " not in name and not votes and not titles.get(name):
                continue  # a word the parser took for a person, with nothing else to say so ("Brexit")
            top = votes.most_common(2)
            gender = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
            people[name] = Person(name, gender, tuple(titles.get(name, ())))
        return people

    def _gender_after(self, mention: NameMention) -> str | None:
        """Gender from pronouns that refer back to a name: a gendered pronoun soon after it in the same
        sentence, outside quotes, with no other name between; or a pronoun opening the next sentence after
        a name that is the sentence's subject."""
        index = self.sentence_index(mention.start)
        _, sentence_end = self.sentences[index] if self.sentences else (0, len(self.text))
        window = self.text[mention.end : sentence_end]
        found = _PRONOUN_AHEAD.search(window)
        if found:
            between = window[: found.start()]
            quoted = any(q in between for q in '“”"')
            if not quoted and len(between.split()) <= 8 and not re.search(r"\b[A-Z][a-z]", between):
                return _gender_of(found.group(1))
        if mention.sentence_initial and index + 1 < len(self.sentences):
            start, end = self.sentences[index + 1]
            opening = re.match(r"(he|she|his|her)\b", self.text[start:end], re.IGNORECASE)
            first_in_sentence = not any(
                m.start < mention.start
                for m in self.mentions_between(self.sentences[index][0], mention.start)
            )
            if opening and first_in_sentence:
                return _gender_of(opening.group(1))
        return None

    # --- look-ups

    def full_name(self, words: Sequence[str], at: int) -> str:
        """The fullest form of a partial name: a full name ending (or else starting) with the same word, the
        one named in this or the previous sentence if any, else the nearest earlier one that was a sentence
        subject, else the one the article introduced first. Names seen more than once, or tagged as persons
        by the parser, are trusted over one-off capitalised runs."""
        if not words:
            return ""
        # a name in capitals ("TRUMP") is written as a name, but not a regnal number after one ("Charles III";
        # a first word is a name: "XI JINPING")
        words = [
            w.title() if w.isupper() and len(w) > 2 and not (i and _ROMAN.fullmatch(w)) else w
            for i, w in enumerate(words)
        ]
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if is_title(w) or breaks_name(w)), default=0)
        words = words[cut:]
        if particles_then_surname(words):
            return self._particle_surname(words, at)  # "De Blasio", "van Helden": a surname, not a full name
        if len(words) >= 2:
            return " ".join(words)
        key = (words[0].lower(), self.sentence_index(at), at)
        if key not in self._full_cache:
            self._full_cache[key] = self._lookup(words[0], at)
        return self._full_cache[key]

    def _particle_surname(self, words: Sequence[str], at: int) -> str:
        """The full name a surname with its particles stands for, the particles' case aside ("De Blasio"
        opening a sentence, "Mayor de Blasio" -> "Jo de Blasio"), else the surname as written."""
        full = self.full_name(words[-1:], at)
        particles = [w.casefold() for w in words[:-1]]
        found = full.split()
        if len(found) > len(words) and [w.casefold() for w in found[-len(words) : -1]] == particles:
            return full
        return " ".join(words)

    def _lookup(self, word: str, at: int) -> str:
        for index in (self._by_last, self._by_first):
            candidates = index.get(fold(word), [])
            if not candidates:
                continue
            candidates = [f for f in candidates if self._trusted(f)] or candidates
            sentence = self.sentence_index(at)
            near = [f for f in candidates if f.start <= at and sentence - self.sentence_index(f.start) <= 1]
            if near:
                return " ".join(near[-1].words)
            subjects = [f for f in candidates if f.start <= at and f.sentence_initial]
            if subjects:
                return " ".join(subjects[-1].words)
            return " ".join(candidates[0].words)
        return word

    def _trusted(self, full: NameMention) -> bool:
        """Whether a full name is seen more than once or tagged as a person by the parser."""
        return self._full_counts[full.words] > 1 or full.words[0] in self._person_ents

    def name_of(self, mention: NameMention) -> str:
        """The full name a mention in the text stands for (cached)."""
        if mention.start not in self._mention_names:
            self._mention_names[mention.start] = self.full_name(mention.words, mention.start)
        return self._mention_names[mention.start]

    def last_mention_before(self, name: str, offset: int) -> int:
        """Where the last mention of the full name `name` before `offset` starts (-1: none); the mentions
        of each name are gathered once, and bisected."""
        if self._starts_by_name is None:
            self._starts_by_name = {}
            for mention in self.mentions:  # in text order: each list is sorted
                self._starts_by_name.setdefault(self.name_of(mention), []).append(mention.start)
        starts = self._starts_by_name.get(name, [])
        before = bisect.bisect_left(starts, offset)
        return starts[before - 1] if before else -1

    def is_person_word(self, word: str) -> bool:
        """Whether a word is a name the parser tagged as a person, or part of a full person name."""
        word = clean_word(word)
        if word in self._person_ents:
            return True
        if self._person_words is None:
            self._person_words = {
                w.lower() for m in self._full if self.name_of(m) in self.people for w in m.words
            }
        return word.lower() in self._person_words

    def person(self, name: str) -> Person | None:
        return self.people.get(name)

    def gender(self, name: str) -> str | None:
        """A person's gender, as the pronouns after their name tell."""
        person = self.person(name)
        return person.gender if person else None

    def mentions_between(self, start: int, end: int) -> list[NameMention]:
        """The mentions inside `start`..`end` (`mentions` are in text order: found by bisection)."""
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_right(self._mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]
