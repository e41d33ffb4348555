"""The embedded engine: one process, the in-process pipeline, nothing else to start.

Three kinds of threads keep both cores busy: fetchers load the articles of the next groups (URLs
through the guarded fetcher, politely per host) while the model worker runs the current group,
whose sentences go through the translation model together (:mod:`._groups`); the calling thread
only writes the records as each group finishes. With ``workers`` > 1, each worker holds its own
copy of both models and an equal share of the CPU threads.

Every thread is a daemon: Ctrl-C stops the run at once, losing only the groups in flight.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any

from summarizer.batch._groups import Loaded, summarize_group
from summarizer.batch._items import BatchItem
from summarizer.batch._load import HostLimiter, load_item
from summarizer.batch._records import Emit, PipelineFactory
from summarizer.config import Settings
from summarizer.models import Role, Seq2SeqBackend, load_backend
from summarizer.pipeline import Pipeline

FETCHERS = 8  # fetches at once in all (each host still gets at most PER_HOST)
LOOKAHEAD = 2  # groups loaded ahead of the model workers

_DONE = object()  # a worker has no more groups


def run_embedded(
    groups: Sequence[list[BatchItem]],
    settings: Settings,
    emit: Emit,
    *,
    workers: int = 1,
    limiter: HostLimiter | None = None,
    pipeline: PipelineFactory | None = None,
) -> None:
    """Summarize every group, calling ``emit`` (in this thread) with each record as its group
    finishes. A run-wide failure (a model that does not load) is raised."""
    polite = limiter or HostLimiter()
    fetchers = _Threads(FETCHERS, "batch-fetch")
    work: queue.Queue[tuple[list[BatchItem], list[Future[Any]]] | None] = queue.Queue(
        maxsize=workers + LOOKAHEAD
    )
    results: queue.SimpleQueue[Any] = queue.SimpleQueue()
    loading = threading.Lock()  # transformers' model loading is not thread-safe: one at a time
    # The workers' pipelines (and so their models) are let go in this thread, after the workers
    # end: a CTranslate2 model freed in a worker thread racing the interpreter's exit aborts it.
    pipelines: list[Pipeline] = []

    def feed() -> None:
        for group in groups:
            work.put(
                (group, [fetchers.submit(load_item, item, settings, polite) for item in group])
            )
        for _ in range(workers):
            work.put(None)

    def model_worker() -> None:
        try:
            with loading:
                own = _pipeline(settings, workers, pipeline)
                pipelines.append(own)
            while (job := work.get()) is not None:
                group, fetches = job
                results.put(summarize_group(own, group, [_loaded(f) for f in fetches]))
            results.put(_DONE)
        except BaseException as error:  # handed to the calling thread, which raises it
            results.put(error)

    _start(feed, "batch-feed")
    model_threads = [_start(model_worker, f"batch-model-{number}") for number in range(workers)]
    try:
        finished = 0
        while finished < workers:
            got = results.get()
            if got is _DONE:
                finished += 1
            elif isinstance(got, BaseException):
                raise got
            else:
                for record in got:
                    emit(record)
        for thread in model_threads:
            thread.join()
    finally:
        fetchers.close()
        pipelines.clear()


def _pipeline(settings: Settings, workers: int, factory: PipelineFactory | None) -> Pipeline:
    """One worker's pipeline: the shared models when it is the only one, else its own copy of
    both models on its share of the CPU threads."""
    if workers == 1:
        return factory(settings) if factory else Pipeline(settings)
    own = settings.replace(threads=max(1, settings.effective_threads // workers))
    if factory is not None:
        return factory(own)
    return Pipeline(
        own,
        translation_backend=load_backend(own.translation_model, Role.TRANSLATION.setting, own),
        summarization_backend=load_backend(
            own.summarization_model, Role.SUMMARIZATION.setting, own
        ),
    )


def _own_backend(role: Role, settings: Settings) -> Seq2SeqBackend:
    """A worker's own copy of ``role``'s model (not shared through a pool: each worker runs its
    model on its own share of the threads)."""
    return load_backend(role.model(settings), role.setting, settings)


def _loaded(future: Future[Any]) -> Loaded:
    error = future.exception()
    return error if error is not None else future.result()


def _start(target: Callable[[], None], name: str) -> threading.Thread:
    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread


class _Threads:
    """A few daemon threads running submitted calls (a thread pool that never blocks exit)."""

    def __init__(self, count: int, name: str) -> None:
        self._count = count
        self._tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        for number in range(count):
            _start(self._run, f"{name}-{number}")

    def submit(self, call: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self._tasks.put((future, call, args))
        return future

    def close(self) -> None:
        """Each thread ends after the calls already submitted."""
        for _ in range(self._count):
            self._tasks.put(None)

    def _run(self) -> None:
        while (task := self._tasks.get()) is not None:
            future, call, args = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call(*args))
            except BaseException as error:
                future.set_exception(error)
