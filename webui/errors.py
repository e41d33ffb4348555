"""What a visitor reads when something fails: useful, and free of server internals.

Every library error has a visitor message (``error.public``: no ``SUMMARIZER_*`` variable, no
server path, no model directory) besides the operator's (``str(error)``, which may name them, for
the CLI user and the server's log). The page shows the visitor message, or its own where it knows
more about what the visitor did (a model they chose, a sidebar field); when the two messages
differ, the operator's goes to the server log.
"""

from __future__ import annotations

import dataclasses
import logging
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
    RateLimitedError,
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
MODELS_UNAVAILABLE_CHOICE = (
    "The models could not be loaded. Check the model ids under **Models** in the sidebar: each "
    "must be a Hugging Face hub id, or a copy of the model that this server holds."
)
SIDEBAR_SETTING = "A setting in the sidebar is not valid: each model field must name a model."


def visitor_message(
    error: SummarizerError, *, model_choice: bool = False, from_sidebar: bool = False
) -> str:
    """What the page says for ``error``, as Markdown: its visitor message, escaped, or the page's
    own when the visitor chose the models or typed the setting. The operator message, when it
    says more, goes to the log."""
    if str(error) != error.public:  # the server's failures are errors; a visitor's are info
        server_side = isinstance(error, (ModelLoadError, ConfigError))
        log.log(
            logging.ERROR if server_side else logging.INFO, "%s: %s", type(error).__name__, error
        )
    if isinstance(error, ModelLoadError) and model_choice:
        return MODELS_UNAVAILABLE_CHOICE
    if isinstance(error, ConfigError) and from_sidebar:
        return SIDEBAR_SETTING
    return escape_markdown(error.public)


def public_notes(warnings: Iterable[str]) -> list[str]:
    """A result's warnings, once each. The library writes them for any reader: they name no
    setting and no server path (a model's fallback reason goes to the log, not the result)."""
    return list(dict.fromkeys(warnings))


def public_result(result: SummaryResult) -> SummaryResult:
    """``result`` for a download: model directories reduced to names, each note once."""
    models = {role: model_label(model) for role, model in result.models.items()}
    return dataclasses.replace(result, models=models, warnings=tuple(public_notes(result.warnings)))


def error_hint(error: SummarizerError) -> str:
    """What to do next, for the kinds of error whose message does not already say it."""
    if isinstance(error, BusyError):
        when = "then" if error.retry_after is not None else "in a minute"
        return f"Your input is kept: press the button again {when}."
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
    if isinstance(error, (InputError, ModelLoadError, ConfigError, RateLimitedError)):
        return ""  # their message already says what to do
    return "Please try again."
