"""Scripted stand-ins for model backends, for unit tests.

Both derive from the library's backend contract (summarizer.models.Seq2SeqBackend), so
they cannot drift from it: a missing method or attribute fails when a fake is built, not in a test.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from summarizer.models import (
    DelegatingBackend,
    Generated,
    GenerationOptions,
    ModelLock,
    Seq2SeqBackend,
)

Respond = Callable[[str, GenerationOptions], str]

# Two option sets the batching tests hold calls to: calls with equal options may share a model
# call, calls with these two never do.
GREEDY = GenerationOptions(max_new_tokens=12, min_new_tokens=2)
BEAMS = GenerationOptions(max_new_tokens=12, min_new_tokens=2, num_beams=2)


def first_sentence(text: str, _options: GenerationOptions) -> str:
    """A fake summary: the input's first sentence."""
    return text.split(". ")[0].rstrip(".") + "."


def word_tokens(text: str) -> int:
    """Fake token count: one per word plus an end-of-sequence token."""
    return len(text.split()) + 1


def word_tokenizer(texts: list[str], **_options: object) -> dict[str, list[list[int]]]:
    """A tokenizer as transformers' are called: one id per word, then end-of-sequence (0)."""
    return {"input_ids": [[1] * (word_tokens(text) - 1) + [0] for text in texts]}


def echo(text: str, _options: GenerationOptions) -> str:
    return text


class FakeBackend(Seq2SeqBackend):
    """Counts a token per word; answers with ``respond(text, options)`` (default: echo), reported
    ``finished`` (or not: cut at the length limit), or ``finished(options)`` when it is callable."""

    name = "fake"

    def __init__(
        self,
        max_input_tokens: int = 64,
        respond: Respond = echo,
        finished: bool | Callable[[GenerationOptions], bool] = True,
        model_id: str = "fake-model",
        fallback_reason: str | None = None,
    ) -> None:
        super().__init__(
            model_id,
            word_tokenizer,
            max_input_tokens=max_input_tokens,
            lock=ModelLock(timeout=5.0),
            fallback_reason=fallback_reason,
        )
        self.respond = respond
        self.finished = finished
        self.calls: list[tuple[list[str], GenerationOptions]] = []
        self._calls_lock = threading.Lock()

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        with self._calls_lock:
            self.calls.append((list(texts), options))
        for text in texts:
            assert word_tokens(text) <= self.max_input_tokens, "input over the model limit"
        outputs = [self.respond(text, options) for text in texts]
        finished = self.finished(options) if callable(self.finished) else self.finished
        return [Generated(out, len(out.split()), finished) for out in outputs]

    @property
    def inputs(self) -> list[str]:
        return [text for texts, _ in self.calls for text in texts]


class RecordingBackend(DelegatingBackend):
    """Wraps a real backend and records every text handed to generate()."""

    def __init__(self, inner: Seq2SeqBackend) -> None:
        super().__init__(inner)
        self.inputs: list[str] = []

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        self.inputs.extend(texts)
        return self.inner.generate(texts, options)
