"""A summary run in its own thread, which the page follows, redraws and can stop.

Streamlit ends a script run whenever the visitor touches a widget. If the models ran inside the
script, moving a slider during a run would throw the run away. Here the work runs in a thread
owned by the visitor's session: a new script run just follows the same job again, so a run always
finishes (or is stopped on purpose), and settings changed meanwhile apply to the next run.

The thread never calls Streamlit; it only records what the pipeline reports (stage, counts, the
sentences translated so far) under a lock. :meth:`Job.snapshot` hands the page a consistent copy.

A job given a ``turn`` (its ticket in the page's :class:`summarizer.admission.RunQueue`) waits for
it when the run reaches its models (stage "load": the input is read and checked by then), in
stage "queue", and gives the turn back when it ends; Stop, or the session's next run replacing
the ticket, ends the wait.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from summarizer.admission import RUNNING as TURN_RUNNING
from summarizer.admission import Ticket
from summarizer.errors import SummarizerError
from summarizer.models import ModelProgress
from summarizer.pipeline import Partial, Progress
from summarizer.result import Sentence

log = logging.getLogger("summarizer.app")

T = TypeVar("T")

RUNNING, DONE, FAILED, STOPPED = "running", "done", "failed", "stopped"
TURN_TICK_S = 0.25  # how often a job waiting for its turn looks whether it was stopped


class Stopped(Exception):
    """Raised inside the pipeline's callbacks once the visitor pressed Stop."""


@dataclass(frozen=True)
class Snapshot(Generic[T]):
    """The job as it stands; ``version`` grows with every change."""

    state: str = RUNNING
    stage: str | None = None
    done: int = 0
    total: int = 0
    sentences: tuple[Sentence, ...] = ()
    pending: frozenset[int] = field(default_factory=frozenset)
    model: ModelProgress | None = None  # the last model report while stage is "models"
    outcome: T | None = None
    error: SummarizerError | None = None  # FAILED with a message a visitor may read
    unexpected: bool = False  # FAILED by a bug (logged)
    version: int = 0

    @property
    def finished(self) -> bool:
        return self.state != RUNNING


Work = Callable[[Progress, Partial], T]
# models(report) gets the models ready (webui.warmup) when the work reports stage "load": after
# the input is read and checked, so bad input never waits for a download. report(None) says it
# has started without a measure yet; report(progress) carries summarizer.models._lifecycle' reports.
ModelReport = Callable[[ModelProgress | None], None]
ModelStep = Callable[[ModelReport], object]


class Job(Generic[T]):
    """``work(progress, partial)`` run in a daemon thread, started at once; when the work reports
    stage "load", the job waits for its ``turn`` (when given) and then runs ``models`` (when
    given), its reports shown as stage "models"."""

    def __init__(
        self,
        work: Work[T],
        *,
        models: ModelStep | None = None,
        turn: Ticket | None = None,
        name: str = "summary",
    ) -> None:
        self._work = work
        self._models = models
        self._turn = turn
        self._models_prepared = False  # a first start's download: not a run time to learn from
        if turn is not None:
            turn.cancel_with(self.stop)
        self._changed = threading.Condition()
        self._snapshot: Snapshot[T] = Snapshot()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # --- the page's side ------

    def snapshot(self) -> Snapshot[T]:
        with self._changed:
            return self._snapshot

    def wait_for_change(self, version: int, timeout: float) -> Snapshot[T]:
        """The snapshot once it is newer than ``version`` (or after ``timeout`` seconds)."""
        with self._changed:
            self._changed.wait_for(lambda: self._snapshot.version > version, timeout=timeout)
            return self._snapshot

    def stop(self) -> None:
        """Ask the run to stop at its next step (a translation batch, a summary part)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set() and not self.snapshot().finished

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    # --- the thread's side ------

    def _update(self, **changes: object) -> None:
        with self._changed:
            current = self._snapshot
            self._snapshot = replace(current, **changes, version=current.version + 1)
            self._changed.notify_all()

    def _check_stop(self) -> None:
        if self._stop.is_set():
            raise Stopped

    def _progress(self, stage: str, done: int, total: int) -> None:
        self._check_stop()
        if stage == "load":
            self._wait_for_turn()
        if stage == "load" and self._models is not None:
            models, self._models = self._models, None  # once per run
            models(self._model_report)
        self._update(stage=stage, done=done, total=total)

    def _wait_for_turn(self) -> None:
        turn = self._turn
        if turn is None or turn.state == TURN_RUNNING:
            return
        self._update(stage="queue", done=0, total=0)
        while not turn.wait(TURN_TICK_S):
            if turn.withdrawn:  # the session's next run took its place
                raise Stopped
            self._check_stop()

    def _model_report(self, report: ModelProgress | None) -> None:
        self._check_stop()
        self._models_prepared = True
        if report is None:
            self._update(stage="models", done=0, total=0, model=None)
        else:
            self._update(stage="models", done=report.done, total=report.total, model=report)

    def _partial(self, sentences: tuple[Sentence, ...], pending: frozenset[int]) -> None:
        self._check_stop()
        self._update(sentences=sentences, pending=pending)

    def _run(self) -> None:
        try:
            self._check_stop()
            outcome = self._work(self._progress, self._partial)
        except Stopped:
            self._end(state=STOPPED)
        except SummarizerError as error:
            self._end(state=FAILED, error=error)
        except Exception:  # a bug: logged for us, a plain message for the visitor
            log.exception("unexpected failure while summarising")
            self._end(state=FAILED, unexpected=True)
        else:
            self._end(state=DONE, outcome=outcome)

    def _end(self, **changes: object) -> None:
        """The turn goes to the next run first, then the page learns how this one ended."""
        if self._turn is not None:
            learn = changes["state"] == DONE and not self._models_prepared
            self._turn.close(completed=learn)
        self._update(**changes)
