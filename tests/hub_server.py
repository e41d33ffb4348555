"""A stand-in for the Hugging Face hub on 127.0.0.1, serving local model folders under hub ids.

huggingface_hub talks to it when ``HF_ENDPOINT`` points at it; the variable is read when
huggingface_hub is imported, so the code under test runs in a child process. It answers what
``snapshot_download`` and ``from_pretrained`` ask:

* ``GET /api/models/{repo}[/revision/{rev}]``: JSON with ``sha`` and ``siblings`` (names, sizes);
* ``GET /api/models/{repo}/tree/{rev}``: the file listing, ``[{type, path, size, oid}]``;
* ``HEAD|GET /{repo}/resolve/{rev}/{file}``: the file, with ``X-Repo-Commit``, ``ETag`` and
  ``Content-Length``; ``Range`` is honoured, so an interrupted download can resume. A missing file
  is a 404 with ``X-Error-Code: EntryNotFound``; an unknown repository, ``RepoNotFound``.

``interrupt`` names files whose downloads are cut halfway (the connection closes in the middle of
the body) until it is cleared. Every request is recorded in ``requests``.
:class:`SilentServer` is the slow hub: it accepts connections and never answers.

Used by tests/test_models.py and benchmarks/first_start.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.servers import _QuietServer  # quiet about clients hanging up, and about our own cuts

CHUNK = 1 << 20


@dataclass(frozen=True)
class RepoFile:
    path: Path
    size: int
    oid: str  # git blob id, as the hub reports for files not stored in LFS


@dataclass(frozen=True)
class Repo:
    sha: str
    files: dict[str, RepoFile]

    @classmethod
    def from_folder(cls, folder: Path) -> Repo:
        files = {
            entry.name: RepoFile(entry, entry.stat().st_size, _git_blob_id(entry))
            for entry in sorted(Path(folder).iterdir())
            if entry.is_file()
        }
        sha = hashlib.sha1(
            json.dumps({name: item.oid for name, item in files.items()}).encode()
        ).hexdigest()
        return cls(sha, files)


def _git_blob_id(path: Path) -> str:
    digest = hashlib.sha1(f"blob {path.stat().st_size}\0".encode())
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class StandInHub:
    """A threaded hub stand-in on a random port, serving ``{hub id: local model folder}``."""

    folders: dict[str, Path]
    interrupt: set[str] = field(default_factory=set)  # file names cut halfway while listed here
    requests: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.repos = {repo_id: Repo.from_folder(folder) for repo_id, folder in self.folders.items()}
        self.httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def downloads(self) -> list[str]:
        """Paths of the file downloads (GET .../resolve/...) served so far."""
        return [path for method, path in self.requests if method == "GET" and "/resolve/" in path]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                return

            def do_HEAD(self) -> None:
                self._serve(head=True)

            def do_GET(self) -> None:
                self._serve(head=False)

            def _serve(self, *, head: bool) -> None:
                hub.requests.append((self.command, self.path))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    hub.answer(self, unquote(urlsplit(self.path).path), head=head)

        return Handler

    def answer(self, handler: BaseHTTPRequestHandler, path: str, *, head: bool) -> None:
        for repo_id, repo in self.repos.items():
            api = f"/api/models/{repo_id}"
            if path == api or path.startswith(api + "/revision/"):
                return _send_json(handler, _model_info(repo_id, repo))
            if path.startswith(api + "/tree/"):
                return _send_json(handler, _tree(repo))
            match = re.fullmatch(rf"/{re.escape(repo_id)}/resolve/[^/]+/(.+)", path)
            if match:
                return self._send_file(handler, repo, match.group(1), head=head)
        return _send_error(handler, 404, "RepoNotFound", "Repository not found")

    def _send_file(
        self, handler: BaseHTTPRequestHandler, repo: Repo, name: str, *, head: bool
    ) -> None:
        item = repo.files.get(name)
        if item is None:
            return _send_error(handler, 404, "EntryNotFound", f"{name} does not exist")
        start = _range_start(handler.headers.get("Range"), item.size)
        handler.send_response(206 if start else 200)
        handler.send_header("X-Repo-Commit", repo.sha)
        handler.send_header("ETag", f'"{item.oid}"')
        handler.send_header("Content-Type", "application/octet-stream")
        handler.send_header("Content-Length", str(item.size - start))
        if start:
            handler.send_header("Content-Range", f"bytes {start}-{item.size - 1}/{item.size}")
        handler.end_headers()
        if head:
            return None
        end = item.size
        if name in self.interrupt:  # send half of what was asked, then hang up
            end = start + max(1, (item.size - start) // 2)
            handler.close_connection = True
        _copy(item.path, handler, start, end)
        if handler.close_connection:
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)
        return None


def _model_info(repo_id: str, repo: Repo) -> dict[str, object]:
    siblings = [{"rfilename": name, "size": item.size} for name, item in repo.files.items()]
    return {"id": repo_id, "modelId": repo_id, "sha": repo.sha, "siblings": siblings}


def _tree(repo: Repo) -> list[dict[str, object]]:
    return [
        {"type": "file", "path": name, "size": item.size, "oid": item.oid}
        for name, item in repo.files.items()
    ]


def _range_start(header: str | None, size: int) -> int:
    match = re.fullmatch(r"bytes=(\d+)-", (header or "").strip())
    start = int(match.group(1)) if match else 0
    return start if start < size else 0


def _copy(path: Path, handler: BaseHTTPRequestHandler, start: int, end: int) -> None:
    with path.open("rb") as handle:
        handle.seek(start)
        left = end - start
        while left > 0:
            block = handle.read(min(CHUNK, left))
            if not block:
                break
            handler.wfile.write(block)
            left -= len(block)
    handler.wfile.flush()


def _send_json(handler: BaseHTTPRequestHandler, value: object) -> None:
    body = json.dumps(value).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def _send_error(handler: BaseHTTPRequestHandler, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    handler.send_response(status)
    handler.send_header("X-Error-Code", code)
    handler.send_header("X-Error-Message", message)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


class SilentServer:
    """A slow hub: accepts connections on 127.0.0.1 and never answers; counts the connections."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = self._socket.accept()
                self.connections.append(connection)

    def close(self) -> None:
        self._socket.close()
        for connection in self.connections:
            connection.close()


def closed_port_url() -> str:
    """A loopback URL nothing listens on: connections are refused (the hub is unreachable)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def child_env(endpoint: str, caches: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process that uses the hub at ``endpoint`` with the caches under
    ``caches`` (empty at first), free of the caller's own HF_* and SUMMARIZER_* settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("HF_", "SUMMARIZER_"))
    }
    env.update(
        HF_ENDPOINT=endpoint,
        HF_HOME=str(caches / "huggingface"),
        SUMMARIZER_CACHE_DIR=str(caches / "summarizer"),
    )
    env.update(extra)
    return env
