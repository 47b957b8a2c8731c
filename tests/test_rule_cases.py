"""Every rule's pass/fail cases, written as YAML beside the rule (claimcheck/rules/cases/)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from claimcheck import engine
from claimcheck.config import load_config
from claimcheck.model import Unreadable
from claimcheck.quantities.rates import Rates
from claimcheck.rules import all_rules
from claimcheck.store import review
from claimcheck.vocabulary import vocabulary

CASES = resources.files("claimcheck.rules").joinpath("cases")


def _cases():
    for path in sorted(CASES.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".yaml"):
            rule = path.name.removesuffix(".yaml")
            for case in yaml.safe_load(path.read_text(encoding="utf-8")):
                yield pytest.param(rule, case, id=f"{rule}: {case['name']}")


def test_every_rule_has_cases():
    with_cases = {p.name.removesuffix(".yaml") for p in CASES.iterdir() if p.name.endswith(".yaml")}
    assert set(all_rules()) <= with_cases


def _diagnosed(found: str | None, wanted: str | None) -> bool:
    return found is None if wanted is None else bool(found and wanted in found)


@pytest.mark.parametrize(("rule", "case"), list(_cases()))
def test_rule_case(rule, case, tmp_path: Path):
    config = load_config(cwd=tmp_path, fx=case.get("fx", {}))
    vocab, rates = vocabulary(config), Rates.from_config(config.fx)
    claims = []
    for i, spec in enumerate(case["claims"]):
        figure = {k: spec.get(k) for k in ("value", "low", "high", "unit", "precision", "scale") if k in spec}
        figure.setdefault("low", spec["value"])
        figure.setdefault("high", spec["value"])
        entry = {**spec, "id": f"c-{i}", "stated": figure, "quote": spec.get("quote", f"claim {i}")}
        claims.append(review.added(entry, spec["source"], vocab, rates, None))
    unread = tuple(Unreadable(u["source"], u["reason"]) for u in case.get("unreadable", []))
    result = engine.run(claims, config, articles=len({c.source for c in claims}), unreadable=unread)
    findings = [f for f in result.findings if f.rule == rule]
    assert len(findings) == len(case["expect"]), [f.message for f in findings]
    for want in case["expect"]:
        match = [
            f
            for f in findings
            if str(f.severity) == want.get("severity", str(f.severity))
            and ("period" not in want or f.period == want["period"])
            and ("sources" not in want or sorted({c.source for c in f.claims}) == sorted(want["sources"]))
            and ("diagnosis" not in want or _diagnosed(f.diagnosis, want["diagnosis"]))
            and ("outliers" not in want or sorted(f.outliers) == sorted(want["outliers"]))
            and (
                "consensus" not in want
                or (f.consensus is not None and f.consensus.count == want["consensus"])
            )
            and len(f.claims) <= want.get("max_claims", len(f.claims))
        ]
        assert match, (want, [(f.severity, f.period, f.outliers, f.message, f.diagnosis) for f in findings])
