"""Allowances (runs and characters per time window) and the check that refuses a run over one.

The counting is the ``limits`` library's, on :class:`~summarizer.quota._storage.SqlStorage`:

* runs: its moving window, exact ("5 runs in any 10 minutes"): one entry per run, so the next run
  fits when the oldest entry leaves the window;
* characters: its sliding-window counter (one entry per character would be a row per character):
  the current window's count plus the previous window's, weighted by how much of it still
  overlaps; the next run fits per :func:`wait_seconds`, from the same counts.

A refusal says the limit and when the next run fits.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from limits import RateLimitItemPerSecond
from limits.strategies import MovingWindowRateLimiter, SlidingWindowCounterRateLimiter

from summarizer.errors import InputError, RateLimitedError, SummarizerError
from summarizer.quota._storage import SqlStorage

log = logging.getLogger(__name__)

MINUTE, HOUR, DAY = 60, 3600, 86_400
WINDOW_NAMES = {MINUTE: "minute", 10 * MINUTE: "10 minutes", HOUR: "hour", DAY: "day"}
Scope = Literal["visitor", "key"]


@dataclass(frozen=True)
class Allowance:
    """How many runs and characters fit in their windows (seconds); 0 = no limit."""

    runs: int
    runs_window: int
    chars: int
    chars_window: int
    scope: Scope = "visitor"

    def describe(self, amount: int, unit: str, window: int) -> str:
        """The limit as people read it: 'This demo allows 5 runs per 10 minutes per visitor'."""
        who = "This demo" if self.scope == "visitor" else "This API key"
        suffix = " per visitor" if self.scope == "visitor" else ""
        unit = unit.removesuffix("s") if amount == 1 else unit
        per = WINDOW_NAMES.get(window, f"{window} s")
        return f"{who} allows {amount:,} {unit} per {per}{suffix}"

    def sentences(self) -> list[str]:
        """Each limit that is on, as a sentence (none when the allowance is unlimited)."""
        limits = [
            (self.runs, "runs", self.runs_window),
            (self.chars, "characters", self.chars_window),
        ]
        return [f"{self.describe(*limit)}." for limit in limits if limit[0]]


def visitor_allowance(runs_per_10_minutes: int, chars_per_hour: int) -> Allowance:
    return Allowance(runs_per_10_minutes, 10 * MINUTE, chars_per_hour, HOUR, "visitor")


def key_allowance(runs_per_minute: int, chars_per_day: int) -> Allowance:
    return Allowance(runs_per_minute, MINUTE, chars_per_day, DAY, "key")


@dataclass(frozen=True)
class _Rule:
    reason: str
    unit: str
    amount: int
    window: int
    cost: int
    moving: bool  # a moving window (runs), else a sliding-window counter (characters)

    @property
    def item(self) -> RateLimitItemPerSecond:
        return RateLimitItemPerSecond(
            self.amount, self.window, namespace=f"summarizer/{self.reason}"
        )


class Limiter:
    """Checks and takes runs from allowances, counted in ``storage`` per identity."""

    def __init__(self, storage: SqlStorage) -> None:
        self.storage = storage
        self._moving = MovingWindowRateLimiter(storage)
        self._sliding = SlidingWindowCounterRateLimiter(storage)

    def check(self, identities: Sequence[str], allowance: Allowance, chars: int = 0) -> None:
        """Raise :class:`RateLimitedError` if a run of ``chars`` characters does not fit now
        (nothing is taken)."""
        rules = _rules(allowance, chars)
        try:
            self._refuse_if_over(rules, identities, allowance)
        except SummarizerError:
            raise
        except Exception as error:  # the store is down: the demo stays up, the log says so
            log.error(
                "rate limits not checked (store unavailable): %s: %s", type(error).__name__, error
            )

    def take(self, identities: Sequence[str], allowance: Allowance, chars: int) -> None:
        """Take one run of ``chars`` characters from every identity's allowance, or raise
        :class:`RateLimitedError` (an :class:`InputError` when the text alone is over it)."""
        rules = _rules(allowance, chars)
        try:
            self._refuse_if_over(rules, identities, allowance)
            for rule in rules:
                for identity in identities:
                    if not self._strategy(rule).hit(rule.item, identity, cost=rule.cost):
                        raise self._refusal(rule, identity, allowance)  # lost a race
        except SummarizerError:
            raise
        except Exception as error:
            log.error(
                "rate limits not counted (store unavailable): %s: %s", type(error).__name__, error
            )

    def _refuse_if_over(
        self, rules: Sequence[_Rule], identities: Sequence[str], allowance: Allowance
    ) -> None:
        refusals = [
            self._refusal(rule, identity, allowance)
            for rule in rules
            for identity in identities
            if not self._strategy(rule).test(rule.item, identity, cost=rule.cost)
        ]
        if refusals:
            raise max(refusals, key=lambda error: error.retry_after)

    def _strategy(self, rule: _Rule) -> MovingWindowRateLimiter | SlidingWindowCounterRateLimiter:
        return self._moving if rule.moving else self._sliding

    def _refusal(self, rule: _Rule, identity: str, allowance: Allowance) -> RateLimitedError:
        key = rule.item.key_for(identity)
        if rule.moving:
            times = self.storage.entry_times(key, rule.window)
            wait = moving_wait(rule.amount, rule.cost, rule.window, times, self.storage.clock())
        else:
            counts = self.storage.get_sliding_window(key, rule.window)
            wait = wait_seconds(rule.amount, rule.cost, rule.window, *counts)
        reason = "key_quota" if allowance.scope == "key" else rule.reason
        limit = allowance.describe(rule.amount, rule.unit, rule.window)
        return RateLimitedError(
            f"{limit}; you can run again in {say_duration(wait)}.", retry_after=wait, reason=reason
        )


def _rules(allowance: Allowance, chars: int) -> list[_Rule]:
    rules = []
    if allowance.runs:
        rules.append(_Rule("rate_runs", "runs", allowance.runs, allowance.runs_window, 1, True))
    if allowance.chars and chars > 0:
        if chars > allowance.chars:
            limit = allowance.describe(allowance.chars, "characters", allowance.chars_window)
            raise InputError(f"This text has {chars:,} characters. {limit}: use a shorter text.")
        rules.append(
            _Rule("rate_chars", "characters", allowance.chars, allowance.chars_window, chars, False)
        )
    return rules


def moving_wait(limit: int, cost: int, window: int, times: Sequence[float], now: float) -> int:
    """Whole seconds until ``cost`` more entries fit under ``limit`` in a moving window holding
    entries at ``times`` (oldest first): until enough of the oldest have left it (at least 1)."""
    leave = len(times) - (limit - cost)
    if leave <= 0:
        return 1
    return max(1, math.ceil(times[leave - 1] + window - now))


def wait_seconds(
    limit: int,
    cost: int,
    window: int,
    previous: int,
    previous_ttl: float,
    current: int,
    current_ttl: float,
) -> int:
    """Whole seconds until ``cost`` fits under ``limit`` (at least 1), from a sliding window's
    counts as the storage gives them (:meth:`SqlStorage.get_sliding_window`).

    A run fits while ``previous * weight + current < limit - cost + 1``, where the previous
    window's weight falls linearly to 0 when the current window ends (in ``current_ttl - window``
    seconds); then the current window becomes the previous one and starts falling in its turn.
    """
    room = limit - cost + 1
    window_end = max(0.0, current_ttl - window)
    if current < room:
        if previous == 0:
            return 1
        wait = previous_ttl - (room - current) * window / previous
    else:
        wait = window_end + window * (1 - room / current)
    return max(1, math.ceil(wait + 1e-6))


def say_duration(seconds: int) -> str:
    """ "40 s", "3 min", "2 h 5 min": minutes rounded up, so the visitor is never early."""
    if seconds < MINUTE:
        return f"{seconds} s"
    minutes = math.ceil(seconds / MINUTE)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"
