"""The API's error contract, shared by the server (:mod:`summarizer.api._errors`) and the client
(:mod:`summarizer.pipeline._remote`): which library exception is which HTTP status and error
``type``.

No web framework is imported here, so the client stays light.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer import errors

RETRY_AFTER_S = 10  # what a busy server asks callers to wait before trying again


@dataclass(frozen=True)
class ErrorKind:
    status: int
    type: str


# Most specific first: the first class an exception is an instance of decides.
KINDS: tuple[tuple[type[errors.SummarizerError], ErrorKind], ...] = (
    (errors.BusyError, ErrorKind(503, "busy")),
    (errors.InputError, ErrorKind(422, "input_error")),
    (errors.LanguageError, ErrorKind(422, "language_refused")),
    (errors.InvalidURLError, ErrorKind(422, "url_refused")),
    (errors.BlockedAddressError, ErrorKind(422, "url_refused")),
    (errors.TooLargeError, ErrorKind(422, "page_too_large")),
    (errors.NotAnArticleError, ErrorKind(422, "not_an_article")),
    (errors.HTTPStatusError, ErrorKind(422, "url_http_error")),
    (errors.FetchError, ErrorKind(422, "url_unreachable")),  # DNS, connection, timeout, redirects
    (errors.ExtractionError, ErrorKind(422, "extraction_failed")),
    (errors.ShareNotFoundError, ErrorKind(404, "share_not_found")),
    (errors.ShareError, ErrorKind(503, "share_unavailable")),
    (errors.GenerationError, ErrorKind(500, "generation_failed")),
    (errors.ModelLoadError, ErrorKind(503, "model_unavailable")),
    (errors.ConfigError, ErrorKind(500, "server_misconfigured")),
    (errors.SummarizerError, ErrorKind(500, "server_error")),  # messages safe by design
)
# These messages name server settings, model paths and hosts: logged, not shown to callers.
PRIVATE_MESSAGES = {
    "model_unavailable": "The models are unavailable right now; the error was logged.",
    "server_misconfigured": "The server is misconfigured; the error was logged.",
}


def kind_of(error: BaseException) -> ErrorKind | None:
    return next((kind for cls, kind in KINDS if isinstance(error, cls)), None)


def exception_for(type_: str, message: str) -> errors.SummarizerError:
    """The library exception a caller of the API gets back for an error ``type``."""
    cls = next((cls for cls, kind in KINDS if kind.type == type_), errors.SummarizerError)
    for candidate in cls.__mro__:  # some carry extra fields (HTTPStatusError's status): go up
        try:
            return candidate(message)  # type: ignore[call-arg]
        except TypeError:
            continue
    return errors.SummarizerError(message)
