"""Charts drawn on the server as SVG: stacked bars, a line over months, horizontal bars.

No script and no library: each function returns SVG markup built from escaped labels, so charts show
without JavaScript and under a strict Content-Security-Policy (colours are classes of `static/style.css`,
never inline styles). Each chart has a `<title>` and a table of its numbers beside it on the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

#: Colour classes (style.css: .c0 … .c7) assigned to series in order.
PALETTE_SIZE = 8


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    head = (f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>')
    return Markup(head + "".join(body) + "</svg>")


def _short(label: str, limit: int = 18) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def stacked_bars(title: str, groups: Sequence[tuple[str, Sequence[tuple[str, int]]]],
                 series: Sequence[str]) -> Markup:
    """One bar per group (label, [(series, count)]), its segments stacked in the order of `series`, with a
    legend."""
    width, height, left, bottom, top = 640, 260, 40, 40, 10
    plot_h = height - bottom - top
    biggest = max((sum(n for _, n in values) for _, values in groups), default=0) or 1
    slot = (width - left - 150) / max(1, len(groups))
    bar_w = min(60.0, slot * 0.7)
    body = [f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - 150}" y2="{top + plot_h}"/>',
            f'<text class="tick" x="{left - 4}" y="{top + 4}" text-anchor="end">{biggest}</text>',
            f'<text class="tick" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    for i, (label, values) in enumerate(groups):
        x = left + i * slot + (slot - bar_w) / 2
        y = float(top + plot_h)
        counts = dict(values)
        for j, name in enumerate(series):
            n = counts.get(name, 0)
            if not n:
                continue
            h = n / biggest * plot_h
            y -= h
            body.append(f'<rect class="c{j % PALETTE_SIZE}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                        f'height="{h:.1f}"><title>{escape(label)}: {escape(name)} {n}</title></rect>')
        body.append(f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" '
                    f'text-anchor="middle">{escape(_short(label))}</text>')
    for j, name in enumerate(series):
        y = top + 14 * j
        shown = escape(name.replace("_", " "))
        body.append(f'<rect class="c{j % PALETTE_SIZE}" x="{width - 140}" y="{y}" width="10" height="10"/>'
                    f'<text class="legend" x="{width - 125}" y="{y + 9}">{shown}</text>')
    return _svg(width, height, title, body)


def line(title: str, points: Sequence[tuple[str, float]], percent: bool = True) -> Markup:
    """A line through (label, value) points in order; values in [0, 1] shown as percentages."""
    width, height, left, bottom, top, right = 640, 220, 44, 40, 10, 30
    plot_w, plot_h = width - left - right, height - bottom - top
    biggest = 1.0 if percent else (max((v for _, v in points), default=0) or 1)
    step = plot_w / max(1, len(points) - 1)
    coords = [(left + (i * step if len(points) > 1 else plot_w / 2), top + plot_h - v / biggest * plot_h)
              for i, (_, v) in enumerate(points)]
    top_label = "100%" if percent else f"{biggest:g}"
    half, middle = ("50%" if percent else f"{biggest / 2:g}"), top + plot_h / 2
    body = [f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
            f'<line class="grid" x1="{left}" y1="{middle}" x2="{left + plot_w}" y2="{middle}"/>',
            f'<text class="tick" x="{left - 4}" y="{top + 4}" text-anchor="end">{top_label}</text>',
            f'<text class="tick" x="{left - 4}" y="{middle + 4}" text-anchor="end">{half}</text>',
            f'<text class="tick" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    if len(coords) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        body.append(f'<polyline class="series" points="{path}"/>')
    labelled = _labelled(len(points))
    for i, ((label, value), (x, y)) in enumerate(zip(points, coords, strict=True)):
        shown = f"{value:.0%}" if percent else f"{value:g}"
        body.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3">'
                    f'<title>{escape(label)}: {shown}</title></circle>')
        if i in labelled:
            body.append(f'<text class="tick" x="{x:.1f}" y="{top + plot_h + 16}" '
                        f'text-anchor="middle">{escape(label)}</text>')
    return _svg(width, height, title, body)


def _labelled(count: int, most: int = 8) -> set[int]:
    """Which of `count` points get a label: at most `most`, evenly spaced, the first and the last always
    (the one before the last dropped when it would crowd it or make one too many)."""
    if count == 0:
        return set()
    every = max(1, -(-count // most))
    shown = set(range(0, count, every))
    if count - 1 not in shown:
        if max(shown) > 0 and (len(shown) >= most or (count - 1) - max(shown) < every / 2 + 1):
            shown.discard(max(shown))
        shown.add(count - 1)
    return shown


def bars(title: str, values: Sequence[tuple[str, int]]) -> Markup:
    """Horizontal bars, one per (label, count), in the order given."""
    row, left, width = 22, 190, 640
    height = max(row, row * len(values)) + 10
    biggest = max((n for _, n in values), default=0) or 1
    body = []
    for i, (label, n) in enumerate(values):
        y = 5 + i * row
        w = n / biggest * (width - left - 50)
        body.append(f'<text class="tick" x="{left - 6}" y="{y + 14}" text-anchor="end">'
                    f'{escape(_short(label, 28))}</text>'
                    f'<rect class="c0" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}">'
                    f'<title>{escape(label)}: {n}</title></rect>'
                    f'<text class="tick" x="{left + w + 4:.1f}" y="{y + 14}">{n}</text>')
    return _svg(width, height, title, body)
