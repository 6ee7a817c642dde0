"""A source span seen through the parse: its head, determiner, number, names, possessor and modifiers.

Everything the sieves need to know about one noun phrase, computed from the tokens of the parsed segment
that holds it. Source spans are sometimes longer than the noun phrase ("Kenneth Baer, a former official who
runs ...") or shorter (a bare "said" for a misplaced annotation); the head finder copes with both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sourcetrace.parse import Segment, children
from sourcetrace.resolve import lexicon

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "each", "every"})
_RIGHT_MODIFIERS = frozenset({"relcl", "acl", "amod", "prep", "appos", "advcl"})
#: The possessive ending of a word ("Pelosi's", "the Times'"), stripped to name the owner.
POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


@dataclass(frozen=True)
class Mention:
    """One noun phrase of the text as the resolver sees it.

    `head` is the syntactic head; `core` the noun that says what kind of thing it is (for "two of the
    sources" the head is "two", the core "sources"); `left` the core's premodifiers within the phrase.
    """

    start: int
    end: int
    text: str
    segment: Segment
    head: Token
    core: Token
    left: tuple[Token, ...]

    @property
    def partitive(self) -> bool:
        """Whether the head is a quantifier over the core: "two of the sources"."""
        return self.head.i != self.core.i

    @property
    def doc(self) -> Doc:
        return self.segment.doc

    def offset(self, token: Token) -> int:
        return self.segment.start + token.idx

    @property
    def lower(self) -> str:
        return self.core.text.lower()

    @property
    def lemma(self) -> str:
        return self.core.lemma_.lower()

    def hyphen_prefix(self) -> list[Token]:
        """The tokens of a hyphenated word the tokenizer split before the core, with no space between them:
        "e", "-" of "e-mail" (the parser may then take "mail" alone for the subject)."""
        doc, i = self.doc, self.core.i
        return [doc[i - 2], doc[i - 1]] if after_split_hyphen(doc, i) else []

    @property
    def joined_forms(self) -> tuple[str, ...]:
        """The core's word and lemma as written whole when the tokenizer split a hyphenated word ("e-mail",
        "t-shirts" -> "t-shirt"); else nothing."""
        prefix = self.hyphen_prefix()
        if not prefix:
            return ()
        first = prefix[0].text.lower()
        return (f"{first}-{self.lower}", f"{first}-{self.lemma}")

    @property
    def ends_split_name(self) -> bool:
        """Whether the core is the lower-case end of a hyphenated name the tokenizer split: "kwan" of "Yu
        Hoi-kwan", "un" of "Kim Jong-un". The word before the hyphen is a capitalised name of two letters or
        more (not "T-shirts", "E-mail"), and the core a name too (a proper noun, or inside the recogniser's
        person), not a role ("Vice-chairman")."""
        prefix = self.hyphen_prefix()
        if not prefix:
            return False
        first, core = prefix[0], self.core
        first_is_name = first.pos_ == "PROPN" or first.ent_type_ == "PERSON"
        core_is_name = core.pos_ == "PROPN" or core.ent_type_ == "PERSON"
        return (
            len(first.text) >= 2
            and first.text[:1].isupper()
            and first.text.isalpha()
            and first_is_name
            and core.text.isalpha()
            and core.text.islower()
            and core_is_name
            and not lexicon.is_role_noun(core.lower_)
            and not lexicon.is_title_word(core.text)
        )

    @property
    def is_pronoun(self) -> bool:
        if _is_acronym(self.head):
            return False  # "the WHO noted", "WE said": an organisation's initials, not "who" or "we"
        return self.head.pos_ == "PRON" or self.head.text.lower() in lexicon.table("pronouns")

    @property
    def is_proper(self) -> bool:
        core = self.core
        if _in_capitals(core.text):
            return True
        if self.ends_split_name:
            return True  # "Yu Hoi-kwan", "Kim Jong-un": a name, though its last word is in lower case
        if not core.text[:1].isupper():
            return False
        sentence_noun = core.is_sent_start and core.tag_ == "NN" and not _common_kind(core)
        if sentence_noun and (core.ent_type_ == "ORG" or not core.vocab[core.lower_].has_vector):
            # a singular word opening the sentence, tagged as a common noun, that the recogniser takes for
            # an organisation ("Apple reports that ...") or that English does not know as a word ("Rudaw
            # reports", "Rappler reported": out of the pipeline's vocabulary): a name, never an unnamed
            # person. Not a noun of a kind of institution or document ("Court says", "Police said": the
            # common-noun sieves know those), nor a plural ("Charities, such as X, said": a group)
            return True
        return core.pos_ == "PROPN" or (
            core.text[:1].isupper() and not core.is_sent_start and core.pos_ not in ("PRON", "NUM")
        )

    @property
    def plural(self) -> bool:
        if self.core.tag_ in ("NNS", "NNPS"):
            # the verb's agreement overrules the tag: "Fiancée of ... demands justice"
            singular_verb = self.core.dep_ == "nsubj" and self.core.head.tag_ == "VBZ"
            return not (singular_verb and self.core.i == self.head.i and not self.core.lower_.endswith("s"))
        if self.core.text.lower() in lexicon.words("group_nouns"):
            return True
        value = self.count_word()
        return value is not None and value > 1

    @property
    def determiner(self) -> str | None:
        for token in (self.head, self.core):
            for child in children(token):
                if child.dep_ in ("det", "predet") and child.i < token.i:
                    return child.text.lower()
        if self.head.dep_ == "det":
            return self.head.text.lower()
        return None

    @property
    def definite(self) -> bool:
        return self.determiner in _DEFINITE or self.possessor() is not None

    @property
    def indefinite(self) -> bool:
        return self.determiner in _INDEFINITE or self.head.text.lower() in ("one", "another")

    def count_word(self) -> int | None:
        """The number a phrase states for its members: "three sources" -> 3, "two of the sources" -> 2."""
        if self.partitive:
            value = lexicon.number_value(self.head.text)
            if value is not None:
                return value
        for child in children(self.core):
            if child.dep_ == "nummod" and child.i < self.core.i:
                return lexicon.number_value(child.text)
        before = self.doc[self.core.i - 1] if self.core.i > 0 else None
        if before is not None and before.pos_ == "NUM" and self.offset(before) >= self.start:
            return lexicon.number_value(before.text)
        return None

    def vague(self) -> bool:
        """Whether the phrase leaves its size open ("more than 20", "several", "dozens of")."""
        prefix = " ".join(t.text.lower() for t in self.doc[self.head.left_edge.i : self.core.i + 1])
        words = lexicon.words("vague_quantifiers")
        return any(w in f" {prefix} " for w in (f" {q} " for q in words)) or self.head.text.lower() in words

    def possessor(self) -> Token | None:
        for child in children(self.core):
            if child.dep_ == "poss":
                return child
        return None

    def compounds(self) -> list[Token]:
        return [
            t
            for t in self.left
            if t.dep_ in ("compound", "nmod", "amod")
            and (t.pos_ == "PROPN" or (t.text[:1].isupper() and not t.is_sent_start and t.pos_ == "NOUN"))
        ]

    def modifiers_right(self) -> list[Token]:
        """Right-hand modifiers of the core and head: relative clauses, adjective phrases, appositions."""
        tokens: list[Token] = []
        for token in [self.head] + ([self.core] if self.partitive else []):
            tokens.extend(c for c in children(token) if c.i > token.i and c.dep_ in _RIGHT_MODIFIERS)
        return tokens

    def name_tokens(self) -> list[Token]:
        """The capitalised run ending at the core: "Drew Hammill" in "Pelosi spokesman Drew Hammill" (and
        "Yu Hoi-kwan", a hyphenated name ending in lower case)."""
        if not self.core.text[:1].isupper() and not self.ends_split_name:
            return []
        run = [self.core]
        i = self.core.i - 1
        first = self.head.sent.start
        while i >= first and self.offset(self.doc[i]) >= self.start:
            token = self.doc[i]
            hyphen = token.text == "-" and not token.whitespace_  # "Holtz-Eakin", "al-Assad"
            before = self.doc[i - 1] if i >= 1 else None
            following = self.doc[i + 1].text
            particle = lexicon.is_name_particle(token.text) and (following[:1].isupper() or following == "-")
            joins = particle or (
                (token.text in ("and", "of", "on", "for") or hyphen)
                and before is not None
                and (before.text[:1].isupper() or (hyphen and lexicon.is_name_particle(before.text)))
            )
            if not (token.text[:1].isupper() and token.text[:1].isalpha()) and not joins:
                break
            if token.dep_ in ("poss", "case") or token.tag_ == "POS" or token.pos_ in ("DET", "VERB"):
                break
            if token.is_stop and not joins:
                break
            if self.doc[i + 1].tag_ == "POS":
                break
            run.insert(0, token)
            i -= 1
        return run


def _is_acronym(token: Token) -> bool:
    """A word in capitals that are initials, not capitals of emphasis or of a heading: after an article
    ("the WHO"), or with no word in capitals beside it ("WHO said", not "WE WILL WIN, HE SAID")."""
    if not _in_capitals(token.text):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return True
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return not any(t.text.isupper() and t.text.isalpha() for t in neighbours)


def _in_capitals(word: str) -> bool:
    """A word of two letters or more, all capitals ("WHO", "NATO")."""
    return word.isupper() and word.isalpha() and len(word) > 1


def _common_kind(token: Token) -> bool:
    """Whether a noun names a kind of institution or document ("court", "report")."""
    lemma = token.lemma_.lower()
    return lexicon.is_organization_noun(lemma) or lexicon.is_document_noun(lemma)


def run_text(segment: Segment, tokens: list[Token]) -> str:
    """The words of a run of tokens as the article writes them ("Nils-Erik Haagenrud", not "Nils - Erik")."""
    if not tokens:
        return ""
    first, last = tokens[0], tokens[-1]
    return segment.text[first.idx : last.idx + len(last.text)]


def tokens_of(segment: Segment, start: int, end: int) -> list[Token]:
    span = segment.doc.char_span(start - segment.start, end - segment.start, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if not t.is_space]


def _head_of(tokens: Sequence[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    tops = [t for t in tops if not t.is_punct] or tops
    # the first part of a hyphenated word the tokenizer split and the parser left on top ("co" of "study
    # co-author Karen Alley", made a subject of its own) is no head: the phrase goes on after it
    tops = [t for t in tops if not _split_before_hyphen(t)] or tops
    nominal = [t for t in tops if t.pos_ in _NOMINAL or t.dep_ in ("nsubj", "nsubjpass", "poss")]
    # a title the parser cut off as a phrase of its own ("Sens. | Jo Fox and Ann Lee") is not the head
    nominal = [t for t in nominal if not lexicon.is_title_word(t.text)] or nominal
    if nominal:
        # a phrase cut from a larger one ("Black Lawmakers" of a headline) has only premodifiers on top:
        # the rightmost is its head; numbers never are
        if all(t.dep_ in ("compound", "nmod", "amod", "nummod") for t in nominal):
            nouns = [t for t in nominal if t.pos_ != "NUM"]
            return (nouns or nominal)[-1]
        return nominal[0]
    if not tops:
        return None
    top = tops[0]
    if top.pos_ == "ADP":
        objects = [c for c in children(top) if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    if top.pos_ in ("VERB", "AUX"):
        # a misplaced span ("said") or a headline ("X Hammers Y"): the subject of the verb is meant
        for child in children(top):
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        nouns = [t for t in tokens if t.pos_ in ("PROPN", "NOUN")]
        return nouns[0] if nouns else top
    return top


def after_split_hyphen(doc: Doc, i: int) -> bool:
    """Whether token `i` is the part after the hyphen of a word the tokenizer split ("mail" of "e-mail",
    "author" of "co-author"): the two tokens before it are the first part and the hyphen, with no space."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _split_before_hyphen(token: Token) -> bool:
    """Whether a token is the part before the hyphen of a word the tokenizer split ("co" of "co-author")."""
    return token.i + 2 < len(token.doc) and after_split_hyphen(token.doc, token.i + 2)


def _core_of(head: Token) -> Token:
    """The kind-bearing noun: the object of a partitive "of" after a quantifier head."""
    if head.text.lower() in lexicon.words("partitive_heads") or head.pos_ == "NUM":
        for child in children(head):
            if child.dep_ == "prep" and child.text.lower() == "of":
                for obj in children(child):
                    if obj.dep_ == "pobj":
                        return obj
    return head


def make_mention(
    segment: Segment, start: int, end: int, text: str, head: Token | None = None
) -> Mention | None:
    """The mention of a source span, or None when the span cannot be mapped onto the parse."""
    if head is None:
        tokens = tokens_of(segment, start, end)
        if not tokens:
            return None
        head = _head_of(tokens)
        if head is None:
            return None
    core = _core_of(head)
    left = tuple(t for t in core.lefts) + tuple(t for t in head.lefts if head.i != core.i)
    left_all: list[Token] = []
    for token in left:
        left_all.extend(token.subtree)
    return Mention(start, end, text, segment, head, core, tuple(sorted(set(left_all), key=lambda t: t.i)))


def mention_of_token(segment: Segment, token: Token) -> Mention:
    """The mention whose head is `token` (its left part only: an antecedent without its relative clause)."""
    start = segment.start + token.left_edge.idx
    end = segment.start + token.idx + len(token.text)
    text = segment.text[token.left_edge.idx : token.idx + len(token.text)]
    mention = make_mention(segment, start, end, text, head=token)
    assert mention is not None
    return mention
