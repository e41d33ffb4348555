"""RemotePipeline (SUMMARIZER_API_URL) against a real API server on a loopback port."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from summarizer.api import BackgroundServer, create_app
from summarizer.config import Settings
from summarizer.errors import (
    BusyError,
    ConfigError,
    InputError,
    LanguageError,
    NotAnArticleError,
    SummarizerError,
)
from summarizer.pipeline import Pipeline
from summarizer.pipeline._remote import RemotePipeline, pipeline_for
from summarizer.result import SourceInfo

from .conftest import FIXTURES, KLIKWARTAKU
from .servers import LoopbackServer, send

FRENCH = "Le président a inauguré une nouvelle route à Paris lundi matin devant la presse."


@pytest.fixture
def serve_app() -> Iterator[Callable[[Any], BackgroundServer]]:
    started: list[BackgroundServer] = []

    def start(app: Any) -> BackgroundServer:
        started.append(BackgroundServer(app))
        return started[-1]

    yield start
    for server in started:
        server.close()


def test_remote_results_are_the_in_process_results(tiny_settings: Settings, serve_app) -> None:
    api = serve_app(create_app(tiny_settings))
    remote = RemotePipeline(tiny_settings.replace(api_url=api.url))
    text = KLIKWARTAKU.read_text(encoding="utf-8")
    local = Pipeline(tiny_settings)
    got, expected = remote.run(text, bullets=2), local.run(text, bullets=2)
    assert replace(got, timings={}) == replace(expected, timings={})
    assert remote.detect(text) == local.detect(text)
    source = SourceInfo(url="https://example.id/berita", title="Judul")
    assert remote.run(text, bullets=1, source=source).source == source


def test_run_url_is_fetched_by_the_service(tiny_settings: Settings, serve_app) -> None:
    page = (FIXTURES / "html" / "kompas-singlepage2.html").read_bytes()
    site = LoopbackServer(
        {"/berita": send(200, page), "/pdf": send(200, b"%PDF", "application/pdf")}
    )
    try:
        service_settings = tiny_settings.replace(
            allow_loopback_urls=True, allowed_ports=(site.port,)
        )
        api = serve_app(create_app(service_settings))
        remote = RemotePipeline(Settings(api_url=api.url))  # the page needs no URL permissions
        result = remote.run_url(site.url("/berita"), bullets=2)
        assert result.source.url == site.url("/berita") and result.source.title
        assert result.sentences and result.bullets
        with pytest.raises(NotAnArticleError, match="PDF"):
            remote.run_url(site.url("/pdf"))
    finally:
        site.close()


def test_api_errors_come_back_as_library_errors(serve_app) -> None:
    api = serve_app(create_app(Settings()))
    remote = RemotePipeline(Settings(api_url=api.url + "/"))
    with pytest.raises(InputError, match=r"^The text is empty"):
        remote.run("  ")
    with pytest.raises(InputError, match="between 1 and 10"):
        remote.run(FRENCH, bullets=11)
    with pytest.raises(LanguageError, match="French"):
        remote.run(FRENCH)


def test_a_busy_service_is_busy(serve_app) -> None:
    class Busy:
        def __init__(self, settings: Settings) -> None:
            self.settings = settings

        def detect(self, _text: str) -> Any:
            raise BusyError("The server is busy with other requests right now.")

    api = serve_app(create_app(Settings(), Busy))
    with pytest.raises(BusyError, match="busy with other requests"):
        RemotePipeline(Settings(api_url=api.url)).detect(FRENCH)


def test_the_token_is_sent_and_a_refused_token_is_a_config_error(serve_app) -> None:
    api = serve_app(create_app(Settings(api_token="right")))
    good = RemotePipeline(Settings(api_url=api.url, api_token="right"))
    assert good.detect(FRENCH).language == "fr"
    bad = RemotePipeline(Settings(api_url=api.url, api_token="wrong"))
    with pytest.raises(ConfigError, match="SUMMARIZER_API_TOKEN"):
        bad.detect(FRENCH)


def test_an_unreachable_service_reveals_nothing(caplog: pytest.LogCaptureFixture) -> None:
    closed = LoopbackServer()
    closed.close()
    remote = RemotePipeline(Settings(api_url=closed.url("")))
    with pytest.raises(SummarizerError, match="cannot be reached right now") as raised:
        remote.detect(FRENCH)
    assert "127.0.0.1" not in str(raised.value)
    assert "127.0.0.1" in caplog.text or "ConnectError" in caplog.text  # the log has the details


def test_pipeline_for_chooses_by_the_setting() -> None:
    assert isinstance(pipeline_for(Settings()), Pipeline)
    remote = pipeline_for(Settings.from_env({"SUMMARIZER_API_URL": "http://api:8000"}))
    assert isinstance(remote, RemotePipeline)
    with pytest.raises(ConfigError, match="SUMMARIZER_API_URL='api:8000' must be an http"):
        pipeline_for(Settings(api_url="api:8000"))
