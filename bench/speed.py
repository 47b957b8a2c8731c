"""Speed figures: parser and extraction throughput, a full check, and start-up time.

Run: ``make bench``. Prints figures; asserts nothing (speed is measured, not tested).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from claimcheck import engine
from claimcheck.config import load_config
from claimcheck.extract import extract_text
from claimcheck.quantities import parse

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "articles").glob("*.txt"))


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    corpus = "\n".join(texts)
    size = len(corpus.encode("utf-8")) / 1e6
    config = load_config(cwd=ROOT)
    extract_text(texts[0], "warm-up", config)  # registries, pint, exchange rates: once per process

    parse_s = _best(lambda: [parse(line) for line in corpus.splitlines()])
    extract_s = _best(lambda: [extract_text(t, f"a{i}.txt", config) for i, t in enumerate(texts)])
    claims = [c for i, t in enumerate(texts) for c in extract_text(t, f"a{i}.txt", config)]
    check_s = _best(lambda: engine.run(claims, config, articles=len(texts)))
    startup = [
        _best(lambda: subprocess.run([sys.executable, "-m", "claimcheck", "--help"], capture_output=True), 1)
        for _ in range(5)
    ]
    print(f"corpus: {len(texts)} articles, {size * 1000:.0f} kB, {len(claims)} claims")
    print(f"parse():          {size / parse_s:6.2f} MB/s")
    print(f"extract_text():   {size / extract_s:6.2f} MB/s  ({extract_s * 1000:.0f} ms for the corpus)")
    print(f"rules on claims:  {check_s * 1000:6.1f} ms")
    print(f"claimcheck --help: {statistics.median(startup) * 1000:5.0f} ms (median of 5)")


if __name__ == "__main__":
    main()
