"""Precision and recall of the in-article arithmetic rules on invented articles (``make accuracy``).

``arithmetic/tuned/`` and ``arithmetic/held/`` hold short invented articles and, beside each, a
gold YAML listing every derived
statement (line, kind, the value as written) and whether it holds on the article's own figures
(``null``: the article gives nothing to check it against). A slip is a statement that does not
hold; a flag is an in-article finding. Per kind of statement:

- found: gold statements the reader found; recomputed: of those, the ones tied to figures;
- precision: flags that are slips; recall: slips that are flagged.

``tuned/`` is what the readers were developed against; ``held/`` was written after them and
first measured untouched (its first run is recorded in the closing note of issue 9). The
claimcheck.yaml above both registers the invented names, so that what is measured is the
arithmetic; the second table uses the built-in registry only. ``-v`` lists each miss.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from claimcheck import engine
from claimcheck.arithmetic.facts import article_facts
from claimcheck.config import load_config
from claimcheck.extract import extract_text
from claimcheck.extract.derived_model import KINDS, Derived

HERE = Path(__file__).parent / "arithmetic"
PARTS = ("tuned", "held")
# Totals and shares are one rule; a gold "share" may be read as a total and the other way round.
_SAME_KIND = {"total": {"total", "share"}, "share": {"total", "share"}}


@dataclass(frozen=True)
class Gold:
    """One derived statement an article makes, as its writer recorded it."""

    article: str
    line: int
    kind: str
    stated: str
    holds: bool | None


@dataclass
class Tally:
    """Counts for one kind of statement."""

    gold: int = 0
    found: int = 0
    recomputed: int = 0
    slips: int = 0
    tp: int = 0
    fp: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.slips if self.slips else None


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("about ", "").replace("roughly ", "").split())


def _texts(d: Derived) -> list[str]:
    return [_norm(d.stated.text)] + [_norm(o.figure.text) for o in d.operands if o.figure is not None]


def matches(gold: Gold, d: Derived) -> bool:
    """Whether a derived statement the tool found is this gold statement."""
    if d.line != gold.line or d.kind not in _SAME_KIND.get(gold.kind, {gold.kind}):
        return False
    want = _norm(gold.stated)
    return any(want in t or (t and t in want) for t in _texts(d))


def load_gold(folder: Path) -> dict[str, list[Gold]]:
    """Gold statements by article file name."""
    out: dict[str, list[Gold]] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "claimcheck.yaml":
            continue
        article = next(p for p in folder.iterdir() if p.stem == path.stem and p.suffix in (".txt", ".md"))
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[article.name] = [
            Gold(article.name, int(s["line"]), s["kind"], str(s["stated"]), s["holds"])
            for s in data["statements"]
        ]
    return out


def run(folder: Path, defaults: bool = False) -> list[tuple[Derived, str]]:
    """Each derived statement the tool finds in the folder's articles, with what became of it."""
    config = load_config(cwd=Path("/") if defaults else folder)
    claims, inside = [], []
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md")):
        text = path.read_text(encoding="utf-8")
        found = extract_text(text, path.name, config)
        claims += found
        inside.append(article_facts(text, path.name, found, config))
    result = engine.run(claims, config, articles=len(inside), inside=inside)
    return result.coverage.records


def score(folder: Path, defaults: bool = False) -> dict[str, Tally]:
    """Tallies by kind (and ``all``) of the tool's statements against the gold."""
    gold = load_gold(folder)
    records = run(folder, defaults)
    tallies = {k: Tally() for k in (*KINDS, "all")}
    matched: set[int] = set()
    for article, statements in gold.items():
        own = [(i, d, status) for i, (d, status) in enumerate(records) if d.source == article]
        for g in statements:
            hits = [(i, d, status) for i, d, status in own if matches(g, d)]
            matched |= {i for i, _, _ in hits}
            _count(tallies, g, [status for _, _, status in hits])
    for i, (d, status) in enumerate(records):
        if status == "flagged" and i not in matched:
            for key in (d.kind, "all"):
                tallies[key].fp += 1
                tallies[key].misses.append(f"flag on no gold statement: {d.location} {d.stated.text!r}")
    return tallies


def _count(tallies: dict[str, Tally], g: Gold, statuses: list[str]) -> None:
    flagged = "flagged" in statuses
    where = f"{g.article}:{g.line} {g.kind} {g.stated!r}"
    for key in (g.kind, "all"):
        t = tallies[key]
        t.gold += 1
        t.found += bool(statuses)
        t.recomputed += any(not s.startswith("not tied") for s in statuses)
        if g.holds is False:
            t.slips += 1
            t.tp += flagged
            if not flagged:
                t.misses.append(f"slip not flagged ({', '.join(statuses) or 'not found'}): {where}")
        elif flagged:
            t.fp += 1
            t.misses.append(f"flag on a statement that holds: {where}")
        elif not statuses:
            t.misses.append(f"not found: {where}")


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}%"


def report(tallies: dict[str, Tally], title: str, verbose: bool) -> str:
    """A table of the tallies, one row per kind."""
    lines = [
        title,
        f"{'kind':<11} {'gold':>4} {'found':>5} {'recomp':>6} {'slips':>5} {'flags':>5} {'P':>5} {'R':>5}",
    ]
    for kind, t in tallies.items():
        if not t.gold and not t.fp:
            continue
        flags = t.tp + t.fp
        lines.append(
            f"{kind:<11} {t.gold:>4} {t.found:>5} {t.recomputed:>6} {t.slips:>5} {flags:>5} "
            f"{_pct(t.precision)} {_pct(t.recall)}"
        )
    if verbose:
        lines += [f"  {m}" for m in tallies["all"].misses]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for part in PARTS:
        title = f"In-article arithmetic on tests/accuracy/arithmetic/{part}/ (invented names registered):"
        print(report(score(HERE / part), title, verbose))
        print()
    for part in PARTS:
        title = f"The same on {part}/ with the built-in registry only:"
        print(report(score(HERE / part, defaults=True), title, False))
        print()
    return 0


def summary(tallies: dict[str, Tally]) -> dict[str, Any]:
    """Overall figures, for tests."""
    t = tallies["all"]
    return {
        "precision": t.precision,
        "recall": t.recall,
        "found": t.found / t.gold,
        "recomputed": t.recomputed / t.gold,
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
