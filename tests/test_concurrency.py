"""Several people using one server: shared models, serialised generation, identical results."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from summarizer.config import Settings
from summarizer.errors import BusyError
from summarizer.models import BackendPool, LoadKey, ModelLock, Role
from summarizer.pipeline import Pipeline

from .fakes import FakeBackend

REQUESTS = [
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin. Jalan tol "
    "sepanjang 40 kilometer itu menghubungkan Semarang dan Solo.",
    "Harga beras naik 3,5 persen bulan ini. Pemerintah menyiapkan Rp 2 triliun untuk bantuan "
    "pangan bagi keluarga miskin di seluruh Indonesia.",
    "Pemimpin Korea Utara Kim Jong Un kembali menegaskan dukungan penuh kepada Rusia. Sekitar "
    "11.000 tentara dikirim ke Rusia selama setahun terakhir.",
    "The central bank raised its benchmark interest rate on Thursday. Officials said inflation "
    "remained above the target range for the third month in a row.",
]


def comparable(result) -> dict:
    data = result.to_dict()
    data.pop("timings")
    return data


def test_eight_threads_ten_requests_each_match_the_same_request_alone(
    tiny_settings: Settings,
) -> None:
    pipeline = Pipeline(tiny_settings)
    alone = [comparable(pipeline.run(text, bullets=3)) for text in REQUESTS]
    errors: list[BaseException] = []

    def worker(thread: int) -> list[tuple[int, dict]]:
        results = []
        for request in range(10):
            which = (thread + request) % len(REQUESTS)
            try:
                results.append((which, comparable(pipeline.run(REQUESTS[which], bullets=3))))
            except BaseException as error:  # collected and asserted below
                errors.append(error)
        return results

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = [item for items in pool.map(worker, range(8)) for item in items]
    assert errors == []
    assert len(outcomes) == 80
    for which, data in outcomes:
        assert data == alone[which]


def test_a_request_waiting_too_long_is_told_the_server_is_busy() -> None:
    lock = ModelLock(timeout=0.05)
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with lock.hold():
            holding.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(5)
    try:
        with pytest.raises(BusyError, match="busy"), lock.hold():
            pass
    finally:
        release.set()
        holder.join()
    with lock.hold():  # free again once the other request is done
        pass


def test_models_are_shared_between_pipelines_on_one_pool(tiny_settings: Settings) -> None:
    pool = BackendPool()
    first = pool.get("translation", tiny_settings)
    assert pool.get("translation", Settings.from_env()).lock is first.lock  # the same model
    assert Pipeline(tiny_settings, pool=pool).translation_backend().lock is first.lock
    assert len(pool.loaded()) == 1


def test_two_pools_are_independent(tiny_settings: Settings) -> None:
    """Each front end owns a pool: what one loads or lets go of, the other never sees."""
    page, api = BackendPool(), BackendPool()
    mine = page.get("summarization", tiny_settings)
    assert api.loaded() == ()
    theirs = api.get("summarization", tiny_settings)
    assert theirs.lock is not mine.lock
    page.clear()
    assert page.loaded() == () and len(api.loaded()) == 1
    assert Pipeline(tiny_settings).pool is not Pipeline(tiny_settings).pool


def test_loading_another_model_lets_go_of_the_previous_one(tiny_settings: Settings) -> None:
    pool = BackendPool()
    first = pool.get("summarization", tiny_settings)
    other = tiny_settings.replace(summarization_model=tiny_settings.translation_model)
    pool.get("summarization", other)
    loaded = [key for key in pool.loaded() if key.role == Role.SUMMARIZATION]
    assert len(loaded) == 1 and loaded[0].model_id == other.summarization_model
    assert pool.get("summarization", tiny_settings).lock is not first.lock  # reloaded on demand
    assert pool.get("translation", tiny_settings).lock is pool.get("translation", other).lock


# --- the pool's key and locks, with a loader the test controls -------------------------------


class CountingLoader:
    """A pool loader that builds fakes; ``gate`` (when given) holds a model id's load until set."""

    def __init__(self, gates: dict[str, threading.Event] | None = None) -> None:
        self.gates = gates or {}
        self.started: dict[str, threading.Event] = {}
        self.keys: list[LoadKey] = []

    def __call__(self, key: LoadKey) -> FakeBackend:
        self.keys.append(key)
        self.started.setdefault(key.model_id, threading.Event()).set()
        gate = self.gates.get(key.model_id)
        if gate is not None and not gate.wait(10):
            raise AssertionError("the test never released the load")
        return FakeBackend(model_id=key.model_id)


def test_the_busy_timeout_is_each_callers_own_not_part_of_the_model() -> None:
    loader = CountingLoader()
    pool = BackendPool(loader)
    patient = pool.get("summarization", Settings(busy_timeout=30.0))
    hasty = pool.get("summarization", Settings(busy_timeout=0.05))
    assert len(loader.keys) == 1 and hasty.lock is patient.lock  # one model, loaded once
    assert (patient.busy_timeout, hasty.busy_timeout) == (30.0, 0.05)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with patient.hold():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(5)
    try:
        started = time.monotonic()
        with pytest.raises(BusyError):
            hasty.count_tokens(["Waits its own 0.05 s, not the first caller's 30 s."])
        assert time.monotonic() - started < 5
    finally:
        release.set()
        holder.join(10)
    assert hasty.count_tokens(["free again"]) == [3]


@pytest.mark.parametrize(
    "change",
    [
        {"summarization_model": "other-model"},
        {"backend": "transformers"},
        {"compute_type": "float32"},
        {"cache_dir": "/elsewhere"},
        {"convert_in_subprocess": False},
        {"threads": 3},
    ],
)
def test_every_setting_that_changes_loading_is_in_the_key(change: dict[str, object]) -> None:
    base = Settings(cache_dir="/cache")
    assert LoadKey.of("summarization", base) != LoadKey.of("summarization", base.replace(**change))
    loader = CountingLoader()
    pool = BackendPool(loader, max_per_role=2)
    pool.get("summarization", base)
    pool.get("summarization", base.replace(**change))
    assert len(loader.keys) == 2


def test_settings_that_do_not_change_loading_share_the_model() -> None:
    base = Settings(cache_dir="/cache")
    same = base.replace(
        busy_timeout=1.0, bullets=2, num_beams=1, translation_model="not-the-summariser"
    )
    assert LoadKey.of("summarization", base) == LoadKey.of("summarization", same)
    # The loader sees only what is in the key: nothing outside it can change a loaded model.
    assert LoadKey.of("summarization", same).settings.busy_timeout == Settings().busy_timeout


def test_a_slow_load_never_blocks_a_lookup_of_a_loaded_model() -> None:
    gate = threading.Event()
    loader = CountingLoader({"slow-model": gate})
    pool = BackendPool(loader, max_per_role=2)
    loaded = pool.get("summarization", Settings(summarization_model="fast-model"))
    slow = threading.Thread(
        target=pool.get, args=("summarization", Settings(summarization_model="slow-model"))
    )
    slow.start()
    try:
        assert loader.started["slow-model"].wait(5)  # the slow load is under way
        found: list[FakeBackend] = []
        lookup = threading.Thread(
            target=lambda: found.append(
                pool.get("summarization", Settings(summarization_model="fast-model"))
            )
        )
        lookup.start()
        lookup.join(2)
        assert not lookup.is_alive(), "a lookup of a loaded model waited for another's load"
        assert found[0].lock is loaded.lock
        other = threading.Thread(
            target=pool.get, args=("translation", Settings(translation_model="another"))
        )
        other.start()
        other.join(2)
        assert not other.is_alive(), "a load of another model waited for the slow one"
    finally:
        gate.set()
        slow.join(10)
    assert [key.model_id for key in loader.keys].count("slow-model") == 1


def test_callers_of_one_model_wait_for_one_load() -> None:
    gate = threading.Event()
    loader = CountingLoader({"slow-model": gate})
    pool = BackendPool(loader)
    settings = Settings(summarization_model="slow-model")
    with ThreadPoolExecutor(max_workers=4) as workers:
        futures = [workers.submit(pool.get, "summarization", settings) for _ in range(4)]
        assert loader.started["slow-model"].wait(5)
        gate.set()
        backends = [future.result(timeout=10) for future in futures]
    assert len(loader.keys) == 1
    assert len({id(backend.lock) for backend in backends}) == 1
