"""A run in progress: its progress line and bar, the sentences translated so far, and Stop."""

from __future__ import annotations

import streamlit as st

from webui import progress, reading
from webui.job import Snapshot
from webui.state import Outcome, Running

FOLLOW_TICK_S = 0.25  # how often a running job's progress is redrawn at most


def follow(running: Running) -> Snapshot[Outcome]:
    """Draw the run's progress and the sentences translated so far until it ends."""
    marker_slot, bar_slot, stop_slot, view_slot = st.empty(), st.empty(), st.empty(), st.empty()
    marker_slot.html(
        reading.scroll_marker_html(running.number, "partial"), unsafe_allow_javascript=True
    )
    stop_slot.button("Stop", key="stop_run", on_click=running.job.stop, help="Stops this run.")
    snapshot: Snapshot[Outcome] = running.job.snapshot()
    drawn_sentences = None
    while True:
        fraction, line = progress.progress_line(
            snapshot.stage, snapshot.done, snapshot.total, snapshot.model
        )
        if running.job.stopping:
            line = "Stopping…"
        elif snapshot.stage == "queue" and running.ticket is not None:
            line = progress.queue_line(running.ticket.place()) or line
        bar_slot.progress(fraction, text=line)
        if snapshot.sentences and snapshot.sentences is not drawn_sentences:
            drawn_sentences = snapshot.sentences
            view_slot.html(
                reading.partial_html(snapshot.sentences, snapshot.pending),
                unsafe_allow_javascript=True,
            )
        if snapshot.finished:
            break
        snapshot = running.job.wait_for_change(snapshot.version, FOLLOW_TICK_S)
    for slot in (marker_slot, bar_slot, stop_slot, view_slot):
        slot.empty()
    return snapshot
