"""Checks on what a model generated: repetition loops and empty output.

Small pure functions, shared by translation and summarisation, so a constructed looping output can
be tested without any model.
"""

from __future__ import annotations

import re

from summarizer.models import GenerationOptions

# Outputs shorter than this many words are too short to judge for repetition.
MIN_WORDS_TO_JUDGE = 12
# Below this share of distinct word trigrams an output is a repetition loop.
MIN_DISTINCT_TRIGRAMS = 0.5
# An output this many times longer than its input (in tokens, plus slack) is a runaway.
MAX_LENGTH_RATIO = 3.0
LENGTH_SLACK_TOKENS = 12

_WORD = re.compile(r"\w+", re.UNICODE)


def distinct_trigram_ratio(text: str) -> float:
    """Share of distinct word trigrams among all trigrams (1.0 when there are none)."""
    words = _WORD.findall(text.lower())
    trigrams = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
    if not trigrams:
        return 1.0
    return len(set(trigrams)) / len(trigrams)


def is_runaway(input_tokens: int, output_tokens: int) -> bool:
    return output_tokens > MAX_LENGTH_RATIO * input_tokens + LENGTH_SLACK_TOKENS


def looks_repetitive(text: str, input_tokens: int, output_tokens: int) -> bool:
    """True for a repetition loop: far longer than its input, or few distinct trigrams."""
    if is_runaway(input_tokens, output_tokens):
        return True
    if len(_WORD.findall(text)) < MIN_WORDS_TO_JUDGE:
        return False
    return distinct_trigram_ratio(text) < MIN_DISTINCT_TRIGRAMS


def stricter(options: GenerationOptions) -> GenerationOptions:
    """Settings for a retry after a repetition loop: block repeated trigrams, penalise repeats."""
    return GenerationOptions(
        max_new_tokens=options.max_new_tokens,
        min_new_tokens=options.min_new_tokens,
        num_beams=max(options.num_beams, 2),
        no_repeat_ngram_size=3,
        repetition_penalty=max(options.repetition_penalty, 1.3),
        length_penalty=options.length_penalty,
    )
