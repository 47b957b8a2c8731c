"""Text to claims: ``extract_text(text, source, config) -> list[Claim]``.

Pure and picklable, so articles can be read in worker processes.
"""

from __future__ import annotations

import datetime as dt

from claimcheck.config import Config
from claimcheck.entities.registry import registry, subject
from claimcheck.extract import prose, tables
from claimcheck.extract.build import build
from claimcheck.extract.context import Context, Reading
from claimcheck.extract.document import Document, Paragraph
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.currencies import DEFAULT_SYMBOLS
from claimcheck.quantities.rates import Rates
from claimcheck.vocabulary import vocabulary


def extract_text(text: str, source: str, config: Config, *, date: dt.date | None = None) -> list[Claim]:
    """Every numeric claim an article makes, in order of appearance.

    ``date`` (the file's publication date, or ``--date``) overrides the dateline in the text.
    """
    doc = Document(text)
    names = registry(config)
    date = date or article_date(text.splitlines()[:8])
    symbols = {**DEFAULT_SYMBOLS, **config.currency_symbols}
    ctx = Context(doc, names, vocabulary(config), symbols, None, date)
    sentences = [s for block in doc.blocks if isinstance(block, Paragraph) for s in block.sentences]
    ctx.subject = subject([m for s in sentences for m in ctx.mentions_in(s.text, s.start)])
    readings: list[Reading] = []
    table_subject = ctx.subject
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            mentions = []
            for sentence in block.sentences:
                readings += prose.read(sentence, ctx)
                mentions += ctx.previous
            table_subject = subject(mentions) or ctx.subject
        else:
            readings += tables.read(block, ctx, table_subject)
    return build(readings, source, doc, ctx.vocab, Rates.from_config(config.fx), date)
