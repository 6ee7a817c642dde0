"""The time budget of HTML extraction (`readers.budget`): a page trafilatura takes too long over is one
problem, not a stalled run."""

from __future__ import annotations

import time

import pytest

from corpus.generate import big_html
from sourcetrace.readers.budget import OverBudget, time_budget
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.html import html_article


def test_the_budget_stops_the_body() -> None:
    started = time.monotonic()
    with pytest.raises(OverBudget), time_budget(0.05):
        while True:
            pass
    assert time.monotonic() - started < 5


def test_no_budget_left_behind() -> None:
    with time_budget(0.05):
        pass
    time.sleep(0.1)  # the timer was cleared: nothing fires now


def test_a_page_over_its_budget_is_a_read_error() -> None:
    page = big_html(400_000)
    stopped = r"HTML extraction stopped after 0.01 s of CPU \(the budget of a page\)"
    with pytest.raises(ReadError, match=stopped):
        html_article(page, name="big.html", seconds=0.01)
    assert html_article(page, name="big.html").text  # within the default budget it is read
