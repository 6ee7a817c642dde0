"""The bad-input corpus: every case, how it is made, and the one line `extract` and `ingest` must print.

Small cases are files in `files/`; the others are made at test time (`make_cases`): names git cannot hold
(a byte that is not UTF-8, a newline, an escape sequence), a named pipe, and the big inputs of `generate`,
scaled down to `scale` of their full size (the tests use the small scale, which takes the same code path:
above the character budget, under the size cap; `benchmarks/bad_inputs.py` the full one).

Each case names its input (relative to the folder it is made in), the problem line expected (a regular
expression matched against one whole line of stderr, after the `error: ` / `warning: ` / `failed: `
label), and whether the input still gives an article (`extracted`).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from corpus import generate

__all__ = ["CASES", "FILES", "Case", "make_cases"]

FILES = Path(__file__).resolve().parent / "files"


@dataclass(frozen=True)
class Case:
    """One bad input: its file name, the problem line it gives (a regex; None: none), whether an article
    still comes of it, and its full size in bytes when it is generated (0: a small file)."""

    name: str
    line: str | None
    extracted: bool = False
    full_size: int = 0
    fatal: bool = True


#: The cases, in the order they are given to the commands.
CASES: tuple[Case, ...] = (
    Case("whole-gzip.warc.gz",
         r"whole-gzip\.warc\.gz: not a record-per-member WARC\.gz .*warcio recompress.*"),
    Case("random-bytes.txt",
         r"random-bytes\.txt: skipped: not language: \d+% of its characters are control.*"),
    Case("base64.txt", r"base64\.txt: skipped: not language: only \d+% of its characters are in words.*"),
    Case("minified.txt", r"minified\.txt: skipped: not language: only \d+% of its characters are in words.*"),
    Case("lone-surrogate.jsonl", r"lone-surrogate\.jsonl:1: text holds a lone surrogate \(U\+D800\) at "
                                 r"character 18: not valid Unicode", extracted=True),
    Case("pipe.txt", r"pipe\.txt: not a regular file \(a named pipe, socket or device\): not opened"),
    Case("bad\udcffname.txt", None, extracted=True),
    Case("folder", None, extracted=True),  # holds another file whose name is not UTF-8
    Case("new\nline[bold red]x\x1b[31m.txt", r"new\\nline\[bold red\]x\\x1b\[31m\.txt: empty file"),
    Case("random-big.txt", r"random-big\.txt: skipped: not language: \d+% .*", full_size=9_000_000),
    Case("one-line.txt", r"one-line\.txt: long text: cut to its first [\d,]+ of [\d,]+ characters .*",
         extracted=True, full_size=9_500_000, fatal=False),
    Case("long-sentence.txt",
         r"long-sentence\.txt: long text: cut to its first [\d,]+ of [\d,]+ characters .*",
         extracted=True, full_size=1_500_000, fatal=False),
    Case("big-page.html",
         r"big-page\.html: long text: cut to its first [\d,]+ of [\d,]+ characters .*",
         extracted=True, full_size=9_000_000, fatal=False),
)

_GOOD = ("The minister said on Tuesday that the border would reopen on Monday. “We are ready,” the mayor "
         "told reporters.\n")
_GENERATED = {
    "random-big.txt": generate.random_bytes,
    "one-line.txt": generate.one_line_text,
    "long-sentence.txt": generate.long_sentence,
    "big-page.html": generate.big_html,
}
#: The character budget the tests run with (`--max-chars`), and the test scale's sizes: the text cases over
#: it, and sentences longer than `parse.MAX_SENTENCE`; the page's text over it too.
TEST_MAX_CHARS = 8_000
TEST_SIZES = {"random-big.txt": 20_000, "one-line.txt": 12_000, "long-sentence.txt": 12_000,
              "big-page.html": 80_000}


def make_cases(folder: Path, full: bool = False) -> list[Path]:
    """Every case made in `folder` (the big ones at full size with `full`, else at the test sizes); the
    paths in `CASES` order, as the command line names them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in CASES:
        path = folder / case.name
        if (FILES / case.name).exists():
            shutil.copyfile(FILES / case.name, path)
        elif case.name in _GENERATED:
            size = case.full_size if full else TEST_SIZES[case.name]
            path.write_bytes(_GENERATED[case.name](size))
        elif case.name == "pipe.txt":
            os.mkfifo(path)
        elif case.name == "folder":
            path.mkdir(exist_ok=True)
            inner = _GOOD.replace("Monday", "Friday")  # another text: ingest stores each text once
            (path / os.fsdecode(b"inner-\xfe.txt")).write_text(inner, encoding="utf-8")
        elif case.name.startswith("new"):
            path.write_bytes(b"")
        else:
            path.write_text(_GOOD, encoding="utf-8")
        paths.append(path)
    return paths
