"""The HTTP API (FastAPI): ``create_app`` builds it; ``python -m summarizer serve`` runs it.

Importing this package is cheap: FastAPI loads with ``create_app`` and Ray with the Ray names.
"""

from __future__ import annotations

from typing import Any

from ._serve import BackgroundServer, add_arguments, bind, serve

__all__ = [
    "APP_NAME",
    "BackgroundServer",
    "add_arguments",
    "bind",
    "create_app",
    "deploy",
    "local_options",
    "serve",
]

_RAY_NAMES = frozenset({"APP_NAME", "deploy", "local_options"})


def __getattr__(name: str) -> Any:
    # FastAPI and Ray are heavy: load them when a caller first asks for them.
    if name == "create_app":
        from ._app import create_app

        return create_app
    if name in _RAY_NAMES:
        from . import _ray_serve

        return getattr(_ray_serve, name)
    raise AttributeError(name)
