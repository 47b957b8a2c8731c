"""A synthetic newsroom archive made from the five test articles, for the speed benchmark.

Each generated article is one of the five with its organisations and model families renamed
from a pool of a few hundred, and its figures varied, so no two copies share a text (nothing is
served from a cache by accident) and the groups matching compares grow with the corpus, as in a
real archive: most articles are about a few organisations of the pool (a Zipf draw), the rest
spread thin (CONTRACT.md, decision 10). The pool is registered in the generated project's
``claimcheck.yaml``, as a newsroom registers its beat.

    python bench/corpus.py FOLDER --articles 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
POOL = 300
CONFIG = 'corpus: [articles]\nstore: claims\nfx:\n  date: "2026-06-30"\nentities:\n'

# Each organisation the five articles write about, with the prefixes of its model family
# ("GLM" in GLM-4, ChatGLM-6B, AutoGLM): a copy renames the organisation and its models together.
SLOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Zhipu", ("GLM",)),
    ("Anthropic", ("Claude",)),
    ("OpenAI", ("GPT",)),
    ("Baidu", ("ERNIE", "Ernie")),
    ("Alibaba", ("Qwen",)),
    ("Cambricon", ()),
    ("DeepSeek", ()),
    ("xAI", ("Grok",)),
    ("Moonshot", ("Kimi",)),
    ("Tencent", ()),
    ("Huawei", ()),
    ("Baichuan", ()),
    ("MiniMax", ()),
)
# A number right after one of these is a model's version (Claude 3.5, Llama 3 70B): kept as is.
_VERSIONED = {"Claude", "ERNIE", "Ernie", "Qwen", "Llama", "Grok", "Gemini", "Kimi", "Ascend", "GLM"}
_MONTHS = "January February March April May June July August September October November December".split()
_NUMBER = re.compile(r"(?<![\w.\-/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w-]*\d)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_ONSETS = ("B", "D", "F", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Dr", "Kr", "Tr", "Vr")
_VOWELS = ("a", "e", "i", "o", "u", "ae", "io")
_CODAS = ("", "n", "r", "x", "l", "th", "sk", "nd")


@dataclass(frozen=True)
class Org:
    """A pool organisation: its name, and the words its model families are named with."""

    name: str
    acronym: str
    word: str


def pool(size: int = POOL, seed: int = 7) -> list[Org]:
    """``size`` invented organisations with distinct names, acronyms and model words."""
    rng = random.Random(seed)
    names: set[str] = set()
    acronyms: set[str] = set()
    out = []
    while len(out) < size:
        name = _word(rng, 3)
        word = _word(rng, 2)
        acronym = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3))
        if name in names or word in names or acronym in acronyms or name == word:
            continue
        names.update((name, word))
        acronyms.add(acronym)
        out.append(Org(name, acronym, word))
    return out


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _zipf(n: int, s: float = 1.1) -> list[float]:
    """Cumulative weights of a Zipf draw over ``n`` ranks."""
    return list(itertools.accumulate(1 / (rank**s) for rank in range(1, n + 1)))


def _draw(rng: random.Random, weights: list[float], k: int) -> list[int]:
    """``k`` distinct ranks, each drawn by the weights."""
    chosen: list[int] = []
    while len(chosen) < k:
        rank = bisect.bisect(weights, rng.random() * weights[-1])
        if rank not in chosen:
            chosen.append(rank)
    return chosen


def vary_numbers(text: str, rng: random.Random, share: float = 0.5, spread: float = 0.08) -> str:
    """The text with about ``share`` of its figures moved by up to ``spread``, written as before
    (decimals and thousands separators kept); years, dates and model versions left alone."""

    def vary(m: re.Match[str]) -> str:
        whole, decimals = m.group(1), m.group(2) or ""
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        digits = whole.replace(",", "")
        if before and (before.group(1) in _VERSIONED or before.group(1) in _MONTHS):
            return m.group()
        if not decimals and len(digits) == 4 and 1990 <= int(digits) <= 2040:
            return m.group()
        if rng.random() > share:
            return m.group()
        value = float(digits + decimals) * (1 + rng.uniform(-spread, spread))
        places = len(decimals) - 1 if decimals else 0
        written = f"{value:,.{places}f}" if "," in whole else f"{value:.{places}f}"
        return written if float(written.replace(",", "")) > 0 else m.group()

    return _NUMBER.sub(vary, text)


def rename(text: str, orgs: list[Org]) -> str:
    """The text with each slot's organisation and model prefixes replaced by a pool organisation's."""
    table = {}
    for (org, prefixes), new in zip(SLOTS, orgs, strict=False):
        table[org] = new.name
        for prefix in prefixes:
            written = new.acronym if prefix.isupper() else new.word
            table[prefix] = written
    pattern = re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))
    return pattern.sub(lambda m: table[m.group()], text)


def articles(count: int, seed: int = 1) -> list[tuple[str, str]]:
    """``count`` (file name, text) pairs: the five articles in turn, renamed and varied."""
    rng = random.Random(seed)
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(ARTICLES.glob("*.txt"))]
    orgs = pool()
    weights = _zipf(len(orgs))
    out = []
    for i in range(count):
        stem, text = texts[i % len(texts)]
        chosen = [orgs[r] for r in _draw(rng, weights, len(SLOTS))]
        out.append((f"{i:05d}-{stem}.txt", rename(vary_numbers(text, rng), chosen)))
    return out


def config_text(orgs: list[Org] | None = None) -> str:
    """The generated project's ``claimcheck.yaml``: the five articles' settings and the pool."""
    lines = [f"  - {{name: {o.name} AI, type: org, aliases: [{o.name}]}}" for o in orgs or pool()]
    return CONFIG + "\n".join(lines) + "\n"


def write(folder: Path, count: int, seed: int = 1) -> int:
    """A project in ``folder``: ``claimcheck.yaml`` and ``articles/``; returns the bytes of text."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "claimcheck.yaml").write_text(config_text(), encoding="utf-8")
    size = 0
    for name, text in articles(count, seed):
        (folder / "articles" / name).write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def long_line(size: int, seed: int = 1) -> str:
    """One line of about ``size`` bytes: generated articles, their lines joined by spaces."""
    parts: list[str] = []
    total, count = 0, 0
    while total < size:
        batch = articles(count + 20, seed)[count:]
        count += 20
        for _, text in batch:
            parts.append(" ".join(text.split("\n")))
            total += len(parts[-1].encode("utf-8")) + 1
    return " ".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    size = write(args.folder, args.articles, args.seed)
    print(f"{args.articles} articles, {size / 1e6:.1f} MB in {args.folder}")


if __name__ == "__main__":
    main()
