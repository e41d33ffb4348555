"""A first start in the page: models that must be fetched show their progress on the run's line.

No hub here: the model preparation is a stand-in that emits the reports
:func:`summarizer.models.prepare` emits (download bytes, conversion, load), so these
tests check what the page makes of them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

import pytest

from summarizer.config import Settings
from summarizer.errors import ModelLoadError
from summarizer.models import ModelProgress
from webui import progress, warmup
from webui.job import DONE, FAILED, Job

from .test_app import SHORT_ID, started, state_of, submit_text

MB = 1_000_000
# What summarizer.models.prepare reports on a fresh server (its messages name the model id).
REPORTS = (
    ModelProgress("translation", "org/mt", "download", 0, 300 * MB, "Downloading …"),
    ModelProgress("translation", "org/mt", "download", 120 * MB, 300 * MB, "Downloading …"),
    ModelProgress("translation", "org/mt", "download", 300 * MB, 300 * MB, "Downloading …"),
    ModelProgress("summarization", "/srv/models/sum", "download", 5 * MB, 0, "Downloading …"),
    ModelProgress("translation", "org/mt", "convert", 0, 2, "Converting …"),
    ModelProgress("translation", "org/mt", "load", 1, 2, "Loading …"),
    ModelProgress("translation", "org/mt", "load", 2, 2, "… is ready"),
)
LINES = (
    "Downloading the translation model (first start only): 0.0 of 300.0 MB",
    "Downloading the translation model (first start only): 120.0 of 300.0 MB",
    "Downloading the translation model (first start only): 300.0 of 300.0 MB",
    "Downloading the summarization model (first start only): 5.0 MB",
    "Converting the translation model for the fast backend (first start only)…",
    "Loading the translation model…",
    "The translation model is ready.",
)


def stepwise_prepare(reports, proceed: queue.Queue) -> Callable[..., None]:
    """A stand-in for models.prepare: each report waits until the test has looked at it."""

    def prepare(settings: Settings, progress) -> None:
        for report in reports:
            progress(report)
            proceed.get(timeout=30)

    return prepare


def loading_work(progress, _partial) -> str:
    """Work that reads its input, then loads models as the pipeline does."""
    progress("prepare", 0, 1)
    progress("load", 0, 1)
    return "summary"


def test_the_progress_line_follows_downloads_and_conversion(tiny_settings: Settings) -> None:
    proceed: queue.Queue[None] = queue.Queue()
    step = warmup.models_step(
        tiny_settings,
        all_ready=lambda _settings: False,
        prepare=stepwise_prepare(REPORTS, proceed),
    )
    job = Job(loading_work, models=step)
    seen: list[tuple[float, str]] = []
    snapshot, last = job.snapshot(), None
    while len(seen) < len(REPORTS):
        if snapshot.model is not None and snapshot.model is not last:
            last = snapshot.model
            seen.append(
                progress.progress_line(
                    snapshot.stage, snapshot.done, snapshot.total, snapshot.model
                )
            )
            proceed.put(None)
        assert not snapshot.finished, snapshot
        snapshot = job.wait_for_change(snapshot.version, 30)
    assert [text for _fraction, text in seen] == list(LINES)
    # The bar follows the download's bytes, and no line names a model's id or directory.
    assert [round(fraction, 2) for fraction, _text in seen[:3]] == [0.0, 0.4, 1.0]
    assert not any("org/mt" in text or "/srv" in text for _fraction, text in seen)
    job.join(30)
    assert job.snapshot().state == DONE and job.snapshot().outcome == "summary"


def test_before_the_first_report_the_line_says_the_models_are_being_readied() -> None:
    assert progress.progress_line("models", 0, 0) == (
        0.0,
        "Getting the models ready (first start only)…",
    )


def test_ready_models_and_a_remote_pipeline_need_no_step(tiny_settings: Settings) -> None:
    prepared: list[Settings] = []
    step = warmup.models_step(
        tiny_settings,
        all_ready=lambda _settings: True,
        prepare=lambda settings, progress: prepared.append(settings),
    )
    assert step is not None
    reports: list[ModelProgress | None] = []
    step(reports.append)
    assert prepared == [] and reports == []  # nothing shown, nothing prepared
    remote = tiny_settings.replace(api_url="http://127.0.0.1:9/")
    assert warmup.models_step(remote) is None


def test_a_failed_preparation_ends_the_job_with_its_message(tiny_settings: Settings) -> None:
    def failing(settings: Settings, progress) -> None:
        raise ModelLoadError("org/mt", "the hub could not be reached", "SUMMARIZER_X")

    stages: list[str] = []

    def work(progress, _partial) -> None:
        progress("load", 0, 1)
        stages.append("summarize")  # never reached: no summary without its models

    step = warmup.models_step(tiny_settings, all_ready=lambda _s: False, prepare=failing)
    job = Job(work, models=step)
    job.join(30)
    snapshot = job.snapshot()
    assert snapshot.state == FAILED and isinstance(snapshot.error, ModelLoadError)
    assert stages == []


def test_the_page_shows_model_progress_before_the_summary(
    tiny_env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the page: the models are "not ready", their preparation reports, the page's
    progress line shows each report, and the summary follows."""
    from summarizer.models import _lifecycle as models

    drawn: list[str] = []
    original = progress.progress_line

    def recording(*args, **kwargs) -> tuple[float, str]:
        fraction, text = original(*args, **kwargs)
        if not drawn or drawn[-1] != text:
            drawn.append(text)
        return fraction, text

    def prepare(settings: Settings, progress, pool=None) -> None:
        for report, line in zip(REPORTS, LINES, strict=True):
            progress(report)
            for _ in range(400):  # until the page has drawn it (it redraws every 0.25 s)
                if line in drawn:
                    break
                threading.Event().wait(0.05)

    monkeypatch.setattr(progress, "progress_line", recording)
    monkeypatch.setattr(models, "all_ready", lambda _settings: False)
    monkeypatch.setattr(models, "prepare", prepare)
    at = submit_text(started(), SHORT_ID)
    assert state_of(at).shown is not None, [error.value for error in at.error]
    model_lines = [line for line in drawn if line in LINES]
    assert model_lines == list(LINES)
    # The pipeline's last stages come after the models.
    assert drawn[-1] not in LINES and drawn.index(LINES[-1]) < len(drawn) - 1


def test_bad_input_is_refused_before_any_model_is_fetched(
    tiny_env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.models import _lifecycle as models

    prepared: list[Settings] = []
    monkeypatch.setattr(models, "all_ready", lambda _settings: False)
    monkeypatch.setattr(
        models, "prepare", lambda settings, progress, pool: prepared.append(settings)
    )
    dutch = (
        "De gemeenteraad heeft gisteren besloten om de bibliotheek in het centrum te sluiten. "
        "Veel inwoners zijn boos over het besluit en willen dat de wethouder het opnieuw bekijkt."
    )
    for text in ("   ", dutch):
        at = submit_text(started(), text)
        assert at.error and state_of(at).shown is None
    assert prepared == []  # refused at once, never after minutes of downloading
