"""What a visitor reads when something fails: useful, and free of server internals.

The library's messages are written for the person running it (the CLI user, the operator): they
may name ``SUMMARIZER_*`` variables, model directories or other paths on the server. A visitor of
the page must not see those (they reveal the server's layout, and a visitor cannot change them
anyway), so model-load and configuration errors, and any other message that still holds a path or
a variable name, become a generic message here; the original goes to the server log.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable

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
from summarizer.result import SummaryResult

from .render import escape_markdown, model_label

log = logging.getLogger("summarizer.app")

TAB_TEXT, TAB_URL, TAB_FILE = "Paste text", "Article URL", "Upload a file"

GENERIC_ERROR = (
    "Something went wrong on our side while summarising. Please try again; if it keeps "
    "happening, try a shorter text, or paste the article text instead of its link."
)
MODELS_UNAVAILABLE = (
    "The translation and summary models could not be loaded on this server. Please try again "
    "later; the details are in the server's log for its operator."
)
MODELS_UNAVAILABLE_CHOICE = (
    "The models could not be loaded. Check the model ids under **Models** in the sidebar: each "
    "must be a Hugging Face hub id, or a copy of the model that this server holds."
)
MISCONFIGURED = (
    "This page is not set up correctly, so it cannot summarise right now. Please try again "
    "later; the server's log tells its operator what to correct."
)
SIDEBAR_SETTING = "A setting in the sidebar is not valid: each model field must name a model."
SERVER_NOTE = "A note about this server's set-up was written to its log."

# "(SUMMARIZER_MAX_CHARS)" after a limit: the limit itself is useful, the variable is not.
_VARIABLE_ASIDE = re.compile(r"\s*\(\s*SUMMARIZER_[A-Z0-9_]+(?:=[^()]*)?\s*\)")
_VARIABLE = re.compile(r"SUMMARIZER_[A-Z0-9_]*")
# A server path: "/srv/x", "~/x", "C:\x"; not a URL's path (after a host or "//") nor "km/jam".
_PATH = re.compile(r"(?<![\w:/.~-])(?:~?/[\w.@-]|[A-Za-z]:\\)")


def holds_internals(text: str) -> bool:
    """Whether ``text`` names a ``SUMMARIZER_*`` variable or a path on the server."""
    return bool(_VARIABLE.search(text) or _PATH.search(text))


def public_text(text: str) -> str | None:
    """``text`` without its "(SUMMARIZER_X)" asides; None when it still holds internals."""
    scrubbed = _VARIABLE_ASIDE.sub("", text)
    return None if holds_internals(scrubbed) else scrubbed


def visitor_message(
    error: SummarizerError, *, model_choice: bool = False, from_sidebar: bool = False
) -> str:
    """What the page says for ``error``, as Markdown: the library's message escaped, or the
    page's own generic one when the message would show server internals."""
    if isinstance(error, ModelLoadError):
        log.error("model load failed: %s", error)
        return MODELS_UNAVAILABLE_CHOICE if model_choice else MODELS_UNAVAILABLE
    if isinstance(error, ConfigError):
        log.error("bad settings: %s", error)
        return SIDEBAR_SETTING if from_sidebar else MISCONFIGURED
    public = public_text(str(error))
    if public is None:
        log.error("message withheld from the visitor: %s", error)
        return GENERIC_ERROR
    return escape_markdown(public)


def public_notes(warnings: Iterable[str]) -> list[str]:
    """A result's warnings as a visitor may read them (plain text; once each)."""
    notes: list[str] = []
    for warning in warnings:
        public = public_text(warning)
        if public is None:
            log.warning("note withheld from the visitor: %s", warning)
            public = SERVER_NOTE
        if public not in notes:
            notes.append(public)
    return notes


def public_result(result: SummaryResult) -> SummaryResult:
    """``result`` for a download: model directories reduced to names, notes made public."""
    models = {role: model_label(model) for role, model in result.models.items()}
    return dataclasses.replace(result, models=models, warnings=tuple(public_notes(result.warnings)))


def error_hint(error: SummarizerError) -> str:
    """What to do next, for the kinds of error whose message does not already say it."""
    if isinstance(error, BusyError):
        return "Your input is kept: press the button again in a minute."
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
    if isinstance(error, GenerationError):
        return "Try again, perhaps with another beam size or a shorter text."
    if isinstance(error, (InputError, ModelLoadError, ConfigError)):
        return ""  # their message already says what to do
    return "Please try again."
