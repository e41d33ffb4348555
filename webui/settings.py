"""Settings of the page only (the library's are :class:`summarizer.config.Settings`).

Read from ``SUMMARIZER_*`` variables with the library's parsers, so a bad value is the same kind of
error, naming the variable. The defaults are the safe ones for a public demo.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from summarizer.config import env_name, read_env

log = logging.getLogger("summarizer.app")


@dataclass(frozen=True)
class PageSettings:
    """Field ``x`` is read from ``SUMMARIZER_X``."""

    # Off: the model fields are hidden and the page always uses the operator's models, so no
    # visitor can make the server load a directory (probing which paths exist) or evict the
    # shared model for everyone.
    allow_model_choice: bool = False
    # Deprecated (before SUMMARIZER_ALLOW_MODEL_CHOICE, model choice was on unless this was 1).
    # Still read, in the safe direction only: 1 keeps model choice off whatever the new variable
    # says; 0 opens nothing.
    lock_models: bool = False

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PageSettings:
        env = os.environ if env is None else env
        settings = cls(**read_env(cls, env))
        if env.get(env_name("lock_models"), "").strip():
            _warn_lock_models_deprecated()
        return settings

    @property
    def model_choice(self) -> bool:
        """Whether visitors may type other model ids."""
        return self.allow_model_choice and not self.lock_models


@functools.cache  # once per process, not on every rerun of the page
def _warn_lock_models_deprecated() -> None:
    log.warning(
        "%s is deprecated and can be removed: model choice is off unless %s=1.",
        env_name("lock_models"),
        env_name("allow_model_choice"),
    )
