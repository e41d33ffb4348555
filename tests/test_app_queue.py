"""The page's queue of model work: a job waits for its turn in stage "queue" and shows its place
("Waiting for your turn: 1 article ahead of yours, about 8 s."), Stop or the session's next run
ends the wait, a job gives its turn back however it ends, and a full queue is a busy message
with when to try again. Jobs run scripted work; the page through AppTest."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from summarizer.admission import DONE, RunQueue, RunTimeEstimator
from summarizer.errors import InputError
from webui import progress
from webui.job import DONE as JOB_DONE
from webui.job import FAILED, STOPPED, Job

from .test_app import error_text, started, state_of, submit_text


def wait_until(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def scripted(result: str = "done", error: Exception | None = None):
    """Work that reports its stages as the pipeline does ("load" before the models)."""

    def work(report, _partial):
        report("prepare", 0, 1)
        report("load", 0, 1)
        report("translate", 1, 1)
        if error is not None:
            raise error
        return result

    return work


def busy_queue() -> tuple[RunQueue, object]:
    """A queue of one run at a time whose slot another visitor's run holds (about 10 s)."""
    queue = RunQueue(1, 4, estimator=RunTimeEstimator(prior_s_per_char=0.01, overhead_s=0.0))
    other = queue.submit(1000, owner="other visitor")
    assert other.wait(0)
    return queue, other


def test_a_job_waits_for_its_turn_showing_its_place_then_runs() -> None:
    queue, other = busy_queue()
    ticket = queue.submit(500, owner="me")
    job = Job(scripted(), turn=ticket)
    wait_until(lambda: job.snapshot().stage == "queue")
    place = ticket.place()
    line = progress.queue_line(place)
    assert line is not None
    assert line.startswith("Waiting for your turn: 1 article ahead of yours, about ")
    assert progress.progress_line("queue", 0, 0) == (0.0, "Waiting for your turn…")
    time.sleep(0.3)
    assert not job.snapshot().finished  # still waiting while the other run holds the turn
    other.close(completed=True)
    job.join(10)
    assert job.snapshot().state == JOB_DONE and job.snapshot().outcome == "done"
    assert ticket.state == DONE and queue.running() == 0
    assert queue.estimator.runs == 2  # the other run and this one
    assert progress.queue_line(ticket.place()) is None


def test_stop_while_waiting_ends_the_job_and_leaves_the_line() -> None:
    queue, other = busy_queue()
    job = Job(scripted(), turn=queue.submit(500, owner="me"))
    wait_until(lambda: job.snapshot().stage == "queue")
    job.stop()
    job.join(10)
    assert job.snapshot().state == STOPPED
    assert queue.length() == 0 and queue.running() == 1
    other.close()


def test_the_sessions_next_run_replaces_a_waiting_job() -> None:
    queue, other = busy_queue()
    first = Job(scripted("first"), turn=queue.submit(500, owner="me"))
    wait_until(lambda: first.snapshot().stage == "queue")
    second = Job(scripted("second"), turn=queue.submit(500, owner="me"))
    first.join(10)
    assert first.snapshot().state == STOPPED
    wait_until(lambda: second.snapshot().stage == "queue")
    assert queue.length() == 1
    other.close()
    second.join(10)
    assert second.snapshot().outcome == "second"


def test_the_sessions_next_run_stops_a_running_job_and_waits_for_its_turn() -> None:
    queue = RunQueue(1, 4)
    gate, release = threading.Event(), threading.Event()

    def slow(report, _partial):
        report("load", 0, 1)
        gate.set()
        release.wait(10)
        report("translate", 1, 2)  # the job's next step sees Stop
        return "first"

    first = Job(slow, turn=queue.submit(500, owner="me"))
    assert gate.wait(10)
    ticket = queue.submit(500, owner="me")
    assert first.stopping  # the replacement asked the running job to stop
    second = Job(scripted("second"), turn=ticket)
    wait_until(lambda: second.snapshot().stage == "queue")
    assert ticket.place().ahead == 1
    release.set()
    first.join(10), second.join(10)
    assert (first.snapshot().state, second.snapshot().outcome) == (STOPPED, "second")


def test_a_failed_run_gives_its_turn_back_without_teaching_the_estimate() -> None:
    queue = RunQueue(1, 4)
    job = Job(scripted(error=InputError("bad")), turn=queue.submit(500))
    job.join(10)
    assert job.snapshot().state == FAILED
    assert queue.running() == 0 and queue.length() == 0 and queue.estimator.runs == 0


def test_a_job_without_a_turn_runs_at_once() -> None:
    job = Job(scripted())
    job.join(10)
    assert job.snapshot().state == JOB_DONE


# --- the page ---------------------------------------------------------------------------------


def test_a_full_queue_says_the_demo_is_busy_and_when_to_retry(
    tiny_env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webui import results

    monkeypatch.setenv("SUMMARIZER_QUEUE_LENGTH", "0")
    monkeypatch.setenv("SUMMARIZER_QUEUE_RUNS", "1")  # one run at a time: the other fills it
    queue = results.run_queue(1, 0)  # the page's queue for these settings, as the page gets it
    other = queue.submit(2000, owner="another visitor")
    assert other.wait(0)
    try:
        at = submit_text(started(), "Teks yang menunggu giliran di antrean yang sudah penuh.")
        message = error_text(at)
        assert "The demo is busy" in message and "try again in about" in message
        assert "press the button again then" in message
        assert state_of(at).running is None
    finally:
        other.close()
    at = submit_text(at, "Teks yang menunggu giliran di antrean yang sudah penuh.")
    assert "busy" not in error_text(at)
    assert state_of(at).shown is not None
    assert queue.running() == 0 and queue.estimator.runs >= 1


def test_each_session_has_its_own_place(tiny_env) -> None:
    first, second = started(), started()
    assert state_of(first).owner != state_of(second).owner


def test_a_run_of_the_page_takes_a_place_and_gives_it_back(tiny_env) -> None:
    from summarizer.config import Settings
    from webui import results

    settings = Settings.from_env()
    queue = results.run_queue(settings.effective_queue_runs, settings.queue_length)
    before = queue.estimator.runs
    at = submit_text(started(), "Teks pendek untuk diringkas sekali saja oleh halaman ini.")
    assert state_of(at).shown is not None
    assert queue.running() == 0 and queue.length() == 0
    assert queue.estimator.runs == before + 1
