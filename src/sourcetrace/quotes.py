"""Quotation marks, quoted stretches and whether an offset is inside one: decided on the text, before parsing.

Curly quotes pair by direction; straight double quotes and the two-apostrophe quotes of some archives
(``''``) toggle. A quote may run over several paragraphs: by news convention, a paragraph that opens with a
quotation mark while the previous paragraph's quote is still open continues that quote (the earlier paragraph
has no closing mark). A quote left open at a paragraph end with no such continuation is closed there, so one
stray mark never swallows the rest of the article; a toggling mark with nothing after it in its paragraph
closes a quote whose opening mark the text lost, and never opens one. A closing curly mark that opens a
paragraph and runs straight into a word (”Fear. I am …”) is an opening mark typed the wrong way round: nothing
can close at a paragraph's start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_MARK = re.compile(r"“|”|\"|''|``|«|»")
#: Marks that open a quote, close one, or do either by turns (also used on tokens by the cue classifier).
OPENING_MARKS = frozenset({"“", "«", "``"})
CLOSING_MARKS = frozenset({"”", "»"})
TOGGLING_MARKS = frozenset({'"', "''"})
#: The one-character quotation marks, as `str.strip` takes them.
QUOTE_MARKS = '"“”«»'
#: Closing quotation marks, stripped to see how a quote's words end (the apostrophe ends a '' quote).
CLOSING_CHARACTERS = "".join(CLOSING_MARKS | TOGGLING_MARKS)


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: `start` is at the opening mark, `end` just after the closing mark (or at the end of
    the paragraph where an unclosed quote stops)."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner_start(self) -> int:
        return self.start + 1

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def find_quotes(text: str, begin: int = 0) -> list[Quote]:
    """All quoted stretches of `text` from offset `begin`, in order."""
    quotes: list[Quote] = []
    open_at: int | None = None
    last_mark_end = begin
    for match in _MARK.finditer(text, begin):
        mark, at = match.group(), match.start()
        if open_at is not None and "\n" in text[last_mark_end:at]:
            # The quote reached a paragraph end without closing: it continues only when this mark opens the
            # next paragraph.
            if _opens_paragraph(text, at) and mark not in CLOSING_MARKS:
                last_mark_end = match.end()
                continue
            quotes.append(Quote(open_at, _paragraph_end(text, last_mark_end), closed=False))
            open_at = None
        if open_at is None:
            if (
                mark in OPENING_MARKS
                or (mark in TOGGLING_MARKS and _opens(text, match.end()))
                or (mark in CLOSING_MARKS and _reversed_opening(text, at))
            ):
                open_at = at
        elif mark in CLOSING_MARKS or mark in TOGGLING_MARKS:
            quotes.append(Quote(open_at, match.end()))
            open_at = None
        last_mark_end = match.end()
    if open_at is not None:
        quotes.append(Quote(open_at, _paragraph_end(text, last_mark_end), closed=False))
    return quotes


def inside_quote(text: str, offset: int) -> bool:
    """Whether `offset` lies inside a quote: a quoted stretch that `find_quotes` finds in its paragraph opens
    before it and has not closed (the opening mark itself is outside, a closing mark inside).

    Derived from `find_quotes`, so both agree on every mark and convention; its paragraph alone is read, which
    gives the same answer as reading the whole text (a quote continued from an earlier paragraph reopens
    with the mark that starts this one)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    paragraph = text[start : len(text) if end < 0 else end]
    at = offset - start
    return any(quote.start < at < quote.end for quote in find_quotes(paragraph))


def _opens(text: str, after: int) -> bool:
    """Whether a toggling mark can open a quote: something must follow it in its paragraph (a stray closing
    mark at a paragraph's end, whose opening mark the text lost, would otherwise open an empty quote)."""
    # read up to the next character that is not white space, not to the paragraph's end: on a text of one
    # line, reading to the end at every mark cost time in the square of its length
    return _SOMETHING_AHEAD.match(text, after) is not None


def _reversed_opening(text: str, at: int) -> bool:
    """Whether the closing mark at `at` opens its paragraph and is followed by a word."""
    return _opens_paragraph(text, at) and text[at + 1 : at + 2].isalnum()


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether only white space stands between the line start and `at` (read backwards from `at` to the
    first character that is not white space, not from the line start)."""
    before = at - 1
    while before >= 0 and text[before] != "\n" and text[before].isspace():
        before -= 1
    return before < 0 or text[before] == "\n"


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


#: White space within the paragraph, then a character that is not white space.
_SOMETHING_AHEAD = re.compile(r"[^\S\n]*\S")


def has_quote_mark(stretch: str) -> bool:
    """Whether a stretch of text holds any quotation mark."""
    return "''" in stretch or any(mark in stretch for mark in QUOTE_MARKS)


def outside_quotes(text: str, content: Sequence[tuple[int, int]], quotes: Sequence[Quote]) -> list[str]:
    """The stretches of a content's parts that lie outside the given quotes (the gaps between parts, where an
    interrupting cue stands, are not the content's)."""
    pieces = []
    for start, end in content:
        at = start
        for quote in quotes:
            if quote.end > at and quote.start < end:
                pieces.append(text[at : max(at, quote.start)])
                at = max(at, quote.end)
        if at < end:
            pieces.append(text[at:end])
    return pieces


def quote_words(text: str, quote: Quote) -> str:
    """A quote's text without its closing marks, to see how its words end."""
    return text[quote.start : quote.end].rstrip(CLOSING_CHARACTERS)


#: Words a name or title leaves in lower case ("Lucky and Skuff Coyote", "Gone with the Wind").
_NAME_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)
#: The most words a quoted name or title has.
_NAME_WORDS = 6
_QUOTE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_name_like(text: str, quote: Quote) -> bool:
    """A short quote whose words all open with a capital, function words aside: a name or a title
    ("guests of honour “Don't Hug Cacti.”", "known as “Lucky and Skuff Coyote”"), not words someone said."""
    found = _QUOTE_WORD.findall(quote_words(text, quote))
    content = [word for word in found if word.lower() not in _NAME_FUNCTION_WORDS]
    return 0 < len(found) <= _NAME_WORDS and bool(content) and all(word[0].isupper() for word in content)


def ends_spoken(text: str, quote: Quote) -> bool:
    """A quote whose last words end in a comma or a stop inside the marks: something said, not a title."""
    return quote_words(text, quote)[-1:] in {",", ".", "?", "!"}
