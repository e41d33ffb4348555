"""The backend pool: the models one front end has loaded, shared by all of its requests.

Each front end owns one :class:`BackendPool` (the page one per process, the API one per app, the
CLI one per run, each Ray replica its own); nothing here is global. A pool keeps one backend per
:class:`~summarizer.models.LoadKey` (the role's model and every setting that changes loading), and
hands each caller a view that waits ``settings.busy_timeout`` for the model, its own, not the first
caller's. Each loaded model has a :class:`~summarizer.models._batcher.CallBatcher`, and the views
go through it: concurrent calls with equal options share one model call (``batch_*`` settings).

Loading takes a lock of its key only: a model downloading, converting or loading never delays a
lookup of a model already loaded, nor a load of another key. Two callers of the same key wait for
one load. A public demo has little memory, so by default the pool keeps one model per role:
loading another (a visitor's choice in the page) lets go of the previous one; requests still using
it finish first.

``Settings.backend`` picks the implementation (:func:`load_backend`): "ctranslate2",
"transformers", or "auto" (CTranslate2 when its conversion and load work, otherwise transformers,
with the reason in ``backend.fallback_reason`` for the front end to show).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from summarizer.config import Settings, env_name
from summarizer.errors import ModelLoadError
from summarizer.models._base import Seq2SeqBackend
from summarizer.models._batcher import BatchingBackend, BatchPolicy, CallBatcher
from summarizer.models._ct2 import CTranslate2Backend, CTranslate2Unavailable
from summarizer.models._hf import TransformersBackend
from summarizer.models._roles import LoadKey, Role

log = logging.getLogger(__name__)

Loader = Callable[[LoadKey], Seq2SeqBackend]

# Models kept loaded per role (see the module docstring).
MAX_LOADED_PER_ROLE = 1


def load_key(key: LoadKey) -> Seq2SeqBackend:
    """A new backend for ``key`` (what a pool calls; no sharing)."""
    return load_backend(key.model_id, key.role.setting, key.settings)


def load_backend(model_id: str, setting: str, settings: Settings) -> Seq2SeqBackend:
    """A new backend for ``model_id`` as ``settings.backend`` says (no sharing; see BackendPool).

    ``setting`` is the variable that chose the model, named in errors.
    """
    if settings.backend == "transformers":
        return TransformersBackend.load(model_id, setting, settings)
    try:
        return CTranslate2Backend.load(model_id, setting, settings)
    except CTranslate2Unavailable as error:
        if settings.backend == "ctranslate2":
            raise ModelLoadError(
                model_id,
                f"CTranslate2 could not convert or load it ({error}); "
                f"set {env_name('backend')}=transformers to use plain transformers",
                setting,
            ) from None
        reason = f"CTranslate2 is unavailable for {model_id} ({error}); using plain transformers"
    log.warning("%s", reason)
    backend = TransformersBackend.load(model_id, setting, settings)
    backend.fallback_reason = reason
    return backend


class BackendPool:
    """Loaded backends by :class:`LoadKey`, loaded on first use, locked per key. Thread-safe."""

    def __init__(self, loader: Loader = load_key, max_per_role: int = MAX_LOADED_PER_ROLE) -> None:
        self._loader = loader
        self._max_per_role = max_per_role
        self._lock = threading.Lock()  # guards the two dicts; never held while a model loads
        self._loaded: dict[LoadKey, Seq2SeqBackend] = {}
        self._batchers: dict[LoadKey, CallBatcher] = {}
        self._loading: dict[LoadKey, threading.Lock] = {}

    def get(self, role: Role | str, settings: Settings) -> BatchingBackend:
        """``role``'s backend for ``settings``, loaded on first use; its calls wait at most
        ``settings.busy_timeout`` seconds for the model, and share model calls with other
        callers' as the ``batch_*`` settings say."""
        key = LoadKey.of(role, settings)
        backend, batcher = self._shared(key)
        view = backend.with_busy_timeout(settings.busy_timeout)
        return BatchingBackend(view, batcher, BatchPolicy.from_settings(settings))

    def loaded(self) -> tuple[LoadKey, ...]:
        """The keys of the models loaded now."""
        with self._lock:
            return tuple(self._loaded)

    def clear(self) -> None:
        """Let go of every loaded model (the next use loads again)."""
        with self._lock:
            self._loaded.clear()
            self._batchers.clear()

    def _shared(self, key: LoadKey) -> tuple[Seq2SeqBackend, CallBatcher]:
        with self._lock:
            if key in self._loaded:
                return self._loaded[key], self._batchers[key]
            key_lock = self._loading.setdefault(key, threading.Lock())
        with key_lock:  # one load per key; other keys go on meanwhile
            with self._lock:
                if key in self._loaded:
                    return self._loaded[key], self._batchers[key]
            backend = self._loader(key)
            return backend, self._keep(key, backend)

    def _keep(self, key: LoadKey, backend: Seq2SeqBackend) -> CallBatcher:
        with self._lock:
            same_role = [other for other in self._loaded if other.role == key.role]
            for old in same_role[: max(0, len(same_role) - self._max_per_role + 1)]:
                del self._loaded[old]
                del self._batchers[old]
            self._loaded[key] = backend
            self._batchers[key] = batcher = CallBatcher()
            self._loading.pop(key, None)
            return batcher
