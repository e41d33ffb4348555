"""``python -m summarizer serve``: the API in this process (uvicorn), or on Ray Serve.

    python -m summarizer serve [--host 127.0.0.1] [--port 8000]
    python -m summarizer serve --engine ray [--ray-address ADDR] [--replicas N]

Nothing heavy is imported until the command runs.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import logging
import socket
import threading
import time
from typing import Any

from summarizer.config import Settings, env_name
from summarizer.errors import ConfigError, InputError

ENGINES = ("inprocess", "ray")
DEFAULT_HOST = "127.0.0.1"  # only this machine, unless told otherwise
DEFAULT_PORT = 8000

log = logging.getLogger("summarizer.serve")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8000)")
    parser.add_argument("--engine", choices=ENGINES, default="inprocess")
    parser.add_argument("--ray-address", help="an existing Ray cluster (default: start one here)")
    parser.add_argument("--replicas", type=int, help="replicas of each model deployment (ray)")


def serve(args: argparse.Namespace) -> None:
    """Run the API until interrupted. Raises ConfigError/InputError for bad options."""
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port} is out of range; use 0–65535.", setting="--port")
    if args.engine != "ray" and (args.ray_address or args.replicas is not None):
        raise ConfigError("--ray-address and --replicas need --engine ray.", setting="--engine")
    if args.replicas is not None and not 1 <= args.replicas <= 64:
        raise ConfigError(
            f"--replicas {args.replicas} is out of range; use 1–64.", setting="--replicas"
        )
    settings = Settings.from_env()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    _warn_if_open(args.host, settings)
    if args.engine == "ray":
        from summarizer.api._ray_serve import run_on_ray

        run_on_ray(
            settings,
            host=args.host,
            port=args.port,
            address=args.ray_address,
            replicas=args.replicas,
        )
        return
    run_in_process(settings, host=args.host, port=args.port)


def run_in_process(settings: Settings, *, host: str, port: int) -> None:
    import uvicorn

    from summarizer.api._app import create_app

    listener = bind(host, port)
    # proxy_headers off: whose X-Forwarded-For to believe is SUMMARIZER_TRUSTED_PROXIES' to say
    # (summarizer.quota), not uvicorn's default trust of loopback.
    config = uvicorn.Config(
        create_app(settings), log_level="info", timeout_graceful_shutdown=10, proxy_headers=False
    )
    log.info("serving the API on http://%s:%d (docs at /docs)", host, listener.getsockname()[1])
    # uvicorn stops gracefully on Ctrl-C/SIGTERM, then re-raises the signal: a normal stop.
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[listener])


class BackgroundServer:
    """uvicorn serving ``app`` in a thread (tests, benchmarks, embedding); port 0 = any free."""

    def __init__(self, app: Any, host: str = DEFAULT_HOST, port: int = 0) -> None:
        import uvicorn

        listener = bind(host, port)
        self.url = f"http://{host}:{listener.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", proxy_headers=False))
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [listener]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the API server did not start")
            time.sleep(0.02)

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound before the app starts, so a busy port is one clear error."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except OSError as error:
        raise InputError(f"Cannot listen on {host}:{port}: {error.strerror or error}.") from None
    listener.set_inheritable(True)
    return listener


def _warn_if_open(host: str, settings: Settings) -> None:
    try:
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host == "localhost"
    if not local and not settings.api_token:
        log.warning(
            "listening on %s without %s: anyone who can reach this port can use the API",
            host,
            env_name("api_token"),
        )
