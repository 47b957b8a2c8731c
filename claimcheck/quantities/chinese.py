"""Chinese amounts: ``20亿元``, ``3.5万家``, ``一百二十亿元``, ``5 元 / 百万Tokens``.

A number in digits or Chinese numerals, an optional scale character (万 ten thousand, 亿 a hundred
million, 万亿 a trillion), and an optional currency (元, 人民币, 美元, 港元) or a per-token unit.
Chinese numerals are read with cn2an, the usual library for them, rather than a table of our own.
"""

from __future__ import annotations

import re

from claimcheck.model import Quantity
from claimcheck.quantities.numbers import in_range

_NUMERALS = "零〇一二两三四五六七八九十百千"
_NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{_NUMERALS}]+(?:点[{_NUMERALS}]+)?)"
_AMOUNT = re.compile(
    rf"(?P<hedge>约|近|超过|逾|超|约合|大约)?\s*(?P<num>{_NUMBER})\s*(?P<scale>万亿|亿|万|千万|百万)?"
    r"\s*(?P<cur>元人民币|人民币|美元|港元|港币|欧元|日元|元)?"
    r"(?P<per>\s*/\s*(?:每)?(?P<tok>百万|千|1,?000,?000|1,?000|1M|1K)\s*(?:tokens?|Tokens?|个?token|tok))?",
)
_SCALES = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6}
_CURRENCIES = {
    "元": "CNY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "美元": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR",
    "日元": "JPY",
}
_BOUNDS = {"超过": "lower_bound", "逾": "lower_bound", "超": "lower_bound"}


def chinese_amounts(text: str) -> list[Quantity]:
    """Every amount written the Chinese way in ``text``: one with a scale character, a Chinese
    numeral or a Chinese currency word (plain digits alone are left to the main scanner)."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return []
    out = []
    for m in _AMOUNT.finditer(text):
        num, scale, cur = m.group("num"), m.group("scale"), m.group("cur")
        chinese_numeral = num[0] in _NUMERALS
        marked = bool(scale or cur)
        if not (marked or chinese_numeral) or (chinese_numeral and len(num) == 1 and not marked):
            continue
        value = _value(num)
        if value is None or not in_range(value * _SCALES.get(scale or "", 1.0)):
            continue  # a digit run past any figure an article states (or a float) is no amount
        out.append(_quantity(m, value, scale, cur))
    return out


def _value(num: str) -> float | None:
    if num[0].isdigit():
        return float(num.replace(",", ""))
    # cn2an takes 170 ms to import: only a Chinese numeral pays for it.
    import cn2an

    try:
        return float(cn2an.cn2an(num.replace("点", "."), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def _quantity(m: re.Match[str], value: float, scale: str | None, cur: str | None) -> Quantity:
    factor = _SCALES.get(scale or "", 1.0)
    num = m.group("num")
    decimals = len(num.split(".")[1]) if "." in num else 0
    precision = 0.5 * 10**-decimals * factor if num[0].isdigit() else 0.0
    unit = _CURRENCIES.get(cur or "")
    if m.group("per"):
        per = "ktok" if m.group("tok") in ("千", "1000", "1,000", "1K") else "Mtok"
        unit = f"{unit or 'CNY'}/{per}"
    amount = value * factor
    hedge = m.group("hedge")
    bound = _BOUNDS.get(hedge or "")
    hedges = (bound,) if bound else (("approximate",) if hedge else ())
    start = m.start("hedge") if hedge else m.start("num")
    return Quantity(
        value=amount,
        low=amount,
        high=None if bound else amount,
        unit=unit,
        text=m.group()[start - m.start() :].strip(),
        start=start,
        end=m.start() + len(m.group().rstrip()),
        hedges=hedges,
        precision=precision,
        scale=scale,
    )
