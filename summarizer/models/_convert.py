"""Convert a transformers seq2seq model to CTranslate2 once, cache it on disk, reuse it.

The converted model lives in ``<cache_dir>/ct2/<name>-<quantization>-<key>/``. The key hashes
what the conversion depends on: the model (hub id and snapshot revision, or a local directory and
the size and modification time of every file in it), the quantization, the CTranslate2 version and
this module's conversion revision. A changed source model therefore gets a new key and is converted
again; an unchanged one is loaded straight from the cache. Older conversions of the same model and
quantization are removed once a new one is in place.

Conversion writes to a temporary directory next to the cache entry and renames it into place, so a
crash never leaves a half-written model that later loads, and two processes converting at once
both end up with a complete entry. It runs in a child process by default: loading the fp32
transformers weights (1.2 GB for distilbart-cnn-12-6) and quantising them peaks at about 1.5 GB
(each float32 weight handed back once quantised: :mod:`summarizer.models._spent_weights`),
and a separate process hands all of it back to the system when it exits instead of leaving the
server process bloated (or killing it when memory is short).

``python -m summarizer.models._convert SOURCE OUTPUT [--quantization int8]`` is that child's entry
point.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import summarizer.models._tokenizers as tokenizers
from summarizer.errors import first_line
from summarizer.models._spent_weights import release_when_quantised

# Bump when the conversion itself changes (e.g. a config fix-up), so old cache entries are redone.
# 2: the serving tokenizer is exported beside the model (summarizer.models._tokenizers).
# 3: so are a translation model's output tokens (vmap.txt: only the target language's pieces).
CONVERSION_REVISION = 3
MARKER = "summarizer-ct2.json"
# Compute types that are also weight types on disk; the others ("default", "auto") keep float32
# weights and let CTranslate2 pick the type when it loads them.
QUANTIZATIONS = ("int8", "int8_float32", "int16", "float32")
SUBPROCESS_TIMEOUT = 3600.0
STAGING_MAX_AGE = 2 * SUBPROCESS_TIMEOUT


class ConversionError(Exception):
    """The model could not be converted to CTranslate2 (the reason is the message)."""


@dataclass(frozen=True)
class ModelSource:
    """Where to convert a model from, and a fingerprint that changes when the model changes."""

    model_id: str  # as configured: a hub id or a local directory
    location: str  # what from_pretrained gets: the local directory, or the hub id
    fingerprint: str
    label: str  # human-readable part of the cache entry's name


@dataclass(frozen=True)
class ConvertedModel:
    path: Path
    converted: bool  # True when this call converted it; False when it came from the cache
    seconds: float  # conversion time (0.0 from the cache)
    peak_rss_mb: float | None = None  # the conversion process's peak memory, when it ran in one


# GPU compute types whose weights are int8 on disk: the same conversion as the CPU's int8.
INT8_ON_GPU = ("int8_float16", "int8_bfloat16")


def quantization_for(compute_type: str) -> str | None:
    if compute_type in INT8_ON_GPU:
        return "int8"
    return compute_type if compute_type in QUANTIZATIONS else None


def model_source(model_id: str, location: str) -> ModelSource:
    """Fingerprint ``location`` (a local directory, or a hub id already in the local hub cache)."""
    local = Path(location)
    if local.is_dir():
        resolved = local.resolve()
        if _is_hub_snapshot(resolved):  # a hub cache snapshot: its folder name is the commit
            return ModelSource(model_id, str(resolved), f"hub:{model_id}@{resolved.name}", model_id)
        files = sorted(
            (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
            for entry in resolved.iterdir()
            if entry.is_file() and not entry.name.startswith(".")
        )
        fingerprint = _digest({"dir": str(resolved), "files": files})
        path_hash = _digest(str(resolved))[:8]
        return ModelSource(model_id, str(resolved), fingerprint, f"{resolved.name}-{path_hash}")
    # A hub id: the snapshot directory's name is the commit the files came from.
    from transformers.utils import cached_file

    config_path = cached_file(location, "config.json")
    if config_path is None:  # pragma: no cover - cached_file raises on its own
        raise ConversionError(f"no config.json for {location}")
    revision = Path(config_path).parent.name
    return ModelSource(model_id, location, f"hub:{location}@{revision}", location)


def _is_hub_snapshot(folder: Path) -> bool:
    """``.../models--owner--name/snapshots/<commit>``: how the Hugging Face hub cache lays out a
    download (summarizer.models._lifecycle resolves hub ids to such folders)."""
    return (
        re.fullmatch(r"[0-9a-f]{40}", folder.name) is not None
        and folder.parent.name == "snapshots"
        and folder.parent.parent.name.startswith("models--")
    )


def cache_key(source: ModelSource, quantization: str | None) -> str:
    import ctranslate2

    return _digest(
        {
            "fingerprint": source.fingerprint,
            "quantization": quantization,
            "ctranslate2": ctranslate2.__version__,
            "revision": CONVERSION_REVISION,
        }
    )[:16]


def entry_prefix(source: ModelSource, quantization: str | None) -> str:
    label = re.sub(r"[^A-Za-z0-9._-]+", "_", source.label).strip("._-")[-60:] or "model"
    return f"{label}-{quantization or 'float32'}-"


def converted_path(
    source: ModelSource, quantization: str | None, cache_dir: str | os.PathLike[str]
) -> Path:
    """Where the converted copy of ``source`` is (or will be) kept."""
    root = Path(cache_dir).expanduser() / "ct2"
    return root / f"{entry_prefix(source, quantization)}{cache_key(source, quantization)}"


def ensure_converted(
    source: ModelSource,
    quantization: str | None,
    cache_dir: str | os.PathLike[str],
    *,
    in_subprocess: bool = True,
) -> ConvertedModel:
    """The cached CTranslate2 model for ``source``, converting it first when there is none.

    ``in_subprocess`` (``Settings.convert_in_subprocess``) converts in a child process (see the
    module docstring); False converts in this one, which starts faster (tests, smoke runs).
    """
    target = converted_path(source, quantization, cache_dir)
    root, prefix = target.parent, entry_prefix(source, quantization)
    if is_complete(target):
        return ConvertedModel(target, converted=False, seconds=0.0)
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    staging = Path(tempfile.mkdtemp(prefix=f".tmp-{prefix}", dir=root))
    report: dict[str, float] = {}
    try:
        if in_subprocess:
            report = convert_in_subprocess(source.location, staging, quantization)
        else:
            convert(source.location, staging, quantization)
        seconds = time.perf_counter() - started
        _write_marker(staging, source, quantization, seconds)
        if target.exists() and not is_complete(target):
            shutil.rmtree(target)  # left behind by hand or by a crash outside this module
        try:
            os.rename(staging, target)
        except OSError:
            if not is_complete(target):  # not a concurrent conversion that finished first
                raise
    except ConversionError:
        raise
    except Exception as error:
        raise ConversionError(first_line(error)) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _prune(root, prefix, keep=target)
    return ConvertedModel(
        target, converted=True, seconds=seconds, peak_rss_mb=report.get("peak_rss_mb")
    )


def is_complete(path: Path) -> bool:
    return (path / MARKER).is_file() and (path / "model.bin").is_file()


def convert(location: str, output_dir: str | os.PathLike[str], quantization: str | None) -> None:
    """Convert in this process (loads the full transformers model; see module docstring)."""
    import ctranslate2.converters
    import transformers

    transformers.utils.logging.disable_progress_bar()

    class _Converter(ctranslate2.converters.TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):  # type: ignore[no-untyped-def]
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            # transformers 5 dropped BartConfig.normalize_before, which CTranslate2 4.8's BART
            # converter still reads; BART and distilBART are post-norm models.
            if not hasattr(model.config, "normalize_before"):
                model.config.normalize_before = False
            return model

        def _load(self):  # type: ignore[no-untyped-def]
            spec = super()._load()
            release_when_quantised(spec)  # the float32 pages go as their int8 copies come
            return spec

    _Converter(location, low_cpu_mem_usage=True).convert(
        str(output_dir), quantization=quantization, force=True
    )
    # What tokenising needs at run time, so that serving never loads transformers (or torch).
    tokenizers.export(location, output_dir)


def convert_in_subprocess(
    location: str, output_dir: str | os.PathLike[str], quantization: str | None
) -> dict[str, float]:
    """Run :func:`convert` in a child Python process; returns its report (e.g. peak RSS)."""
    package_parent = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (package_parent, env.get("PYTHONPATH", "")) if part
    )
    # glibc: blocks of 128 KB and more are mapped on their own and unmapped when freed, instead
    # of kept in the heap for reuse; the conversion frees its float32 weights as it quantises
    # them (the child's own peak was 45 MB lower for distilbart-cnn-12-6 in one run here).
    env.setdefault("MALLOC_MMAP_THRESHOLD_", str(128 * 1024))
    command = [sys.executable, "-m", "summarizer.models._convert", location, str(output_dir)]
    if quantization:
        command += ["--quantization", quantization]
    try:
        completed = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ConversionError(f"the conversion process failed to run ({error})") from None
    if completed.returncode != 0:
        lines = [line for line in completed.stderr.strip().splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit status {completed.returncode}"
        if completed.returncode < 0:
            reason = f"killed by signal {-completed.returncode} (out of memory?)"
        raise ConversionError(reason[:300])
    try:
        return json.loads(completed.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {}


def _write_marker(
    directory: Path, source: ModelSource, quantization: str | None, seconds: float
) -> None:
    import ctranslate2

    info = {
        "model": source.model_id,
        "location": source.location,
        "fingerprint": source.fingerprint,
        "quantization": quantization,
        "ctranslate2": ctranslate2.__version__,
        "revision": CONVERSION_REVISION,
        "seconds": round(seconds, 3),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (directory / MARKER).write_text(json.dumps(info, indent=2), encoding="utf-8")


def _prune(root: Path, prefix: str, keep: Path) -> None:
    """Remove older conversions of the same model and quantization, and abandoned staging
    directories (a conversion killed midway) once they are old enough not to be in progress."""
    abandoned_before = time.time() - STAGING_MAX_AGE
    for entry in root.iterdir():
        if entry == keep or not entry.is_dir():
            continue
        stale = entry.name.startswith(prefix)
        abandoned = entry.name.startswith(".tmp-") and entry.stat().st_mtime < abandoned_before
        if stale or abandoned:
            shutil.rmtree(entry, ignore_errors=True)


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    /proc's VmHWM where there is one: ``ru_maxrss`` of a child process also counts its parent's
    memory at the time of the fork, which would charge the caller's models to the conversion.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Convert a transformers model to CTranslate2.")
    parser.add_argument("source", help="local model directory or hub id")
    parser.add_argument("output", help="output directory (replaced)")
    parser.add_argument("--quantization", default=None, choices=QUANTIZATIONS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    convert(args.source, args.output, args.quantization)
    report = {
        "seconds": round(time.perf_counter() - started, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
