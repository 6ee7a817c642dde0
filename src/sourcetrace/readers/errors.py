"""The error every reader raises for an input it cannot read."""


class ReadError(Exception):
    """An input could not be read; the message says why, in one line, without the location."""


class NotAnArticle(ReadError):
    """A page that says it is no article (a home page, a wiki entry, a video page): skipped, not failed."""
