"""python -m benchmarks.run --smoke: the whole benchmark with tiny models, as CI runs it.

Timings are machine- and load-dependent: this test checks that the benchmark runs end to end and
reports every figure the README quotes, never the figures themselves. The compute-type
comparison runs too: it times the types this CPU supports and names the ones it skips.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "speedup_vs_baseline",
    "ours_seconds",
    "baseline_seconds",
    "long_seconds",
    "long_over_short_ratio",
    "first_sentence_seconds",
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
            "-m",
            "benchmarks.run",
            "--smoke",
            "--models-dir",
            str(work / "models"),
            "--json",
            str(report_path),
            "--compare-compute-types",
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
    assert set(report["targets"]) == {
        "speedup_vs_baseline",
        "peak_rss_mb",
        "long_over_short_ratio",
        "first_sentence_seconds",
    }
    assert "| Target | Value | Met |" in stdout and "Machine: " in stdout
    assert report["machine"]["available_cpus"] >= 1


def test_smoke_run_reports_when_the_first_english_sentence_reached_the_page(smoke_report) -> None:
    """The time from the request until the pipeline's ``partial`` callback (what the page shows)
    first had a translated sentence: after the request started, well before it ended."""
    report, stdout = smoke_report
    for run in (report["ours"]["runs"]["short"], report["baseline"]["short"]):
        assert 0 < run["first_sentence_seconds"] < max(run["samples"])
    assert report["first_sentence_seconds"] == round(
        report["ours"]["runs"]["short"]["first_sentence_seconds"], 3
    )
    assert "first English sentence shown" in stdout


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


def test_smoke_run_compares_the_compute_types_this_cpu_supports(smoke_report) -> None:
    import ctranslate2

    report, stdout = smoke_report
    supported = ctranslate2.get_supported_compute_types("cpu")
    ours = report["ours"]
    compared, skipped = ours["compute_types"], ours["compute_types_skipped"]
    assert set(compared) == {"int8", "int16", "float32"} & supported
    assert set(skipped) == {"int8", "int16", "float32"} - supported
    assert all(seconds > 0 for seconds in compared.values())
    assert all("not supported by this CPU" in why for why in skipped.values())
    assert report["machine"]["supported_compute_types"] == sorted(supported)
    line = next(line for line in stdout.splitlines() if "by CTranslate2 compute type" in line)
    for kind in compared:
        assert f"{kind} " in line
    for kind in skipped:
        assert f"Skipped: {kind}" in line or f"; {kind}," in line
