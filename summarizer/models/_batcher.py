"""Callers batched: concurrent ``generate`` calls to one model share one model call.

The API runs each request in a thread, and the page's visitors share its pool, so several calls
may want the same model at once. Each loaded model has one :class:`CallBatcher`, and the pool
hands out :class:`BatchingBackend` views of the model that go through it. There is no thread of
its own (leaders and followers): a caller becomes a leader when fewer callers lead than the model
has workers (``SUMMARIZER_MODEL_WORKERS``; one, unless a CTranslate2 model has more), so each
worker has at most one model call. A leader waits ``batch_wait_ms`` for company (while the
workers are busy, callers gather anyway), then takes the oldest waiting call and the waiting
calls that may share its model call, runs them as one, hands each caller its own outputs, in
order, and leads again until its own call is done (or run by another leader, and nobody waits);
then a waiting caller leads in its place. Nothing outlives the pool that owns the batcher.

When calls may share a model call:

* their generation options are equal (never merged otherwise), and
* every input is padded exactly as in its own call, unless ``batch_padded`` is set: the model
  says how it cuts a call into model batches (``Seq2SeqBackend.sub_batches``; CTranslate2 cuts
  it for its workers and at 1,024 padded tokens on a CPU), and each input's padded length in the
  shared call must equal its padded length alone, and
* the shared call holds at most ``batch_max_tokens`` padded tokens.

The second rule keeps every output identical to a one-by-one call. A model batch pads its inputs
to the longest one, and padding is not free on a CPU: the masked positions change the order in
which attention sums are rounded. Measured with CTranslate2 (int8 and float32) on the real-size
architectures, an input padded further than in its own call got scores differing in the 7th
digit (float32) or the 4th (int8), and with 2 beams a different output in 1 of 12 inputs (int8);
inputs batched with others of their own length came out bit-identical (scores included).
``batch_padded=1`` merges across lengths too: more calls share a batch, but an output may differ
from a one-by-one call (as inside one article, where sentences are batched by length already).

Each caller keeps its own busy timeout: a call still waiting for its turn after
``busy_timeout`` seconds gets :class:`BusyError` (a call already in a running batch is served).
An error reaches only the callers it concerns: when a merged call fails, its calls are run again
one by one, so an input that does not fit fails its own caller only.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import BusyError, GenerationError
from summarizer.models._base import (
    BUSY_MESSAGE,
    DelegatingBackend,
    Generated,
    GenerationOptions,
    Seq2SeqBackend,
    padded_lengths,
)


@dataclass(frozen=True)
class BatchPolicy:
    """How calls are gathered: the leader's wait, the size of a shared model call, and whether
    inputs of different lengths may share one (see the module docstring)."""

    wait_seconds: float = 0.005
    # Padded tokens (texts x longest input) a shared model call may hold; 0: no sharing. A
    # caller's own call is never split, even when it is larger alone.
    max_tokens: int = 1024
    padded: bool = False

    @classmethod
    def from_settings(cls, settings: Any) -> BatchPolicy:
        return cls(
            wait_seconds=settings.batch_wait_ms / 1000,
            max_tokens=settings.batch_max_tokens,
            padded=settings.batch_padded,
        )


@dataclass(eq=False)
class _Call:
    texts: list[str]
    options: GenerationOptions
    deadline: float
    lengths: list[int] | None = None  # tokens of each input, counted when needed
    outputs: list[Generated] | None = None
    error: BaseException | None = None
    taken: bool = False  # in a model call now: its turn has come
    done: bool = False

    def finish(self, outputs: list[Generated] | None, error: BaseException | None) -> None:
        self.outputs, self.error, self.done = outputs, error, True

    @property
    def longest(self) -> int:
        return max(self.lengths or [0])


@dataclass
class BatchStats:
    """What the batcher did so far (tests and benchmarks read it)."""

    model_calls: int = 0
    callers: int = 0
    largest: int = 0  # most callers served by one model call


@dataclass(eq=False)
class CallBatcher:
    """The calls waiting for one model, and who leads. Thread-safe; owns no thread."""

    _cond: threading.Condition = field(default_factory=threading.Condition)
    _pending: list[_Call] = field(default_factory=list)
    _leaders: int = 0  # callers leading now: at most the model's workers
    stats: BatchStats = field(default_factory=BatchStats)

    def generate(
        self,
        model: Seq2SeqBackend,
        texts: Sequence[str],
        options: GenerationOptions,
        policy: BatchPolicy,
        timeout: float,
    ) -> list[Generated]:
        """``model.generate(texts, options)``, possibly in one model call with other callers'."""
        call = _Call(list(texts), options, time.monotonic() + timeout)
        workers = model.lock.capacity
        with self._cond:
            self._pending.append(call)
            self._cond.notify_all()
        while self._turn_to_lead(call, workers):
            self._lead(model, call, policy)
        if call.error is not None:
            raise call.error
        assert call.outputs is not None
        return call.outputs

    def waiting(self) -> int:
        """Calls waiting for their turn now."""
        with self._cond:
            return len(self._pending)

    def _turn_to_lead(self, call: _Call, workers: int) -> bool:
        """Wait until ``call`` is done (False) or may lead (True: it leads from now on)."""
        with self._cond:
            while not call.done:
                if not call.taken and self._leaders < workers:
                    self._leaders += 1
                    return True
                self._wait_as_follower(call)
            return False

    def _wait_as_follower(self, call: _Call) -> None:
        """Wait (lock held) until done or the lead is free; past the deadline while still
        waiting for a turn: BusyError."""
        if call.taken:
            self._cond.wait()
            return
        left = call.deadline - time.monotonic()
        if left <= 0:
            self._pending.remove(call)
            call.finish(None, BusyError(BUSY_MESSAGE))
            return
        self._cond.wait(left)

    def _lead(self, model: Seq2SeqBackend, mine: _Call, policy: BatchPolicy) -> None:
        """Run batches, oldest call first, until ``mine`` is done, or taken by another leader
        with no call left waiting (a caller whose call another leader runs runs the next one
        meanwhile: nobody else may be free to); then hand the lead on."""
        try:
            self._gather(mine, policy)
            while True:
                with self._cond:
                    if mine.done or (mine.taken and not self._pending):
                        return
                batch = self._take(model, policy)
                if batch:
                    self._run(model, batch)
        finally:
            with self._cond:
                self._leaders -= 1
                self._cond.notify_all()

    def _gather(self, mine: _Call, policy: BatchPolicy) -> None:
        """Wait the policy's window for more callers (never past the leader's deadline)."""
        end = min(time.monotonic() + policy.wait_seconds, mine.deadline)
        with self._cond:
            while (left := end - time.monotonic()) > 0:
                self._cond.wait(left)

    def _take(self, model: Seq2SeqBackend, policy: BatchPolicy) -> list[_Call]:
        """The oldest waiting call and those that may share its model call; expired calls get
        BusyError."""
        with self._cond:
            self._expire()
            if not self._pending:
                return []
            head = self._pending[0]
            candidates = [call for call in self._pending if call.options == head.options]
        if len(candidates) > 1:
            try:  # outside the lock: counting may wait for the model
                _count_lengths(model, candidates)
            except Exception:  # the head's own model call will report what is wrong
                candidates = [head]
        with self._cond:
            if head not in self._pending:  # it gave up while its mates were counted
                return []
            batch = [head]
            for call in candidates[1:]:
                if call in self._pending and _may_join(model, batch, call, policy):
                    batch.append(call)
            for call in batch:
                self._pending.remove(call)
                call.taken = True
        return batch

    def _expire(self) -> None:
        now = time.monotonic()
        for call in [call for call in self._pending if call.deadline <= now]:
            self._pending.remove(call)
            call.finish(None, BusyError(BUSY_MESSAGE))
        self._cond.notify_all()

    def _run(self, model: Seq2SeqBackend, batch: list[_Call]) -> None:
        """One model call for ``batch`` (one by one after a failure), each caller told."""
        try:
            _serve(model, batch)
        finally:
            with self._cond:
                for call in batch:
                    if not call.done:  # only after an interrupt (KeyboardInterrupt, ...)
                        call.finish(None, GenerationError("The model call was interrupted."))
                self.stats.model_calls += 1
                self.stats.callers += len(batch)
                self.stats.largest = max(self.stats.largest, len(batch))
                self._cond.notify_all()


def _may_join(model: Seq2SeqBackend, batch: list[_Call], call: _Call, policy: BatchPolicy) -> bool:
    """True when ``call`` may share ``batch``'s model call: it stays within ``max_tokens``, and
    (unless ``padded``) every input in it is padded as in its own call (module docstring)."""
    joined = [*batch, call]
    if _padded_size(joined) > policy.max_tokens:
        return False
    return policy.padded or keeps_padding(model, [call.lengths or [] for call in joined])


def keeps_padding(model: Seq2SeqBackend, call_lengths: Sequence[Sequence[int]]) -> bool:
    """True when each input of calls with these token counts, run as one model call, is padded
    to the length it was padded to in its own call (the model's ``sub_batches`` say how a call
    is cut): then every output is what the call alone would give (module docstring)."""
    lengths = [length for lengths_of_call in call_lengths for length in lengths_of_call]
    shared = padded_lengths(lengths, model.sub_batches(lengths))
    alone = [
        padded
        for lengths_of_call in call_lengths
        for padded in padded_lengths(lengths_of_call, model.sub_batches(lengths_of_call))
    ]
    return shared == alone


def _padded_size(calls: list[_Call]) -> int:
    """Tokens of one model call for ``calls``: every input padded to the longest."""
    return sum(len(call.texts) for call in calls) * max(call.longest or 0 for call in calls)


def _count_lengths(model: Seq2SeqBackend, calls: list[_Call]) -> None:
    uncounted = [call for call in calls if call.lengths is None]
    if not uncounted:
        return
    counts = iter(model.count_tokens([text for call in uncounted for text in call.texts]))
    for call in uncounted:
        call.lengths = [next(counts) for _ in call.texts]


def _serve(model: Seq2SeqBackend, batch: list[_Call]) -> None:
    """Run ``batch`` as one call, waiting for the model as long as its most patient caller."""
    longest_wait = max(call.deadline for call in batch) - time.monotonic()
    patient = model.with_busy_timeout(max(0.0, longest_wait))
    texts = [text for call in batch for text in call.texts]
    try:
        outputs = patient.generate(texts, batch[0].options)
    except BusyError as error:  # every caller in it waited past its own deadline
        for call in batch:
            call.finish(None, error)
        return
    except Exception as error:
        if len(batch) == 1:
            batch[0].finish(None, error)
            return
        for call in batch:  # one by one: each error reaches only its own caller
            _serve(model, [call])
        return
    start = 0
    for call in batch:
        call.finish(outputs[start : start + len(call.texts)], None)
        start += len(call.texts)


class BatchingBackend(DelegatingBackend):
    """``inner``'s calls gathered with other callers' by ``batcher`` (one per loaded model).

    Everything else is the inner backend's: its attributes are read through (``compute_type``,
    ``translator``, ...), and ``unbatched`` is the backend itself.
    """

    def __init__(self, inner: Seq2SeqBackend, batcher: CallBatcher, policy: BatchPolicy) -> None:
        super().__init__(inner)
        self.batcher = batcher
        self.policy = policy

    @property
    def unbatched(self) -> Seq2SeqBackend:
        """The backend that runs the model, with this view's busy timeout."""
        return self.inner

    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not set yet (copying): never recurse
            raise AttributeError(name)
        return getattr(self.inner, name)

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not texts:
            return []
        if self.policy.max_tokens <= 0:
            return self.inner.generate(texts, options)
        timeout = self.busy_timeout if self.busy_timeout is not None else self.lock.timeout
        return self.batcher.generate(self.inner, texts, options, self.policy, timeout)
