"""The fact-checker's commands: explain, claims, entities, metrics, review and report.

They register on the app of ``claimcheck.cli`` and share its options; each is a
thin layer over the API, the store's editor and a reporter.
"""

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli.common import ConfigPath, Fx, Jobs, NoStore, Paths, Store, app, config_for, user_errors
from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from claimcheck.api import Workbench
    from claimcheck.config import Config


class ExplainFormat(enum.StrEnum):
    text = "text"
    json = "json"


class ClaimsFormat(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ListFormat(enum.StrEnum):
    table = "table"
    json = "json"


class Sort(enum.StrEnum):
    claims = "claims"
    sources = "sources"
    name = "name"


class ReviewState(enum.StrEnum):
    unreviewed = "unreviewed"
    accepted = "accepted"
    rejected = "rejected"
    added = "added"
    reviewed = "reviewed"


Limit = Annotated[int | None, typer.Option("--limit", min=1, help="Show at most this many rows.")]
SortBy = Annotated[Sort, typer.Option("--sort", help="Order: most claims, most sources, or by name.")]


def _bench(
    paths: list[str] | None, cfg: "Config", store: Path | None, no_store: bool, jobs: int
) -> "Workbench":
    from claimcheck import api

    return api.workbench(paths or [], cfg, store_from=_folder(cfg, store, no_store), jobs=jobs)


def _folder(cfg: "Config", store: Path | None, no_store: bool) -> Path | None:
    from claimcheck import api

    return None if no_store else api.store_dir(cfg, store)


@app.command()
@user_errors
def explain(
    finding_or_claim: Annotated[
        str, typer.Argument(metavar="ID", help="A finding id (f-…) or a claim id (c-…).")
    ],
    paths: Paths = None,
    output: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExplainFormat.text,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """Why a finding was raised, or where a claim came from: each step from the text to the value compared."""
    from claimcheck.report import explain as render
    from claimcheck.trace.explain import explain as trace

    cfg = config_for(config, fx)
    found = trace(_bench(paths, cfg, store, no_store, jobs), cfg, finding_or_claim.strip())
    (render.as_json if output == ExplainFormat.json else render.text)(found, sys.stdout)


@app.command()
@user_errors
def claims(
    paths: Paths = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Claims about this entity (any of its names).")
    ] = None,
    metric: Annotated[
        str | None, typer.Option("--metric", help="Claims of this metric id (mmlu, valuation…).")
    ] = None,
    period: Annotated[str | None, typer.Option("--period", help="Claims compared under this period.")] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Claims of this article (a path or its end).")
    ] = None,
    hedged: Annotated[bool, typer.Option("--hedged", help="Only hedged claims (~, est., rumored…).")] = False,
    review: Annotated[
        ReviewState | None, typer.Option("--review", help="Only claims in this review state.")
    ] = None,
    output: Annotated[
        ClaimsFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ClaimsFormat.table,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """Browse the claims the articles make, with their ids, filtered."""
    from claimcheck import api, browse
    from claimcheck.entities.registry import registry
    from claimcheck.report.browse import CLAIM_FORMATS

    cfg = config_for(config, fx)
    read, _ = api.reviewed_articles(paths or [], cfg, store_from=_folder(cfg, store, no_store), jobs=jobs)
    found = [c for article in read for c in article.claims]
    wanted = browse.Filters(entity, metric, period, source, hedged, review.value if review else None)
    CLAIM_FORMATS[output.value](browse.select(found, wanted, registry(cfg)), sys.stdout)


@app.command()
@user_errors
def entities(
    paths: Paths = None,
    sort: SortBy = Sort.claims,
    limit: Limit = None,
    output: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """The entities the articles give figures for, with counts and every name merged into each."""
    from claimcheck import api, browse
    from claimcheck.entities.registry import registry
    from claimcheck.report import browse as render

    cfg = config_for(config, fx)
    read, _ = api.reviewed_articles(paths or [], cfg, store_from=_folder(cfg, store, no_store), jobs=jobs)
    found = [c for a in read for c in a.claims if c.status != "rejected"]
    rows = browse.ordered(browse.entities(found, registry(cfg)), sort.value, limit)
    (render.listing_json if output == ListFormat.json else render.listing_table)(
        rows, "entities", "metrics", sys.stdout
    )


@app.command()
@user_errors
def metrics(
    paths: Paths = None,
    sort: SortBy = Sort.claims,
    limit: Limit = None,
    output: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """The metrics the articles give figures for, with counts and every word read as each."""
    from claimcheck import api, browse
    from claimcheck.report import browse as render
    from claimcheck.vocabulary import vocabulary

    cfg = config_for(config, fx)
    read, _ = api.reviewed_articles(paths or [], cfg, store_from=_folder(cfg, store, no_store), jobs=jobs)
    found = [c for a in read for c in a.claims if c.status != "rejected"]
    texts = {a.article.source: a.article.text for a in read}
    rows = browse.ordered(browse.metrics(found, vocabulary(cfg), texts), sort.value, limit)
    (render.listing_json if output == ListFormat.json else render.listing_table)(
        rows, "metrics", "entities", sys.stdout
    )


@app.command()
@user_errors
def review(
    claim_id: Annotated[
        str | None, typer.Argument(metavar="ID", help="The claim id (c-…) to review.")
    ] = None,
    reject: Annotated[
        bool, typer.Option("--reject", help="The claim is wrong: leave it out of check.")
    ] = False,
    confirm: Annotated[bool, typer.Option("--confirm", help="The claim is read right: record it.")] = False,
    sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set", help="Correct the reading: value=…, entity=…, metric=…, period=… (repeatable)."
        ),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why, in a sentence.")] = None,
    by: Annotated[
        str | None, typer.Option("--by", help="Who reviews (default: git config user.name).")
    ] = None,
    listing: Annotated[bool, typer.Option("--list", help="List every review in the store.")] = False,
    output: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Format of --list.")
    ] = ListFormat.table,
    store: Store = None,
    fx: Fx = None,
    config: ConfigPath = None,
) -> None:
    """Review a claim in the claims store (who and when recorded), or list every review."""
    from claimcheck import api
    from claimcheck.report.browse import reviewed
    from claimcheck.store import edit

    cfg = config_for(config, fx)
    folder = api.store_dir(cfg, store)
    if listing:
        _list_reviews(folder, output)
        return
    if claim_id is None:
        raise ClaimcheckError("review: give a claim id (c-…), or --list")
    if reject and confirm:
        raise ClaimcheckError("review: --reject and --confirm cannot both hold")
    change = edit.Change(
        "rejected" if reject else "accepted" if confirm else None,
        edit.parse_sets(sets or []),
        note,
        edit.reviewer(by, cfg.root),
    )
    if change.status is None and not change.sets and note is None:
        raise ClaimcheckError("review: nothing to record: --reject, --confirm, --set FIELD=VALUE or --note")
    done = api.record_review(cfg, folder, claim_id.strip(), change)
    typer.echo(reviewed(done.before, done.after, change.by or ""))
    typer.echo(f"claims store: {done.path}", err=True)


def _list_reviews(folder: Path, output: ListFormat) -> None:
    from claimcheck.report import browse as render
    from claimcheck.store import edit

    found = edit.listing(folder)
    (render.reviews_json if output == ListFormat.json else render.reviews_table)(found, sys.stdout)


@app.command()
@user_errors
def report(
    paths: Paths = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write a self-contained HTML page to this file.")
    ] = None,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """A report a person would rather look at: findings side by side and one chart per comparison."""
    from claimcheck.entities.registry import registry
    from claimcheck.report import html as page
    from claimcheck.vocabulary import vocabulary

    if html is None:
        raise ClaimcheckError("report: say where to write it: --html FILE")
    cfg = config_for(config, fx)
    bench = _bench(paths, cfg, store, no_store, jobs)
    labels = {mid: m.label for mid, m in vocabulary(cfg).metrics.items()}
    try:
        html.write_text(page.render(bench, registry(cfg).family_of, labels), encoding="utf-8")
    except OSError as exc:
        raise ClaimcheckError(f"{html}: cannot write the report: {exc.strerror}") from None
    summary = bench.result.summary
    typer.echo(f"report: {html} ({sum(summary.findings.values())} findings)", err=True)
