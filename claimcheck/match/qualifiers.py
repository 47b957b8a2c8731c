"""Whether two claims of one entity and metric measure the same thing, by their qualifiers.

Some differences mean two figures are about different things and are never compared:

- a part and the whole, or two parts (``cloud revenue`` against the company's revenue);
- a cumulative total and one round, a run-rate and reported revenue, a pre-money and a
  post-money valuation;
- changes of different things (``of``) or against different bases (year on year, quarter on
  quarter);
- two as-of dates further apart than the metric's window (a valuation in May and one in
  December are a change over time, which ``change-over-time`` reports).

Others leave two figures comparable, but a clash between them is at most a warning that
names the difference: a plan, talk or forecast against a reported figure, two different stated
evaluation settings, a stated pre- or post-money basis against an unstated one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping

from claimcheck.model import Claim

# Bases that say the figure is not yet a fact.
PLANS = frozenset({"planned", "forecast"})
# Bases that make a figure a different quantity from an unqualified one of the same metric.
_OWN_KIND = frozenset({"cumulative", "run_rate"})
_MONEY_BASES = frozenset({"pre_money", "post_money"})
_AS_OF = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def apart(a: Claim, b: Claim, windows: Mapping[str, float]) -> str | None:
    """Why two claims are about different things, or None when they may be compared."""
    if a.segment != b.segment:
        return "a part and the whole" if None in (a.segment, b.segment) else "different parts"
    basis_a, basis_b = a.basis or "reported", b.basis or "reported"
    if basis_a != basis_b and (basis_a in _OWN_KIND or basis_b in _OWN_KIND):
        return f"{_basis(a)} and {_basis(b)}"
    if {basis_a, basis_b} == _MONEY_BASES:
        return "pre-money and post-money"
    if "pre_money" in (basis_a, basis_b) and basis_a != basis_b and not {basis_a, basis_b} & PLANS:
        # a valuation given plainly ("valued at $30bn") is, by convention, after the new money
        return "pre-money and a valuation of unstated basis (by convention post-money)"
    if _build(a.variant) != _build(b.variant):
        return "different builds (quantised and full precision)"
    if a.metric == "price_per_mtok" and a.setting != b.setting:
        return "different price tiers"  # a cached or batch price is not the standard price
    if a.of != b.of:
        return "changes of different things"
    if (
        a.change != b.change
        and "unspecified" not in (a.change, b.change)
        and None not in (a.change, b.change)
    ):
        return f"changes against different bases ({a.change} and {b.change})"
    gap = days_apart(a.as_of, b.as_of)
    if gap is not None and gap > window_for(a.metric, windows):
        return f"dated {gap} days apart"
    return None


def caveats(a: Claim, b: Claim) -> list[str]:
    """What makes a clash between two comparable claims less than certain, for its message."""
    out = []
    basis_a, basis_b = a.basis or "reported", b.basis or "reported"
    if (basis_a in PLANS) != (basis_b in PLANS) or (
        basis_a != basis_b
        and basis_a in _MONEY_BASES | {"reported"}
        and basis_b in _MONEY_BASES | {"reported"}
    ):
        out.append(f"{_basis(a)} against {_basis(b)}")
    if not settings_agree(a.setting, b.setting):
        out.append(f"different settings: {a.setting} vs {b.setting}")
    return out


def _setting_parts(setting: str) -> dict[str, str]:
    """``5-shot pass@1 cot`` as {shots: 5-shot, sampling: pass@1, cot: cot}."""
    parts: dict[str, str] = {}
    for word in setting.split():
        kind = "shots" if word.endswith("-shot") else "sampling" if "@" in word else word
        parts[kind] = word
    return parts


def settings_agree(a: str | None, b: str | None) -> bool:
    """Whether two evaluation settings may be the same: no part both state differs ("pass@1
    0-shot" and "0-shot" agree; "0-shot" and "5-shot" do not). Chain of thought stated by one
    only is a difference: it changes the score."""
    if not a or not b:
        return True
    x, y = _setting_parts(a), _setting_parts(b)
    if ("cot" in x) != ("cot" in y):
        return False
    return all(x[k] == y[k] for k in x.keys() & y.keys())


def window_for(metric: str, windows: Mapping[str, float]) -> float:
    """The days two as-of dates of a metric may lie apart and still be compared."""
    return float(windows.get(metric, windows.get("default", 90)))


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two as-of dates, each a year, month or day (``2024``, ``2024-05``, ``2024-05-10``)
    standing for its whole span; 0 when the spans meet, None when either is unknown."""
    span_a, span_b = _span(a), _span(b)
    if span_a is None or span_b is None:
        return None
    if span_a[1] < span_b[0]:
        return (span_b[0] - span_a[1]).days
    if span_b[1] < span_a[0]:
        return (span_a[0] - span_b[1]).days
    return 0


def _span(as_of: str | None) -> tuple[dt.date, dt.date] | None:
    m = _AS_OF.match(as_of or "")
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = dt.date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _basis(c: Claim) -> str:
    names = {
        None: "a reported figure",
        "pre_money": "a pre-money valuation",
        "post_money": "a post-money valuation",
        "planned": "a plan or talks",
        "forecast": "a forecast",
        "cumulative": "a cumulative total",
        "run_rate": "a run-rate",
    }
    return names.get(c.basis, c.basis or "a reported figure")


_QUANTISED = re.compile(r"(?i)\b(?:INT[248]|FP[48]|NF4|Q[2-8](?:_K(?:_[SML])?|_0)?|GPTQ|AWQ|GGUF|EXL2)\b")


def _build(variant: str | None) -> str | None:
    """The quantised build a variant names (``FP8``, ``INT4``); full precision (BF16, none) is None."""
    m = _QUANTISED.search(variant or "")
    return m.group().upper() if m else None
