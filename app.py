"""Indonesian news → English translation and a bullet summary you can trace (Streamlit app).

Run it with ``streamlit run app.py``. The :mod:`summarizer` library does all the work; this file
only draws: inputs, progress, the result, downloads and share links.

Safety: every piece of untrusted text (article, translation, bullets, titles, file names, warnings,
error messages) reaches the page through :mod:`summarizer.render`, either as escaped Markdown or
inside the HTML that module builds with every piece escaped (shown with ``st.html``). Pasted text is
never put into the page's URL; only a fetched article's link is, so a share link reproduces it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from summarizer import render
from summarizer.config import Settings
from summarizer.errors import (
    BusyError,
    ConfigError,
    ExtractionError,
    FetchError,
    GenerationError,
    InputError,
    LanguageError,
    ModelLoadError,
    SummarizerError,
)
from summarizer.pipeline import Pipeline
from summarizer.result import SourceInfo, SummaryResult
from summarizer.segment import decode_text, find_url

if TYPE_CHECKING:
    from summarizer.extract import Article

log = logging.getLogger("summarizer.app")

ROOT = Path(__file__).resolve().parent
EXAMPLE_PATH = ROOT / "examples" / "klikwartaku-kim-lavrov.txt"
UPLOAD_TYPES = ["txt", "md", "html", "htm"]

TAB_TEXT, TAB_URL, TAB_FILE = "Paste text", "Article URL", "Upload a file"
LANG_LABELS = {"auto": "Auto", "id": "Indonesian", "en": "English"}

RESULTS_KEPT, RESULT_TTL_S = 32, 6 * 3600  # identical input + settings: the same summary
ARTICLES_KEPT, ARTICLE_TTL_S = 32, 15 * 60  # a fetched article is re-fetched after 15 minutes

REUSED = "Done: the same text was summarised with these settings recently"
GENERIC_ERROR = (
    "Something went wrong on our side while summarising. Please try again; if it keeps "
    "happening, try a shorter text, or paste the article text instead of its link."
)

# Progress: what each pipeline stage shows, and the share of the bar it covers.
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


# --- process-wide caches ---------------------------------------------------------------------


class TtlCache:
    """A small thread-safe LRU whose entries expire; shared by every session of the process."""

    def __init__(self, max_entries: int, ttl_s: float) -> None:
        self.max_entries = max_entries
        self.ttl_s = ttl_s
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            stored, value = item
            if time.monotonic() - stored > self.ttl_s:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)


@st.cache_resource(show_spinner=False, max_entries=8)
def pipeline_for(settings: Settings) -> Pipeline:
    """One Pipeline per settings; the models behind it load once per process and are shared."""
    return Pipeline(settings)


@st.cache_resource(show_spinner=False)
def result_cache() -> TtlCache:
    return TtlCache(RESULTS_KEPT, RESULT_TTL_S)


@st.cache_resource(show_spinner=False)
def article_cache() -> TtlCache:
    return TtlCache(ARTICLES_KEPT, ARTICLE_TTL_S)


def cache_key(*parts: object) -> str:
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- progress --------------------------------------------------------------------------------


class Progress:
    """The pipeline's ``progress(stage, done, total)`` callback, drawn as a status and a bar."""

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


# --- the library calls -----------------------------------------------------------------------


def summarize_text(
    text: str, settings: Settings, lang: str, bullets: int, progress: Progress
) -> SummaryResult:
    """The pipeline's result for ``text``; identical text and settings come from the cache."""
    key = cache_key("text", text, dataclasses.asdict(settings), lang, bullets)
    cached = result_cache().get(key)
    if cached is not None:
        progress.reused = True
        return cached
    result = pipeline_for(settings).run(text, source_lang=lang, bullets=bullets, progress=progress)
    result_cache().put(key, result)
    return result


def fetch_article(url: str, settings: Settings, progress: Progress) -> Article:
    """The article at ``url`` (fetched safely by the library; cached for a few minutes)."""
    from summarizer.extract import load_article

    progress("fetch", 0, 1)
    key = cache_key("url", url, dataclasses.asdict(settings))
    article = article_cache().get(key)
    if article is None:
        article = load_article(url, settings)
        article_cache().put(key, article)
    return article


def text_from_upload(
    name: str, data: bytes, settings: Settings
) -> tuple[str, SourceInfo, tuple[str, ...]]:
    """Text, source and notes of an uploaded file; binary and oversized files are refused.

    A saved web page (.html) gets its article extracted; if no article is found, its HTML is
    passed on and the library converts it to plain text (with a note saying so).
    """
    text = decode_text(data, settings.max_upload_bytes)
    if name.lower().endswith((".html", ".htm")):
        from summarizer.extract import extract_article

        try:
            article = extract_article(data, name)
        except ExtractionError:
            return text, SourceInfo(title=name), ()
        source = dataclasses.replace(article.source_info(), url=None, final_url=None)
        if not source.title:
            source = dataclasses.replace(source, title=name)
        return article.text, source, article.warnings
    return text, SourceInfo(title=name), ()


def read_example() -> tuple[str, SourceInfo]:
    """The bundled example: a "Source: Site (host), year." line, a blank line, the article."""
    raw = EXAMPLE_PATH.read_text(encoding="utf-8")
    header, _, body = raw.partition("\n\n")
    match = re.match(r"Source:\s*(?P<site>[^(,]+?)\s*(?:\([^)]*\))?,\s*(?P<year>\d{4})", header)
    text = body.strip()
    return text, SourceInfo(
        title=text.splitlines()[0] if text else None,
        site=match.group("site") if match else None,
        date=match.group("year") if match else None,
    )


# --- errors ----------------------------------------------------------------------------------


def error_hint(error: SummarizerError) -> str:
    """What to do next, for the kinds of error whose message does not already say it."""
    if isinstance(error, BusyError):
        return "Your input is kept: press the button again in a minute."
    if isinstance(error, ModelLoadError):
        return (
            "Check the model ids under **Models** in the sidebar: each must be a Hugging Face "
            "hub id, or a folder on this server that holds a copy of the model."
        )
    if isinstance(error, LanguageError):
        return (
            "This tool summarises Indonesian news (and English text, without translating it). "
            "If the article is Indonesian, choose **Indonesian** under *Article language* in "
            "the sidebar."
        )
    if isinstance(error, (FetchError, ExtractionError)):
        return (
            "Check the link, or copy the article text from your browser and paste it under "
            f"**{TAB_TEXT}**."
        )
    if isinstance(error, ConfigError):
        return "Correct the setting named above (in the sidebar, or its environment variable)."
    if isinstance(error, GenerationError):
        return "Try again, perhaps with another beam size or a shorter text."
    if isinstance(error, InputError):
        return ""
    return "Please try again."


def show_error(error: SummarizerError) -> None:
    hint = error_hint(error)
    message = render.escape_markdown(str(error))
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
    shared = render.parse_share_params(st.query_params.to_dict())
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
        text, _ = read_example()
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
        f"Uploaded files: up to {size_text(settings.max_upload_bytes)} (.txt, .md, .html).",
        f"Fetched pages: up to {size_text(settings.max_fetch_bytes)}.",
    ]


def sidebar(base: Settings) -> Settings | ConfigError:
    """The controls; returns the settings they describe (or why they are invalid)."""
    with st.sidebar:
        st.header("Settings")
        st.radio(
            "Article language",
            render.SOURCE_LANG_CHOICES,
            format_func=LANG_LABELS.__getitem__,
            key="lang",
            horizontal=True,
            help="Auto detects it. Choose Indonesian or English to skip detection; English "
            "text is summarised without translation.",
        )
        st.slider("Number of bullets", 1, 10, key="bullets")
        st.slider(
            "Beam size",
            1,
            8,
            key="beams",
            help="Beams for translating and summarising: more can read a little better, "
            "but is slower.",
        )
        if not base.lock_models:
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
    if not base.lock_models:
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
    """Model ids (hidden when SUMMARIZER_LOCK_MODELS=1, e.g. on a public demo)."""
    with st.expander("Models"):
        st.text_input(
            "Translation model",
            key="translation_model",
            help="Indonesian → English. A Hugging Face hub id or a local folder "
            "(default: SUMMARIZER_TRANSLATION_MODEL).",
        )
        st.text_input(
            "Summarization model",
            key="summarization_model",
            help="English summariser. A Hugging Face hub id or a local folder "
            "(default: SUMMARIZER_SUMMARIZATION_MODEL).",
        )


def inputs(settings: Settings) -> str | None:
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
            "A .txt, .md or .html file",
            type=UPLOAD_TYPES,
            key="upload",
            max_upload_size=max(1, math.ceil(settings.max_upload_bytes / 2**20)),
            help=f"Up to {size_text(settings.max_upload_bytes)}. From a saved web page (.html) "
            "the article is extracted.",
        )
        if st.button("Summarize file", type="primary", key="run_file"):
            trigger = "file"
        st.caption(f"Files up to {size_text(settings.max_upload_bytes)}: UTF-8 text, or HTML.")
    return trigger


def run(kind: str, settings: Settings) -> None:
    """Summarise the chosen input with progress shown; on success the result replaces the old."""
    state = st.session_state
    state.shown = None
    lang, bullets = settings.source_lang, settings.bullets
    status = st.status("Starting…", expanded=True)
    progress = Progress(status)
    started = time.perf_counter()
    share: str | None = None
    params: dict[str, str] = {}
    try:
        if kind == "url":
            typed = state.url.strip()
            if not typed:
                raise InputError(f"Enter the link of an article under {TAB_URL} first.")
            url = find_url(typed) or typed  # "kompas.com/read/…" gets its https://
            article = fetch_article(url, settings, progress)
            result = summarize_text(article.text, settings, lang, bullets, progress)
            result = dataclasses.replace(
                result,
                source=article.source_info(),
                warnings=(*article.warnings, *result.warnings),
            )
            params = render.share_params(url, bullets, lang)
            share = render.share_link(st.context.url, params)
        elif kind == "file":
            upload = state.get("upload")
            if upload is None:
                raise InputError(f"Choose a file under {TAB_FILE} first (.txt, .md or .html).")
            text, source, notes = text_from_upload(upload.name, upload.getvalue(), settings)
            result = summarize_text(text, settings, lang, bullets, progress)
            result = dataclasses.replace(result, source=source, warnings=(*notes, *result.warnings))
        else:
            text = state.text
            result = summarize_text(text, settings, lang, bullets, progress)
            example_text, example_source = _example_or_none()
            if example_text is not None and text.strip() == example_text:
                result = dataclasses.replace(result, source=example_source)
    except SummarizerError as error:
        status.update(label="Could not summarise", state="error", expanded=False)
        show_error(error)
        if kind == "text" and isinstance(error, InputError):
            link = find_url(state.text)
            if link is not None:
                st.button(
                    "Fetch this link instead",
                    key="fetch_instead",
                    on_click=fetch_instead,
                    args=(link,),
                    type="primary",
                )
        return
    except Exception:  # a bug: logged for us, a plain message for the reader
        log.exception("unexpected failure while summarising")
        status.update(label="Could not summarise", state="error", expanded=False)
        st.error(GENERIC_ERROR, icon=":material/error:")
        return
    seconds = None if progress.reused else time.perf_counter() - started
    done = REUSED if seconds is None else f"Done in {seconds:.1f} s"
    status.update(label=done, state="complete", expanded=False)
    if params:
        st.query_params.from_dict(params)
    else:
        st.query_params.clear()  # pasted or uploaded text never goes into the address
    state.runs += 1
    state.shown = Shown(result, lang, share, state.runs, seconds)
    draw_result(state.shown)


def _example_or_none() -> tuple[str | None, SourceInfo]:
    try:
        return read_example()
    except OSError:
        return None, SourceInfo()


def draw_result(shown: Shown) -> None:
    result = shown.result
    source = result.source
    if source.title:
        st.subheader(render.escape_markdown(source.title))
    details = render.source_markdown(source)
    if details:
        st.caption(details)
    link = source.final_url or source.url
    if link and link.lower().startswith(("http://", "https://")):
        st.link_button("Open the original article", link)
    st.markdown(render.language_markdown(result.language, shown.lang))
    st.caption(render.escape_markdown(result.coverage.line))
    for warning in result.warnings:
        st.info(render.escape_markdown(warning), icon="ℹ️")

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
        language = render.language_name(result.language.used)
        st.subheader(f"Original ({language})")
        with st.container(height=560 if len(result.sentences) > 8 else "content", border=True):
            st.html(render.original_html(result.sentences, highlighted))
    with st.expander("Full English translation, sentence by sentence"):
        st.html(render.translation_html(result.sentences, highlighted, source_label=language))

    stem = render.download_stem(result)
    markdown_col, json_col, _ = st.columns([1, 1, 2])
    markdown_col.download_button(
        "Download Markdown",
        data=render.to_markdown(result),
        file_name=f"{stem}.md",
        mime="text/markdown",
        key="download_markdown",
        on_click="ignore",
    )
    json_col.download_button(
        "Download JSON",
        data=render.to_json(result),
        file_name=f"{stem}.json",
        mime="application/json",
        key="download_json",
        on_click="ignore",
    )
    if shown.share:
        st.markdown("**Share this summary**: the link reopens this article with these settings.")
        st.code(shown.share, language=None, wrap_lines=True)
    models = " · ".join(f"{role}: {model}" for role, model in result.models.items())
    took = REUSED if shown.seconds is None else f"Done in {shown.seconds:.1f} s"
    st.caption(render.escape_markdown(f"Models: {models}. {took}."))


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
        base = Settings.from_env()
    except ConfigError as error:
        show_error(error)
        return
    init_state(base)
    settings = sidebar(base)
    st.title("Indonesian news, summarised in English")
    st.caption(
        "Paste an Indonesian article, its link or a file: you get an English translation next to "
        "the original and a short summary. Select a bullet to see the sentences it comes from."
    )
    state = st.session_state
    for notice in state.notices:
        st.warning(render.escape_markdown(notice))
    state.notices = []
    trigger = inputs(settings if isinstance(settings, Settings) else base)
    if trigger is not None:
        if isinstance(settings, ConfigError):
            show_error(settings)
        else:
            run(trigger, settings)
    elif state.shown is not None:
        draw_result(state.shown)


main()
