"""The HTTP API contract through FastAPI's test client: endpoints, errors, limits, token."""

from __future__ import annotations

import io
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from summarizer.api import create_app
from summarizer.api._app import max_body_bytes
from summarizer.cli import _main as cli
from summarizer.config import Settings
from summarizer.errors import (
    BusyError,
    ConfigError,
    ExtractionError,
    GenerationError,
    InputError,
    ModelLoadError,
)
from summarizer.inputs import check_length
from summarizer.pipeline import Pipeline
from summarizer.result import Detection

from .conftest import FIXTURES, KLIKWARTAKU
from .servers import LoopbackServer, send

FRENCH = "Le président a inauguré une nouvelle route à Paris lundi matin devant la presse."
INDONESIAN = "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin."


@dataclass
class ScriptedPipeline:
    """Stands in for Pipeline: raises ``error`` if set, can block until ``release`` is set."""

    settings: Settings
    error: Exception | None = None
    release: threading.Event | None = None
    started: threading.Event = field(default_factory=threading.Event)
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def _act(self, name: str, value: Any) -> None:
        self.calls.append((name, value))
        self.started.set()
        if self.release is not None:
            self.release.wait(10)
        if self.error is not None:
            raise self.error

    def run(self, text: str, **options: Any) -> Any:
        self._act("run", (text, options))
        raise AssertionError("a scripted pipeline only fails")

    def summarize(self, article: Any, **options: Any) -> Any:
        return self.run(article.text, **options)

    def detect(self, text: str) -> Detection:
        self._act("detect", text)
        return Detection("id", 1.0, ())


def scripted_client(error: Exception | None = None, **settings: Any) -> tuple[TestClient, Any]:
    app = create_app(Settings(**settings), lambda s: ScriptedPipeline(s, error))
    return TestClient(app), app.state.pipeline


def assert_error(response: Any, status: int, type_: str, match: str = "") -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message"}
    assert body["error"]["type"] == type_
    assert match.lower() in body["error"]["message"].lower()
    return body["error"]


@pytest.fixture
def client() -> TestClient:
    """The real in-process pipeline; these tests fail before any model is needed."""
    return TestClient(create_app(Settings()))


# --- success bodies ------------------------------------------------------------------------------


def test_summarize_returns_what_the_cli_prints_with_json(tiny_env: Any, tmp_path: Path) -> None:
    settings = Settings.from_env()
    client = TestClient(create_app(settings))
    response = client.post("/v1/summarize", json={"text": KLIKWARTAKU.read_text(), "bullets": 3})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    out = io.StringIO()
    assert cli.main(["summarize", str(KLIKWARTAKU), "--json", "--bullets", "3"], stdout=out) == 0
    api, printed = response.json(), json.loads(out.getvalue())
    assert set(api) == set(printed)
    api.pop("timings"), printed.pop("timings")  # wall-clock times differ between the two runs
    # A file given to the CLI is named as the source's title; text sent to the API has no name.
    assert printed.pop("source")["title"] == KLIKWARTAKU.name
    assert api.pop("source")["title"] is None
    assert api == printed


def test_detect_returns_what_the_cli_prints_with_json(client: TestClient) -> None:
    response = client.post("/v1/detect", json={"text": INDONESIAN})
    assert response.status_code == 200
    assert response.json() == Pipeline(Settings()).detect(INDONESIAN).to_dict()
    assert response.json()["language"] == "id"


@pytest.fixture
def news_site() -> Iterator[LoopbackServer]:
    page = (FIXTURES / "html" / "kompas-singlepage2.html").read_bytes()
    server = LoopbackServer(
        {"/berita": send(200, page), "/pdf": send(200, b"%PDF-1.4", "application/pdf")}
    )
    yield server
    server.close()


def test_extract_returns_the_clean_article(news_site: LoopbackServer) -> None:
    client = TestClient(create_app(news_site.settings()))
    response = client.post("/v1/extract", json={"url": news_site.url("/berita")})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["final_url"] == news_site.url("/berita")
    assert data["title"] and len(data["text"].split()) > 100


def test_summarize_passes_the_options() -> None:
    client, pipeline = scripted_client(BusyError("busy"))
    client.post("/v1/summarize", json={"text": INDONESIAN, "bullets": 2, "source_lang": "id"})
    assert pipeline.calls == [("run", (INDONESIAN, {"bullets": 2, "source_lang": "id"}))]


def test_health_and_the_openapi_document(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "engine": "inprocess"}
    spec = client.get("/openapi.json").json()
    assert {"/v1/summarize", "/v1/detect", "/v1/extract", "/healthz"} <= set(spec["paths"])
    summarize = spec["paths"]["/v1/summarize"]["post"]
    assert summarize["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SummaryResult"
    }
    assert "422" in summarize["responses"] and "503" in summarize["responses"]
    assert client.get("/docs").status_code == 200


# --- the caller's mistakes: 4xx ------------------------------------------------------------------


def test_invalid_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/v1/summarize", content=b'{"text": ', headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "invalid_json", "not valid JSON")


@pytest.mark.parametrize(
    ("body", "match"),
    [
        ({}, "either text or url"),
        ({"text": INDONESIAN, "url": "https://x.id"}, "either text or url"),
        ({"text": INDONESIAN, "bullets": "5"}, "bullets: Input should be a valid integer"),
        ({"text": INDONESIAN, "bullets": True}, "bullets"),
        ({"text": INDONESIAN, "bullets": 0}, "bullets: Input should be greater than or equal to 1"),
        ({"text": INDONESIAN, "bullets": 11}, "bullets: Input should be less than or equal to 10"),
        ({"text": INDONESIAN, "source_lang": "fr"}, "source_lang: Input should be 'auto'"),
        ({"text": INDONESIAN, "bulets": 3}, "bulets: Extra inputs are not permitted"),
        ({"text": 42}, "text: Input should be a valid string"),
        ([INDONESIAN], "valid dictionary"),
    ],
)
def test_malformed_requests_are_422(client: TestClient, body: Any, match: str) -> None:
    assert_error(client.post("/v1/summarize", json=body), 422, "invalid_request", match)


@pytest.mark.parametrize(
    ("body", "type_", "match"),
    [
        ({"text": "   "}, "input_error", "The text is empty"),
        ({"text": FRENCH}, "language_refused", "French"),
        ({"text": "ok"}, "language_refused", "Too little text"),
    ],
)
def test_input_the_library_refuses_is_422(
    client: TestClient, body: dict[str, Any], type_: str, match: str
) -> None:
    assert_error(client.post("/v1/summarize", json=body), 422, type_, match)


def test_detect_and_extract_errors(client: TestClient) -> None:
    assert_error(client.post("/v1/detect", json={}), 422, "invalid_request", "text: Field required")
    assert_error(client.post("/v1/detect", json={"text": ""}), 422, "input_error", "empty")
    assert_error(client.post("/v1/extract", json={"text": "x"}), 422, "invalid_request", "url")


def test_text_over_the_character_limit_is_refused_with_the_limit() -> None:
    client = TestClient(create_app(Settings(max_chars=1_000)))
    response = client.post("/v1/summarize", json={"text": "kata " * 300})
    assert_error(response, 422, "input_error", "the limit is 1,000")


def test_a_declared_body_over_the_cap_is_413_before_reading() -> None:
    settings = Settings(max_chars=1_000)
    client = TestClient(create_app(settings))
    body = json.dumps({"text": "a" * (max_body_bytes(settings) + 10)})
    response = client.post(
        "/v1/summarize", content=body, headers={"content-type": "application/json"}
    )
    assert_error(response, 413, "body_too_large", f"larger than {max_body_bytes(settings):,}")


def test_a_streamed_body_over_the_cap_is_413() -> None:
    settings = Settings(max_chars=1_000, max_upload_bytes=1_000)  # the cap holds either in full
    client = TestClient(create_app(settings))
    chunks = [b'{"text": "'] + [b"a" * 10_000] * 100 + [b'"}']
    response = client.post(
        "/v1/summarize", content=iter(chunks), headers={"content-type": "application/json"}
    )
    assert "content-length" not in {name.lower() for name in response.request.headers}
    assert_error(response, 413, "body_too_large")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_a_body_that_is_not_json_is_415(client: TestClient, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = client.post("/v1/detect", content=b"text=Halo", headers=headers)
    assert_error(response, 415, "unsupported_media_type", "Content-Type: application/json")


@pytest.mark.parametrize(
    ("url", "type_", "match"),
    [
        ("http://169.254.169.254/latest/meta-data/", "url_refused", "public web pages"),
        ("http://127.0.0.1:8080/", "url_refused", ""),
        ("file:///etc/passwd", "url_refused", "http"),
        ("not a url", "url_refused", ""),
    ],
)
def test_refused_urls_are_422(client: TestClient, url: str, type_: str, match: str) -> None:
    for path in ("/v1/summarize", "/v1/extract"):
        assert_error(client.post(path, json={"url": url}), 422, type_, match)


def test_extract_adds_the_scheme_to_a_bare_domain_like_summarize(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/v1/extract and /v1/summarize (and the CLI) fetch "kompas.com/..." as https://."""
    fetched: list[str] = []

    def load_article(url: str, _settings: Settings) -> Any:
        fetched.append(url)
        raise ExtractionError("recorded")

    monkeypatch.setattr("summarizer.api._library.load_article", load_article)
    monkeypatch.setattr("summarizer.inputs._extract.load_article", load_article)
    for path in ("/v1/extract", "/v1/summarize"):
        response = client.post(path, json={"url": "  kompas.com/read/2024/01/01/banjir  "})
        assert_error(response, 422, "extraction_failed", "recorded")
    assert fetched == ["https://kompas.com/read/2024/01/01/banjir"] * 2


def test_unreachable_and_unsuitable_urls_are_422(news_site: LoopbackServer) -> None:
    closed = LoopbackServer()
    closed.close()  # its port now refuses connections
    settings = news_site.settings(allowed_ports=(news_site.port, closed.port))
    client = TestClient(create_app(settings))
    unreachable = client.post("/v1/extract", json={"url": closed.url("/")})
    assert_error(unreachable, 422, "url_unreachable")
    pdf = client.post("/v1/summarize", json={"url": news_site.url("/pdf")})
    assert_error(pdf, 422, "input_error", "PDF is incomplete")  # a link to a PDF is read
    missing = client.post("/v1/extract", json={"url": news_site.url("/nothing")})
    assert_error(missing, 422, "url_http_error", "404")


def test_unknown_paths_and_methods_are_json_errors(client: TestClient) -> None:
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/summarize"), 405, "method_not_allowed")


# --- busy and server failures ------------------------------------------------------------------


def test_a_busy_model_is_503_with_retry_after() -> None:
    client, _ = scripted_client(BusyError("The server is busy with other requests right now."))
    response = client.post("/v1/summarize", json={"text": INDONESIAN})
    assert_error(response, 503, "busy", "busy with other requests")
    assert int(response.headers["retry-after"]) > 0


def test_requests_past_the_admission_limit_get_503_at_once() -> None:
    release = threading.Event()
    app = create_app(Settings(), lambda s: ScriptedPipeline(s, release=release), max_pending=1)
    client = TestClient(app)
    first: dict[str, Any] = {}
    worker = threading.Thread(
        target=lambda: first.update(r=client.post("/v1/detect", json={"text": INDONESIAN}))
    )
    worker.start()
    try:
        assert app.state.pipeline.started.wait(10)
        second = client.post("/v1/detect", json={"text": INDONESIAN})
        assert_error(second, 503, "busy", "1 requests in progress")
        assert "retry-after" in second.headers
    finally:
        release.set()
        worker.join(10)
    assert first["r"].status_code == 200


@pytest.mark.parametrize(
    ("error", "status", "type_", "hidden"),
    [
        (RuntimeError("secret /srv/path exploded"), 500, "internal_error", "/srv/path"),
        (ModelLoadError("/models/private", "no such directory", "X"), 503, "model_unavailable",
         "/models/private"),
        (GenerationError("The summary model returned nothing."), 500, "generation_failed", "@@"),
    ],
)  # fmt: skip
def test_server_failures_are_json_and_reveal_nothing_internal(
    error: Exception, status: int, type_: str, hidden: str
) -> None:
    client, _ = scripted_client(error)
    response = client.post("/v1/summarize", json={"text": INDONESIAN})
    assert_error(response, status, type_)
    assert hidden not in response.text and "Traceback" not in response.text


def test_callers_read_the_public_message_while_the_log_has_the_operators(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings(max_chars=100)
    with pytest.raises(InputError) as raised:
        check_length("kata " * 30, settings)
    error = raised.value
    assert "SUMMARIZER_MAX_CHARS" in str(error) and error.setting == "SUMMARIZER_MAX_CHARS"
    response = TestClient(create_app(settings)).post("/v1/summarize", json={"text": "kata " * 30})
    body = assert_error(response, 422, "input_error", "the limit is 100")
    assert body["message"] == error.public
    assert "SUMMARIZER_" not in response.text


@pytest.mark.parametrize(
    ("error", "status", "type_"),
    [
        (InputError("Cannot read /srv/secret/in.txt: denied.", public="The file cannot be read."),
         422, "input_error"),
        (ConfigError("SUMMARIZER_CACHE_DIR='/srv/secret' is not writable.",
                     setting="SUMMARIZER_CACHE_DIR"), 500, "server_misconfigured"),
        (ModelLoadError("/srv/secret/marian", "no such directory", "SUMMARIZER_TRANSLATION_MODEL"),
         503, "model_unavailable"),
    ],
)  # fmt: skip
def test_an_error_answers_with_its_public_message_and_logs_its_operator_message(
    error: Exception, status: int, type_: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    client, _ = scripted_client(error)
    response = client.post("/v1/summarize", json={"text": INDONESIAN})
    body = assert_error(response, status, type_)
    assert body["message"] == error.public  # type: ignore[attr-defined]
    assert "/srv/secret" not in response.text and "SUMMARIZER_" not in response.text
    assert "/srv/secret" in str(error) and str(error) in caplog.text


# --- the bearer token ----------------------------------------------------------------------------


@pytest.fixture
def guarded() -> TestClient:
    return scripted_client(api_token="s3cret-token")[0]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"},
     {"Authorization": "Basic s3cret-token"}],
)  # fmt: skip
def test_a_missing_or_wrong_token_is_401(guarded: TestClient, headers: dict[str, str]) -> None:
    response = guarded.post("/v1/detect", json={"text": INDONESIAN}, headers=headers)
    assert_error(response, 401, "unauthorized", "Authorization: Bearer")
    assert response.headers["www-authenticate"] == "Bearer"


def test_the_token_is_checked_before_the_body_is_parsed(guarded: TestClient) -> None:
    response = guarded.post(
        "/v1/detect", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_error(response, 401, "unauthorized")


def test_the_right_token_is_let_in(guarded: TestClient) -> None:
    headers = {"Authorization": "Bearer s3cret-token"}
    response = guarded.post("/v1/detect", json={"text": INDONESIAN}, headers=headers)
    assert response.status_code == 200
    assert guarded.get("/healthz").status_code == 200  # health checks need no token
    spec = guarded.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_the_token_is_read_from_the_environment_and_kept_out_of_repr() -> None:
    settings = Settings.from_env({"SUMMARIZER_API_TOKEN": "from-env"})
    assert settings.api_token == "from-env" and "from-env" not in repr(settings)


@pytest.mark.parametrize("declared", [b"\xb2", b"1\xb9", b"-5", b""])
def test_a_content_length_that_is_not_ascii_digits_is_413(declared: bytes) -> None:
    # "²" (byte 0xb2 as latin-1) is a digit to str.isdigit() but not to int(): never a 500.
    client = TestClient(create_app(Settings()))
    response = client.post(
        "/v1/detect",
        content=b"{}",
        headers=[(b"content-type", b"application/json"), (b"content-length", declared)],
    )
    assert_error(response, 413, "body_too_large")
