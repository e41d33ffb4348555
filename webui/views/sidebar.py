"""The sidebar: the settings a visitor may change, and the limits of this server."""

from __future__ import annotations

import streamlit as st

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MIN_BEAMS, MIN_BULLETS
from summarizer.quota import visitor_allowance
from webui import state
from webui.readers import FILE_TYPES_TEXT
from webui.render import size_text
from webui.settings import PageSettings
from webui.sharing import LANG_LABELS


def limits_text(settings: Settings) -> list[str]:
    return [
        f"Pasted text: up to {settings.max_chars:,} characters.",
        f"Uploaded files: up to {size_text(settings.max_upload_bytes)} ({FILE_TYPES_TEXT}).",
        f"Fetched pages: up to {size_text(settings.max_fetch_bytes)}.",
        *visitor_allowance(settings.runs_per_10_minutes, settings.chars_per_hour).sentences(),
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
            key=state.LANG,
            horizontal=True,
            help="Auto detects it. Choose Indonesian or English to skip detection; English "
            "text is summarised without translation.",
        )
        st.slider("Number of bullets", MIN_BULLETS, MAX_BULLETS, key=state.BULLETS)
        st.slider(
            "Beam size",
            MIN_BEAMS,
            MAX_BEAMS,
            key=state.BEAMS,
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
    return current_settings(base, page, state.read_inputs(base))


def current_settings(
    base: Settings, page: PageSettings, given: state.Inputs
) -> Settings | ConfigError:
    models = {}
    if page.model_choice:  # otherwise the operator's models, whatever the session holds
        models = {
            "translation_model": given.translation_model.strip(),
            "summarization_model": given.summarization_model.strip(),
        }
    try:
        return base.replace(
            source_lang=given.lang, bullets=given.bullets, num_beams=given.beams, **models
        )
    except ConfigError as error:
        return error


def model_fields() -> None:
    """Model ids (shown only when SUMMARIZER_ALLOW_MODEL_CHOICE=1)."""
    with st.expander("Models"):
        st.text_input(
            "Translation model",
            key=state.TRANSLATION_MODEL,
            help="Indonesian → English. A Hugging Face hub id, or a copy of the model on this "
            "server.",
        )
        st.text_input(
            "Summarization model",
            key=state.SUMMARIZATION_MODEL,
            help="English summariser. A Hugging Face hub id, or a copy of the model on this "
            "server.",
        )
