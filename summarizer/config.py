"""All settings in one immutable object.

Values come from ``SUMMARIZER_*`` environment variables, optionally overridden by CLI flags or the
app's controls (``Settings.from_env(overrides={...})`` or ``settings.replace(...)``). A bad value
raises :class:`ConfigError` naming the variable; nothing falls back silently to a default.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_TRANSLATION_MODEL = "Helsinki-NLP/opus-mt-id-en"
DEFAULT_SUMMARIZATION_MODEL = "sshleifer/distilbart-cnn-12-6"

BACKENDS = ("auto", "ctranslate2", "transformers")
# int8: within a few tenths of BLEU/ROUGE of fp32 for CTranslate2 models (README, Performance).
COMPUTE_TYPES = ("default", "auto", "int8", "int8_float32", "int16", "float32")
SOURCE_LANGS = ("auto", "id", "en")

ENV_PREFIX = "SUMMARIZER_"


def _default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "summarizer")


@dataclass(frozen=True)
class Settings:
    """Every tunable of the library. Field ``x`` is read from ``SUMMARIZER_X``."""

    translation_model: str = DEFAULT_TRANSLATION_MODEL
    summarization_model: str = DEFAULT_SUMMARIZATION_MODEL
    backend: str = "auto"
    compute_type: str = "int8"
    cache_dir: str = field(default_factory=_default_cache_dir)
    threads: int = 0  # 0: the CPUs actually available to this process (cgroup-aware)
    bullets: int = 5
    num_beams: int = 2
    source_lang: str = "auto"
    translation_batch_size: int = 16
    max_chars: int = 50_000
    max_upload_bytes: int = 2_000_000
    max_fetch_bytes: int = 5_000_000
    fetch_timeout: float = 15.0
    allowed_ports: tuple[int, ...] = (80, 443)
    allow_loopback_urls: bool = False
    lock_models: bool = False  # public demos: visitors may not choose other models
    busy_timeout: float = 120.0
    seed: int = 0
    # Share links (summarizer.share): "" = <cache_dir>/shares.sqlite3; postgresql://… = PostgreSQL.
    share_db: str = ""
    share_days: int = 30
    share_max_record_bytes: int = 2_000_000
    share_max_records: int = 10_000
    share_max_bytes: int = 500_000_000
    # HTTP API (summarizer.api): a bearer token callers must send ("" = none); the page uses the
    # API at api_url instead of the in-process pipeline when it is set (summarizer.remote).
    api_token: str = field(default="", repr=False)
    api_url: str = ""

    def __post_init__(self) -> None:
        _check_choice("backend", self.backend, BACKENDS)
        _check_choice("compute_type", self.compute_type, COMPUTE_TYPES)
        _check_choice("source_lang", self.source_lang, SOURCE_LANGS)
        _check_range("bullets", self.bullets, 1, 10)
        _check_range("num_beams", self.num_beams, 1, 8)
        _check_range("threads", self.threads, 0, 256)
        _check_range("translation_batch_size", self.translation_batch_size, 1, 256)
        _check_range("max_chars", self.max_chars, 100, 10_000_000)
        _check_range("max_upload_bytes", self.max_upload_bytes, 1_000, 200_000_000)
        _check_range("max_fetch_bytes", self.max_fetch_bytes, 1_000, 200_000_000)
        _check_range("fetch_timeout", self.fetch_timeout, 0.1, 300)
        _check_range("busy_timeout", self.busy_timeout, 0.0, 3600)
        _check_range("share_days", self.share_days, 1, 3650)
        _check_range("share_max_record_bytes", self.share_max_record_bytes, 1_000, 100_000_000)
        _check_range("share_max_records", self.share_max_records, 1, 100_000_000)
        _check_range("share_max_bytes", self.share_max_bytes, 1_000, 1_000_000_000_000)
        for port in self.allowed_ports:
            _check_range("allowed_ports", port, 1, 65535)
        for name in ("translation_model", "summarization_model"):
            if not str(getattr(self, name)).strip():
                raise ConfigError(
                    f"{env_name(name)} must name a model (hub id or local directory)."
                )

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, overrides: Mapping[str, Any] | None = None
    ) -> Settings:
        """Settings from ``SUMMARIZER_*`` variables, then ``overrides`` (flags; None = unset)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(env_name(f.name))
            if raw is not None and raw.strip() != "":
                values[f.name] = _parse(f.name, raw.strip())
        for name, value in (overrides or {}).items():
            if value is not None:
                values[name] = value
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def effective_threads(self) -> int:
        return self.threads or available_cpus()


def env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


def available_cpus() -> int:
    """CPUs this process may use: affinity mask and cgroup v2/v1 CPU quota both respected."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    quota = _cgroup_cpu_limit()
    if quota is not None:
        count = min(count, quota)
    return max(1, count)


def _cgroup_cpu_limit() -> int | None:
    try:
        text = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if text and text[0] != "max":
            return max(1, int(int(text[0]) / int(text[1]) + 0.5))
    except (OSError, ValueError, IndexError):
        pass
    try:
        quota = int(Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us").read_text())
        period = int(Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us").read_text())
        if quota > 0 and period > 0:
            return max(1, int(quota / period + 0.5))
    except (OSError, ValueError):
        pass
    return None


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(
            f"{env_name(name)}={value!r} is not valid; choose one of: {', '.join(choices)}."
        )


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{env_name(name)}={value!r} is out of range; use {low}–{high}.")


def _parse_bool(name: str, raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{env_name(name)}={raw!r} is not a boolean; use 1 or 0.")


def _parse_number(kind: Callable[[str], Any]) -> Callable[[str, str], Any]:
    def parse(name: str, raw: str) -> Any:
        try:
            return kind(raw)
        except ValueError:
            raise ConfigError(f"{env_name(name)}={raw!r} is not a valid number.") from None

    return parse


def _parse_ports(name: str, raw: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in raw.split(",") if part.strip())
    except ValueError:
        raise ConfigError(
            f"{env_name(name)}={raw!r}: give ports as numbers, e.g. 80,443."
        ) from None


_PARSERS: dict[type | str, Callable[[str, str], Any]] = {
    "bool": _parse_bool,
    "int": _parse_number(int),
    "float": _parse_number(float),
    "tuple[int, ...]": _parse_ports,
    "str": lambda _name, raw: raw,
}


def _parse(name: str, raw: str) -> Any:
    type_name = {f.name: f.type for f in dataclasses.fields(Settings)}[name]
    return _PARSERS[str(type_name)](name, raw)
