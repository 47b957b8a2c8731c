"""Suppressions: a finding a person has accepted where it stands, and the ones that match nothing.

In a markdown article, ``<!-- claimcheck: ignore cross-source-mismatch -->`` on a line, or
alone on the line above one, suppresses the named rules' findings about the claims on that
line (``ignore`` with no rule suppresses every rule). A plain-text article has no comment
syntax to spare, so ``suppressions:`` in claimcheck.yaml lists them: a ``source`` and, to
narrow it, a ``rule``, ``line``, ``entity`` or ``metric``. A suppression that matches no
finding is itself reported (rule ``unused-suppression``), as ruff reports an unused ``noqa``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimcheck.model import Claim, Finding, Place, Severity

UNUSED = "unused-suppression"
UNUSED_SUMMARY = "A suppression comment or config entry matches no finding."
UNUSED_HELP = (
    "A `<!-- claimcheck: ignore RULE -->` comment (markdown) or a `suppressions:` entry in "
    "claimcheck.yaml (plain text) suppresses findings about the claims on its line. This one "
    "matched none: the contradiction was fixed, or the comment names the wrong rule or line. "
    "Remove it, so it cannot hide a later, different problem."
)
_COMMENT = re.compile(r"<!--\s*claimcheck:\s*ignore\b(?P<rules>[^>]*?)\s*-->", re.IGNORECASE)
_MARKDOWN = (".md", ".markdown")


@dataclass(frozen=True)
class Suppression:
    """What one comment or config entry suppresses: rules (empty: all) for claims matching it."""

    source: str
    line: int
    rules: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()
    entity: str | None = None
    metric: str | None = None
    reason: str | None = None
    origin: str = ""

    def covers(self, finding: Finding) -> bool:
        """Whether this suppresses ``finding``: its rule, and one of its claims here."""
        if self.rules and finding.rule not in self.rules:
            return False
        return any(self._claim(c) for c in finding.claims)

    def _claim(self, c: Claim) -> bool:
        return (
            c.source == self.source
            and (not self.lines or c.line in self.lines)
            and self.entity in (None, c.entity)
            and self.metric in (None, c.metric)
        )


def in_markdown(source: str, text: str) -> list[Suppression]:
    """The suppression comments of a markdown article. A comment after text covers its own line;
    a comment alone on its line covers the next non-blank line (the row or paragraph below)."""
    if not source.lower().endswith(_MARKDOWN):
        return []
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        match = _COMMENT.search(line)
        if not match:
            continue
        rules = tuple(r for r in re.split(r"[\s,]+", match["rules"]) if r and r.lower() != "all")
        covered = (number,)
        if not _COMMENT.sub("", line).strip():
            below = next((n for n in range(number + 1, len(lines) + 1) if lines[n - 1].strip()), None)
            covered = (number,) if below is None else (number, below)
        found.append(Suppression(source, number, rules, covered, origin=source))
    return found


def from_config(entries: Iterable[dict[str, Any]], config_source: str, lines: list[int]) -> list[Suppression]:
    """``suppressions:`` entries of claimcheck.yaml; ``lines`` gives each entry's line in that file."""
    out = []
    for i, entry in enumerate(entries):
        line = lines[i] if i < len(lines) else 1
        out.append(
            Suppression(
                source=entry["source"],
                line=line,
                rules=(entry["rule"],) if entry.get("rule") else (),
                lines=(entry["line"],) if entry.get("line") else (),
                entity=entry.get("entity"),
                metric=entry.get("metric"),
                reason=entry.get("reason"),
                origin=config_source,
            )
        )
    return out


def entry_lines(config_text: str) -> list[int]:
    """The line of each ``suppressions:`` entry in a claimcheck.yaml, for reporting unused ones."""
    import yaml

    try:
        root = yaml.compose(config_text)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "suppressions" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def apply(
    findings: Iterable[Finding], suppressions: list[Suppression]
) -> tuple[dict[str, Suppression], list[Finding]]:
    """Which findings are suppressed (by id, with the suppression), and a finding for each unused one."""
    used: set[int] = set()
    suppressed: dict[str, Suppression] = {}
    for finding in findings:
        for i, s in enumerate(suppressions):
            if s.covers(finding):
                used.add(i)
                suppressed.setdefault(finding.id, s)
    unused = []
    seen: Counter[tuple[str, tuple[str, ...], str]] = Counter()
    for i, s in enumerate(suppressions):
        # Numbered among its like (same file, rules and article), never by line, so moving the
        # comment with its paragraph keeps the finding's fingerprint.
        like = (s.origin, s.rules, s.source)
        seen[like] += 1
        if i not in used:
            unused.append(_unused(s, seen[like]))
    return suppressed, unused


def _unused(s: Suppression, ordinal: int) -> Finding:
    what = f"{', '.join(s.rules)} finding" if s.rules else "finding"
    digest = hashlib.sha1("\x1f".join([UNUSED, s.origin, s.source, *s.rules, str(ordinal)]).encode())
    target = f"line {s.lines[-1]} of {s.source}" if s.lines else s.source
    return Finding(
        id="f-" + digest.hexdigest()[:8],
        rule=UNUSED,
        severity=Severity.WARNING,
        entity=s.entity or "",
        metric=s.metric or "",
        period=None,
        message=f"unused suppression ({s.origin}:{s.line}): no {what} about {target}",
        claims=(),
        place=Place(s.origin, s.line),
    )
