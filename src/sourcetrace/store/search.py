"""The search syntax, one for both backends: words, "quoted phrases", OR, NOT (or -word); parsed here once
and compiled to SQLite's FTS5 and to PostgreSQL's tsquery, so that both answer a search with the same set.

- `ceasefire talks`: both words (stemmed: "talks" finds "talk"), anywhere in the content;
- `"frozen war"`: the words in this order, next to each other;
- `trump OR clinton`: either (OR binds tighter than the implicit AND: `deal trump OR clinton` is deal and
  either of them);
- `NOT ukraine`, `-ukraine`: without it; a search needs at least one word or phrase that must match.

OR and NOT are operators only in capitals; English stop words ("the", "or", "not") are ignored on both
backends, as PostgreSQL ignores them. Inside a phrase a stop word stays, and there the backends differ by
design: SQLite wants that very word, PostgreSQL takes any one word in its place ("talks on the ceasefire"
also finds "talks about a ceasefire" on PostgreSQL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.data import words as word_list

#: Limits on a search, so that no query costs the database more than a user could mean.
MAX_QUERY_CHARACTERS = 2000
MAX_TERMS = 32

_TOKEN = re.compile(r'"([^"]*)(?:"|$)|(\S+)')
_WORD = re.compile(r"[^\W_]+")


class SearchSyntaxError(ValueError):
    """A search that cannot be run, told in one sentence."""


@dataclass(frozen=True)
class Term:
    """One word or a phrase (its words in order), folded to lower case."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class Clause:
    """Terms of which one must match (`a OR b`), or none when `negated`."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """A parsed search: every clause must hold."""

    clauses: tuple[Clause, ...]

    @property
    def empty(self) -> bool:
        return not any(not clause.negated for clause in self.clauses)


def _stop_words() -> frozenset[str]:
    return word_list("store", "stopwords")


def _term(text: str) -> Term | None:
    """The words of a word or phrase, without the stop words at its ends (PostgreSQL drops them, and they
    constrain nothing there); None when no word counts."""
    found = [word.casefold() for word in _WORD.findall(text)]
    stop = _stop_words()
    while found and found[0] in stop:
        found.pop(0)
    while found and found[-1] in stop:
        found.pop()
    return Term(tuple(found)) if found else None


def _tokens(query: str) -> list[tuple[str, Term | None]]:
    """The query as operators ("OR", "NOT") and terms (None: a term with no word that counts)."""
    tokens: list[tuple[str, Term | None]] = []
    for phrase, bare in _TOKEN.findall(query):
        if bare in ("OR", "NOT", "AND"):
            tokens.append((bare, None))
        elif bare.startswith("-") and len(bare) > 1:
            tokens.append(("NOT", None))
            tokens.append(("TERM", _term(bare[1:])))
        else:
            tokens.append(("TERM", _term(phrase or bare)))
    return tokens


def parse(query: str) -> SearchQuery:
    """The search as clauses; raises `SearchSyntaxError` for a search too long to run."""
    if len(query) > MAX_QUERY_CHARACTERS:
        raise SearchSyntaxError(
            f"a search holds at most {MAX_QUERY_CHARACTERS:,} characters (this one has {len(query):,})")
    clauses: list[Clause] = []
    terms: list[Term] = []
    negated = pending_not = joining = False
    count = 0
    for kind, term in _tokens(query):
        if kind == "OR":
            joining = bool(terms)
            continue
        if kind == "NOT":
            pending_not, joining = True, False
            continue
        if kind == "AND" or term is None:
            continue
        count += 1
        if count > MAX_TERMS:
            raise SearchSyntaxError(f"a search holds at most {MAX_TERMS} words and phrases")
        if not joining:  # a new clause begins: the one before is complete
            if terms:
                clauses.append(Clause(tuple(terms), negated))
            terms, negated, pending_not = [], pending_not, False
        terms.append(term)
        joining = False
    if terms:
        clauses.append(Clause(tuple(terms), negated))
    return SearchQuery(tuple(clauses))


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"'


def _fts5_clause(clause: Clause) -> str:
    return "(" + " OR ".join(_fts5_term(term) for term in clause.terms) + ")"


def to_fts5(query: SearchQuery) -> str:
    """The search as an FTS5 MATCH expression (FTS5's NOT is binary: the positives, then each negative)."""
    positive = " AND ".join(_fts5_clause(c) for c in query.clauses if not c.negated)
    negative = "".join(f" NOT {_fts5_clause(c)}" for c in query.clauses if c.negated)
    return f"({positive}){negative}"


def _tsquery_term(term: Term) -> str:
    return "(" + " <-> ".join(f"'{word}'" for word in term.words) + ")"


def to_tsquery(query: SearchQuery) -> str:
    """The search as the text of PostgreSQL's `to_tsquery('english', ...)`."""
    clauses = []
    for clause in query.clauses:
        either = "(" + " | ".join(_tsquery_term(term) for term in clause.terms) + ")"
        clauses.append(f"!{either}" if clause.negated else either)
    return " & ".join(clauses)
