"""Output: the JSON and Markdown exports and the share-link store."""

from ._export import clean, numbers
from ._share import SharedResult, open_store

__all__ = ["SharedResult", "clean", "numbers", "open_store"]
