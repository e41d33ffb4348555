"""The API's queue of model work: summaries wait their turn in order; past the queue's length a
request gets 503 with ``Retry-After`` and the error JSON at once, and never reaches the model."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from summarizer.api import create_app
from summarizer.config import Settings

from .test_api import INDONESIAN, ScriptedPipeline, assert_error


def blocked_app(**settings: Any) -> tuple[Any, threading.Event]:
    release = threading.Event()
    app = create_app(Settings(**settings), lambda s: ScriptedPipeline(s, release=release))
    return app, release


def post_in_thread(client: TestClient, text: str, into: dict[str, Any]) -> threading.Thread:
    thread = threading.Thread(
        target=lambda: into.update({text: client.post("/v1/summarize", json={"text": text})})
    )
    thread.start()
    return thread


def wait_until(condition: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_a_full_queue_is_503_with_retry_after_and_the_error_json() -> None:
    app, release = blocked_app(queue_runs=1, queue_length=1)
    client, answers = TestClient(app), {}
    queue, pipeline = app.state.queue, app.state.pipeline
    first = post_in_thread(client, INDONESIAN, answers)
    wait_until(lambda: pipeline.started.is_set())
    second = post_in_thread(client, INDONESIAN + " Kedua.", answers)
    wait_until(lambda: queue.length() == 1)
    try:
        refused = client.post("/v1/summarize", json={"text": INDONESIAN + " Ketiga."})
        error = assert_error(refused, 503, "busy", "queue is full")
        assert "try again in about" in error["message"]
        assert 1 <= int(refused.headers["retry-after"]) < 10  # the queue's, not the default
        assert len(pipeline.calls) == 1  # the refused request never reached the model
    finally:
        release.set()
        first.join(10), second.join(10)
    # The scripted pipeline fails every run after its release; both got their turn.
    assert [call[1][0] for call in pipeline.calls] == [INDONESIAN, INDONESIAN + " Kedua."]


def test_summaries_wait_in_the_order_they_came_one_at_a_time() -> None:
    app, release = blocked_app(queue_runs=1, queue_length=8)
    client, answers = TestClient(app), {}
    queue, pipeline = app.state.queue, app.state.pipeline
    texts = [f"{INDONESIAN} Nomor {n}." for n in range(4)]
    threads = []
    for count, text in enumerate(texts):
        threads.append(post_in_thread(client, text, answers))
        wait_until(lambda count=count: queue.length() + queue.running() == count + 1)
    assert queue.running() == 1 and queue.length() == 3
    assert len(pipeline.calls) == 1
    release.set()
    for thread in threads:
        thread.join(10)
    assert [call[1][0] for call in pipeline.calls] == texts


def test_detect_and_extract_do_not_wait_in_the_model_queue() -> None:
    app, release = blocked_app(queue_runs=1, queue_length=0)
    release.set()
    client = TestClient(app)
    assert client.post("/v1/detect", json={"text": INDONESIAN}).status_code == 200
    assert app.state.queue.length() == 0 and app.state.queue.estimator.runs == 0


def test_metrics_show_the_queues_size_and_count_its_refusals() -> None:
    app, release = blocked_app(queue_runs=1, queue_length=0, metrics=True, metrics_token="m")
    client, answers = TestClient(app), {}
    first = post_in_thread(client, INDONESIAN, answers)
    wait_until(lambda: app.state.pipeline.started.is_set())
    try:
        assert_error(client.post("/v1/summarize", json={"text": INDONESIAN}), 503, "busy")
        text = client.get("/metrics", headers={"Authorization": "Bearer m"}).text
        assert "summarizer_queue_length 1\n" in text
        assert 'summarizer_rejections_total{reason="queue_full"} 1\n' in text
    finally:
        release.set()
        first.join(10)
    text = client.get("/metrics", headers={"Authorization": "Bearer m"}).text
    assert "summarizer_queue_length 0\n" in text


def test_a_caller_over_its_allowance_is_refused_before_taking_a_place_in_line(
    tmp_path: Path,
) -> None:
    store = str(tmp_path / "store.sqlite3")  # counts of this test's own
    app, release = blocked_app(queue_runs=1, queue_length=4, runs_per_10_minutes=1, share_db=store)
    client, answers = TestClient(app), {}
    first = post_in_thread(client, INDONESIAN, answers)
    wait_until(lambda: app.state.pipeline.started.is_set())
    try:
        refused = client.post("/v1/summarize", json={"text": INDONESIAN + " Lagi."})
        assert_error(refused, 429, "rate_limited")
        assert app.state.queue.size() == 1  # the first run only; the refused one never queued
    finally:
        release.set()
        first.join(10)
