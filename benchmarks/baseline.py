"""The baseline: plain transformers in fp32, every sentence on its own, 4 beams.

It runs the library's own pipeline (segmentation, translation, the same chunking and map-reduce
summarisation) on :class:`summarizer.models.TransformersBackend`, one input per model
call, so the two sides differ only in how the models run, not in what they are given. Its time is
the translate and summarize stages (what the model work costs).
"""

from __future__ import annotations

from typing import Any

from summarizer.config import Settings
from summarizer.models import Role, load_backend
from summarizer.pipeline import Pipeline

from .models import BenchmarkModels
from .pinned import OneAtATime, PinnedBackend, PinnedPipeline, summarise_samples

BASELINE_BEAMS = 4
WARM_UP = "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin."


def baseline_pipeline(models: BenchmarkModels, settings: Settings, smoke: bool) -> PinnedPipeline:
    plain = settings.replace(
        backend="transformers", num_beams=BASELINE_BEAMS, translation_batch_size=1
    )
    translator, summarizer = (
        PinnedBackend(load_backend(str(path), role.setting, plain), role, smoke)
        for role, path in (
            (Role.TRANSLATION, models.translation),
            (Role.SUMMARIZATION, models.summarization),
        )
    )
    pipeline = Pipeline(
        plain,
        translation_backend=OneAtATime(translator),
        summarization_backend=OneAtATime(summarizer),
    )
    return PinnedPipeline(pipeline, translator, summarizer)


def baseline_run(pinned: PinnedPipeline, text: str) -> dict[str, Any]:
    run = pinned.run(text)
    result = run.pop("result")
    stages = {stage: run["stages"][stage] for stage in ("translate", "summarize")}
    return {
        **run,
        "seconds": sum(stages.values()),
        "stages": stages,
        "translations": [sentence.translation for sentence in result.sentences],
    }


def run_baseline(
    models: BenchmarkModels,
    settings: Settings,
    *,
    smoke: bool,
    texts: dict[str, str],
    long: bool,
    repeats: int,
) -> dict[str, Any]:
    """The baseline's runs: the short article ``repeats`` times, the long one once if asked."""
    pinned = baseline_pipeline(models, settings, smoke)
    pinned.pipeline.run(WARM_UP, source_lang="id")
    samples = [baseline_run(pinned, texts["short"]) for _ in range(repeats)]
    runs = {"short": {**samples[-1], **summarise_samples(samples)}}
    if long:
        runs["long"] = baseline_run(pinned, texts["long"])
    return runs
