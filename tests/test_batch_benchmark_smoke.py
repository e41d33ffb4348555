"""benchmarks/batch.py --smoke: every mode end to end with tiny models (slow: starts Ray twice
and a process per article; minutes on a loaded 2-CPU machine).

Timings depend on the machine and its load: this checks that each mode runs, every article gets a
result, and the report has every figure the README quotes, never the figures themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_batch_benchmark_smoke(tmp_path_factory: pytest.TempPathFactory) -> None:
    work = tmp_path_factory.mktemp("batch-bench")
    report_path = work / "report.json"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.batch",
            "--smoke",
            "--short",
            "2",
            "--long",
            "1",
            "--models-dir",
            str(work / "models"),
            "--json",
            str(report_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1200,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert [r["mode"] for r in report["results"]] == ["cli", "embedded", "ray1", "ray2"]
    for result in report["results"]:
        assert result["articles"] == 3 and result["articles_per_minute"] > 0
        assert result["speedup_vs_cli"] > 0
    assert report["articles"]["count"] == 3 and max(report["articles"]["words"]) > 200
    assert "| mode | seconds | articles/min | vs one at a time |" in completed.stdout
    assert "Machine: " in completed.stdout
