"""Model workers: one loaded CTranslate2 model runs ``SUMMARIZER_MODEL_WORKERS`` calls at once
(its replicas share the weights), its lock admits that many callers, the batcher leads with that
many, one call is cut into a batch per worker, and outputs stay those of one-by-one calls."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main
from summarizer.config import AUTO_MODEL_WORKERS, Settings
from summarizer.errors import BusyError, ConfigError
from summarizer.models import (
    BackendPool,
    Generated,
    GenerationOptions,
    ModelLock,
    split_batches,
)
from summarizer.testing import DEFAULT_CORPUS

from .fakes import BEAMS, GREEDY, FakeBackend, word_tokens

# --- the setting ------------------------------------------------------------------------------


def test_auto_is_two_workers_on_two_or_more_threads_and_one_on_one() -> None:
    assert Settings(threads=4).effective_model_workers == AUTO_MODEL_WORKERS == 2
    assert Settings(threads=4).threads_per_worker == 2
    assert Settings(threads=2).threads_per_worker == 1
    assert Settings(threads=1).effective_model_workers == 1
    assert Settings(threads=1).threads_per_worker == 1


def test_an_explicit_worker_count_is_kept_and_splits_the_threads() -> None:
    settings = Settings.from_env({"SUMMARIZER_MODEL_WORKERS": "3", "SUMMARIZER_THREADS": "7"})
    assert settings.effective_model_workers == 3 and settings.threads_per_worker == 2
    one = Settings.from_env({"SUMMARIZER_MODEL_WORKERS": "1", "SUMMARIZER_THREADS": "2"})
    assert one.effective_model_workers == 1 and one.threads_per_worker == 2
    assert Settings(model_workers=4, threads=2).threads_per_worker == 1  # never fewer than one


def test_the_queue_lets_a_run_per_model_worker_through_by_default() -> None:
    assert Settings(threads=2).effective_queue_runs == 2
    assert Settings(threads=2, model_workers=3).effective_queue_runs == 3
    assert Settings(threads=2, queue_runs=1).effective_queue_runs == 1  # as set


@pytest.mark.parametrize("value", ["-1", "65", "two", "1.5"])
def test_a_bad_worker_count_names_the_variable(value: str) -> None:
    with pytest.raises(ConfigError, match="SUMMARIZER_MODEL_WORKERS"):
        Settings.from_env({"SUMMARIZER_MODEL_WORKERS": value})


def test_a_bad_flag_value_names_the_flag(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Teks.", encoding="utf-8")
    err = io.StringIO()
    code = main(["summarize", str(article), "--model-workers", "-1"], io.StringIO(), err)
    assert code == 2
    assert err.getvalue().startswith("error: --model-workers=-1 is out of range")


def test_workers_change_the_loaded_model() -> None:
    from summarizer.models import LoadKey

    assert LoadKey.of("translation", Settings(model_workers=1)) != LoadKey.of(
        "translation", Settings(model_workers=2)
    )


# --- the lock ---------------------------------------------------------------------------------


def test_a_lock_admits_as_many_callers_as_workers_and_the_next_is_told_busy() -> None:
    lock = ModelLock(timeout=0.05, capacity=2)
    inside = threading.Barrier(3)  # both holders and the test
    release = threading.Event()

    def hold() -> None:
        with lock.hold():
            inside.wait(5)  # passes only when both are inside at once
            release.wait(5)

    holders = [threading.Thread(target=hold) for _ in range(2)]
    for holder in holders:
        holder.start()
    inside.wait(5)
    try:
        started = time.monotonic()
        with pytest.raises(BusyError, match="busy"), lock.hold():
            pass
        assert time.monotonic() - started < 2
    finally:
        release.set()
        for holder in holders:
            holder.join(5)
    with lock.hold(), lock.hold():  # both free again
        pass


def test_a_lock_needs_at_least_one_worker() -> None:
    with pytest.raises(ValueError):
        ModelLock(timeout=1.0, capacity=0)


# --- one call cut into batches ----------------------------------------------------------------


def test_a_call_is_cut_longest_first_into_a_batch_per_worker() -> None:
    assert split_batches([3, 9, 5, 7], workers=2, max_tokens=None) == [[1, 3], [2, 0]]
    assert split_batches([3, 9, 5, 7], workers=1, max_tokens=None) == [[1, 3, 2, 0]]
    assert split_batches([4], workers=2, max_tokens=None) == [[0]]
    assert split_batches([], workers=2, max_tokens=None) == []


def test_each_batch_is_cut_again_at_the_padded_token_limit() -> None:
    # 9 + 9 = 18 padded tokens fit 20; a third input padded to 9 would not.
    assert split_batches([9, 8, 7, 2], workers=1, max_tokens=20) == [[0, 1], [2, 3]]
    assert split_batches([30, 2], workers=1, max_tokens=20) == [[0], [1]]  # never an empty batch


# --- the batcher with two workers -------------------------------------------------------------


class TwoWorkerFake(FakeBackend):
    """A fake model with two workers that cuts a call as CTranslate2 does for them; a call whose
    first text is "hold" waits for ``gate`` (the worker stays busy)."""

    def __init__(self, timeout: float = 5.0) -> None:
        super().__init__()
        self.lock = ModelLock(timeout, capacity=2)
        self.gate = threading.Event()
        self.holding = threading.Semaphore(0)

    def sub_batches(self, lengths: Sequence[int]) -> list[list[int]]:
        return split_batches(lengths, 2, None)

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        with self.hold():
            if texts[0].startswith("hold"):
                self.holding.release()
                assert self.gate.wait(10), "the test never opened the gate"
            return super().generate(texts, options)


def pool_of(fake: FakeBackend, **changes: Any) -> Any:
    settings = Settings(**{"batch_wait_ms": 20.0, "busy_timeout": 10.0, **changes})
    return BackendPool(lambda _key: fake).get("summarization", settings)


def test_two_callers_run_at_once_on_a_two_worker_model() -> None:
    fake = TwoWorkerFake()
    backend = pool_of(fake)
    with ThreadPoolExecutor(max_workers=2) as threads:
        first = threads.submit(backend.generate, ["hold one"], GREEDY)
        second = threads.submit(backend.generate, ["hold two words"], BEAMS)
        for _ in range(2):  # both are in the model at once
            assert fake.holding.acquire(timeout=5), "the second caller never reached the model"
        fake.gate.set()
        assert first.result(10)[0].text == "hold one"
        assert second.result(10)[0].text == "hold two words"


def test_a_caller_is_told_busy_when_every_worker_stays_busy_past_its_timeout() -> None:
    fake = TwoWorkerFake()
    pool = BackendPool(lambda _key: fake)
    patient = pool.get("summarization", Settings(busy_timeout=10.0, batch_wait_ms=1.0))
    hasty = pool.get("summarization", Settings(busy_timeout=0.1, batch_wait_ms=1.0))
    with ThreadPoolExecutor(max_workers=2) as threads:
        held = [  # different options: never merged, each takes a worker
            threads.submit(patient.generate, [f"hold {n}"], options)
            for n, options in enumerate([GREEDY, BEAMS])
        ]
        for _ in range(2):
            assert fake.holding.acquire(timeout=5)
        started = time.monotonic()
        with pytest.raises(BusyError, match="busy"):
            hasty.generate(["hasty"], GREEDY)
        assert time.monotonic() - started < 5
        fake.gate.set()
        assert [future.result(10)[0].text for future in held] == ["hold 0", "hold 1"]
    assert "hasty" not in fake.inputs


def test_calls_merge_only_where_each_input_keeps_its_padding() -> None:
    """Cut for two workers, ["a b c", "d"] is padded [4, 2]: merged with a call of the same
    lengths it still is; merged with ["i j k", "l m"] (padded [4, 3]) "d" would be padded to 3."""
    fake = TwoWorkerFake()
    backend = pool_of(fake, batch_wait_ms=50.0)
    calls = [["hold"], ["hold"], ["a b c", "d"], ["e f g", "h"], ["i j k", "l m"]]
    with ThreadPoolExecutor(max_workers=len(calls)) as threads:
        futures = [  # different options: never merged, each takes a worker
            threads.submit(backend.generate, calls[n], options)
            for n, options in enumerate([BEAMS, BEAMS.__class__(max_new_tokens=5)])
        ]
        for _ in range(2):  # both workers busy: the rest gather
            assert fake.holding.acquire(timeout=5)
        for count, texts in enumerate(calls[2:], start=1):
            futures.append(threads.submit(backend.generate, texts, GREEDY))
            deadline = time.monotonic() + 5
            while backend.batcher.waiting() < count:
                assert time.monotonic() < deadline
                time.sleep(0.01)
        fake.gate.set()
        assert [[out.text for out in future.result(10)] for future in futures] == calls
    # The holding calls leave the model in either order, and a merged call may start in
    # between, so they are told apart by their texts, not by their place in the record.
    ran = sorted(sorted(texts) for texts, _ in fake.calls if texts != ["hold"])
    assert ran == [["a b c", "d", "e f g", "h"], ["i j k", "l m"]]
    assert [word_tokens(text) for text in calls[4]] == [4, 3]


# --- CTranslate2 --------------------------------------------------------------------------------


def ct2_settings(tiny_settings: Settings, workers: int) -> Settings:
    return tiny_settings.replace(
        backend="ctranslate2", convert_in_subprocess=False, model_workers=workers, threads=2
    )


def test_a_two_worker_ct2_model_shares_its_weights_and_splits_the_threads(
    tiny_settings: Settings,
) -> None:
    backend = BackendPool().get("translation", ct2_settings(tiny_settings, 2)).unbatched
    assert backend.translator.num_translators == 2
    assert backend.lock.capacity == 2 and backend.workers == 2
    assert backend.sub_batches([5, 9, 7]) == [[1, 2], [0]]


@pytest.mark.parametrize("options", [GREEDY, BEAMS], ids=["greedy", "beams"])
def test_two_calls_overlap_in_a_two_worker_ct2_model_and_match_one_by_one_calls(
    tiny_settings: Settings, options: GenerationOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both callers are inside the model's lock at once (a barrier only both can pass), and each
    gets what the same call gives alone."""
    corpus = list(DEFAULT_CORPUS[:4])
    calls = [corpus[:3], corpus[1:4]]
    backend = BackendPool().get("translation", ct2_settings(tiny_settings, 2)).unbatched
    alone = [backend.generate(texts, options) for texts in calls]
    both_inside = threading.Barrier(2)
    counted = backend.token_ids

    def token_ids(texts: Sequence[str]) -> list[list[int]]:
        both_inside.wait(10)  # breaks (and fails the call) unless the other call is inside too
        return counted(texts)

    monkeypatch.setattr(backend, "token_ids", token_ids)
    with ThreadPoolExecutor(max_workers=2) as threads:
        together = list(threads.map(lambda texts: backend.generate(texts, options), calls))
    assert together == alone
