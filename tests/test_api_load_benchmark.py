"""python -m benchmarks.load --smoke, in-process engine: it runs end to end and reports each level.

Ray's side of the benchmark is the same client code against the Serve app tested in
test_ray_serve.py; it is left out here to keep the suite short. Figures are never asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_load_benchmark_smoke_reports_every_level(tmp_path: Path) -> None:
    report_path = tmp_path / "load.json"
    command = [sys.executable, "-m", "benchmarks.load", "--smoke"]
    command += ["--engines", "inprocess", "--clients", "1,2", "--rounds", "1"]
    command += ["--models-dir", str(tmp_path / "models"), "--json", str(report_path)]
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(report_path.read_text())
    levels = report["engines"]["inprocess"]
    assert [level["clients"] for level in levels] == [1, 2]
    for level in levels:
        assert level["failures"] == [] and level["requests"] == level["clients"]
        assert level["throughput_rps"] > 0 and level["p95_seconds"] >= level["p50_seconds"] > 0
    assert "| inprocess | 2 | 2 |" in completed.stdout
    assert report["machine"]["available_cpus"] >= 1
