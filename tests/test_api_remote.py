"""RemotePipeline (SUMMARIZER_API_URL) against a real API server on a loopback port."""

from __future__ import annotations

import inspect
import subprocess
import sys
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
    SummarizerError,
)
from summarizer.inputs import from_text
from summarizer.pipeline import Pipeline, RemotePipeline, Summarizer, pipeline_for
from summarizer.result import SourceInfo

from .conftest import KLIKWARTAKU
from .servers import LoopbackServer

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


def test_summarize_keeps_the_articles_source_and_warnings(
    tiny_settings: Settings, serve_app
) -> None:
    api = serve_app(create_app(tiny_settings))
    remote = RemotePipeline(tiny_settings.replace(api_url=api.url))
    article = replace(
        from_text(KLIKWARTAKU.read_text(encoding="utf-8"), tiny_settings),
        source=SourceInfo(url="https://example.id/berita", title="Judul"),
        warnings=("Only part of the page was read.",),
    )
    got, expected = (
        remote.summarize(article, bullets=1),
        Pipeline(tiny_settings).summarize(article, bullets=1),
    )
    assert replace(got, timings={}) == replace(expected, timings={})
    assert got.source == article.source and got.warnings[0] == "Only part of the page was read."


# --- one Summarizer protocol ---------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Pipeline, RemotePipeline])
def test_both_pipelines_satisfy_the_summarizer_protocol(cls: type) -> None:
    settings = Settings(api_url="http://api:8000")
    assert isinstance(cls(settings), Summarizer)
    for name in ("summarize", "run", "detect"):
        assert inspect.signature(getattr(cls, name)) == inspect.signature(
            getattr(Summarizer, name)
        ), f"{cls.__name__}.{name} differs from Summarizer.{name}"
    assert not hasattr(cls, "run_url")  # no surface beyond the protocol's


def test_the_pipeline_imports_no_part_of_the_api() -> None:
    # The error contract the client shares with the server lives in summarizer.errors, so the
    # pipeline never imports the API (which imports the pipeline).
    code = "import sys, summarizer.pipeline; print(sorted(m for m in sys.modules if 'api' in m))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "summarizer.api" not in done.stdout


def test_api_errors_come_back_as_library_errors(serve_app) -> None:
    api = serve_app(create_app(Settings(max_chars=100)))
    remote = RemotePipeline(Settings(api_url=api.url + "/"))
    with pytest.raises(InputError, match=r"the limit is 100\. Paste") as raised:
        remote.run("kata " * 30)  # the service's public message: its setting stays its own
    assert "SUMMARIZER_" not in str(raised.value)
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
