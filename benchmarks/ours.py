"""Ours: the real pipeline with its production backends, in a fresh child process.

The child loads nothing else, so it measures the cold start (imports + loading both models from
the converted-model cache + the first request), warm runs of the short and the long article
split by pipeline stage, peak RSS, and (optionally) the short article under each CTranslate2
compute type this CPU supports.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.models import (
    BackendPool,
    CTranslate2Backend,
    Role,
    peak_rss_mb,
    supported_compute_types,
)
from summarizer.output import _export as export
from summarizer.pipeline import Pipeline

from .common import run_child
from .pinned import PinnedBackend, PinnedPipeline, summarise_samples

COMPARED_COMPUTE_TYPES = ("int8", "int16", "float32")


def run_ours(config: dict[str, Any], started: float) -> dict[str, Any]:
    """Cold start (since ``started``, the child's start), warm runs and peak RSS."""
    import psutil

    imports = time.perf_counter() - started
    settings = Settings(**config["settings"])
    smoke = config["smoke"]
    loaded_at = time.perf_counter()
    pool = BackendPool()
    pinned = pinned_pipeline(
        settings,
        pool.get(Role.TRANSLATION, settings),
        pool.get(Role.SUMMARIZATION, settings),
        smoke,
    )
    load = time.perf_counter() - loaded_at
    rss_loaded = psutil.Process().memory_info().rss / 2**20
    texts = config["texts"]
    first = pinned.run(texts["short"])
    cold = time.perf_counter() - started
    if first["result"].language.used != "id":
        raise SystemExit("the short article was not detected as Indonesian")
    runs = {
        name: warm_runs(pinned, texts[name], repeats)
        for name, repeats in (("short", config["repeats"]), ("long", config["long_repeats"]))
    }
    peak = peak_rss_mb()  # before the comparison below loads more models
    compared, skipped = (
        compare_compute_types(pinned, texts["short"], config["repeats"])
        if config["compare_compute_types"]
        else ({}, {})
    )
    return {
        "imports_seconds": imports,
        "load_seconds": load,
        "first_request_seconds": first["seconds"],
        "cold_start_seconds": cold,
        "rss_after_load_mb": rss_loaded,
        "peak_rss_mb": peak,
        "compute_types": compared,
        "compute_types_skipped": skipped,
        "backends": {
            role: backend_report(backend)
            for role, backend in (
                ("translation", pinned.translator),
                ("summarization", pinned.summarizer),
            )
        },
        "runs": runs,
    }


def pinned_pipeline(
    settings: Settings, translator: Any, summarizer: Any, smoke: bool
) -> PinnedPipeline:
    pinned_translator = PinnedBackend(translator, "translation", smoke)
    pinned_summarizer = PinnedBackend(summarizer, "summarization", smoke)
    pipeline = Pipeline(
        settings, translation_backend=pinned_translator, summarization_backend=pinned_summarizer
    )
    return PinnedPipeline(pipeline, pinned_translator, pinned_summarizer)


def warm_runs(pinned: PinnedPipeline, text: str, repeats: int) -> dict[str, Any]:
    samples = [pinned.run(text) for _ in range(repeats)]
    result = samples[-1]["result"]
    return {
        **summarise_samples(samples),
        "sentences": len(result.sentences),
        "bullets": len(result.bullets),
        "coverage": export.coverage_line(result),
        "translations": [sentence.translation for sentence in result.sentences],
        "warnings": list(result.warnings),
    }


def unbatched(backend: Any) -> Any:
    """The model's own backend behind the pool's batching view (summarizer.models._batcher)."""
    return getattr(backend, "unbatched", backend)


def backend_report(pinned: PinnedBackend) -> dict[str, Any]:
    inner = unbatched(pinned.inner)
    is_ct2 = isinstance(inner, CTranslate2Backend)
    return {
        "name": inner.name,
        "compute_type": inner.compute_type if is_ct2 else "float32",
        "fallback_reason": inner.fallback_reason,
        "converted_now": bool(is_ct2 and inner.converted.converted),
    }


def compare_compute_types(
    pinned: PinnedPipeline, text: str, repeats: int
) -> tuple[dict[str, float], dict[str, str]]:
    """Warm short-article seconds per CTranslate2 compute type the CPU supports (speed only),
    and the types skipped, with why.

    Every type loads the same converted model (CTranslate2 converts the weights at load time),
    so this measures speed; the quality evidence for the default is cited in RESULTS.md.
    """
    translator, summarizer = unbatched(pinned.translator.inner), unbatched(pinned.summarizer.inner)
    if not isinstance(translator, CTranslate2Backend) or not isinstance(
        summarizer, CTranslate2Backend
    ):
        return {}, {kind: "ours does not run on CTranslate2" for kind in COMPARED_COMPUTE_TYPES}
    supported = supported_compute_types()
    seconds: dict[str, float] = {}
    skipped: dict[str, str] = {}
    for kind in COMPARED_COMPUTE_TYPES:
        if kind not in supported:
            skipped[kind] = (
                f"not supported by this CPU (CTranslate2: {', '.join(sorted(supported))})"
            )
            continue
        other = pinned_pipeline(
            pinned.pipeline.settings,
            translator.with_compute_type(kind),
            summarizer.with_compute_type(kind),
            pinned.translator.smoke,
        )
        other.run(text)  # warm-up
        seconds[kind] = statistics.median(other.run(text)["seconds"] for _ in range(repeats))
    return seconds, skipped


def child_main(config_path: str, started: float) -> int:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    print(json.dumps(run_ours(config, started)))
    return 0


def spawn_ours(config: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """Run ours in a fresh process (``python -m benchmarks.run --child``); its report."""
    return run_child("benchmarks.run", config, workdir, "pipeline")
