"""``claimcheck explain``: a finding or claim, its quotes with the figure marked, and each step."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from claimcheck.report.console import console_for
from claimcheck.trace.explain import ClaimExplanation, FindingExplanation
from claimcheck.trace.steps import ClaimTrace

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

_COLOURS = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def text(found: FindingExplanation | ClaimExplanation, out: TextIO) -> None:
    """The explanation for a person at a terminal (plain when piped: the figure is marked ⟦so⟧)."""
    console = console_for(out)
    if isinstance(found, FindingExplanation):
        _finding(found, console)
    else:
        _claim(found, console)


def _finding(found: FindingExplanation, console: Console) -> None:
    f = found.finding
    console.print(f"[{_COLOURS[str(f.severity)]}]{f.severity}[/] {f.id} {f.rule}", highlight=False)
    console.print(f.message, markup=False, highlight=False)
    if f.consensus is not None:
        c = f.consensus
        console.print(f"consensus: {c.count} sources agree: {', '.join(c.sources)}", markup=False)
        console.print(f"outliers: {', '.join(f.outliers)}", markup=False)
    elif len({c.source for c in f.claims}) > 2:
        console.print("no consensus: no set of sources is larger than the others, so nobody is an outlier")
    for i, t in enumerate(found.traces, 1):
        role = " (outlier)" if t.claim.source in f.outliers else ""
        console.print()
        _trace(t, f"{i}. {t.claim.location}{role}", console)
    console.print()
    console.print(f"verdict: {found.verdict}", markup=False, highlight=False)
    console.print(f"diagnosis: {f.diagnosis or 'no recognisable cause'}", markup=False, highlight=False)


def _claim(found: ClaimExplanation, console: Console) -> None:
    _trace(found.trace, f"claim {found.trace.claim.id} ({found.trace.claim.key})", console)
    console.print()
    if found.uses:
        console.print("compared in:")
        for use in found.uses:
            c = use.comparison
            console.print(f"  {c.entity} {c.metric} {c.period or 'undated'}: {use.verdict}", markup=False)
    else:
        console.print("compared in: nothing (no other source gives this entity, metric and period)")
    ids = ", ".join(f"{f.id} ({f.severity})" for f in found.findings)
    console.print(f"findings: {ids or 'none'}", markup=False)


def _trace(t: ClaimTrace, title: str, console: Console) -> None:
    console.print(title, style="bold", markup=False, highlight=False)
    console.print(_quote(t, plain=not console.is_terminal))
    width = max(len(s.label) for s in t.steps)
    for step in t.steps:
        console.print(f"  {step.label:<{width}}  {step.text}", markup=False, highlight=False)


def _quote(t: ClaimTrace, plain: bool) -> Text:
    from rich.text import Text

    quote = " ".join(t.claim.quote.split()) if t.span is None else t.claim.quote
    text = Text("  “")
    if t.span is None:
        text.append(quote)
    else:
        start, end = t.span
        text.append(quote[:start])
        text.append(f"⟦{quote[start:end]}⟧" if plain else quote[start:end], style="bold reverse")
        text.append(quote[end:])
    text.append("”")
    return text


def document(found: FindingExplanation | ClaimExplanation) -> dict[str, Any]:
    """The explanation as one JSON document."""
    if isinstance(found, FindingExplanation):
        return {
            "schema": 1,
            "finding": found.finding.to_dict(),
            "claims": [_trace_record(t) for t in found.traces],
            "verdict": found.verdict,
        }
    return {
        "schema": 1,
        "claim": _trace_record(found.trace),
        "comparisons": [
            {
                "entity": u.comparison.entity,
                "metric": u.comparison.metric,
                "period": u.comparison.period,
                "verdict": u.verdict,
            }
            for u in found.uses
        ],
        "findings": [f.id for f in found.findings],
    }


def _trace_record(t: ClaimTrace) -> dict[str, Any]:
    return {
        "claim": t.claim.to_dict(),
        "origin": {"kind": t.origin.kind, "column": t.origin.column, "row": t.origin.row},
        "span": list(t.span) if t.span else None,
        "steps": [{"step": s.label, "text": s.text} for s in t.steps],
        "compared": [None if abs(v) == float("inf") else v for v in t.compared],
    }


def as_json(found: FindingExplanation | ClaimExplanation, out: TextIO) -> None:
    json.dump(document(found), out, ensure_ascii=False, indent=2)
    out.write("\n")
