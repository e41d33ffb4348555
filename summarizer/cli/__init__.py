"""The command line: ``python -m summarizer …``."""

from ._main import main

__all__ = ["main"]
