"""Share: the button and what it stores, and once pressed, the result's permalink."""

from __future__ import annotations

import streamlit as st

from summarizer.config import Settings
from summarizer.errors import ShareError, ShareTooLargeError
from webui import params, render, sharing
from webui.sharing import Shown
from webui.state import PageState


def share_result(session: PageState, base: Settings) -> None:
    if session.shown is None:
        return
    try:
        session.shown = sharing.save(session.shown, base)
    except ShareTooLargeError:
        session.share_problem = "This result is too large to share. Try a shorter article."
    except ShareError as error:
        session.share_problem = render.escape_markdown(error.public)
    else:
        st.query_params.from_dict(params.saved_params(session.shown.share_id))


def draw_share(session: PageState, shown: Shown, base: Settings) -> None:
    """The Share button, what it stores, and once pressed, the permalink."""
    problem = session.take_share_problem()
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
        args=(session, base),
        icon=":material/share:",
        help="Saves this result so that a link can show it to anyone.",
    )
    stored = "the link of the article" if shown.kind == "url" else "the article text"
    st.caption(
        f"Share stores {stored}, the settings and this result on this server for "
        f"{base.share_days} days, and gives you a link to it. Nothing is stored until you press "
        "Share."
    )
