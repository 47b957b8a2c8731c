"""Chinese periods and dates: ``2025年上半年`` (2025-H1), ``第二季度``, ``2025年8月28日``,
``截至6月30日止六个月``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from claimcheck.extract.dates import resolve_month
from claimcheck.extract.period_ends import months_ended

_ZH_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "六": 6, "九": 9, "十二": 12}


def _zh_number(text: str) -> int:
    return _ZH_NUMBERS.get(text) or int(text)


def chinese(
    kind: str, g: Mapping[str, str | None], today: dt.date | None
) -> tuple[str | None, str | None, str] | None:
    """The period or date a Chinese pattern of kind ``kind`` matched, as (period, date, kind)."""
    if kind == "zhdate":
        day = f"-{int(g['zdd']):02d}" if g["zdd"] else ""
        return g["zdy"], f"{g['zdy']}-{int(g['zdm']):02d}{day}", "date"
    if kind == "zhasof":
        month = int(g["zam"])
        year = resolve_month(month, today) if 1 <= month <= 12 else None
        day = f"-{int(g['zad']):02d}" if g["zad"] else ""
        return (None, f"{year}-{month:02d}{day}", "date") if year is not None else None
    if kind == "zhended":
        month, months = int(g["zem"]), _zh_number(g["zen"])
        year = int(g["zey"]) if g["zey"] else resolve_month(month, today)
        if year is None:
            return None
        return months_ended(months, year, month, int(g["zed"]))
    if kind == "zh":
        year = g["zy"]
        if g["zh"] or g["zmid"]:
            return f"{year}-H{2 if g['zh'] == '下' else 1}", None, "half"
        if g["zq"]:
            return f"{year}-Q{_zh_number(g['zq'])}", None, "quarter"
        return year, None, "year"
    label, part = ("H", 2 if g["zho"] == "下" else 1) if g["zho"] else ("Q", _zh_number(g["zqo"]))
    months = 6 if label == "H" else 3
    if today is None:
        return f"{label}{part}", None, "half" if label == "H" else "quarter"
    year = today.year if part * months <= today.month + 1 else today.year - 1
    return f"{year}-{label}{part}", None, "half" if label == "H" else "quarter"
