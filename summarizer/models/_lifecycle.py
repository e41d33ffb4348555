"""The configured models on disk: where each comes from, whether it is ready to run offline, and
getting it ready (download, conversion, a load check) with progress a page or a terminal can show.

Resolution is cache first (:func:`resolve`): a local directory is used as it is; a hub id is looked
up in the local hub cache with no network access at all; only a model missing there is downloaded
(:mod:`summarizer.models._hub`: short timeouts, byte progress). So a server whose models are
prepared never waits on the hub, and a missing model with the hub unreachable fails after one short
timeout with a :class:`ModelLoadError` that says what to do.

:func:`prepare` downloads every configured model, converts it for CTranslate2 (unless the backend
is plain transformers) and loads it once, which is what ``python -m summarizer models prepare``
runs and what a page can call before its first summary to show what is happening:
``prepare(settings, progress=callback)`` calls ``callback(ModelProgress)`` in the caller's own
thread (downloads and conversions run in worker threads meanwhile), so the callback may draw.
:func:`status` says, without any network access, what is ready.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from summarizer.config import Settings, env_name
from summarizer.errors import ModelLoadError
from summarizer.models import _hub as hub

ROLES = ("translation", "summarization")
# Conversion steps shown to a person: convert, then load once to check.
CONVERSION_STEPS = 2
# How often progress is reported while a download or conversion runs (seconds).
REPORT_INTERVAL = 0.25

T = TypeVar("T")


@dataclass(frozen=True)
class ModelProgress:
    """One progress report: ``done`` of ``total`` bytes (download) or steps (convert, load)."""

    role: str  # "translation" or "summarization"
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


@dataclass(frozen=True)
class ModelStatus:
    """Whether one configured model is on disk and ready for the configured backend."""

    role: str
    model: str
    source: str  # "hub" (a hub id) or "local" (a directory)
    backend: str  # Settings.backend
    downloaded: bool  # on disk: a local directory, or a complete snapshot in the hub cache
    converted: bool | None  # the CTranslate2 copy exists; None when the backend needs none
    ready: bool  # runs offline with nothing left to download or convert
    model_dir: str | None
    model_bytes: int
    converted_dir: str | None
    converted_bytes: int
    note: str | None = None  # e.g. why "auto" fell back to transformers in the load check

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def model_for(role: str, settings: Settings) -> str:
    return settings.translation_model if role == "translation" else settings.summarization_model


def setting_for(role: str) -> str:
    return env_name(f"{role}_model")


# --- resolution: local directory, else hub cache, else download ------------------------------


def local_directory(model_id: str, setting: str) -> Path | None:
    """The directory ``model_id`` names; None for a hub id. A missing path is an error."""
    local = Path(model_id).expanduser()
    if local.is_dir():
        return local
    if local.is_absolute() or model_id.startswith(".") or not hub.is_hub_id(model_id):
        raise ModelLoadError(model_id, "no such directory", setting)
    return None


def resolve(
    model_id: str, setting: str, progress: ProgressCallback | None = None, role: str = ""
) -> Path:
    """The directory to load ``model_id`` from, downloading it only when it is not on disk."""
    local = local_directory(model_id, setting)
    if local is not None:
        return local
    cached = hub.cached_snapshot(model_id)
    if cached is not None:
        return cached
    return _download(model_id, setting, role or _role_of(setting), progress)


def _role_of(setting: str) -> str:
    return next((role for role in ROLES if setting_for(role) == setting), "model")


def _download(model_id: str, setting: str, role: str, progress: ProgressCallback | None) -> Path:
    counter = hub.ByteCounter()

    def report() -> None:
        if progress is not None:
            done, total = counter.done, counter.total
            message = f"Downloading the {role} model {model_id}: {amount_text(done, total)}"
            progress(ModelProgress(role, model_id, "download", done, total, message))

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


# --- conversion --------------------------------------------------------------------------------


def conversion_target(model_id: str, location: Path, settings: Settings) -> Path | None:
    """Where the CTranslate2 copy of the model at ``location`` is kept; None when the backend
    needs none (plain transformers) or CTranslate2 is not installed."""
    if settings.backend == "transformers":
        return None
    from summarizer.models import _convert as convert

    try:
        source = convert.model_source(model_id, str(location))
        quantization = convert.quantization_for(settings.compute_type)
        return convert.converted_path(source, quantization, settings.cache_dir)
    except ImportError:
        return None


def ensure_converted(
    role: str, location: Path, settings: Settings, progress: ProgressCallback | None = None
) -> Path | None:
    """Convert the model for CTranslate2 unless that is done (or not needed); reports steps.

    A failed conversion is an error with ``backend="ctranslate2"``; with "auto" it returns None
    and loading falls back to transformers, with the reason in the backend's fallback_reason.
    """
    from summarizer.models import _convert as convert

    model_id = model_for(role, settings)
    target = conversion_target(model_id, location, settings)
    if target is None or convert.is_complete(target):
        return target
    quantization = convert.quantization_for(settings.compute_type)
    started = time.monotonic()

    def report() -> None:
        if progress is not None:
            seconds = time.monotonic() - started
            message = (
                f"Converting the {role} model {model_id} for the fast backend "
                f"(step 1 of {CONVERSION_STEPS}, {seconds:.0f} s)"
            )
            progress(ModelProgress(role, model_id, "convert", 0, CONVERSION_STEPS, message))

    source = convert.model_source(model_id, str(location))
    try:
        converted = run_reporting(
            lambda: convert.ensure_converted(
                source,
                quantization,
                settings.cache_dir,
                in_subprocess=settings.convert_in_subprocess,
            ),
            report,
        )
    except convert.ConversionError as error:
        if settings.backend == "auto":
            return None  # "auto" falls back to transformers; the load check reports why
        raise ModelLoadError(
            model_id,
            f"it could not be converted for CTranslate2 ({error}); "
            f"set {env_name('backend')}=transformers to run it unconverted",
            setting_for(role),
        ) from None
    return converted.path


# --- prepare and status ------------------------------------------------------------------------


def prepare(settings: Settings, progress: ProgressCallback | None = None) -> list[ModelStatus]:
    """Download, convert and load every configured model; then they all run offline.

    Downloads come first, then conversions, then loading: a conversion (up to 2 GB for
    distilbart-cnn-12-6, in a child process) never runs next to a loaded model.
    """
    locations = {
        role: resolve(model_for(role, settings), setting_for(role), progress, role)
        for role in ROLES
    }
    for role in ROLES:
        ensure_converted(role, locations[role], settings, progress)
    notes = {role: _load_check(role, settings, progress) for role in ROLES}
    return [dataclasses.replace(item, note=notes[item.role]) for item in status(settings)]


def _load_check(role: str, settings: Settings, progress: ProgressCallback | None) -> str | None:
    """Load the model (it stays loaded for this process); the fallback reason, if any."""
    from summarizer.models._registry import get_backend

    model_id = model_for(role, settings)
    if progress is not None:
        message = f"Loading the {role} model {model_id} (step 2 of {CONVERSION_STEPS})"
        progress(ModelProgress(role, model_id, "load", 1, CONVERSION_STEPS, message))
    backend = get_backend(role, settings)
    if progress is not None:
        message = f"The {role} model {model_id} is ready"
        progress(ModelProgress(role, model_id, "load", CONVERSION_STEPS, CONVERSION_STEPS, message))
    return getattr(backend, "fallback_reason", None)


def status(settings: Settings) -> list[ModelStatus]:
    """Each role's model and whether it is ready offline; never uses the network."""
    return [_status(role, settings) for role in ROLES]


def _status(role: str, settings: Settings) -> ModelStatus:
    from summarizer.models import _convert as convert

    model_id = model_for(role, settings)
    try:
        local = local_directory(model_id, setting_for(role))
    except ModelLoadError:  # a directory that does not exist: not downloaded, not ready
        local = None
    location = local or (hub.cached_snapshot(model_id) if hub.is_hub_id(model_id) else None)
    target = conversion_target(model_id, location, settings) if location else None
    needs_conversion = settings.backend != "transformers"
    converted = (target is not None and convert.is_complete(target)) if needs_conversion else None
    return ModelStatus(
        role=role,
        model=model_id,
        source="local" if Path(model_id).expanduser().is_dir() else "hub",
        backend=settings.backend,
        downloaded=location is not None,
        converted=converted,
        ready=location is not None and converted is not False,
        model_dir=str(location) if location else None,
        model_bytes=hub.folder_bytes(location) if location else 0,
        converted_dir=str(target) if converted else None,
        converted_bytes=hub.folder_bytes(target) if converted and target else 0,
    )


def all_ready(settings: Settings) -> bool:
    """True when every configured model runs offline with nothing left to do (cheap: disk only)."""
    return all(item.ready for item in status(settings))
