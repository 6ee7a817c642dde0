"""The `sourcetrace` command: a thin layer over the library API.

Each module of this package registers its commands on `app`.
"""

from __future__ import annotations

from sourcetrace.cli import corpus as _corpus  # noqa: F401  (registers its commands)
from sourcetrace.cli import extract as _extract  # noqa: F401  (registers its commands)
from sourcetrace.cli import serve as _serve  # noqa: F401  (registers its commands)
from sourcetrace.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
