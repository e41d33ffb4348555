"""A throwaway PostgreSQL server for tests: initdb in a temp dir, postgres on a loopback port.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
``postgres`` user (created if missing), and owns its data directory. The binaries come from PATH,
/usr/local/bin or Debian's /usr/lib/postgresql/<version>/bin (``apt-get install postgresql``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_USER = "postgres"


def require_postgres() -> None:
    """Skip when PostgreSQL is not installed, unless SUMMARIZER_REQUIRE_POSTGRES=1 (CI)."""
    import pytest

    if find_binary("initdb") and find_binary("postgres"):
        return
    message = "PostgreSQL is not installed: apt-get install postgresql"
    if os.environ.get("SUMMARIZER_REQUIRE_POSTGRES") == "1":
        pytest.fail(message)
    pytest.skip(message)


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = [f"/usr/local/bin/{name}", *sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))]
    existing = [path for path in candidates if os.access(path, os.X_OK)]
    return existing[-1] if existing else None  # the newest Debian version last


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _server_user() -> str | None:
    """The user postgres runs as: ``postgres`` when we are root (created if missing)."""
    if os.geteuid() != 0:
        return None
    if subprocess.run(["id", "-u", SERVER_USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", SERVER_USER], check=True)
    return SERVER_USER


def _wait_until_ready(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"postgres exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
            import psycopg

            with psycopg.connect(dsn(port), connect_timeout=2):
                return
        except Exception:  # OSError, or psycopg.OperationalError while the server starts up
            pass
        time.sleep(0.1)
    raise RuntimeError("postgres did not start in time")


def dsn(port: int, database: str = "postgres") -> str:
    return f"postgresql://{SERVER_USER}@127.0.0.1:{port}/{database}"


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a fresh PostgreSQL cluster; yields its DSN; stops it and removes its files."""
    initdb, postgres = find_binary("initdb"), find_binary("postgres")
    if not initdb or not postgres:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="summarizer-pg-"))  # in /tmp: reachable by `postgres`
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if user:
        shutil.chown(root, user)
        shutil.chown(sockets, user)
    run_as = {"user": user} if user else {}
    subprocess.run(
        [initdb, "-D", str(data), "-U", SERVER_USER, "--auth=trust", "-E", "UTF8", "--no-sync"],
        check=True,
        capture_output=True,
        **run_as,
    )
    port = _free_port()
    options = ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"]
    process = subprocess.Popen(
        [postgres, "-D", str(data), "-p", str(port), "-k", str(sockets), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **run_as,
    )
    try:
        _wait_until_ready(port, process)
        yield dsn(port)
    finally:
        process.send_signal(2)  # SIGINT: PostgreSQL's "fast" shutdown
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
