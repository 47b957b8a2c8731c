"""One regular expression for many literal words, factored as a trie.

Python's ``re`` tries the alternatives of ``(?:alpha|beta|...)`` one after the other at every
position, so a list of n words costs n tests per character of the text: a few hundred names made
entity look-up the slowest step on long texts. The same words factored by shared prefixes
(``(?:al(?:pha|so)|beta)``) are tested one character at a time, whatever their number.

The match is the one the longest-first alternation gives: at a position, the longest word that
matches there (and whatever follows the group still matches), since at each node of the trie only
the child the text's next character names can match, and a word that ends at a node is tried only
after every longer word through it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
# The edges of a Latin word. Chinese runs on without spaces, so a Chinese character beside a
# Latin name or keyword is as good as a space ("灵序-M2的MMLU得分为84.1").
# (Case-sensitive whatever the pattern's flags: it matches the same characters either way, every
# code point checked, and under re.I re took four times as long to compile its Chinese range.)
NOT_AFTER_WORD = r"(?<!(?-i:[^\W\u4e00-\u9fff]))"
NOT_BEFORE_WORD = r"(?!(?-i:[^\W\u4e00-\u9fff]))"
# The Chinese characters the edges above set apart.
HAN = re.compile(r"[\u4e00-\u9fff]")


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern (no group around it) matching any of ``words``, longest first where they overlap."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node(root)


def _node(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _node(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
