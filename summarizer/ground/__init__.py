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
from summarizer.ground._dates import DateMention, date_mentions, date_readings, extract_dates
from summarizer.ground._names import extract_names, unsupported_name_spans
from summarizer.ground._numbers import NumberMention, extract_numbers, number_mentions
from summarizer.ground._overlap import support_score
from summarizer.ground._text import PART_RE, WORD_RE, Span, at_sentence_start, normal_word
from summarizer.ground._words import (
    EN_UNITS,
    EXONYMS,
    ID_SCALES,
    ID_UNITS,
    MONTHS_ID,
    STOPWORDS,
    WEEKDAYS_ID,
)

# The readings below are for the translation check (summarizer.check), which holds each English
# sentence against its source with the same number, date and name knowledge.

__all__ = [
    "DEFAULT_MAX_SOURCES",
    "DEFAULT_MIN_SCORE",
    "EN_UNITS",
    "EXONYMS",
    "ID_SCALES",
    "ID_UNITS",
    "MONTHS_ID",
    "PART_RE",
    "STOPWORDS",
    "WEEKDAYS_ID",
    "WORD_RE",
    "DateMention",
    "NumberMention",
    "Span",
    "at_sentence_start",
    "date_mentions",
    "date_readings",
    "extract_dates",
    "extract_names",
    "extract_numbers",
    "ground_bullets",
    "normal_word",
    "number_mentions",
    "support_score",
    "unsupported_name_spans",
]
