"""The HTTP API: a FastAPI app over the library, the same for one process and for Ray Serve.

    POST /v1/summarize  {"text": ...}, {"url": ...} or {"file": {"name": ..., "data": <base64>}},
                        optional "bullets", "source_lang"
    POST /v1/detect     {"text": ...}
    POST /v1/extract    {"url": ...}
    GET  /healthz       liveness (loads no model)
    GET  /metrics       Prometheus text, when SUMMARIZER_METRICS=1 (token-protected)
    GET  /openapi.json, /docs

Success bodies are exactly the CLI's ``--json`` output. Errors are
``{"error": {"type": ..., "message": ...}}`` (see :mod:`summarizer.api._errors`). Before any body
is parsed, :class:`RequestGuard` decides who the caller is (``SUMMARIZER_API_TOKEN``, an API key,
or an anonymous visitor: :class:`summarizer.quota.Quota`), then checks the media type and the body
size; the text and URL limits are the library's, as on the page. A run over the caller's allowance
is 429 with ``Retry-After``. A
summary's model work then waits its turn in the app's queue
(:class:`summarizer.admission.RunQueue`, ``SUMMARIZER_QUEUE_RUNS`` at a time): past
``SUMMARIZER_QUEUE_LENGTH`` waiting, 503 with ``Retry-After``.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import summarizer.api._library as library
from summarizer.admission import SIZE_HELP, RunQueue
from summarizer.api._errors import ApiError, error_response, from_api_error, from_exception
from summarizer.api._schemas import (
    DetectRequest,
    ErrorBody,
    ExtractRequest,
    Health,
    SummarizeRequest,
)
from summarizer.config import Settings, env_name
from summarizer.errors import ConfigError, SummarizerError
from summarizer.inputs import Article
from summarizer.pipeline import Pipeline, Summarizer
from summarizer.quota import CONTENT_TYPE, QUEUE_LENGTH, Caller, Metrics, Quota, client_for
from summarizer.result import Detection, SummaryResult

PipelineFactory = Callable[[Settings], Summarizer]
API_PREFIX = "/v1"
DEFAULT_MAX_PENDING = 32  # requests in progress or waiting for a model before "busy"
# JSON may escape a character as \uXXXX (6 bytes): room for the longest accepted text, plus slack.
BODY_BYTES_PER_CHAR = 6
BODY_SLACK_BYTES = 65_536
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 413, 415, 422, 429, 500, 503)
}


def max_body_bytes(settings: Settings) -> int:
    """Room for the longest accepted text, or for the largest file in base64 (4/3 its size)."""
    upload = 4 * (settings.max_upload_bytes // 3 + 1)
    return max(BODY_BYTES_PER_CHAR * settings.max_chars, upload) + BODY_SLACK_BYTES


def token_matches(provided: str | None, expected: str) -> bool:
    """Constant-time comparison, so the token cannot be guessed from response times."""
    return hmac.compare_digest((provided or "").encode(), expected.encode())


def bearer_token(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _unauthorized() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        "This API needs a token: send the header 'Authorization: Bearer <token>'.",
        {"WWW-Authenticate": "Bearer"},
    )


class RequestGuard:
    """ASGI middleware for /v1: token, then media type, then size, all before parsing.

    The body is read here, up to the cap, and handed on whole; a larger body (declared in
    Content-Length or streamed without one) gets 413 without being read further.
    """

    def __init__(self, app: ASGIApp, *, quota: Quota, max_bytes: int) -> None:
        self.app = app
        self.quota = quota
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        try:
            headers = {
                key.decode("latin-1").lower(): value.decode("latin-1")
                for key, value in scope["headers"]
            }
            scope.setdefault("state", {})["caller"] = await self._caller(scope, headers)
            self._check_headers(scope, headers)
            body = await self._read_body(receive) if scope["method"] == "POST" else None
        except ApiError as error:
            await from_api_error(error)(scope, receive, send)
            return
        except _Disconnected:
            return
        await self.app(scope, _replay(body, receive) if body is not None else receive, send)

    async def _caller(self, scope: Scope, headers: dict[str, str]) -> Caller:
        """Who sends this request (the key lookup reads the database, off the event loop)."""
        peer = scope.get("client")
        client = client_for(
            None,
            peer[0] if peer else None,
            headers.get("x-forwarded-for"),
            self.quota.settings.trusted_proxies,
        )
        bearer = bearer_token(headers.get("authorization"))
        try:
            caller = await run_in_threadpool(self.quota.caller, bearer, client)
        except SummarizerError as error:
            raise ApiError(503, "quota_unavailable", error.public) from None
        if caller is None:
            raise _unauthorized()
        return caller

    def _check_headers(self, scope: Scope, headers: dict[str, str]) -> None:
        if scope["method"] != "POST":
            return
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ApiError(
                415,
                "unsupported_media_type",
                "Send the request body as JSON, with the header Content-Type: application/json.",
            )
        declared = headers.get("content-length")
        # isdecimal() on ASCII only: "²" (a latin-1 header byte) is a digit to isdigit() but not
        # to int().
        valid = declared is not None and declared.isascii() and declared.isdecimal()
        if declared is not None and (not valid or int(declared) > self.max_bytes):
            raise self._too_large()

    async def _read_body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large()
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self) -> ApiError:
        return ApiError(
            413,
            "body_too_large",
            f"The request body is larger than {self.max_bytes:,} bytes; texts may have at most "
            f"the server's character limit.",
        )


class _Disconnected(Exception):
    """The client went away while sending its body."""


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: disconnect notices

    return replay


class Admission:
    """At most ``limit`` requests in progress or waiting; more get 503 at once, not a long wait."""

    def __init__(self, limit: int) -> None:
        self._slots = threading.BoundedSemaphore(limit)
        self.limit = limit

    def run(self, work: Callable[[], Any]) -> Any:
        if not self._slots.acquire(blocking=False):
            raise ApiError(
                503,
                "busy",
                f"The server is busy ({self.limit} requests in progress); try again shortly.",
            )
        try:
            return work()
        finally:
            self._slots.release()


def _json(value: Any) -> Response:
    return Response(json.dumps(value, ensure_ascii=False), media_type="application/json")


def _validation_response(_request: Request, error: Exception) -> JSONResponse:
    problems = error.errors() if isinstance(error, RequestValidationError) else []
    if any(problem.get("type") == "json_invalid" for problem in problems):
        return error_response(400, "invalid_json", "The request body is not valid JSON.")
    parts = []
    for problem in problems:
        where = ".".join(str(part) for part in problem.get("loc", ()) if part != "body")
        text = str(problem.get("msg", "invalid value")).removeprefix("Value error, ")
        parts.append(f"{where}: {text}" if where else text)
    return error_response(422, "invalid_request", "; ".join(parts) or "Invalid request.")


def _http_error_response(_request: Request, error: Exception) -> JSONResponse:
    status = error.status_code if isinstance(error, StarletteHTTPException) else 500
    names = {404: "not_found", 405: "method_not_allowed"}
    detail = error.detail if isinstance(error, StarletteHTTPException) else "Error"
    return error_response(status, names.get(status, "http_error"), str(detail))


def create_app(
    settings: Settings | None = None,
    pipeline_factory: PipelineFactory | None = None,
    *,
    engine: str = "inprocess",
    max_pending: int = DEFAULT_MAX_PENDING,
) -> FastAPI:
    """The API over ``pipeline_factory(settings)`` (default: the in-process ``Pipeline``)."""
    settings = settings or Settings.from_env()
    if pipeline_factory is None:
        pipeline_factory = Pipeline
    app = FastAPI(
        title="Indonesian news summarizer",
        version="1",
        description="Indonesian (or English) news → English translation and grounded bullets.",
    )
    app.state.settings = settings
    app.state.pipeline = pipeline_factory(settings)
    app.state.admission = Admission(max_pending)
    app.state.metrics = Metrics()
    app.state.quota = Quota(settings, app.state.metrics)
    app.state.queue = _queue(settings, app.state.metrics)
    app.add_middleware(RequestGuard, quota=app.state.quota, max_bytes=max_body_bytes(settings))
    app.add_exception_handler(RequestValidationError, _validation_response)
    app.add_exception_handler(StarletteHTTPException, _http_error_response)
    app.add_exception_handler(ApiError, lambda _request, error: from_exception(error))
    app.include_router(_v1_router(app, bool(settings.api_token)))

    @app.get("/healthz", response_model=Health)
    def healthz() -> Health:
        return Health(status="ok", engine=engine)

    _add_metrics(app, settings)

    return app


def _queue(settings: Settings, metrics: Metrics) -> RunQueue:
    """The app's queue of model work, its length a gauge and its refusals counted in ``metrics``."""
    queue = RunQueue(settings.effective_queue_runs, settings.queue_length, on_reject=metrics.reject)
    metrics.gauge(QUEUE_LENGTH, SIZE_HELP, read=queue.size)
    return queue


def _gate(quota: Quota, caller: Caller, queue: RunQueue) -> library.Gate:
    """A summary's way to the models: over the caller's allowance it is refused (429) before it
    takes a place in line; in its turn the allowance is taken and the model time counted."""

    def gate(chars: int, work: Callable[[], SummaryResult]) -> SummaryResult:
        quota.check(caller, chars)
        return queue.run(chars, lambda: quota.run(caller, chars, work))

    return gate


def metrics_token(settings: Settings) -> str:
    """The token ``GET /metrics`` asks for: its own, else the API's; ConfigError if on without
    either (the endpoint is never open to anyone)."""
    token = settings.metrics_token or settings.api_token
    if settings.metrics and not token:
        metrics, own, api = env_name("metrics"), env_name("metrics_token"), env_name("api_token")
        raise ConfigError(
            f"{metrics}=1 needs a token for /metrics: set {own} (or {api}).", setting=metrics
        )
    return token


def _add_metrics(app: FastAPI, settings: Settings) -> None:
    """``GET /metrics`` when turned on, for a bearer of the metrics (or API) token; API keys
    never read it. Off, it is not there at all (404)."""
    if not settings.metrics:
        return
    token = metrics_token(settings)

    @app.get("/metrics", include_in_schema=False)
    def metrics(request: Request) -> Response:
        if not token_matches(bearer_token(request.headers.get("authorization")), token):
            return from_api_error(_unauthorized())
        return Response(app.state.metrics.render(), media_type=CONTENT_TYPE)


_bearer = HTTPBearer(
    auto_error=False,
    description=f"The token in {env_name('api_token')}, or an API key ('keys add').",
)


def _documented_bearer(
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """Puts the bearer scheme in the OpenAPI document; RequestGuard has checked the token."""


def _v1_router(app: FastAPI, token_required: bool) -> APIRouter:
    router = APIRouter(
        prefix=API_PREFIX,
        responses=_ERRORS,
        dependencies=[Security(_documented_bearer)] if token_required else [],
    )

    def answer(work: Callable[[], Any]) -> Response:
        try:
            return _json(app.state.admission.run(work))
        except Exception as error:  # every failure becomes a JSON error, never a bare 500
            return from_exception(error)

    @router.post("/summarize", responses={200: {"model": SummaryResult}})
    def summarize(body: SummarizeRequest, request: Request) -> Response:
        """Translate and summarise an article given as text, as a URL or as a file (base64)."""
        quota, caller = app.state.quota, request.state.caller

        def work() -> Any:
            if [body.text, body.url, body.file].count(None) != 2:
                raise ApiError(
                    422, "invalid_request", "Give either text or url, or a file: exactly one."
                )
            quota.check(caller)  # before fetching a page or reading a file
            result = library.summarize(
                app.state.pipeline,
                text=body.text,
                url=body.url,
                bullets=body.bullets,
                source_lang=body.source_lang,
                file=(body.file.name, body.file.data) if body.file else None,
                glossary=body.glossary,
                gate=_gate(quota, caller, app.state.queue),
            )
            return result.to_dict()

        return answer(work)

    @router.post("/detect", responses={200: {"model": Detection}})
    def detect(body: DetectRequest) -> Response:
        """Detect the language of a text (what ``detect --json`` prints)."""
        return answer(lambda: library.detect(app.state.pipeline, body.text).to_dict())

    @router.post("/extract", responses={200: {"model": Article}})
    def extract(body: ExtractRequest) -> Response:
        """Fetch a news page and return its article text and metadata."""
        return answer(lambda: library.extract(body.url, app.state.settings))

    return router
