"""The Hugging Face hub, cache first: a model already downloaded is found on disk, with no request.

:func:`cached_snapshot` looks in the local hub cache (``HF_HOME``/``HF_HUB_CACHE``) without any
network access. :func:`download_snapshot` fetches what a model needs to load and nothing else
(config, tokenizer and generation files, one copy of the weights: not the TensorFlow, Flax or Rust
copies many repositories also hold), with short timeouts: one metadata request that either answers
within :data:`HUB_TIMEOUT` seconds or fails, then ``snapshot_download`` pinned to the commit that
request reported. huggingface_hub's own retries are kept for interrupted file transfers only (it
tries a cut file again up to five times, a second apart, resuming where it can, then gives up).

Download progress is counted in bytes in a :class:`ByteCounter`, which downloads update from
worker threads and callers read from theirs.

Failures raise :class:`HubError`, whose message is a reason a person can act on.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summarizer.errors import ForeignTable, first_line, foreign_match

# Seconds allowed for the metadata request and for each file's first answer. A hub that is down
# or unreachable therefore costs one such wait, never rounds of retries.
HUB_TIMEOUT = 5.0
# Small files a model needs besides its weights: config, generation config, tokenizer files.
SMALL_FILE_SUFFIXES = (".json", ".txt", ".spm", ".model")
# One copy of the weights, in order of preference: (single file, shard index, shard name pattern).
WEIGHT_FORMATS = (
    ("model.safetensors", "model.safetensors.index.json", r"model-\d+-of-\d+\.safetensors"),
    ("pytorch_model.bin", "pytorch_model.bin.index.json", r"pytorch_model-\d+-of-\d+\.bin"),
)
_INDEX_FILES = {index for _single, index, _pattern in WEIGHT_FORMATS}
# Exception class names (in any base class) that mean the hub could not be reached or answered
# too late; huggingface_hub's HTTP library differs between versions, so it is matched by name.
_NETWORK_ERRORS = {"TransportError", "TimeoutException", "ConnectionError", "TimeoutError"}
PREPARE_HINT = "prepare it with `python -m summarizer models prepare` while the hub is reachable"
OFFLINE_REASON = (
    f"it is not in the local model cache and HF_HUB_OFFLINE=1 forbids downloads; {PREPARE_HINT}"
)


class HubError(Exception):
    """The model could not be found in the cache or downloaded (the message says why)."""


class ByteCounter:
    """Bytes of a download done so far and expected in all; safe to share between threads."""

    def __init__(self, total: int = 0) -> None:
        self._lock = threading.Lock()
        self._bars: dict[int, int] = {}
        self.total = total

    def record(self, bar: int, count: int) -> None:
        with self._lock:
            self._bars[bar] = count

    @property
    def done(self) -> int:
        # huggingface_hub counts the same bytes on two bars (received, written): take the larger.
        with self._lock:
            return max(self._bars.values(), default=0)


def is_hub_id(model_id: str) -> bool:
    """``owner/name`` or ``name``: what the hub accepts as a model id (not a path)."""
    return re.fullmatch(r"[\w.-]+(/[\w.-]+)?", model_id) is not None and ".." not in model_id


def wanted_files(names: Iterable[str]) -> list[str]:
    """The files of a repository that loading the model needs (see the module docstring)."""
    top_level = {name for name in names if "/" not in name}
    weights = _weight_files(top_level)
    if not weights:
        raise HubError("the repository holds no PyTorch or safetensors weights")
    small = {
        name
        for name in top_level
        if name.endswith(SMALL_FILE_SUFFIXES) and name not in _INDEX_FILES
    }
    return sorted(small | set(weights))


def _weight_files(names: set[str]) -> list[str]:
    for single, index, shard_pattern in WEIGHT_FORMATS:
        if single in names:
            return [single]
        if index in names:
            shards = sorted(name for name in names if re.fullmatch(shard_pattern, name))
            return [index, *shards]
    return []


def cache_root() -> Path:
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE).expanduser()


def storage_folder(repo_id: str) -> Path:
    return cache_root() / ("models--" + repo_id.replace("/", "--"))


def cached_snapshot(repo_id: str) -> Path | None:
    """The complete cached snapshot of ``repo_id``'s main branch, or None; never uses the network.

    Complete means every file :func:`wanted_files` picks from the cached file listing is there.
    A snapshot without a cached listing (downloaded by other tools) needs config.json and weights.
    """
    from huggingface_hub import snapshot_download

    listing = _cached_listing(repo_id)
    try:
        patterns = wanted_files(listing) if listing else None
        folder = Path(snapshot_download(repo_id, local_files_only=True, allow_patterns=patterns))
    except (OSError, ValueError, HubError):
        return None  # not cached, or incomplete (huggingface_hub raises OSError subclasses)
    present = {entry.name for entry in folder.iterdir() if entry.exists()}
    needed = patterns or ["config.json", *(_weight_files(present) or ["model weights"])]
    return folder if all((folder / name).exists() for name in needed) else None


def _cached_listing(repo_id: str) -> list[str] | None:
    """The file listing cached by a previous snapshot_download, or None (none, or an older
    huggingface_hub without it)."""
    try:
        from huggingface_hub import get_cached_repo_tree
    except ImportError:
        return None
    try:
        return [entry.path for entry in get_cached_repo_tree(repo_id)]
    except Exception:  # CachedRepoTreeNotFoundError and unreadable caches alike: no listing
        return None


def download_snapshot(repo_id: str, counter: ByteCounter) -> Path:
    """Download what ``repo_id`` needs into the hub cache; returns the snapshot folder."""
    from huggingface_hub import HfApi, constants, snapshot_download

    if constants.HF_HUB_OFFLINE:
        raise HubError(OFFLINE_REASON)
    try:
        info = HfApi().model_info(
            repo_id, revision="main", timeout=HUB_TIMEOUT, files_metadata=True
        )
        sizes = {sibling.rfilename: sibling.size or 0 for sibling in info.siblings or []}
        files = wanted_files(sizes)
        counter.total = sum(sizes[name] for name in files)
        folder = snapshot_download(
            repo_id,
            revision=info.sha,
            allow_patterns=files,
            etag_timeout=HUB_TIMEOUT,
            tqdm_class=_counting_bar(counter),
        )
    except HubError:
        raise
    except Exception as error:
        raise HubError(describe_error(error)) from None
    _write_main_ref(repo_id, str(info.sha))
    return Path(folder)


def _write_main_ref(repo_id: str, commit: str) -> None:
    """Record the commit as the cached ``main`` (snapshot_download pinned to a commit does not),
    so :func:`cached_snapshot` finds it offline. Written atomically, as huggingface_hub does."""
    ref = storage_folder(repo_id) / "refs" / "main"
    ref.parent.mkdir(parents=True, exist_ok=True)
    staging = ref.with_name(f"main.{os.getpid()}.{threading.get_ident()}.tmp")
    staging.write_text(commit)
    os.replace(staging, ref)


_INTERRUPTED = "the download was interrupted ({detail}); run the same command again to retry"
# huggingface_hub's (and its HTTP client's) errors by class name → the reason, with the error's
# {name} and {detail} (its first line); the first row that names the error's class decides.
_HUB_REASONS: ForeignTable[str] = (
    (frozenset({"OfflineModeIsEnabled"}), OFFLINE_REASON),
    (
        frozenset({"RepositoryNotFoundError", "GatedRepoError"}),
        "no such model on the hub (or it is private)",
    ),
    (frozenset({"RemoteProtocolError"}), _INTERRUPTED),
    (
        frozenset(_NETWORK_ERRORS),
        "it is not in the local model cache and the model hub could not be reached ({name}); "
        + PREPARE_HINT,
    ),
    (frozenset({"HfHubHTTPError"}), "the model hub answered with an error ({detail})"),
)


def describe_error(error: BaseException) -> str:
    """A reason for a person: the hub unreachable, the model unknown, a cut download, ..."""
    detail = first_line(error, limit=160)
    reason = foreign_match(error, _HUB_REASONS)
    if reason is None and "consistency check failed" in detail.lower():
        reason = _INTERRUPTED  # a cut download that huggingface_hub noticed only at its end
    reason = reason or "the download failed ({name}: {detail})"
    return reason.format(name=type(error).__name__, detail=detail)


def _counting_bar(counter: ByteCounter) -> type[Any]:
    """A tqdm class for snapshot_download that draws nothing and counts bytes into ``counter``."""
    from tqdm.auto import tqdm

    class CountingBar(tqdm):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.pop("name", None)
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)
            self._counts_bytes = kwargs.get("unit") == "B"

        def update(self, n: float | None = 1) -> bool | None:
            self.n += n or 0
            if self._counts_bytes:
                counter.record(id(self), int(self.n))
            return None

    return CountingBar


def folder_bytes(folder: Path) -> int:
    """Bytes on disk of the files in ``folder`` (symlinks into the hub's blob store followed)."""
    return sum(entry.stat().st_size for entry in folder.rglob("*") if entry.is_file())
