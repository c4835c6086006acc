"""Small charts as inline SVG: no JavaScript, no network, readable without colour.

Each function returns markupsafe.Markup, every text in it escaped, for a template to insert.
Dates are ISO strings (YYYY-MM-DD); the x axis is linear in days.
"""

from __future__ import annotations

from datetime import date
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 36
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat((value or "")[:10]).toordinal()
    except ValueError:
        return None


def number(value) -> str:
    """1200.0 -> '1,200', 0.5 -> '0.5', None -> ''."""
    if value is None or value == "":
        return ""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


_fmt = number


def nice_top(value: float) -> float:
    """The round number just above `value` for the top of an axis: 24 -> 25, 1234 -> 1500."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= value:
            return step * magnitude
    return value


def _frame(title: str, body: list[str], x_labels: tuple[str, str], y_range: tuple[float, float],
           extra_height: int = 0) -> Markup:
    x0, x1 = LEFT, WIDTH - RIGHT
    y0, y1 = HEIGHT - BOTTOM, TOP
    parts = [
        f'<svg class="claims-chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT + extra_height}" width="100%" '
        f'style="max-width:{WIDTH}px" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#888"/>',
        f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="#888"/>',
        f'<text x="{x0 - 6}" y="{y0}" text-anchor="end" font-size="11">{escape(_fmt(y_range[0]))}</text>',
        f'<text x="{x0 - 6}" y="{y1 + 10}" text-anchor="end" font-size="11">{escape(_fmt(y_range[1]))}</text>',
        f'<text x="{x0}" y="{HEIGHT - 14}" font-size="11">{escape(x_labels[0])}</text>',
        f'<text x="{x1}" y="{HEIGHT - 14}" text-anchor="end" font-size="11">{escape(x_labels[1])}</text>',
    ]
    return Markup("".join(parts + body + ["</svg>"]))


def _scale(lo: float, hi: float, out_lo: float, out_hi: float):
    span = (hi - lo) or 1
    return lambda v: out_lo + (v - lo) / span * (out_hi - out_lo)


def timeline(counts: list[tuple[str, int]], title: str = "Quotes over time") -> Markup | None:
    """Bars of how many quotes (or anything) fell on each date; None when nothing is dated."""
    days = [(d, n, _day(d)) for d, n in counts if _day(d) is not None]
    if not days:
        return None
    first, last = min(o for _, _, o in days), max(o for _, _, o in days)
    first, last = first - 1, last + 1  # a margin so the end bars are not on the axis
    top = nice_top(max(n for _, n, _ in days))
    x = _scale(first, last, LEFT, WIDTH - RIGHT)
    y = _scale(0, top, HEIGHT - BOTTOM, TOP)
    bar = max(3.0, min(24.0, (WIDTH - LEFT - RIGHT) / (last - first + 1) * 0.8))
    body = [
        f'<rect x="{x(o) - bar / 2:.1f}" y="{y(n):.1f}" width="{bar:.1f}" height="{y(0) - y(n):.1f}" '
        f'fill="{COLOURS[0]}"><title>{escape(d)}: {n}</title></rect>'
        for d, n, o in days
    ]
    return _frame(title, body, (date.fromordinal(first + 1).isoformat(), date.fromordinal(last - 1).isoformat()),
                  (0, top))


def values_over_time(points: list[dict], title: str = "Claimed values over time",
                     overall: bool = True) -> Markup | None:
    """Dots joined by lines, one series per claimant: the values claimed for one figure.

    `points` are dicts with `published`, `value`, `series` (the claimant) and `label` (the
    figure as written). A range is drawn as a vertical bar from `lower` to `upper`.
    With `overall`, a dashed grey line joins all points in date order, whoever claimed them.
    None when no point has both a date and a value.
    """
    usable = [p for p in points if _day(p.get("published")) is not None and p.get("value") is not None]
    if not usable:
        return None
    days = [_day(p["published"]) for p in usable]
    values = [v for p in usable for v in (p["value"], p.get("lower"), p.get("upper")) if v is not None]
    first, last = min(days) - 1, max(days) + 1
    lo, hi = min(0.0, min(values)), nice_top(max(values))
    x = _scale(first, last, LEFT, WIDTH - RIGHT)
    y = _scale(lo, hi, HEIGHT - BOTTOM, TOP)
    series: dict[str, list[dict]] = {}
    for p in sorted(usable, key=lambda p: (_day(p["published"]), p["value"])):
        series.setdefault(p.get("series") or "unattributed", []).append(p)
    body, legend = [], []
    # All figures in date order, whoever gave them, in grey: how the reported number moved.
    ordered = sorted(usable, key=lambda p: (_day(p["published"]), p["value"]))
    if overall and len(ordered) > 1:
        line = " ".join(f"{x(_day(p['published'])):.1f},{y(p['value']):.1f}" for p in ordered)
        body.append(f'<polyline points="{line}" fill="none" stroke="#bbb" stroke-dasharray="4 3"/>')
    for i, (name, pts) in enumerate(series.items()):
        colour = COLOURS[i % len(COLOURS)]
        coords = " ".join(f"{x(_day(p['published'])):.1f},{y(p['value']):.1f}" for p in pts)
        if len(pts) > 1:
            body.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        for p in pts:
            px = x(_day(p["published"]))
            if p.get("lower") is not None and p.get("upper") is not None:
                body.append(f'<line x1="{px:.1f}" y1="{y(p["lower"]):.1f}" x2="{px:.1f}" y2="{y(p["upper"]):.1f}" '
                            f'stroke="{colour}" stroke-width="3" opacity="0.4"/>')
            tip = f"{p['published']}: {p.get('label') or _fmt(p['value'])} ({name})"
            body.append(f'<circle cx="{px:.1f}" cy="{y(p["value"]):.1f}" r="4" fill="{colour}">'
                        f"<title>{escape(tip)}</title></circle>")
        legend.append(f'<text x="{LEFT + 8}" y="{HEIGHT + 4 + 16 * i}" font-size="12" fill="{colour}">'
                      f"● {escape(name)}</text>")
    return _frame(title, body + legend,
                  (date.fromordinal(first + 1).isoformat(), date.fromordinal(last - 1).isoformat()), (lo, hi),
                  extra_height=16 * len(series) + 4)
