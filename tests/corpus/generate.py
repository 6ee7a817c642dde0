"""Generators of the big bad inputs of the corpus: bytes of a given size, the same for the same arguments.

The small bad inputs are files in this folder (`cases.py` lists every case). The big ones (a 9 MB page, a
9.5 MB text on one line, 1.5 MB of random bytes) are made here at test time, scaled down for the tests (the
same code path at a fraction of the size) and at full size by `benchmarks/bad_inputs.py`.
"""

from __future__ import annotations

import base64
import gzip
import io
import random

__all__ = ["base64_text", "big_html", "long_sentence", "minified_code", "one_line_text", "random_bytes",
           "sentences", "whole_gzip_warc"]

_NAMES = ("Marta Lind", "the minister", "a spokesman for the agency", "officials", "the company",
          "Jon Berg", "the union's negotiator", "two people familiar with the talks", "the mayor")
_CUES = ("said", "told reporters", "said on Tuesday", "argued", "warned", "added", "confirmed")
_CONTENTS = ("the border would reopen on Monday", "the plan had been delayed by the weather",
             "prices would fall before the end of the year", "no decision had been taken",
             "the factory would not close", "the talks were going well", "the report was accurate")
_FILLER = ("The river rose by two metres overnight", "Traffic was slow on the main road into town",
           "The market opened late after a power cut", "Schools reopened after the long holiday",
           "The council met for three hours", "Rain is expected again at the weekend")


def sentences(count: int, seed: int = 0) -> list[str]:
    """`count` news sentences, half of them attributions ("X said that ..."), half plain reports."""
    pick = random.Random(seed).choice
    out = []
    for i in range(count):
        if i % 2:
            out.append(f"{pick(_FILLER)}.")
        else:
            out.append(f"{pick(_NAMES).capitalize()} {pick(_CUES)} that {pick(_CONTENTS)}.")
    return out


def one_line_text(size: int, seed: int = 0) -> bytes:
    """News text of about `size` bytes on one line: full stops, but not one line break."""
    return _fill(size, lambda n: " ".join(sentences(n, seed)))


def long_sentence(size: int, seed: int = 0) -> bytes:
    """One "sentence" of about `size` bytes: news clauses joined by commas, with no full stop and no line
    break (spaCy refuses a text over `nlp.max_length`, 1,000,000 characters)."""
    return _fill(size, lambda n: ", ".join(s.rstrip(".") for s in sentences(n, seed)))


def random_bytes(size: int, seed: int = 0) -> bytes:
    """`size` random bytes without a NUL (so that no binary check refuses them): not UTF-8, decoded as a
    single-byte charset, they look like text of symbols and accented letters."""
    return random.Random(seed).randbytes(size).replace(b"\x00", b"\x01")


def base64_text(size: int, seed: int = 0) -> bytes:
    """Base64 of random bytes in lines of 76 characters, about `size` bytes."""
    raw = random.Random(seed).randbytes(size * 3 // 4)
    return base64.encodebytes(raw)[:size]


def minified_code(size: int) -> bytes:
    """Minified JavaScript of about `size` bytes, on one line."""
    unit = ('function a(b,c){var d=b.map(function(e){return e*c+1});if(d.length>3){return d.slice(0,3)}'
            'return d.join(",")};var f={g:1,h:"x",i:[1,2,3]};window.j=a(f.i,2);')
    return _repeat(unit.encode(), size)


def big_html(size: int, seed: int = 0) -> bytes:
    """A live-blog page of about `size` bytes as big sites serve them: navigation menus, an inline JSON
    state blob, and an article of 40 paragraphs followed by thousands of updates, teasers and comments,
    nested as page builders nest them: most of the page is text."""
    rng = random.Random(seed)
    article = "".join(f"<p>{' '.join(sentences(4, seed + i))}</p>\n" for i in range(40))
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<title>Talks resume | Daily Planet</title>'
        '<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-05-24T10:30:00+00:00">'
        f"</head><body><header><nav><ul>{menu}</ul></nav></header>"
        f'<main><article><h1>Talks resume</h1><div class="body">{article}'
    )
    state = '<script id="__STATE__" type="application/json">{"items":['
    state += ",".join(f'{{"id":{i},"title":"Story {i}","tags":["a","b"]}}' for i in range(size // 400))
    state += "]}</script>"
    blocks: list[str] = []
    used = len(head) + len(state)
    i = 0
    while used < size - 200:
        depth = rng.randrange(2, 8)
        if i % 3:
            words = " ".join(sentences(3, seed + 1000 + i))
            comment = f'<div class="comment"><b>user{i}</b><p>{words}</p></div>'
            block = f'{"<div>" * depth}{comment}{"</div>" * depth}'
        else:
            block = (f'<div class="teaser"><a href="/story/{i}"><h3>Story {i}</h3></a>'
                     f'<p>{" ".join(sentences(1, seed + i))}</p><span class="time">2 hours ago</span></div>')
        blocks.append(block)
        used += len(block)
        i += 1
    # a live blog: the comment thread is inside the article, so the page's text is megabytes too
    live = f'<section class="live">{"".join(blocks)}</section>'
    page = f'{head}{state}{live}</div></article></main><footer>© Daily Planet</footer>'
    return (page + "</body></html>").encode()


def whole_gzip_warc(records: int = 3) -> bytes:
    """A WARC of `records` HTML responses gzipped as one member (as warcio's `example-bad.warc.gz.bad`):
    readers that expect one gzip member per record cannot find where a record ends."""
    out = io.BytesIO()
    for i in range(records):
        body = (f"<html><body><article><p>{' '.join(sentences(12, i))}</p></article></body></html>").encode()
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        header = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/{i}\r\n"
                  f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{i}>\r\n"
                  "WARC-Date: 2024-05-24T10:30:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                  f"Content-Length: {len(http)}\r\n\r\n").encode()
        out.write(header + http + b"\r\n\r\n")
    return gzip.compress(out.getvalue(), mtime=0)


def _fill(size: int, make: object) -> bytes:
    """Text from `make(n)` (n sentences), grown until it holds `size` bytes, cut there."""
    assert callable(make)
    count = max(4, size // 60)
    while len(text := make(count).encode()) < size:
        count *= 2
    return text[:size]


def _repeat(unit: bytes, size: int) -> bytes:
    return (unit * (size // len(unit) + 1))[:size]
