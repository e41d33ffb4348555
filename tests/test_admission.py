"""The queue of model work (summarizer.admission): first come first served, places and waits in
words, one ticket per session, a full queue, and the wait estimated from recent runs. A scripted
clock stands in for time; threads only where the order of real waiters is the point."""

from __future__ import annotations

import threading
import time

import pytest

from summarizer.admission import (
    DONE,
    PENDING,
    QUEUE_FULL,
    RUNNING,
    WAITING,
    RunQueue,
    RunTimeEstimator,
    about,
    ahead_text,
)
from summarizer.errors import BusyError, QueueFullError


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def flat(seconds_per_char: float = 0.01) -> RunTimeEstimator:
    """An estimate of exactly ``seconds_per_char`` (no overhead, the prior alone)."""
    return RunTimeEstimator(prior_s_per_char=seconds_per_char, overhead_s=0.0)


def queue(runs: int = 1, length: int = 8, **options) -> tuple[RunQueue, Clock]:
    clock = Clock()
    return RunQueue(runs, length, estimator=flat(), clock=clock, **options), clock


# --- order and places -------------------------------------------------------------------------


def test_runs_start_in_the_order_they_came() -> None:
    runs, _clock = queue()
    a, b, c = runs.submit(100), runs.submit(100), runs.submit(100)
    assert a.wait(0) and not b.wait(0) and not c.wait(0)
    assert (b.place().ahead, c.place().ahead) == (1, 2)
    a.close(completed=True)
    assert b.state == RUNNING and c.state == WAITING
    assert c.place().ahead == 1
    assert not c.wait(0)
    b.close()
    assert c.wait(0)


def test_a_run_still_reading_its_input_keeps_its_place_but_holds_no_one_up() -> None:
    runs, _clock = queue()
    first, fetching, ready = runs.submit(100), runs.submit(None), runs.submit(100)
    assert first.wait(0)
    assert not ready.wait(0)
    assert fetching.state == PENDING and ready.place().ahead == 2
    first.close()
    assert ready.state == RUNNING  # the link being fetched was not ready: the next one goes
    assert fetching.place().ahead == 1
    ready.close()
    assert fetching.wait(0)


def test_places_and_waits_in_words_move_as_the_queue_moves() -> None:
    runs, clock = queue()
    running = runs.submit(1000)  # 10 s at 0.01 s a character
    assert running.wait(0)
    second, third = runs.submit(500), runs.submit(300)
    second.wait(0), third.wait(0)
    clock.now = 2.0
    assert (second.place().ahead, second.place().wait_s) == (1, 8.0)
    assert (third.place().ahead, third.place().wait_s) == (2, 13.0)
    assert ahead_text(third.place().ahead, third.place().wait_s) == (
        "2 articles ahead of yours, about 15 s"
    )
    running.close(completed=True)
    assert third.place().ahead == 1
    assert ahead_text(third.place().ahead, third.place().wait_s).startswith(
        "1 article ahead of yours, about "
    )
    assert second.place().state == RUNNING and second.place().wait_s == 0


def test_two_runs_at_a_time_share_the_line() -> None:
    runs, clock = queue(runs=2)
    long, short = runs.submit(2000), runs.submit(500)
    assert long.wait(0) and short.wait(0)
    waiting = [runs.submit(100) for _ in range(3)]
    for ticket in waiting:
        ticket.wait(0)
    clock.now = 1.0
    # Slots free at 4 s (short) and 19 s (long); the runs ahead take the first free slot in turn.
    assert [t.place().ahead for t in waiting] == [2, 3, 4]
    assert [t.place().wait_s for t in waiting] == [4.0, 5.0, 6.0]


def test_a_run_past_its_estimate_is_still_expected_to_end_soon() -> None:
    runs, clock = queue()
    running, waiting = runs.submit(100), runs.submit(100)
    running.wait(0), waiting.wait(0)
    clock.now = 1.1  # the run was estimated at 1 s
    assert waiting.place().wait_s == pytest.approx(1.0)  # at least a second
    clock.now = 60.0  # far past it: a quarter of the time it has run so far
    assert waiting.place().wait_s == pytest.approx(15.0)


def test_waiters_in_threads_run_one_at_a_time_in_the_order_they_came() -> None:
    runs = RunQueue(1, 16)
    order: list[int] = []
    active: list[int] = []
    blocker = runs.submit(50)
    assert blocker.wait(0)

    def work(number: int) -> None:
        with runs.turn(50):
            active.append(number)
            assert len(active) == 1
            order.append(number)
            time.sleep(0.01)
            active.remove(number)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for count, thread in enumerate(threads, start=1):
        thread.start()
        while runs.length() < count:  # each in line before the next comes
            time.sleep(0.001)
    blocker.close()
    for thread in threads:
        thread.join(10)
    assert order == list(range(6))
    assert runs.length() == 0 and runs.running() == 0
    assert runs.estimator.runs == 6


def test_turn_holds_the_place_for_its_block_and_counts_the_time() -> None:
    runs, clock = queue()
    with runs.turn(200) as ticket:
        assert ticket.state == RUNNING and runs.running() == 1
        clock.now = 5.0
    assert ticket.state == DONE and runs.running() == 0
    assert runs.estimator.runs == 1
    with pytest.raises(RuntimeError), runs.turn(200):
        raise RuntimeError("failed run")
    assert runs.estimator.runs == 1  # a failed run does not teach the estimate
    assert runs.run(100, lambda: "result") == "result"
    assert runs.estimator.runs == 2 and runs.running() == 0


# --- one job per session ----------------------------------------------------------------------


def test_a_second_run_of_a_session_withdraws_its_waiting_one_and_goes_to_the_back() -> None:
    runs, _clock = queue()
    other = runs.submit(100, owner="other")
    assert other.wait(0)
    first = runs.submit(100, owner="me")
    middle = runs.submit(100, owner="someone")
    assert not first.wait(0)
    second = runs.submit(100, owner="me")
    assert first.withdrawn and first.state == DONE and not first.wait(0)
    assert runs.length() == 2
    assert second.place().ahead == 2  # behind the one that came meanwhile
    other.close()
    assert middle.state == WAITING or middle.state == PENDING
    assert middle.wait(0)


def test_a_second_run_of_a_session_cancels_its_running_one() -> None:
    runs, _clock = queue()
    cancelled = threading.Event()
    first = runs.submit(100, owner="me")
    first.cancel_with(cancelled.set)
    assert first.wait(0)
    second = runs.submit(100, owner="me")
    assert cancelled.is_set() and not first.withdrawn
    assert not second.wait(0) and second.place().ahead == 1  # until the first one ends
    first.close()
    assert second.wait(0)


def test_sessions_without_an_owner_are_never_replaced() -> None:
    runs, _clock = queue()
    a, b = runs.submit(100), runs.submit(100)
    assert a.wait(0) and not b.withdrawn and b.state == PENDING


# --- a full queue -----------------------------------------------------------------------------


def test_past_its_length_the_queue_refuses_with_when_to_retry() -> None:
    rejected: list[str] = []
    runs, clock = queue(length=2, on_reject=rejected.append)
    running = runs.submit(1000)
    running.wait(0)
    waiting = [runs.submit(100), runs.submit(100)]
    clock.now = 3.0
    with pytest.raises(QueueFullError) as refused:
        runs.submit(100)
    error = refused.value
    assert isinstance(error, BusyError)
    assert error.retry_after == 7  # when the running one is expected to end
    assert "busy" in error.public and "2 articles waiting" in error.public
    assert "try again in about 7 s" in error.public
    assert rejected == [QUEUE_FULL]
    assert runs.length() == 2  # the refused one never took a place
    waiting[0].close()
    runs.submit(100)  # a place freed


def test_a_session_replacing_its_waiting_run_is_not_refused_by_its_own_place() -> None:
    runs, _clock = queue(length=1)
    runs.submit(100).wait(0)
    runs.submit(100, owner="me")
    runs.submit(100, owner="me")  # replaces; the line stays at one
    with pytest.raises(QueueFullError):
        runs.submit(100, owner="someone else")


def test_a_free_slot_admits_even_with_no_room_to_wait() -> None:
    runs, _clock = queue(length=0)
    first = runs.submit(100)
    assert first.wait(0)
    with pytest.raises(QueueFullError):
        runs.submit(100)


# --- the estimate -----------------------------------------------------------------------------


def test_with_no_history_the_estimate_is_the_prior() -> None:
    estimate = RunTimeEstimator(prior_s_per_char=0.002, prior_chars=3000, overhead_s=1.0)
    assert estimate.estimate(5000) == pytest.approx(11.0)
    assert estimate.runs == 0


def test_the_estimate_follows_recent_runs_per_character() -> None:
    estimate = RunTimeEstimator(prior_s_per_char=0.002, prior_chars=3000, overhead_s=1.0, window=4)
    for _ in range(4):
        estimate.record(10_000, 1.0 + 10_000 * 0.01)  # a much slower machine than the prior
    # The prior still weighs 3,000 characters against 40,000 observed.
    assert estimate.seconds_per_char() == pytest.approx((400 + 6) / 43_000)
    for _ in range(4):  # the window keeps the last four runs only
        estimate.record(10_000, 1.0 + 10_000 * 0.001)
    assert estimate.seconds_per_char() == pytest.approx((40 + 6) / 43_000)
    assert estimate.estimate(0) == pytest.approx(1.0)


def test_an_estimate_ignores_empty_runs() -> None:
    estimate = RunTimeEstimator()
    estimate.record(0, 5.0)
    estimate.record(100, -1.0)
    assert estimate.runs == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.2, "about 1 s"), (7.2, "about 8 s"), (20, "about 20 s"), (21, "about 25 s"),
     (59, "about 60 s"), (61, "about 2 min"), (600, "about 10 min")],
)  # fmt: skip
def test_waits_read_as_a_person_says_them(seconds: float, text: str) -> None:
    assert about(seconds) == text


def test_one_article_is_singular() -> None:
    assert ahead_text(1, 8) == "1 article ahead of yours, about 8 s"
    assert ahead_text(2, 20) == "2 articles ahead of yours, about 20 s"
