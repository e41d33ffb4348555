"""Peak memory of a first start: download + conversion + first summary, the whole process tree.

    python -m benchmarks.first_start [--models-dir DIR] [--json PATH] [--smoke]

A fresh server that has never seen the models does three heavy things before its first answer:
download both models from the hub, convert them for CTranslate2 (each conversion in a child
process that loads the fp32 weights), and load them and summarise. This script runs exactly that,
as a page does it (``summarizer.models.prepare`` with a progress callback, then
``Pipeline.run``), in a fresh child process with empty caches (``HF_HOME`` and
``SUMMARIZER_CACHE_DIR`` in a temporary directory), against a loopback stand-in for the hub
(tests/hub_server.py) serving the benchmark's real-size random-weight models (benchmarks/run.py:
the published architectures of Helsinki-NLP/opus-mt-id-en and sshleifer/distilbart-cnn-12-6)
under their hub ids. Every 50 ms it sums the resident memory of that process and all its
descendants; the peak of that sum, overall and per phase, is the figure to compare with a
host's memory limit (2.7 GB on Streamlit Community Cloud). As in benchmarks/run.py, generated
lengths are pinned (random weights never stop) and the stand-in hub's own memory is not counted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .common import add_models_dir

ROOT = Path(__file__).resolve().parent.parent

SAMPLE_INTERVAL = 0.05
TARGET_MB = 2000.0
PHASE_PREFIX = "PHASE "


def child_main(smoke: bool) -> int:
    """The first start itself (runs in the measured child process)."""
    from benchmarks.pinned import PinnedBackend
    from benchmarks.texts import short_article
    from summarizer.config import Settings
    from summarizer.models import BackendPool, Role, peak_rss_mb
    from summarizer.models import _lifecycle as models
    from summarizer.pipeline import Pipeline

    settings = Settings.from_env()
    phase = {"name": ""}

    def progress(event: models.ModelProgress) -> None:
        if event.stage != phase["name"]:
            phase["name"] = event.stage
            print(f"{PHASE_PREFIX}{event.stage}", flush=True)

    pool = BackendPool()
    started = time.perf_counter()
    models.prepare(settings, progress=progress, pool=pool)
    prepared = time.perf_counter() - started
    print(f"{PHASE_PREFIX}summary", flush=True)
    pinned = {role: PinnedBackend(pool.get(role, settings), role, smoke) for role in Role}
    pipeline = Pipeline(
        settings,
        translation_backend=pinned["translation"],
        summarization_backend=pinned["summarization"],
    )
    result = pipeline.run(short_article(), source_lang="auto")
    report = {
        "prepare_seconds": round(prepared, 1),
        "first_summary_seconds": round(time.perf_counter() - started - prepared, 1),
        "bullets": len(result.bullets),
        "sentences": len(result.sentences),
        "server_process_peak_mb": round(peak_rss_mb(), 1),
    }
    print("REPORT " + json.dumps(report), flush=True)
    return 0


class TreeSampler:
    """Samples the summed RSS of a process and its descendants; peaks overall and per phase."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.phase = "start"
        self.peaks: dict[str, float] = {}
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                members = [self.process, *self.process.children(recursive=True)]
            except psutil.Error:
                return
            total = 0
            for member in members:
                try:
                    total += member.memory_info().rss
                except psutil.Error:
                    continue  # a conversion process that just ended
            megabytes = total / 2**20
            self.peaks[self.phase] = max(self.peaks.get(self.phase, 0.0), megabytes)
            self.peak_processes = max(self.peak_processes, len(members))
            self._stop.wait(SAMPLE_INTERVAL)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def measure(models_dir: Path, smoke: bool) -> dict[str, Any]:
    from benchmarks.models import ensure_models
    from summarizer.config import DEFAULT_SUMMARIZATION_MODEL, DEFAULT_TRANSLATION_MODEL
    from tests.hub_server import StandInHub, child_env

    built = ensure_models(models_dir, smoke)
    marian, bart, build_seconds = built.translation, built.summarization, built.built_seconds
    hub = StandInHub({DEFAULT_TRANSLATION_MODEL: marian, DEFAULT_SUMMARIZATION_MODEL: bart})
    work = Path(tempfile.mkdtemp(prefix="first-start-"))
    env = child_env(hub.url, work)
    try:
        started = time.perf_counter()
        lines, sampler, code = _run_child(env, smoke)
        seconds = time.perf_counter() - started
    finally:
        hub.close()
        shutil.rmtree(work, ignore_errors=True)
    if code != 0:
        raise SystemExit(f"the first start failed (exit {code}):\n" + "\n".join(lines[-20:]))
    child = next(
        (json.loads(line[len("REPORT ") :]) for line in lines if line.startswith("REPORT ")), {}
    )
    peak = max(sampler.peaks.values())
    return {
        "peak_tree_mb": round(peak, 1),
        "target_mb": TARGET_MB,
        "met": peak <= TARGET_MB,
        "peak_by_phase_mb": {name: round(value, 1) for name, value in sampler.peaks.items()},
        "most_processes": sampler.peak_processes,
        "seconds": round(seconds, 1),
        "model_build_seconds": round(build_seconds, 1),
        "served_mb": round(sum(_folder_mb(folder) for folder in (marian, bart)), 1),
        "smoke": smoke,
        **child,
    }


def _run_child(env: dict[str, str], smoke: bool) -> tuple[list[str], TreeSampler, int]:
    command = [sys.executable, "-m", "benchmarks.first_start", "--child"]
    if smoke:
        command.append("--smoke")
    child = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    sampler = TreeSampler(child.pid)
    lines: list[str] = []
    assert child.stdout is not None
    for line in child.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith(PHASE_PREFIX):
            sampler.phase = line[len(PHASE_PREFIX) :].strip()
    code = child.wait()
    sampler.stop()
    return lines, sampler, code


def _folder_mb(folder: Path) -> float:
    return sum(entry.stat().st_size for entry in folder.iterdir() if entry.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_models_dir(parser)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--smoke", action="store_true", help="tiny models: seconds, for CI")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.smoke)
    report = measure(args.models_dir, args.smoke)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
