"""An article's derived statements: ``derive(text, source, claims, config) -> list[Derived]``.

A derived statement is a figure the article says follows from other figures:
a conversion in the same breath, a ratio or multiple, a percent-of or
percent-lower, a growth rate, a total or share, or a figure in prose that a
table of the same article also gives. Each names its operands and states its
value as written (see ``derived_model``); the arithmetic rules recompute it.
Pure and picklable, like ``extract_text``, which it runs beside.
"""

from __future__ import annotations

import re

from claimcheck.config import Config
from claimcheck.entities.name_book import NameBook
from claimcheck.entities.registry import registry
from claimcheck.extract.context import name_book
from claimcheck.extract.derived_context import ArticleReading, Prose
from claimcheck.extract.derived_conversions import conversions
from claimcheck.extract.derived_growth import growth
from claimcheck.extract.derived_model import Derived
from claimcheck.extract.derived_ratios import ratios
from claimcheck.extract.derived_shares import shares
from claimcheck.extract.derived_tables import in_table, prose_against_tables, share_rows, table_lines
from claimcheck.extract.document import Document, Paragraph, Table, document
from claimcheck.model import Claim
from claimcheck.quantities.currencies import DEFAULT_SYMBOLS, article_symbols
from claimcheck.vocabulary import vocabulary

# What a sentence needs to state anything derived: a digit, or a multiple or change in words.
_CUE = re.compile(r"\d|twice|double|triple|quadruple|half|halved|third|quarter|fifth|sixth|tenth", re.I)


def _sentence(p: Prose) -> list[Derived]:
    def statement(kind, relation, stated, operands, offset):
        return p.article.statement(kind, relation, stated, operands, offset, p.text)

    found = conversions(p.text, p.quantities, p.start, statement) + growth(p) + ratios(p)
    taken = {_offset(p, d) for d in found}
    return found + shares(p, taken)


def _offset(p: Prose, d: Derived) -> int:
    """Where a statement's value starts, relative to its sentence."""
    return p.article.doc.line_starts[d.line - 1] + d.column - 1 - p.start


def derive(text: str, source: str, claims: list[Claim], config: Config) -> list[Derived]:
    """Every derived statement of one article, in order of appearance."""
    return derive_in(document(text), source, claims, config)


def derive_in(
    doc: Document, source: str, claims: list[Claim], config: Config, book: NameBook | None = None
) -> list[Derived]:
    """``derive`` for an article already split into blocks (``book``: its names, if already found)."""
    names = registry(config)
    symbols = article_symbols(doc.text, {**DEFAULT_SYMBOLS, **config.currency_symbols})
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    sentences = [s.text for b in paragraphs for s in b.sentences]
    vocab = vocabulary(config)
    book = book if book is not None else name_book(doc, names, vocab)
    article = ArticleReading(doc, source, names, vocab, symbols, sentences, book)
    found: list[Derived] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            found += in_table(block, article)
            continue
        if not isinstance(block, Paragraph):
            continue  # code states no arithmetic
        for sentence in block.sentences:
            if _CUE.search(sentence.text):
                found += _sentence(Prose(sentence.text, sentence.start, article))
            article.recent = [*article.recent[-2:], sentence.text]
    lines = table_lines([b for b in doc.blocks if isinstance(b, Table)], doc.position)
    found += share_rows(claims, lines, article) + prose_against_tables(claims, lines, article)
    unique = {(d.kind, d.relation, d.line, d.column, d.operands): d for d in found}
    return sorted(unique.values(), key=lambda d: (d.line, d.column, d.kind))
