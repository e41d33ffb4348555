"""A first-come, first-served queue of model work, with a visible place in it.

Each front end owns one :class:`RunQueue` (the page one per process, the API one per app; nothing
here is global). ``runs`` runs go at a time; up to ``length`` more wait, in the order they came.
A run first takes a :class:`Ticket` (:meth:`RunQueue.submit`), which puts it in line at once;
when its input is read it asks for its turn (:meth:`Ticket.wait`) and, when done,
:meth:`Ticket.close`\\ s it, which lets the next one in. A ticket whose run is still reading its
input (a link being fetched) does not hold up those behind it: the first *ready* ticket in line
goes next, and a ticket keeps its place in line while it reads.

An ``owner`` (a page session) has at most one ticket: a new one replaces it. A replaced ticket
that waits is withdrawn; one that runs is cancelled through the callback its run gave
(:meth:`Ticket.cancel_with`, the page's Stop), and holds its place until its run ends.

Past the length, :meth:`RunQueue.submit` raises :class:`~summarizer.errors.QueueFullError` with the
seconds until a place frees (``retry_after``). Waits are estimated by a
:class:`~summarizer.admission.RunTimeEstimator` from recent runs' seconds per character.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import threading
import time
from collections.abc import Callable, Hashable, Iterator
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from summarizer.admission._estimate import TYPICAL_CHARS, RunTimeEstimator
from summarizer.admission._text import full_text
from summarizer.errors import QueueFullError

# A ticket's states: in line while its input is read, in line and ready, running, gone.
PENDING, WAITING, RUNNING, DONE = "pending", "waiting", "running", "done"
# A run near or past the end of its estimate is expected to go on for a quarter of the time it
# has run so far (the estimate was short by an unknown factor), and at least a second.
OVERRUN_SHARE = 0.25
MIN_REMAINING_S = 1.0
QUEUE_FULL = "queue_full"  # the reason given to ``on_reject``
SIZE_HELP = "Summaries running or waiting for a model."  # what RunQueue.size() is, in /metrics

Clock = Callable[[], float]
T = TypeVar("T")


@dataclass(frozen=True)
class Place:
    """Where a ticket stands: ``ahead`` runs (running or in line) came before it, and it is
    expected to start in ``wait_s`` seconds (0 once it runs)."""

    state: str
    ahead: int = 0
    wait_s: float = 0.0

    @property
    def waiting(self) -> bool:
        """In line with its input read, every run slot taken."""
        return self.state == WAITING

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Ticket:
    """One run's place in a :class:`RunQueue`. Made by :meth:`RunQueue.submit`."""

    def __init__(self, queue: RunQueue, number: int, chars: int, owner: Hashable | None) -> None:
        self._queue = queue
        self.number = number  # the order it came in
        self.chars = chars
        self.owner = owner
        self.state = PENDING
        self.withdrawn = False  # replaced by its owner's next ticket before it ran
        self.started: float | None = None
        self._cancel: Callable[[], None] | None = None

    def place(self) -> Place:
        return self._queue._place(self)

    def resize(self, chars: int) -> None:
        """The article's length once it is known (a link fetched, a file read)."""
        with self._queue._changed:
            self.chars = chars

    def cancel_with(self, cancel: Callable[[], None]) -> None:
        """What stops this ticket's run when its owner replaces it while it runs."""
        self._cancel = cancel

    def wait(self, timeout: float | None = None) -> bool:
        """Ready: wait up to ``timeout`` seconds for the turn; True once it runs. False when the
        time is up, or when the ticket was withdrawn (:attr:`withdrawn`) or closed."""
        return self._queue._wait(self, timeout)

    def close(self, *, completed: bool = False) -> None:
        """The run ended (or never ran): its place goes to the next. A ``completed`` run's time
        teaches the estimate. Closing twice does nothing."""
        self._queue._close(self, completed)


class RunQueue:
    """``runs`` runs at a time, up to ``length`` more in line. Thread-safe."""

    def __init__(
        self,
        runs: int = 1,
        length: int = 16,
        *,
        estimator: RunTimeEstimator | None = None,
        clock: Clock = time.monotonic,
        on_reject: Callable[[str], None] | None = None,
    ) -> None:
        if runs < 1 or length < 0:
            raise ValueError("a queue needs at least one run at a time and a length of 0 or more")
        self.runs = runs
        self.max_length = length
        self.estimator = estimator or RunTimeEstimator()
        self.on_reject = on_reject
        self._clock = clock
        self._changed = threading.Condition()
        self._numbers = itertools.count(1)
        self._running: list[Ticket] = []
        self._line: list[Ticket] = []  # pending and waiting, in the order they came
        self._owners: dict[Hashable, Ticket] = {}

    # --- what the front ends ask -----------------------------------------------------------

    def submit(self, chars: int | None = None, owner: Hashable | None = None) -> Ticket:
        """A place in line for a run of ``chars`` characters (None: not known yet), replacing
        ``owner``'s ticket; QueueFullError when the line is full."""
        replaced: Ticket | None = None
        with self._changed:
            if owner is not None:
                replaced = self._owners.pop(owner, None)
                if replaced is not None and replaced.state in (PENDING, WAITING):
                    self._line.remove(replaced)
                    replaced.state, replaced.withdrawn = DONE, True
                    self._changed.notify_all()
            if len(self._line) >= self.max_length + self._free():
                error = self._full_error()
            else:
                error = None
                ticket = Ticket(self, next(self._numbers), chars or TYPICAL_CHARS, owner)
                self._line.append(ticket)
                if owner is not None:
                    self._owners[owner] = ticket
        if replaced is not None and replaced.state == RUNNING and replaced._cancel is not None:
            replaced._cancel()
        if error is not None:
            if self.on_reject is not None:
                self.on_reject(QUEUE_FULL)
            raise error
        return ticket

    @contextlib.contextmanager
    def turn(self, chars: int, owner: Hashable | None = None) -> Iterator[Ticket]:
        """Wait in line for a run of ``chars`` characters, hold the turn for the ``with`` block,
        and let the next one in after it (its time counted when the block ends normally)."""
        ticket = self.submit(chars, owner)
        completed = False
        try:
            ticket.wait()
            yield ticket
            completed = True
        finally:
            ticket.close(completed=completed)

    def run(self, chars: int, work: Callable[[], T], owner: Hashable | None = None) -> T:
        """``work()`` (a model run of ``chars`` characters) in its turn; what it returns."""
        with self.turn(chars, owner):
            return work()

    def size(self) -> int:
        """Runs running or in line (the operator's gauge, :data:`SIZE_HELP`)."""
        with self._changed:
            return len(self._running) + len(self._line)

    def length(self) -> int:
        """Runs in line (not yet running)."""
        with self._changed:
            return len(self._line)

    def running(self) -> int:
        with self._changed:
            return len(self._running)

    def retry_after(self) -> float:
        """Seconds until a place in line is expected to free (the next run starts)."""
        with self._changed:
            return self._retry_after()

    # --- the tickets' side -----------------------------------------------------------------

    def _free(self) -> int:
        return self.runs - len(self._running)

    def _remaining(self, now: float) -> list[float]:
        """Seconds each running run is expected to go on for."""
        remaining = []
        for run in self._running:
            elapsed = now - _started(run, now)
            expected = self.estimator.estimate(run.chars) - elapsed
            remaining.append(max(expected, OVERRUN_SHARE * elapsed, MIN_REMAINING_S))
        return remaining

    def _retry_after(self) -> float:
        remaining = self._remaining(self._clock())
        return min(remaining) if remaining else MIN_REMAINING_S

    def _full_error(self) -> QueueFullError:
        retry = math.ceil(self._retry_after())
        message = full_text(len(self._line), retry)
        return QueueFullError(message, retry_after=retry)

    def _place(self, ticket: Ticket) -> Place:
        with self._changed:
            if ticket.state in (RUNNING, DONE):
                return Place(ticket.state)
            index = self._line.index(ticket)
            ahead = self._line[:index]
            now = self._clock()
            # Each slot frees when its run ends; those ahead take the first free slot in turn.
            free_at = [*self._remaining(now), *[0.0] * self._free()]
            heapq.heapify(free_at)
            for other in ahead:
                starts = heapq.heappop(free_at)
                heapq.heappush(free_at, starts + self.estimator.estimate(other.chars))
            return Place(ticket.state, len(self._running) + index, free_at[0])

    def _admit(self) -> None:
        """Let the first ready tickets in line run while slots are free (lock held)."""
        while self._free() > 0:
            ready = next((t for t in self._line if t.state == WAITING), None)
            if ready is None:
                return
            self._line.remove(ready)
            ready.state, ready.started = RUNNING, self._clock()
            self._running.append(ready)
            self._changed.notify_all()

    def _wait(self, ticket: Ticket, timeout: float | None) -> bool:
        with self._changed:
            if ticket.state == PENDING:
                ticket.state = WAITING
                self._admit()
            self._changed.wait_for(lambda: ticket.state != WAITING, timeout=timeout)
            return ticket.state == RUNNING

    def _close(self, ticket: Ticket, completed: bool) -> None:
        with self._changed:
            if ticket.state == DONE:
                return
            if ticket.state == RUNNING:
                self._running.remove(ticket)
                if completed and ticket.started is not None:
                    self.estimator.record(ticket.chars, self._clock() - ticket.started)
            else:
                self._line.remove(ticket)
            ticket.state = DONE
            if self._owners.get(ticket.owner) is ticket:
                del self._owners[ticket.owner]
            self._admit()
            self._changed.notify_all()


def _started(ticket: Ticket, now: float) -> float:
    return now if ticket.started is None else ticket.started
