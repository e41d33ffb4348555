"""The page's visitor, for the per-visitor limits: this browser session and its IP address.

Streamlit gives the connection's address (None on loopback, taken here as 127.0.0.1, so a
reverse proxy on the same machine can be trusted by naming 127.0.0.1 in
``SUMMARIZER_TRUSTED_PROXIES``) and the request's headers, whose ``X-Forwarded-For`` the library
believes only from a trusted proxy (:func:`summarizer.quota.client_for`).
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from summarizer.config import Settings
from summarizer.quota import Caller, Client, client_for
from webui import results

LOOPBACK = "127.0.0.1"


def client(settings: Settings) -> Client:
    context = get_script_run_ctx()
    session = context.session_id if context is not None else None
    forwarded = st.context.headers.get("X-Forwarded-For")
    peer = st.context.ip_address or LOOPBACK
    return client_for(session, peer, forwarded, settings.trusted_proxies)


def caller(settings: Settings) -> Caller:
    return results.quota_for(settings).visitor(client(settings))
