"""Text to quantities: numbers, scale words, currencies, units and exchange rates.

``parse(text) -> list[Quantity]`` is the stage's face (the outside contract).
"""

from claimcheck.quantities.parse import forget, parse

__all__ = ["forget", "parse"]
