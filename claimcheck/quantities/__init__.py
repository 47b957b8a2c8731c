"""Text to quantities: numbers, scale words, currencies, units and exchange rates.

``parse(text) -> list[Quantity]`` is the stage's face (the outside contract).
"""

from claimcheck.quantities.scanner import parse

__all__ = ["parse"]
