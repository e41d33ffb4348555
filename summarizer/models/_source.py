"""Where a model comes from: a local directory, the hub cache, or (only then) a download.

Resolution is cache first (:func:`resolve`): a local directory is used as it is; a hub id is looked
up in the local hub cache with no network access at all; only a model missing there is downloaded
(:mod:`summarizer.models._hub`: short timeouts, byte progress). So a server whose models are
prepared never waits on the hub, and a missing model with the hub unreachable fails after one short
timeout with a :class:`ModelLoadError` that says what to do.

Long steps (downloads here, conversions in :mod:`summarizer.models._lifecycle`) report
:class:`ModelProgress` in the caller's own thread (:func:`run_reporting`), so a page may draw.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import summarizer.models._hub as hub
from summarizer.errors import ModelLoadError
from summarizer.models._roles import Role

# How often progress is reported while a download or conversion runs (seconds).
REPORT_INTERVAL = 0.25

T = TypeVar("T")


@dataclass(frozen=True)
class ModelProgress:
    """One progress report: ``done`` of ``total`` bytes (download) or steps (convert, load)."""

    role: str  # a Role: "translation" or "summarization"
    model: str
    stage: str  # "download", "convert" or "load"
    done: int
    total: int
    message: str  # one line for a person, e.g. "Downloading ...: 120.0 of 300.1 MB"

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "fraction": round(self.fraction, 4)}


ProgressCallback = Callable[[ModelProgress], None]


def local_directory(model_id: str, setting: str) -> Path | None:
    """The directory ``model_id`` names; None for a hub id. A missing path is an error."""
    local = Path(model_id).expanduser()
    if local.is_dir():
        return local
    if local.is_absolute() or model_id.startswith(".") or not hub.is_hub_id(model_id):
        raise ModelLoadError(model_id, "no such directory", setting)
    return None


def resolve(model_id: str, setting: str, progress: ProgressCallback | None = None) -> Path:
    """The directory to load ``model_id`` from, downloading it only when it is not on disk.

    ``setting`` is the variable that chose the model (named in errors; its role in progress).
    """
    local = local_directory(model_id, setting)
    if local is not None:
        return local
    cached = hub.cached_snapshot(model_id)
    if cached is not None:
        return cached
    return _download(model_id, setting, progress)


def _download(model_id: str, setting: str, progress: ProgressCallback | None) -> Path:
    counter = hub.ByteCounter()
    role = Role.for_setting(setting)
    label = str(role) if role is not None else "model"

    def report() -> None:
        if progress is not None:
            done, total = counter.done, counter.total
            message = f"Downloading the {label} model {model_id}: {amount_text(done, total)}"
            progress(ModelProgress(label, model_id, "download", done, total, message))

    try:
        return run_reporting(lambda: hub.download_snapshot(model_id, counter), report)
    except hub.HubError as error:
        raise ModelLoadError(model_id, str(error), setting) from None


def megabytes(count: int) -> str:
    """A byte count in MB as progress lines show it: "120.0"."""
    return f"{count / 1e6:,.1f}"


def amount_text(done: int, total: int) -> str:
    """How much of a download is done: "120.0 of 300.1 MB" ("120.0 MB" with no known total)."""
    return f"{megabytes(done)} of {megabytes(total)} MB" if total > 0 else f"{megabytes(done)} MB"


def run_reporting(work: Callable[[], T], report: Callable[[], None]) -> T:
    """Run ``work`` in a worker thread, calling ``report`` in this thread meanwhile and at the end.

    A page can only draw from its own thread; huggingface_hub downloads in worker threads.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the caller's thread below
            outcome["error"] = error

    worker = threading.Thread(target=target, name="summarizer-models", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(REPORT_INTERVAL)
        report()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
