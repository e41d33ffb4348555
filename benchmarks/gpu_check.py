"""GPU check: both models on CTranslate2 with ``SUMMARIZER_DEVICE=cuda``, on a machine with a GPU.

    python -m benchmarks.gpu_check [--real] [--work DIR]     (from the repository root)

No GPU is available where this project is built and tested, so this script is what checks the
GPU path on one. It builds the tiny random-weight models (``--real``: the benchmark's real-size
architectures, :mod:`benchmarks.models`, minutes to build), converts them, loads both with
``SUMMARIZER_DEVICE=cuda`` and summarises the short benchmark article (lengths pinned as in
benchmarks/run.py), then the same on the CPU for comparison, and the plain-transformers backend on
the GPU where torch has CUDA. It prints the device and compute type each model runs with and the
timings, and a JSON line last; the exit status is 0 only when both models ran on the GPU.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def environment() -> dict[str, Any]:
    import ctranslate2

    gpus = ctranslate2.get_cuda_device_count()
    facts: dict[str, Any] = {"ctranslate2": ctranslate2.__version__, "cuda_devices": gpus}
    if gpus:
        facts["cuda_compute_types"] = sorted(ctranslate2.get_supported_compute_types("cuda"))
    return facts


def models(work: Path, real: bool) -> tuple[Path, Path]:
    if real:
        from benchmarks.models import ensure_models

        built = ensure_models(work / "models", smoke=False)
        return built.translation, built.summarization
    from summarizer.testing import build_bart, build_marian

    return build_marian(work / "marian"), build_bart(work / "bart")


def run_on(device: str, backend: str, paths: tuple[Path, Path], work: Path, real: bool) -> dict:
    """Load both models on ``device`` and time the short article (one warm-up run first)."""
    from benchmarks.ours import pinned_pipeline
    from benchmarks.texts import short_article
    from summarizer.config import Settings
    from summarizer.models import BackendPool, Role

    settings = Settings.from_env(
        {
            "SUMMARIZER_TRANSLATION_MODEL": str(paths[0]),
            "SUMMARIZER_SUMMARIZATION_MODEL": str(paths[1]),
            "SUMMARIZER_BACKEND": backend,
            "SUMMARIZER_DEVICE": device,
            "SUMMARIZER_CACHE_DIR": str(work / "cache"),
            "SUMMARIZER_CONVERT_IN_SUBPROCESS": "0",
        }
    )
    started = time.perf_counter()
    pool = BackendPool()
    translator = pool.get(Role.TRANSLATION, settings)
    summarizer = pool.get(Role.SUMMARIZATION, settings)
    loaded = time.perf_counter() - started
    pipeline = pinned_pipeline(settings, translator, summarizer, not real)
    pipeline.run(short_article())  # warm-up
    runs = [pipeline.run(short_article())["seconds"] for _ in range(3)]
    return {
        "backend": backend,
        "requested_device": device,
        "models": {
            role: {
                "name": model.name,
                "device": getattr(model, "device", None),
                "compute_type": getattr(model, "compute_type", None),
            }
            for role, model in (("translation", translator), ("summarization", summarizer))
        },
        "load_seconds": round(loaded, 2),
        "short_article_seconds": sorted(round(value, 3) for value in runs),
    }


def attempt(label: str, step: Any) -> dict:
    try:
        result = step()
    except Exception as error:  # reported, never hidden: this is a check
        result = {"error": f"{type(error).__name__}: {error}"}
    print(f"{label}: {json.dumps(result)}", flush=True)
    return result


def on_gpu(result: dict) -> bool:
    found = result.get("models", {}).values()
    return len(found) == 2 and all(item["device"] == "cuda" for item in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", action="store_true", help="real-size architectures (slow)")
    parser.add_argument("--work", help="where models and conversions go (default: a temp dir)")
    args = parser.parse_args(argv)
    facts = environment()
    print(f"environment: {json.dumps(facts)}", flush=True)
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(args.work or temporary)
        paths = models(work, args.real)
        report = {
            "environment": facts,
            "ctranslate2_cuda": attempt(
                "ctranslate2 on cuda",
                lambda: run_on("cuda", "ctranslate2", paths, work, args.real),
            ),
            "ctranslate2_cpu": attempt(
                "ctranslate2 on cpu", lambda: run_on("cpu", "ctranslate2", paths, work, args.real)
            ),
            "transformers_cuda": attempt(
                "transformers on cuda",
                lambda: run_on("cuda", "transformers", paths, work, args.real),
            ),
        }
    passed = on_gpu(report["ctranslate2_cuda"])
    report["passed"] = passed
    print(json.dumps(report))
    print("PASS: both models ran on the GPU" if passed else "FAIL: see above", file=sys.stderr)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
