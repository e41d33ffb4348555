"""Indonesian news → English translation and a bullet summary you can trace (Streamlit app).

Run it with ``streamlit run app.py``. The :mod:`summarizer` library does all the work (its input
layer, :mod:`summarizer.inputs`, turns pasted text, a file or a link into an article and checks
it); the :mod:`webui` package beside this file holds the page. This file is the layout only:

* :mod:`webui.state`: the session's state, one typed object under one key;
* :mod:`webui.readers`: each tab's input → an article, through the library's input layer;
* :mod:`webui.runs`: a run's lifecycle (start, stop, its end), in a background thread;
* :mod:`webui.views`: the sidebar, the input tabs, a run's progress, messages, the result, Share.

Safety: every piece of untrusted text (article, translation, bullets, titles, file names, warnings,
error messages) reaches the page through :mod:`webui.render` (escaped Markdown) or
:mod:`webui.reading` (HTML with every piece escaped, shown with ``st.html``; its scripts are fixed
text). Error messages reach a visitor through :mod:`webui.errors`, without server paths or settings
names. Pasted text is never put into the page's URL, and it is stored only when the visitor presses
Share; a fetched article's link and its settings are in the URL, so that link reproduces it.
"""

from __future__ import annotations

import streamlit as st

from summarizer.config import Settings
from summarizer.errors import ConfigError
from webui import runs, state
from webui.settings import PageSettings
from webui.views import inputs, messages, result, running, sidebar


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
        messages.show_error(error, PageSettings())
        return
    query = {name: st.query_params.get_all(name) for name in st.query_params}
    session = state.page_state(base, page, query)
    st.title("Indonesian news, summarised in English")
    settings = sidebar.sidebar(base, page)
    st.caption(
        "Paste an Indonesian article, its link or a file: you get the English translation beside "
        "the original and a short summary. Choose a bullet's sentences to see where it comes from."
    )
    messages.draw_notices(session)
    trigger = inputs.input_tabs(session, settings if isinstance(settings, Settings) else base)
    if trigger is not None:
        if isinstance(settings, ConfigError):
            messages.show_error(settings, page, from_sidebar=True)
        else:
            runs.start(session, trigger, state.read_inputs(base), settings, page)
    if session.running is not None:
        runs.finish(session, session.running, running.follow(session.running), page)
    messages.draw_last(session)
    result.draw_result(session, settings, base)


main()
