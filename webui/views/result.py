"""The result: when and how it was made, its source and language, notes, the reading view, the
downloads, Share, and the models that made it."""

from __future__ import annotations

import streamlit as st

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.output import _export as export
from summarizer.result import SummaryResult
from webui import errors, reading, render
from webui.sharing import RunSettings, Shown
from webui.state import PageState
from webui.views.share import draw_share


def draw_result(session: PageState, settings: Settings | ConfigError, base: Settings) -> None:
    shown = session.shown
    if shown is None:
        return
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
    draw_share(session, shown, base)
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
    same_models = (now.translation_model, now.summarization_model) == (
        shown.run.translation_model,
        shown.run.summarization_model,
    )
    models = "" if same_models else ", other models"
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
