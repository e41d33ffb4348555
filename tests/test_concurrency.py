"""Several people using one server: shared models, serialised generation, identical results."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from summarizer.config import Settings
from summarizer.errors import BusyError
from summarizer.models._registry import ModelLock, get_backend
from summarizer.pipeline import Pipeline

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


def test_models_are_shared_between_pipelines(tiny_settings: Settings) -> None:
    first = get_backend("translation", tiny_settings)
    assert get_backend("translation", Settings.from_env()) is first
    assert Pipeline(tiny_settings).translation_backend() is first


def test_loading_another_model_lets_go_of_the_previous_one(tiny_settings: Settings) -> None:
    from summarizer.models import _registry as backends

    first = get_backend("summarization", tiny_settings)
    other = tiny_settings.replace(summarization_model=tiny_settings.translation_model)
    get_backend("summarization", other)
    loaded = [key for key in backends._BACKENDS if key[0] == "summarization"]
    assert len(loaded) == backends.MAX_LOADED_PER_ROLE == 1
    assert get_backend("summarization", tiny_settings) is not first  # reloaded on demand
    assert get_backend("translation", tiny_settings) is get_backend("translation", other)
