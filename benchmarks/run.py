"""Benchmark: the summarizer's fast path against a plain transformers baseline, on this machine.

    python -m benchmarks.run [--smoke] [--json PATH]    (from the repository root)

What one run measures (all on the current machine, threads = the CPUs available to it):

* ours (:mod:`benchmarks.ours`): the real pipeline (``summarizer.pipeline.Pipeline``) with the
  backends it uses in production (``Settings.backend="auto"``: CTranslate2, int8, beam size
  from the settings, sentences batched by length), run in a fresh child process that loads nothing
  else: the cold start (imports + loading both models from the converted-model cache + the first
  request); warm end-to-end times for the short article (klikwartaku, ~350 words) and a long one
  (~2,500 words, real IndoSum articles joined), each split by pipeline stage; peak RSS of that
  process; and the short article under each CTranslate2 compute type this CPU supports (the
  others are skipped, and the report says so).
* baseline (:mod:`benchmarks.baseline`): plain transformers, fp32 models, every sentence
  translated on its own with num_beams=4, then the translation summarised with num_beams=4 by the
  library's own chunking and map-reduce.

The models (:mod:`benchmarks.models`) have the real architectures and random weights; generated
lengths are pinned and outputs replaced by English stand-in text on both sides
(:mod:`benchmarks.pinned`). Timings are printed and written as JSON (:mod:`benchmarks.report`);
nothing here asserts them (``--smoke`` runs in CI with tiny models).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # the child's cold start counts from here

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

from benchmarks.common import add_models_dir  # noqa: E402
from benchmarks.texts import LONG_WORDS, SMOKE_LONG_WORDS, long_article, short_article  # noqa: E402

if TYPE_CHECKING:
    from benchmarks.models import BenchmarkModels
    from benchmarks.report import Report


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny models: seconds, for CI")
    parser.add_argument("--json", metavar="PATH", help="write the full report here")
    add_models_dir(parser)
    parser.add_argument("--compute-type", default=None, help="default: the Settings default")
    parser.add_argument("--num-beams", type=int, default=None, help="default: Settings default")
    parser.add_argument("--batch-size", type=int, default=None, help="translation batch size")
    parser.add_argument("--backend", default="auto", help="ours: auto|ctranslate2|transformers")
    parser.add_argument("--repeats", type=int, help="warm runs of the short article (3; smoke 1)")
    parser.add_argument("--long-repeats", type=int, help="warm runs of the long one (2; smoke 1)")
    parser.add_argument(
        "--baseline-repeats",
        type=int,
        help="runs of the baseline on the short article (2; smoke 1)",
    )
    parser.add_argument(
        "--baseline-long",
        action=argparse.BooleanOptionalAction,
        help="also time the baseline on the long article (minutes; default: yes, smoke: no)",
    )
    parser.add_argument(
        "--compare-compute-types",
        action=argparse.BooleanOptionalAction,
        help="also time ours with int8, int16 and float32 where the CPU supports them "
        "(default: yes, smoke: no)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name, full, smoke in (
        ("repeats", 3, 1),
        ("long_repeats", 2, 1),
        ("baseline_repeats", 2, 1),
        ("baseline_long", True, False),
        ("compare_compute_types", True, False),
    ):
        if getattr(args, name) is None:
            setattr(args, name, smoke if args.smoke else full)
    return args


def settings_for(args: argparse.Namespace, models: BenchmarkModels, root: Path) -> dict[str, Any]:
    """Ours' settings (JSON-able, for the child): the Settings defaults unless a flag says."""
    from summarizer.config import Settings

    defaults = Settings()
    return {
        "translation_model": str(models.translation),
        "summarization_model": str(models.summarization),
        "cache_dir": str(root / "cache"),
        "backend": args.backend,
        "compute_type": args.compute_type or defaults.compute_type,
        "num_beams": args.num_beams or defaults.num_beams,
        "translation_batch_size": args.batch_size or defaults.translation_batch_size,
        # Smoke runs convert in this process: tiny models, and seconds count in CI.
        "convert_in_subprocess": not args.smoke,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:  # serves as a server does: no transformers (nor torch) imported
        from benchmarks.ours import child_main

        return child_main(args.child, STARTED)
    quiet_transformers()
    from benchmarks.report import table

    report = measure(args)
    print(table(report))
    print()
    print(f"Machine: {report.machine.line()}")
    print("\n".join(report.summary_lines()))
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_json(), indent=2), encoding="utf-8")
    return 0


def measure(args: argparse.Namespace) -> Report:
    """Build (or find) the models, convert them, then time ours and the baseline."""
    from benchmarks.baseline import run_baseline
    from benchmarks.models import convert_models, ensure_models
    from benchmarks.pinned import pinned_lengths_note
    from benchmarks.report import assemble, describe_machine
    from summarizer.config import Settings

    machine = describe_machine()
    root = args.models_dir.expanduser()
    texts = {
        "short": short_article(),
        "long": long_article(SMOKE_LONG_WORDS if args.smoke else LONG_WORDS),
    }
    say(f"benchmark models under {root} ...")
    models = ensure_models(root, args.smoke)
    settings = settings_for(args, models, root)
    resolved = Settings(**settings)
    conversion = convert_models(resolved)
    ours = measure_ours(args, settings, texts)
    say("baseline: plain transformers fp32 ...")
    baseline = run_baseline(
        models,
        resolved,
        smoke=args.smoke,
        texts=texts,
        long=args.baseline_long,
        repeats=max(1, args.baseline_repeats),
    )
    return assemble(
        smoke=args.smoke,
        machine=machine,
        texts=texts,
        settings={**settings, "threads": resolved.effective_threads},
        ours=ours,
        baseline=baseline,
        pinned_lengths=pinned_lengths_note(args.smoke),
        models={
            "translation": str(models.translation),
            "summarization": str(models.summarization),
            "built_seconds": round(models.built_seconds, 1),
            "conversion": conversion,
            "architectures": models.architectures(args.smoke),
        },
    )


def measure_ours(
    args: argparse.Namespace, settings: dict[str, Any], texts: dict[str, str]
) -> dict[str, Any]:
    from benchmarks.ours import spawn_ours

    say("ours: cold start and warm runs in a fresh process ...")
    with tempfile.TemporaryDirectory() as workdir:
        return spawn_ours(
            {
                "settings": settings,
                "smoke": args.smoke,
                "texts": texts,
                "repeats": max(1, args.repeats),
                "long_repeats": max(1, args.long_repeats),
                "compare_compute_types": args.compare_compute_types,
            },
            Path(workdir),
        )


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def quiet_transformers() -> None:
    """No progress bars or per-call generation warnings from transformers in the output."""
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()


if __name__ == "__main__":
    sys.exit(main())
