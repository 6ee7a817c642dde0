"""Server-side SVG charts: labels escaped, bars in proportion, nothing inline that the CSP would block."""

from __future__ import annotations

import itertools
import re

import lxml.etree
import pytest

from sourcetrace.web import charts

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


def _tree(svg: str) -> lxml.etree._Element:
    return lxml.etree.fromstring(svg.encode())


def test_labels_are_escaped_in_every_chart() -> None:
    drawn = [
        charts.stacked_bars(HOSTILE, [(HOSTILE, [(HOSTILE, 3)])], [HOSTILE]),
        charts.line(HOSTILE, [(HOSTILE, 0.5), ("b", 0.25)]),
        charts.bars(HOSTILE, [(HOSTILE, 2)]),
    ]
    for svg in drawn:
        tree = _tree(str(svg))  # well-formed XML
        assert not tree.xpath("//*[local-name()='script' or local-name()='img' or @onerror or @style]")
        assert HOSTILE in "".join(tree.itertext())


def test_stacked_bars_are_in_proportion() -> None:
    svg = charts.stacked_bars("t", [("A", [("x", 10), ("y", 30)]), ("B", [("x", 20)])], ["x", "y"])
    heights = [float(h) for h in re.findall(r'<rect class="c\d" x="[\d.]+" y="[\d.]+" width="[\d.]+" '
                                            r'height="([\d.]+)"><title>', str(svg))]
    assert len(heights) == 3
    assert abs(heights[0] * 3 - heights[1]) < 0.2 and abs(heights[2] * 2 - heights[0] * 4) < 0.4


@pytest.mark.parametrize("count", [1, 2, 7, 9, 20, 23, 100, 365])
def test_a_line_labels_its_first_and_last_point_and_few_between(count: int) -> None:
    labelled = charts._labelled(count)
    assert {0, count - 1} <= labelled and len(labelled) <= 8
    points = sorted(labelled)
    assert all(b - a >= 2 for a, b in itertools.pairwise(points)) or count <= 8


def test_empty_charts_draw() -> None:
    for svg in (charts.stacked_bars("t", [], ["x"]), charts.line("t", []), charts.bars("t", [])):
        assert _tree(str(svg)).tag.endswith("svg")
