"""How currencies are written: symbols, ISO codes and names, mapped to ISO 4217.

The symbol ``¥`` is ambiguous (yuan or yen); claimcheck reads Chinese business
news, so it defaults to CNY and ``currency_symbols`` in the config can change it. An article
that is plainly about Japan (a Tokyo dateline, yen written out) reads it as yen.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# Codes the European Central Bank publishes rates for, plus the US dollar.
ISO_CODES = """
    USD EUR CNY HKD GBP JPY AUD BGN BRL CAD CHF CZK DKK HUF IDR ILS INR ISK KRW MXN MYR NOK NZD PHP PLN
    RON SEK SGD THB TRY ZAR TWD
""".split()

DEFAULT_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "HK$": "HKD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "S$": "SGD",
    "NZ$": "NZD",
    "NT$": "TWD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "₩": "KRW",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "RMB": "CNY",
}

_YEN_CUES = re.compile(r"\byen\b|\bJPY\b|\bJapan(?:ese)?\b|\bTokyo\b|\bOsaka\b|\bNikkei\b|円", re.I)
_YUAN_CUES = re.compile(
    r"\byuan\b|\bRMB\b|\bCNY\b|\brenminbi\b|\bChina\b|\bChinese\b|\bBeijing\b|\bShanghai\b"
    r"|\bShenzhen\b|\bHangzhou\b|元|人民币",
    re.I,
)


def article_symbols(text: str, symbols: dict[str, str]) -> dict[str, str]:
    """The symbols as one article reads them: ``$`` is the dollar its note says its figures are
    in ("All figures are in Australian dollars unless otherwise stated"); ``¥`` left at yuan is
    yen in an article whose words speak of Japan more than of China (a careful reader's reading
    of "¥186.4 billion" in a Tokyo company's results)."""
    dollar = _noted_dollar(text)
    if dollar:
        symbols = {**symbols, "$": dollar}
    if symbols.get("¥") != "CNY" or ("¥" not in text and "￥" not in text):
        return symbols
    if _speaks_of_japan(text):
        return {**symbols, "¥": "JPY", "￥": "JPY"}
    return symbols


# "All figures are in Australian dollars", "amounts in millions of Canadian dollars": the dollar a
# whole text writes with "$"
_DOLLAR_NOTE = re.compile(
    r"\b(?:figures|amounts|numbers|values)\s+(?:are\s+)?(?:(?:stated|expressed|reported|presented)\s+)?in\s+"
    r"(?:(?:thousands|millions|billions)\s+of\s+)?"
    r"(?P<name>(?:Australian|Canadian|Singapore|New\s+Zealand|Hong\s+Kong)\s+dollars)\b",
    re.I,
)


# (asked by each reader of an article, its claims' and its derived statements': the cue words are
# counted over the whole text, and the note looked for in it, so once per text)
@lru_cache(maxsize=4)
def _noted_dollar(text: str) -> str | None:
    note = _DOLLAR_NOTE.search(text)
    return NAMES[" ".join(note["name"].lower().split())] if note else None


@lru_cache(maxsize=4)
def _speaks_of_japan(text: str) -> bool:
    return len(_YEN_CUES.findall(text)) > len(_YUAN_CUES.findall(text))


# Names written after (or, for a few, before) the number.
NAMES: dict[str, str] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "dollars": "USD",
    "dollar": "USD",
    # wire shorthand: "521 mln dlrs", "40 mln stg"
    "dlrs": "USD",
    "dlr": "USD",
    "stg": "GBP",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "kuai": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "swiss francs": "CHF",
    "francs": "CHF",
    "rupees": "INR",
    "won": "KRW",
}

# Sub-units: written as "50 cents", worth a hundredth of their currency.
SUBUNITS: dict[str, str] = {
    "cents": "USD",
    "cent": "USD",
    "pence": "GBP",
    "penny": "GBP",
    # "42 Canadian cents per share", "7.5 Australian cents a share": the named dollar's cents
    **{
        f"{country} {word}": code
        for country, code in (
            ("us", "USD"),
            ("u.s.", "USD"),
            ("canadian", "CAD"),
            ("australian", "AUD"),
            ("new zealand", "NZD"),
            ("singapore", "SGD"),
            ("hong kong", "HKD"),
            ("euro", "EUR"),
        )
        for word in ("cents", "cent")
    },
}

# Names that are also ordinary words; they count as currency only with a scale
# word ("361 million pounds") or after a clear money verb, never alone.
WEAK_NAMES = {"pounds", "pound", "won", "francs"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in sorted(words, key=len, reverse=True))


@cache
def prefix_pattern(symbols: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """Currency written before a number, anchored at the end of a window."""
    syms = [s for s, _ in symbols]
    loose = [r"u\.?s\.?\s?\$", r"hk\s\$", r"c\s\$", r"us\s\$"]
    codes = [*ISO_CODES, "RMB"]
    return re.compile(
        rf"(?:(?<![A-Za-z])(?P<code>{'|'.join(codes)})\s?\$?|(?P<sym>{'|'.join(loose)}|{_alternation(syms)})"
        rf"|\b(?P<name>dollars?|euros?|yuan))\s?$",
        re.I,
    )


@cache
def suffix_pattern(symbols: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """Currency written after a number, anchored at the number's end."""
    names = list(NAMES) + list(SUBUNITS)
    syms = [s for s, _ in symbols if not (s[0].isascii() and s[0].isalpha())]
    codes = [*ISO_CODES, "RMB"]
    return re.compile(
        rf"(?:\s?(?P<mcode>M)(?P<mc>USD|EUR|GBP|CNY|JPY|HKD)\b"
        rf"|\s?(?P<code>{'|'.join(codes)})(?![A-Za-z])"
        rf"|[\s-](?P<name>{_alternation(names)})(?![A-Za-z])"
        rf"|\s?(?P<sym>{_alternation(syms)})"
        # "21.3p", "1,046p": pence glued to the figure, as British papers write them (not "5 p.m.")
        rf"|(?P<pence>(?-i:p))(?![A-Za-z0-9]|\.m))",
        re.I,
    )


def resolve(token: str, symbols: dict[str, str]) -> str | None:
    """ISO code for a symbol, code or name as matched in text."""
    key = re.sub(r"\s+", " ", token.strip())
    if key in symbols:
        return symbols[key]
    upper = key.upper().replace(" ", "")
    if upper in ISO_CODES:
        return upper
    if upper == "RMB":
        return "CNY"
    if upper in ("U.S.$", "US$", "USD$", "U.S$"):
        return "USD"
    if upper in ("HK$", "C$"):
        return {"HK$": "HKD", "C$": "CAD"}[upper]
    low = key.lower()
    return NAMES.get(low) or NAMES.get(low.replace("  ", " "))
