"""benchmarks/run.py --smoke: the whole benchmark with tiny models, as CI runs it.

Timings are machine- and load-dependent: this test checks that the benchmark runs end to end and
reports every figure the README quotes, never the figures themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "run.py"
FIGURES = (
    "speedup_vs_baseline",
    "ours_seconds",
    "baseline_seconds",
    "long_seconds",
    "long_over_short_ratio",
    "peak_rss_mb",
    "cold_start_seconds",
)


@pytest.fixture(scope="module")
def smoke_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    work = tmp_path_factory.mktemp("bench")
    report_path = work / "report.json"
    completed = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--smoke",
            "--models-dir",
            str(work / "models"),
            "--json",
            str(report_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(report_path.read_text()), completed.stdout


def test_smoke_run_reports_every_figure(smoke_report) -> None:
    report, stdout = smoke_report
    for name in FIGURES:
        assert isinstance(report[name], (int, float)) and report[name] > 0, name
        assert f"{name}: " in stdout
    assert set(report["targets"]) == {"speedup_vs_baseline", "peak_rss_mb", "long_over_short_ratio"}
    assert "| Target | Value | Met |" in stdout and "Machine: " in stdout
    assert report["machine"]["available_cpus"] >= 1


def test_smoke_run_measures_the_real_pipeline_on_ctranslate2(smoke_report) -> None:
    report, _ = smoke_report
    ours = report["ours"]
    for backend in ours["backends"].values():
        assert backend["name"] == "ctranslate2" and backend["fallback_reason"] is None
        assert not backend["converted_now"]  # converted before the cold start is measured
    for run in ours["runs"].values():
        assert {"translate", "summarize", "ground"} <= set(run["stages"])
        assert run["bullets"] >= 1 and run["translation_calls"] >= 1
    assert report["long_seconds"] > 0 and report["texts"]["long_words"] > 500
    # Both sides translated the same sentences into the same (stand-in) English and summarised
    # the same number of chunks.
    assert report["identical_english_on_both_sides"] == {"short": True}
    assert (
        ours["runs"]["short"]["summarization_inputs"]
        == report["baseline"]["short"]["summarization_inputs"]
    )
