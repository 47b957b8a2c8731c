"""The scan of one text for its quantities (``parse`` in ``quantities.parse`` is the stage's face).

A single left-to-right scan. Each number found by ``numbers`` is extended with
what surrounds it (currency, scale, percent, per-token units, hedges, bounds,
a second number making a range), unless it is part of a name such as
``GLM-130B``, ``A100`` or ``Llama 3 70B``, which are not quantities.
"""

from __future__ import annotations

import re

from claimcheck.lexicon import NAME_STOPWORDS
from claimcheck.model import Quantity
from claimcheck.quantities import affixes, currencies
from claimcheck.quantities.numbers import (
    SCALES,
    Number,
    literal_end,
    scale_at,
    scan_digits,
    scan_words,
    starts_number_word,
)
from claimcheck.quantities.sides import Side, joins, unit_of, with_scale

_CANDIDATE = re.compile(
    r"\d|\.(?=\d)|(?<![\w'’-])(?:zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|an?|half|quarter)(?![\w'’])"
    r"|(?<![\w-])(?P<adj>thousand|million|billion|trillion)-(?P<adjcur>dollar|yuan|euro|yen|pound)(?![\w-])",
    re.I,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_AND = re.compile(r"[ \t]+and[ \t]+", re.I)
_CENTS = re.compile(r"[ \t]+(?:and[ \t]+)?")
_CENT_WORD = re.compile(r"[ \t]+cents?(?![A-Za-z])", re.I)
_PERCENT_OF = re.compile(r"(?:percents?|per[ \t]?cent)[ \t]+of[ \t]+$", re.I)
_SEQUENCE = re.compile(r"\d+([.\-/])\d+(?:\1\d+)+")
# A name's token runs to the next space or punctuation, or to Chinese, which needs no space
# after a Latin name ("Lingxu-M2的MMLU得分为84.1").
_NAME_TOKEN = re.compile(r"[^\W\u4e00-\u9fff]*(?:[-/.][^\W\u4e00-\u9fff]+)*\.?")
_RANGE = re.compile(r"[ \t]*(?:(?P<dash>[-–—~])|(?P<to>to|through|thru)|(?P<and>and))[ \t]*", re.I)
_RANGE_END = re.compile(r"[~≈]?(?:[A-Z]{1,3}\$|RMB\s?|CNY\s?|[$€£¥￥])?(?=[\d.])")
_CHANGE_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|grew|grow[sn]?|fell|fall[sn]?|increas\w*|decreas\w*|declin\w*|drop\w*|jump\w*"
    r"|climb\w*|surg\w*|shift\w*|went|moved?|cut|rais\w*|lower\w*|reduc\w*|boost\w*|doubl\w*|slid)"
    r"\W+(?:\w+\W+)?(?:from\W+)?$",
    re.I,
)
_PREV_WORD = re.compile(r"([A-Za-z][\w.&'’-]*)[ \t]+$")


class Scanner:
    """One left-to-right pass over a text for its numbers and what surrounds each."""

    def __init__(self, text: str, symbols: dict[str, str]) -> None:
        self.text = text
        self.symbols = symbols
        key = tuple(sorted(symbols.items()))
        self.prefix_re = currencies.prefix_pattern(key)
        self.suffix_re = currencies.suffix_pattern(key)
        self.pos = 0
        self.name_end = -2
        self.dotted_end = -1
        self.urls = [(m.start(), m.end()) for m in _URL.finditer(text)]

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        for m in _CANDIDATE.finditer(self.text):
            if m.start() < self.pos:
                continue
            if self.text[m.start()] == "." and m.start() < self.dotted_end:
                continue
            if any(a <= m.start() < b for a, b in self.urls):
                continue
            q = self._scale_adjective(m) if m.group("adj") else self._quantity_at(m.start())
            if q is not None:
                out.append(q)
                self.pos = max(self.pos, q.end)
        return out

    def _scale_adjective(self, m: re.Match[str]) -> Quantity:
        """``trillion-yuan valuation``: one of the scale, in that currency."""
        cur = currencies.NAMES[m.group("adjcur").lower()]
        scale = m.group("adj").lower()
        value = SCALES[scale]
        return Quantity(value, value, value, cur, m.group(), m.start(), m.end(), (), value / 2, scale)

    def _quantity_at(self, i: int) -> Quantity | None:
        side = self._side(i)
        if side is None:
            return None
        pre = affixes.prefix(self.text, side.start)
        if pre and pre[0] == "other" and pre[1].startswith(("minus", "negative")):
            side.sign, side.start, pre = -side.sign, pre[2], None
        percent_of = _PERCENT_OF.search(self.text, max(0, side.start - 16), side.start)
        if percent_of and not side.tail:
            side.start, side.tail = percent_of.start(), "%"
        second = self._range_end(side, pre)
        q = self._build(side, second, pre)
        return self._bound_pair(q) if second is None else q

    def _bound_pair(self, q: Quantity) -> Quantity:
        """``more than 10 and less than 40``: two opposite bounds make one range."""
        bound = next((h for h in ("lower_bound", "upper_bound") if h in q.hedges), None)
        join = _AND.match(self.text, q.end) if bound else None
        if join is None:
            return q
        saved = self.pos, self.name_end, self.dotted_end
        self.pos = join.end()
        other = next(
            (
                self._quantity_at(m.start())
                for m in _CANDIDATE.finditer(self.text, join.end(), join.end() + 40)
            ),
            None,
        )
        self.pos, self.name_end, self.dotted_end = saved
        want = "upper_bound" if bound == "lower_bound" else "lower_bound"
        if other is None or want not in other.hedges or other.unit != q.unit or other.start != join.end():
            return q
        low, high = (q.low, other.high) if bound == "lower_bound" else (other.low, q.high)
        if low is None or high is None or low > high:
            return q
        text = self.text[q.start : other.end]
        return Quantity(
            (low + high) / 2, low, high, q.unit, text, q.start, other.end, ("range",), q.precision, q.scale
        )

    # -- one number and the words glued to it ------------------------------------

    def _side(self, i: int, *, range_end: bool = False) -> Side | None:
        text = self.text
        if text[i].isdigit() or text[i] == ".":
            if not range_end and self._glued_left(i):
                return None
            cur, cur_start = self._currency_before(i)
            num = scan_digits(text, i, allow_small_m=cur is not None)
            if num is None:  # refused (1e999, 10,000 digits): skip it whole, never re-read its tail
                self.pos = max(self.pos, literal_end(text, i))
                return None
            num = num if num.continental else self._undot(num)
        elif starts_number_word(text, i):
            cur, cur_start = self._currency_before(i)
            num = scan_words(text, i)
            if num is None:
                return None
        else:
            return None
        side = Side(num, cur_start if cur else i, num.end, currency=cur)
        if i > 0 and text[i - 1] in "-−" and not range_end and self._is_sign(i - 1):
            side.sign, side.start = -1.0, min(side.start, i - 1)
        elif cur is None and i > 1 and text[i - 1] == "(" and text[num.end : num.end + 1] == ")":
            # "$(0.21)": accounting's brackets around an amount make it negative
            cur, at = self._currency_before(i - 1)
            if cur is not None:
                side.currency, side.start, side.sign = cur, at, -1.0
        if not self._suffixes(side):
            self._skip_name(i)
            return None
        if not range_end and self._is_name(side, i):
            self._skip_name(i)
            return None
        return side

    def _currency_before(self, i: int) -> tuple[str | None, int]:
        window = self.text[max(0, i - 10) : i]
        if window.endswith(("-", "−")) and self._is_sign(i - 1):
            window, i = window[:-1], i - 1
        m = self.prefix_re.search(window)
        if not m or i - len(window) + m.start() < self.pos:
            return None, i
        cur = currencies.resolve(m.group(0), self.symbols)
        return cur, i - len(window) + m.start()

    def _is_sign(self, j: int) -> bool:
        before = self.text[j - 1] if j > 0 else " "
        return before in " \t\n(\"'$€£¥<>=≤≥" or j == 0

    def _glued_left(self, i: int) -> bool:
        """A digit right after a letter, or after ``-``/``.``/``/`` after one, is a name."""
        text = self.text
        c = text[i - 1] if i > 0 else " "
        if i <= self.dotted_end:
            return False
        if (c.isalpha() and not "\u4e00" <= c <= "\u9fff") or c == "_":  # "同比增长48%" is no name
            letters = re.search(r"[A-Za-z$.]+$", text[max(0, i - 6) : i])
            if letters and currencies.resolve(letters.group(), self.symbols):
                return False
            self._skip_name(i)
            return True
        if c in "-./" and i > 1 and (text[i - 2].isalnum() or text[i - 2] == "_"):
            self._skip_name(i)
            return True
        return False

    def _undot(self, num: Number) -> Number:
        """``192.168.1.2``, ``5/17/2018``: a sequence is a list of integers."""
        sequence = _SEQUENCE.match(self.text, num.start)
        if sequence:
            self.dotted_end = sequence.end()
        elif num.start >= self.dotted_end:
            return num
        head = re.match(r"\d+", self.text[num.start :])
        digits = head.group() if head else "0"
        return Number(num.start, num.start + len(digits), float(digits), 0.5)

    def _skip_name(self, i: int) -> None:
        m = _NAME_TOKEN.match(self.text, i)
        end = m.end() if m else i + 1
        self.name_end = end = max(end, i + 1)
        self.pos = max(self.pos, end)

    def _is_name(self, side: Side, i: int) -> bool:
        """``Llama 3 70B``, ``ERNIE 4.0``: a number after a capitalised name word."""
        if side.currency or side.tail in ("%", "pp") or side.per_token or side.num.words:
            return False
        text = self.text
        if self.name_end >= 0 and text[self.name_end : i] in (" ", "\t"):
            # "Llama 3 70B", "Qwen2.5 1.5B": a size or a whole number goes on naming the model;
            # a bare decimal after a versioned id is a figure ("Nautilus-3-70B-Instruct 89.5").
            return bool(re.fullmatch(r"\d+(?:\.\d+)?[BMKbmk]|\d+", text[i : side.num.end]))
        prev = _PREV_WORD.search(text[max(0, i - 40) : i])
        if not prev:
            return False
        word = prev.group(1)
        if not word[0].isupper() or word.endswith(("'s", "’s", "s'")):
            return False
        if re.search(r"\d", word) and "." in text[i : side.num.end]:
            return False  # "Nautilus-3-70B-Instruct 89.5": a versioned id takes no decimal version after it
        if re.fullmatch(r"\d{2,}\.\d+", text[i : side.num.end]):
            return False  # "Veyra scores 93.6, Marlow 90.1": a version's major number is one digit
        return word.lower().rstrip(".") not in NAME_STOPWORDS and not currencies.resolve(word, self.symbols)

    def _suffixes(self, side: Side) -> bool:
        """Extend ``side`` over its suffixes; False if it is glued to a word."""
        text, pos = self.text, side.num.end
        if side.sign < 0 and text[side.num.start - 1 : side.num.start] == "(" and text[pos : pos + 1] == ")":
            pos += 1  # "$(0.21)": the bracket closes the amount
        m = self.suffix_re.match(text, pos)
        if m and not side.currency and self._currency_ok(m, side):
            side.currency, pos = self._suffix_currency(m, side), m.end()
            if not side.num.scale and (rest := scale_at(text, pos, allow_small_m=True)):
                side.num, pos = with_scale(side.num, *rest[:2]), rest[2]
            pos = self._cents(side, pos, symbol=bool(m.group("sym")))
        tail = affixes.tail(text, pos)
        if tail:
            side.tail, pos = tail
        if pos < len(text) and text[pos] == "+":
            side.hedges.append("lower_bound")
            pos += 1
        if side.currency:
            per = affixes.per_token(text, pos)
            if per:
                side.per_token, _, pos = per
        if pos < len(text) and text[pos] == "s" and re.fullmatch(r"\d{1,3}0", text[side.num.start : pos]):
            pos += 1
        if pos < len(text) and affixes.glued_right(text[pos]):
            return False
        if re.match(r"\.[A-Za-z]", text[pos : pos + 2]):
            return False
        side.end = pos
        return True

    def _cents(self, side: Side, pos: int, *, symbol: bool) -> int:
        """``15 dollars 50`` and ``3 dollars 50 cents``: the minor unit after the major."""
        if side.factor != 1.0 or side.num.scale:
            return pos
        join = _CENTS.match(self.text, pos)
        part = scan_digits(self.text, join.end()) if join else None
        if join and part is None and starts_number_word(self.text, join.end()):
            part = scan_words(self.text, join.end())
        if part is None or part.scale or not 0 < part.value < 100 or not part.value.is_integer():
            return pos
        cent = _CENT_WORD.match(self.text, part.end)
        if not cent and (
            symbol
            or self.suffix_re.match(self.text, part.end)
            or scale_at(self.text, part.end, allow_small_m=False)
        ):
            return pos
        value = side.num.value + part.value / 100
        side.num = Number(side.num.start, side.num.end, value, 0.005, None, side.num.words)
        return cent.end() if cent else part.end

    def _currency_ok(self, m: re.Match[str], side: Side) -> bool:
        name = (m.group("name") or "").lower()
        if name in currencies.WEAK_NAMES:
            return side.num.scale is not None
        return True

    def _suffix_currency(self, m: re.Match[str], side: Side) -> str | None:
        if m.group("mcode"):
            side.num = with_scale(side.num, "M", 1e6)
            return m.group("mc").upper()
        if m.group("pence"):
            side.factor = 0.01
            return "GBP"
        token = (m.group("name") or m.group(0)).strip()
        if token.lower() in currencies.SUBUNITS:
            side.factor = 0.01
            return currencies.SUBUNITS[token.lower()]
        return currencies.resolve(token, self.symbols)

    # -- ranges and the finished quantity --------------------------------------------

    def _range_end(self, first: Side, pre: tuple[str, str, int] | None) -> Side | None:
        m = _RANGE.match(self.text, first.end)
        if not m or m.end() >= len(self.text) or first.end < self.dotted_end:
            return None
        word = (pre[1] if pre else "").split()[-1:] or [""]
        if m.group("and") and word != ["between"]:
            return None
        if m.group("to") and self._is_change(first, pre):
            return None
        if m.group("dash") and m.group(0).strip() != m.group(0) and m.group(0)[0] != m.group(0)[-1]:
            return None
        digit = _RANGE_END.match(self.text, m.end())
        second = self._side(digit.end(), range_end=True) if digit else None
        if second is None or re.match(r"[-–/]\d", self.text[second.end : second.end + 2]):
            return None
        return second if joins(first, second) else None

    def _is_change(self, first: Side, pre: tuple[str, str, int] | None) -> bool:
        start = pre[2] if pre else first.start
        return bool(_CHANGE_VERB.search(self.text[max(0, start - 40) : start]))

    def _build(self, side: Side, second: Side | None, pre: tuple[str, str, int] | None) -> Quantity:
        text = self.text
        hedges = list(side.hedges)
        start = min(side.start, pre[2]) if pre else side.start
        hedge = affixes.hedge_for(pre[0], pre[1]) if pre else None
        end = second.end if second else side.end
        if second:
            low, high = side.value, second.value
            value, hedges = (low + high) / 2, [*hedges, "range"]
            unit_side = second
        else:
            value = low = high = side.value
            unit_side = side
        if hedge:
            hedges.insert(0, hedge)
        for look in (affixes.paren_hedge, affixes.or_more):
            found = look(text, end)
            if found:
                hedges.append(found[0]) if found[0] else None
                end = found[1]
        if "lower_bound" in hedges and not second:
            high = None
        if "upper_bound" in hedges and not second:
            low = None
        unit = unit_of(unit_side.currency or side.currency, unit_side.per_token, unit_side.tail or side.tail)
        precision = side.num.precision * side.factor
        return Quantity(
            value,
            low,
            high,
            unit,
            text[start:end],
            start,
            end,
            tuple(dict.fromkeys(hedges)),
            precision,
            side.num.scale,
        )
