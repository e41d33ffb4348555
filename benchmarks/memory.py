"""Where a serving process's memory goes: both real-size models loaded, the short and the long
article summarised, resident memory read at each step.

    python -m benchmarks.memory [--models-dir DIR] [--json PATH] [--smoke]

The models are the benchmark's (:mod:`benchmarks.models`: the published architectures of
Helsinki-NLP/opus-mt-id-en and sshleifer/distilbart-cnn-12-6 with random weights), converted
beforehand as ``models prepare`` does. A fresh child process then does what a server does:
import the library, load both models into a pool, summarise the short article and then the long
one (lengths pinned as in benchmarks/run.py). At each step it reads ``VmRSS`` (resident now) and
``VmHWM`` (the peak so far) from /proc/self/status, which count native memory (CTranslate2's
weights and buffers, sentencepiece, tokenizers) that tracemalloc does not see, and it lists which
heavy packages are loaded (torch and transformers should not be). The peak is the figure to hold
under the 1.0 GB target.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import add_models_dir, run_child

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 1000.0
HEAVY = ("torch", "transformers", "ctranslate2", "sentencepiece", "tokenizers", "numpy")


def memory_mb() -> dict[str, float]:
    """This process's resident memory now and at its peak (MB of 2**20 bytes)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = round(int(value.split()[0]) / 1024, 1)
    return {"rss_mb": fields["VmRSS"], "peak_mb": fields["VmHWM"]}


def child_main(config: dict[str, Any]) -> dict[str, Any]:
    """The serving process itself (runs in the measured child)."""
    started = time.perf_counter()
    steps: list[dict[str, Any]] = [{"step": "start", "seconds": 0.0, **memory_mb()}]

    def step(name: str) -> None:
        seconds = round(time.perf_counter() - started - sum(s["seconds"] for s in steps), 2)
        steps.append({"step": name, "seconds": seconds, **memory_mb()})

    from benchmarks.ours import pinned_pipeline
    from summarizer.config import Settings
    from summarizer.models import BackendPool, Role
    from summarizer.pipeline import Pipeline  # noqa: F401 - counted in "imports"

    step("imports")
    settings = Settings(**config["settings"])
    pool = BackendPool()
    translator = pool.get(Role.TRANSLATION, settings)
    step("translation model loaded")
    summarizer = pool.get(Role.SUMMARIZATION, settings)
    step("summarization model loaded")
    pinned = pinned_pipeline(settings, translator, summarizer, config["smoke"])
    for name in ("short", "long"):
        pinned.run(config["texts"][name])
        step(f"{name} article summarised")
    pinned.run(config["texts"]["short"])
    step("short article again")
    return {
        "steps": steps,
        "peak_mb": steps[-1]["peak_mb"],
        "loaded": {name: name in sys.modules for name in HEAVY},
        "backends": {
            "translation": [translator.name, getattr(translator, "compute_type", None)],
            "summarization": [summarizer.name, getattr(summarizer, "compute_type", None)],
        },
    }


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks.models import convert_models, ensure_models
    from benchmarks.run import settings_for
    from benchmarks.texts import LONG_WORDS, SMOKE_LONG_WORDS, long_article, short_article
    from summarizer.config import Settings

    root = args.models_dir.expanduser()
    models = ensure_models(root, args.smoke)
    run_args = argparse.Namespace(
        backend="auto", compute_type=None, num_beams=None, batch_size=None, smoke=args.smoke
    )
    settings = settings_for(run_args, models, root)
    convert_models(Settings(**settings))
    config = {
        "settings": settings,
        "smoke": args.smoke,
        "texts": {
            "short": short_article(),
            "long": long_article(SMOKE_LONG_WORDS if args.smoke else LONG_WORDS),
        },
    }
    with tempfile.TemporaryDirectory() as workdir:
        return run_child("benchmarks.memory", config, Path(workdir), "serving")


def table(report: dict[str, Any]) -> str:
    lines = ["| step | seconds | resident now | peak so far |", "|---|---|---|---|"]
    lines += [
        f"| {item['step']} | {item['seconds']:.1f} | {item['rss_mb']:,.0f} MB "
        f"| {item['peak_mb']:,.0f} MB |"
        for item in report["steps"]
    ]
    loaded = ", ".join(name for name, present in report["loaded"].items() if present)
    verdict = "met" if report["peak_mb"] <= TARGET_MB else "NOT met"
    lines += [
        "",
        f"Peak: {report['peak_mb']:,.0f} MB (target ≤ {TARGET_MB:,.0f} MB: {verdict}).",
        f"Loaded: {loaded or 'none of ' + ', '.join(HEAVY)}.",
        f"Backends: {report['backends']}.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny models: seconds")
    parser.add_argument("--json", metavar="PATH", help="write the report here")
    add_models_dir(parser)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        config = json.loads(Path(args.child).read_text(encoding="utf-8"))
        print(json.dumps(child_main(config)))
        return 0
    report = measure(args)
    print(table(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
