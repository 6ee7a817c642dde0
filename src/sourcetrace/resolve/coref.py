"""Who a source is: the Resolver sends each source mention to the sieve for its kind, in text order.

In the spirit of the quote-attribution sieves of Muzny, Fang, Chang and Jurafsky (2017), "A Two-stage Sieve
Approach for Quote Attribution" (EACL): a few ordered, high-precision rules, each tried only when the ones
before it found nothing, with what earlier sources resolved to kept as the discourse memory.

1. exact name: a full name stands for itself ("Nancy Pelosi") (`persons`, `names`);
2. surname / first name: a partial name is the nearest full name ending (or starting) with it ("Pelosi");
3. alias: a title or apposition given to a named person anywhere in the article, and names of institutions
   normalised ("The FBI" -> Federal Bureau of Investigation, "Germany's ministries" -> German ...)
   (`organizations`);
4. role noun: "the French president", "The Indiana governor" is the person whose titles match it best, else
   the nearest earlier person not known to hold the role otherwise qualified ("press secretary" is not "the
   former secretary"); a role noun of unknown reference is an unnamed individual (`persons`);
5. pronoun: "he"/"she" is the nearest earlier compatible speaker, else sentence subject, else name, gender
   known from the pronouns used after each name (`salience`); "they"/"it" is the nearest earlier group,
   institution or document source, else such a noun phrase of the parse; a relative pronoun is its
   antecedent in the parse; "someone", "several" are unnamed sources (`pronouns`); "I"/"we" in a quote are
   its speaker (`resolve_article`);
6. institution and document nouns: "the campaign", "The ad" is the nearest earlier source of that kind, "the
   country" the nearest earlier place (`organizations`, `documents`).

A person's principal is found by `principals`, an unnamed source's details by `anonymous`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Token

from sourcetrace.parse import Segment, children, segment_at
from sourcetrace.resolve import anonymous, coordination, lexicon, persons, principals
from sourcetrace.resolve.documents import document_author
from sourcetrace.resolve.mention import POSSESSIVE, Mention, make_mention
from sourcetrace.resolve.names import NameBook
from sourcetrace.resolve.organizations import article_acronyms, organization_name, token_name
from sourcetrace.resolve.pronouns import pronoun
from sourcetrace.resolve.referent import Memory, Referent
from sourcetrace.resolve.salience import nearest_person
from sourcetrace.resolve.source_type import Category, classify
from sourcetrace.types import Actor, SourceType, Span

#: Characters of a sentence parsed on demand for a source outside the parsed segments.
_LONGEST_SENTENCE = 2000
#: "in a statement", "in his letter to members", "in an emailed statement", "In the letter to the site": up to
#: three words after "in a", the first of them a document noun is the document a speaker speaks through.
_DOCUMENT_SETTING = re.compile(r"\b[Ii]n (?:a|an|the|his|her|its|their) (?P<words>[\w-]+(?: [\w-]+){0,2})")


class Resolver:
    """Resolves the sources of one article, in text order, remembering what each resolved to.

    `nlp` is the pipeline the article was parsed with: it parses the rare sentence of a source that no
    segment covers (the resolver never loads a model itself)."""

    def __init__(self, text: str, segments: Sequence[Segment], nlp: Language) -> None:
        self.text = text
        self.nlp = nlp
        self.names = NameBook(text, segments)
        self.memory: list[Memory] = []
        #: Acronyms the article defines, spelt out.
        self.acronyms = article_acronyms(text, self.names.people)
        #: Whom each named spokesperson speaks for, decided at their first mention.
        self.principals: dict[str, str | None] = {}
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

    def offset(self, token: Token) -> int:
        """Where a token of any parsed segment stands in the article text."""
        for segment in [*self.segments, *self.extra_segments]:
            if segment.doc is token.doc:
                return segment.start + token.idx
        return 0

    def _parse_sentence(self, start: int, end: int) -> Segment | None:
        """A source the extraction found outside every parsed segment (rare): parse its sentence alone."""
        sentence_start, sentence_end = self.names.sentence_of(start)
        sentence_end = max(sentence_end, end)
        if sentence_end - sentence_start > _LONGEST_SENTENCE:
            return None
        segment = Segment(sentence_start, self.nlp(self.text[sentence_start:sentence_end]))
        bisect.insort(self.extra_segments, segment, key=lambda parsed: parsed.start)  # kept in text order
        return segment

    def resolve(self, start: int, end: int, skip: list[Span]) -> Referent:
        segment = self.segment_at(start, end) or self._parse_sentence(start, end)
        mention = make_mention(segment, start, end, self.text[start:end]) if segment else None
        referent = self._unparsed(start, end) if mention is None else self.resolve_mention(mention, skip)
        self.memory.append(Memory(start, referent, end))
        return referent

    def remember_setting(self, start: int, end: int, speaker: Referent) -> None:
        """ "Trump, in a statement delivered via the press secretary, announced ...": the document a named
        speaker speaks through, between their mention (`start`) and the cue's end, is remembered as theirs, so
        that "The statement also said ..." later resolves to its issuer (the Wikinews guidelines' actor for a
        document). A setting that opens the speaker's sentence ("In the letter to the site, the attorney
        said") is remembered when it names a text of a known kind (`document_kinds.tsv`): "In an interview on
        the radio, X said" leaves no document of X's behind."""
        if speaker.source_type not in ("person", "organization") or speaker.actor is None:
            return
        opening = self.names.sentence_of(start)[0]
        settings = list(_DOCUMENT_SETTING.finditer(self.text, start, end))
        if opening < start and (first := _DOCUMENT_SETTING.match(self.text, opening, start)) is not None:
            settings.insert(0, first)
        nouns, kinds = lexicon.words("document_nouns"), lexicon.table("document_kinds")
        for setting in settings:
            at = setting.start("words")
            for word in setting.group("words").split(" "):
                if word.lower() in nouns:
                    if setting.start() < start and word.lower() not in kinds:
                        break
                    issued = Referent("document", Actor(speaker.actor.name, None))
                    # in text order: an opening setting stands before its speaker ("they" finds the speaker)
                    place = max(len(self.memory) - 1, 0) if at < start else len(self.memory)
                    self.memory.insert(place, Memory(at, issued, at + len(word)))
                    break
                at += len(word) + 1

    def resolve_mention(self, mention: Mention, skip: list[Span], depth: int = 0) -> Referent:
        if mention.is_pronoun and not mention.partitive:
            return pronoun(self, mention, skip, depth)
        heads = coordination.conjuncts(mention)
        if heads and depth < 2:
            # "the Ledger and NBC", "Sens. Jo Fox and Ann Lee": one source, every actor named
            parts = [
                self.resolve_mention(coordination.member_mention(mention, h, heads), skip, depth + 1)
                for h in heads
            ]
            joint = coordination.joint(parts)
            if joint is not None:
                return joint
        named = _named_apposition(mention)
        if named is not None and depth < 2:
            # "The state's campaign chairman, Jo Fox," / "his wife and nominee Jo Fox": the name is meant
            member = coordination.member_mention(mention, named, [named])
            referent = self.resolve_mention(member, skip, depth + 1)
            business = mention.core.lemma_.lower() in lexicon.words("business_nouns")
            if business and referent.source_type == "person" and referent.actor is not None:
                # "Another automaker, Halvorsen Tractors (HT),": a business, whatever the parser tagged
                return Referent("organization", Actor(referent.actor.name))
            if referent.source_type == "person":
                # "The prime minister, Jo Fox,": the role the name is in apposition to is her title, as it is
                # when the name hangs off the role's "of" phrase ("The mayor of Dorn, Jo Fox,")
                persons.name_after_title(self, mention)
                return referent
            if referent.source_type == "organization" and _names_institution(mention, named):
                return referent
        titled = persons.name_after_title(self, mention)
        if titled is not None:
            return self.person(titled)  # "Former US Ambassador to the United Nations Jo Fox"
        category = classify(mention, self.names)
        return self._by_category(mention, category, skip, depth)

    def title_of(self, name: str) -> str | None:
        """All the titles the article gives a person so far, abbreviations expanded, joined by "; "."""
        return persons.title_of(self, name)

    def person_or_phrase(self, phrase: str | None, at: int) -> str | None:
        """A phrase as the full name of the person it names ("Judge Miller" -> Gray Miller; "him" -> the
        person he is at `at`), else as it is."""
        if phrase in ("him", "her"):
            return nearest_person(self, at, persons.gender_of_noun(phrase)) or phrase
        if not phrase or not phrase[:1].isupper():
            return phrase
        words = [POSSESSIVE.sub("", w) for w in phrase.split()]
        name = self.names.full_name(words, 0)
        return name if " " in name and name in self.names.people else phrase

    def learn_role_titles(self) -> None:
        """Titles from definite role nouns anywhere in the parsed text, each given to its person."""
        persons.learn_role_titles(self)

    def inside_quote(self, offset: int) -> bool:
        """Whether a curly or straight double quote opened earlier in the paragraph is still open at `offset`:
        a name quoted in someone's words is passed over as an antecedent (`salience`, `pronouns`).

        Not yet `sourcetrace.quotes.inside_quote`: that one also sees '' and «» quotes and a paragraph opened
        with a reversed mark (”Mr. Trump ...), and then passes over the names in a pronoun's own quote too
        ("He" in that quote went from Trump to the previous speaker, 5 sources of one PolNeAR dev article,
        none better). It can replace this count once a name in the pronoun's own quote stays a candidate."""
        paragraph_start = self.text.rfind("\n", 0, offset) + 1
        before = self.text[paragraph_start:offset]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    # --- kinds

    def _by_category(self, mention: Mention, category: Category, skip: list[Span], depth: int) -> Referent:
        kind = category.source_type
        if kind == "unknown":
            return Referent("unknown")
        if kind == "person":
            if category.refers_back:
                found = persons.role_noun(self, mention)
                if found is not None:
                    return found
                return self.anonymous_source(mention, "anonymous_individual", skip)
            return self.person(persons.person_name(self, mention), mention)
        named_one = self._named_one(mention) if kind in ("organization", "document") else None
        if named_one is not None:
            # "the city" after "New York City", "the advisory" after its title: the name the word is part of
            return Referent(kind, Actor(named_one), plural=mention.plural)
        if kind == "organization":
            return Referent("organization", Actor(organization_name(self, mention)), plural=mention.plural)
        if kind == "document":
            if mention.is_proper and not lexicon.is_document_noun(mention.core.lemma_):
                return Referent("document", Actor(organization_name(self, mention)))  # "a Times [report]"
            return Referent("document", Actor(document_author(self, mention, depth)), plural=mention.plural)
        if kind == "anonymous_individual":
            later = persons.named_later(self, mention)
            if later is not None:
                return self.person(later, mention)  # named in the next sentences
        return self.anonymous_source(mention, kind, skip)

    def _named_one(self, mention: Mention) -> str | None:
        """The name of several words the article gave before that a common noun is a word of ("the city",
        "our team", "the study" after "New York City", "Team Zorin", "the Iodine Nutrition Study"), if any."""
        core = mention.core
        if mention.is_proper or not core.text.islower() or not self.names.is_person_word(core.text):
            return None
        # "the Syrian refugee team" after "Team Estonia" is another team
        if any(t.dep_ == "compound" or not t.text.islower() for t in mention.left if t.dep_ != "det"):
            return None
        name = persons.person_name(self, mention)
        return name if " " in name else None

    def person(self, name: str, mention: Mention | None = None, gender: str | None = None) -> Referent:
        """A named person: their titles so far (learning the mention's), whom they speak for, and their gender
        (as a pronoun gives it, else as the pronouns after their name tell)."""
        return Referent(
            "person",
            Actor(name, persons.title(self, name, mention)),
            on_behalf_of=principals.principal(self, name, mention),
            gender=gender or self.names.gender(name),
        )

    def anonymous_source(self, mention: Mention, kind: SourceType, skip: list[Span]) -> Referent:
        """An unnamed source: its count, affiliation and justification, and whom a spokesperson speaks for."""
        details = anonymous.anonymity(
            mention,
            kind == "anonymous_individual",
            self.text,
            self.names,
            skip,
            lambda token: token_name(self, token),
            self.contents,
        )
        on_behalf = principals.unnamed_principal(self, mention)
        return Referent(
            kind, None, on_behalf, details, persons.gender_of_noun(mention.lower), kind == "anonymous_group"
        )

    def _unparsed(self, start: int, end: int) -> Referent:
        """A span outside every parsed segment: judge from its words alone."""
        words = [w for w in re.findall(r"[\w’'.-]+", self.text[start:end])]
        if not words:
            return Referent("unknown")
        if all(w[:1].isupper() for w in words):
            name = self.names.full_name([POSSESSIVE.sub("", w) for w in words[-2:]], start)
            return Referent(
                "person", Actor(name, persons.title(self, name, None)), gender=self.names.gender(name)
            )
        return Referent("anonymous_group" if words[-1].endswith("s") else "anonymous_individual")


def _named_apposition(mention: Mention) -> Token | None:
    """A proper name in apposition to, or coordinated with, a common-noun head, or with a partitive's
    quantifier ("One of these groups, the Syrian Democratic Forces (SDF),")."""
    # a capitalised title is a role as a common noun is ("The Vice President and general counsel of the
    # company, Jo Fox,"), though the parser tags it a proper noun
    role = lexicon.is_title_word(mention.core.text)
    if not role and (mention.is_proper or mention.core.pos_ != "NOUN"):
        return None
    for head in dict.fromkeys([mention.core, mention.head]):
        for child in children(head):
            inside = child.i > head.i and mention.offset(child) < mention.end
            # a title in apposition is no name: "Member of Parliament (MP) Jo Fox"
            titled = lexicon.is_title_word(child.text) or lexicon.is_role_noun(child.lower_)
            if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN" and inside and not titled:
                return child
    return None


def _names_institution(mention: Mention, named: Token) -> bool:
    """Whether an organisation's name beside a common-noun head is what the phrase means: in apposition to a
    partitive ("One of these groups, the Syrian Democratic Forces (SDF),") or to a description of it ("Another
    carmaker, Halvorsen Motors (HM),", "The company, Brisk Foods,"); not to a person's role, whose
    organisation it would be ("A spokesman, Brisk Foods, ...")."""
    if mention.partitive:
        return True
    core = mention.core.lemma_.lower()
    person_noun = lexicon.is_role_noun(core) or core in lexicon.words("spokesperson_nouns")
    return named.dep_ == "appos" and not person_noun and persons.gender_of_noun(core) is None
