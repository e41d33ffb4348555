"""``python -m summarizer batch IN -o OUT``: many articles, JSON Lines in and out.

See :mod:`summarizer.batch`. Exit status 0 when every article of IN has a result, 1 when any
has an error line (the run still does every other article), 2 for a bad flag.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from summarizer.batch import ENGINES, BatchOptions, run_batch
from summarizer.check import read_glossary
from summarizer.cli._options import add_run_options
from summarizer.config import Settings, env_name

EXIT_SOME_FAILED = 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    batch = commands.add_parser(
        "batch",
        help="summarize many articles: JSON Lines in, one JSON line out per article",
        description='IN has one article per line: {"id": ..., "text": ...} or {"id": ..., '
        '"url": ...}, optionally with "bullets" and "source_lang". OUT gets one line per '
        'article: the JSON of summarize --json with its "id", or {"id": ..., "error": '
        '{"type": ..., "message": ...}}. An existing OUT is resumed: the ids in it are skipped.',
    )
    batch.add_argument("input", metavar="IN", help="JSON Lines file, a URI pyarrow reads, or -")
    batch.add_argument("-o", "--output", metavar="OUT", required=True, help="file, or - (stdout)")
    batch.add_argument(
        "--workers", type=int, default=1, help="model workers (embedded) or actors (ray); 1"
    )
    batch.add_argument(
        "--resume",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="skip the ids already in OUT (the default when OUT exists); --no-resume starts "
        "OUT over",
    )
    batch.add_argument("--engine", choices=ENGINES, default="embedded")
    batch.add_argument("--ray-address", help="an existing Ray cluster (default: a local one)")
    batch.add_argument("--cpus-per-worker", type=float, help="ray: CPUs per actor")
    batch.add_argument("--gpus-per-worker", type=float, default=0, help="ray: GPUs per actor")
    batch.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=True, help="bar on stderr"
    )
    add_run_options(batch, bullets_help="default bullets (5)")


def run(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    if settings.glossary:  # a bad glossary is one error before any work, not one per article
        read_glossary(settings.glossary, "--glossary" if args.glossary else env_name("glossary"))
    options = BatchOptions(
        engine=args.engine,
        workers=args.workers,
        resume=args.resume,
        ray_address=args.ray_address,
        cpus_per_worker=args.cpus_per_worker,
        gpus_per_worker=args.gpus_per_worker,
        progress=args.progress,
    )
    report = run_batch(args.input, args.output, settings, options, stdout=out, stderr=err)
    done = report.succeeded + report.failed
    note = f"; {report.skipped} already in the output" if report.skipped else ""
    print(f"{done} articles summarized, {report.failed} failed{note}.", file=err)
    if report.ok:
        return 0
    failures = report.failed + report.failed_before
    print(
        f"{failures} of {report.total} articles have an error line in the output; it says why.",
        file=err,
    )
    return EXIT_SOME_FAILED
