"""Library exceptions as JSON errors: ``{"error": {"type": ..., "message": ...}}``.

The caller's mistakes (bad JSON, empty or over-limit text, bad bullets, a refused language, a
refused or unreachable URL) are 4xx; a busy server is 503 with ``Retry-After``; failures of the
server itself are 5xx with a message that reveals nothing internal (the details go to the log).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from fastapi.responses import JSONResponse

from .. import errors

log = logging.getLogger(__name__)

RETRY_AFTER_S = 10  # what a busy server asks callers to wait before trying again
INTERNAL_MESSAGE = "Something went wrong on the server; the error was logged. Please try again."


@dataclass(frozen=True)
class ErrorKind:
    status: int
    type: str


# Most specific first: the first class an exception is an instance of decides.
_KINDS: tuple[tuple[type[Exception], ErrorKind], ...] = (
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
_PRIVATE_MESSAGES = {
    "model_unavailable": "The models are unavailable right now; the error was logged.",
    "server_misconfigured": "The server is misconfigured; the error was logged.",
}


class ApiError(Exception):
    """An error the API itself decides (auth, body size, media type, queue full)."""

    def __init__(
        self, status: int, type_: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.type = type_
        self.message = message
        self.headers = headers or {}


def error_response(
    status: int, type_: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    headers = dict(headers or {})
    if status == 503:
        headers.setdefault("Retry-After", str(RETRY_AFTER_S))
    body = {"error": {"type": type_, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def from_api_error(error: ApiError) -> JSONResponse:
    return error_response(error.status, error.type, error.message, error.headers)


def from_exception(error: BaseException) -> JSONResponse:
    """The JSON response for any exception raised while serving a request."""
    if isinstance(error, ApiError):
        return from_api_error(error)
    kind = next((kind for cls, kind in _KINDS if isinstance(error, cls)), None)
    if kind is None:  # a bug: logged with its traceback, never shown
        log.error("unexpected failure while serving a request", exc_info=error)
        return error_response(500, "internal_error", INTERNAL_MESSAGE)
    message = _PRIVATE_MESSAGES.get(kind.type)
    if message is None:
        message = str(error)
    else:
        log.error("%s: %s", type(error).__name__, error)
    return error_response(kind.status, kind.type, message)
