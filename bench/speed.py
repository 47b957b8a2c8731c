"""Speed and scale: the figures of issue "Speed and scale", measured on this machine in one run.

Run: ``make bench`` (archives of 100 and 1,000 articles) or ``make bench-full`` (also 10,000,
about 100 MB; it takes several minutes). Prints a table; asserts nothing (speed is measured, not
tested). Every ``claimcheck`` run is a new process, timed from outside; "cold" is a new process
with the extraction cache folder empty (CONTRACT.md, decision 10).

- per archive size (bench/corpus.py): ``extract`` throughput (MB/s, claims/s, all cores),
  ``check`` cold and warm after one article is edited, the peak memory of the largest process,
  and the growth exponent of time against size between two sizes;
- the same sample read line by line by quantulum3 (installed only in bench/.venv by ``make
  bench``, never a dependency) and by claimcheck, each on one core, and the ratio;
- one line of 1, 2 and 5 MB, read by ``extract`` and by ``check``;
- ``claimcheck --help`` and ``check`` on the five articles (cold) against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402

CLAIMCHECK = [sys.executable, "-m", "claimcheck"]
PEERS = ROOT / "bench" / ".venv" / "bin" / "python"
SAMPLE = 40  # articles of the quantulum3 sample (about 0.4 MB: quantulum3 reads about 60 kB/s)


@dataclass(frozen=True)
class Run:
    """One finished process: wall seconds, the peak RSS of its largest process (MB), its output."""

    wall: float
    peak_mb: float
    stdout: str


# A wrapper that runs the command and reports the peak RSS of the largest process it waited for
# (the command, or one of its worker processes), so each run's peak is its own.
_PEAK = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run(args: list[str], cwd: Path) -> Run:
    """Run a command to the end, timing it and reading the peak memory of it and its children."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *args], cwd=cwd, capture_output=True, text=True, env=_env()
    )
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return Run(wall, peak_kb / 1024, done.stdout)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("GITHUB_ACTIONS", None)
    return env


def _cold(project: Path) -> None:
    shutil.rmtree(project / ".claimcheck-cache", ignore_errors=True)


def archive(size: int, tmp: Path) -> dict[str, float]:
    """The figures of one archive size."""
    project = tmp / f"archive-{size}"
    mb = corpus.write(project, size) / 1e6
    extract = run([*CLAIMCHECK, "extract", "--no-store", "--format", "json"], project)
    claims = len(json.loads(extract.stdout)["claims"])
    _cold(project)
    cold = run([*CLAIMCHECK, "check", "--format", "json"], project)
    edited = sorted((project / "articles").iterdir())[0]
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nThe company now has 12 new hires.\n", encoding="utf-8"
    )
    warm = run([*CLAIMCHECK, "check", "--format", "json"], project)
    findings = len(json.loads(warm.stdout)["findings"])
    shutil.rmtree(project)
    return {
        "size": size,
        "mb": mb,
        "claims": claims,
        "findings": findings,
        "extract_s": extract.wall,
        "cold_s": cold.wall,
        "warm_s": warm.wall,
        "peak_mb": max(extract.peak_mb, cold.peak_mb, warm.peak_mb),
    }


def exponent(small: dict[str, float], large: dict[str, float], what: str) -> float:
    """The growth exponent k in time ~ n^k between two sizes."""
    return math.log(large[what] / small[what]) / math.log(large["size"] / small["size"])


def peers_ratio(tmp: Path) -> tuple[float, float, float]:
    """quantulum3 and claimcheck on the same sample, each on one core: MB/s of each."""
    sample = tmp / "sample.txt"
    texts = [text for _, text in corpus.articles(SAMPLE, seed=99)]
    sample.write_text("\n".join(texts), encoding="utf-8")
    mb = len(sample.read_bytes()) / 1e6
    quantulum = _quantulum_seconds(sample)
    ours = _claimcheck_seconds(texts)
    return mb, mb / quantulum if quantulum else float("nan"), mb / ours


def _quantulum_seconds(sample: Path) -> float:
    if not PEERS.exists():
        return float("nan")
    script = (
        "import sys, time, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from quantulum3 import parser\n"
        "lines = open(sys.argv[1], encoding='utf-8').read().splitlines()\n"
        "parser.parse('warm up: 3 km')\n"
        "start = time.perf_counter()\n"
        "for line in lines:\n"
        "    parser.parse(line)\n"
        "print(time.perf_counter() - start)\n"
    )
    done = subprocess.run([str(PEERS), "-c", script, str(sample)], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def _claimcheck_seconds(texts: list[str]) -> float:
    """Reading claims and derived statements, one core, after a warm-up (registries, rates)."""
    script = (
        "import json, sys, time\n"
        "from claimcheck.config import load_config\n"
        "from claimcheck.extract import extract_text\n"
        "from claimcheck.extract.derived import derive\n"
        "texts = json.load(sys.stdin)\n"
        "config = load_config()\n"
        "derive(texts[0], 'w', extract_text(texts[0], 'w', config), config)\n"
        "start = time.perf_counter()\n"
        "for i, text in enumerate(texts):\n"
        "    derive(text, f'a{i}', extract_text(text, f'a{i}', config), config)\n"
        "print(time.perf_counter() - start)\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "claimcheck.yaml").write_text(corpus.config_text(), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", script], input=json.dumps(texts), cwd=tmp, capture_output=True, text=True
        )
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    return float(done.stdout.strip())


def long_lines(tmp: Path) -> list[tuple[int, float, float]]:
    """(MB, extract seconds, check seconds) for one line of each size."""
    out = []
    for mb in (1, 2, 5):
        path = tmp / f"line-{mb}mb.txt"
        path.write_text(corpus.long_line(mb * 1_000_000) + "\n", encoding="utf-8")
        read = run([*CLAIMCHECK, "extract", "--no-store", "--format", "json", str(path)], tmp)
        check = run([*CLAIMCHECK, "check", "--no-store", "--format", "json", str(path)], tmp)
        out.append((mb, read.wall, check.wall))
    return out


def start_up(tmp: Path, repeat: int = 5) -> dict[str, float]:
    """Median wall seconds of ``--help``, a cold ``check`` of the five articles, ``python -c pass``."""
    five = tmp / "five"
    shutil.copytree(corpus.ARTICLES, five / "articles")
    (five / "claimcheck.yaml").write_text(corpus.CONFIG.split("entities:")[0], encoding="utf-8")
    times: dict[str, list[float]] = {"pass": [], "help": [], "five": []}
    for _ in range(repeat):
        times["pass"].append(run([sys.executable, "-c", "pass"], tmp).wall)
        times["help"].append(run([*CLAIMCHECK, "--help"], tmp).wall)
        _cold(five)
        times["five"].append(run([*CLAIMCHECK, "check", "--format", "json"], five).wall)
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description="claimcheck speed and scale")
    parser.add_argument("--sizes", default="100,1000", help="archive sizes, e.g. 100,1000,10000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        _print_start_up(start_up(tmp))
        _print_peers(*peers_ratio(tmp))
        _print_lines(long_lines(tmp))
        _print_archives([archive(size, tmp) for size in sizes])


def _print_start_up(times: dict[str, float]) -> None:
    print(
        f"start-up (median of 5): python -c pass {times['pass'] * 1000:.0f} ms, claimcheck --help "
        f"{times['help'] * 1000:.0f} ms, check on the five articles (cold) {times['five'] * 1000:.0f} ms"
    )


def _print_peers(mb: float, quantulum: float, ours: float) -> None:
    print(
        f"one core, same {mb:.2f} MB sample: quantulum3 line by line {quantulum * 1000:.0f} kB/s, "
        f"claimcheck (claims and derived statements) {ours:.2f} MB/s: {ours / quantulum:.0f}x"
    )


def _print_lines(lines: list[tuple[int, float, float]]) -> None:
    for mb, read, check in lines:
        print(f"one line of {mb} MB: extract {read:6.2f} s, check {check:6.2f} s")


def _print_archives(rows: list[dict[str, float]]) -> None:
    print(
        f"{'articles':>8} {'MB':>6} {'claims':>8} {'extract MB/s':>12} {'claims/s':>9} "
        f"{'check cold s':>12} {'warm (1 edit) s':>15} {'peak MB':>8} {'findings':>8}"
    )
    for r in rows:
        print(
            f"{r['size']:8d} {r['mb']:6.1f} {r['claims']:8d} {r['mb'] / r['extract_s']:12.2f} "
            f"{r['claims'] / r['extract_s']:9.0f} {r['cold_s']:12.2f} {r['warm_s']:15.2f} "
            f"{r['peak_mb']:8.0f} {r['findings']:8d}"
        )
    for small, large in itertools.pairwise(rows):
        grows = {w: exponent(small, large, f"{w}_s") for w in ("extract", "cold", "warm")}
        print(
            f"growth {small['size']} -> {large['size']}: extract n^{grows['extract']:.2f}, "
            f"check cold n^{grows['cold']:.2f}, warm n^{grows['warm']:.2f}"
        )


if __name__ == "__main__":
    main()
