"""``claimcheck report --html FILE``: one self-contained page a person would rather look at.

No network assets (styles inline, charts as inline SVG), so it opens offline
and can be mailed; one column that reflows to a phone's width. A summary, then
one section per entity: its findings, each with the quotes side by side and the
figures marked, and one chart per metric compared. Everything quoted is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from importlib import resources

from claimcheck import __version__
from claimcheck.api import Workbench
from claimcheck.formatting import claim_value, qualifiers
from claimcheck.model import Claim, Comparison, Finding
from claimcheck.report.charts import chart
from claimcheck.report.table import summary_line
from claimcheck.trace.origin import Article

_ORDER = {"error": 0, "warning": 1, "info": 2}


def render(
    bench: Workbench, family_of: dict[str, str] | None = None, labels: dict[str, str] | None = None
) -> str:
    """The whole page for a workbench: summary, then findings and charts by entity."""
    family_of, labels = family_of or {}, labels or {}
    articles = {source: Article(text) for source, text in bench.texts.items()}
    by_entity = _entities(bench, family_of)
    sections = "".join(
        _entity(name, findings, comparisons, articles, labels) for name, (findings, comparisons) in by_entity
    )
    style = resources.files("claimcheck.report").joinpath("page.css").read_text(encoding="utf-8")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>claimcheck report</title><style>{style}</style></head><body>"
        f'<header class="top"><h1>claimcheck report</h1><p class="meta">claimcheck {escape(__version__)}</p>'
        f"</header><main>{_summary(bench)}"
        '<section id="entities"><h2>Findings and comparisons by entity</h2>'
        f"{sections or _nothing()}</section>"
        "</main></body></html>\n"
    )


def _nothing() -> str:
    return '<p class="empty">No two sources gave figures for the same entity, metric and period.</p>'


def _entities(
    bench: Workbench, family_of: dict[str, str]
) -> list[tuple[str, tuple[list[Finding], dict[str, list[Comparison]]]]]:
    """Entities with findings first (most severe, most findings), then those only compared."""
    findings: dict[str, list[Finding]] = defaultdict(list)
    for f in bench.result.findings:
        findings[family_of.get(f.entity, f.entity)].append(f)
    comparisons: dict[str, dict[str, list[Comparison]]] = defaultdict(lambda: defaultdict(list))
    for c in bench.result.comparisons:
        comparisons[c.entity][c.metric].append(c)
    names = set(findings) | set(comparisons)

    def rank(name: str) -> tuple[int, int, str]:
        worst = min((_ORDER[str(f.severity)] for f in findings[name]), default=3)
        return worst, -len(findings[name]), name.lower()

    return [(name, (findings[name], comparisons[name])) for name in sorted(names, key=rank)]


def _summary(bench: Workbench) -> str:
    s = bench.result.summary
    cells = [("articles", s.articles), ("claims", s.claims), ("comparisons", s.comparisons)]
    cells += [(f"{sev}s", n) for sev, n in s.findings.items()]
    stats = "".join(
        f'<div class="stat {escape(k)}"><b>{n}</b><span>{escape(k)}</span></div>' for k, n in cells
    )
    compared: dict[str, set[str]] = defaultdict(set)
    for c in bench.result.comparisons:
        for v in c.votes:
            compared[v.claim.source].add(v.claim.id)
    rows = []
    for found in bench.articles:
        source = found.article.source
        rejected = sum(c.status == "rejected" for c in found.claims)
        rows.append(
            f"<tr><td>{escape(source)}</td><td>{len(found.claims)}</td>"
            f"<td>{len(compared[source])}</td><td>{rejected}</td></tr>"
        )
    coverage = (
        '<div class="scroll"><table class="coverage"><thead><tr><th>article</th><th>claims</th>'
        f"<th>compared</th><th>rejected</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    return (
        f'<section id="summary"><h2>Summary</h2><div class="stats">{stats}</div>'
        f'<p class="line">{escape(summary_line(s))}</p><h3>Coverage</h3>{coverage}</section>'
    )


def _entity(
    name: str,
    findings: list[Finding],
    comparisons: dict[str, list[Comparison]],
    articles: dict[str, Article],
    labels: dict[str, str],
) -> str:
    items = "".join(_finding(f, articles, labels) for f in findings)
    charts = "".join(
        f'<figure class="compared"><figcaption>{escape(labels.get(metric, metric))}</figcaption>'
        f"{chart(name, metric, labels.get(metric, metric), found)}</figure>"
        for metric, found in sorted(comparisons.items())
    )
    count = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}" if findings else "no findings"
    return (
        f'<section class="entity"><h3>{escape(name)} <small>{count}</small></h3>{items}'
        + (f'<div class="charts">{charts}</div>' if charts else "")
        + "</section>"
    )


def _finding(f: Finding, articles: dict[str, Article], labels: dict[str, str]) -> str:
    sides: dict[str, list[Claim]] = {}
    for c in f.claims:
        sides.setdefault(c.source, []).append(c)
    cards = "".join(_side(source, claims, source in f.outliers, articles) for source, claims in sides.items())
    what = labels.get(f.metric, f.metric) + (f" · {f.period}" if f.period else "")
    consensus = ""
    if f.consensus is not None:
        consensus = f'<p class="consensus">{f.consensus.count} sources agree; the outlier is named first.</p>'
    diagnosis = f'<p class="diagnosis">{escape(f.diagnosis)}</p>' if f.diagnosis else ""
    return (
        f'<article class="finding {escape(str(f.severity))}" id="{escape(f.id)}">'
        f'<header><span class="badge">{escape(str(f.severity))}</span> '
        f'<span class="what">{escape(what)}</span> <code>{escape(f.id)}</code></header>'
        f'<p class="message">{escape(f.message)}</p>{diagnosis}{consensus}'
        f'<div class="sides">{cards}</div></article>'
    )


def _side(source: str, claims: list[Claim], outlier: bool, articles: dict[str, Article]) -> str:
    quotes = "".join(_quote(c, articles.get(c.source)) for c in claims)
    role = '<span class="role">outlier</span> ' if outlier else ""
    return (
        f'<div class="side{" outlier" if outlier else ""}"><h4>{role}{escape(source.rsplit("/", 1)[-1])}</h4>'
        f"{quotes}</div>"
    )


def _quote(c: Claim, article: Article | None) -> str:
    span = article.span(c) if article else None
    quote = c.quote
    if span is None:
        text = escape(quote)
    else:
        start, end = span
        text = f"{escape(quote[:start])}<mark>{escape(quote[start:end])}</mark>{escape(quote[end:])}"
    value = escape(claim_value(c) + qualifiers(c) + (f" in {c.when}" if c.when else ""))
    return (
        f'<blockquote class="quote">{text}</blockquote>'
        f'<p class="where"><b>{value}</b> <span>{escape(f"{c.source}:{c.line}:{c.column}")}</span> '
        f"<code>{escape(c.id)}</code></p>"
    )
