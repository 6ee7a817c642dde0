"""Copies: MinHash LSH near-duplicates, shared direct quotes, clusters with their origin, incremental use."""

from __future__ import annotations

import random

import pytest

from sourcetrace.provenance.copies import (
    CopyIndex,
    CopyOptions,
    Signature,
    cluster,
    clusters_from_links,
    published_key,
    quote_keys,
    signature,
    similarity,
)
from sourcetrace.types import Article

_VOCABULARY = (
    "council", "budget", "vote", "mayor", "city", "road", "school", "tax", "plan", "river", "bridge",
    "housing", "police", "park", "water", "election", "money", "law", "court", "report", "week", "month",
    "year", "people", "office", "state", "union", "market", "price",
)

QUOTE = ("“We will not accept any deal that leaves our farmers worse off than they were before the war "
         "began,” the minister said.")


def _prose(seed: int, words: int = 220) -> str:
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentence = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(8, 16)))
        sentences.append(sentence.capitalize() + ".")
    return " ".join(sentences)


def _edited(text: str, seed: int, share: float) -> str:
    """A syndicated copy: the same text with a share of its sentences rewritten and a new last line."""
    rng = random.Random(seed)
    sentences = text.split(". ")
    for i in range(len(sentences)):
        if rng.random() < share:
            sentences[i] = " ".join(rng.choice(_VOCABULARY) for _ in range(10))
    return ". ".join(sentences) + " Copy desk note added by the outlet."


@pytest.fixture
def corpus() -> list[Article]:
    wire = _prose(1)
    return [
        Article(text="Wire story\n\n" + wire, name="wire", outlet="Wire", published="2024-05-24T08:00:00Z"),
        Article(text="Unrelated\n\n" + _prose(2), name="other", published="2024-05-23"),
        Article(text="Reprint\n\n" + _edited(wire, 3, 0.05), name="reprint-late", outlet="Daily",
                published="2024-05-25"),
        Article(text="Reprint early\n\n" + _edited(wire, 4, 0.05), name="reprint-early", outlet="Weekly",
                published="2024-05-24T06:00:00+00:00"),
        Article(text=_prose(5) + "\n\n" + QUOTE, name="quotes-a", published="2024-06-01"),
        Article(text=QUOTE.replace("“", '"').replace("”", '"') + "\n\n" + _prose(6), name="quotes-b",
                published="2024-05-30"),
        Article(text=_prose(7), name="alone", published=None),
    ]


def test_cluster_groups_copies_and_marks_the_first_published(corpus: list[Article]) -> None:
    clusters = cluster(corpus)
    assert [(c.members, c.origin) for c in clusters] == [
        (("wire", "reprint-late", "reprint-early"), "reprint-early"),
        (("quotes-a", "quotes-b"), "quotes-b"),
    ]
    assert {reason for c in clusters[:1] for _, _, reason in c.links} == {"text"}
    assert clusters[1].links == (("quotes-a", "quotes-b", "quote"),)


def test_threshold_is_configurable(corpus: list[Article]) -> None:
    wire, heavy = corpus[0], Article(text=_edited(corpus[0].text, 9, 0.5), name="heavy")
    assert similarity(signature(wire), signature(heavy)) < 0.6
    assert cluster([wire, heavy]) == []
    (found,) = cluster([wire, heavy], CopyOptions(threshold=0.2))
    assert found.members == ("wire", "heavy")


def test_incremental_index_matches_batch(corpus: list[Article]) -> None:
    stored = [(a.name, Signature.from_bytes(signature(a).to_bytes())) for a in corpus[:3]]
    index = CopyIndex.from_signatures(stored)
    links = index.add("reprint-early", signature(corpus[3]))
    assert {(link.other, link.reason) for link in links} == {("reprint-late", "text"), ("wire", "text")}
    assert links[0].similarity >= links[1].similarity  # best first
    assert all(link.similarity >= 0.6 for link in links)
    assert "reprint-early" in index and len(index) == 4
    assert index.add("quotes-a", signature(corpus[4])) == []
    (quoted,) = index.add("quotes-b", signature(corpus[5]))
    assert (quoted.other, quoted.reason) == ("quotes-a", "quote")
    assert quoted.quote is not None and quoted.quote.startswith("we will not accept any deal")


def test_readding_a_key_replaces_it(corpus: list[Article]) -> None:
    index = CopyIndex()
    index.add("a", signature(corpus[0]))
    assert index.add("a", signature(corpus[0])) == []  # not linked to itself
    assert len(index) == 1


def test_band_keys_find_the_same_candidates(corpus: list[Article]) -> None:
    wire, other, late = (signature(a) for a in corpus[:3])
    assert set(wire.band_keys()) & set(late.band_keys())
    assert not set(wire.band_keys()) & set(other.band_keys())
    assert len(wire.band_keys()) == len(wire.band_keys(CopyOptions(threshold=0.6)))


def test_signature_round_trip_and_size(corpus: list[Article]) -> None:
    sig = signature(corpus[4])
    data = sig.to_bytes()
    assert Signature.from_bytes(data) == sig
    assert len(data) < 24 + 4 * 128 + 400
    assert sig.quote_keys() and all(len(key) == 16 for key in sig.quote_keys())


def test_signature_skips_the_header() -> None:
    body = _prose(11)
    plain = Article(text=body)
    headed = Article(text="date 2024-05-24 by Jane Doe / Planet\n\n" + body, body_start=38)
    assert similarity(signature(plain), signature(headed)) == 1.0


def test_different_options_cannot_be_compared() -> None:
    with pytest.raises(ValueError, match="cannot be compared"):
        similarity(signature("a b c"), signature("a b c", CopyOptions(num_perm=64)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (QUOTE, ("we will not accept any deal that leaves our farmers worse off than they were before the "
                 "war began",)),
        ("He said “no comment” twice.", ()),
        ("''We have done our job and we will do it again next week, without any doubt at all,'' he said.",
         ("we have done our job and we will do it again next week without any doubt at all",)),
    ],
)
def test_quote_keys(text: str, expected: tuple[str, ...]) -> None:
    assert quote_keys(text) == expected


@pytest.mark.parametrize(
    ("published", "order"),
    [(["2024-05-24", "2024-05-23T23:00:00-05:00"], ["a", "b"]),  # b is 04:00 UTC on the 24th
     ([None, "2024-01-01"], ["b", "a"]),
     (["2024-05-24", "2024-05-24"], ["a", "b"]),  # ties: first added
     (["not a date", "2024-05-24"], ["b", "a"])],
)
def test_origin_is_first_published(published: list[str | None], order: list[str]) -> None:
    (found,) = clusters_from_links(["a", "b"], [("a", "b", "text")], dict(zip("ab", published, strict=True)))
    assert found.origin == order[0]
    assert published_key(None) == float("inf")


def test_clusters_from_links_joins_transitively() -> None:
    keys = ["a", "b", "c", "d", "e"]
    clusters = clusters_from_links(keys, [("c", "b", "quote"), ("b", "a", "text"), ("d", "e", "text"),
                                          ("x", "a", "text")])
    assert [c.members for c in clusters] == [("a", "b", "c"), ("d", "e")]
    assert clusters[0].links == (("a", "b", "text"), ("b", "c", "quote"))
