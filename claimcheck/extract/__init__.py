"""Text to claims: ``extract_text(text, source, config) -> list[Claim]``.

Pure and picklable, so articles can be read in worker processes. ``read_article`` also
returns the article's coverage (numbers, claims, and why the rest were skipped).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, partial

from claimcheck.config import Config
from claimcheck.entities.name_book import NameBook
from claimcheck.entities.registry import Entity, Registry, registry
from claimcheck.extract import carryover, coverage, parts, prose, tables
from claimcheck.extract.build import build
from claimcheck.extract.context import QUANT, Context, Reading, name_book
from claimcheck.extract.dateline import article_day
from claimcheck.extract.dates import article_date, as_of_note
from claimcheck.extract.discourse import dominant
from claimcheck.extract.document import Code, Document, Paragraph, Sentence, Table, document
from claimcheck.extract.labels import per_token_of
from claimcheck.extract.periods import find_periods
from claimcheck.extract.shape import NO_SEGMENT
from claimcheck.model import Claim
from claimcheck.quantities import forget, parse
from claimcheck.quantities.currencies import DEFAULT_SYMBOLS, article_symbols
from claimcheck.quantities.rates import Rates
from claimcheck.quantities.stated_rates import statements
from claimcheck.quantities.units import currencies_in
from claimcheck.vocabulary import vocabulary


@dataclass(frozen=True)
class ArticleReading:
    """An article's claims and its coverage."""

    claims: list[Claim]
    coverage: coverage.Report
    book: NameBook  # the names the article introduces, for the in-article arithmetic to reuse


def extract_text(text: str, source: str, config: Config, *, date: dt.date | None = None) -> list[Claim]:
    """Every numeric claim an article makes, in order of appearance."""
    return read_article(text, source, config, date=date).claims


def read_article(text: str, source: str, config: Config, *, date: dt.date | None = None) -> ArticleReading:
    """An article's claims and what it holds that did not become one.

    ``date`` (the file's publication date, or ``--date``) overrides the dateline in the text.
    """
    forget()
    doc = document(text)
    names = registry(config)
    date = date or article_day(text)
    symbols = article_symbols(text, {**DEFAULT_SYMBOLS, **config.currency_symbols})
    vocab = vocabulary(config)
    book = name_book(doc, names, vocab)
    rates = list(statements(text, symbols))
    ctx = Context(doc, names, vocab, symbols, date, book, as_of_day=as_of_note(text))
    ctx.coverage.rates += [(a, b) for a, b, _, _ in rates]
    ctx.family = _card_family(doc, ctx)
    ctx.discourse.article_subject = _subject(doc, ctx)
    ctx.discourse.article_fiscal_year = cache(partial(_only_fiscal_year, doc, date))
    ctx.discourse.day = date
    readings = _headline_as_told(_dated_later(_read_blocks(doc, ctx), ctx.discourse.dated_quarters), doc)
    stated = {currency: rate for _, _, currency, rate in reversed(rates)}  # the first statement wins
    readings = [
        carryover.yoy_over_long_periods(_named_variant(r, names), vocab.metric(r.of or r.metric).moving)
        for r in readings
    ]
    claims = build(readings, source, doc, vocab, Rates.from_config(config.fx).with_stated(stated), date)
    spans = [(r.offset, r.offset + max(1, len(r.quantity.text))) for r in readings]
    mentioned = [
        (s.start + m.start, s.start + m.end)
        for s in _sentences(doc)
        for m in ctx.mentions_in(s.text, s.start)
    ]
    return ArticleReading(claims, coverage.report(text, ctx.coverage, spans, mentioned, doc.position), book)


# "## Base Model Results", "## Chat Models by Size": a heading naming a variant and no model
_VARIANT_HEADING = re.compile(
    r"\W*(?P<w>[A-Za-z-]+)[\s-]+(?:(?:models?|checkpoints?)\b|results|evaluations?|benchmarks?|performance|scores)",
    re.I,
)


def _variant_of(heading: str, ctx: Context) -> str | None:
    m = _VARIANT_HEADING.match(heading)
    return ctx.registry.variant_word(m.group("w")) if m else None


_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+\s*(?:%|[KMB]\b)")  # not a year
_FULL_PRECISION = re.compile(r"(?i)(?:BF16|FP16|FP32|F16|F32|full[\s-]precision)")


def _named_variant(r: Reading, names: Registry) -> Reading:
    """``Foxglove-2-27B-Chat`` is ``Foxglove-2-27B`` in its Chat variant, as a ``Chat`` column
    beside ``Foxglove-2-27B`` says: one model, whichever way the article writes it. A BF16 row
    of a quantisation table is the model as released, no variant of it."""
    if r.variant and _FULL_PRECISION.fullmatch(r.variant):
        r = replace(r, variant=None)
    head, _, tail = r.entity.rpartition("-")
    word = names.variant_word(tail) if head else None
    # "Quill-2-32B-Instruct" above a table of FP8 and INT4 rows: the Instruct model's quantised builds
    quantised = bool(r.variant and QUANT.match(r.variant))
    # (a table under "Quantised Instruct checkpoints" may have named the variant already)
    told = bool(
        word and r.variant and r.variant.startswith(f"{word} ") and QUANT.match(r.variant.split()[-1])
    )
    if (
        word is None
        or (r.variant not in (None, word) and not quantised and not told)
        or not any(ch.isdigit() for ch in head)
    ):
        return r
    if names.known(r.entity) is not None:
        return r  # a registered name is its own entity
    variant = r.variant if told else f"{word} {r.variant}" if quantised else word
    return replace(r, entity=head, variant=variant)


def _headline_as_told(readings: list[Reading], doc: Document) -> list[Reading]:
    """``Nautilus Raises $450 Million at $6.5 Billion Valuation`` over "a post-money valuation of
    $6.5 billion", ``Q2 revenue jumps 38 pct`` over "up 38% year on year": a headline's figure is
    the body's, told there with its basis, its change's base and its period."""
    # (the headline and the lines above the story: all that comes before its first paragraph; a
    # long headline is a paragraph of one sentence with no full stop)
    prose = [b for b in doc.blocks if isinstance(b, Paragraph) and b.kind == "prose"]
    if prose and doc.blocks[0] is prose[0] and len(prose[0].sentences) == 1:
        prose = prose[1:] if not _ENDS_SENTENCE.search(prose[0].sentences[0].text) else prose
    end = prose[0].start if prose else 0
    told = [r for r in readings if r.offset >= end]
    out = []
    for r in readings:
        same = next((t for t in told if _restates(r, t)), None) if r.offset < end else None
        out.append(_as_told(r, same) if same else r)
    return out


_ENDS_SENTENCE = re.compile(r"[.!?。！？][\"'”’)]*\s*$")


def _as_told(headline: Reading, body: Reading) -> Reading:
    return replace(
        headline,
        basis=headline.basis or body.basis,
        change=body.change if headline.change == "unspecified" and body.change else headline.change,
        period=headline.period or body.period,
    )


def _restates(headline: Reading, body: Reading) -> bool:
    a, b = headline.quantity, body.quantity
    return (
        (headline.entity, headline.metric, headline.of) == (body.entity, body.metric, body.of)
        and headline.period in (None, body.period)
        and a.unit == b.unit
        and abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    )


def _dated_later(readings: list[Reading], dated: dict[str, str]) -> list[Reading]:
    """Readings of an open fiscal quarter that a later sentence dated, with the dated quarter."""
    if not dated:
        return readings
    return [
        replace(
            r,
            period=dated.get(r.period or "", r.period),
            context_period=dated.get(r.context_period or "", r.context_period),
        )
        for r in readings
    ]


def _only_fiscal_year(doc: Document, date: dt.date | None) -> str | None:
    """The one fiscal year an article names (``FY2026``, "the year ending March 2026"), if only one."""
    years = {
        p.period
        for s in _sentences(doc)
        for p in find_periods(s.text, date)
        if p.kind == "fiscal_year" and p.period and p.period[2:6].isdigit()
    }
    return years.pop() if len(years) == 1 else None


def _read_blocks(doc: Document, ctx: Context) -> list[Reading]:
    readings: list[Reading] = []
    previous = ""
    for block in doc.blocks:
        if isinstance(block, Code):
            ctx.coverage.code.append((block.start, block.end))
        elif isinstance(block, Table):
            readings += tables.read(block, ctx, ctx.discourse.table_subject())
        elif block.kind == "heading":
            _heading(block, doc, ctx)
            before = ctx.discourse.period
            readings += _read_sentences(block, ctx)
            if not _headline(
                block, doc
            ):  # ("raises 2025 forecast": what a headline is about is told below it)
                ctx.discourse.heading_read(before)
        else:
            if block.kind != "item" or previous != "item":
                ctx.discourse.new_paragraph()
            if block.kind != "item":
                ctx.discourse.lead = ""  # a lead-in ("… expects:") speaks for the list under it only
            readings += _read_sentences(block, ctx)
            ctx.discourse.per_token = _prices_stated_per(block, ctx.symbols) or ctx.discourse.per_token
        previous = block.kind if isinstance(block, Paragraph) else ""
    return readings


def _headline(block: Paragraph, doc: Document) -> bool:
    """Whether a heading is the article's plain first line, its headline."""
    return block is doc.blocks[0] and doc.text[block.start : block.start + 1] != "#"


def _heading(block: Paragraph, doc: Document, ctx: Context) -> None:
    """What a heading puts in view: its entity and variant, and the part a segment summary's
    sub-heading names."""
    text = " ".join(s.text for s in block.sentences)
    # "Bay Capital Journal - March 18, 2025": a byline's outlet is not what follows is about
    byline = article_date([text]) is not None
    named = [
        m
        for m in ctx.mentions_in(text, block.start)
        if m.entity.type in ("org", "model", "name") and not byline
    ]
    variant = ctx.registry.variant_after(text, named[0].end)[0] if named else _variant_of(text, ctx)
    # "⭐ 8,915 · Apache-2.0 · Built by …": a short line of figures under a page's title is
    # no new heading (only a marked one, "## …", is whatever it holds)
    if doc.text[block.start : block.start + 1] != "#" and _FIGURE.search(text):
        return
    # (an article's plain headline, "Veridane lifts profit as freight slumps", names no measure for
    # the lines under it, as a section's "## Quarterly Revenue" does)
    headline = _headline(block, doc)
    ctx.discourse.new_heading(named[0].entity if named else None, variant, "" if headline else text)
    # (an untyped capitalised name may be the part itself: "Data Center"; and only a heading
    # under a segment summary can name a part, so only its words are looked up)
    known = [m for m in named if m.entity.type != "name"]
    listing = ctx.discourse.parts_lead is not None
    said = listing and bool(known or ctx.vocab.hits(text) or find_periods(text))
    level = len(re.match(r"#*", doc.text[block.start : block.start + 7]).group())
    ctx.discourse.part, ctx.discourse.parts_lead = parts.heading_part(
        text, level, ctx.discourse.parts_lead, said
    )


_PRICES_PER = re.compile(r"(?i)\b(?:prices?|priced|rates?|billed|metered|charged)\b")


def _prices_stated_per(block: Paragraph, symbols: dict[str, str]) -> str | None:
    """What the price tables after a line such as "All prices are per 1 million tokens" are per.

    A sentence that states an amount ("charges ¥0.008 per 1,000 tokens") gives one price, not
    the unit of a table.
    """
    for s in block.sentences:
        if not _PRICES_PER.search(s.text):
            continue
        if any(currencies_in(q.unit) for q in parse(s.text, currency_symbols=symbols)):
            continue
        found = per_token_of(s.text)
        if found:
            return found
    return None


# "Revenue: $3.95 billion": a fact sheet's label line, as a segment's block under its heading holds
_LABEL_LINE = re.compile(r"[^.:\n]{1,40}:\s*\S[^\n]{0,40}")


def _read_sentences(block: Paragraph, ctx: Context) -> list[Reading]:
    if block.kind != "heading" and not all(_LABEL_LINE.fullmatch(s.text.strip()) for s in block.sentences):
        ctx.discourse.part = None  # a paragraph of prose is the company's again
    readings = [r for sentence in block.sentences for r in prose.read(sentence, ctx)]
    part = ctx.discourse.part
    if part is None:
        return readings
    # under a segment's heading, a figure that names no part of its own is that segment's
    return [
        replace(r, segment=part) if r.segment is None and r.metric not in NO_SEGMENT else r for r in readings
    ]


def _sentences(doc: Document) -> list[Sentence]:
    return [s for b in doc.blocks if isinstance(b, Paragraph) for s in b.sentences]


def _card_family(doc: Document, ctx: Context) -> Entity | None:
    """The model family a page is titled with (``# Corvid-4``), when its name gives no size."""
    first = doc.blocks[0] if doc.blocks else None
    if not isinstance(first, Paragraph) or first.kind != "heading" or not first.sentences:
        return None
    if _headline(first, doc):
        return None  # a plain headline, not a page's "# title"
    models = [m.entity for m in ctx.names_in(first.sentences[0].text) if m.entity.type == "model"]
    family = models[0] if models else None
    return family if family is not None and not re.search(r"\d[BMT]\b", family.name) else None


def _subject(doc: Document, ctx: Context) -> Entity | None:
    """The organisation the article is about, if one dominates it."""
    sentences = _sentences(doc)
    if not sentences:
        return None
    headline = ctx.mentions_in(sentences[0].text, sentences[0].start)
    body = [m for s in sentences for m in ctx.mentions_in(s.text, s.start)]
    return dominant(headline, body)
