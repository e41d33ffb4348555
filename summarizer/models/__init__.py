"""The model lifecycle: where models come from (hub, cache, local directory), conversion to
CTranslate2, preparation and status, and the generation backends."""

from ._convert import peak_rss_mb
from ._lifecycle import ModelProgress, ModelStatus, amount_text, megabytes, prepare, status
from ._registry import (
    SETTING_FOR_ROLE,
    CTranslate2Backend,
    DelegatingBackend,
    Generated,
    GenerationOptions,
    Seq2SeqBackend,
    clear_backends,
    convert_model,
    get_backend,
    load_backend,
    supported_compute_types,
)

__all__ = [
    "SETTING_FOR_ROLE",
    "CTranslate2Backend",
    "DelegatingBackend",
    "Generated",
    "GenerationOptions",
    "ModelProgress",
    "ModelStatus",
    "Seq2SeqBackend",
    "amount_text",
    "clear_backends",
    "convert_model",
    "get_backend",
    "load_backend",
    "megabytes",
    "peak_rss_mb",
    "prepare",
    "status",
    "supported_compute_types",
]
