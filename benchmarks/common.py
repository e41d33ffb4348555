"""What the benchmark scripts share: where their models are kept, and a measured child process.

Imports nothing heavy: the scripts that measure a process's memory import this module in the
process they measure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .texts import ROOT

# The real-size (and tiny) benchmark models and their conversions, built once and reused.
MODELS_DIR = Path.home() / ".cache" / "summarizer-bench"


def add_models_dir(parser: argparse.ArgumentParser) -> None:
    """The ``--models-dir`` option every benchmark takes (a Path)."""
    parser.add_argument(
        "--models-dir",
        type=Path,
        default=MODELS_DIR,
        help="where benchmark models and their conversions are cached",
    )


def run_child(module: str, config: dict[str, Any], workdir: Path, what: str) -> dict[str, Any]:
    """``python -m MODULE --child CONFIG`` in a fresh process: the JSON its last line prints.

    ``config`` goes to the child as a JSON file in ``workdir``; a failing child ends the
    benchmark with its stderr's tail and "the ``what`` process failed".
    """
    path = workdir / f"{module.rsplit('.', 1)[-1]}-config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", module, "--child", str(path)],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
    )
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-4000:])
        raise SystemExit(f"the {what} process failed (exit status {completed.returncode})")
    return json.loads(completed.stdout.strip().splitlines()[-1])
