"""The errors readers raise for an input they cannot read, each with a one-line message."""


class ReadError(Exception):
    """An input could not be read; the message says why, in one line, without the location."""


class Unreachable(ReadError):
    """A host could not be reached (no address, no connection, no complete answer in time): it counts
    against the host's budget of failures in a run."""

    def __init__(self, host: str, message: str) -> None:
        super().__init__(message)
        self.host = host


class HostSkipped(ReadError):
    """A page that was not tried: its host already failed too often in this run."""

    def __init__(self, host: str, message: str) -> None:
        super().__init__(message)
        self.host = host
