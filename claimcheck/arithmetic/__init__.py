"""Arithmetic inside one article: recompute what an article derives from its own figures.

statcheck recomputes a paper's p-values from its test statistics; this package
recomputes an article's conversions, ratios, percentages, growth, totals and
shares from the figures it states, with intervals from the precision as written.
``facts`` gathers what one article offers, ``tie`` finds the figures a statement
rests on, ``evaluate`` decides whether it holds and ``findings`` reports it.
"""
