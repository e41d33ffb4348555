"""Indonesian news → English translation and a bullet summary you can trace (Streamlit app).

Run it with ``streamlit run app.py``. The :mod:`summarizer` library does all the work (its input
layer, :mod:`summarizer.inputs`, turns pasted text, a file or a link into an article); the
:mod:`webui` package beside this file holds the page's presentation, link parameters and
settings. This file is the layout and the wiring.

Safety: every piece of untrusted text (article, translation, bullets, titles, file names, warnings,
error messages) reaches the page through :mod:`webui.render`, either as escaped Markdown or inside
the HTML that module builds with every piece escaped (shown with ``st.html``). Error messages reach
a visitor through :mod:`webui.errors`, without server paths or settings names. Pasted text is
never put into the page's URL; only a fetched article's link is, so a share link reproduces it.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from summarizer import export, inputs
from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.inputs import ArticleInput
from summarizer.languages import SOURCE_LANGS, language_name
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MIN_BEAMS, MIN_BULLETS, UPLOAD_TYPES
from summarizer.result import SummaryResult
from webui import errors, params, render, results
from webui.errors import TAB_FILE, TAB_TEXT, TAB_URL
from webui.progress import Progress
from webui.settings import PageSettings

log = logging.getLogger("summarizer.app")

LANG_LABELS = {"auto": "Auto", "id": "Indonesian", "en": "English"}
REUSED = "Done: the same text was summarised with these settings recently"
UPLOAD_LIST = ", ".join(f".{kind}" for kind in UPLOAD_TYPES)


# --- errors ----------------------------------------------------------------------------------


def show_error(error: SummarizerError, page: PageSettings, *, from_sidebar: bool = False) -> None:
    """The error as a visitor may read it (no server internals), with what to do next."""
    message = errors.visitor_message(
        error, model_choice=page.model_choice, from_sidebar=from_sidebar
    )
    hint = errors.error_hint(error)
    st.error(f"{message}\n\n{hint}" if hint else message, icon=":material/error:")


# --- session state ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """The result on the page, with what produced it."""

    result: SummaryResult
    lang: str  # the language setting it ran with ("auto", "id" or "en")
    share: str | None  # the share link (URL input only)
    run: int  # distinguishes results, so a new result starts with its first bullet selected
    seconds: float | None  # None: reused from the cache


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
    query = st.query_params
    shared = params.parse_share_params({name: query.get_all(name) for name in query})
    state.notices.extend(shared.problems)
    if shared.bullets is not None:
        state.bullets = shared.bullets
    if shared.lang is not None:
        state.lang = shared.lang
    if shared.url:
        state.url = shared.url
        state.first_tab = TAB_URL
        state.pending = "url"  # a shared link reproduces its summary on opening


def load_example() -> None:
    try:
        text, _ = results.read_example()
    except OSError:
        st.session_state.notices.append("The example article is missing from this installation.")
        return
    st.session_state.text = text
    st.session_state.pending = "text"


def fetch_instead(url: str) -> None:
    st.session_state.url = url
    st.session_state.pending = "url"


# --- page parts ------------------------------------------------------------------------------


def size_text(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} kB"


def limits_text(settings: Settings) -> list[str]:
    return [
        f"Pasted text: up to {settings.max_chars:,} characters.",
        f"Uploaded files: up to {size_text(settings.max_upload_bytes)} ({UPLOAD_LIST}).",
        f"Fetched pages: up to {size_text(settings.max_fetch_bytes)}.",
    ]


def sidebar(base: Settings, page: PageSettings) -> Settings | ConfigError:
    """The controls; returns the settings they describe (or why they are invalid)."""
    with st.sidebar:
        st.header("Settings")
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
        if page.model_choice:
            model_fields()
        st.subheader("Limits")
        for line in limits_text(base):
            st.caption(line)
        st.caption(
            "Translation and summary are machine-made: check each bullet against the "
            "highlighted sentences it comes from."
        )
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
            on_click=load_example,
            width="stretch",
            help="Loads a KlikWartaku news article (2025) and summarises it.",
        )
        count_col.caption(f"{len(state.text):,} / {settings.max_chars:,} characters")
    with url_tab:
        st.text_input(
            "URL of an Indonesian news article",
            key="url",
            placeholder="https://www.kompas.com/…",
            help="The page is fetched by this server; only public http(s) pages can be read.",
        )
        if st.button("Fetch and summarize", type="primary", key="run_url"):
            trigger = "url"
        st.caption(
            f"Pages up to {size_text(settings.max_fetch_bytes)} are read. The link (never pasted "
            "text) goes into this page's address, so you can share the summary."
        )
    with file_tab:
        st.file_uploader(
            f"A {UPLOAD_LIST} file",
            type=list(UPLOAD_TYPES),
            key="upload",
            max_upload_size=max(1, math.ceil(settings.max_upload_bytes / 2**20)),
            help=f"Up to {size_text(settings.max_upload_bytes)}. From a saved web page (.html) "
            "the article is extracted.",
        )
        if st.button("Summarize file", type="primary", key="run_file"):
            trigger = "file"
        st.caption(f"Files up to {size_text(settings.max_upload_bytes)}: UTF-8 text, or HTML.")
    return trigger


# --- one run per input kind --------------------------------------------------------------------

# Each reads its input through the library's input layer and returns the article, plus the query
# parameters that reproduce it (only a link's; pasted text and files never go into the address).
ArticleReader = Callable[[Settings, Progress], tuple[ArticleInput, dict[str, str]]]


def text_article(settings: Settings, _progress: Progress) -> tuple[ArticleInput, dict[str, str]]:
    article = inputs.from_text(st.session_state.text, settings)
    return results.with_example_source(article), {}


def url_article(settings: Settings, progress: Progress) -> tuple[ArticleInput, dict[str, str]]:
    typed = st.session_state.url
    progress("fetch", 0, 1)
    article = inputs.from_url(typed, settings, cache=results.article_cache())
    url = inputs.normalize_url(typed)  # what was fetched: "kompas.com/…" gets its https://
    return article, params.share_params(url, settings.bullets, settings.source_lang)


def file_article(settings: Settings, _progress: Progress) -> tuple[ArticleInput, dict[str, str]]:
    upload = st.session_state.get("upload")
    if upload is None:
        raise InputError(f"Choose a file under {TAB_FILE} first ({UPLOAD_LIST}).")
    return inputs.from_file(upload.name, upload.getvalue(), settings), {}


READERS: dict[str, ArticleReader] = {"text": text_article, "url": url_article, "file": file_article}


def run(kind: str, settings: Settings, page: PageSettings) -> None:
    """Summarise the chosen input with progress shown; on success the result replaces the old."""
    state = st.session_state
    state.shown = None
    status = st.status("Starting…", expanded=True)
    progress = Progress(status)
    started = time.perf_counter()
    try:
        article, query = READERS[kind](settings, progress)
        result, reused = results.summarize(article, settings, progress)
    except SummarizerError as error:
        status.update(label="Could not summarise", state="error", expanded=False)
        show_error(error, page)
        if kind == "text" and isinstance(error, InputError):
            offer_link(state.text)
        return
    except Exception:  # a bug: logged for us, a plain message for the reader
        log.exception("unexpected failure while summarising")
        status.update(label="Could not summarise", state="error", expanded=False)
        st.error(errors.GENERIC_ERROR, icon=":material/error:")
        return
    seconds = None if reused else time.perf_counter() - started
    status.update(label=done_text(seconds), state="complete", expanded=False)
    st.query_params.from_dict(query)  # empty for pasted text and files: the address is cleared
    share = params.share_link(st.context.url, query) if query else None
    state.runs += 1
    state.shown = Shown(result, settings.source_lang, share, state.runs, seconds)
    draw_result(state.shown)


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


def done_text(seconds: float | None) -> str:
    return REUSED if seconds is None else f"Done in {seconds:.1f} s"


# --- the result ------------------------------------------------------------------------------


def draw_result(shown: Shown) -> None:
    result = shown.result
    draw_source(result)
    st.markdown(render.language_markdown(result.language, shown.lang))
    st.caption(render.escape_markdown(result.coverage.line))
    for note in errors.public_notes(result.warnings):
        st.info(render.escape_markdown(note), icon="ℹ️")

    original, summary = st.columns([3, 2], gap="large")
    highlighted: tuple[int, ...] = ()
    with summary:
        st.subheader("Summary")
        if result.bullets:
            choice = st.radio(
                "Select a bullet to highlight the sentences it comes from",
                range(len(result.bullets)),
                format_func=lambda i: render.bullet_label(i, result.bullets[i]),
                captions=[render.bullet_caption(bullet) for bullet in result.bullets],
                key=f"bullet-{shown.run}",
            )
            position = choice or 0
            highlighted = result.bullets[position].sources
            draw_sources(result, position)
        else:
            st.warning("The model produced no bullets for this text.")
    with original:
        language = language_name(result.language.used)
        st.subheader(f"Original ({language})")
        with st.container(height=560 if len(result.sentences) > 8 else "content", border=True):
            st.html(render.original_html(result.sentences, highlighted))
    with st.expander("Full English translation, sentence by sentence"):
        st.html(render.translation_html(result.sentences, highlighted, source_label=language))
    draw_downloads(result)
    if shown.share:
        st.markdown("**Share this summary**: the link reopens this article with these settings.")
        st.code(shown.share, language=None, wrap_lines=True)
    models = render.models_line(result.models)
    st.caption(render.escape_markdown(f"Models: {models}. {done_text(shown.seconds)}."))


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


def draw_downloads(result: SummaryResult) -> None:
    """Markdown and JSON of the result, with server directories of models reduced to names."""
    public = errors.public_result(result)
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
        data=export.to_json(public),
        file_name=f"{stem}.json",
        mime="application/json",
        key="download_json",
        on_click="ignore",
    )


def draw_sources(result: SummaryResult, position: int) -> None:
    """The selected bullet's flags and source sentences, in English with the original below."""
    bullet = result.bullets[position]
    for flag in bullet.flags:
        st.warning(render.escape_markdown(flag.message), icon="⚠️")
    if not bullet.sources:
        st.caption(
            "No sentence of the article closely supports this bullet: check it against the text."
        )
        return
    st.markdown(f"**Where bullet {position + 1} comes from**")
    by_index = {sentence.index: sentence for sentence in result.sentences}
    for index in bullet.sources:
        sentence = by_index.get(index)
        if sentence is None:
            continue
        st.markdown(f"**{index + 1}\\.** {render.escape_markdown(sentence.translation)}")
        if sentence.translation != sentence.text:
            st.caption(render.escape_markdown(sentence.text))


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
    settings = sidebar(base, page)
    st.title("Indonesian news, summarised in English")
    st.caption(
        "Paste an Indonesian article, its link or a file: you get an English translation next to "
        "the original and a short summary. Select a bullet to see the sentences it comes from."
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
            run(trigger, settings, page)
    elif state.shown is not None:
        draw_result(state.shown)


main()
