"""The errors readers raise for an input they cannot read, each with a one-line message."""


class ReadError(Exception):
    """An input could not be read; the message says why, in one line, without the location."""


class Unreachable(ReadError):
    """A host could not be reached (no address, no connection, no complete answer in time): it counts
    against the host's budget of failures in a run, all of it when the failure lasts (`lasting`: a name
    that does not exist will not exist on the next entry either)."""

    def __init__(self, message: str, lasting: bool = False) -> None:
        super().__init__(message)
        self.lasting = lasting


class HostSkipped(ReadError):
    """A page that was not tried: its host already failed `failures` times in this run, the last time for
    the reason `last`."""

    def __init__(self, host: str, failures: int, last: str) -> None:
        times = "once" if failures == 1 else f"{failures} times"
        super().__init__(f"not tried: {host} failed {times} in this run (last: {last})")
        self.host = host
        self.failures = failures
        self.last = last


class NotAnArticle(ReadError):
    """A page that says it is no article (a home page, a wiki entry, a video page): skipped, not failed."""
