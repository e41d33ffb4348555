"""``python -m summarizer serve`` end to end: a real server process on a random loopback port."""

from __future__ import annotations

import io
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from summarizer.cli import _main as cli

from .conftest import KLIKWARTAKU, TinyModels

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "loopback-test-token"
START_TIMEOUT_S = 60


@dataclass
class ServerProcess:
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    url: str = ""

    def drain(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)

    def wait_for_url(self) -> str:
        deadline = time.monotonic() + START_TIMEOUT_S
        pattern = re.compile(r"serving the API on (http://\S+) ")
        while time.monotonic() < deadline and self.process.poll() is None:
            found = [m for line in list(self.lines) if (m := pattern.search(line))]
            if found:
                return found[0].group(1)
            time.sleep(0.05)
        raise AssertionError("the server did not start:\n" + "".join(self.lines))


def start_server(*args: str, env: dict[str, str]) -> ServerProcess:
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "serve", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    server = ServerProcess(process)
    threading.Thread(target=server.drain, daemon=True).start()
    server.url = server.wait_for_url()
    return server


@pytest.fixture
def served(tiny_env: TinyModels) -> Iterator[ServerProcess]:
    env = {**os.environ, "SUMMARIZER_API_TOKEN": TOKEN}
    server = start_server("--port", "0", env=env)
    yield server
    if server.process.poll() is None:
        server.process.kill()
        server.process.wait()


def test_serve_answers_the_api_on_loopback_and_stops_cleanly(served: ServerProcess) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=served.url, timeout=120) as client:
        assert client.get("/healthz").json() == {"status": "ok", "engine": "inprocess"}
        refused = client.post("/v1/detect", json={"text": "Halo dunia semua orang di sini."})
        assert refused.status_code == 401
        detected = client.post(
            "/v1/detect", json={"text": KLIKWARTAKU.read_text()}, headers=auth
        ).json()
        assert detected["language"] == "id"
        result = client.post(
            "/v1/summarize", json={"text": KLIKWARTAKU.read_text(), "bullets": 2}, headers=auth
        )
        assert result.status_code == 200, result.text
        body = result.json()
        assert body["sentences"] and body["bullets"] and body["language"]["used"] == "id"
        bad = client.post("/v1/summarize", json={"text": ""}, headers=auth)
        assert bad.status_code == 422 and bad.json()["error"]["type"] == "input_error"
    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(timeout=30) == 0
    assert not any("Traceback" in line for line in served.lines)


def test_a_busy_port_is_one_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        err = io.StringIO()
        code = cli.main(["serve", "--port", str(port)], stderr=err)
    assert code == 1
    assert err.getvalue() == f"error: Cannot listen on 127.0.0.1:{port}: Address already in use.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--replicas", "2"], "--ray-address and --replicas need --engine ray"),
        (["--ray-address", "auto"], "need --engine ray"),
        (["--port", "70000"], "--port 70000 is out of range"),
        (["--engine", "ray", "--replicas", "0"], "--replicas 0 is out of range"),
    ],
)
def test_bad_serve_options_are_usage_errors(args: list[str], message: str) -> None:
    err = io.StringIO()
    assert cli.main(["serve", *args], stderr=err) == cli.EXIT_USAGE
    assert message in err.getvalue() and len(err.getvalue().splitlines()) == 1
