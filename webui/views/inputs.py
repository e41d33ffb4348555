"""The three ways in (pasted text, an article's URL, a file), and the example that asks before it
replaces typed text. :func:`input_tabs` returns which input was asked to run."""

from __future__ import annotations

import math

import streamlit as st

from summarizer.config import Settings
from webui import results, state
from webui.errors import TAB_FILE, TAB_TEXT, TAB_URL
from webui.readers import FILE_TYPES_TEXT
from webui.render import size_text
from webui.state import Kind, PageState


def input_tabs(session: PageState, settings: Settings) -> Kind | None:
    """The tabs; returns which input ("text", "url", "file") was asked to run, if any."""
    trigger = session.take_pending()
    text_tab, url_tab, file_tab = st.tabs([TAB_TEXT, TAB_URL, TAB_FILE], default=session.first_tab)
    with text_tab:
        trigger = text_tab_body(session, settings) or trigger
    with url_tab:
        trigger = url_tab_body(settings) or trigger
    with file_tab:
        trigger = file_tab_body(settings) or trigger
    return trigger


def text_tab_body(session: PageState, settings: Settings) -> Kind | None:
    trigger: Kind | None = None
    st.text_area(
        "Article text (Indonesian)",
        key=state.TEXT,
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
        args=(session,),
        width="stretch",
        help="Loads a KlikWartaku news article (2025) and summarises it.",
    )
    count_col.caption(f"{len(state.typed_text()):,} / {settings.max_chars:,} characters")
    if session.confirm_example:
        st.warning("Replace your text with the example article?", icon=":material/help:")
        yes, no, _ = st.columns([1, 1, 2])
        yes.button("Replace my text", key="example_yes", on_click=load_example, args=(session,))
        no.button("Keep my text", key="example_no", on_click=keep_text, args=(session,))
    return trigger


def url_tab_body(settings: Settings) -> Kind | None:
    trigger: Kind | None = None
    with st.form("url_form", border=False, enter_to_submit=True):
        st.text_input(
            "URL of an Indonesian news article",
            key=state.URL,
            placeholder="https://www.kompas.com/…",
            help="The page is fetched by this server; only public http(s) pages can be read.",
        )
        if st.form_submit_button("Fetch and summarize", type="primary", key="run_url"):
            trigger = "url"
        st.caption(
            f"Pages up to {size_text(settings.max_fetch_bytes)} are read. Press Enter or the "
            "button. The link and the settings go into this page's address, so it can be shared."
        )
    return trigger


def file_tab_body(settings: Settings) -> Kind | None:
    trigger: Kind | None = None
    st.file_uploader(
        f"A {FILE_TYPES_TEXT} file",
        key=state.UPLOAD,
        # Larger than the limit on purpose: a file over the limit reaches the library, whose
        # message the page shows (the uploader's own refusal is only a hover tooltip).
        max_upload_size=max(1, math.ceil(2 * settings.max_upload_bytes / 2**20)),
        help=f"Up to {size_text(settings.max_upload_bytes)}. From a saved web page (.html) "
        "the article is extracted.",
    )
    if st.button("Summarize file", type="primary", key="run_file"):
        trigger = "file"
    st.caption(
        f"Files up to {size_text(settings.max_upload_bytes)} ({FILE_TYPES_TEXT}): UTF-8 text, "
        "HTML, PDF (with a text layer) or Word (.docx)."
    )
    return trigger


# --- the example ------


def ask_example(session: PageState) -> None:
    """Load the example, unless that would replace text the visitor typed: then ask first."""
    try:
        example, _ = results.read_example()
    except OSError:
        session.notices.append("The example article is missing from this installation.")
        return
    typed = state.typed_text().strip()
    if typed and typed != example:
        session.confirm_example = True
        return
    load_example(session)


def load_example(session: PageState) -> None:
    session.confirm_example = False
    try:
        text, _ = results.read_example()
    except OSError:
        return
    state.set_inputs(text=text)
    session.pending = "text"


def keep_text(session: PageState) -> None:
    session.confirm_example = False
