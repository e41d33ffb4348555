"""The configured models on disk: whether each is ready to run offline, and getting it ready
(download, conversion, a load check) with progress a page or a terminal can show.

:func:`prepare` downloads every configured model (:mod:`summarizer.models._source`, cache first),
converts it for CTranslate2 (unless the backend is plain transformers) and loads it once into a
:class:`~summarizer.models.BackendPool`, which is what ``python -m summarizer models prepare`` runs
and what a page can call before its first summary to show what is happening:
``prepare(settings, progress=callback, pool=pool)`` calls ``callback(ModelProgress)`` in the
caller's own thread (downloads and conversions run in worker threads meanwhile), so the callback
may draw. :func:`status` says, without any network access, what is ready.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import summarizer.models._convert as convert
import summarizer.models._hub as hub
from summarizer.config import Settings, env_name
from summarizer.errors import ModelLoadError
from summarizer.models._pool import BackendPool
from summarizer.models._roles import Role
from summarizer.models._source import (
    ModelProgress,
    ProgressCallback,
    local_directory,
    resolve,
    run_reporting,
)

# Conversion steps shown to a person: convert, then load once to check.
CONVERSION_STEPS = 2


@dataclass(frozen=True)
class ModelStatus:
    """Whether one configured model is on disk and ready for the configured backend."""

    role: str  # a Role
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


# --- conversion --------------------------------------------------------------------------------


def conversion_target(model_id: str, location: Path, settings: Settings) -> Path | None:
    """Where the CTranslate2 copy of the model at ``location`` is kept; None when the backend
    needs none (plain transformers) or CTranslate2 is not installed."""
    if settings.backend == "transformers":
        return None
    try:
        source = convert.model_source(model_id, str(location))
        quantization = convert.quantization_for(settings.compute_type)
        return convert.converted_path(source, quantization, settings.cache_dir)
    except ImportError:
        return None


def convert_reporting(
    role: Role, location: Path, settings: Settings, progress: ProgressCallback | None = None
) -> Path | None:
    """:func:`summarizer.models._convert.ensure_converted` for ``role``'s model, reporting steps;
    None when no conversion is needed (or "auto" will fall back to transformers).

    A failed conversion is an error with ``backend="ctranslate2"``; with "auto" it returns None
    and loading falls back to transformers, with the reason in the backend's fallback_reason.
    """
    model_id = role.model(settings)
    target = conversion_target(model_id, location, settings)
    if target is None or convert.is_complete(target):
        return target
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
                convert.quantization_for(settings.compute_type),
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
            role.setting,
        ) from None
    return converted.path


# --- prepare and status ------------------------------------------------------------------------


def prepare(
    settings: Settings,
    progress: ProgressCallback | None = None,
    pool: BackendPool | None = None,
) -> list[ModelStatus]:
    """Download, convert and load every configured model; then they all run offline.

    Downloads come first, then conversions, then loading: a conversion (up to 2 GB for
    distilbart-cnn-12-6, in a child process) never runs next to a loaded model. The models are
    loaded into ``pool`` (a front end passes its own, so they stay loaded for it; by default a
    pool of this call only, which lets go of them afterwards).
    """
    pool = pool if pool is not None else BackendPool()
    locations = {role: resolve(role.model(settings), role.setting, progress) for role in Role}
    for role in Role:
        convert_reporting(role, locations[role], settings, progress)
    notes = {role: _load_check(role, settings, pool, progress) for role in Role}
    return [dataclasses.replace(item, note=notes[Role(item.role)]) for item in status(settings)]


def _load_check(
    role: Role, settings: Settings, pool: BackendPool, progress: ProgressCallback | None
) -> str | None:
    """Load the model into ``pool``; the fallback reason, if any."""
    model_id = role.model(settings)
    if progress is not None:
        message = f"Loading the {role} model {model_id} (step 2 of {CONVERSION_STEPS})"
        progress(ModelProgress(role, model_id, "load", 1, CONVERSION_STEPS, message))
    backend = pool.get(role, settings)
    if progress is not None:
        message = f"The {role} model {model_id} is ready"
        progress(ModelProgress(role, model_id, "load", CONVERSION_STEPS, CONVERSION_STEPS, message))
    return backend.fallback_reason


def status(settings: Settings) -> list[ModelStatus]:
    """Each role's model and whether it is ready offline; never uses the network."""
    return [_status(role, settings) for role in Role]


def _status(role: Role, settings: Settings) -> ModelStatus:
    model_id = role.model(settings)
    try:
        local = local_directory(model_id, role.setting)
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
