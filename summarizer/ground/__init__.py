"""Ground English bullets in the article they summarise.

For each bullet this package finds the article sentences that support it (ranked by a ROUGE-style,
IDF-weighted token overlap between the bullet and each sentence's English translation) and flags
what the article does not support: numbers, dates and weekdays, and capitalised names that occur
in neither the Indonesian source text nor its translation, and bullets that no sentence supports.

One module per sub-problem: ``numbers``, ``dates``, ``names``, ``overlap`` (scoring and source
choice), ``words`` (the word tables), ``text`` (shared primitives) and ``bullets`` (grounding a
summary). Everything here is pure Python: no models, no I/O, nothing heavy at import.
"""

from __future__ import annotations

from summarizer.ground._bullets import DEFAULT_MAX_SOURCES, DEFAULT_MIN_SCORE, ground_bullets
from summarizer.ground._dates import extract_dates
from summarizer.ground._names import extract_names
from summarizer.ground._numbers import extract_numbers
from summarizer.ground._overlap import support_score

__all__ = [
    "DEFAULT_MAX_SOURCES",
    "DEFAULT_MIN_SCORE",
    "extract_dates",
    "extract_names",
    "extract_numbers",
    "ground_bullets",
    "support_score",
]
