"""The two model roles, and the one table of what each role reads from the settings.

Everything that maps a role to its settings goes through :class:`Role`: the model id field, the
variable a person sets (``SUMMARIZER_TRANSLATION_MODEL``), and the settings that change how a model
loads (:class:`LoadKey`, the backend pool's key).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from summarizer.config import Settings, env_name


class Role(StrEnum):
    """What a model is for. A ``StrEnum``: ``Role.TRANSLATION == "translation"``."""

    TRANSLATION = "translation"
    SUMMARIZATION = "summarization"

    @property
    def model_field(self) -> str:
        """The Settings field that names this role's model."""
        return MODEL_FIELD[self]

    @property
    def setting(self) -> str:
        """The environment variable a person sets to choose this role's model."""
        return env_name(self.model_field)

    def model(self, settings: Settings) -> str:
        """The model id (hub id or local directory) configured for this role."""
        return str(getattr(settings, self.model_field))

    @classmethod
    def for_setting(cls, setting: str) -> Role | None:
        """The role whose model ``setting`` (a variable name) chooses; None for another name."""
        return next((role for role in cls if role.setting == setting), None)


# The one table: role → the Settings field holding its model id.
MODEL_FIELD = MappingProxyType(
    {Role.TRANSLATION: "translation_model", Role.SUMMARIZATION: "summarization_model"}
)

# Settings that change what loading a model produces, besides the role's model id. busy_timeout is
# deliberately absent: it is how long one call waits for a loaded model, given per call.
LOADING_FIELDS = (
    "backend",
    "compute_type",
    "device",
    "cache_dir",
    "convert_in_subprocess",
    "threads",
    "model_workers",
)


@dataclass(frozen=True)
class LoadKey:
    """Everything that changes loading a role's model: the backend pool's key.

    ``settings`` holds only those values (every other field at its default), and is what the
    loader gets, so a setting outside the key cannot change a loaded model unnoticed.
    """

    role: Role
    model_id: str
    settings: Settings

    @classmethod
    def of(cls, role: Role | str, settings: Settings) -> LoadKey:
        role = Role(role)
        values = {name: getattr(settings, name) for name in LOADING_FIELDS}
        values[role.model_field] = role.model(settings)
        return cls(role, role.model(settings), Settings(**values))
