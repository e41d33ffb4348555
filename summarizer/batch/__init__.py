"""Many articles at once: JSON Lines in, one JSON line out per article, resumable; on the
embedded engine (one process) or on Ray Data (an actor pool, a local instance or a cluster)."""

from ._items import GROUP_SIZE, BatchItem, read_items
from ._load import HOST_DELAY, PER_HOST, HostLimiter
from ._records import ResumeState, error_record, result_record, resume_state
from ._run import ENGINES, BatchOptions, BatchReport, run_batch

__all__ = [
    "ENGINES",
    "GROUP_SIZE",
    "HOST_DELAY",
    "PER_HOST",
    "BatchItem",
    "BatchOptions",
    "BatchReport",
    "HostLimiter",
    "ResumeState",
    "error_record",
    "read_items",
    "result_record",
    "resume_state",
    "run_batch",
]
