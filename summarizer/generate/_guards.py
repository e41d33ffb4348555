"""The one guard-and-retry policy for what a model generated, shared by translation and
summarisation.

An output is checked for three problems (:class:`Problem`): empty, a repetition loop, or cut at the
length limit. One with a problem is generated once more, alone, with settings that address it
(:func:`retry_options`: stricter for empty or looping output, the model's whole window for a cut
one); an output still empty after that is an error, any other problem left is reported to the
caller (:class:`Guarded`), who words the warning. :func:`generate_guarded` applies it.

The checks are small pure functions, so a constructed looping output can be tested without any
model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from summarizer.errors import GenerationError
from summarizer.models import Generated, GenerationOptions, Role, Seq2SeqBackend

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


class Problem(StrEnum):
    """What is wrong with one generated output."""

    EMPTY = "empty"
    LOOP = "loop"
    CUT = "cut"

    @property
    def text(self) -> str:
        """The problem as a warning names it."""
        return _PROBLEM_TEXT[self]


_PROBLEM_TEXT = {
    Problem.EMPTY: "empty",
    Problem.LOOP: "the model repeated itself",
    Problem.CUT: "cut at the length limit",
}


@dataclass(frozen=True)
class Guarded:
    """One output after the guards: the result kept, and the problem it still has (never EMPTY,
    which is an error)."""

    result: Generated
    problem: Problem | None


def problem_of(result: Generated, input_tokens: int) -> Problem | None:
    """What is wrong with ``result`` (generated for an input of ``input_tokens``), if anything."""
    if not result.text.strip():
        return Problem.EMPTY
    if looks_repetitive(result.text, input_tokens, result.tokens):
        return Problem.LOOP
    if not result.finished:
        return Problem.CUT
    return None


def retry_options(
    problem: Problem, options: GenerationOptions, max_input_tokens: int
) -> GenerationOptions:
    """Settings for the one retry: room up to the model's window for a cut output, stricter
    settings for an empty or looping one."""
    if problem is Problem.CUT:
        return replace(options, max_new_tokens=max(options.max_new_tokens, max_input_tokens))
    return stricter(options)


def generate_guarded(
    backend: Seq2SeqBackend,
    texts: Sequence[str],
    input_tokens: Sequence[int],
    options: GenerationOptions,
    *,
    role: Role,
    item: str,
    alone: Callable[[int], GenerationOptions] | None = None,
) -> list[Guarded]:
    """Generate for ``texts`` (``input_tokens`` each) with one retry for each output that has a
    problem. ``alone(i)`` is the options for text ``i`` on its own (default: ``options``);
    ``item`` names one text in the error for an empty output ("a sentence", "this text")."""
    results = backend.generate(list(texts), options)
    guarded = []
    for index, (text, tokens, result) in enumerate(zip(texts, input_tokens, results, strict=True)):
        problem = problem_of(result, tokens)
        if problem is not None:
            base = alone(index) if alone is not None else options
            result = backend.generate(
                [text], retry_options(problem, base, backend.max_input_tokens)
            )[0]
            problem = problem_of(result, tokens)
        if problem is Problem.EMPTY:
            raise GenerationError(
                f"The {role} model returned nothing for {item}; try another {role} model."
            )
        guarded.append(Guarded(result, problem))
    return guarded
