"""Indonesian news → English translation and a bullet summary you can trace (Streamlit app).

Run it with ``streamlit run app.py``. The :mod:`summarizer` library does all the work (its input
layer, :mod:`summarizer.inputs._article`, turns pasted text, a file or a link into an article); the
:mod:`webui` package beside this file holds the page's presentation, link parameters, settings,
background runs and share links. This file is the layout and the wiring.

A run happens in a background thread (:mod:`webui.job`) that the page follows: touching a widget
during a run does not end it, settings changed meanwhile apply to the next run, Stop stops it.

Safety: every piece of untrusted text (article, translation, bullets, titles, file names, warnings,
error messages) reaches the page through :mod:`webui.render` (escaped Markdown) or
:mod:`webui.reading` (HTML with every piece escaped, shown with ``st.html``; its scripts are fixed
text). Error messages reach a visitor through :mod:`webui.errors`, without server paths or settings
names. Pasted text is never put into the page's URL, and it is stored only when the visitor presses
Share; a fetched article's link and its settings are in the URL, so that link reproduces it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.inputs import ArticleInput
from summarizer.inputs import _article as inputs
from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MIN_BEAMS, MIN_BULLETS, UPLOAD_TYPES
from summarizer.output import _export as export
from summarizer.pipeline import Partial, Progress
from summarizer.result import SummaryResult
from webui import errors, params, reading, render, results, sharing, warmup
from webui.errors import TAB_FILE, TAB_TEXT, TAB_URL
from webui.job import DONE, STOPPED, Job, Snapshot
from webui.progress import progress_line
from webui.settings import PageSettings
from webui.sharing import LANG_LABELS, RunSettings, Shown

UPLOAD_LIST = ", ".join(f".{kind}" for kind in UPLOAD_TYPES)
FOLLOW_TICK_S = 0.25  # how often a running job's progress is redrawn at most


# --- errors ----------------------------------------------------------------------------------


def error_markdown(
    error: SummarizerError, page: PageSettings, *, from_sidebar: bool = False
) -> str:
    """The error as a visitor may read it (no server internals), with what to do next."""
    message = errors.visitor_message(
        error, model_choice=page.model_choice, from_sidebar=from_sidebar
    )
    hint = errors.error_hint(error)
    return f"{message}\n\n{hint}" if hint else message


def show_error(error: SummarizerError, page: PageSettings, *, from_sidebar: bool = False) -> None:
    st.error(error_markdown(error, page, from_sidebar=from_sidebar), icon=":material/error:")


# --- session state ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a finished job hands the page."""

    result: SummaryResult
    given: str  # what the visitor gave: text, URL, or a file's article text
    query: dict[str, str]  # the address that reproduces it (URL input only)


@dataclass(frozen=True)
class Running:
    """The job in progress and what it was asked."""

    job: Job[Outcome]
    kind: str
    run: RunSettings
    number: int
    started: float


def init_state(base: Settings) -> None:
    """Defaults from the settings, then (once per session) what the page's query string asks."""
    state = st.session_state
    if state.get("initialized"):
        return
    state.initialized = True
    state.text = ""
    state.url = ""
    state.lang = base.source_lang
    state.bullets = base.bullets
    state.beams = base.num_beams
    state.translation_model = base.translation_model
    state.summarization_model = base.summarization_model
    state.first_tab = TAB_TEXT
    state.notices = []
    state.runs = 0
    state.shown = None
    state.running = None
    state.last = None  # how the last run ended, when not with a result: (kind, markdown)
    query = st.query_params
    shared = params.parse_share_params({name: query.get_all(name) for name in query})
    state.notices.extend(shared.problems)
    for name, value in (
        ("bullets", shared.bullets),
        ("beams", shared.beams),
        ("lang", shared.lang),
    ):
        if value is not None:
            state[name] = value
    if shared.share_id:
        open_shared(shared.share_id, base)
    elif shared.url:
        state.url = shared.url
        state.first_tab = TAB_URL
        state.pending = "url"  # a link with an article address reproduces its summary


def open_shared(share_id: str, base: Settings) -> None:
    """Show a saved result (no model runs); its input and settings fill the page's controls."""
    from summarizer.errors import ShareError

    state = st.session_state
    state.runs += 1
    try:
        shown = sharing.load(share_id, base, state.runs)
    except ShareError as error:
        state.last = ("error", render.escape_markdown(str(error)))
        return
    state.shown = shown
    state.bullets, state.beams, state.lang = shown.run.bullets, shown.run.beams, shown.run.lang
    if shown.kind == "url":
        state.url, state.first_tab = shown.given, TAB_URL
    else:
        state.text = shown.given


def ask_example() -> None:
    """Load the example, unless that would replace text the visitor typed: then ask first."""
    state = st.session_state
    try:
        example, _ = results.read_example()
    except OSError:
        state.notices.append("The example article is missing from this installation.")
        return
    if state.text.strip() and state.text.strip() != example:
        state.confirm_example = True
        return
    load_example()


def load_example() -> None:
    state = st.session_state
    state.confirm_example = False
    try:
        state.text, _ = results.read_example()
    except OSError:
        return
    state.pending = "text"


def keep_text() -> None:
    st.session_state.confirm_example = False


def fetch_instead(url: str) -> None:
    st.session_state.url = url
    st.session_state.first_tab = TAB_URL
    st.session_state.pending = "url"


def stop_run() -> None:
    running: Running | None = st.session_state.get("running")
    if running is not None:
        running.job.stop()


# --- page parts ------------------------------------------------------------------------------


def size_text(size: int) -> str:
    """A size as people read it, exact to the byte count's precision: 2 MB, 2.05 MB, 512 kB."""
    if size >= 1_000_000:
        return f"{size / 1e6:.6g} MB"
    return f"{size / 1e3:.6g} kB" if size >= 1_000 else f"{size} bytes"


def limits_text(settings: Settings) -> list[str]:
    return [
        f"Pasted text: up to {settings.max_chars:,} characters.",
        f"Uploaded files: up to {size_text(settings.max_upload_bytes)} ({UPLOAD_LIST}).",
        f"Fetched pages: up to {size_text(settings.max_fetch_bytes)}.",
    ]


def sidebar(base: Settings, page: PageSettings) -> Settings | ConfigError:
    """The controls; returns the settings they describe (or why they are invalid)."""
    with st.sidebar:
        # Not a heading: the page's first heading is its h1.
        st.markdown("**Settings**")
        st.radio(
            "Article language",
            SOURCE_LANGS,
            format_func=LANG_LABELS.__getitem__,
            key="lang",
            horizontal=True,
            help="Auto detects it. Choose Indonesian or English to skip detection; English "
            "text is summarised without translation.",
        )
        st.slider("Number of bullets", MIN_BULLETS, MAX_BULLETS, key="bullets")
        st.slider(
            "Beam size",
            MIN_BEAMS,
            MAX_BEAMS,
            key="beams",
            help="Beams for translating and summarising: more can read a little better, "
            "but is slower.",
        )
        st.caption("Changed settings apply to the next run; a run in progress finishes as it is.")
        if page.model_choice:
            model_fields()
        st.markdown("**Limits**")
        for line in limits_text(base):
            st.caption(line)
        st.caption(
            "Translation and summary are machine-made: check each bullet against the "
            "highlighted sentences it comes from."
        )
    return current_settings(base, page)


def current_settings(base: Settings, page: PageSettings) -> Settings | ConfigError:
    state = st.session_state
    models = {}
    if page.model_choice:  # otherwise the operator's models, whatever the session holds
        models = {
            "translation_model": state.translation_model.strip(),
            "summarization_model": state.summarization_model.strip(),
        }
    try:
        return base.replace(
            source_lang=state.lang, bullets=state.bullets, num_beams=state.beams, **models
        )
    except ConfigError as error:
        return error


def model_fields() -> None:
    """Model ids (shown only when SUMMARIZER_ALLOW_MODEL_CHOICE=1)."""
    with st.expander("Models"):
        st.text_input(
            "Translation model",
            key="translation_model",
            help="Indonesian → English. A Hugging Face hub id, or a copy of the model on this "
            "server.",
        )
        st.text_input(
            "Summarization model",
            key="summarization_model",
            help="English summariser. A Hugging Face hub id, or a copy of the model on this "
            "server.",
        )


def input_tabs(settings: Settings) -> str | None:
    """The three ways in; returns which one was asked to run ("text", "url", "file"), if any."""
    state = st.session_state
    trigger = state.pop("pending", None)
    text_tab, url_tab, file_tab = st.tabs([TAB_TEXT, TAB_URL, TAB_FILE], default=state.first_tab)
    with text_tab:
        trigger = text_input(settings) or trigger
    with url_tab, st.form("url_form", border=False, enter_to_submit=True):
        st.text_input(
            "URL of an Indonesian news article",
            key="url",
            placeholder="https://www.kompas.com/…",
            help="The page is fetched by this server; only public http(s) pages can be read.",
        )
        if st.form_submit_button("Fetch and summarize", type="primary", key="run_url"):
            trigger = "url"
        st.caption(
            f"Pages up to {size_text(settings.max_fetch_bytes)} are read. Press Enter or the "
            "button. The link and the settings go into this page's address, so it can be shared."
        )
    with file_tab:
        st.file_uploader(
            f"A {UPLOAD_LIST} file",
            key="upload",
            # Larger than the limit on purpose: a file over the limit reaches the page, which
            # says why it is refused (the uploader's own refusal is only a hover tooltip).
            max_upload_size=max(1, math.ceil(2 * settings.max_upload_bytes / 2**20)),
            help=f"Up to {size_text(settings.max_upload_bytes)}. From a saved web page (.html) "
            "the article is extracted.",
        )
        if st.button("Summarize file", type="primary", key="run_file"):
            trigger = "file"
        st.caption(
            f"Files up to {size_text(settings.max_upload_bytes)} ({UPLOAD_LIST}): UTF-8 text, "
            "or HTML."
        )
    return trigger


def text_input(settings: Settings) -> str | None:
    state = st.session_state
    trigger = None
    st.text_area(
        "Article text (Indonesian)",
        key="text",
        height=240,
        placeholder="Paste the text of an Indonesian news article here…",
        help=f"Up to {settings.max_chars:,} characters. Longer texts are refused, never cut.",
    )
    run_col, example_col, count_col = st.columns([1, 1, 2], vertical_alignment="center")
    if run_col.button("Summarize", type="primary", key="run_text", width="stretch"):
        trigger = "text"
    example_col.button(
        "Try an example",
        key="example",
        on_click=ask_example,
        width="stretch",
        help="Loads a KlikWartaku news article (2025) and summarises it.",
    )
    count_col.caption(f"{len(state.text):,} / {settings.max_chars:,} characters")
    if state.get("confirm_example"):
        st.warning("Replace your text with the example article?", icon=":material/help:")
        yes, no, _ = st.columns([1, 1, 2])
        yes.button("Replace my text", key="example_yes", on_click=load_example)
        no.button("Keep my text", key="example_no", on_click=keep_text)
    return trigger


# --- starting a run ----------------------------------------------------------------------------

# Each reads its input (captured in the script: the thread never touches the session) through the
# library's input layer; returns the article, what the visitor gave, and the reproducing address.
ArticleReader = Callable[[Settings, Progress], tuple[ArticleInput, str, dict[str, str]]]


def reader_for(kind: str, settings: Settings) -> ArticleReader:
    """The reader of the visitor's input; raises InputError when there is nothing to read."""
    state = st.session_state
    if kind == "text":
        text = state.text

        def read_text(settings: Settings, _progress: Progress):
            return results.with_example_source(inputs.from_text(text, settings)), text, {}

        return read_text
    if kind == "url":
        typed, cache = state.url, results.article_cache()

        def read_url(settings: Settings, progress: Progress):
            progress("fetch", 0, 1)
            article = inputs.from_url(typed, settings, cache=cache)
            url = inputs.normalize_url(typed)  # what was fetched: "kompas.com/…" gets https://
            query = params.share_params(
                url, settings.bullets, settings.source_lang, settings.num_beams
            )
            return article, url, query

        return read_url
    return file_reader(settings)


def file_reader(settings: Settings) -> ArticleReader:
    upload = st.session_state.get("upload")
    if upload is None:
        raise InputError(f"Choose a file under {TAB_FILE} first ({UPLOAD_LIST}).")
    name, data = upload.name, upload.getvalue()
    if len(data) > settings.max_upload_bytes:
        raise InputError(
            f"This file is {size_text(len(data))} ({len(data):,} bytes); files up to "
            f"{size_text(settings.max_upload_bytes)} ({settings.max_upload_bytes:,} bytes) "
            "are read. Use a shorter text."
        )

    def read_file(settings: Settings, _progress: Progress):
        article = inputs.from_file(name, data, settings)
        return article, article.text, {}

    return read_file


def start(kind: str, settings: Settings, page: PageSettings) -> None:
    """Start a run of the chosen input in the background (stopping one still going)."""
    state = st.session_state
    if state.running is not None:
        state.running.job.stop()
    try:
        read = reader_for(kind, settings)
    except InputError as error:
        state.last = ("error", error_markdown(error, page))
        return
    pipeline = results.pipeline_for(settings)

    def work(progress: Progress, partial: Partial) -> Outcome:
        article, given, query = read(settings, progress)
        result = pipeline.summarize(
            article,
            source_lang=settings.source_lang,
            bullets=settings.bullets,
            progress=progress,
            partial=partial,
        )
        return Outcome(result, given, query)

    state.runs += 1
    state.shown, state.last = None, None
    job = Job(work, models=warmup.models_step(settings))
    state.running = Running(job, kind, RunSettings.of(settings), state.runs, time.monotonic())


# --- following a run ---------------------------------------------------------------------------


def follow(running: Running) -> Snapshot[Outcome]:
    """Draw the run's progress and the sentences translated so far until it ends."""
    marker_slot, bar_slot, stop_slot, view_slot = st.empty(), st.empty(), st.empty(), st.empty()
    marker_slot.html(
        reading.scroll_marker_html(running.number, "partial"), unsafe_allow_javascript=True
    )
    stop_slot.button("Stop", key="stop_run", on_click=stop_run, help="Stops this run.")
    snapshot: Snapshot[Outcome] = running.job.snapshot()
    drawn_sentences = None
    while True:
        fraction, line = progress_line(
            snapshot.stage, snapshot.done, snapshot.total, snapshot.model
        )
        if running.job.stopping:
            line = "Stopping…"
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


def finish(running: Running, snapshot: Snapshot[Outcome], page: PageSettings) -> None:
    """Keep the run's result (or how it ended) in the session."""
    state = st.session_state
    state.running = None
    if snapshot.state == DONE and snapshot.outcome is not None:
        outcome = snapshot.outcome
        seconds = time.monotonic() - running.started
        state.shown = Shown(
            outcome.result, running.run, running.kind, outcome.given, running.number, seconds
        )
        # The address reproduces a URL summary; for text and files it is cleared.
        st.query_params.from_dict(outcome.query)
        return
    if snapshot.state == STOPPED:
        state.last = (
            "stopped",
            "**Stopped.** The run was stopped before it finished, so there "
            "is no summary. Your input is kept: press the button again to start over.",
        )
        return
    if snapshot.error is not None:
        state.last = ("error", error_markdown(snapshot.error, page))
        if running.kind == "text" and isinstance(snapshot.error, InputError):
            state.offer_link = True
    else:
        state.last = ("error", errors.GENERIC_ERROR)


def offer_link(text: str) -> None:
    """When the pasted "article" is a link, a button that fetches it instead."""
    try:
        link = inputs.normalize_url(text)
    except InputError:
        return
    if link.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in link):
        st.button(
            "Fetch this link instead",
            key="fetch_instead",
            on_click=fetch_instead,
            args=(link,),
            type="primary",
        )


def draw_last() -> None:
    state = st.session_state
    kind, markdown = state.last
    if kind == "stopped":
        st.info(markdown, icon=":material/stop_circle:")
        return
    st.error(markdown, icon=":material/error:")
    if state.pop("offer_link", False):
        offer_link(state.text)


# --- the result ------------------------------------------------------------------------------


def draw_result(shown: Shown, settings: Settings | ConfigError, base: Settings) -> None:
    result = shown.result
    st.html(reading.scroll_marker_html(shown.number, "done"), unsafe_allow_javascript=True)
    st.caption(render.escape_markdown(done_text(shown)))
    mark_stale(shown, settings)
    draw_source(result)
    st.markdown(render.language_markdown(result.language, shown.run.lang))
    note = export.language_note(result.language, shown.run.lang)
    if note:
        st.info(render.escape_markdown(note), icon=":material/translate:")
    st.caption(render.escape_markdown(export.coverage_line(result)))
    for public_note in errors.public_notes(result.warnings):
        st.info(render.escape_markdown(public_note), icon=":material/info:")
    st.html(reading.reading_html(result), unsafe_allow_javascript=True)
    draw_downloads(shown)
    draw_share(shown, base)
    models = render.models_line(result.models)
    st.caption(render.escape_markdown(f"Models: {models}."))


def done_text(shown: Shown) -> str:
    if shown.seconds is None:
        return "A shared result, shown as it was saved (no model was run)."
    return f"Done in {shown.seconds:.1f} s."


def mark_stale(shown: Shown, settings: Settings | ConfigError) -> None:
    """Say so when the sidebar no longer matches the settings that made the result."""
    if isinstance(settings, ConfigError):
        return
    now = RunSettings.of(settings)
    if now == shown.run:
        return
    models = (
        ""
        if (now.translation_model, now.summarization_model)
        == (
            shown.run.translation_model,
            shown.run.summarization_model,
        )
        else ", other models"
    )
    st.warning(
        render.escape_markdown(
            f"This result was made with {shown.run.describe()}{models}; the settings now differ "
            f"({now.describe()}). Press the button again to apply them."
        ),
        icon=":material/history:",
    )


def draw_source(result: SummaryResult) -> None:
    source = result.source
    if source.title:
        st.subheader(render.escape_markdown(source.title))
    details = render.source_markdown(source)
    if details:
        st.caption(details)
    link = source.final_url or source.url
    if link and link.lower().startswith(("http://", "https://")):
        st.link_button("Open the original article", link)


def draw_downloads(shown: Shown) -> None:
    """Markdown and JSON of the result, with server directories of models reduced to names."""
    public = errors.public_result(shown.result)
    stem = export.download_stem(public)
    markdown_col, json_col, _ = st.columns([1, 1, 2])
    markdown_col.download_button(
        "Download Markdown",
        data=export.to_markdown(public),
        file_name=f"{stem}.md",
        mime="text/markdown",
        key="download_markdown",
        on_click="ignore",
    )
    json_col.download_button(
        "Download JSON",
        data=export.to_json(public, shown.run.for_export()),
        file_name=f"{stem}.json",
        mime="application/json",
        key="download_json",
        on_click="ignore",
    )


def share_result(base: Settings) -> None:
    from summarizer.errors import ShareError, ShareTooLargeError

    state = st.session_state
    try:
        state.shown = sharing.save(state.shown, base)
    except ShareTooLargeError:
        state.share_problem = "This result is too large to share. Try a shorter article."
    except ShareError as error:
        state.share_problem = render.escape_markdown(
            errors.public_text(str(error)) or errors.GENERIC_ERROR
        )
    else:
        st.query_params.from_dict(params.saved_params(state.shown.share_id))


def draw_share(shown: Shown, base: Settings) -> None:
    """The Share button, what it stores, and once pressed, the permalink."""
    problem = st.session_state.pop("share_problem", None)
    if problem:
        st.error(problem, icon=":material/error:")
    if shown.shared:
        link = params.share_link(st.context.url, params.saved_params(shown.share_id))
        st.markdown("**Share this result**: anyone with this link sees exactly this result.")
        st.code(link, language=None, wrap_lines=True)
        if shown.expires:
            st.caption(f"The link works until {sharing.expiry_day(shown.expires)}.")
        return
    st.button(
        "Share",
        key="share",
        on_click=share_result,
        args=(base,),
        icon=":material/share:",
        help="Saves this result so that a link can show it to anyone.",
    )
    stored = "the link of the article" if shown.kind == "url" else "the article text"
    days = base.share_days
    st.caption(
        f"Share stores {stored}, the settings and this result on this server for {days} days, "
        "and gives you a link to it. Nothing is stored until you press Share."
    )


def main() -> None:
    st.set_page_config(
        page_title="Indonesian news in English",
        page_icon="📰",
        layout="wide",
        initial_sidebar_state="auto",
    )
    try:
        base, page = Settings.from_env(), PageSettings.from_env()
    except ConfigError as error:
        show_error(error, PageSettings())
        return
    init_state(base)
    st.title("Indonesian news, summarised in English")
    settings = sidebar(base, page)
    st.caption(
        "Paste an Indonesian article, its link or a file: you get the English translation beside "
        "the original and a short summary. Choose a bullet's sentences to see where it comes from."
    )
    state = st.session_state
    for notice in state.notices:
        st.warning(render.escape_markdown(notice))
    state.notices = []
    trigger = input_tabs(settings if isinstance(settings, Settings) else base)
    if trigger is not None:
        if isinstance(settings, ConfigError):
            show_error(settings, page, from_sidebar=True)
        else:
            start(trigger, settings, page)
    running: Running | None = state.running
    if running is not None:
        finish(running, follow(running), page)
    if state.last is not None:
        draw_last()
    if state.shown is not None:
        draw_result(state.shown, settings, base)


main()
