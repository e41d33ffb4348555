"""Callers batched in one process: concurrent calls to one model share model calls, outputs stay
identical to one-by-one calls, options never mix, errors and busy timeouts stay each caller's."""

from __future__ import annotations

import functools
import gc
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from summarizer.config import Settings
from summarizer.errors import BusyError, ConfigError, GenerationError
from summarizer.models import (
    BackendPool,
    BatchingBackend,
    Generated,
    GenerationOptions,
    LoadKey,
)
from summarizer.testing import DEFAULT_CORPUS

from .fakes import BEAMS, GREEDY, FakeBackend


class GatedFake(FakeBackend):
    """A fake whose first generate call waits for ``gate``: the model is busy until the test
    opens it, so the calls that come meanwhile gather. Inputs over the limit fail as a real
    backend's do (check_fits)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.gate = threading.Event()
        self.busy = threading.Event()

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not self.busy.is_set():
            self.busy.set()
            assert self.gate.wait(10), "the test never opened the gate"
        self.check_fits([len(text.split()) + 1 for text in texts])
        return super().generate(texts, options)


def fake_pool(fake: FakeBackend) -> BackendPool:
    return BackendPool(lambda _key: fake)


def settings(**changes: Any) -> Settings:
    return Settings(**{"batch_wait_ms": 50.0, "busy_timeout": 10.0, **changes})


def run_together(calls: list[Callable[[], Any]]) -> list[Any]:
    """Start every call at once; each one's result, or the exception it raised."""
    barrier = threading.Barrier(len(calls))

    def one(call: Callable[[], Any]) -> Any:
        barrier.wait(10)
        try:
            return call()
        except Exception as error:  # collected for the test to assert
            return error

    with ThreadPoolExecutor(max_workers=len(calls)) as workers:
        return list(workers.map(one, calls))


def wait_for_callers(backend: BatchingBackend, count: int) -> None:
    """Until ``count`` calls wait for the busy model."""
    deadline = time.monotonic() + 10
    while backend.batcher.waiting() < count:
        assert time.monotonic() < deadline, "the callers never arrived"
        time.sleep(0.01)


def start_busy(backend: BatchingBackend, fake: GatedFake) -> threading.Thread:
    """A first caller that keeps the model busy until ``fake.gate`` opens."""
    first = threading.Thread(target=backend.generate, args=(["holds the model"], GREEDY))
    first.start()
    assert fake.busy.wait(10)
    return first


def outputs_behind_a_busy_call(
    backend: BatchingBackend, fake: GatedFake, texts: list[list[str]], *, in_order: bool = False
) -> list[list[str]]:
    """Each caller's output texts: every call of ``texts`` (greedy) queued while a first call
    holds the model (arriving in ``texts``' order when ``in_order``), then all let through."""
    first = start_busy(backend, fake)
    with ThreadPoolExecutor(max_workers=len(texts)) as threads:
        futures = []
        for count, mine in enumerate(texts, start=1):
            futures.append(threads.submit(backend.generate, mine, GREEDY))
            if in_order:
                wait_for_callers(backend, count)
        wait_for_callers(backend, len(texts))
        fake.gate.set()
        results = [[out.text for out in future.result(10)] for future in futures]
    first.join(10)
    return results


# --- merging -------------------------------------------------------------------------------


def test_callers_waiting_for_a_busy_model_share_its_next_call_each_getting_its_own() -> None:
    fake = GatedFake()
    backend = fake_pool(fake).get("summarization", settings(batch_padded=True))
    texts = [[f"caller {n} first", f"caller {n} second words"] for n in range(5)]
    results = outputs_behind_a_busy_call(backend, fake, texts)
    assert results == texts  # each caller its own outputs, in its order
    assert len(fake.calls) == 2  # the busy call, then one call for all five callers
    assert sorted(fake.calls[1][0]) == sorted(text for mine in texts for text in mine)
    assert backend.batcher.stats.largest == 5


def test_calls_with_different_options_are_never_merged() -> None:
    fake = GatedFake()
    backend = fake_pool(fake).get("summarization", settings(batch_padded=True))
    first = start_busy(backend, fake)
    options = [GREEDY, BEAMS, GREEDY, BEAMS, GenerationOptions(max_new_tokens=30)]
    threads = ThreadPoolExecutor(max_workers=len(options))
    futures = [
        threads.submit(backend.generate, [f"text {n}"], option) for n, option in enumerate(options)
    ]
    wait_for_callers(backend, len(options))
    fake.gate.set()
    assert [future.result(10)[0].text for future in futures] == [
        f"text {n}" for n in range(len(options))
    ]
    first.join(10)
    threads.shutdown()
    sent = {f"text {n}": option for n, option in enumerate(options)}
    for texts, used in fake.calls[1:]:
        assert all(sent[text] == used for text in texts)  # every text ran with its own options
    assert len(fake.calls) == 1 + 3  # greedy x3, beams x2, the long one: three model calls


def test_by_default_only_inputs_of_the_same_length_share_a_call() -> None:
    """Padding an input further than its own call did may change its output (module docstring),
    so by default a merged call never pads anyone's input more than their own call would."""
    fake = GatedFake()
    backend = fake_pool(fake).get("summarization", settings())
    texts = [["two words"], ["three words here"], ["also two"], ["one", "the longest of five"]]
    assert outputs_behind_a_busy_call(backend, fake, texts) == texts
    merged = sorted(sorted(texts) for texts, _ in fake.calls[1:])
    assert merged == [
        ["also two", "two words"],
        ["one", "the longest of five"],
        ["three words here"],
    ]


def test_a_shared_call_holds_at_most_max_tokens_but_never_splits_a_call() -> None:
    """Every text here is 3 tokens (a word each and end-of-sequence): 9 tokens is 3 texts."""
    fake = GatedFake()
    backend = fake_pool(fake).get("summarization", settings(batch_padded=True, batch_max_tokens=9))
    texts = [["a b", "c d"], ["e f"], ["g h"], ["i j", "k l", "m n", "o p"]]
    # in this order: the oldest call comes first
    assert outputs_behind_a_busy_call(backend, fake, texts, in_order=True) == texts
    assert [len(texts) for texts, _ in fake.calls[1:]] == [3, 1, 4]


def test_batch_max_tokens_0_runs_every_call_alone() -> None:
    fake = FakeBackend()
    backend = fake_pool(fake).get("summarization", settings(batch_max_tokens=0))
    run_together([lambda: backend.generate(["same length"], GREEDY) for _ in range(4)])
    assert [len(texts) for texts, _ in fake.calls] == [1, 1, 1, 1]


# --- errors and timeouts ----------------------------------------------------------------------


def test_an_input_that_does_not_fit_fails_its_own_caller_only() -> None:
    fake = GatedFake(max_input_tokens=5)
    backend = fake_pool(fake).get("summarization", settings(batch_padded=True))
    first = start_busy(backend, fake)
    texts = [["fits"], ["far too many words for this model"], ["fits too"]]
    threads = ThreadPoolExecutor(max_workers=3)
    futures = [threads.submit(backend.generate, mine, GREEDY) for mine in texts]
    wait_for_callers(backend, len(texts))
    fake.gate.set()
    assert futures[0].result(10)[0].text == "fits"
    assert futures[2].result(10)[0].text == "fits too"
    with pytest.raises(GenerationError):
        futures[1].result(10)
    first.join(10)
    threads.shutdown()


def test_a_caller_waiting_past_its_busy_timeout_is_told_the_server_is_busy() -> None:
    fake = GatedFake()
    pool = fake_pool(fake)
    patient = pool.get("summarization", settings(busy_timeout=30.0))
    hasty = pool.get("summarization", settings(busy_timeout=0.1))
    first = start_busy(patient, fake)
    threads = ThreadPoolExecutor(max_workers=2)
    waiting = threads.submit(patient.generate, ["patient"], GREEDY)
    started = time.monotonic()
    with pytest.raises(BusyError, match="busy"):
        hasty.generate(["hasty"], GREEDY)
    assert time.monotonic() - started < 5  # its own 0.1 s, not the patient caller's 30 s
    fake.gate.set()
    assert waiting.result(10)[0].text == "patient"  # the others are served as before
    first.join(10)
    threads.shutdown()
    assert "hasty" not in fake.inputs


def test_a_caller_that_gives_up_leaves_the_next_one_served() -> None:
    """A hasty caller behind the busy one gives up; a later patient caller is served."""
    fake = GatedFake()
    pool = fake_pool(fake)
    first = start_busy(pool.get("summarization", settings()), fake)
    hasty = pool.get("summarization", settings(busy_timeout=0.05))
    with pytest.raises(BusyError):
        hasty.generate(["hasty"], BEAMS)
    threads = ThreadPoolExecutor(max_workers=1)
    later = threads.submit(pool.get("summarization", settings()).generate, ["later"], BEAMS)
    fake.gate.set()
    assert later.result(10)[0].text == "later"
    first.join(10)
    threads.shutdown()


# --- the real backends ------------------------------------------------------------------------


@pytest.mark.parametrize("backend_name", ["ctranslate2", "transformers"])
@pytest.mark.parametrize("options", [GREEDY, BEAMS], ids=["greedy", "beams"])
def test_concurrent_calls_give_what_sequential_calls_give(
    tiny_settings: Settings, backend_name: str, options: GenerationOptions
) -> None:
    """Tiny real models, both backends: eight callers at once, merged where allowed, get
    exactly the outputs of the same calls made one after another."""
    chosen = tiny_settings.replace(
        backend=backend_name, convert_in_subprocess=False, batch_wait_ms=300.0
    )
    pool = BackendPool()
    translator = pool.get("translation", chosen)
    corpus = list(DEFAULT_CORPUS[:4])
    calls = [[corpus[n % 4]] for n in range(8)]  # each sentence twice: same lengths merge
    calls[7] = [corpus[0], corpus[3]]
    alone = [translator.generate(texts, options) for texts in calls]
    together = run_together(
        [lambda texts=texts: translator.generate(texts, options) for texts in calls]
    )
    assert together == alone
    assert translator.batcher.stats.largest >= 2  # some calls did share a model call


def test_concurrent_pipelines_match_one_by_one_runs(tiny_settings: Settings) -> None:
    from summarizer.pipeline import Pipeline

    chosen = tiny_settings.replace(batch_wait_ms=100.0, batch_padded=False)
    pipeline = Pipeline(chosen)
    texts = [" ".join(DEFAULT_CORPUS[n : n + 2]) for n in (0, 1, 2, 0)]
    alone = [pipeline.run(text, bullets=2).bullets for text in texts]
    together = run_together(
        [lambda text=text: pipeline.run(text, bullets=2).bullets for text in texts]
    )
    assert together == alone


# --- no threads, nothing left behind ----------------------------------------------------------


def test_no_threads_are_left_and_the_pool_lets_go_of_everything() -> None:
    before = set(threading.enumerate())
    fake = FakeBackend()
    pool = fake_pool(fake)
    backend = pool.get("summarization", settings(batch_padded=True))
    call = functools.partial(backend.generate, ["some words"], GREEDY)
    run_together([call] * 6)
    assert set(threading.enumerate()) == before  # the batcher started none
    batcher = weakref.ref(backend.batcher)
    model = weakref.ref(fake)
    del pool, backend, fake, call
    gc.collect()
    assert batcher() is None and model() is None


def test_letting_go_of_a_model_lets_go_of_its_batcher() -> None:
    pool = BackendPool(lambda key: FakeBackend(model_id=key.model_id))
    first = pool.get("summarization", settings(summarization_model="one"))
    pool.get("summarization", settings(summarization_model="two"))
    assert [key.model_id for key in pool.loaded()] == ["two"]
    again = pool.get("summarization", settings(summarization_model="one"))
    assert again.batcher is not first.batcher
    assert LoadKey.of("summarization", settings()) == LoadKey.of(
        "summarization", settings(batch_wait_ms=1.0, batch_max_tokens=2, batch_padded=True)
    )  # batching settings never reload a model


def test_the_pool_still_exposes_the_backend_behind_the_batcher(tiny_settings: Settings) -> None:
    backend = BackendPool().get("translation", tiny_settings)
    assert backend.unbatched.model is backend.model  # transformers' own attributes read through
    assert backend.name == "transformers" and backend.lock is backend.unbatched.lock


@pytest.mark.parametrize(
    ("variable", "value"),
    [("SUMMARIZER_BATCH_MAX_TOKENS", "-1"), ("SUMMARIZER_BATCH_WAIT_MS", "-1")],
)
def test_bad_batch_settings_name_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        Settings.from_env({variable: value})


@pytest.mark.parametrize("padded", [False, True])
def test_many_callers_at_random_each_get_their_own_outputs(padded: bool) -> None:
    """16 threads, 20 calls each, three kinds of options and mixed lengths: every caller gets
    exactly its own outputs, every model call ran one kind of options, nobody waits forever."""
    import random

    fake = FakeBackend()
    backend = fake_pool(fake).get(
        "summarization", settings(batch_wait_ms=1.0, batch_padded=padded, batch_max_tokens=40)
    )
    kinds = [GREEDY, BEAMS, GenerationOptions(max_new_tokens=30)]

    def caller(seed: int) -> bool:
        rng = random.Random(seed)
        for number in range(20):
            texts = [
                " ".join(f"w{seed}-{number}-{item}-{n}" for n in range(rng.randint(1, 4)))
                for item in range(rng.randint(1, 3))
            ]
            option = rng.choice(kinds)
            if [out.text for out in backend.generate(texts, option)] != texts:
                return False
        return True

    with ThreadPoolExecutor(max_workers=16) as workers:
        assert all(workers.map(caller, range(16)))
    used = {text: options for texts, options in fake.calls for text in texts}
    assert len(used) == sum(len(texts) for texts, _ in fake.calls)  # each text ran once
    for texts, options in fake.calls:
        assert {used[text] for text in texts} == {options}
    assert backend.batcher.stats.callers == 16 * 20


def test_by_default_a_call_too_large_alone_is_never_merged() -> None:
    """A call over batch_max_tokens ran in pieces alone (CTranslate2 sub-batches on a CPU), so
    merging it would change its padding: it runs alone, and so does the one behind it."""
    fake = GatedFake()
    backend = fake_pool(fake).get("summarization", settings(batch_max_tokens=6))
    texts = [["a b", "c d", "e f"], ["g h"], ["i j"]]  # 9 tokens, then 3 and 3
    assert outputs_behind_a_busy_call(backend, fake, texts, in_order=True) == texts
    assert [len(texts) for texts, _ in fake.calls[1:]] == [3, 2]
