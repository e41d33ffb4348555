"""Admission to model work: a fair, visible queue that each front end owns.

* :class:`RunQueue`: first come, first served; ``runs`` at a time, ``length`` more in line (past
  it :class:`~summarizer.errors.QueueFullError`, with the seconds to wait); one ticket per owner
  (a page session), a new one replacing the last;
* :class:`Ticket` and :class:`Place`: a run's place in line, how many are ahead, the wait;
* :class:`RunTimeEstimator`: recent runs' seconds per character, with a prior;
* :func:`ahead_text`, :func:`about`: the place and the wait in words.

Modules depend one way: ``_estimate``, ``_text`` → ``_queue``.
"""

from ._estimate import TYPICAL_CHARS, RunTimeEstimator
from ._queue import (
    DONE,
    PENDING,
    QUEUE_FULL,
    RUNNING,
    SIZE_HELP,
    WAITING,
    Place,
    RunQueue,
    Ticket,
)
from ._text import about, ahead_text, full_text

__all__ = [
    "DONE",
    "PENDING",
    "QUEUE_FULL",
    "RUNNING",
    "SIZE_HELP",
    "TYPICAL_CHARS",
    "WAITING",
    "Place",
    "RunQueue",
    "RunTimeEstimator",
    "Ticket",
    "about",
    "ahead_text",
    "full_text",
]
