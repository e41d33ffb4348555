"""The backend contract: what every model backend shares, and what each one implements.

A backend wraps one sequence-to-sequence model (the translator or the summariser). Callers count
tokens with the model's own tokenizer and generate for a batch of texts; the translate and
summarize modules do their preprocessing and postprocessing around it.

:class:`Seq2SeqBackend` holds everything that is the same for every backend: the model id, the
input limit, the lock that admits as many callers at once as the model has workers (one unless
``SUMMARIZER_MODEL_WORKERS`` gives a CTranslate2 model more), token counting, how a call is cut
into model batches (``sub_batches``), and ``fallback_reason``.
How long a call waits for the model (``busy_timeout``) belongs to the caller, not to the loaded
model: :meth:`Seq2SeqBackend.with_busy_timeout` gives a view of the same model (same lock) that
waits its own time. Subclasses implement :meth:`Seq2SeqBackend.generate` only (and may count
tokens differently when they have no tokenizer, as the test fakes do). :class:`DelegatingBackend`
wraps another backend (to record or reshape its calls) without copying any of that by hand.
"""

from __future__ import annotations

import contextlib
import copy
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Self

from summarizer.config import env_name
from summarizer.errors import BusyError, ConfigError, GenerationError

# Tokenizers report a huge sentinel when they have no limit of their own.
_NO_LIMIT = 100_000
# What a caller hears when it waited longer than its busy timeout for the model.
BUSY_MESSAGE = "The server is busy with other requests right now. Please try again in a minute."


@dataclass(frozen=True)
class GenerationOptions:
    max_new_tokens: int
    min_new_tokens: int = 0
    num_beams: int = 1
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    length_penalty: float = 1.0


@dataclass(frozen=True)
class Generated:
    text: str
    tokens: int  # generated tokens, special tokens excluded
    finished: bool  # False when generation stopped at max_new_tokens instead of end-of-sequence


class ModelLock:
    """Admits up to ``capacity`` users of one model at once (its workers; 1 serialises them);
    waiting longer than the timeout raises BusyError.

    ``timeout`` is the default wait; :meth:`hold` takes each caller's own.
    """

    def __init__(self, timeout: float, capacity: int = 1) -> None:
        if capacity < 1:
            raise ValueError(f"a model admits at least one caller, not {capacity}")
        self._slots = threading.BoundedSemaphore(capacity)
        self.timeout = timeout
        self.capacity = capacity

    @contextlib.contextmanager
    def hold(self, timeout: float | None = None) -> Iterator[None]:
        wait = self.timeout if timeout is None else timeout
        if not self._slots.acquire(timeout=wait):
            raise BusyError(BUSY_MESSAGE)
        try:
            yield
        finally:
            self._slots.release()


class Seq2SeqBackend(ABC):
    """One loaded model behind the interface the pipeline uses.

    ``tokenizer`` is called as transformers tokenizers are: ``tokenizer(texts,
    add_special_tokens=True, verbose=False)["input_ids"]``.
    """

    name: str = "backend"  # "transformers", "ctranslate2", ... (subclasses set it)

    def __init__(
        self,
        model_id: str,
        tokenizer: Any,
        *,
        max_input_tokens: int,
        lock: ModelLock,
        fallback_reason: str | None = None,
    ) -> None:
        self.model_id = model_id
        self.tokenizer = tokenizer
        self.max_input_tokens = max_input_tokens  # the most tokens one input may have
        self.lock = lock
        # Seconds a call waits for the model before BusyError (None: the lock's default).
        self.busy_timeout: float | None = None
        # Why "auto" could not use CTranslate2 (None when it did, or when nothing fell back).
        self.fallback_reason = fallback_reason

    def with_busy_timeout(self, seconds: float) -> Self:
        """This model (the same weights, tokenizer and lock) for callers that wait ``seconds``."""
        view = copy.copy(self)
        view.busy_timeout = seconds
        return view

    def hold(self) -> contextlib.AbstractContextManager[None]:
        """The model's lock, waited for at most ``busy_timeout`` seconds (else BusyError)."""
        return self.lock.hold(self.busy_timeout)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens each text takes as model input, special tokens included."""
        if not texts:
            return []
        with self.hold():
            return [len(ids) for ids in self.token_ids(texts)]

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Input ids of each text, never truncated (call with the lock held)."""
        # verbose=False: counting a text over the limit is the point, not a mistake.
        return self.tokenizer(list(texts), add_special_tokens=True, verbose=False)["input_ids"]

    def check_fits(self, lengths: Sequence[int]) -> None:
        """No truncation: callers chunk by count_tokens first; an oversized input is a bug."""
        if max(lengths, default=0) > self.max_input_tokens:
            raise GenerationError("An input longer than the model's limit reached generation.")

    def sub_batches(self, lengths: Sequence[int]) -> list[list[int]]:
        """How one ``generate`` call of inputs with these token counts is run: the positions of
        the inputs in each model batch (each input is padded to the longest of its batch). By
        default the whole call is one batch; CTranslate2 splits it (:mod:`._ct2`)."""
        return [list(range(len(lengths)))] if lengths else []

    @abstractmethod
    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        """One output per input, in order. Inputs must fit ``max_input_tokens``."""


class DelegatingBackend(Seq2SeqBackend):
    """A backend that hands every call to ``inner``; subclasses change what they need."""

    def __init__(self, inner: Seq2SeqBackend) -> None:
        super().__init__(
            inner.model_id,
            inner.tokenizer,
            max_input_tokens=inner.max_input_tokens,
            lock=inner.lock,
            fallback_reason=inner.fallback_reason,
        )
        self.inner = inner
        self.name = inner.name
        self.busy_timeout = inner.busy_timeout

    def with_busy_timeout(self, seconds: float) -> Self:
        view = super().with_busy_timeout(seconds)
        view.inner = self.inner.with_busy_timeout(seconds)
        return view

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def sub_batches(self, lengths: Sequence[int]) -> list[list[int]]:
        return self.inner.sub_batches(lengths)

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        return self.inner.generate(texts, options)


def input_limit(tokenizer: Any, config: Any) -> int:
    """The model's input limit: the tokenizer's, capped by the model's position embeddings."""
    limits = [
        int(value)
        for value in (
            getattr(tokenizer, "model_max_length", None),
            getattr(config, "max_position_embeddings", None),
        )
        if isinstance(value, int) and 0 < value < _NO_LIMIT
    ]
    if not limits:
        raise GenerationError("The model does not state its input limit; cannot chunk safely.")
    return min(limits)


def padded_lengths(lengths: Sequence[int], batches: Sequence[Sequence[int]]) -> list[int]:
    """The length each input is padded to when run in ``batches`` (from ``sub_batches``)."""
    padded = [0] * len(lengths)
    for batch in batches:
        longest = max(lengths[position] for position in batch)
        for position in batch:
            padded[position] = longest
    return padded


def decoded(tokenizer: Any, ids: Sequence[int], finished: bool) -> Generated:
    """The generated ids as text, special tokens dropped."""
    special = set(tokenizer.all_special_ids)
    content = [token for token in ids if token not in special]
    text = tokenizer.decode(content, skip_special_tokens=True)
    return Generated(text=text.strip(), tokens=len(content), finished=finished)


def resolve_device(requested: str, cuda_devices: int) -> str:
    """The device a backend runs on, "cpu" or "cuda", for ``Settings.device`` and the CUDA GPUs
    the backend sees: "auto" takes a GPU when there is one; "cuda" with none is a ConfigError
    naming the setting."""
    if requested == "cpu" or (requested == "auto" and cuda_devices == 0):
        return "cpu"
    if cuda_devices > 0:
        return "cuda"
    setting = env_name("device")
    raise ConfigError(
        f"{setting}={requested!r}, but no CUDA GPU is visible on this machine; "
        f"set {setting}=cpu (or auto).",
        setting=setting,
    )
