"""Overlap scoring: how well an article sentence supports a bullet, and which sentences to cite.

A ROUGE-style score: IDF-weighted unigram F-beta (recall-heavy) plus bigram recall, over light-
stemmed content words with numbers read as values ("11,000" and "11.000" are one token).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from summarizer.ground._numbers import (
    NumberMention,
    canonical,
    extract_numbers,
    number_mentions,
    number_readings,
)
from summarizer.ground._text import PART_RE, at_sentence_start, is_capitalised, normal_word
from summarizer.ground._words import STOPWORDS
from summarizer.result import Sentence

_RECALL_BETA = 2.0  # F-beta of weighted unigram overlap: recall of bullet tokens counts 4x.
_BIGRAM_SHARE = 0.25  # Share of the score that comes from bigram recall (phrase matches).
_MIN_GAIN = 0.15  # A further source must cover this share of the bullet's (weighted) tokens.
_MIN_NEW_TOKENS = 2  # ... and at least this many of them.
_NEAR_BEST = 0.85  # A sentence scoring this close to the best one is listed as a source too.
_ABSENT_RARITY = 1.0  # A bullet token found in no sentence weighs like one in this many sentences.

_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _stem(word: str) -> str:
    """A light suffix stemmer: plurals, -ing, -ed; then a final "e" ("moved" ~ "move")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: -len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@dataclass(frozen=True)
class Profile:
    tokens: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    facts: frozenset[str] = frozenset()  # numbers and capitalised words (names, dates)


def _number_token(mention: NumberMention, known: frozenset[Decimal]) -> str:
    found = sorted(number_readings(mention) & known) if known else []
    return "#" + canonical(found[0] if found else mention.value)


def _token_sequence(text: str, known: frozenset[Decimal] = frozenset()) -> list[tuple[str, bool]]:
    """Normalised content tokens in order, each with whether it is a fact (number or name)."""
    numbers = number_mentions(text, "en")
    masked = [(m.span.start, m.span.end) for m in numbers]
    items = [(m.span.start, _number_token(m, known), True) for m in numbers]
    for match in PART_RE.finditer(text):
        if any(start <= match.start() < end for start, end in masked):
            continue
        word = normal_word(match.group())
        if word not in STOPWORDS and len(word) > 1:
            fact = is_capitalised(match.group()) and not at_sentence_start(text, match.start())
            items.append((match.start(), _stem(word), fact))
    return [(token, fact) for _, token, fact in sorted(items)]


def profile(
    text: str, extra: Iterable[str] = (), known: frozenset[Decimal] = frozenset()
) -> Profile:
    """The tokens of ``text`` (plus ``extra``); a number equal to one in ``known`` reads as it."""
    sequence = _token_sequence(text, known)
    tokens = [token for token, _ in sequence]
    return Profile(
        tokens=frozenset([*tokens, *extra]),
        bigrams=frozenset(itertools.pairwise(tokens)),
        facts=frozenset(token for token, fact in sequence if fact),
    )


def sentence_profile(sentence: Sentence) -> Profile:
    """A sentence's translation, plus the numbers of its Indonesian source text."""
    source_numbers = ["#" + canonical(value) for value in extract_numbers(sentence.text, "id")]
    return profile(sentence.translation, source_numbers)


@dataclass(frozen=True)
class Idf:
    """Token weights 1 + ln(N / df); tokens the article lacks weigh as if in a single sentence."""

    weights: dict[str, float]
    absent: float = 1.0
    counts: dict[str, int] = field(default_factory=dict)  # df: sentences holding each token

    def __call__(self, tokens: Iterable[str]) -> float:
        return sum(self.weights.get(token, self.absent) for token in tokens)


def idf(profiles: Sequence[Profile]) -> Idf:
    counts = Counter(token for profile in profiles for token in profile.tokens)
    total = len(profiles)
    weights = {token: 1.0 + math.log(total / count) for token, count in counts.items()}
    absent = 1.0 + math.log(total / _ABSENT_RARITY) if total > 1 else 1.0
    return Idf(weights, absent, dict(counts))


def score(bullet: Profile, sentence: Profile, weigh: Idf) -> float:
    common = bullet.tokens & sentence.tokens
    if not common:
        return 0.0
    shared = weigh(common)
    recall = shared / weigh(bullet.tokens)
    precision = shared / weigh(sentence.tokens)
    beta2 = _RECALL_BETA**2
    f_score = (1 + beta2) * precision * recall / (beta2 * precision + recall)
    bigram_recall = (
        len(bullet.bigrams & sentence.bigrams) / len(bullet.bigrams) if bullet.bigrams else recall
    )
    return (1 - _BIGRAM_SHARE) * f_score + _BIGRAM_SHARE * bigram_recall


def support_score(bullet: str, translation: str) -> float:
    """Overlap score in [0, 1] of one bullet against one English sentence (no IDF weighting)."""
    return round(score(profile(bullet), profile(translation), Idf({})), 3)


def _gain(bullet: Profile, sentence: Profile, covered: frozenset[str], weigh: Idf) -> float:
    """Share of the bullet's weight that ``sentence`` covers beyond ``covered``.

    One new word alone (a shared "last" or "satellite") is no evidence of a second source, unless
    it is a number or name that no other sentence holds ("October" from "Monday, 30 October").
    """
    new = (bullet.tokens & sentence.tokens) - covered
    unique_fact = len(new) == 1 and all(t in bullet.facts and weigh.counts.get(t) == 1 for t in new)
    if len(new) < _MIN_NEW_TOKENS and not unique_fact:
        return 0.0
    return weigh(new) / weigh(bullet.tokens)


def _greedy_sources(
    bullet: Profile,
    profiles: Sequence[Profile],
    weigh: Idf,
    scores: list[float],
    limit: int,
    min_score: float,
) -> list[int]:
    """Best sentence first, then each sentence that covers enough new bullet tokens."""
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    chosen = [best]
    covered = bullet.tokens & profiles[best].tokens
    while len(chosen) < limit:
        candidates = [i for i in range(len(scores)) if i not in chosen and scores[i] >= min_score]
        gains = {i: _gain(bullet, profiles[i], covered, weigh) for i in candidates}
        pick = max(gains, key=lambda i: (gains[i], scores[i], -i), default=None)
        if pick is None or gains[pick] < _MIN_GAIN:
            break
        chosen.append(pick)
        covered |= bullet.tokens & profiles[pick].tokens
    return chosen


def select_sources(
    bullet: Profile, profiles: Sequence[Profile], weigh: Idf, max_sources: int, min_score: float
) -> list[tuple[int, float]]:
    """Sources as (position in ``profiles``, score), best first; empty when none is good enough.

    The greedy picks come first (so a bullet merging several sentences gets all of them), then
    sentences scoring nearly as well as the best one (the article may repeat a fact).
    """
    scores = [score(bullet, sentence, weigh) for sentence in profiles]
    if max(scores) < min_score or max(scores) == 0.0:
        return []  # nothing in common with any sentence is never support, whatever min_score
    chosen = _greedy_sources(bullet, profiles, weigh, scores, max_sources, min_score)
    near_floor = max(min_score, _NEAR_BEST * max(scores))
    near = [i for i in range(len(scores)) if i not in chosen and scores[i] >= near_floor]
    near.sort(key=lambda i: (-scores[i], i))
    chosen.extend(near[: max_sources - len(chosen)])
    chosen.sort(key=lambda i: (-scores[i], i))
    return [(i, round(scores[i], 3)) for i in chosen]
