"""A tiny corpus and a deterministic stand-in for extraction, so that storage tests run in milliseconds.

`synthetic_extract` finds "SOURCE said|says|say CONTENT." sentences with a regex, nests one such clause
inside another's content, and fills the fields the resolver would (source type, actor, spokesperson,
anonymity) from a small table. It exercises every column the store has without loading spaCy.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from sourcetrace.types import Actor, Anonymity, Article, Attribution, SourcingProfile, Span

_CLAUSE = re.compile(r"(?P<source>[A-Z][\w’' ]*?) (?P<cue>said|says|say|told Reuters) (?P<content>[^.]*)")
_ACTORS = {
    "Vladimir Putin": "Vladimir Putin",
    "Putin": "Vladimir Putin",
    "Russian President Vladimir Putin": "Vladimir Putin",
    "Kremlin spokesman Dmitry Peskov": "Dmitry Peskov",
    "Volodymyr Zelensky": "Volodymyr Zelensky",
}
_SPOKESPEOPLE = {"Kremlin spokesman Dmitry Peskov": "Vladimir Putin"}


def _attribution(text: str, ident: str, match: re.Match[str], offset: int, parent: str | None) -> Attribution:
    def span(group: str) -> Span:
        return Span.of(text, offset + match.start(group), offset + match.end(group))

    source = match.group("source").strip()
    anonymous = "sources" in source or "official" in source
    actor = _ACTORS.get(source)
    return Attribution(
        id=ident,
        kind="indirect",
        cue=span("cue"),
        source=span("source"),
        content=span("content"),
        parent=parent,
        source_type="anonymous_group" if anonymous else ("person" if actor else "organization"),
        actor=Actor(actor, "spokesman" if "spokesman" in source else None) if actor else None,
        on_behalf_of=_SPOKESPEOPLE.get(source),
        recipient="Reuters" if "Reuters" in match.group("cue") else None,
        anonymous=Anonymity(count=None, affiliation="Russian") if anonymous else None,
    )


def extract_one(article: Article) -> Article:
    text, found = article.text, []
    for sentence in re.finditer(r"[^.\n]+\.", text):
        outer = _CLAUSE.search(sentence.group())
        if outer is None:
            continue
        outer_id = f"a{len(found) + 1}"
        found.append(_attribution(text, outer_id, outer, sentence.start(), None))
        content_offset = sentence.start() + outer.start("content")
        inner = _CLAUSE.search(outer.group("content"))
        if inner is not None:
            found.append(_attribution(text, f"a{len(found) + 1}", inner, content_offset, outer_id))
    anonymous = sum(1 for a in found if a.anonymous)
    profile = SourcingProfile(
        attributions=len(found),
        by_source_type={"anonymous_group": anonymous, "person": len(found) - anonymous},
        named_actors=tuple((a.actor.name, 1) for a in found if a.actor),
        lede_rests_on=("person",) if found else (),
    )
    return dataclasses.replace(article, attributions=tuple(found), profile=profile)


def synthetic_extract(articles: Iterable[Article]) -> Iterator[Article]:
    """Stands in for `sourcetrace.extract_articles`."""
    for article in articles:
        if "EXPLODE" in article.text:
            raise RuntimeError("the parser choked")
        yield extract_one(article)


CORPUS = [
    Article(
        name="kremlin-1.txt", outlet="World Tribune", published="2024-05-24", source_format="text",
        text="MOSCOW (Reuters) — Russian sources say Putin said he is ready to call a ceasefire. "
             "Kremlin spokesman Dmitry Peskov said Russia was open to dialogue.\n",
    ),
    Article(
        name="kremlin-2.txt", outlet="World Tribune", published="2024-05-20", source_format="text",
        text="Russian President Vladimir Putin said the talks on the ceasefires would go on. "
             "Volodymyr Zelensky said talks were ruled out.\n",
    ),
    Article(
        name="kyiv-1.txt", outlet="Daily Courier", published="2024-06-02", source_format="text",
        byline="By Jane Doe, Associated Press",
        text="KYIV (AP) — Senior officials said the front line held overnight. "
             "Volodymyr Zelensky said Ukraine would never accept a frozen war.\n",
    ),
    Article(
        name="undated.txt", source_format="text",
        text="Putin said nothing new about grain exports. Some sources told Reuters the deal was dead.\n",
    ),
]
