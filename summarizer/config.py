"""All settings in one immutable object.

Values come from ``SUMMARIZER_*`` environment variables, optionally overridden by CLI flags or the
app's controls (``Settings.from_env(overrides={...})`` or ``settings.replace(...)``). A bad value
raises :class:`ConfigError` naming what the person typed: the flag when the value came from one
(``flag_names``), else the variable; nothing falls back silently to a default.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.check import read_glossary
from summarizer.errors import ConfigError
from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MIN_BEAMS, MIN_BULLETS

DEFAULT_TRANSLATION_MODEL = "Helsinki-NLP/opus-mt-id-en"
DEFAULT_SUMMARIZATION_MODEL = "sshleifer/distilbart-cnn-12-6"

BACKENDS = ("auto", "ctranslate2", "transformers")
# int8: within a few tenths of BLEU/ROUGE of fp32 for CTranslate2 models (README, Performance).
# The *float16 and *bfloat16 types run on GPUs only (int8 on a GPU runs as int8_float16).
COMPUTE_TYPES = (
    "default",
    "auto",
    "int8",
    "int8_float32",
    "int16",
    "float32",
    "int8_float16",
    "int8_bfloat16",
    "float16",
    "bfloat16",
)
# Where the models run: auto = a CUDA GPU when there is one, else the CPU (summarizer.models._ct2).
DEVICES = ("auto", "cpu", "cuda")

ENV_PREFIX = "SUMMARIZER_"


def _default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "summarizer")


def _allowed(default: Any, **rule: Any) -> Any:
    """A settings field whose allowed values are written beside it: ``choices=(...)``,
    ``within=(low, high)`` (inclusive) or ``each_within=(low, high)`` for every item."""
    return field(default=default, metadata=rule)


# On a CPU, CTranslate2 runs at most this many source tokens at once (examples x the longest, in
# sub-batches it sorts by length), whatever the callers batch: a call's working memory grows with
# them (distilbart keeps ~48 KB of cross-attention per source token and beam), and four full
# 1,024-token chunks at once would add ~400 MB to a 2.7 GB host's peak. One such chunk (or ~16
# sentences) per sub-batch costs little time there: the CPU is busy with one chunk already.
CPU_BATCH_TOKENS = 1024  # summarizer.models._ct2; batch_max_tokens' default
# Calls one CTranslate2 model runs at once when SUMMARIZER_MODEL_WORKERS is 0 (auto), and the
# most it may be set to. Measured on 2 CPUs (README, "Performance"): a second worker costs one
# visitor little (decoding gains little from a second thread) and lets two requests run at once.
AUTO_MODEL_WORKERS = 2
MAX_MODEL_WORKERS = 64
# Sentences one translation call holds at most (SUMMARIZER_TRANSLATION_BATCH_SIZE's default;
# summarizer.generate plans fewer, fuller batches within it; README, "Performance").
TRANSLATION_BATCH_SIZE = 32
# Runs a front end's queue lets through at once, at most (SUMMARIZER_QUEUE_RUNS).
MAX_QUEUE_RUNS = 64


@dataclass(frozen=True)
class Settings:
    """Every tunable of the library. Field ``x`` is read from ``SUMMARIZER_X``."""

    translation_model: str = DEFAULT_TRANSLATION_MODEL
    summarization_model: str = DEFAULT_SUMMARIZATION_MODEL
    backend: str = _allowed("auto", choices=BACKENDS)
    compute_type: str = _allowed("int8", choices=COMPUTE_TYPES)
    device: str = _allowed("auto", choices=DEVICES)
    # CTranslate2 conversion in a child process, which hands its ~2 GB peak back to the system;
    # 0 converts in this process (faster to start: tests, benchmark smoke runs).
    convert_in_subprocess: bool = True
    cache_dir: str = field(default_factory=_default_cache_dir)
    # threads 0: the CPUs actually available to this process (cgroup-aware)
    threads: int = _allowed(0, within=(0, 256))
    # Calls one loaded CTranslate2 model runs at once (its workers share the weights and split
    # the threads); 0 = auto: AUTO_MODEL_WORKERS, at most one per thread (README, "Settings").
    model_workers: int = _allowed(0, within=(0, MAX_MODEL_WORKERS))
    bullets: int = _allowed(5, within=(MIN_BULLETS, MAX_BULLETS))
    num_beams: int = _allowed(2, within=(MIN_BEAMS, MAX_BEAMS))
    # Beams of a long article's partial summaries (map and reduce rounds: intermediate text the
    # final pass, at num_beams, summarises again); 1 = greedy (README, "Speed").
    map_beams: int = _allowed(1, within=(MIN_BEAMS, MAX_BEAMS))
    # A translation model whose languages have their own subword pieces (opus-mt) outputs only
    # the target language's: a smaller output layer, the same English (README, "Performance").
    target_pieces_only: bool = True
    source_lang: str = _allowed("auto", choices=SOURCE_LANGS)
    translation_batch_size: int = _allowed(TRANSLATION_BATCH_SIZE, within=(1, 256))
    max_chars: int = _allowed(50_000, within=(100, 10_000_000))
    max_upload_bytes: int = _allowed(2_000_000, within=(1_000, 200_000_000))
    max_fetch_bytes: int = _allowed(5_000_000, within=(1_000, 200_000_000))
    fetch_timeout: float = _allowed(15.0, within=(0.1, 300))
    # PDF pages read at most; beyond it the first pages are read with a "partial" note.
    max_pages: int = _allowed(50, within=(1, 10_000))
    allowed_ports: tuple[int, ...] = _allowed((80, 443), each_within=(1, 65535))
    allow_loopback_urls: bool = False
    busy_timeout: float = _allowed(120.0, within=(0.0, 3600))
    # The queue of model work each front end owns (summarizer.admission): runs at a time (0 =
    # auto: as many as a model has workers, so each worker has a run to serve), and how many more
    # may wait in line before the demo says it is busy.
    queue_runs: int = _allowed(0, within=(0, MAX_QUEUE_RUNS))
    queue_length: int = _allowed(16, within=(0, 10_000))
    # Concurrent calls to one model with equal generation options share one model call
    # (summarizer.models._batcher): the first waits this long for others; a shared call holds at
    # most this many padded tokens (0 = no sharing; the default is what CTranslate2 runs at once
    # on a CPU); batch_padded also merges inputs of different lengths (outputs may then differ
    # slightly).
    batch_wait_ms: float = _allowed(5.0, within=(0.0, 1000))
    batch_max_tokens: int = _allowed(CPU_BATCH_TOKENS, within=(0, 1_000_000))
    batch_padded: bool = False
    seed: int = 0
    # Share links (summarizer.output._share): "" = <cache_dir>/shares.sqlite3; postgresql://… =
    # PostgreSQL.
    share_db: str = ""
    share_days: int = _allowed(30, within=(1, 3650))
    share_max_record_bytes: int = _allowed(2_000_000, within=(1_000, 100_000_000))
    share_max_records: int = _allowed(10_000, within=(1, 100_000_000))
    share_max_bytes: int = _allowed(500_000_000, within=(1_000, 1_000_000_000_000))
    # HTTP API (summarizer.api): a bearer token callers must send ("" = none); the page uses the
    # API at api_url instead of the in-process pipeline when it is set
    # (summarizer.pipeline._remote).
    api_token: str = field(default="", repr=False)
    api_url: str = ""
    # A glossary file (TSV: Indonesian term<TAB>English rendering) applied to every translation
    # (summarizer.check); "" = none. Read and checked when the settings are made.
    glossary: str = _allowed("", glossary=True)
    # Per-visitor limits on the page and the API, counted in the share store (summarizer.quota);
    # 0 = no limit. Addresses (or CIDR ranges) whose X-Forwarded-For is believed.
    runs_per_10_minutes: int = _allowed(0, within=(0, 1_000_000))
    chars_per_hour: int = _allowed(0, within=(0, 10_000_000_000))
    trusted_proxies: tuple[str, ...] = _allowed((), networks=True)
    # GET /metrics on the API (Prometheus text); needs metrics_token, or else api_token.
    metrics: bool = False
    metrics_token: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            _check(f.name, getattr(self, f.name), env_name(f.name))

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str] | None = None,
        overrides: Mapping[str, Any] | None = None,
        *,
        flag_names: Mapping[str, str] | None = None,
    ) -> Settings:
        """Settings from ``SUMMARIZER_*`` variables, then ``overrides`` (flags; None = unset).

        ``flag_names`` maps a field to the flag that set it ("num_beams": "--beams"): a bad
        override is then reported under that name rather than the variable's.
        """
        values = read_env(cls, os.environ if env is None else env)
        for name, value in (overrides or {}).items():
            if value is not None:
                # Checked here, so that the error names the flag the person typed.
                _check(name, value, (flag_names or {}).get(name) or env_name(name))
                values[name] = value
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def effective_threads(self) -> int:
        return self.threads or available_cpus()

    @property
    def effective_model_workers(self) -> int:
        """Calls one CTranslate2 model runs at once (``model_workers``, or auto)."""
        return self.model_workers or min(AUTO_MODEL_WORKERS, self.effective_threads)

    @property
    def effective_queue_runs(self) -> int:
        """Runs a front end's queue lets through at once (``queue_runs``, or auto)."""
        return self.queue_runs or self.effective_model_workers

    @property
    def threads_per_worker(self) -> int:
        """Threads each of a model's workers computes with (at least one)."""
        return max(1, self.effective_threads // self.effective_model_workers)


def env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


def read_env(cls: type, env: Mapping[str, str]) -> dict[str, Any]:
    """The fields of dataclass ``cls`` that ``env`` sets (``SUMMARIZER_<FIELD>``), parsed.

    Shared by :class:`Settings` and front ends' own settings objects, so every variable is read
    and refused the same way. Empty values count as unset.
    """
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        raw = env.get(env_name(f.name))
        if raw is not None and raw.strip() != "":
            values[f.name] = _parse(f.name, str(f.type), raw.strip())
    return values


def available_cpus() -> int:
    """CPUs this process may use: affinity mask and cgroup v2/v1 CPU quota both respected."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    quota = cgroup_cpu_limit()
    if quota is not None:
        count = min(count, quota)
    return max(1, count)


def cgroup_cpu_limit() -> int | None:
    """The CPU quota of this process's cgroup (v2, else v1), rounded; None when unlimited."""
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


_MODEL_FIELDS = ("translation_model", "summarization_model")


def _check(name: str, value: Any, label: str) -> None:
    """Raise ConfigError, naming ``label`` (a flag or variable), if ``value`` is not allowed."""
    rule = _RULES.get(name, {})
    if "choices" in rule:
        _check_choice(label, value, rule["choices"])
    elif "within" in rule:
        _check_range(label, value, *rule["within"])
    elif "each_within" in rule:
        for item in value:
            _check_range(label, item, *rule["each_within"])
    elif rule.get("networks"):
        for item in value:
            _check_network(label, item)
    elif rule.get("glossary") and value:
        read_glossary(value, label)
    elif name in _MODEL_FIELDS and not str(value).strip():
        raise ConfigError(f"{label} must name a model (hub id or local directory).", setting=label)


def _check_choice(label: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(
            f"{label}={value!r} is not valid; choose one of: {', '.join(choices)}.", setting=label
        )


def _check_range(label: str, value: float, low: float, high: float) -> None:
    if isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{label}={value!r} is out of range; use {low}–{high}.", setting=label)


def _check_network(label: str, value: str) -> None:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ConfigError(
            f"{label}: {value!r} is not an IP address or range; e.g. 10.0.0.0/8,127.0.0.1.",
            setting=label,
        ) from None


def _parse_bool(name: str, raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    setting = env_name(name)
    raise ConfigError(f"{setting}={raw!r} is not a boolean; use 1 or 0.", setting=setting)


def _parse_number(kind: Callable[[str], Any]) -> Callable[[str, str], Any]:
    def parse(name: str, raw: str) -> Any:
        try:
            return kind(raw)
        except ValueError:
            setting = env_name(name)
            message = f"{setting}={raw!r} is not a valid number."
            raise ConfigError(message, setting=setting) from None

    return parse


def _parse_ports(name: str, raw: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in raw.split(",") if part.strip())
    except ValueError:
        setting = env_name(name)
        raise ConfigError(
            f"{setting}={raw!r}: give ports as numbers, e.g. 80,443.", setting=setting
        ) from None


_PARSERS: dict[type | str, Callable[[str, str], Any]] = {
    "bool": _parse_bool,
    "int": _parse_number(int),
    "float": _parse_number(float),
    "tuple[int, ...]": _parse_ports,
    "tuple[str, ...]": lambda _name, raw: tuple(p.strip() for p in raw.split(",") if p.strip()),
    "str": lambda _name, raw: raw,
}


def _parse(name: str, type_name: str, raw: str) -> Any:
    return _PARSERS[type_name](name, raw)


# Each field's allowed values (from ``_allowed`` above), looked up by field name.
_RULES = {f.name: f.metadata for f in dataclasses.fields(Settings)}
