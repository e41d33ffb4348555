"""The model lifecycle: where models come from (hub, cache, local directory), conversion to
CTranslate2, preparation and status, the generation backends, and the backend pool that each front
end owns.

Modules depend one way: ``_roles`` → ``_hub`` → ``_source`` → ``_tokenizers`` → ``_convert`` →
``_base`` → ``_hf`` → ``_ct2`` → ``_batcher`` → ``_pool`` → ``_lifecycle``.
"""

from ._base import (
    DelegatingBackend,
    Generated,
    GenerationOptions,
    ModelLock,
    Seq2SeqBackend,
    input_limit,
)
from ._batcher import BatchingBackend, BatchPolicy, BatchStats, CallBatcher, keeps_padding
from ._convert import ensure_converted, peak_rss_mb
from ._ct2 import (
    CTranslate2Backend,
    CTranslate2Unavailable,
    checked_compute_type,
    convert_model,
    split_batches,
    supported_compute_types,
)
from ._hf import TransformersBackend
from ._lifecycle import ModelStatus, all_ready, prepare, status
from ._pool import BackendPool, load_backend
from ._roles import LoadKey, Role
from ._source import ModelProgress, amount_text, megabytes, resolve, run_reporting

__all__ = [
    "BackendPool",
    "BatchPolicy",
    "BatchStats",
    "BatchingBackend",
    "CTranslate2Backend",
    "CTranslate2Unavailable",
    "CallBatcher",
    "DelegatingBackend",
    "Generated",
    "GenerationOptions",
    "LoadKey",
    "ModelLock",
    "ModelProgress",
    "ModelStatus",
    "Role",
    "Seq2SeqBackend",
    "TransformersBackend",
    "all_ready",
    "amount_text",
    "checked_compute_type",
    "convert_model",
    "ensure_converted",
    "input_limit",
    "keeps_padding",
    "load_backend",
    "megabytes",
    "peak_rss_mb",
    "prepare",
    "resolve",
    "run_reporting",
    "split_batches",
    "status",
    "supported_compute_types",
]
