"""python -m benchmarks.fairness --smoke: it runs end to end and reports every session, the waits
and the flood's answers. Figures are never asserted, only that every ordinary session finished."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_fairness_benchmark_smoke_reports_every_session(tmp_path: Path) -> None:
    report_path = tmp_path / "fairness.json"
    command = [sys.executable, "-m", "benchmarks.fairness", "--smoke"]
    command += ["--sessions", "3", "--articles", "1", "--flood-threads", "1"]
    command += ["--models-dir", str(tmp_path / "models"), "--json", str(report_path)]
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(report_path.read_text())
    result = report["result"]
    assert result["sessions_finished"] == 3 and result["ordinary_failures"] == []
    assert len(result["ordinary"]) == 3
    assert result["ordinary_wait_max_s"] >= result["ordinary_wait_median_s"] >= 0
    assert result["flood_answers"].get("429", 0) >= 1  # the sessions came once it was refused
    assert result["flood_text_chars"] <= 20_000
    assert report["queue"] == {"runs": 1, "length": 16}
    assert "| ordinary sessions finished | 3 of 3" in completed.stdout
