"""The pipeline's ``progress(stage, done, total)`` callback, drawn as a status line and a bar."""

from __future__ import annotations

from typing import Any

import streamlit as st

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


class Progress:
    """Draws each stage once as a caption, and every step on the status label and the bar."""

    def __init__(self, status: Any) -> None:
        self.status = status
        self.stage: str | None = None
        self.reused = False  # True when the summary came from the cache
        with status:
            self.bar = st.progress(0.0, text="Starting…")

    def __call__(self, stage: str, done: int, total: int) -> None:
        start, end = STAGE_SPAN.get(stage, (0.0, 0.0))
        fraction = start + (end - start) * (min(done, total) / total if total else 0.0)
        if stage != self.stage:
            self.stage = stage
            with self.status:
                st.caption(STAGE_TEXT.get(stage, stage).format(done=done, total=total))
        text = STAGE_PROGRESS.get(stage, STAGE_TEXT.get(stage, stage)).format(
            done=done, total=total
        )
        # Both given on purpose: in Streamlit 1.67 an update with the label alone collapses the
        # status and shows the "complete" check mark while the run goes on.
        self.status.update(label=text, expanded=True, state="running")
        self.bar.progress(min(max(fraction, 0.0), 1.0), text=text)
