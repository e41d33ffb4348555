"""The operator's counters and gauges, rendered in Prometheus' text format (``GET /metrics``).

One :class:`Metrics` per front end (the API app, the page's process); thread-safe. Counters:
runs, rejections by reason, model seconds. Gauges are read when rendered, from callables that
their owners register (:meth:`Metrics.gauge`), e.g. the queue's length.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

RUNS = "summarizer_runs_total"
REJECTIONS = "summarizer_rejections_total"
MODEL_SECONDS = "summarizer_model_seconds_total"
QUEUE_LENGTH = "summarizer_queue_length"
# Reasons shown at 0 before the first rejection, so a dashboard sees every series from the start.
REASONS = ("rate_runs", "rate_chars", "key_quota", "queue_full")
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:")


@dataclass(frozen=True)
class _Gauge:
    help: str
    read: Callable[[], float]


class Metrics:
    """Runs, rejections by reason and model seconds, plus gauges read on demand."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs = 0
        self._model_seconds = 0.0
        self._rejections: dict[str, int] = dict.fromkeys(REASONS, 0)
        self._gauges: dict[str, _Gauge] = {
            QUEUE_LENGTH: _Gauge("Jobs running or waiting for a model.", lambda: 0)
        }

    def record_run(self, model_seconds: float) -> None:
        """One run finished, after ``model_seconds`` of model work."""
        with self._lock:
            self._runs += 1
            self._model_seconds += max(0.0, model_seconds)

    def reject(self, reason: str) -> None:
        """One request refused for ``reason`` (``rate_runs``, ``queue_full``, ...)."""
        if not reason or not set(reason) <= _NAME_CHARS:
            raise ValueError(f"not a metric label value: {reason!r}")
        with self._lock:
            self._rejections[reason] = self._rejections.get(reason, 0) + 1

    def gauge(self, name: str, help: str, *, read: Callable[[], float]) -> None:
        """Show ``read()`` as gauge ``name`` (replacing one of that name)."""
        if not name or not set(name) <= _NAME_CHARS or name[0].isdigit():
            raise ValueError(f"not a metric name: {name!r}")
        with self._lock:
            self._gauges[name] = _Gauge(help, read)

    def snapshot(self) -> dict[str, float | dict[str, int]]:
        with self._lock:
            return {
                RUNS: self._runs,
                MODEL_SECONDS: self._model_seconds,
                REJECTIONS: dict(self._rejections),
            }

    def render(self) -> str:
        """Everything in Prometheus' text exposition format (version 0.0.4)."""
        with self._lock:
            runs, seconds = self._runs, self._model_seconds
            rejections = sorted(self._rejections.items())
            gauges = sorted(self._gauges.items())
        lines = [
            *_family(RUNS, "counter", "Summaries run to the end.", [("", runs)]),
            *_family(
                REJECTIONS,
                "counter",
                "Requests refused, by reason.",
                [(f'{{reason="{reason}"}}', count) for reason, count in rejections],
            ),
            *_family(MODEL_SECONDS, "counter", "Seconds spent running models.", [("", seconds)]),
        ]
        for name, gauge in gauges:
            lines += _family(name, "gauge", gauge.help, [("", _read(gauge))])
        return "\n".join(lines) + "\n"


def _family(name: str, kind: str, help: str, samples: list[tuple[str, float]]) -> list[str]:
    escaped = help.replace("\\", "\\\\").replace("\n", "\\n")
    return [
        f"# HELP {name} {escaped}",
        f"# TYPE {name} {kind}",
        *(f"{name}{labels} {_number(value)}" for labels, value in samples),
    ]


def _read(gauge: _Gauge) -> float:
    try:
        return float(gauge.read())
    except Exception:  # a gauge's owner failing must not take the whole page down
        return math.nan


def _number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return str(int(value)) if float(value).is_integer() else repr(float(value))
