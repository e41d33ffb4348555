"""Library exceptions as JSON errors: ``{"error": {"type": ..., "message": ...}}``.

The status and ``type`` come from the library's contract (:data:`summarizer.errors.API_KINDS`):
the caller's mistakes (bad JSON, empty or over-limit text, bad bullets, a refused language, a
refused or unreachable URL) are 4xx; a caller over its allowance is 429 and a busy server 503,
both with ``Retry-After`` (a full queue's says when its next place frees); failures of the server
itself are 5xx. The message is the error's visitor message (``error.public``), which never names a
setting or a server path; the operator message goes to the log.
"""

from __future__ import annotations

import logging
import math

from fastapi.responses import JSONResponse

from summarizer.errors import BusyError, RateLimitedError, SummarizerError, kind_of

log = logging.getLogger(__name__)

RETRY_AFTER_S = 10  # what a busy server asks callers to wait before trying again
INTERNAL_MESSAGE = "Something went wrong on the server; the error was logged. Please try again."


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
    kind = kind_of(error)
    if kind is None or not isinstance(error, SummarizerError):  # a bug: logged, never shown
        log.error("unexpected failure while serving a request", exc_info=error)
        return error_response(500, "internal_error", INTERNAL_MESSAGE)
    headers: dict[str, str] = {}
    if isinstance(error, RateLimitedError):
        headers["Retry-After"] = str(error.retry_after)
    if isinstance(error, BusyError) and error.retry_after is not None:
        headers["Retry-After"] = str(max(1, math.ceil(error.retry_after)))
    if kind.status >= 500:
        log.error("%s: %s", type(error).__name__, error)  # the operator message
    elif error.public != str(error):
        log.info("%s: %s", type(error).__name__, error)
    return error_response(kind.status, kind.type, error.public, headers)
