"""The queue in words, for whoever waits: "2 articles ahead of yours, about 20 s"."""

from __future__ import annotations

import math


def about(seconds: float) -> str:
    """A wait as a person reads it, rounded up: "about 7 s", "about 25 s", "about 3 min"."""
    if seconds < 10:
        return f"about {max(1, math.ceil(seconds))} s"
    if seconds < 60:
        return f"about {min(60, 5 * math.ceil(seconds / 5))} s"
    return f"about {math.ceil(seconds / 60)} min"


def articles(count: int) -> str:
    return f"{count} article" if count == 1 else f"{count} articles"


def ahead_text(ahead: int, wait_s: float) -> str:
    """Where a waiting run stands: "1 article ahead of yours, about 8 s"."""
    return f"{articles(ahead)} ahead of yours, {about(wait_s)}"


def full_text(waiting: int, retry_after_s: float) -> str:
    """Why a run was refused when the queue is full, and when to try again."""
    return (
        f"The demo is busy: its queue is full ({articles(waiting)} waiting for their turn). "
        f"Please try again in {about(retry_after_s)}."
    )
