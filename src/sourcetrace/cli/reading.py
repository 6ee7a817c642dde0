"""The options of the commands that read inputs (`extract`, `ingest`): how URLs and feeds are fetched."""

from __future__ import annotations

from typing import Annotated

import typer

from sourcetrace.readers import ReadOptions

AllowPrivateHostsOption = Annotated[bool, typer.Option(
    "--allow-private-hosts",
    help="Also fetch URLs on loopback, private and link-local addresses (an intranet, a local test server). "
         "By default only public addresses are fetched, whatever a feed or a redirect points to.",
)]
NoFetchOption = Annotated[bool, typer.Option(
    "--no-fetch",
    help="Read feed entries from the text the feed carries (content, else summary) instead of fetching "
         "their pages.",
)]


def read_options(allow_private_hosts: bool, no_fetch: bool, force: bool,
                 max_chars: int = ReadOptions.max_chars) -> ReadOptions:
    """The readers' options the command line asks for (`force`: read pages that are no article too;
    `max_chars`: the character budget of one article)."""
    return ReadOptions(allow_private_hosts=allow_private_hosts, fetch_pages=not no_fetch,
                       keep_non_articles=force, max_chars=max_chars)
