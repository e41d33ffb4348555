"""Pinned generation lengths and English stand-in output, shared by both sides of the benchmark.

Random weights never stop on their own, so generated lengths are pinned on both sides as a
function of the input only: a translation is ``ceil(1.1 x source tokens)`` tokens, a summary
``min(128, input tokens)`` tokens (``min_new_tokens = max_new_tokens``). And since random output
is not English, each model output is replaced by English text of the pinned length, picked
deterministically from a fixed English corpus by the input: both sides then summarise identical
English text, with realistic sentence and token counts, so they do identical model work (a batch
is decoded to the longest pinned length in it, which is never less). A translation's stand-in
carries the input's name and glossary placeholders (``Zxaq``, :mod:`summarizer.check`), as a model
that copies them does: random output would lose every one, and each sentence with a name would
be translated twice on both sides (the retry path is the unit tests' to check, not the
benchmark's to time). Its words are pinned to the input without the placeholders; the names come
back as written.

Each run also records when the first translated sentence reached the pipeline's ``partial``
callback (what the page shows while the rest is translated): ``first_sentence_seconds``.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
import time
from collections.abc import Sequence
from typing import Any

from summarizer.check import placeholders_in
from summarizer.models import DelegatingBackend, Generated, GenerationOptions, Seq2SeqBackend
from summarizer.pipeline import Pipeline

from .texts import english_text

TRANSLATION_LENGTH_RATIO = 1.1
SUMMARY_TOKENS = 128
SMOKE_SUMMARY_TOKENS = 24


def pinned_translation_tokens(source_tokens: int, limit: int) -> int:
    return max(2, min(limit - 2, math.ceil(TRANSLATION_LENGTH_RATIO * source_tokens)))


def summary_cap(smoke: bool) -> int:
    return SMOKE_SUMMARY_TOKENS if smoke else SUMMARY_TOKENS


def pinned_summary_tokens(input_tokens: int, smoke: bool) -> int:
    return max(8, min(summary_cap(smoke), input_tokens))


def stand_in(role: str, text: str, length: int) -> str:
    """English of ``length`` tokens for ``text``; a translation's carries ``text``'s placeholders
    too, before its last word (``length`` is then that of the text without them)."""
    if role == "translation":
        kept = placeholders_in(text)
        *words, last = english_text(text, length).split()
        return " ".join([*words, *kept, last])
    return english_text(text, length, sentence_words=16)


def without_placeholders(text: str) -> str:
    for placeholder in placeholders_in(text):
        text = text.replace(placeholder, "", 1)
    return " ".join(text.split())


def pinned_lengths_note(smoke: bool) -> dict[str, str]:
    return {
        "translation": f"ceil({TRANSLATION_LENGTH_RATIO} x source tokens)",
        "summary": f"min({summary_cap(smoke)}, input tokens)",
    }


class PinnedBackend(DelegatingBackend):
    """Runs the real model to the pinned length, answers with English stand-in text.

    It calls the model with ``min_new_tokens = max_new_tokens`` (the batch's longest pinned
    length) and the caller's other options, then answers with English text of each input's own
    pinned length, reported finished.
    """

    def __init__(self, inner: Seq2SeqBackend, role: str, smoke: bool) -> None:
        super().__init__(inner)
        self.role = role
        self.smoke = smoke
        self.calls = 0
        self.inputs = 0
        self.decoded_tokens = 0

    def pin(self, tokens: int) -> int:
        if self.role == "translation":
            return pinned_translation_tokens(tokens, self.max_input_tokens)
        return pinned_summary_tokens(tokens, self.smoke)

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not texts:
            return []
        lengths = [self.pin(count) for count in self.inner.count_tokens(texts)]
        longest = max(lengths)
        pinned = dataclasses.replace(options, max_new_tokens=longest, min_new_tokens=longest)
        self.inner.generate(texts, pinned)
        self.calls += 1
        self.inputs += len(texts)
        self.decoded_tokens += longest * len(texts)
        return [
            Generated(stand_in(self.role, text, length), length, True)
            for text, length in zip(texts, self.english_lengths(texts, lengths), strict=True)
        ]

    def english_lengths(self, texts: Sequence[str], lengths: list[int]) -> list[int]:
        """The stand-ins' lengths: a translation's is pinned to its input without placeholders
        (the names they stand for come back as written, with their own length)."""
        if self.role != "translation" or not any(placeholders_in(text) for text in texts):
            return lengths
        bare = self.inner.count_tokens([without_placeholders(text) for text in texts])
        return [self.pin(count) for count in bare]


class OneAtATime(DelegatingBackend):
    """Hands the inner backend one text per call: the baseline's unbatched generation."""

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        return [self.inner.generate([text], options)[0] for text in texts]


@dataclasses.dataclass(frozen=True)
class PinnedPipeline:
    """A pipeline over pinned backends, and what one run of it did."""

    pipeline: Pipeline
    translator: PinnedBackend
    summarizer: PinnedBackend

    def run(self, text: str) -> dict[str, Any]:
        """One timed run: wall seconds, stage seconds, model calls and decoded tokens."""
        translator, summarizer = self.translator, self.summarizer
        before = (translator.calls, summarizer.calls, summarizer.inputs)
        tokens_before = (translator.decoded_tokens, summarizer.decoded_tokens)
        first = FirstSentence()
        started = first.started = time.perf_counter()
        result = self.pipeline.run(text, source_lang="auto", partial=first)
        seconds = time.perf_counter() - started
        return {
            "seconds": seconds,
            "first_sentence_seconds": first.seconds if first.seconds is not None else seconds,
            "stages": dict(result.timings),
            "translation_calls": translator.calls - before[0],
            "summarization_calls": summarizer.calls - before[1],
            "summarization_inputs": summarizer.inputs - before[2],
            "translation_tokens": translator.decoded_tokens - tokens_before[0],
            "summary_tokens": summarizer.decoded_tokens - tokens_before[1],
            "result": result,
        }


class FirstSentence:
    """A ``partial`` callback that notes when the first translated sentence arrived: the first
    call with fewer sentences pending than the first call had (or none pending at all)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seconds: float | None = None
        self._pending: int | None = None

    def __call__(self, _sentences: object, pending: frozenset[int]) -> None:
        if self.seconds is not None:
            return
        if (self._pending is not None and len(pending) < self._pending) or not pending:
            self.seconds = time.perf_counter() - self.started
        self._pending = len(pending)


def summarise_samples(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over timed runs of one text, and the last run's counts."""
    seconds = [sample["seconds"] for sample in samples]
    stages = {
        stage: statistics.median(sample["stages"].get(stage, 0.0) for sample in samples)
        for stage in samples[0]["stages"]
    }
    other = statistics.median(
        sample["seconds"]
        - sample["stages"].get("translate", 0.0)
        - sample["stages"].get("summarize", 0.0)
        for sample in samples
    )
    keep = (
        "translation_calls",
        "summarization_calls",
        "summarization_inputs",
        "translation_tokens",
        "summary_tokens",
    )
    return {
        "seconds": statistics.median(seconds),
        "samples": seconds,
        "first_sentence_seconds": statistics.median(
            sample["first_sentence_seconds"] for sample in samples
        ),
        "stages": stages,
        "other_seconds": other,
        **{key: samples[-1][key] for key in keep if key in samples[-1]},
    }
