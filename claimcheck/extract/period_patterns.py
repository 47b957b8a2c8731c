"""The wordings a period or a date is named in, one pattern per kind (``q`` for "Q3 2025" and "the
third quarter of 2025", ``ended`` for "the three months ended June 30", ``zh*`` for Chinese):
``periods`` joins them into one scan and reads each match by its kind."""

from __future__ import annotations

from claimcheck.extract.dates import MONTH, YEAR

_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_HALF_ORD = r"(?P<hord>first|second|1st|2nd)"
_FY = r"(?:FY\s?'?|fiscal\s+(?:year\s+)?)"
_Y = rf"(?:(?P<y4>{YEAR})|'?(?P<y2>\d{{2}}))"
# "the third quarter of the company's fiscal 2025", "the first half of its fiscal year 2026"
_OWNER = r"(?:(?:the\s+)?(?:company|group|firm)['’]s\s+|its\s+|their\s+)?"
PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"(?P<iy>{YEAR})-(?P<im>\d{{2}})-(?P<id>\d{{2}})"),
    (
        "ended",
        rf"(?:(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?|(?P<unit>quarter|half[\s-]year|half"
        rf"|(?P<fisc>fiscal\s+)?year))\s+(?:ended|(?P<ing>ending)|to|through)\s+(?:in\s+)?"
        # ("the quarter ending in late January": the month, whatever part of it)
        rf"(?:(?:early|mid|late)[\s-]+)?"
        rf"(?:(?P<em>{MONTH})\.?\s+(?P<ed>\d{{1,2}})(?!\d)|(?P<ed2>\d{{1,2}})\s+(?P<em2>{MONTH})"
        # ("the six months to June": a span named by its last month alone ends with that month)
        rf"|(?P<em3>{MONTH})(?=\s+{YEAR}|(?![\s.]*\d)))(?:,?\s+(?P<ey>{YEAR}))?",
    ),
    # "the first nine months of 2025", "the first six months of fiscal 2026", "of the year"
    (
        "first",
        rf"(?:first|opening)\s+(?P<fn>three|six|nine|3|6|9)\s+months\s+of\s+(?:{_FY}{_Y}|(?P<fcy>{YEAR})"
        rf"|(?:the|this)\s+(?P<fthe>fiscal\s+)?year)",
    ),
    (
        "ttm",
        r"(?:trailing|last|past)\s+(?:twelve|12)\s+months|(?:trailing|last|past)\s+(?:four|4)\s+quarters"
        r"|\bTTM\b|\bLTM\b",
    ),
    (
        "fq",
        rf"(?:Q(?P<fq1>[1-4])\s*(?:of\s+)?{_FY}{_Y}|{_FY}{_Y}\s*Q(?P<fq2>[1-4])"
        rf"|fiscal\s+Q(?P<fq3>[1-4])\s+(?P<fy3>{YEAR})|{_ORD}[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?{_OWNER}{_FY}{_Y}"
        rf"|(?P<fq5>[1-4])Q\s*{_FY}{_Y}"
        # "the third quarter of its 2025 fiscal year"
        rf"|{_ORD}[\s-]+quarter\s+of\s+{_OWNER}(?P<y4>{YEAR})\s+fiscal\s+year)",
    ),
    ("fq_open", rf"fiscal\s+{_ORD}[\s-]+quarter|{_ORD}\s+fiscal\s+quarter|fiscal\s+Q(?P<fq4>[1-4])"),
    (
        "fh",
        rf"(?:H(?P<fh1>[12])\s*{_FY}{_Y}|{_HALF_ORD}[\s-]+half\s+(?:of\s+)?{_OWNER}{_FY}{_Y}"
        rf"|{_HALF_ORD}[\s-]+half\s+of\s+{_OWNER}(?P<y4>{YEAR})\s+fiscal\s+year)",
    ),
    ("fytd", rf"{_FY}{_Y}\s+(?:year[\s-]to[\s-]date|YTD)"),
    ("fy", rf"{_FY}{_Y}|(?P<y4>{YEAR})\s+fiscal\s+year"),  # "the full 2025 fiscal year"
    (
        "q",
        rf"(?:Q(?P<q1>[1-4])\s*(?:of\s+)?(?P<qy1>{YEAR})|(?P<qy2>{YEAR})\s*-?\s*Q(?P<q2>[1-4])"
        rf"|{_ORD}[\s-]+quarter\s+(?:of\s+)?(?P<qy3>{YEAR})|(?P<q3>[1-4])Q\s?'?(?P<qy4>\d{{2}})"
        rf"|Q(?P<q4>[1-4])\s?'(?P<qy5>\d{{2}})|(?P<q6>[1-4])Q\s+(?P<qy6>{YEAR}))",
    ),
    (
        "h",
        rf"(?:H(?P<h1>[12])\s*(?P<hy1>{YEAR})|(?P<hy2>{YEAR})\s*-?\s*H(?P<h2>[12])"
        rf"|{_HALF_ORD}[\s-]+half\s+(?:of\s+)?(?P<hy3>{YEAR})|(?P<h3>[12])H\s?'?(?P<hy4>\d{{2}}))",
    ),
    ("ytd", rf"(?:(?P<ytdy>{YEAR})\s+)?(?:year[\s-]to[\s-]date|YTD)|so\s+far\s+this\s+year"),
    (
        "months",
        rf"(?P<m1>{MONTH})\s*[-–]\s*(?P<m2>{MONTH})(?:\s+(?:quarter|period|half))?(?:,?\s+(?:of\s+)?(?P<my>{YEAR}))?",
    ),
    ("q_open", rf"{_ORD}[\s-]+quarter|\bQ(?P<q5>[1-4])\b"),
    ("h_open", rf"{_HALF_ORD}[\s-]+half(?:\s+of\s+the\s+year)?|\bH(?P<h4>[12])\b"),
    ("zhdate", rf"(?P<zdy>{YEAR})\s*年\s*(?P<zdm>\d{{1,2}})\s*月(?:\s*(?P<zdd>\d{{1,2}})\s*日)?"),
    (
        "zhended",
        r"截至\s*(?:(?P<zey>(?:19|20)\d{2})\s*年\s*)?(?P<zem>\d{1,2})\s*月\s*(?P<zed>\d{1,2})\s*日\s*止?\s*(?P<zen>三|六|九|十二|3|6|9|12)\s*个月",
    ),
    # "截至6月底": as of the end of June (this year's, or last year's if June is ahead)
    ("zhasof", r"(?<=截至)\s*(?P<zam>\d{1,2})\s*月(?:\s*(?P<zad>\d{1,2})\s*日|底|末|份)?(?!\s*\d|\s*止)"),
    ("zh", rf"(?P<zy>{YEAR})\s*年\s*(?:(?P<zh>上|下)半年|第?(?P<zq>[一二三四1-4])季度|(?P<zmid>中期))?"),
    ("zhopen", r"(?P<zho>上|下)半年|第?(?P<zqo>[一二三四])季度"),
    ("span", rf"(?P<from>{YEAR})\s*(?:[-–]|to|through)\s*(?P<to>{YEAR})"),
    ("rel", r"(?P<rel>last|this|next|previous|prior|current)\s+(?:fiscal\s+)?year"),
    # "今年" this year, "全年" the whole (current) year; "今年上半年" is a half, read by zhopen
    # ("2024 年全年" is 2024's; "今年 5 月" a date; "去年同期" the base a change is measured from)
    (
        "zhrel",
        r"(?<!年)(?<!年\s)(?P<zrel>今年|全年|去年|明年)(?!\s*(?:上|下)半年|第?[一二三四]季度|\s*\d{1,2}\s*月|同期)",
    ),
    ("date", rf"(?:(?P<month>{MONTH})\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?(?P<year>{YEAR})"),
    (
        "month",
        rf"(?:(?:in|on|(?P<ahead>effective|starting|from)|as\s+of|since|by|at|until|of|through|during"
        rf"|(?P<oend>end\s+of)|start\s+of)\s+(?:early\s+|late\s+|mid-?)?"
        rf"|(?P<olast>last|this\s+past)\s+|(?P<oend2>end-))"
        rf"(?:(?P<od2>\d{{1,2}})(?:st|nd|rd|th)?\s+)?"  # "at 30 June", day first
        rf"(?P<om>{MONTH})(?:\s+(?P<od>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<oy>{YEAR}))?(?![\w-])",
    ),
    # "after its March round", "the June 2024 raise": a month naming when a round was done
    (
        "month_round",
        rf"(?P<om>{MONTH})(?:\s+(?P<oy>{YEAR}))?(?=\s+(?:funding\s+|financing\s+|Series\s+\w+\s+)?"
        rf"(?:round|raise|fundraise|financing)\b)",
    ),
    ("yearstart", r"(?:start|beginning)\s+of\s+(?:the|this)\s+year"),
    ("lastmonth", r"\blast\s+month\b"),
    # "Gross margin was 62.1% in the quarter": the quarter the article last named.
    ("q_this", r"(?:in|for|during|over)\s+the\s+quarter\b(?!\s+(?:ended|ending|to|through|of)\b)"),
    (
        "fy_open",
        r"(?:the\s+)?full[\s-](?:fiscal[\s-])?year|\bthe\s+fiscal\s+year(?!\s+(?:19|20)\d\d|\s+(?:ended|ending|to|through)\b)"
        # "For the year, sales climbed to $2.79bn": the year the article reports
        r"|(?<=[Ff]or\s)the\s+year(?=\s*,)",
    ),
]
