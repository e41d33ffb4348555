"""The HTTP API (FastAPI): ``create_app`` builds it; ``python -m summarizer serve`` runs it.

Importing this package is cheap; FastAPI loads with :mod:`summarizer.api.app`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
