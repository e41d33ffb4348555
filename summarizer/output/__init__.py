"""Output: the JSON and Markdown exports and the share-link store."""

from ._export import clean, numbers
from ._share import (
    SHARE_ID_PATTERN,
    SharedResult,
    database_location,
    immediate_transaction,
    is_postgres,
    open_store,
)

__all__ = [
    "SHARE_ID_PATTERN",
    "SharedResult",
    "clean",
    "database_location",
    "immediate_transaction",
    "is_postgres",
    "numbers",
    "open_store",
]
