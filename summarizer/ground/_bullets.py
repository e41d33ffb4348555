"""Ground each bullet: pick its source sentences and flag the numbers, dates and names it adds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from summarizer.errors import InputError
from summarizer.ground._dates import (
    DateFacts,
    DateMention,
    date_facts,
    date_mentions,
    date_supported,
)
from summarizer.ground._names import article_words, unsupported_name_spans
from summarizer.ground._numbers import extract_numbers, number_mentions, number_readings
from summarizer.ground._overlap import Idf, Profile, idf, profile, select_sources, sentence_profile
from summarizer.ground._text import Span
from summarizer.result import Bullet, Flag, Sentence

DEFAULT_MAX_SOURCES = 3
DEFAULT_MIN_SCORE = 0.13
"""Below this overlap score a sentence does not count as support for a bullet."""


@dataclass(frozen=True)
class _Article:
    sentences: tuple[Sentence, ...]
    profiles: tuple[Profile, ...]
    idf: Idf
    numbers: frozenset[Decimal]
    dates: DateFacts
    words: frozenset[str]


def _analyse(sentences: Sequence[Sentence]) -> _Article:
    profiles = tuple(sentence_profile(sentence) for sentence in sentences)
    sources = [sentence.text for sentence in sentences]
    translations = [sentence.translation for sentence in sentences]
    numbers = {v for text in sources for v in extract_numbers(text, "id")}
    numbers |= {v for text in translations for v in extract_numbers(text, "en")}
    dates = date_facts([*((t, "id") for t in sources), *((t, "en") for t in translations)])
    numbers |= {Decimal(year) for year in dates.years}
    words = article_words(sources, translations)
    return _Article(tuple(sentences), profiles, idf(profiles), frozenset(numbers), dates, words)


def _number_flags(text: str, article: _Article, date_spans: list[Span]) -> list[tuple[int, Flag]]:
    flags = []
    for mention in number_mentions(text, "en"):
        span = mention.span
        if any(d.start <= span.start and span.end <= d.end for d in date_spans):
            continue
        if mention.spelled and mention.value == 1:
            continue  # "one of", "no one": too often not a quantity
        if number_readings(mention) & article.numbers:
            continue
        message = f"The number '{span.text}' does not appear in the article."
        flags.append((span.start, Flag("number", span.text, message)))
    return flags


def _date_flags(mentions: list[DateMention], article: _Article) -> list[tuple[int, Flag]]:
    flags = []
    for mention in mentions:
        if date_supported(mention, article.dates, article.numbers):
            continue
        noun = "day" if mention.weekday is not None else "date"
        message = f"The {noun} '{mention.span.text}' does not appear in the article."
        flags.append((mention.span.start, Flag("date", mention.span.text, message)))
    return flags


def _name_flags(text: str, article: _Article) -> list[tuple[int, Flag]]:
    return [
        (
            span.start,
            Flag("name", span.text, f"The name '{span.text}' does not appear in the article."),
        )
        for span in unsupported_name_spans(text, article.words)
    ]


def _flags(text: str, article: _Article, supported: bool) -> tuple[Flag, ...]:
    dates = date_mentions(text, "en")
    found = _date_flags(dates, article)
    found += _number_flags(text, article, [mention.span for mention in dates])
    found += _name_flags(text, article)
    if not supported:
        message = "No sentence in the article supports this bullet."
        found.append((-1, Flag("unsupported", text.strip(), message)))
    unique: dict[tuple[str, str], tuple[int, Flag]] = {}
    for position, flag in sorted(found, key=lambda pair: pair[0]):
        unique.setdefault((flag.kind, flag.span), (position, flag))
    return tuple(flag for _, flag in unique.values())


def _ground_one(text: str, article: _Article, max_sources: int, min_score: float) -> Bullet:
    if not text.strip():
        raise ValueError("A bullet is empty; there is nothing to ground.")
    bullet = profile(text, known=article.numbers)
    picked = select_sources(bullet, article.profiles, article.idf, max_sources, min_score)
    flags = _flags(text, article, supported=bool(picked))
    return Bullet(
        text=text,
        sources=tuple(article.sentences[position].index for position, _ in picked),
        scores=tuple(score for _, score in picked),
        flags=flags,
    )


def ground_bullets(
    bullet_texts: Sequence[str],
    sentences: Sequence[Sentence],
    *,
    max_sources: int = DEFAULT_MAX_SOURCES,
    min_score: float = DEFAULT_MIN_SCORE,
) -> tuple[Bullet, ...]:
    """Link each English bullet to the article sentences that support it and flag what is not.

    ``sources`` holds sentence ``index`` values, best first, with their overlap ``scores`` in
    [0, 1]; a bullet merging facts from several sentences gets each of them. ``flags`` lists
    the numbers, dates/weekdays and names of the bullet that occur nowhere in the article (its
    source text or translation), and an "unsupported" flag when no sentence reaches ``min_score``.
    """
    if isinstance(bullet_texts, str):
        raise TypeError("bullet_texts must be a sequence of strings, not a single string")
    if max_sources < 1:
        raise ValueError("max_sources must be at least 1")
    if not 0.0 <= min_score <= 1.0:
        raise ValueError("min_score must be between 0 and 1")
    if not sentences:
        raise InputError(
            "The article has no sentences, so the summary cannot be checked against it."
        )
    article = _analyse(sentences)
    return tuple(_ground_one(text, article, max_sources, min_score) for text in bullet_texts)
