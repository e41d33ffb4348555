"""Messages above the result: notes about the page's link, errors, and how the last run ended
(with, when the pasted "article" was a link, a button that fetches it instead)."""

from __future__ import annotations

import streamlit as st

from summarizer import inputs
from summarizer.errors import InputError, SummarizerError
from webui import render, state
from webui.errors import TAB_URL
from webui.runs import error_markdown
from webui.settings import PageSettings
from webui.state import PageState


def show_error(error: SummarizerError, page: PageSettings, *, from_sidebar: bool = False) -> None:
    st.error(error_markdown(error, page, from_sidebar=from_sidebar), icon=":material/error:")


def draw_notices(session: PageState) -> None:
    for notice in session.take_notices():
        st.warning(render.escape_markdown(notice))


def draw_last(session: PageState) -> None:
    if session.last is None:
        return
    if session.last.kind == "stopped":
        st.info(session.last.markdown, icon=":material/stop_circle:")
        return
    st.error(session.last.markdown, icon=":material/error:")
    if session.take_offer_link():
        offer_link(session, state.typed_text())


def offer_link(session: PageState, text: str) -> None:
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
            args=(session, link),
            type="primary",
        )


def fetch_instead(session: PageState, url: str) -> None:
    state.set_inputs(url=url)
    session.first_tab = TAB_URL
    session.pending = "url"
