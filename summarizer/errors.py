"""The library's exceptions, the API's error contract, and foreign errors as people read them.

Every error has two faces:

* ``str(error)``, the **operator message**: for the person running the tool (the CLI user, the
  server's operator, its log). It may name the ``SUMMARIZER_*`` variable or flag to change, a
  model directory or another path on the server.
* ``error.public``, the **visitor message**: what the page and the API show to someone who cannot
  change the server. It never names a variable, a server path or a model directory.

``error.setting`` is the variable or flag the error concerns (``"SUMMARIZER_MAX_CHARS"``,
``"--beams"``), or None. A raise site passes it as a field and composes the operator message from
the same value; where the operator message holds more than a visitor may read, the raise site also
passes ``public=``, and classes whose every message is the operator's (:class:`ConfigError`,
:class:`ModelLoadError`) have one fixed visitor message (``PUBLIC``). Otherwise the message is
already fit for a visitor and both faces are the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

T = TypeVar("T")


class SummarizerError(Exception):
    """Base class: anything the library raises on purpose."""

    #: The visitor message of every error of this class, when its messages are the operator's.
    PUBLIC: ClassVar[str | None] = None

    def __init__(
        self, message: str, *, setting: str | None = None, public: str | None = None
    ) -> None:
        super().__init__(message)
        self.setting = setting
        self.public: str = public or self.PUBLIC or message

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt without __init__ (subclasses take other arguments), e.g. across Ray processes.
        return (_rebuilt, (type(self), str(self)), self.__dict__)


E = TypeVar("E", bound=SummarizerError)


def _rebuilt(cls: type[E], message: str) -> E:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class ConfigError(SummarizerError):
    """A setting (environment variable or CLI flag) has an invalid value."""

    PUBLIC = (
        "This server is not set up correctly, so it cannot summarise right now. Please try again "
        "later; the server's log tells its operator what to correct."
    )


class InputError(SummarizerError):
    """The input text or file cannot be summarised as given (empty, too long, binary, ...)."""


class DocumentError(InputError):
    """A PDF or Word file could not be read. Subclasses say why."""


class EncryptedDocumentError(DocumentError):
    """The document is encrypted with a password."""


class ScannedDocumentError(DocumentError):
    """The document has no text layer (a scan: only images of pages)."""


class CorruptDocumentError(DocumentError):
    """The document is damaged, truncated or not the file type its name says."""


class DocumentTooComplexError(DocumentError):
    """Reading the document needed more time or memory than allowed (a compression or zip bomb,
    or an object graph built to exhaust the reader)."""


class LanguageError(SummarizerError):
    """The language could not be decided, or is not supported."""

    language: str | None = None

    def __init__(self, message: str, *, language: str | None = None) -> None:
        super().__init__(message)
        self.language = language


class ModelLoadError(SummarizerError):
    """A model could not be loaded; names the model, the reason and the setting to change."""

    PUBLIC = (
        "The translation and summary models could not be loaded on this server. Please try again "
        "later; the details are in the server's log for its operator."
    )

    model: str = ""  # "" (and reason) when the error came back from the API
    reason: str = ""

    def __init__(self, model: str, reason: str, setting: str) -> None:
        self.model = model
        self.reason = reason
        super().__init__(
            f"Could not load the model '{model}': {reason}. "
            f"Check your connection to the Hugging Face hub, or point {setting} "
            "at a local directory holding a copy of the model.",
            setting=setting,
        )


class GenerationError(SummarizerError):
    """A model produced unusable output (empty, or a repetition loop that retries did not fix)."""


class BusyError(SummarizerError):
    """The server is busy with other requests; try again shortly (after ``retry_after`` seconds,
    when the raise site knows; the API sends it as ``Retry-After``)."""

    retry_after: float | None = None

    def __init__(
        self, message: str, *, retry_after: float | None = None, public: str | None = None
    ) -> None:
        super().__init__(message, public=public)
        self.retry_after = retry_after


class QueueFullError(BusyError):
    """The queue of model work is full (summarizer.admission); its message says when to retry."""


class RateLimitedError(SummarizerError):
    """A visitor or an API key is over its allowance (runs or characters in a time window).

    ``retry_after`` is how many seconds until a run fits again; ``reason`` says which limit
    (``rate_runs``, ``rate_chars``, ``key_quota``). The message says the limit and when.
    """

    retry_after: int = 0  # 0 when the error came back from the API without its header
    reason: str = ""

    def __init__(self, message: str, *, retry_after: int, reason: str) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.reason = reason


class QuotaError(SummarizerError):
    """The store of API keys and usage could not be read or written."""


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

    status: int | None = None  # None when the error came back from the API

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class ExtractionError(SummarizerError):
    """A fetched page holds no article text that could be extracted."""


# --- the API's error contract ----------------------------------------------------------------
# Which library error is which HTTP status and error ``type``: the API server answers with it
# (summarizer.api) and its client (summarizer.pipeline._remote) turns answers back into errors, so
# both import it from here, one way.


@dataclass(frozen=True)
class ErrorKind:
    status: int
    type: str


# Most specific first: the first class an exception is an instance of decides.
API_KINDS: tuple[tuple[type[SummarizerError], ErrorKind], ...] = (
    (BusyError, ErrorKind(503, "busy")),
    (RateLimitedError, ErrorKind(429, "rate_limited")),
    (QuotaError, ErrorKind(503, "quota_unavailable")),
    (InputError, ErrorKind(422, "input_error")),
    (LanguageError, ErrorKind(422, "language_refused")),
    (InvalidURLError, ErrorKind(422, "url_refused")),
    (BlockedAddressError, ErrorKind(422, "url_refused")),
    (TooLargeError, ErrorKind(422, "page_too_large")),
    (NotAnArticleError, ErrorKind(422, "not_an_article")),
    (HTTPStatusError, ErrorKind(422, "url_http_error")),
    (FetchError, ErrorKind(422, "url_unreachable")),  # DNS, connection, timeout, redirects
    (ExtractionError, ErrorKind(422, "extraction_failed")),
    (ShareNotFoundError, ErrorKind(404, "share_not_found")),
    (ShareError, ErrorKind(503, "share_unavailable")),
    (GenerationError, ErrorKind(500, "generation_failed")),
    (ModelLoadError, ErrorKind(503, "model_unavailable")),
    (ConfigError, ErrorKind(500, "server_misconfigured")),
    (SummarizerError, ErrorKind(500, "server_error")),
)


def kind_of(error: BaseException) -> ErrorKind | None:
    """The API's status and type for ``error``; None for anything not a library error (a bug)."""
    return next((kind for cls, kind in API_KINDS if isinstance(error, cls)), None)


def exception_for(type_: str, message: str) -> SummarizerError:
    """The library error a caller of the API gets back for an error ``type``: the same class, with
    the service's (public) message as both faces; fields the answer does not carry (a model's
    name, an HTTP status) keep their class defaults."""
    cls = next((cls for cls, kind in API_KINDS if kind.type == type_), SummarizerError)
    error = _rebuilt(cls, message)
    error.setting, error.public = None, message
    return error


# --- foreign errors -------------------------------------------------------------------------
# Errors of other libraries (httpx, huggingface_hub, transformers, CTranslate2) are mapped to what a
# person reads through one table per library: rows of class names and what they mean. Matching by
# name needs no import of the library, and a class matches by any name in its ancestry.

ForeignTable = Sequence[tuple[frozenset[str], T]]


def foreign_match(error: BaseException, table: ForeignTable[T]) -> T | None:
    """The value of the first row of ``table`` naming a class ``error`` is an instance of."""
    names = {cls.__name__ for cls in type(error).__mro__}
    return next((value for row_names, value in table if row_names & names), None)


def first_line(error: BaseException | str, limit: int = 300) -> str:
    """The first non-empty line of an error's message (at most ``limit`` characters); its class
    name when the message is empty. Foreign errors add tracebacks and hints on further lines."""
    text = error if isinstance(error, str) else str(error)
    lines: Iterable[str] = (line.strip() for line in text.splitlines())
    line = next((line for line in lines if line), "")
    if not line:
        line = type(error).__name__ if not isinstance(error, str) else ""
    return line[:limit]
