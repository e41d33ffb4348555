"""The pipeline's ``progress(stage, done, total)`` reports as one line of text and a bar."""

from __future__ import annotations

# What each pipeline stage shows, and the share of the bar it covers.
STAGE_TEXT = {
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


def progress_line(stage: str | None, done: int, total: int) -> tuple[float, str]:
    """Where the bar stands (0–1) and the one line of text it shows for a pipeline report.

    One line says it once: "Translating: 12 of 40 sentences" (no separate stage caption).
    """
    if stage is None:
        return 0.0, "Starting…"
    start, end = STAGE_SPAN.get(stage, (0.0, 0.0))
    fraction = start + (end - start) * (min(done, total) / total if total else 0.0)
    template = STAGE_PROGRESS.get(stage) if total else None
    text = (template or STAGE_TEXT.get(stage, stage)).format(done=done, total=total)
    return min(max(fraction, 0.0), 1.0), text
