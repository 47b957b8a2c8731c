"""Everything the reader produces on a fixed set of corpora, as one JSON document, so a change
made for speed can be shown to change nothing (``cmp`` of the documents before and after).

    python bench/same_claims.py OUT.json

Corpora: the five articles, the accuracy corpus (tuned and held, prose and arithmetic), and 60
generated articles (bench/corpus.py). For each: every claim (``extract --no-store``), every
derived statement, and the findings and summary of ``check --no-store``; the tool's version and
fingerprints are left out, since they hash the code that changed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from claimcheck import api, revisions  # noqa: E402
from claimcheck.config import Config, load_config  # noqa: E402
from claimcheck.extract.derived import derive  # noqa: E402


def _folders(tmp: Path) -> list[Path]:
    accuracy = ROOT / "tests" / "accuracy"
    found = [ROOT / "tests" / "data" / "articles"]
    found += [accuracy / part / "tuned" for part in ("", "arithmetic")]
    found += [accuracy / part / "held" for part in ("", "arithmetic")]
    corpus.write(tmp, 60)
    return [*found, tmp / "articles"]


def snapshot(folder: Path) -> dict[str, object]:
    """The claims, derived statements and findings of one folder, read with its nearest config."""
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        config = load_config()
        found = api.extract([str(folder)], config, store_to=None, cached=False)
        claims = [c.to_dict() for r in found for c in r.claims]
        derived = [_derived(r, config) for r in found]
        now = revisions.current([str(folder)], config, None)
        try:
            result = api.run_snapshot(api.read_snapshots([now], config, 1, cached=False)[0], config, now)
        except Exception as exc:  # a crash is recorded, so that it too must stay the same
            return {"claims": claims, "derived": derived, "findings": [], "summary": repr(exc)}
        findings = [f.to_dict() for f in result.findings]
        summary = result.summary.to_dict()
        return {"claims": claims, "derived": derived, "findings": findings, "summary": summary}
    finally:
        os.chdir(cwd)


def _derived(found: api.ArticleClaims, config: Config) -> list[object]:
    try:
        return [asdict(d) for d in derive(found.article.text, found.article.source, found.claims, config)]
    except Exception as exc:
        return [repr(exc)]


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folders = _folders(Path(tmp))
        names = [str(f.relative_to(ROOT)) for f in folders[:-1]] + ["generated (60 articles)"]
        document = {name: snapshot(f) for name, f in zip(names, folders, strict=True)}
    out.write_text(json.dumps(document, indent=1, sort_keys=True, default=str), encoding="utf-8")
    counts = {
        k: (len(v["claims"]), sum(map(len, v["derived"])), len(v["findings"])) for k, v in document.items()
    }
    for name, (claims, derived, findings) in counts.items():
        print(f"{name:40} {claims:6} claims {derived:5} derived {findings:5} findings")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
