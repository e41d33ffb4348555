"""The pipeline's ``progress(stage, done, total)`` reports as one line of text and a bar.

Before a first run the models may have to be fetched and converted (stage "models", see
:mod:`webui.warmup`): then the line says which model, how many MB of how many, or the conversion,
and the bar follows that one step. It names the model by its role only: a model id may be a
directory on the server.
"""

from __future__ import annotations

from summarizer.admission import Place, ahead_text
from summarizer.models import ModelProgress, amount_text

# What each pipeline stage shows, and the share of the bar it covers.
STAGE_TEXT = {
    "queue": "Waiting for your turn…",
    "models": "Getting the models ready (first start only)…",
    "fetch": "Fetching the article…",
    "prepare": "Reading the text…",
    "detect": "Detecting the language…",
    "load": "Loading the models (the first run after a restart takes a minute or two)…",
    "translate": "Translating {total} sentences…",
    "summarize": "Summarising…",
    "ground": "Linking each bullet to the sentences it comes from…",
}
STAGE_PROGRESS = {
    "translate": "Translating: {done} of {total} sentences",
    "summarize": "Summarising: {done} of {total} parts",
}
STAGE_SPAN = {
    "fetch": (0.0, 0.05),
    "prepare": (0.05, 0.07),
    "detect": (0.07, 0.1),
    "load": (0.1, 0.15),
    "translate": (0.15, 0.7),
    "summarize": (0.7, 0.97),
    "ground": (0.97, 1.0),
}


# What a model report says, by its stage (download, convert, load).
MODEL_TEXT = {
    "download": "Downloading the {role} model (first start only): {amount}",
    "convert": "Converting the {role} model for the fast backend (first start only)…",
    "load": "Loading the {role} model…",
}


def progress_line(
    stage: str | None, done: int, total: int, model: ModelProgress | None = None
) -> tuple[float, str]:
    """Where the bar stands (0–1) and the one line of text it shows for a pipeline report
    (or, in stage "models", for the model report ``model``).

    One line says it once: "Translating: 12 of 40 sentences" (no separate stage caption).
    """
    if stage is None:
        return 0.0, "Starting…"
    if stage == "models" and model is not None:
        return model_line(model)
    start, end = STAGE_SPAN.get(stage, (0.0, 0.0))
    fraction = start + (end - start) * (min(done, total) / total if total else 0.0)
    template = STAGE_PROGRESS.get(stage) if total else None
    text = (template or STAGE_TEXT.get(stage, stage)).format(done=done, total=total)
    return min(max(fraction, 0.0), 1.0), text


def model_line(report: ModelProgress) -> tuple[float, str]:
    """The bar (this step's share done) and the line for one report of
    summarizer.models._lifecycle."""
    if report.stage == "load" and report.total and report.done >= report.total:
        return 1.0, f"The {report.role} model is ready."
    template = MODEL_TEXT.get(report.stage, STAGE_TEXT["models"])
    amount = amount_text(report.done, report.total)
    return report.fraction, template.format(role=report.role, amount=amount)


def queue_line(place: Place) -> str | None:
    """What a run waiting in the page's queue shows ("Waiting for your turn: 2 articles ahead of
    yours, about 20 s."); None once it runs."""
    if not place.waiting:
        return None
    return f"Waiting for your turn: {ahead_text(place.ahead, place.wait_s)}."
