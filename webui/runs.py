"""A run's lifecycle on the page: start (replacing one still going), stop, and its end kept in the
session as a result (:class:`webui.sharing.Shown`) or as how it ended (:class:`webui.state.Ended`).

Each run takes a place in the page's queue of model work (:func:`take_turn`; a second run of the
session replaces the first), and waits there for its turn once its input is read.
The work runs in a background thread (:class:`webui.job.Job`) that the page follows
(:mod:`webui.views.running` draws its progress): touching a widget during a run does not end it,
settings changed meanwhile apply to the next run, Stop stops it.
"""

from __future__ import annotations

import time

import streamlit as st

from summarizer.admission import Ticket
from summarizer.config import Settings
from summarizer.errors import InputError, QueueFullError, RateLimitedError, SummarizerError
from summarizer.pipeline import Partial, Progress
from webui import errors, readers, results, visitor, warmup
from webui.job import DONE, STOPPED, Job, Snapshot
from webui.settings import PageSettings
from webui.sharing import RunSettings, Shown
from webui.state import Ended, Inputs, Kind, Outcome, PageState, Running

STOPPED_TEXT = (
    "**Stopped.** The run was stopped before it finished, so there is no summary. Your input is "
    "kept: press the button again to start over."
)


def error_markdown(
    error: SummarizerError, page: PageSettings, *, from_sidebar: bool = False
) -> str:
    """The error as a visitor may read it (no server internals), with what to do next."""
    message = errors.visitor_message(
        error, model_choice=page.model_choice, from_sidebar=from_sidebar
    )
    hint = errors.error_hint(error)
    return f"{message}\n\n{hint}" if hint else message


def stop(session: PageState) -> None:
    if session.running is not None:
        session.running.job.stop()


def start(
    session: PageState, kind: Kind, given: Inputs, settings: Settings, page: PageSettings
) -> None:
    """Start a run of ``kind``'s input in the background (stopping one still going)."""
    stop(session)
    caller = visitor.caller(settings)
    quota = results.quota_for(settings)
    try:
        read = readers.reader_for(kind, given)
        # Over the visitor's limit: said at once, before any fetch (the length counts once read).
        quota.check(caller, len(given.text) if kind == "text" else 0)
    except (InputError, RateLimitedError) as error:
        session.last = Ended("error", error_markdown(error, page))
        return
    try:
        ticket = take_turn(session, kind, given, settings)
    except QueueFullError as error:
        session.last = Ended("error", error_markdown(error, page))
        return
    pipeline = results.pipeline_for(settings)

    def work(progress: Progress, partial: Partial) -> Outcome:
        got = read(settings, progress)
        if ticket is not None:
            ticket.resize(len(got.article.text))
        result = quota.run(
            caller,
            len(got.article.text),
            lambda: pipeline.summarize(
                got.article,
                source_lang=settings.source_lang,
                bullets=settings.bullets,
                progress=progress,
                partial=partial,
            ),
        )
        return Outcome(result, got.given, got.query)

    number = session.next_number()
    session.shown, session.last = None, None
    job = Job(work, models=warmup.models_step(settings), turn=ticket)
    run = RunSettings.of(settings)
    session.running = Running(job, kind, run, number, time.monotonic(), ticket)


def take_turn(session: PageState, kind: Kind, given: Inputs, settings: Settings) -> Ticket | None:
    """The run's place in the page's queue, replacing the session's last one (None when the
    models are the API's: its own queue orders the work). QueueFullError when the line is full."""
    if settings.api_url:
        return None
    queue = results.run_queue(settings.effective_queue_runs, settings.queue_length)
    chars = len(given.text) if kind == "text" else None  # a link or a file: known once read
    return queue.submit(chars, owner=session.owner)


def finish(
    session: PageState, running: Running, snapshot: Snapshot[Outcome], page: PageSettings
) -> None:
    """Keep the run's result (or how it ended) in the session."""
    session.running = None
    if snapshot.state == DONE and snapshot.outcome is not None:
        outcome = snapshot.outcome
        seconds = time.monotonic() - running.started
        session.shown = Shown(
            outcome.result, running.run, running.kind, outcome.given, running.number, seconds
        )
        # The address reproduces a URL summary; for text and files it is cleared.
        st.query_params.from_dict(outcome.query)
    elif snapshot.state == STOPPED:
        session.last = Ended("stopped", STOPPED_TEXT)
    elif snapshot.error is not None:
        session.last = Ended("error", error_markdown(snapshot.error, page))
        session.offer_link = running.kind == "text" and isinstance(snapshot.error, InputError)
    else:
        session.last = Ended("error", errors.GENERIC_ERROR)
