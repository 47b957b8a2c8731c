"""Hand-built inline SVG: one small chart per compared entity and metric.

Each period compared is a block of rows, one row per source: its claims'
intervals as bars (as compared, after precision, tolerance and conversion) with
a dot at each figure, on one shared axis, behind them the band the consensus
shares. An outlier's row is drawn in the outlier colour, so it stands out at a
glance. A log axis is used when the figures span more than a factor of 20.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from claimcheck.formatting import amount
from claimcheck.model import Comparison, Vote

WIDTH = 360
_LABEL = 124  # room for a source's name on the left
_ROW = 16
_PERIOD = 16
_AXIS = 26
_PAD = 6


@dataclass(frozen=True)
class Axis:
    """Where a value goes across the plot, linear or logarithmic."""

    low: float
    high: float
    log: bool

    def x(self, value: float) -> float:
        value = min(max(value, self.low), self.high)
        if self.log:
            a, b, v = math.log10(self.low), math.log10(self.high), math.log10(value)
        else:
            a, b, v = self.low, self.high, value
        span = (b - a) or 1.0
        return _LABEL + (v - a) / span * (WIDTH - _LABEL - _PAD)


def axis(comparisons: list[Comparison]) -> Axis:
    """An axis holding every figure and finite bound, with a little room either side."""
    values = [v.claim.value for c in comparisons for v in c.votes]
    values += [b for c in comparisons for v in c.votes for b in (v.low, v.high) if math.isfinite(b)]
    values += [b for c in comparisons if c.band for b in c.band if math.isfinite(b)]
    low, high = min(values), max(values)
    if low > 0 and high / low > 20:
        return Axis(low / 1.3, high * 1.3, True)
    pad = (high - low) * 0.08 or abs(high) * 0.05 or 1.0
    return Axis(low - pad, high + pad, False)


def chart(entity: str, metric: str, label: str, comparisons: list[Comparison]) -> str:
    """One ``<svg>`` for an entity and metric: every period compared, every source a row."""
    scale = axis(comparisons)
    body: list[str] = []
    y = _PAD
    for c in comparisons:
        rows = _rows(c)
        height = _PERIOD + _ROW * len(rows)
        if c.band is not None:
            x0, x1 = scale.x(c.band[0]), scale.x(c.band[1])
            tip = escape(f"consensus band {_span(c.band, c)}")
            body.append(
                f'<rect class="band" x="{x0:.1f}" y="{y + _PERIOD - 2}" width="{max(x1 - x0, 2):.1f}" '
                f'height="{_ROW * len(rows) + 2}"><title>{tip}</title></rect>'
            )
        body.append(f'<text class="period" x="2" y="{y + 11}">{escape(c.period or "undated")}</text>')
        for i, (source, votes) in enumerate(rows):
            body.append(_row(source, votes, source in c.outliers, scale, y + _PERIOD + i * _ROW))
        y += height + 4
    body.append(_ticks(scale, comparisons[0].votes[0].claim.unit, y))
    total = y + _AXIS
    title = f"{entity} {label}: each source's figure and interval, consensus band shaded"
    return (
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {total}" width="{WIDTH}" height="{total}" '
        f'data-entity="{escape(entity)}" data-metric="{escape(metric)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _rows(c: Comparison) -> list[tuple[str, list[Vote]]]:
    by: dict[str, list[Vote]] = {}
    for v in c.votes:
        by.setdefault(v.claim.source, []).append(v)
    return sorted(by.items(), key=lambda item: (item[0] not in c.outliers, item[0]))


def _span(band: tuple[float, float], c: Comparison) -> str:
    unit = c.votes[0].claim.unit
    return f"{amount(band[0], unit)}–{amount(band[1], unit)}"


def _row(source: str, votes: list[Vote], outlier: bool, scale: Axis, y: int) -> str:
    name = source.rsplit("/", 1)[-1]
    short = name if len(name) <= 22 else name[:21] + "…"
    mid = y + 7
    parts = [
        f'<g class="{"row outlier" if outlier else "row"}">',
        f'<text class="source" x="2" y="{y + 11}">{escape(short)}<title>{escape(source)}</title></text>',
    ]
    for v in votes:
        x0, x1 = scale.x(v.low), scale.x(v.high)
        unit = v.claim.unit
        tip = escape(f"{name}:{v.claim.line} {amount(v.claim.value, unit)} compared as {_bounds(v, unit)}")
        parts.append(f'<line class="interval" x1="{x0:.1f}" y1="{mid}" x2="{x1:.1f}" y2="{mid}">')
        parts.append(f"<title>{tip}</title></line>")
        for bound, x in ((v.low, x0), (v.high, x1)):
            if not math.isfinite(bound):
                parts.append(f'<text class="open" x="{x:.1f}" y="{y + 11}" text-anchor="middle">…</text>')
        parts.append(f'<circle class="value" cx="{scale.x(v.claim.value):.1f}" cy="{mid}" r="3.5">')
        parts.append(f"<title>{tip}</title></circle>")
    parts.append("</g>")
    return "".join(parts)


def _bounds(v: Vote, unit: str) -> str:
    low = amount(v.low, unit) if math.isfinite(v.low) else "…"
    high = amount(v.high, unit) if math.isfinite(v.high) else "…"
    return f"{low}–{high}"


def _ticks(scale: Axis, unit: str, y: int) -> str:
    if scale.log:
        ticks = [scale.low * 1.3, math.sqrt(scale.low * scale.high), scale.high / 1.3]
    else:
        ticks = [scale.low + (scale.high - scale.low) * f for f in (0.08, 0.5, 0.92)]
    parts = [f'<line class="axis" x1="{_LABEL}" y1="{y}" x2="{WIDTH - _PAD}" y2="{y}"/>']
    short = unit.split("/")[0]  # the caption says "per 1M tokens"; the ticks need not
    for t, anchor in zip(ticks, ("start", "middle", "end"), strict=True):
        x = scale.x(t)
        parts.append(f'<line class="tick" x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 4}"/>')
        label = escape(amount(t, short))
        parts.append(f'<text class="tick" x="{x:.1f}" y="{y + 16}" text-anchor="{anchor}">{label}</text>')
    return "".join(parts)
