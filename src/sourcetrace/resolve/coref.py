"""Who a source is: deterministic sieves from a source mention to the article's actor.

In the spirit of the quote-attribution sieves of Muzny, Fang, Chang and Jurafsky (2017), "A Two-stage Sieve
Approach for Quote Attribution" (EACL): a few ordered, high-precision rules, each tried only when the ones
before it found nothing, with what earlier sources resolved to kept as the discourse memory.

1. exact name: a full name stands for itself ("Nancy Pelosi");
2. surname / first name: a partial name is the nearest full name ending (or starting) with it ("Pelosi");
3. alias: a title or apposition given to a named person anywhere in the article, and names of institutions
   normalised ("The FBI" -> Federal Bureau of Investigation, "Germany's ministries" -> German ...);
4. role noun: "the French president", "The Indiana governor" is the person whose titles match it best, else
   the nearest earlier person not known to hold the role otherwise qualified ("press secretary" is not "the
   former secretary"); a role noun of unknown reference is an unnamed individual;
5. pronoun: "he"/"she" is the nearest earlier compatible speaker, else sentence subject, else name, gender
   known from the pronouns used after each name; "they"/"it" is the nearest earlier group, institution or
   document source, else such a noun phrase of the parse; a relative pronoun is its antecedent in the parse;
   "someone", "several" are unnamed sources; "I"/"we" in a quote are its speaker (`resolve_article`);
6. institution and document nouns: "the campaign", "The ad" is the nearest earlier source of that kind, "the
   country" the nearest earlier place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Token

from sourcetrace.parse import Segment, children, segment_at
from sourcetrace.resolve import anonymous, lexicon
from sourcetrace.resolve.mention import Mention, make_mention, mention_of_token
from sourcetrace.resolve.names import NameBook
from sourcetrace.resolve.source_type import Category, classify
from sourcetrace.types import Actor, Anonymity, SourceType, Span

#: Sentences looked back for a pronoun's antecedent.
_PRONOUN_WINDOW = 5
#: Characters of a sentence parsed on demand for a source outside the parsed segments.
_LONGEST_SENTENCE = 2000
#: Institution nouns that stand for a place ("the country said").
_PLACE_NOUNS = frozenset({"country", "nation"})
_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_NOT_AUTHORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NAME_WORD = re.compile(r"[A-Z][\w’'.\-]*")
_LEADING_POSSESSIVE = re.compile(r"^(?:’s|'s)?\s*")


@dataclass(frozen=True)
class Referent:
    """What a source mention resolved to."""

    source_type: SourceType
    actor: Actor | None = None
    on_behalf_of: str | None = None
    anonymous: Anonymity | None = None
    gender: str | None = None
    plural: bool = False


@dataclass(frozen=True)
class _Memory:
    start: int
    referent: Referent


def _strip_article(text: str) -> str:
    return _THE.sub("", text.strip()).strip(" ,;:")


def _gender_of_noun(word: str) -> str | None:
    low = word.lower()
    if low.endswith("woman") or low in ("she", "her", "wife", "mother", "daughter", "actress", "queen"):
        return "f"
    if (low.endswith("man") and low != "human") or low in (
        "he",
        "him",
        "his",
        "husband",
        "father",
        "son",
        "king",
    ):
        return "m"
    return None


class Resolver:
    """Resolves the sources of one article, in text order, remembering what each resolved to.

    `nlp` is the pipeline the article was parsed with: it parses the rare sentence of a source that no
    segment covers (the resolver never loads a model itself)."""

    def __init__(self, text: str, segments: Sequence[Segment], nlp: Language) -> None:
        self.text = text
        self.nlp = nlp
        self.segments = segments
        self.names = NameBook(text, segments)
        self.memory: list[_Memory] = []
        self._acronyms = self._article_acronyms()
        #: Whom each named spokesperson speaks for, decided at their first mention.
        self._principals: dict[str, str | None] = {}
        #: The contents of the article's attributions: never a source's credential.
        self.contents: list[Span] = []
        #: Titles learnt while resolving: role nouns that refer to a person, premodifiers of a mention.
        self.extra_titles: dict[str, list[str]] = {}
        self.segments = sorted(segments, key=lambda s: s.start)
        self._segment_starts = [s.start for s in self.segments]
        self._segment_ends = [s.end for s in self.segments]
        self.extra_segments: list[Segment] = []

    # --- entry point

    def segment_at(self, start: int, end: int) -> Segment | None:
        """The parsed segment holding a stretch of the text, if any."""
        i = bisect.bisect_right(self._segment_starts, start) - 1
        if i >= 0 and end <= self._segment_ends[i]:
            return self.segments[i]
        return segment_at(self.segments, start, end) or segment_at(self.extra_segments, start, end)

    def _parse_sentence(self, start: int, end: int) -> Segment | None:
        """A source the extraction found outside every parsed segment (rare): parse its sentence alone."""
        sentence_start, sentence_end = self.names.sentence_of(start)
        sentence_end = max(sentence_end, end)
        if sentence_end - sentence_start > _LONGEST_SENTENCE:
            return None
        segment = Segment(sentence_start, self.nlp(self.text[sentence_start:sentence_end]))
        self.extra_segments.append(segment)
        return segment

    def resolve(self, start: int, end: int, skip: list[Span]) -> Referent:
        segment = self.segment_at(start, end) or self._parse_sentence(start, end)
        mention = make_mention(segment, start, end, self.text[start:end]) if segment else None
        referent = self._unparsed(start, end) if mention is None else self.resolve_mention(mention, skip)
        self.memory.append(_Memory(start, referent))
        return referent

    def resolve_mention(self, mention: Mention, skip: list[Span], depth: int = 0) -> Referent:
        if mention.is_pronoun and not mention.partitive:
            return self._pronoun(mention, skip, depth)
        named = _named_apposition(mention)
        if named is not None and depth < 2:
            # "The state's campaign chairman, Jo Fox," / "his wife and nominee Jo Fox": the name is meant
            referent = self.resolve_mention(mention_of_token(mention.segment, named), skip, depth + 1)
            if referent.source_type == "person":
                return referent
        category = classify(mention, self.names)
        return self._by_category(mention, category, skip, depth)

    # --- kinds

    def _by_category(self, mention: Mention, category: Category, skip: list[Span], depth: int) -> Referent:
        kind = category.source_type
        if kind == "person":
            if category.refers_back:
                found = self._role_noun(mention)
                if found is not None:
                    return found
                return self._anonymous(mention, "anonymous_individual", skip)
            name = self._person_name(mention)
            return Referent(
                "person",
                Actor(name, self._title(name, mention)),
                on_behalf_of=self._principal(name, mention),
                gender=self._gender(name),
            )
        if kind == "organization":
            return Referent("organization", Actor(self._organization_name(mention)), plural=mention.plural)
        if kind == "document":
            if mention.is_proper and not lexicon.is_document_noun(mention.core.lemma_):
                return Referent("document", Actor(self._organization_name(mention)))  # "a Times [report]"
            return Referent("document", Actor(self._document_author(mention, depth)), plural=mention.plural)
        return self._anonymous(mention, kind, skip)

    def _anonymous(self, mention: Mention, kind: SourceType, skip: list[Span]) -> Referent:
        details = anonymous.anonymity(
            mention,
            kind == "anonymous_individual",
            self.text,
            self.names,
            skip,
            self._token_name,
            self.contents,
        )
        on_behalf = None
        if mention.lemma in lexicon.words("spokesperson_nouns") or mention.lower in lexicon.words(
            "spokesperson_nouns"
        ):
            owner = mention.possessor() or next(iter(mention.compounds()), None)
            on_behalf = self._token_name(owner) if owner is not None else None
        return Referent(
            kind, None, on_behalf, details, _gender_of_noun(mention.lower), kind == "anonymous_group"
        )

    def _unparsed(self, start: int, end: int) -> Referent:
        """A span outside every parsed segment: judge from its words alone."""
        words = [w for w in re.findall(r"[\w’'.-]+", self.text[start:end])]
        if not words:
            return Referent("unknown")
        if all(w[:1].isupper() for w in words):
            name = self.names.full_name([_POSSESSIVE.sub("", w) for w in words[-2:]], start)
            return Referent("person", Actor(name, self._title(name, None)), gender=self._gender(name))
        return Referent("anonymous_group" if words[-1].endswith("s") else "anonymous_individual")

    # --- persons

    def _person_name(self, mention: Mention) -> str:
        tokens = mention.name_tokens() or [mention.core]
        raw = mention.doc[tokens[0].i : tokens[-1].i + 1].text.split()
        words = [_POSSESSIVE.sub("", w) for w in raw if _NAME_WORD.fullmatch(w)] or [mention.core.text]
        # the longest tail that is a known person, else what follows the last lower-case joiner
        known = [i for i in range(len(words)) if " ".join(words[i:]) in self.names.people]
        lower = [i for i, w in enumerate(words) if not w[:1].isupper()]
        if known:
            words = words[known[0] :]
        elif lower and words[lower[-1] + 1 :]:
            words = words[lower[-1] + 1 :]
        names = [self.names.full_name(words, mention.start)]
        for conj in children(mention.core):
            if conj.dep_ == "conj" and conj.pos_ == "PROPN":
                more = [t.text for t in conj.lefts if t.pos_ == "PROPN" and t.i >= conj.i - 2] + [conj.text]
                names.append(self.names.full_name(more, mention.start))
        return "; ".join(names)

    def _title(self, name: str, mention: Mention | None) -> str | None:
        if mention is not None and mention.name_tokens():
            names = {t.i for t in mention.name_tokens()}
            own = [
                t for t in mention.left if t.dep_ not in ("det", "poss", "case", "punct") and t.i not in names
            ]
            if own and any(_is_role_token(t) for t in own):
                self._learn_title(name, " ".join(t.text for t in own))
        return self.title_of(name)

    def title_of(self, name: str) -> str | None:
        """All the titles the article gives a person so far, abbreviations expanded, joined by "; "."""
        person = self.names.person(name)
        titles = [*(person.titles if person else ()), *self.extra_titles.get(name, ())]
        expanded: list[str] = []
        for title in titles:
            text = " ".join(lexicon.expand_abbreviation(w) for w in title.split())
            if text not in expanded:
                expanded.append(text)
        return "; ".join(expanded) or None

    def _learn_title(self, name: str, title: str) -> None:
        known = self.extra_titles.setdefault(name, [])
        if title and title not in known:
            known.append(title)

    def learn_role_titles(self) -> None:
        """Titles from definite role nouns anywhere in the parsed text ("the Indiana governor"), each given
        to the person sieve 4 resolves it to."""
        for segment in self.segments:
            for token in segment.doc:
                if token.pos_ != "NOUN" or token.tag_ != "NN" or not lexicon.is_role_noun(token.lemma_):
                    continue
                if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
                    continue
                self._role_noun(mention_of_token(segment, token))

    def _gender(self, name: str) -> str | None:
        """A person's gender, as the pronouns after their name tell (`NameBook`)."""
        person = self.names.person(name)
        return person.gender if person else None

    def _principal(self, name: str, mention: Mention | None) -> str | None:
        if name not in self._principals:
            self._principals[name] = self._find_principal(name, mention)
        return self._principals[name]

    def _find_principal(self, name: str, mention: Mention | None) -> str | None:
        """Whom a spokesperson speaks for: the owner named in their title ("Pelosi aide" -> Pelosi), or the
        institution or person most recently a source when the title names none ("Spokeswoman Jane Doe")."""
        person = self.names.person(name)
        titles = list(person.titles) if person else []
        role, role_then_owner = _spokesperson_patterns()
        for title in titles:
            at = role.search(title)
            if at is None:
                continue
            after = role_then_owner.search(title)
            owner_text = after.group(1) if after else title[: at.start() if at else 0]
            owner_words = [_POSSESSIVE.sub("", w) for w in owner_text.split() if w[:1].isupper()]
            if owner_words:
                return self._owner_name(owner_words, (mention.start if mention else 0), owner_text)
            nouns = [_POSSESSIVE.sub("", w).lower() for w in owner_text.split()]
            institution = next((n for n in nouns if lexicon.is_organization_noun(n)), None)
            if institution is not None:  # "the campaign's press secretary"
                found = self._recent("organization", institution)
                if found:
                    return found
            for memory in reversed(self.memory):
                actor = memory.referent.actor
                if memory.referent.source_type in ("organization", "person") and actor and actor.name != name:
                    return actor.name
            return None
        return None

    def _owner_name(self, words: list[str], at: int, phrase: str) -> str:
        name = self.names.full_name(words, at) if len(words) <= 2 else " ".join(words)
        if " " not in name and name not in self.names.people:
            name = self._expand(name)
        if re.search(r"\bcampaign\b", phrase, re.I):
            return f"{name} campaign"
        return name

    def _role_noun(self, mention: Mention) -> Referent | None:
        """Sieve 4: a definite role noun is the person whose titles share most words with it."""
        wanted = {
            lexicon.expand_abbreviation(t.text).lower()
            for t in mention.left
            if t.dep_ not in ("det", "poss", "case", "punct") and t.pos_ not in ("DET", "PRON")
        }
        core = mention.core.text.lower()
        best: tuple[int, int, int, str] | None = None
        other_role: set[str] = set()
        for person in self.names.people.values():
            last = max(
                (
                    m.start
                    for m in self.names.mentions
                    if m.start < mention.start and self.names.name_of(m) == person.name
                ),
                default=-1,
            )
            for title in person.titles:
                words = {lexicon.expand_abbreviation(w).lower().strip(",") for w in title.split()}
                words |= {w for word in list(words) for w in word.split()}
                if core not in words and core.rstrip("s") not in words:
                    continue
                if wanted and not words & wanted and _qualified_role(title, core):
                    other_role.add(person.name)  # "press secretary" is not "the former secretary"
                    continue
                extra = len(words - wanted - {core, core.rstrip("s")})
                score = (len(words & wanted), -extra, last, person.name)
                if best is None or score > best:
                    best = score
        if best is not None:
            name = best[3]
            self._learn_title(name, _role_phrase(mention))
        else:
            gender = _gender_of_noun(core)
            # a role noun does not refer to a person named earlier in its own sentence ("X told the senator")
            sentence_start, _ = self.names.sentence_of(mention.start)
            found = self._nearest_person(sentence_start, gender, exclude=other_role)
            if found is None or not lexicon.is_role_noun(core):
                return None
            name = found
            self._learn_title(name, _role_phrase(mention))
        return Referent(
            "person",
            Actor(name, self._title(name, None)),
            self._principal(name, None),
            gender=self._gender(name),
        )

    # --- pronouns

    def _pronoun(self, mention: Mention, skip: list[Span], depth: int) -> Referent:
        whole = " ".join(mention.text.lower().split())
        word = whole if whole in lexicon.table("pronouns") else mention.head.text.lower()
        gender, number, kind = lexicon.table("pronouns").get(word, ("-", "-", "other"))
        if kind == "relative" and depth < 2:
            noun = _antecedent(mention.head)
            if noun is not None:
                return self.resolve_mention(mention_of_token(mention.segment, noun), skip, depth + 1)
        if gender in ("m", "f"):
            name = self._nearest_person(mention.start, gender)
            if name is not None:
                return Referent(
                    "person", Actor(name, self._title(name, None)), self._principal(name, None), gender=gender
                )
            return Referent("person", None, gender=gender)
        if kind == "indefinite":
            kind_of: SourceType = "anonymous_group" if number == "pl" else "anonymous_individual"
            return self._anonymous(mention, kind_of, skip)
        if word in ("they", "them", "their", "theirs", "it", "its", "one", "which", "that"):
            plural = number == "pl"
            for memory in reversed(self.memory):
                if memory.start >= mention.start:
                    continue
                if self.names.sentence_index(mention.start) - self.names.sentence_index(memory.start) > (
                    _PRONOUN_WINDOW
                ):
                    break
                referent = memory.referent
                if referent.source_type == "unknown":
                    continue
                if referent.source_type == "person" and (
                    plural or referent.actor is None or ";" not in referent.actor.name
                ):
                    continue
                if not plural and referent.source_type == "anonymous_group":
                    continue
                return referent
            antecedent = self._text_antecedent(mention, plural)
            if antecedent is not None and depth < 2:
                return self.resolve_mention(antecedent, skip, depth + 1)
            if plural:
                return self._anonymous(mention, "anonymous_group", skip)
            return Referent("organization", None)
        return Referent("unknown")

    def _text_antecedent(self, mention: Mention, plural: bool) -> Mention | None:
        """Sieve 5b: when no earlier source fits, the nearest earlier noun phrase of the parse that does:
        a plural noun of people for "they", an institution, place or document for "it"."""
        limit = self.names.sentence_index(mention.start) - 2
        for segment in reversed(self.segments):
            if segment.start >= mention.start:
                continue
            for token in reversed(segment.doc):
                at = segment.start + token.idx
                if at >= mention.start:
                    continue
                if self.names.sentence_index(at) < limit:
                    return None
                if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "poss", "amod"):
                    continue
                if self._inside_quote(at):
                    continue
                if plural and token.tag_ in ("NNS", "NNPS") and not lexicon.is_document_noun(token.lemma_):
                    return mention_of_token(segment, token)
                if (
                    not plural
                    and token.tag_ in ("NN", "NNP")
                    and (
                        token.ent_type_ in ("ORG", "GPE")
                        or lexicon.is_organization_noun(token.lemma_)
                        or lexicon.is_document_noun(token.lemma_)
                    )
                ):
                    return mention_of_token(segment, token)
        return None

    def _nearest_person(self, at: int, gender: str | None, exclude: set[str] | None = None) -> str | None:
        """Sieve 5: the nearest earlier compatible speaker, else sentence subject, else named person."""
        current = self.names.sentence_index(at)
        speakers = {}
        for memory in self.memory:
            if memory.referent.source_type == "person" and memory.referent.actor and memory.start < at:
                speakers[memory.start] = memory.referent
        for index in range(current, max(current - _PRONOUN_WINDOW, -1), -1):
            start, end = self.names.sentences[index] if self.names.sentences else (0, len(self.text))
            end = min(end, at)
            candidates: list[tuple[int, bool, int, str]] = []
            for offset, referent in speakers.items():
                known = self._gender(referent.actor.name) if referent.actor else None
                if start <= offset < end and referent.actor and _compatible(known, gender):
                    # a speaker quoted inside another's words is no more salient than a subject
                    nested = any(c.start <= offset < c.end for c in self.contents)
                    unknown = known is None and gender is not None
                    candidates.append((1 if nested else 0, unknown, offset, referent.actor.name))
            for mention in self.names.mentions_between(start, end):
                name = self.names.name_of(mention)
                if self.names.person(name) is None or self._inside_quote(mention.start):
                    continue
                known = self._gender(name)
                if _compatible(known, gender):
                    candidates.append(
                        (1 if mention.sentence_initial else 2, known is None, mention.start, name)
                    )
            candidates = [c for c in candidates if not exclude or c[3] not in exclude]
            if candidates:
                # speakers first; then, among other names, a known matching gender before an unknown one
                key = min(_candidate_key(c) for c in candidates)
                best = [c for c in candidates if _candidate_key(c) == key]
                rank = key[2]
                return max(best, key=lambda c: c[2])[3] if rank == 0 else min(best, key=lambda c: c[2])[3]
        return None

    def _inside_quote(self, offset: int) -> bool:
        paragraph_start = self.text.rfind("\n", 0, offset) + 1
        before = self.text[paragraph_start:offset]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    # --- institutions and documents

    def _token_name(self, token: Token | None) -> str | None:
        """The name of a proper noun or pronoun inside a phrase (an owner, an agent)."""
        if token is None:
            return None
        if token.pos_ == "PRON":
            gender = _gender_of_noun(token.text)
            if gender:
                return self._nearest_person(self._offset(token), gender)
            for memory in reversed(self.memory):
                if memory.referent.actor:
                    return memory.referent.actor.name
            return None
        words = [t.text for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i] or [token.text]
        words = [_POSSESSIVE.sub("", w) for w in words]
        if self.names.is_person_word(words[-1]):
            return self.names.full_name(words, self._offset(token))
        if token.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or (len(words) == 1 and words[0].isupper()):
            return self._expand(" ".join(words))
        return self.names.full_name(words, self._offset(token))

    def _offset(self, token: Token) -> int:
        """Where a token of any parsed segment stands in the article text."""
        for segment in [*self.segments, *self.extra_segments]:
            if segment.doc is token.doc:
                return segment.start + token.idx
        return 0

    def _organization_name(self, mention: Mention) -> str:
        core = mention.core
        owner = mention.possessor()
        owners = [owner] if owner is not None and owner.pos_ == "PROPN" else mention.compounds()
        owners = [o for o in owners if o.dep_ == "poss" or self.names.is_person_word(o.text)]
        if not mention.is_proper and owners:
            owner_token = owners[0]
            if owner_token.ent_type_ == "GPE" and owner is not None and owner.i == owner_token.i:
                demonym = self._demonym(owner_token.text)
                text = mention.segment.text
                rest = text[owner_token.idx + len(owner_token.text) : core.idx + len(core.text)]
                if demonym:
                    return f"{demonym} {_LEADING_POSSESSIVE.sub('', rest)}".strip()
                return f"{owner_token.text}{rest}"
            name = self._token_name(owner_token) or owner_token.text
            return f"{name} {core.lemma_.lower()}"
        if not mention.is_proper:
            tail = [c for c in children(core) if c.dep_ == "prep" and c.text.lower() == "of" and c.i > core.i]
            named = any(t.text[:1].isupper() and not t.is_sent_start for t in mention.left)
            if mention.definite and not tail and not named:
                found = self._recent("organization", core.lemma_.lower(), mention.start)
                if found:
                    return found
            tokens = [t for t in mention.left if t.dep_ not in ("det",)] + [core]
            phrase = " ".join(t.text for t in tokens)
            if tail:
                last = list(tail[0].subtree)[-1]
                phrase = mention.segment.text[tokens[0].idx : last.idx + len(last.text)]
            return phrase[:1].upper() + phrase[1:]
        ent = next((e for e in mention.doc.ents if e.start <= core.i < e.end and e.label_ != "PERSON"), None)
        run = " ".join(t.text for t in mention.name_tokens())
        name = ent.text if ent is not None and len(ent.text) >= len(run) else run
        if not name.strip():
            name = mention.text
        return self._expand(_POSSESSIVE.sub("", _strip_article(name)))

    def _document_author(self, mention: Mention, depth: int) -> str:
        core = mention.core
        # the one named by "by" / "from" ("a letter from his doctor"), else the subject of "X signed an order"
        agents: list[Token | None] = [agent for agent in map(_agent_of, children(core)) if agent is not None]
        for agent in agents or [_author_subject(core)]:
            if agent is not None and depth < 2:
                referent = self.resolve_mention(mention_of_token(mention.segment, agent), [], depth + 1)
                if referent.actor:
                    return referent.actor.name
        owner = mention.possessor()
        if owner is not None and owner.pos_ in ("PROPN", "PRON"):
            name = self._token_name(owner)
            if name:
                return name
        compounds = [t for t in mention.left if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_AUTHORS]
        if compounds:
            head = compounds[-1]
            if head.ent_type_ in ("ORG", "GPE"):
                return self._expand(_strip_article(" ".join(t.text for t in compounds)))
            return self.names.full_name(
                [t.text for t in compounds if not lexicon.is_title_word(t.text)][-2:], mention.start
            )
        if mention.definite:
            found = self._recent("document", None) or self._recent("organization", None)
            if found:
                return found
        tokens = [*mention.left, core]
        tokens = [
            t
            for t in tokens
            if t.dep_ not in ("det", "nummod", "quantmod")
            and not t.is_punct
            and t.text.lower() not in lexicon.words("vague_quantifiers")
        ]
        last = max(
            [core] + [t for c in children(core) if c.dep_ == "prep" and c.i > core.i for t in c.subtree],
            key=lambda t: t.i,
        )
        first = tokens[0] if tokens else core
        return mention.segment.text[first.idx : last.idx + len(last.text)]

    def _recent(self, kind: str, word: str | None, at: int | None = None) -> str | None:
        """Sieve 6: the nearest earlier source of this kind (whose name holds `word`, when given); for "the
        country" the nearest earlier place the parser found."""
        fallback = None
        if word in _PLACE_NOUNS and at is not None:
            place = self._nearest_entity(at, ("GPE",))
            if place:
                return place
        for memory in reversed(self.memory):
            referent = memory.referent
            if referent.source_type != kind or referent.actor is None:
                continue
            if word is None or re.search(rf"\b{re.escape(word)}\b", referent.actor.name.lower()):
                return referent.actor.name
            fallback = fallback or referent.actor.name
        if word is not None:
            pattern = re.compile(
                rf"\b((?:[A-Z][\w’'-]+\s+)+{re.escape(word.title())}\b(?:\s+(?:of|for)\s+"
                rf"(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?"
                rf"|{re.escape(word.title())}\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
            )
            matches = list(pattern.finditer(self.text, 0, at if at is not None else len(self.text)))
            named = [_strip_article(m.group(1)) for m in matches]
            named = [n for n in named if " " in n]
            if named:
                return named[-1]
            if at is not None:
                organization = self._nearest_entity(at, ("ORG",))
                if organization:
                    return self._expand(organization)
        return fallback

    def _nearest_entity(self, at: int, labels: tuple[str, ...]) -> str | None:
        limit = self.names.sentence_index(at) - 2
        for segment in reversed(self.segments):
            for ent in reversed(segment.doc.ents):
                start = segment.start + ent.start_char
                if start >= at or ent.label_ not in labels:
                    continue
                if self.names.sentence_index(start) < limit:
                    return None
                return _POSSESSIVE.sub("", _strip_article(ent.text))
        return None

    def _expand(self, name: str) -> str:
        if name in self._acronyms:
            return self._acronyms[name]
        expanded = lexicon.table("abbreviations").get(name)
        return expanded[0] if expanded else name

    def _article_acronyms(self) -> dict[str, str]:
        """Acronyms the article defines: "Alliance to Reclaim Our Schools (AROS)"."""
        found: dict[str, str] = {}
        for match in re.finditer(
            r"((?:[A-Z][\w’'-]*[ \u00a0]+(?:(?:of|for|to|the|and|on|in)[ \u00a0]+)?)+)\(([A-Z]{2,})\)",
            self.text,
        ):
            words = match.group(1).split()
            while words and words[0].lower() in ("the", "a", "an"):
                words.pop(0)
            if words and words[0][0] == match.group(2)[0]:
                found[match.group(2)] = " ".join(words)
        return found

    def _demonym(self, place: str) -> str | None:
        """The article's own adjective for a place: "German" for "Germany" when the article uses it."""
        stems = {place, place[:-1]} if place[-1:] in "aeiouy" else {place}
        for suffix in [*sorted(lexicon.words("demonym_suffixes"), key=len, reverse=True), ""]:
            for stem in stems:
                candidate = stem + suffix
                if candidate != place and re.search(rf"\b{re.escape(candidate)}\b", self.text):
                    return candidate
        return None


def _named_apposition(mention: Mention) -> Token | None:
    """A proper name in apposition to, or coordinated with, a common-noun head."""
    if mention.is_proper or mention.core.pos_ != "NOUN":
        return None
    for child in children(mention.core):
        inside = child.i > mention.core.i and mention.offset(child) < mention.end
        if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN" and inside:
            return child
    return None


def _qualified_role(title: str, core: str) -> bool:
    """Whether a title qualifies the role noun with a lower-case word ("press secretary")."""
    words = [w.lower() if w[:1].isupper() else w for w in title.split()]
    original = title.split()
    for i, word in enumerate(words[1:], start=1):
        if word.rstrip("s") == core.rstrip("s") and original[i - 1][:1].islower():
            return True
    return False


def _is_role_token(token: Token) -> bool:
    return lexicon.is_role_noun(token.lemma_) or lexicon.is_title_word(token.text)


def _role_phrase(mention: Mention) -> str:
    """The title a role noun phrase gives: "The Indiana governor" -> "Indiana governor"."""
    words = [t.text for t in mention.left if t.dep_ not in ("det", "poss", "case", "punct")]
    return " ".join([*words, mention.core.text])


@cache
def _spokesperson_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A spokesperson noun, and one followed by its principal ("spokeswoman for X")."""
    nouns = sorted(lexicon.words("spokesperson_nouns"), key=len, reverse=True)
    role = rf"\b(?:{'|'.join(map(re.escape, nouns))})\b"
    return re.compile(role, re.I), re.compile(rf"{role}\s+(?:for|to|of)\s+(.+)$", re.I)


def _candidate_key(candidate: tuple[int, bool, int, str]) -> tuple[int, int, int]:
    """Speakers (rank 0) before other names; within each, a known matching gender before an unknown one."""
    rank, unknown = candidate[0], candidate[1]
    return (rank > 0, unknown, rank)


def _compatible(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Jo Fox, who ..." -> Fox. A predicate noun stands for its
    subject ("Fox is a lawyer who ..." -> Fox) and a bare object of "of/for" for the noun it completes
    ("the nominee for president, who ..." -> nominee)."""
    verb = token.head
    while verb.dep_ not in ("relcl", "acl") and verb.head.i != verb.i and verb.pos_ not in ("NOUN", "PROPN"):
        verb = verb.head
    noun: Token | None = None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        noun = verb.head
    else:
        for i in range(token.i - 1, token.sent.start - 1, -1):
            if token.doc[i].pos_ in ("NOUN", "PROPN"):
                noun = token.doc[i]
                break
    if noun is None:
        return None
    while (
        noun.dep_ == "pobj"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("det", "poss") for c in children(noun))
    ):
        noun = noun.head.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            noun = subject
    return noun


def _author_subject(core: Token) -> Token | None:
    """The author of a document that is the object of a verb of writing or issuing: the verb's subject ("X
    signed an order that ...", "the ministry issued a statement saying ...", "the letter she wrote")."""
    verbs = [core.head] if core.dep_ == "dobj" else []
    verbs += [c for c in children(core) if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in lexicon.words("authoring_verbs"):
            continue
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children(verb)):
            verb = verb.head  # "drafted and signed a letter"
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i != core.i:
            return subject
    return None


def _agent_of(child: Token) -> Token | None:
    """The issuer of a document: "a video by the committee", "an ad from X's campaign", "published by X"."""
    if child.dep_ == "prep" and child.text.lower() in ("by", "from"):
        return next((c for c in children(child) if c.dep_ == "pobj"), None)
    if child.dep_ in ("acl", "relcl"):
        for grand in children(child):
            if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.text.lower() == "by"):
                return next((c for c in children(grand) if c.dep_ == "pobj"), None)
    return None
