"""Pass rates of claimcheck's quantity parser on the peer suites, with failures.

Run: ``make bench`` (or ``python bench/peers.py [-v]``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from peers import SUITES, passes


def main(verbose: bool) -> None:
    print(f"{'suite':12} {'in scope':>8} {'passed':>7} {'rate':>7}  out of scope")
    for name, load in SUITES.items():
        cases = list(load())
        scoped = [c for c in cases if c.in_scope]
        failed = []
        for case in scoped:
            ok, got = passes(case)
            if not ok:
                failed.append((case, got))
        reasons = Counter(c.reason for c in cases if not c.in_scope)
        rate = 1 - len(failed) / len(scoped) if scoped else 1.0
        print(f"{name:12} {len(scoped):8} {len(scoped) - len(failed):7} {rate:7.1%}  {dict(reasons)}")
        if verbose:
            for case, got in failed:
                found = [(q.text, q.value, q.low, q.high, q.unit) for q in got]
                print(
                    f"   FAIL {case.text[:90]!r}\n        expected {case.expected}\n        got      {found}"
                )


if __name__ == "__main__":
    main("-v" in sys.argv)
