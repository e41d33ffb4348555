"""Scripted stand-ins for model backends (same protocol as summarizer.backends), for unit tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from summarizer.backends import Generated, GenerationOptions, Seq2SeqBackend


def first_sentence(text: str, _options: GenerationOptions) -> str:
    """A fake summary: the input's first sentence."""
    return text.split(". ")[0].rstrip(".") + "."


def word_tokens(text: str) -> int:
    """Fake token count: one per word plus an end-of-sequence token."""
    return len(text.split()) + 1


@dataclass
class FakeBackend:
    """Counts a token per word; answers with ``respond(text, options)`` (default: echo)."""

    max_input_tokens: int = 64
    respond: Callable[[str, GenerationOptions], str] = lambda text, _options: text
    finished: bool = True
    model_id: str = "fake-model"
    name: str = "fake"
    fallback_reason: str | None = None
    calls: list[tuple[list[str], GenerationOptions]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [word_tokens(text) for text in texts]

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        with self._lock:
            self.calls.append((list(texts), options))
        for text in texts:
            assert word_tokens(text) <= self.max_input_tokens, "input over the model limit"
        outputs = [self.respond(text, options) for text in texts]
        return [Generated(out, len(out.split()), self.finished) for out in outputs]

    @property
    def inputs(self) -> list[str]:
        return [text for texts, _ in self.calls for text in texts]


class RecordingBackend:
    """Wraps a real backend and records every text handed to generate()."""

    def __init__(self, inner: Seq2SeqBackend) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.name = inner.name
        self.max_input_tokens = inner.max_input_tokens
        self.inputs: list[str] = []

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        self.inputs.extend(texts)
        return self.inner.generate(texts, options)
