"""What kind of source a (non-pronoun) mention is: person, organisation, document or an unnamed source.

Decided from the head noun and its modifiers: a proper name is a person or an organisation (named-entity
label, the article's person names, organisation suffixes, acronyms); a common noun is a document or an
institution by its class (word lists), and otherwise an unnamed person or group by number. A definite
singular role noun ("the senator") is a person the coreference sieves still have to find.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from sourcetrace import data
from sourcetrace.parse import children, labelled_turns
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import Mention
from sourcetrace.resolve.names import NameBook, is_platform_or_outlet
from sourcetrace.types import SourceType

_ORG_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC"})
_GROUP_LABELS = frozenset({"NORP"})
#: Words of a negated noun phrase, its determiner among them: "no official", "neither company" (extraction's
#: list, `data/extract/negative_quantifiers.txt`: the one place they are written).
_NEGATING_DETERMINERS = data.words("extract", "negative_quantifiers")


class Category(NamedTuple):
    """A mention's source type, and whether it is a role noun that refers back to a named person."""

    source_type: SourceType
    refers_back: bool = False


def has_proper_owner(mention: Mention) -> bool:
    """Whether a proper name owns or qualifies the phrase ("Jane Doe's campaign", "the Doe campaign")."""
    owner = mention.possessor()
    if owner is not None and owner.pos_ == "PROPN":
        return True
    return bool(mention.compounds())


def is_party_word(word: str) -> bool:
    return word in lexicon.table("party_words")


def _single_unknown(words: list[str], names: NameBook) -> bool:
    """A one-word name the article never gives in full nor tags as a person ("Politifact")."""
    return len(words) == 1 and not names.is_person_word(words[0])


@lru_cache(maxsize=256)
def _kind_before(text: str, name: str) -> bool:
    """Whether an article writes a name right after a lower-case noun of an organisation's kind: "software
    company Red Hat", "German magazine Der Spiegel", "retailer Tesco", "news agency ISNA"."""
    pattern = rf"(?<![\w-])([a-z]+)[ \u00a0]+{re.escape(name)}(?![\w-])"
    return any(m.group(1) in _ORGANIZATION_KINDS for m in re.finditer(pattern, text))


#: Lower-case nouns of an organisation's kind: institutions, businesses, outlets.
_ORGANIZATION_KINDS = (
    lexicon.words("organization_nouns") | lexicon.words("business_nouns") | lexicon.words("outlet_nouns")
)


def _known_person(name: str, names: NameBook) -> bool:
    """Whether the article gives a name a person's gender (a "he" or "she" after it, "Mr", "Ms") or title."""
    person = names.person(name)
    return person is not None and (person.gender is not None or bool(person.titles))


def _named_organization(words: list[str], names: NameBook) -> bool:
    """A name an organisation's by evidence the recogniser's person tag does not outweigh: a platform or an
    outlet by its form ("Twitter", "Wikinews"), or a name the article writes after a noun of an
    organisation's kind and never gives a person's gender or title ("software company Red Hat"; not "the
    company Jo Fox founded", when a "he" or a title says Jo Fox is a person)."""
    if is_platform_or_outlet(words):
        return True
    name = " ".join(words)
    return _kind_before(names.text, name) and not _known_person(name, names)


def _has_person_apposition(mention: Mention) -> bool:
    """ "Smith, a Democrat whose office ...": an apposition that names a role makes a person."""
    return any(
        child.dep_ == "appos" and (lexicon.is_role_noun(child.lemma_) or is_party_word(child.text))
        for child in children(mention.core)
    )


def _proper_form(mention: Mention, names: NameBook, last: str) -> Category | None:
    """What a proper mention's form alone decides: a capitalised headline noun, a party acronym, an
    acronym the article spells out, a title standing alone."""
    core = mention.core
    if lexicon.is_role_noun(core.text.lower().removesuffix("s")) and mention.plural:
        return common_type(mention)  # a capitalised headline noun: "Black Lawmakers"
    if is_party_word(core.text) and core.text.isupper() and not mention.plural:
        return Category("organization")  # the party itself ("GOP")
    if last.isupper() and len(last) > 2 and f"({last})" in names.text:
        return Category("organization")  # spelt out: "Korean Central News Agency (KCNA)"
    the = next((c for c in children(core) if c.dep_ == "det" and c.text == "The"), None)
    if core.ent_type_ == "ORG" and len(mention.name_tokens()) >= 2 and core.tag_ == "NNPS":
        return Category("organization")  # a plural-looking name of one body: "the Syrian Democratic Forces"
    if the is not None and not the.is_sent_start and not names.in_heading(mention.offset(the)):
        return Category("organization")  # a title with its "The" mid-sentence: "newspaper The Hindu"
    if lexicon.is_title_word(core.text) and all(lexicon.is_title_word(t.text) for t in mention.name_tokens()):
        return common_type(mention)  # a title alone is a role noun: "One MP told the BBC"
    return None


def proper_type(mention: Mention, names: NameBook) -> Category:
    core = mention.core
    label = core.ent_type_
    written = [t.text.rstrip(".") for t in mention.name_tokens()] or [core.text]
    words = [w for w in written if not lexicon.is_title_word(w) and not lexicon.is_title_word(w + ".")]
    words = words or written
    last = words[-1].removesuffix("’s").removesuffix("'s")
    by_form = _proper_form(mention, names, last)
    if by_form is not None:
        return by_form
    if _named_organization(words, names):
        return Category("organization")
    institution = lexicon.is_organization_suffix(last.lower())  # "... Federation", "... Airlines"
    if len(words) < len(written) and institution:
        if written[-1] != last:  # a title after an institution's name: "the Chess Federation President"
            return Category("person", refers_back=True)
        return Category("organization")  # a title opens a company's name: "President Airlines"
    if core.tag_ == "NNPS" and names.is_person_word(last) and not mention.indefinite:
        return Category("person")  # a surname the parser took for a plural ("Kravets")
    if mention.plural and label in ("WORK_OF_ART", "NORP") and not names.is_person_word(last):
        return Category("anonymous_group")
    if label in _GROUP_LABELS and core.tag_ == "NNP" and names.is_person_word(last):
        return Category("person")  # "Tamim claimed", the surname of "Ali bin Tamim", tagged a nationality
    if label in _GROUP_LABELS or is_party_word(core.text) or core.tag_ == "NNPS":
        if mention.plural:
            return Category("anonymous_group")
        if mention.definite:
            return Category("person", refers_back=True)
        if label in _GROUP_LABELS or mention.indefinite or mention.count_word() == 1:
            return Category("anonymous_individual")
    if label in ("WORK_OF_ART", "LAW") and not names.is_person_word(last):
        return Category("document")
    # a word of some person's name is weaker evidence than the last word of an institution's name of several
    # words: the recogniser's person "Chess Federation" in one sentence leaves "the Chess Federation" an
    # organisation (a surname alone, "Press" of Jim Press, and a title after it, "Federation President", stay)
    suffixed = len(words) > 1 and written[-1] == last and institution
    named_person = names.is_person_word(last) or _has_person_apposition(mention)
    # the recogniser's person whose last word ends an organisation's name ("Manila Bulletin") is one, unless
    # the article gives it a person's gender or title ("Jim Press, the Vice Chairman")
    known = _known_person(" ".join(words), names) or _has_person_apposition(mention)
    suffixed_thing = suffixed and not known
    if (label == "PERSON" and not suffixed_thing) or (named_person and not suffixed):
        return Category("person")
    if label in _ORG_LABELS or label in _GROUP_LABELS:
        return Category("organization")
    if institution or (last.isupper() and len(last) > 1):
        return Category("organization")
    if lexicon.is_organization_noun(core.lemma_) or _single_unknown(words, names):
        return Category("organization")
    return Category("person")


def common_type(mention: Mention) -> Category:
    lemma = mention.lemma
    if lemma in lexicon.words("event_nouns") or mention.lower in lexicon.words("event_nouns"):
        return Category("unknown")  # "the bloodshed raised fears": an event is no source
    # a hyphenated noun the tokenizer split is looked up whole ("The e-mail said": the source is "mail")
    if any(lexicon.is_document_noun(word) for word in (lemma, mention.lower, *mention.joined_forms)):
        return Category("document")
    if mention.determiner in _NEGATING_DETERMINERS:
        # "no official would discuss it", "neither company would disclose the price": the declined comment of
        # a group none of whom spoke (extraction keeps a negated source only for a declined comment)
        return Category("anonymous_group")
    if lexicon.is_organization_noun(lemma):
        collective = lemma in lexicon.words("collective_institutions")
        if mention.plural and not has_proper_owner(mention) and not collective:
            return Category("anonymous_group")
        return Category("organization")
    if mention.partitive:
        # "one of the sources", "another of the insiders" / "two of the sources", "some of the officials"
        single = mention.count_word() == 1 or mention.head.text.lower() in ("another", "each", "either")
        return Category("anonymous_individual" if single else "anonymous_group")
    if mention.plural:
        return Category("anonymous_group")
    if (
        mention.definite
        and not mention.indefinite
        and mention.possessor() is None
        and (lexicon.is_role_noun(lemma) or lexicon.is_role_noun(mention.lower))
    ):
        return Category("person", refers_back=True)
    return Category("anonymous_individual")


def _transcript_role(mention: Mention, names: NameBook) -> Literal["answering", "asking"] | None:
    """A transcript label's role: "answering" or "asking", None when the mention is no label or its role is
    unclear. A label is a name in title case that opens at least two lines, each closed by a colon (a
    headline's "Poll:" opens one); capitals ("WN:", "NG:") may be an outlet's initials as well as a speaker's
    and are left to the name's other evidence. The one asking turns mostly end with a question mark
    ("Wikinews: ... will it begin to lose strength?"); the answering speakers' do not ("Richman: Yes, all
    tropical cyclones ..."), and the article names them nowhere else or names them as persons. A label named
    elsewhere, and not as a person, is unclear: an outlet in conversation ("Wikinews: It's not the same.",
    after "Wikinews interviewed ..."), a pseudonym ("Jaya (a pseudonym)")."""
    text = names.text
    label = mention.text
    turns = labelled_turns(text).get(label, ())
    if not any(t.start == mention.start for t in turns) or label.isupper():
        return None
    if not all(word[:1].isupper() for word in label.split()):
        return None
    if sum(t.question for t in turns) * 2 >= len(turns):
        return "asking"
    if _times_named(text, label) > len(turns) and not names.is_person_word(label.split()[-1]):
        return None  # named elsewhere, and not as a person: an outlet in conversation, a pseudonym
    return "answering"


@lru_cache(maxsize=64)
def _times_named(text: str, name: str) -> int:
    """How many times an article writes a name as a word (once per article and name)."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def classify(mention: Mention, names: NameBook) -> Category:
    """The source type of a mention that is not a pronoun."""
    role = _transcript_role(mention, names)
    if role == "answering":
        # a transcript's speaker, whatever the tagger makes of a bare surname at a line's start ("Knight:" was
        # an organisation in one turn and a person in the next)
        return Category("person")
    if role == "asking" and " " not in mention.text and not names.is_person_word(mention.text):
        # "Wikinews: Mr. President, ...?": an outlet's label, though the tagger took the first for a person
        return Category("organization")
    outer = mention.core.head
    cut_off = (
        mention.core.dep_ == "compound" and outer.i != mention.core.i and mention.offset(outer) >= mention.end
    )
    if cut_off and lexicon.is_document_noun(outer.lemma_):
        return Category("document")  # a span cut before its head: "a New York Times [report]"
    if mention.is_proper and any(
        c.dep_ == "conj" and c.tag_ == "NNS" and mention.offset(c) < mention.end
        for c in children(mention.core)
    ):
        if proper_type(mention, names).source_type == "organization":
            return Category("organization")  # "The CIA and other intelligence agencies": the one named
        return Category("anonymous_group")  # "Jo Fox and other parents"
    # a capitalised word the parser took for a common noun may be a known name ("Snow said"); a lower-case
    # one is the common noun ("the advisory", where a quoted "... Advisory Number 12" was taken for a person)
    if mention.is_proper or (mention.core.text[:1].isupper() and names.is_person_word(mention.core.text)):
        return proper_type(mention, names)
    return common_type(mention)
