"""The library's exceptions.

Every message is written for the person using the tool: it says what went wrong and what to do
next, and never contains a traceback or internal details. The app and CLI show ``str(error)``.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: anything the library raises on purpose."""


class ConfigError(SummarizerError):
    """A setting (environment variable or CLI flag) has an invalid value."""


class InputError(SummarizerError):
    """The input text or file cannot be summarised as given (empty, too long, binary, ...)."""


class LanguageError(SummarizerError):
    """The language could not be decided, or is not supported."""

    def __init__(self, message: str, *, language: str | None = None) -> None:
        super().__init__(message)
        self.language = language


class ModelLoadError(SummarizerError):
    """A model could not be loaded; names the model, the reason and the setting to change."""

    def __init__(self, model: str, reason: str, setting: str) -> None:
        self.model = model
        self.reason = reason
        self.setting = setting
        super().__init__(
            f"Could not load the model '{model}': {reason}. "
            f"Check your connection to the Hugging Face hub, or point {setting} "
            "at a local directory holding a copy of the model."
        )


class GenerationError(SummarizerError):
    """A model produced unusable output (empty, or a repetition loop that retries did not fix)."""


class BusyError(SummarizerError):
    """The server is busy with other requests; try again shortly."""


class ShareError(SummarizerError):
    """A share link could not be saved or opened. Subclasses say why."""


class ShareNotFoundError(ShareError):
    """No shared result has this id, or it has expired."""


class ShareTooLargeError(ShareError):
    """The result is larger than a share link may hold."""


class FetchError(SummarizerError):
    """A URL could not be fetched. Subclasses say why."""


class InvalidURLError(FetchError):
    """The URL is malformed or uses a scheme/port that is not allowed."""


class BlockedAddressError(FetchError):
    """The URL points at an address the server must not reach (loopback, private, ...)."""


class DNSError(FetchError):
    """The host name could not be resolved."""


class UnreachableError(FetchError):
    """The server could not be connected to."""


class FetchTimeoutError(FetchError):
    """The server took too long to answer."""


class TooManyRedirectsError(FetchError):
    """The URL redirected more times than allowed."""


class TooLargeError(FetchError):
    """The page is larger than the configured limit."""


class NotAnArticleError(FetchError):
    """The URL does not serve an HTML or text page (e.g. a PDF or an image)."""


class HTTPStatusError(FetchError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class ExtractionError(SummarizerError):
    """A fetched page holds no article text that could be extracted."""
