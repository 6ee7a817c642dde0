"""Which institution an organisation mention names, and whose name an owner or agent inside a phrase is.

A proper name is normalised (articles and possessives dropped, acronyms the article defines and known
abbreviations expanded: "The FBI" -> Federal Bureau of Investigation); an owner's place becomes the article's
own adjective for it ("Germany's ministries" -> German ministries); a definite institution noun ("the
campaign") is the nearest earlier source of that kind, "the country" the nearest earlier place (sieve 6); a
definite noun of a kind of business ("the company", "the airline") the business named last, past any
organisation of another kind ("the Treasury Department").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from sourcetrace.parse import children, labelled_turns
from sourcetrace.resolve import coordination, lexicon
from sourcetrace.resolve.mention import POSSESSIVE, Mention, run_text
from sourcetrace.resolve.persons import gender_of_noun
from sourcetrace.resolve.referent import Memory, is_speaker_label
from sourcetrace.resolve.salience import nearest_person

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver

#: Institution nouns that stand for a place ("the country said").
_PLACE_NOUNS = frozenset({"country", "nation"})
_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LEADING_POSSESSIVE = re.compile(r"^(?:’s|'s)?\s*")
#: Where an organisation is based, before its name: "Yemen-based", "London - based".
_BASED = re.compile(r"^[\w’'.]+\s*-\s*based\s+")
#: An acronym in brackets after a name, closed or cut by the entity's end: "Halvorsen Motors (HM".
_BRACKETED_END = re.compile(r"\s*\([^()]*\)?$")


def strip_article(text: str) -> str:
    """A name without its leading article and trailing punctuation."""
    return _THE.sub("", text.strip()).strip(" ,;:")


def organization_name(resolver: Resolver, mention: Mention) -> str:
    """The name of the institution an organisation mention stands for."""
    core = mention.core
    owner = mention.possessor()
    owners = [owner] if owner is not None and owner.pos_ == "PROPN" else mention.compounds()
    owners = [o for o in owners if o.dep_ == "poss" or resolver.names.is_person_word(o.text)]
    if not mention.is_proper and owners:
        owner_token = owners[0]
        if owner_token.ent_type_ == "GPE" and owner is not None and owner.i == owner_token.i:
            demonym = _demonym(resolver.text, owner_token.text)
            text = mention.segment.text
            rest = text[owner_token.idx + len(owner_token.text) : core.idx + len(core.text)]
            if demonym:
                return f"{demonym} {_LEADING_POSSESSIVE.sub('', rest)}".strip()
            return f"{owner_token.text}{rest}"
        name = token_name(resolver, owner_token) or owner_token.text
        if owner_token.dep_ == "poss":  # "Erdogan's office" -> Recep Tayyip Erdoğan's office, as written
            text = mention.segment.text
            rest = text[
                owner_token.idx + len(POSSESSIVE.sub("", owner_token.text)) : core.idx + len(core.text)
            ]
            return f"{name}{rest}"
        return f"{name} {core.lemma_.lower()}"
    if not mention.is_proper:
        place = _place_after(mention)
        if place is not None:
            first, last = place
            text = mention.segment.text
            owners_before = [t for t in mention.left if t.ent_type_ in _OWNER_LABELS and t.dep_ != "det"]
            if owners_before:
                # "the U.S. embassy in Beijing" is the U.S. one, in Beijing: the phrase as written
                return text[owners_before[0].idx : last.idx + len(last.text)]
            # "police in Baytown, Texas" -> Baytown, Texas police
            return f"{text[first.idx : last.idx + len(last.text)]} {core.text.lower()}"
        tail = [c for c in children(core) if c.dep_ == "prep" and c.text.lower() == "of" and c.i > core.i]
        # a capitalised word before the noun names it ("the Brisk company"); not "The" after a quote mark
        named = any(t.text[:1].isupper() and not t.is_sent_start and t.dep_ != "det" for t in mention.left)
        business = core.lemma_.lower() in lexicon.words("business_nouns")
        if business and mention.possessor() is None:
            found = name_after(resolver, mention.offset(core) + len(core.text), mention.end)
            if found:
                return found  # "American automobile manufacturer General Motors (GM)"
        unowned = not business or mention.possessor() is None  # "My company": the speaker's
        if (mention.definite or mention.determiner is None) and not tail and not named and unowned:
            found = recent(resolver, "organization", core.lemma_.lower(), mention.start)
            if found:
                return found
        # where it is based is no part of its name: "The Yemen-based Houthi movement" -> Houthi movement
        based = {t.i for b in mention.left if b.lower_ == "based" for t in b.subtree}
        tokens = [t for t in mention.left if t.dep_ not in ("det",) and t.i not in based] + [core]
        last = list(tail[0].subtree)[-1] if tail else core
        phrase = mention.segment.text[tokens[0].idx : last.idx + len(last.text)]
        return phrase[:1].upper() + phrase[1:]
    ent = _own_entity(mention)
    run = run_text(mention.segment, mention.name_tokens() + _named_tail(mention))
    if owner is not None and lexicon.is_title_word(owner.text) and mention.offset(owner) >= mention.start:
        run = mention.segment.text[owner.idx : core.idx + len(core.text)]  # a title's: "President's Choice"
    name = ent if ent is not None and len(ent) >= len(run) else run
    if not name.strip():
        name = mention.text
    name = _BRACKETED_END.sub("", name) or name  # the acronym the article defines is no part of the name
    return expand(resolver, _BASED.sub("", POSSESSIVE.sub("", strip_article(name))))


#: Entity labels of a modifier that says whose an institution is ("the U.S. embassy", "the Chinese
#: consulate").
_OWNER_LABELS = frozenset({"GPE", "NORP", "ORG"})


def _own_entity(mention: Mention) -> str | None:
    """The text of the recogniser's entity (not a person) holding the mention's core, cut to the mention
    when it runs on into a coordinated name ("the University" of "the University and the Chess Club")."""
    core = mention.core
    ent = next((e for e in mention.doc.ents if e.start <= core.i < e.end and e.label_ != "PERSON"), None)
    if ent is None:
        return None
    kept = [t for t in ent if mention.start <= mention.offset(t) < mention.end]
    # a member's own entity: it begins with the mention or the mention is an institution noun's ("Research"
    # of "Center for Microbial Oceanography: Research and Education" is no institution's name)
    member = kept[:1] == list(ent)[:1] or lexicon.is_organization_noun(core.lower_)
    if member and any(t.dep_ == "cc" for t in ent if t not in kept):
        return run_text(mention.segment, kept) if kept else None
    return ent.text


def _named_tail(mention: Mention) -> list[Token]:
    """The capitalised "of" or "for" phrase that ends an institution's name, inside the mention: "Ministry of
    Foreign Affairs", "Department for Education"; the recogniser sometimes ends the name before it ("the
    Turkish" in "the Turkish Ministry of Foreign Affairs denounced ..."). Conjuncts the parser hung on the
    institution noun that are words of the complement go with it ("The High Court of England and Wales"); the
    phrase ends where the mention does (a coordination's member: "The Center for Biological Diversity").
    Only an institution noun has one (`coordination.institution_tail`): "Jo Fox of Rogaland Fire and Rescue",
    "ABC of Australia" name no institution."""
    return capitalised_tail(mention.core, lambda token: mention.offset(token) < mention.end)


def capitalised_tail(core: Token, inside: Callable[[Token], bool] = lambda token: True) -> list[Token]:
    """The capitalised "of/for" phrase ending the name of the institution `core` heads, within the words
    `inside` keeps (`_named_tail`): also the name of an owner or affiliation ("researchers from the Dorn
    Institute of Technology" are of the "Dorn Institute of Technology")."""
    prep = coordination.institution_tail(core)
    if prep is None:
        return []
    words = [*prep.subtree, *coordination.complement_words(core)]
    words = [t for t in words if inside(t)]
    while words and words[-1].lower_ in _NAME_JOINERS:
        words.pop()
    named = all(t.text[:1].isupper() or t.lower_ in _NAME_JOINERS or t.text == "," for t in words[1:])
    if len(words) > 1 and named and words[-1].text[:1].isupper():
        return words
    return []


#: Lower-case words inside an institution's name ("Department of Health and Human Services").
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&"})


def _place_after(mention: Mention) -> tuple[Token, Token] | None:
    """The first and last words of the place an institution noun is "in", inside the mention: "police in
    Baytown, Texas"."""
    for prep in children(mention.core):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < mention.core.i:
            continue
        for place in children(prep):
            if place.dep_ == "pobj" and place.ent_type_ == "GPE":
                tokens = [t for t in place.subtree if mention.offset(t) < mention.end]
                while tokens and (tokens[-1].is_punct or tokens[0].dep_ == "det"):
                    tokens = tokens[1:] if tokens[0].dep_ == "det" else tokens[:-1]
                if tokens:
                    return tokens[0], tokens[-1]
    return None


def token_name(resolver: Resolver, token: Token | None) -> str | None:
    """The name of a proper noun or pronoun inside a phrase (an owner, an agent)."""
    if token is None:
        return None
    if token.pos_ == "PRON":
        gender = gender_of_noun(token.text)
        if gender:
            return nearest_person(resolver, resolver.offset(token), gender)
        for memory in reversed(resolver.memory):
            if memory.referent.actor:
                return memory.referent.actor.name
        return None
    words = [t.text for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i] or [token.text]
    tail = capitalised_tail(token)
    if all(t.text.isalpha() and t.dep_ not in ("cc", "conj") for t in tail):
        # "researchers from the University of Dorn" (not when "and" joins another name to the phrase)
        words += [t.text for t in tail]
    words = [POSSESSIVE.sub("", w) for w in words]
    full = resolver.names.full_name(words, resolver.offset(token))
    if resolver.names.is_person_word(words[-1]) or (" " in full and full in resolver.names.people):
        return full  # "Erdogan" of a "Recep Tayyip Erdoğan" named before, whatever the parser tagged
    if token.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or (len(words) == 1 and words[0].isupper()):
        return expand(resolver, " ".join(words))
    return resolver.names.full_name(words, resolver.offset(token))


def earlier_memories(resolver: Resolver, kind: str, at: int | None = None) -> Iterator[Memory]:
    """The sources of a kind resolved so far (before `at`, when given) that have an actor, nearest first;
    transcript labels aside ("WN: ...": the interviewer's label is no author of the answer's "my
    research")."""
    for memory in reversed(resolver.memory):
        actor = memory.referent.actor
        if memory.referent.source_type != kind or actor is None or (at is not None and memory.start >= at):
            continue
        if not is_speaker_label(resolver.text, memory.start, memory.end):
            yield memory


def earlier_actors(resolver: Resolver, kind: str, at: int | None = None) -> Iterator[tuple[int, str]]:
    """Where each source of `earlier_memories` starts, and its actor's name, nearest first."""
    for memory in earlier_memories(resolver, kind, at):
        assert memory.referent.actor is not None
        yield memory.start, memory.referent.actor.name


def recent(resolver: Resolver, kind: str, word: str | None, at: int | None = None) -> str | None:
    """Sieve 6: the nearest earlier source of this kind (whose name holds `word`, when given); for "the
    country" the nearest earlier place the parser found."""
    fallback = None
    if word in _PLACE_NOUNS and at is not None:
        place = _nearest_entity(resolver, at, ("GPE",))
        if place:
            return place
    for _, name in earlier_actors(resolver, kind):
        if word is None or re.search(rf"\b{re.escape(word)}\b", name.lower()):
            return name
        fallback = fallback or name
    if word is not None:
        fallback = None  # "the court" is no earlier organisation that is not a court
        pattern = re.compile(
            rf"\b((?:[A-Z][\w’'-]+\s+(?:and\s+)?)+{re.escape(word.title())}\b(?:\s+(?:of|for)\s+"
            rf"(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?"
            rf"|{re.escape(word.title())}\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
        )
        matches = list(pattern.finditer(resolver.text, 0, at if at is not None else len(resolver.text)))
        named = [strip_article(m.group(1)) for m in matches]
        named = [n for n in named if " " in n]
        if named:
            return named[-1]
        owned = _place_owned(resolver, word, at)
        if owned:
            return owned
        if at is not None:
            outlet = word in lexicon.words("outlet_nouns")
            business = word in lexicon.words("business_nouns")
            kinds = lexicon.words("organization_suffixes") | lexicon.words("organization_nouns")

            def fits(name: str) -> bool:
                """ "the bank" -> Wells Fargo, not "the Times"; "the company" -> Brisk Motors, Brisk Group."""
                last = name.split()[-1].lower()
                of_business = business and lexicon.is_business_word(last)
                return last not in kinds or last == word or outlet or of_business

            if word in lexicon.words("specific_institution_nouns"):
                return None  # "Police said": no nearest organisation of another name
            # a business looks past the nearest organisation of another kind ("the Treasury Department")
            only = fits if business else None
            organization = _nearest_entity(resolver, at, ("ORG",), any_role=outlet, fits=only)
            if organization and fits(organization):
                return expand(resolver, organization)
            if business:
                return _introduced(resolver, word, at) or _last_business(resolver, at, fits)
    return fallback


#: A capitalised name right after a noun that introduces it: "airline Mahan Air", "carmaker, Brisk Motors".
_NAME_AFTER = re.compile(r",?[ \u00a0]+((?:[A-Z][\w’'&-]*)(?:[ \u00a0]+(?:[A-Z][\w’'&.-]*|of|and|&))*)")
#: Labels of the parser's entities that name no business: "the company Monday said".
_NO_BUSINESS = frozenset({"DATE", "TIME", "GPE", "NORP", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def name_after(resolver: Resolver, noun_end: int, limit: int) -> str | None:
    """The name a business noun introduces right after it ("the Iranian airline Mahan Air", "automobile
    manufacturer General Motors (GM)"), ending by `limit`; no title of a person, nor a date or place."""
    match = _NAME_AFTER.match(resolver.text, noun_end, limit)
    if match is None:
        return None
    start = match.start(1)
    segment = resolver.segment_at(start, start + 1)
    label = None
    if segment is not None:  # the parser's entity holding the name's first word (entities never overlap)
        at = start - segment.start
        label = next((ent.label_ for ent in segment.doc.ents if ent.start_char <= at < ent.end_char), None)
    if label in _NO_BUSINESS or (label != "ORG" and lexicon.is_title_word(match.group(1).split()[0])):
        return None  # "the company Monday", "the company President Jo Fox" ("General Motors" is one)
    name = re.sub(r"[ \u00a0]+(?:of|and|&)$", "", match.group(1))
    return expand(resolver, POSSESSIVE.sub("", name))


def _introduced(resolver: Resolver, word: str, at: int) -> str | None:
    """The business a noun of its kind last introduced by name before `at`: "the Iranian airline Mahan Air"
    ... "The airline"."""
    found = None
    for match in re.finditer(rf"\b{re.escape(word)}\b", resolver.text[:at], re.IGNORECASE):
        found = name_after(resolver, match.end(), at) or found
    return found


def _last_business(resolver: Resolver, at: int, fits: Callable[[str], bool]) -> str | None:
    """The organisation of a business kind that the article last gave as a source before `at`: "The company"
    said after a paragraph on the Treasury."""
    for memory in reversed(resolver.memory):
        referent = memory.referent
        if memory.start >= at or referent.source_type != "organization" or referent.actor is None:
            continue
        name = referent.actor.name
        if name[:1].isupper() and " " not in name.strip() and name.lower() in lexicon.words("business_nouns"):
            continue  # an unresolved description of one ("Company")
        if fits(name):
            return name
    return None


def _place_owned(resolver: Resolver, word: str, at: int | None) -> str | None:
    """An institution the article qualifies by its place: "El Paso's police chief" -> El Paso police, "the
    United States federal government" (the nearest before `at`, else the first after it)."""
    pattern = re.compile(
        rf"\b((?:[A-Z][\w’'.-]+[ \u00a0]+)*[A-Z][\w’'.-]+)(?:’s|'s)?((?:[ \u00a0]+[a-z]+)?)[ \u00a0]+"
        rf"{re.escape(word)}\b"
    )
    places = [
        (segment.start + e.start_char, segment.start + e.end_char)
        for segment in resolver.segments
        for e in segment.doc.ents
        if e.label_ == "GPE"
    ]
    found = [
        m
        for m in pattern.finditer(resolver.text)
        if any(s <= m.start(1) < e for s, e in places) and not re.search(r"\.\s", m.group(0))
    ]  # not across a sentence's end: "... from Iran. The airline"
    before = [m for m in found if at is None or m.start() < at]
    chosen = before[-1] if before else (found[0] if found else None)
    return f"{POSSESSIVE.sub('', chosen.group(1))}{chosen.group(2)} {word}" if chosen else None


def _nearest_entity(
    resolver: Resolver,
    at: int,
    labels: tuple[str, ...],
    any_role: bool = True,
    fits: Callable[[str], bool] | None = None,
) -> str | None:
    """The nearest entity of the labels in the two sentences before `at` (that `fits`, when given)."""
    limit = resolver.names.sentence_index(at) - 2
    for segment in reversed(resolver.segments):
        for ent in reversed(segment.doc.ents):
            start = segment.start + ent.start_char
            if start >= at or ent.label_ not in labels:
                continue
            if resolver.names.sentence_index(start) < limit:
                return None
            root = ent.root
            spoken_to = root.dep_ in ("dobj", "dative") or (root.dep_ == "pobj" and root.head.lower_ == "to")
            seen_by = root.dep_ == "agent" or (root.dep_ == "pobj" and root.head.lower_ == "by")
            if not any_role and (spoken_to or seen_by):
                continue  # "told the Ledger", "reports seen by the Ledger": not "the military" that said it
            full = resolver.names.full_name([POSSESSIVE.sub("", ent.text)], start)
            if " " not in ent.text and " " in full and full in resolver.names.people:
                continue  # the surname of a person named in full, taken for an organisation
            name = POSSESSIVE.sub("", strip_article(ent.text))
            end = segment.start + ent.end_char
            label = is_speaker_label(resolver.text, start, end)
            if fits is None or (fits(name) and not label):  # "WN: So what ...": a transcript's speaker label
                return name
    return None


def expand(resolver: Resolver, name: str) -> str:
    """An acronym or abbreviation spelt out: as the article defines it, else as the word list does."""
    if name in resolver.acronyms:
        return resolver.acronyms[name]
    expanded = lexicon.table("abbreviations").get(name)
    return expanded[0] if expanded else name


def article_acronyms(text: str, people: Collection[str] = ()) -> dict[str, str]:
    """Acronyms the article defines ("Alliance to Reclaim Our Schools (AROS)", "Pacific Gas and Electric
    Company (PG&E)") or uses beside their full name (`_initialisms`; `people`: the article's person names)."""
    found: dict[str, str] = {}
    for match in re.finditer(
        r"((?:[A-Z][\w’'-]*[ \u00a0]+(?:(?:of|for|to|the|and|on|in)[ \u00a0]+)?)+)\(([A-Z](?:&?[A-Z])+)\)",
        text,
    ):
        words = match.group(1).split()
        while words and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
        if words and words[0][0] == match.group(2)[0]:
            found[match.group(2)] = " ".join(words)
    return {**_initialisms(text, people), **found}


#: A run of capitalised words, perhaps joined by a function word ("General Motors", "Bank of England").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&-]*(?:[ \u00a0]+(?:(?:of|for|and|the)[ \u00a0]+)?[A-Z][\w&-]*)+")
#: An initialism: two to five capitals standing alone ("GM", "NHS").
_INITIALISM = re.compile(r"\b[A-Z]{2,5}\b")
#: Function words a run's initials skip ("Bank of England" -> BE, "Bank of England" is also "BoE").
_SKIPPED_IN_INITIALS = frozenset({"of", "for", "and", "the", "&"})


def _initialisms(text: str, people: Collection[str] = ()) -> dict[str, str]:
    """Initialisms the article uses beside the name they abbreviate, undefined: "General Motors announced
    ... GM had reported" (one actor, not two). An initialism matches a run of capitalised words (joined by
    "of", "for", "and", "the"; no possessive) whose initials it spells, when exactly one such run is in the
    article and the run is not a title alone ("Prime Minister" is no organisation's name). An initialism
    the word list spells out keeps that meaning ("UN", "AP"), and only a transcript's speaker label ("NG:
    ...") spells a person's name: "the PM", "the US" are not "Paul Mercer", "Uma Smith"."""
    runs: dict[str, set[str]] = {}
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        while words and words[0].lower() in STOP_WORDS:
            words.pop(0)  # "The", or a word opening the sentence ("When Neandertals ...")
        if len(words) < 2 or all(lexicon.is_title_word(word) for word in words):
            continue
        initials = "".join(word[0] for word in words if word.lower() not in _SKIPPED_IN_INITIALS)
        runs.setdefault(initials, set()).add(" ".join(words))
    found = {}
    abbreviations = lexicon.table("abbreviations")
    for initialism in set(_INITIALISM.findall(text)):
        names = runs.get(initialism, set())
        if len(names) != 1 or initialism in abbreviations:
            continue
        name = next(iter(names))
        if name in people and initialism not in labelled_turns(text):
            continue
        found[initialism] = name
    return found


def _demonym(text: str, place: str) -> str | None:
    """The article's own adjective for a place: "German" for "Germany" when the article uses it."""
    stems = {place, place[:-1]} if place[-1:] in "aeiouy" else {place}
    for suffix in [*sorted(lexicon.words("demonym_suffixes"), key=len, reverse=True), ""]:
        for stem in stems:
            candidate = stem + suffix
            if candidate != place and re.search(rf"\b{re.escape(candidate)}\b", text):
                return candidate
    return None
