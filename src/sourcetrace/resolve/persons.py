"""Which person a name or a role noun is, and the titles the article gives them (sieves 1-4).

A name is the fullest form of itself in the article (`NameBook`); a definite role noun ("the French
president") is the person whose titles match it best, else the nearest earlier person not known to hold the
role otherwise qualified ("press secretary" is not "the former secretary"); a role noun or premodifier that
refers to a person is learnt as one of their titles.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sourcetrace.parse import children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import POSSESSIVE, Mention, after_split_hyphen, mention_of_token
from sourcetrace.resolve.name_words import is_name, is_particle, looks_like_name_word
from sourcetrace.resolve.salience import nearest_person

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver
    from sourcetrace.resolve.referent import Referent

_NAME_WORD = re.compile(r"[A-Z][\w’'.\-]*")
#: What may stand between a capitalised title and the name it precedes: capitalised words, the joiners of a
#: title ("of", "to", "for", "the", "and": "President and Chief Executive Officer"), an acronym in brackets,
#: an apposition's comma. The repetition is possessive: a run of spaces and commas, or of capitals, may be
#: split between its iterations in exponentially many ways, each tried again when the gap does not match
#: (30 spaces before a lower-case word took minutes); every alternative is greedy and maximal, so no match
#: is lost.
_TITLE_GOES_ON = re.compile(r"(?:[\s,]+|\([A-Z][\w.\-]*\)|[A-Z][\w’'.\-]*|of|to|for|the|and|&)*+")


#: A determiner or possessive pronoun opening a role phrase: no part of the title ("One activist, Jo Fox," ->
#: activist; "His opponent, Jo Fox," -> opponent; "one of the lawyers, Jo Fox," -> lawyers).
_DETERMINER = re.compile(
    r"^(?:(?:one|another|each) of\s+)?(?:the|a|an|one|another|his|her|their|its|our|my|your)\s+",
    re.IGNORECASE,
)
#: Dependents of a role noun that are no part of its title: "the", "her", "’s", "neither (the ...)".
_NOT_TITLE_DEPS = frozenset({"det", "poss", "case", "punct", "preconj"})
#: A number word before a capitalised word is part of a name ("One Nation leader, Jo Fox,": One Nation).
_NAME_NUMBER = re.compile(r"^(?:One|Another)\s+[A-Z]")


def _without_determiner(phrase: str) -> str:
    """A role phrase without the determiner that opens it (`_DETERMINER`), unless that is part of a name."""
    return phrase if _NAME_NUMBER.match(phrase) else _DETERMINER.sub("", phrase)


def gender_of_noun(word: str) -> str | None:
    """The gender a noun or pronoun states ("wife", "chairman", "she"), if any."""
    low = word.lower()
    if low in ("she", "her", "hers", "herself"):
        return "f"
    if low in ("he", "him", "his", "himself"):
        return "m"
    return lexicon.gender_of_word(low)


def _looks_like_name_word(word: str) -> bool:
    return bool(_NAME_WORD.fullmatch(word)) or looks_like_name_word(word) or is_particle(word)


def person_name(resolver: Resolver, mention: Mention) -> str:
    """The full name of a named person (coordinated persons are `coordination`'s)."""
    names = resolver.names
    tokens = mention.name_tokens() or [mention.core]
    raw = mention.doc[tokens[0].i : tokens[-1].i + 1].text.split()
    words = [POSSESSIVE.sub("", w) for w in raw if _looks_like_name_word(w)]
    words = [w for w in words if not is_particle(w)] if not is_name(words) else words
    words = words or [mention.core.text]
    # the longest tail that is a known person, else what follows the last lower-case joiner
    known = [i for i in range(len(words)) if " ".join(words[i:]) in names.people]
    lower = [i for i, w in enumerate(words) if not w[:1].isupper() and not is_particle(w)]
    if known:
        words = words[known[0] :]
    elif lower and words[lower[-1] + 1 :]:
        words = words[lower[-1] + 1 :]
    return names.full_name(words, mention.start)


def name_after_title(resolver: Resolver, mention: Mention, end: int | None = None) -> str | None:
    """The person a title names: "Malaysia's Prime Minister, Jo Fox", "Former US Ambassador to the United
    Nations Jo Fox", "Member of Parliament (MP) Jo Fox of the Labour Party", "The mayor of London, Jo Fox" ->
    Jo Fox (whose title the words before the name are). The name is looked for up to `end`, by default the
    mention's."""
    core = mention.core
    if not (lexicon.is_title_word(core.text) or _is_role_token(core)):
        return None
    after = mention.offset(core) + len(core.text)
    names = resolver.names
    for found in names.mentions_between(after, mention.end if end is None else end):
        name = names.name_of(found)
        gap = resolver.text[after : found.start]
        if names.person(name) is None or not _title_goes_on(core, gap):
            continue
        phrase = resolver.text[mention.start : found.start].strip(" ,")
        _learn_title(resolver, name, _without_determiner(phrase))
        return name
    return None


def _title_goes_on(core: Token, gap: str) -> bool:
    """Whether the words between a role and a name make the role the name's title: a capitalised title runs on
    to the name (`_TITLE_GOES_ON`); a lower-case role has the name in apposition ("The mayor of London, Jo
    Fox") or right after the role's organisation (`_organization_then_name`)."""
    runs_on = _TITLE_GOES_ON.fullmatch(gap) is not None
    if core.text[:1].isupper():
        return runs_on
    one_role = core.tag_ not in ("NNS", "NNPS")  # "researchers of ...": no one person's title
    return (runs_on and gap.rstrip().endswith(",")) or (one_role and _organization_then_name(gap))


#: Words joining a lower-case role to its organisation ("chairman of", "director at", "spokesman for").
_ROLE_PREPOSITIONS = frozenset({"of", "at", "for"})
#: Words and an acronym in brackets, with no punctuation that would end the phrase between them.
_PLAIN_WORDS = re.compile(r"[\w\s’'.&()\-]*")


def _organization_then_name(gap: str) -> bool:
    """Whether the words between a lower-case role and a name are the role's organisation, so that the name
    right after it is the role holder's, with no comma between: "the chairman of Chrysler LLC Jim Press",
    "the speaker of the parliament Ali Larijani", "vice president and chairman of Chrysler LLC Jim Press".
    The organisation is a preposition's object whose last word is a name or an institution noun; a title or
    a role before the name makes it the name of someone else, the role's principal or relative ("a spokesman
    for Senator Jo Fox", "the wife of Chrysler chairman Jo Fox"), and so does a bare name ("the wife of Jo
    Fox": nothing between the preposition and the name)."""
    words = gap.split()
    if not words or not any(w in _ROLE_PREPOSITIONS for w in words) or not _PLAIN_WORDS.fullmatch(gap):
        return False
    last = words[-1]
    if last in _ROLE_PREPOSITIONS or last in ("the", "and") or POSSESSIVE.search(last):
        return False
    if lexicon.is_title_word(last) or lexicon.is_role_noun(last):
        return False
    organization = words[min(i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS) + 1 :]
    for word in organization:
        # no "and": "researchers from X and University of South Carolina Beaufort" name no one organisation
        if not (word[:1].isupper() or word in ("the", "of") or lexicon.is_organization_noun(word)):
            return False
    return last[:1].isupper() or lexicon.is_organization_noun(last)


#: Sentences after an unnamed mention within which the person it is may be named ("A spokeswoman for X
#: says ... / X communications director Jo Fox spoke to reporters ...").
_NAMED_WITHIN = 2


def named_later(resolver: Resolver, mention: Mention) -> str | None:
    """The person an unnamed singular mention turns out to be: a person first named in the next sentences
    whose title holds the mention's noun ("a federal judge in Texas ... U.S. District Judge Jo Fox"; a
    headline's "Fiancée of murdered journalist ... Jo Fox, fiancée of ..."), or, for a spokesperson, whose
    title is one of speaking for someone ("A spokeswoman for X ... X communications director Jo Fox")."""
    if mention.plural or mention.definite or mention.partitive:
        return None
    names = resolver.names
    noun = mention.core.text.lower()
    spokesperson = noun in lexicon.words("spokesperson_nouns")
    gender = gender_of_noun(noun)
    here = names.sentence_index(mention.start)
    seen = {names.name_of(m) for m in names.mentions if m.start < mention.start}
    for found in names.mentions:
        if found.start < mention.end:
            continue
        if names.sentence_index(found.start) - here > _NAMED_WITHIN:
            return None
        name = names.name_of(found)
        person = names.person(name)
        if person is None or name in seen or (gender and person.gender and person.gender != gender):
            continue
        titles = " ".join(person.titles).lower()
        words = set(re.findall(r"[\w’'-]+", titles))
        speaks_for = any(
            re.search(rf"\b{re.escape(n)}\b", titles) for n in lexicon.words("spokesperson_nouns")
        )
        if noun in words or noun.rstrip("s") in words or (spokesperson and speaks_for):
            return name
    return None


def title(resolver: Resolver, name: str, mention: Mention | None) -> str | None:
    """A person's titles so far, after learning the role words the mention puts before the name."""
    if mention is not None and mention.name_tokens():
        names = {t.i for t in mention.name_tokens()}
        own = [t for t in mention.left if t.dep_ not in _NOT_TITLE_DEPS and t.i not in names]
        own = _split_word_restored(mention, own)
        words = " ".join(t.text for t in own)
        # "Deputy First" of "Deputy First Minister Jo Fox" is a part of the title the name's run found
        if any(_is_role_token(t) for t in own) and words not in (title_of(resolver, name) or ""):
            _learn_title(resolver, name, words)
    return title_of(resolver, name)


def _split_word_restored(mention: Mention, tokens: list[Token]) -> list[Token]:
    """Title words with the start of a hyphenated word the tokenizer split put back, with what modifies it,
    when the parser hung it outside the name's phrase: "study co-author Karen Alley" -> "study co - author",
    not "author"."""
    if not tokens:
        return tokens
    doc, i = mention.doc, tokens[0].i
    if not after_split_hyphen(doc, i):
        return tokens
    start = doc[i - 2].left_edge.i
    if mention.offset(doc[start]) < mention.start:
        return tokens
    return [*doc[start:i], *tokens]


#: A hyphen between two words with a space either side, as titles made of tokens write a split word.
_SPLIT_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def title_of(resolver: Resolver, name: str) -> str | None:
    """All the titles the article gives a person so far, abbreviations expanded, joined by "; ", each once
    whatever its case, none that only a longer one repeats, none that tells no role (`_tells_a_role`)."""
    person = resolver.names.person(name)
    titles = [*(person.titles if person else ()), *resolver.extra_titles.get(name, ())]
    expanded: dict[tuple[str, ...], str] = {}  # one title whatever its case ("President", "the president")
    for title in titles:
        text = " ".join(lexicon.expand_abbreviation(w) for w in title.split())
        text = _SPLIT_HYPHEN.sub("-", text)  # "Co - developer", a hyphenated word the tokenizer split
        if _tells_a_role(text):
            expanded.setdefault(_title_words(text), text)
    # a title another one holds is said by it ("Brisk CEO; CEO", "Foreign Minister; Dorn foreign minister")
    kept = [text for words, text in expanded.items() if not any(_holds(other, words) for other in expanded)]
    return "; ".join(kept) or None


#: A word of a title: letters and digits, no hyphen.
_TITLE_WORD = re.compile(r"[^\W_]+")


def _title_words(title: str) -> tuple[str, ...]:
    """A title's words in lower case, the key that makes one title of "Co-author" and "co author"."""
    return tuple(_TITLE_WORD.findall(title.casefold()))


def _holds(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a longer title says all a shorter one does: its words in the same order ("Republican nominee"
    in "Republican presidential nominee"), with no rank below it ("President" is not "Vice President")."""
    if len(words) >= len(longer) or (set(longer) - set(words)) & lexicon.words("rank_modifiers"):
        return False
    rest = iter(longer)
    return all(word in rest for word in words)


def _tells_a_role(title: str) -> bool:
    """Whether a title says a role: not only a party ("Democrat"), a relation to someone the title does not
    name ("Rival", "then-rival": whose rival is the article's context), or a person noun ("woman"), with
    words of time or rank before them (`untitled_roles`)."""
    untitled = _untitled_words()
    return not all(w in untitled for w in _title_words(title))


@cache
def _untitled_words() -> frozenset[str]:
    """The words of `_tells_a_role` that say no role, with the modifiers of time or rank that are no role
    noun ("former", not "chief")."""
    lists = ("untitled_roles", "person_nouns", "opposition_nouns")
    untitled = {word for name in lists for word in lexicon.words(name)}
    modifiers = {w for w in lexicon.words("title_modifiers") if not lexicon.is_role_noun(w)}
    return frozenset(untitled | set(_party_of_word()) | modifiers)


def _learn_title(resolver: Resolver, name: str, title: str) -> None:
    known = resolver.extra_titles.setdefault(name, [])
    if title and title not in known:
        known.append(title)


def learn_role_titles(resolver: Resolver) -> None:
    """Titles from definite role nouns anywhere in the parsed text ("the Indiana governor"), each given to
    the person sieve 4 resolves it to."""
    for segment in resolver.segments:
        for token in segment.doc:
            if token.pos_ != "NOUN" or token.tag_ != "NN" or not lexicon.is_role_noun(token.lemma_):
                continue
            if token.lemma_.lower() in lexicon.words("person_nouns"):
                continue  # "the man" tells no office: no one's title
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
                continue
            if resolver.inside_quote(segment.start + token.idx):
                continue  # "the average man" in someone's words is no title of anyone
            if _describes(token):
                continue  # "I am the only candidate", "the former governor he most admires": no one's title
            mention = mention_of_token(segment, token)
            phrase_end = segment.start + token.right_edge.idx + len(token.right_edge.text)
            if _in_apposition_to_a_name(token) or name_after_title(resolver, mention, phrase_end) is not None:
                continue  # "the director of X, Jo Fox," / "Jo Fox, the director of X,": Jo Fox's title
            # "helped the donor": a role noun that is no subject is nobody's title unless a title matches it
            role_noun(resolver, mention, guess=token.dep_ in _SUBJECTS)


#: Dependencies of a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _describes(token: Token) -> bool:
    """Whether a definite role noun describes rather than refers: a predicate nominal ("I am the only
    candidate"), a noun a relative clause restricts ("the former governor he most admires"), or one singled
    out by "only" or a superlative ("the first woman", "the best player")."""
    if token.dep_ == "attr":
        return True
    doc = token.doc
    return any(
        (c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text not in (",", "—", "("))  # restrictive
        or c.lower_ == "only"
        or c.tag_ in ("JJS", "RBS")
        for c in children(token)
    )


def _in_apposition_to_a_name(token: Token) -> bool:
    """Whether a role noun is in apposition with a proper name, either side of it."""
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in children(token))


def role_noun(resolver: Resolver, mention: Mention, guess: bool = True) -> Referent | None:
    """Sieve 4: a definite role noun is the person whose titles share most words with it; with no such title,
    when `guess`, the nearest person before it who may hold the role."""
    names = resolver.names
    wanted = {
        lexicon.expand_abbreviation(t.text).lower()
        for t in mention.left
        if t.dep_ not in _NOT_TITLE_DEPS and t.pos_ not in ("DET", "PRON")
    }
    core = mention.core.text.lower()
    best: tuple[int, int, int, str] | None = None
    other_role: set[str] = set()
    party = _parties(wanted)
    for person in names.people.values():
        last = names.last_mention_before(person.name, mention.start)
        for title in (*person.titles, *resolver.extra_titles.get(person.name, ())):
            words = {lexicon.expand_abbreviation(w).lower().strip(",") for w in title.split()}
            words |= {w for word in list(words) for w in word.split()}
            if party and _parties(words) - party:
                other_role.add(person.name)  # "the Democratic candidate" is no one of another party
                continue
            if core not in words and core.rstrip("s") not in words:
                continue
            if wanted and not words & wanted and _qualified_role(title, core):
                other_role.add(person.name)  # "press secretary" is not "the former secretary"
                continue
            if (wanted ^ words) & lexicon.words("rank_modifiers"):
                other_role.add(person.name)  # "the vice presidential nominee" is not the presidential nominee
                continue
            if last < 0 and not words & wanted:
                continue  # "The director makes ...": a bare role refers back, not to someone named later
            extra = len(words - wanted - {core, core.rstrip("s")})
            score = (len(words & wanted), -extra, last, person.name)
            if best is None or score > best:
                best = score
    if best is not None:
        name = best[3]
        _learn_title(resolver, name, _role_phrase(mention))
    elif not guess:
        return None
    else:
        gender = gender_of_noun(core)
        # a role noun does not refer to a person named earlier in its own sentence ("X told the senator")
        sentence_start, _ = names.sentence_of(mention.start)
        found = nearest_person(resolver, sentence_start, gender, exclude=other_role)
        if found is None or not lexicon.is_role_noun(core):
            return None
        name = found
        _learn_title(resolver, name, _role_phrase(mention))
    return resolver.person(name)


def _parties(words: set[str]) -> set[str]:
    """The parties the words of a role name ("democratic", "gop")."""
    parties = _party_of_word()
    return {parties[w] for w in words if w in parties}


@cache
def _party_of_word() -> dict[str, str]:
    """The party each word of `party_words` names, by the word in lower case."""
    return {word.lower(): party for word, (party, *_) in lexicon.table("party_words").items()}


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
    words = [t.text for t in mention.left if t.dep_ not in _NOT_TITLE_DEPS]
    return " ".join([*words, mention.core.text])
