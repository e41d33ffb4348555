"""Model loading and generation: the only package that touches a model.

A backend wraps one sequence-to-sequence model behind the contract in :mod:`.base`
(:class:`Seq2SeqBackend`): count tokens with the model's own tokenizer, and generate for a batch
of texts. Two implementations follow it:

* :class:`CTranslate2Backend` (:mod:`.ct2`): the fast path, on a converted, cached copy of the
  model (int8 weights by default), tokenised by the transformers tokenizer.
* :class:`TransformersBackend` (:mod:`.hf`): plain transformers (PyTorch), the reference and the
  fallback.

``Settings.backend`` picks one: "ctranslate2", "transformers", or "auto" (CTranslate2 when its
conversion and load work, otherwise transformers, with the reason in ``backend.fallback_reason``
for the app to show). Both use ``Settings.effective_threads`` threads (cgroup-aware).

Models load lazily, once per process (see :func:`get_backend`), and each backend serialises its
own use with a lock: tokenizers and models are not safe to use from several threads at once, and a
request that waits longer than ``busy_timeout`` gets a :class:`BusyError` instead of hanging.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from summarizer.config import Settings, env_name
from summarizer.errors import ModelLoadError
from summarizer.models._base import (
    DelegatingBackend,
    Generated,
    GenerationOptions,
    ModelLock,
    Seq2SeqBackend,
    input_limit,
)
from summarizer.models._ct2 import (
    CTranslate2Backend,
    CTranslate2Unavailable,
    checked_compute_type,
    convert_model,
    supported_compute_types,
)
from summarizer.models._hf import (
    TransformersBackend,
    load_tokenizer_and_config,
    load_transformers_model,
    model_location,
)

__all__ = [
    "SETTING_FOR_ROLE",
    "CTranslate2Backend",
    "CTranslate2Unavailable",
    "DelegatingBackend",
    "Generated",
    "GenerationOptions",
    "ModelLock",
    "Seq2SeqBackend",
    "TransformersBackend",
    "checked_compute_type",
    "clear_backends",
    "convert_model",
    "get_backend",
    "input_limit",
    "load_backend",
    "load_tokenizer_and_config",
    "load_transformers_model",
    "model_location",
    "supported_compute_types",
]

log = logging.getLogger(__name__)

# --- one backend per (role, model, settings that change loading), shared by all requests -------

_BACKENDS: dict[tuple[Any, ...], Seq2SeqBackend] = {}
_BACKENDS_LOCK = threading.Lock()

SETTING_FOR_ROLE = {
    "translation": env_name("translation_model"),
    "summarization": env_name("summarization_model"),
}

# Models kept loaded per role: a public demo has little memory, so loading another model (a
# visitor's choice in the app) lets go of the previous one; requests still using it finish first.
MAX_LOADED_PER_ROLE = 1


def get_backend(role: str, settings: Settings) -> Seq2SeqBackend:
    """The shared backend for ``role`` ("translation" or "summarization"), loaded on first use."""
    model_id = settings.translation_model if role == "translation" else settings.summarization_model
    key = (role, model_id, settings.backend, settings.compute_type, settings.threads)
    with _BACKENDS_LOCK:
        backend = _BACKENDS.get(key)
        if backend is None:
            backend = load_backend(model_id, SETTING_FOR_ROLE[role], settings)
            same_role = [other for other in _BACKENDS if other[0] == role]
            for old in same_role[: max(0, len(same_role) - MAX_LOADED_PER_ROLE + 1)]:
                del _BACKENDS[old]
            _BACKENDS[key] = backend
    return backend


def load_backend(model_id: str, setting: str, settings: Settings) -> Seq2SeqBackend:
    """A new backend for ``model_id`` as ``settings.backend`` says (no sharing; see get_backend)."""
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


def clear_backends() -> None:
    """Forget loaded models (tests; the app's "reload models" action)."""
    with _BACKENDS_LOCK:
        _BACKENDS.clear()
