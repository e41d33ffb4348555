"""The benchmark's report: the machine, the figures against their targets, a Markdown table."""

from __future__ import annotations

import dataclasses
import os
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.config import available_cpus, cgroup_cpu_limit
from summarizer.models import supported_compute_types

from .baseline import BASELINE_BEAMS

TARGETS = {
    "speedup_vs_baseline": (">=", 10.0),
    "peak_rss_mb": ("<=", 1000.0),  # issue 21: both models loaded, short and long article
    "long_over_short_ratio": ("<=", 5.0),
    # From the request until the first English sentence reaches the page (the short article).
    "first_sentence_seconds": ("<=", 0.5),
}


@dataclass(frozen=True)
class Machine:
    cpu: str
    logical_cpus: int | None
    available_cpus: int
    cgroup_cpu_limit: int | None
    memory_gb: float
    cgroup_memory_limit_mb: int | None
    os: str
    python: str
    torch: str
    transformers: str
    ctranslate2: str
    supported_compute_types: tuple[str, ...]
    load_average_at_start: tuple[float, ...]
    load_average_at_end: tuple[float, ...] = ()

    def line(self) -> str:
        limit = self.cgroup_memory_limit_mb
        return (
            f"{self.cpu}, {self.available_cpus} CPUs available "
            f"({self.logical_cpus} logical), {self.memory_gb} GB RAM"
            f"{f' (cgroup limit {limit} MB)' if limit else ''}, {self.os}, "
            f"Python {self.python}, torch {self.torch}, "
            f"transformers {self.transformers}, ctranslate2 {self.ctranslate2}; "
            f"load average {self.load_average_at_start[0]} at start"
        )


def load_average() -> tuple[float, ...]:
    return tuple(round(value, 2) for value in os.getloadavg())


def describe_machine() -> Machine:
    import ctranslate2
    import psutil
    import torch
    import transformers

    return Machine(
        cpu=_cpu_model(),
        logical_cpus=os.cpu_count(),
        available_cpus=available_cpus(),
        cgroup_cpu_limit=cgroup_cpu_limit(),
        memory_gb=round(psutil.virtual_memory().total / 2**30, 1),
        cgroup_memory_limit_mb=_cgroup_memory_limit_mb(),
        os=f"{platform.system()} {platform.release()}",
        python=platform.python_version(),
        torch=torch.__version__,
        transformers=transformers.__version__,
        ctranslate2=ctranslate2.__version__,
        supported_compute_types=tuple(sorted(supported_compute_types())),
        load_average_at_start=load_average(),
    )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _cgroup_memory_limit_mb() -> int | None:
    try:
        raw = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        return None if raw == "max" else round(int(raw) / 2**20)
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class Target:
    value: float | None
    target: str
    met: bool | None


def verdict(name: str, value: float | None) -> Target:
    op, target = TARGETS[name]
    met = None if value is None else (value >= target if op == ">=" else value <= target)
    return Target(value, f"{op} {target:g}", met)


@dataclass(frozen=True)
class Report:
    """Every figure of one run; ``to_json()`` is the ``--json`` file."""

    smoke: bool
    speedup_vs_baseline: float
    ours_seconds: float
    baseline_seconds: float
    long_seconds: float
    baseline_long_seconds: float | None
    long_over_short_ratio: float
    first_sentence_seconds: float
    peak_rss_mb: float
    cold_start_seconds: float
    targets: dict[str, Target]
    identical_english_on_both_sides: dict[str, bool]
    machine: Machine
    settings: dict[str, Any]
    pinned_lengths: dict[str, str]
    texts: dict[str, int]
    ours: dict[str, Any]  # the child process's report (run_ours), translations dropped
    baseline: dict[str, Any]  # the baseline's runs, translations dropped
    models: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def summary_lines(self) -> list[str]:
        """The figures the README quotes, one ``name: value`` line each."""
        names = (
            "speedup_vs_baseline",
            "ours_seconds",
            "baseline_seconds",
            "long_seconds",
            "long_over_short_ratio",
            "first_sentence_seconds",
            "peak_rss_mb",
            "cold_start_seconds",
        )
        return [f"{name}: {getattr(self, name)}" for name in names]


def assemble(
    *,
    smoke: bool,
    machine: Machine,
    texts: dict[str, str],
    settings: dict[str, Any],
    ours: dict[str, Any],
    baseline: dict[str, Any],
    pinned_lengths: dict[str, str],
    models: dict[str, Any],
) -> Report:
    short, long = ours["runs"]["short"], ours["runs"]["long"]
    identical = {
        name: ours["runs"][name]["translations"] == baseline[name]["translations"]
        for name in baseline
    }
    ours = {**ours, "runs": {name: _untranslated(run) for name, run in ours["runs"].items()}}
    baseline = {name: _untranslated(run) for name, run in baseline.items()}
    speedup = baseline["short"]["seconds"] / short["seconds"]
    ratio = long["seconds"] / short["seconds"]
    return Report(
        smoke=smoke,
        speedup_vs_baseline=round(speedup, 2),
        ours_seconds=round(short["seconds"], 3),
        baseline_seconds=round(baseline["short"]["seconds"], 3),
        long_seconds=round(long["seconds"], 3),
        baseline_long_seconds=(
            round(baseline["long"]["seconds"], 3) if "long" in baseline else None
        ),
        long_over_short_ratio=round(ratio, 2),
        first_sentence_seconds=round(short["first_sentence_seconds"], 3),
        peak_rss_mb=round(ours["peak_rss_mb"], 1),
        cold_start_seconds=round(ours["cold_start_seconds"], 2),
        targets={
            "speedup_vs_baseline": verdict("speedup_vs_baseline", speedup),
            "peak_rss_mb": verdict("peak_rss_mb", ours["peak_rss_mb"]),
            "long_over_short_ratio": verdict("long_over_short_ratio", ratio),
            "first_sentence_seconds": verdict(
                "first_sentence_seconds", short["first_sentence_seconds"]
            ),
        },
        identical_english_on_both_sides=identical,
        machine=dataclasses.replace(machine, load_average_at_end=load_average()),
        settings=settings,
        pinned_lengths=pinned_lengths,
        texts={"short_words": _words(texts["short"]), "long_words": _words(texts["long"])},
        ours=ours,
        baseline=baseline,
        models=models,
    )


def _untranslated(run: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in run.items() if key != "translations"}


def _words(text: str) -> int:
    return len(text.split())


def _sec(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def _article_rows(report: Report) -> list[tuple[str, str, str]]:
    rows = []
    for name, label in (("short", "Short article"), ("long", "Long article")):
        mine, theirs = report.ours["runs"][name], report.baseline.get(name)
        words = report.texts[f"{name}_words"]
        rows.append(
            (
                f"**{label}** ({words:,} words, {mine['sentences']} sentences), warm",
                f"**{_sec(mine['seconds'])}**",
                f"**{_sec(theirs['seconds'])}**" if theirs else "not run",
            )
        )
        rows.append(
            (
                "  first English sentence shown",
                _sec(mine["first_sentence_seconds"]),
                _sec(theirs["first_sentence_seconds"]) if theirs else "-",
            )
        )
        for stage in ("translate", "summarize"):
            their_stage = _sec(theirs["stages"][stage]) if theirs else "-"
            rows.append((f"  {stage}", _sec(mine["stages"].get(stage)), their_stage))
        rows.append(("  prepare, detect, load, ground", _sec(mine["other_seconds"]), "-"))
    return rows


def compute_type_line(ours: dict[str, Any]) -> str | None:
    """The compute-type comparison in one sentence, skipped types and why included."""
    timed = ours.get("compute_types") or {}
    skipped = ours.get("compute_types_skipped") or {}
    if not timed and not skipped:
        return None
    shown = ", ".join(f"{name} {value:.2f} s" for name, value in timed.items()) or "none timed"
    line = f"Ours on the short article by CTranslate2 compute type (warm): {shown}."
    if skipped:
        line += " Skipped: " + "; ".join(f"{name}, {why}" for name, why in skipped.items()) + "."
    return line


def table(report: Report) -> str:
    """The README's Markdown table, the compute-type line and the targets."""
    ours = report.ours
    ours_label = (
        f"ours: {ours['backends']['translation']['name']} {report.settings['compute_type']}, "
        f"batched by length, beams {report.settings['num_beams']}"
    )
    base_label = f"baseline: transformers fp32, per sentence, beams {BASELINE_BEAMS}"
    rows = _article_rows(report)
    rows.append(
        (
            "Cold start: imports + model load + first request",
            f"{_sec(ours['cold_start_seconds'])} ({ours['imports_seconds']:.1f} + "
            f"{ours['load_seconds']:.1f} + {ours['first_request_seconds']:.1f})",
            "-",
        )
    )
    rows.append(("Peak RSS, both models loaded", f"{ours['peak_rss_mb']:,.0f} MB", "-"))
    lines = [f"| | {ours_label} | {base_label} |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    compute_types = compute_type_line(ours)
    if compute_types:
        lines += ["", compute_types]
    lines += ["", "| Target | Value | Met |", "|---|---|---|"]
    for name, result in report.targets.items():
        shown = "-" if result.value is None else f"{result.value:,.2f}"
        met = {True: "yes", False: "**no**", None: "-"}[result.met]
        lines.append(f"| {name} {result.target} | {shown} | {met} |")
    return "\n".join(lines)
