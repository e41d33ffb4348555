"""Batch benchmark: articles per minute on a mixed set of short and long articles.

    python -m benchmarks.batch [--smoke] [--short 9] [--long 3] [--modes cli,embedded,ray1,ray2]
                               [--json PATH] [--models-dir DIR]

Every mode runs in fresh processes and is timed from the start of its first process to the end of
its last, imports and model loading included, as a person running it would wait:

* ``cli``: one article at a time, today's way: a fresh process per article doing what
  ``python -m summarizer summarize FILE --json`` does (imports, settings, reading the file, loading
  both models, one article, the JSON printed);
* ``embedded``: ``batch`` on the embedded engine (one process; the sentences of groups of 8
  articles translated together);
* ``ray1``, ``ray2``: ``batch --engine ray`` on a local Ray instance with 1 and 2 actors (the
  machine's CPUs split between them), Ray's start included.

The articles are real IndoSum articles cut at a paragraph boundary: ``--short`` of about 350 words
and ``--long`` of about 1,500. The models are those of ``benchmarks/run.py``: the real
architectures of opus-mt-id-en and distilbart-cnn-12-6 with random weights, CTranslate2 int8, and
the same pinned output lengths and English stand-in outputs (:mod:`benchmarks.pinned`) on every
mode, so each does the model work real models would. ``--smoke``: tiny models and a few small
articles (seconds; what the test runs). Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.texts import ROOT

from .common import add_models_dir

# Children (and Ray's workers) import benchmarks.* from this checkout.
PYTHONPATH = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))

MODES = ("cli", "embedded", "ray1", "ray2")
SHORT_WORDS = 350
LONG_WORDS = 1500
SMOKE_SHORT_WORDS = 80
SMOKE_LONG_WORDS = 300


def say(message: str) -> None:
    print(f"[batch] {message}", file=sys.stderr, flush=True)


def articles(short: int, long: int, smoke: bool) -> list[str]:
    """``short`` articles of about SHORT_WORDS words and ``long`` of about LONG_WORDS, mixed
    (a long one after every few short ones), each cut at a paragraph boundary."""
    from benchmarks.texts import INDOSUM

    paragraphs = [
        [part.strip() for part in json.loads(line)["article"].split("\n") if part.strip()]
        for line in INDOSUM.read_text(encoding="utf-8").splitlines()
    ]
    flat = [paragraph for article in paragraphs for paragraph in article]
    short_words = SMOKE_SHORT_WORDS if smoke else SHORT_WORDS
    long_words = SMOKE_LONG_WORDS if smoke else LONG_WORDS
    shorts = [_cut(article * 4, short_words) for article in paragraphs[:short]]
    longs = [_cut(flat[40 * n :] + flat, long_words) for n in range(long)]
    mixed: list[str] = []
    every = max(1, short // max(1, long))
    for index, text in enumerate(shorts):
        mixed.append(text)
        if longs and (index + 1) % every == 0:
            mixed.append(longs.pop(0))
    return mixed + longs


def _cut(paragraphs: list[str], words: int) -> str:
    kept: list[str] = []
    count = 0
    for paragraph in paragraphs:
        if count >= words:
            break
        kept.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(kept)


def pinned_pipeline(settings: Any, *, smoke: bool) -> Any:
    """The library's pipeline with the benchmark's pinned backends (module level: Ray pickles
    it by reference)."""
    from benchmarks.pinned import PinnedBackend
    from summarizer.models import BackendPool, Role
    from summarizer.pipeline import Pipeline

    pool = BackendPool()
    return Pipeline(
        settings,
        translation_backend=PinnedBackend(
            pool.get(Role.TRANSLATION, settings), "translation", smoke
        ),
        summarization_backend=PinnedBackend(
            pool.get(Role.SUMMARIZATION, settings), "summarization", smoke
        ),
    )


# --- children: each mode's process ----------------------------------------------------------


def cli_child(config: dict[str, Any], path: str) -> int:
    """What ``summarize FILE --json`` does, with the pinned backends."""
    from summarizer.cli import _main as cli
    from summarizer.config import Settings

    settings = Settings(**config["settings"])
    article = cli.read_input(path, settings)
    result = pinned_pipeline(settings, smoke=config["smoke"]).summarize(article)
    print(result.to_json())
    return 0


def batch_child(config: dict[str, Any], source: str, target: str, mode: str) -> int:
    from benchmarks.batch import pinned_pipeline as importable  # by reference, for Ray
    from summarizer.batch import BatchOptions, run_batch
    from summarizer.config import Settings

    settings = Settings(**config["settings"])
    engine, workers = ("embedded", 1) if mode == "embedded" else ("ray", int(mode[3:]))
    options = BatchOptions(engine=engine, workers=workers, progress=False)
    factory = functools.partial(importable, smoke=config["smoke"])
    report = run_batch(source, target, settings, options, pipeline=factory)
    return 0 if report.ok else 1


# --- the parent -------------------------------------------------------------------------------


def run_child(*argv: str) -> None:
    env = {**os.environ, "PYTHONPATH": PYTHONPATH, "TOKENIZERS_PARALLELISM": "false"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.batch", *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{argv[:2]} failed:\n{done.stderr[-3000:]}")


def time_mode(mode: str, config_path: Path, work: Path, texts: list[str]) -> dict[str, Any]:
    source = work / "articles.jsonl"
    target = work / f"{mode}.jsonl"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    if mode == "cli":
        for index, text in enumerate(texts):
            article = work / f"article-{index}.txt"
            article.write_text(text, encoding="utf-8")
            run_child("--cli-child", str(config_path), str(article))
    else:
        run_child("--batch-child", str(config_path), str(source), str(target), mode)
        lines = target.read_text(encoding="utf-8").splitlines()
        if len(lines) != len(texts) or any("error" in json.loads(line) for line in lines):
            raise SystemExit(f"{mode}: not every article has a result in {target}")
    seconds = time.perf_counter() - started
    return {
        "mode": mode,
        "articles": len(texts),
        "seconds": round(seconds, 2),
        "articles_per_minute": round(60 * len(texts) / seconds, 2),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny models, small articles")
    parser.add_argument("--short", type=int, help="short articles (9; smoke 3)")
    parser.add_argument("--long", type=int, help="long articles (3; smoke 1)")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated; all four")
    parser.add_argument("--json", metavar="PATH", help="write the report here")
    add_models_dir(parser)
    parser.add_argument("--cli-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--batch-child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.short = args.short if args.short is not None else (3 if args.smoke else 9)
    args.long = args.long if args.long is not None else (1 if args.smoke else 3)
    unknown = set(args.modes.split(",")) - set(MODES)
    if unknown:
        parser.error(f"unknown modes {sorted(unknown)}; choose from {', '.join(MODES)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.cli_child:
        return cli_child(json.loads(Path(args.cli_child[0]).read_text()), args.cli_child[1])
    if args.batch_child:
        config_path, *rest = args.batch_child
        return batch_child(json.loads(Path(config_path).read_text()), *rest)
    report = measure(args)
    print(table(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks.models import convert_models, ensure_models
    from benchmarks.report import describe_machine, load_average
    from summarizer.config import Settings

    machine = describe_machine()
    root = args.models_dir.expanduser()
    say(f"benchmark models under {root} ...")
    models = ensure_models(root, args.smoke)
    settings = {
        "translation_model": str(models.translation),
        "summarization_model": str(models.summarization),
        "cache_dir": str(root / "cache"),
        "convert_in_subprocess": not args.smoke,
    }
    convert_models(Settings(**settings))
    texts = articles(args.short, args.long, args.smoke)
    results = []
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        work = Path(tmp)
        config_path = work / "config.json"
        config_path.write_text(json.dumps({"settings": settings, "smoke": args.smoke}))
        rows = [{"id": index, "text": text} for index, text in enumerate(texts)]
        (work / "articles.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
        for mode in args.modes.split(","):
            say(f"{mode} ...")
            results.append(time_mode(mode, config_path, work, texts))
            say(f"  {results[-1]}")
    base = next((r for r in results if r["mode"] == "cli"), None)
    for result in results:
        if base is not None:
            result["speedup_vs_cli"] = round(
                result["articles_per_minute"] / base["articles_per_minute"], 2
            )
    words = [len(text.split()) for text in texts]
    return {
        "machine": {**dataclasses.asdict(machine), "load_average_at_end": load_average()},
        "machine_line": machine.line(),
        "smoke": args.smoke,
        "articles": {"count": len(texts), "words": words},
        "results": results,
    }


def table(report: dict[str, Any]) -> str:
    words = report["articles"]["words"]
    lines = [
        f"{len(words)} articles, {min(words)}-{max(words)} words ({sum(words)} in all)",
        "",
        "| mode | seconds | articles/min | vs one at a time |",
        "|---|---|---|---|",
    ]
    for result in report["results"]:
        speedup = result.get("speedup_vs_cli")
        shown = f"{speedup:.2f}x" if speedup is not None else "-"
        lines.append(
            f"| {result['mode']} | {result['seconds']:.1f} | "
            f"{result['articles_per_minute']:.2f} | {shown} |"
        )
    lines += ["", f"Machine: {report['machine_line']}"]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
