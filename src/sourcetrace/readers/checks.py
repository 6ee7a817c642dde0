"""What every article and problem passes before it leaves the readers: names that are text, text that is
language, and a bounded length.

- **Names.** A file name may hold bytes that are not UTF-8 (Python keeps them as lone surrogates), which no
  terminal, JSON document or database takes: they are written as `\\xff` in the article's name and in every
  problem's location (`text_name`). Control characters stay (the CLI escapes them when it prints).
- **Lone surrogates** in an article's text (a JSONL `"\\ud800"`) cannot be encoded, stored or printed: the
  article is refused with the offset of the first one.
- **Not language.** Random bytes decoded as a single-byte charset, base64 and minified code are not prose,
  cost the parser the most, and give nothing but false attributions: an article whose text has more than
  `_MAX_CONTROL_SHARE` control characters, or less than `_MIN_WORD_SHARE` of its characters in words, is
  skipped with the figure (`not_language`). Digits and numbers count neither way, so a table of results is
  not refused for them; scripts written without spaces (Chinese, Japanese, Thai) count as words.
- **The character budget.** An article longer than `ReadOptions.max_chars` is cut at the last paragraph,
  line, sentence or word break before it, with a warning that says so (`within_budget`): extraction costs
  time in proportion to the text, and no news article is near the limit.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from typing import Any

from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["checked", "not_language", "text_name", "where", "within_budget"]

#: Articles with more control characters than this share (of all characters) are not text.
_MAX_CONTROL_SHARE = 0.01
#: Articles with fewer characters in words than this share (of the characters of tokens with a letter) are
#: not language.
_MIN_WORD_SHARE = 0.5
#: A word is at most this long (German compounds and long names fit; base64 lines and hex do not).
_MAX_WORD = 40
#: Texts shorter than this are too short to judge (and cost nothing to parse).
_MIN_JUDGED = 200
#: Characters sampled from a long text to judge it: its beginning, its middle and its end.
_SAMPLE = 20_000
_TOKEN = re.compile(r"\S+")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Scripts written without spaces between words: a run of them is words, however long.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_EDGE_PUNCTUATION = "\"'“”‘’«»„()[]{}<>.,;:!?…*_-–—/"
_JOINERS = frozenset("-'’.·")


def text_name(name: str) -> str:
    """A name (a file path as Python decoded it) as valid text: bytes that are not UTF-8 written `\\xff`."""
    if not _SURROGATE.search(name):
        return name
    raw = name.encode("utf-8", "surrogateescape") if _all_escapes(name) else None
    if raw is None:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", name)
    return raw.decode("utf-8", "backslashreplace")


def _all_escapes(name: str) -> bool:
    return all(0xDC80 <= ord(c) <= 0xDCFF for c in _SURROGATE.findall(name))


def not_language(text: str) -> str | None:
    """Why a text is not language (random bytes, base64, code), or None when it reads as prose."""
    if len(text) < _MIN_JUDGED:
        return None
    sample = _sample(text)
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        return (f"not language: {controls / len(sample):.0%} of its characters are control characters "
                "(binary data, or a wrong charset)")
    in_words = judged = 0
    for match in _TOKEN.finditer(sample):
        token = match.group()
        if not any(c.isalpha() for c in token):
            continue  # numbers and punctuation: neither words nor noise
        judged += len(token)
        if _is_word(token):
            in_words += len(token)
    if judged and in_words < _MIN_WORD_SHARE * judged:
        return (f"not language: only {in_words / judged:.0%} of its characters are in words "
                "(random data, base64 or code)")
    return None


def _is_word(token: str) -> bool:
    """A word between white space: letters (and their combining marks), joined by at most one hyphen,
    apostrophe or period at a time ("well-known", "don't", "U.S"), within punctuation ("(“Yes,”)"); at most
    `_MAX_WORD` long. In a script written without spaces, a run of mostly letters is words."""
    core = token.strip(_EDGE_PUNCTUATION)
    if _UNSPACED.search(core):  # a whole clause between spaces, its own punctuation inside
        return sum(1 for c in core if _is_letter(c)) >= 0.7 * len(core)
    if not core or len(core) > _MAX_WORD:
        return False
    joined = True  # a joiner may not open the word, nor follow another
    for c in core:
        if _is_letter(c):
            joined = False
        elif c in _JOINERS and not joined:
            joined = True
        else:
            return False
    return not joined


def _is_letter(c: str) -> bool:
    """A letter, or a mark that combines with one (Devanagari vowel signs)."""
    return c.isalpha() or unicodedata.category(c).startswith("M")


def _sample(text: str) -> str:
    if len(text) <= 3 * _SAMPLE:
        return text
    middle = len(text) // 2
    return "\n".join((text[:_SAMPLE], text[middle : middle + _SAMPLE], text[-_SAMPLE:]))


def within_budget(text: str, max_chars: int) -> str:
    """`text` cut to at most `max_chars` characters, at the last paragraph, line, sentence or word break
    in its second half (a hard cut when there is none)."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for mark in ("\n\n", "\n", ". ", " "):
        at = head.rfind(mark, max_chars // 2)
        if at > 0:
            return head[: at + len(mark)].rstrip() + "\n"
    return head


_METADATA = ("name", "title", "byline", "outlet", "published", "url", "language", "origin")


def _named(article: Article) -> Article:
    """The article with its name and metadata as valid text (lone surrogates written out as escapes)."""
    fixed: dict[str, Any] = {}
    for field in _METADATA:
        value = getattr(article, field)
        if isinstance(value, str) and _SURROGATE.search(value):
            fixed[field] = text_name(value)
    return replace(article, **fixed) if fixed else article


def where(given: str, article: Article) -> str:
    """Where an article read from the input `given` is, for a problem line: the input itself when the
    article is the whole file, the file and its line or offset when it is one of many (`FILE:3`,
    `FILE@1024`), else the article's URL or name (a feed entry, an archived page)."""
    base = os.path.basename(given)
    if article.name == base:
        return given
    if base and article.name.startswith(base) and article.name[len(base) : len(base) + 1] in (":", "@"):
        return given + article.name[len(base) :]
    return article.url or article.name or given


def checked(item: Article | ReadProblem, given: str, max_chars: int) -> list[Article | ReadProblem]:
    """An item read from the input `given` as it leaves the readers: names as text; an article refused when
    it holds a lone surrogate or is not language, cut (with a warning) when longer than `max_chars`."""
    if isinstance(item, ReadProblem):
        location = text_name(item.location)
        return [item if location == item.location else replace(item, location=location)]
    article = _named(item)
    location = where(text_name(given), article)
    surrogate = _SURROGATE.search(article.text)
    if surrogate:
        return [ReadProblem(location, f"text holds a lone surrogate (U+{ord(surrogate.group()):04X}) at "
                                      f"character {surrogate.start()}: not valid Unicode")]
    found: list[Article | ReadProblem] = []
    if len(article.text) > max_chars:
        cut = within_budget(article.text, max_chars)
        note = (f"long text: cut to its first {len(cut):,} of {len(article.text):,} characters "
                f"(the limit is {max_chars:,})")
        found.append(ReadProblem(location, note, fatal=False))
        article = replace(article, text=cut)
    reason = not_language(article.text)
    if reason is not None:
        return [ReadProblem(location, f"skipped: {reason}")]
    found.append(article)
    return found
