"""``python -m summarizer models {prepare,status}``: the command line of
:mod:`summarizer.models._lifecycle`.

``prepare`` downloads, converts and load-checks the configured models, with progress on stderr
(bytes for downloads, steps for conversion) and the resulting status on stdout; ``status`` says,
per role, which model is configured, whether it is ready to run offline, and its size on disk.
Failures raise :class:`SummarizerError`; summarizer.cli._main turns them into one line and an exit
code.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from typing import Any, TextIO

from summarizer.config import BACKENDS, DEVICES, Settings
from summarizer.models import ModelProgress, ModelStatus, megabytes, prepare, status

# A download line is printed at most this often (seconds), and on every 10 % step.
PRINT_INTERVAL = 5.0


def add_parser(commands: Any) -> None:
    """Register ``models prepare`` and ``models status`` on the CLI's subcommands."""
    models = commands.add_parser(
        "models", help="download, convert and check the models, so they run offline"
    )
    actions = models.add_subparsers(dest="models_command", required=True)
    prepare_parser = actions.add_parser(
        "prepare", help="download and convert the configured models, then check they load"
    )
    status_parser = actions.add_parser(
        "status", help="show whether each model is ready to run offline"
    )
    for parser in (prepare_parser, status_parser):
        parser.add_argument("--translation-model", help="hub id or local directory")
        parser.add_argument("--summarization-model", help="hub id or local directory")
        parser.add_argument("--backend", choices=BACKENDS)
        parser.add_argument("--device", choices=DEVICES, help="default: auto (a CUDA GPU if any)")
        parser.add_argument("--json", action="store_true", help="print the status as JSON")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    settings = Settings.from_env(
        overrides={
            "translation_model": args.translation_model,
            "summarization_model": args.summarization_model,
            "backend": args.backend,
            "device": args.device,
        }
    )
    if args.models_command == "prepare":
        results = prepare(settings, progress=ProgressPrinter(err))
    else:
        results = status(settings)
    print_status(results, out, as_json=args.json)


def print_status(results: Sequence[ModelStatus], out: TextIO, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"models": [item.to_dict() for item in results]}, indent=2), file=out)
        return
    for item in results:
        state = "ready" if item.ready else "NOT READY"
        sizes = f"model {megabytes(item.model_bytes)} MB"
        if item.converted:
            sizes += f", converted {megabytes(item.converted_bytes)} MB"
        print(f"{item.role:<14} {item.model:<40} {state:<10} {sizes}", file=out)
        if not item.ready:
            missing = "not downloaded" if not item.downloaded else "not converted"
            print(f"    {missing}: run `python -m summarizer models prepare`", file=out)
        if item.note:
            print(f"    note: {item.note}", file=out)


class ProgressPrinter:
    """Progress lines for a terminal or a build log: each new step and every 10 % of a download,
    and the running figures at most every ``PRINT_INTERVAL`` seconds in between."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._last: tuple[str, str, int] | None = None  # (model, stage, tenth or step)
        self._printed_at = 0.0

    def __call__(self, event: ModelProgress) -> None:
        mark = int(event.fraction * 10) if event.stage == "download" else event.done
        key = (event.model, event.stage, mark)
        now = time.monotonic()
        if key == self._last and now - self._printed_at < PRINT_INTERVAL:
            return
        self._last, self._printed_at = key, now
        print(event.message, file=self.stream, flush=True)
