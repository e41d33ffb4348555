"""Fairness benchmark: ordinary visitors get their turn while one client floods the API.

    python -m benchmarks.fairness [--sessions 8] [--articles 1] [--flood-threads 2]
                                  [--runs 1] [--length 16] [--no-limits] [--smoke] [--json PATH]

One in-process API server (``summarizer.api``, uvicorn on loopback), with the public-demo preset's
limits (docs/public-demo.md): texts of at most 20,000 characters, one run at a time
(``SUMMARIZER_QUEUE_RUNS``), at most ``--length`` runs in line (``SUMMARIZER_QUEUE_LENGTH``), and
the preset's per-client limits (5 runs per 10 minutes, 100,000 characters an hour; ``--no-limits``
turns them off). The server believes ``X-Forwarded-For`` from
loopback (it stands behind a proxy), so each client is its own visitor:

* ``--sessions`` ordinary sessions, each from its own address, each posting ``--articles`` real
  IndoSum articles (about 1,500-2,000 characters) one after another, as people at the page do;
* one flood client from one address, ``--flood-threads`` threads posting maximum-size texts (20,000
  characters) in a loop, retrying half a second after any refusal (it ignores ``Retry-After``).

The flood starts first, so ordinary sessions arrive at a server already busy with it; with
limits, they come once the flood has been refused a first time (a script that has been looping
for a while has spent its allowance), without, after a second. Reported:
whether every ordinary session finished all its articles, their wait (latency minus the run's own
time, the ``timings`` of its result: the time spent in line) as median and maximum, and the flood's
answers by status (200, 429 over its limits, 503 queue full) and its share of the model time.

The models are those of ``benchmarks/run.py`` (real architectures, random weights, pinned output
lengths, CTranslate2 int8), ``--smoke`` the tiny ones. Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.load import articles, pinned_backend
from benchmarks.models import ensure_models
from benchmarks.report import describe_machine
from benchmarks.texts import indosum_paragraphs

from .common import add_models_dir

DEMO_MAX_CHARS = 20_000  # docs/public-demo.md
RETRY_S = 0.5
HEAD_START_MAX_S = 900  # the flood alone, at most, before the ordinary sessions come
FLOOD_ADDRESS = "203.0.113.99"


def say(message: str) -> None:
    print(f"[fairness] {message}", file=sys.stderr, flush=True)


def flood_text(chars: int) -> str:
    """Real Indonesian paragraphs, as many as fit in ``chars`` characters."""
    kept: list[str] = []
    size = 0
    paragraphs = indosum_paragraphs()
    while True:
        for paragraph in paragraphs:
            if size + len(paragraph) + 2 > chars:
                return "\n\n".join(kept)
            kept.append(paragraph)
            size += len(paragraph) + 2


def limit_settings(runs_per_10_minutes: int, chars_per_hour: int) -> dict[str, Any]:
    """Per-client limits (summarizer.quota), the proxy on loopback believed."""
    return {
        "runs_per_10_minutes": runs_per_10_minutes,
        "chars_per_hour": chars_per_hour,
        "trusted_proxies": ("127.0.0.1",),
    }


@dataclasses.dataclass
class Tally:
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)
    ordinary: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    flood: collections.Counter[int] = dataclasses.field(default_factory=collections.Counter)
    flood_model_s: float = 0.0
    ordinary_model_s: float = 0.0


def run_seconds(body: dict[str, Any]) -> float:
    return float(sum(body.get("timings", {}).values()))


def session(url: str, number: int, texts: list[str], tally: Tally) -> None:
    import httpx

    headers = {"X-Forwarded-For": f"198.51.100.{number + 1}"}
    with httpx.Client(base_url=url, timeout=1800, headers=headers) as http:
        for text in texts:
            started = time.perf_counter()
            response = http.post("/v1/summarize", json={"text": text})
            latency = time.perf_counter() - started
            own = run_seconds(response.json()) if response.status_code == 200 else 0.0
            with tally.lock:
                tally.ordinary.append(
                    {
                        "session": number,
                        "status": response.status_code,
                        "chars": len(text),
                        "latency_s": round(latency, 2),
                        "wait_s": round(max(latency - own, 0.0), 2),
                        "error": None if response.status_code == 200 else response.text[:300],
                    }
                )
                tally.ordinary_model_s += own
                so_far = dict(tally.flood)
            say(
                f"session {number}: {response.status_code} after {latency:.1f} s "
                f"(in line {max(latency - own, 0.0):.1f} s); flood so far {so_far}"
            )


def flood(url: str, text: str, stop: threading.Event, tally: Tally) -> None:
    import httpx

    headers = {"X-Forwarded-For": FLOOD_ADDRESS}
    with httpx.Client(base_url=url, timeout=1800, headers=headers) as http:
        while not stop.is_set():
            response = http.post("/v1/summarize", json={"text": text})
            with tally.lock:
                tally.flood[response.status_code] += 1
                if response.status_code == 200:
                    tally.flood_model_s += run_seconds(response.json())
            if response.status_code != 200:
                stop.wait(RETRY_S)


def measure(url: str, args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    texts = articles(args.sessions * args.articles)
    say("warm-up request (loads the models)")
    warm = httpx.post(f"{url}/v1/summarize", json={"text": texts[0]}, timeout=1800)
    warm.raise_for_status()
    tally, stop = Tally(), threading.Event()
    big = flood_text(DEMO_MAX_CHARS)
    flooders = [
        threading.Thread(target=flood, args=(url, big, stop, tally))
        for _ in range(args.flood_threads)
    ]
    started = time.perf_counter()
    for thread in flooders:
        thread.start()
    # The flood is in line before the first visitor comes; with limits, it has been going long
    # enough to be refused once (a script that has been looping for a while).
    deadline = started + (HEAD_START_MAX_S if args.limits else 1.0)
    while time.perf_counter() < deadline and not refused(tally):
        time.sleep(0.2)
    head_start = time.perf_counter() - started
    say(f"ordinary sessions come after {head_start:.0f} s of flood: {dict(tally.flood)}")
    sessions = []
    for number in range(args.sessions):
        mine = texts[number :: args.sessions]
        sessions.append(threading.Thread(target=session, args=(url, number, mine, tally)))
        sessions[-1].start()
        time.sleep(0.25)
    for thread in sessions:
        thread.join()
    ordinary_done = time.perf_counter() - started - head_start
    stop.set()
    for thread in flooders:
        thread.join()
    return {**summary(tally, args, ordinary_done, len(big)), "head_start_s": round(head_start, 1)}


def refused(tally: Tally) -> bool:
    with tally.lock:
        return any(status != 200 for status in tally.flood)


def summary(tally: Tally, args: argparse.Namespace, wall: float, big: int) -> dict[str, Any]:
    finished = collections.Counter(row["session"] for row in tally.ordinary if row["status"] == 200)
    waits = [row["wait_s"] for row in tally.ordinary if row["status"] == 200]
    model_s = tally.flood_model_s + tally.ordinary_model_s
    return {
        "sessions": args.sessions,
        "articles_per_session": args.articles,
        "sessions_finished": sum(1 for n in range(args.sessions) if finished[n] == args.articles),
        "ordinary_failures": [row for row in tally.ordinary if row["status"] != 200],
        "ordinary_wait_median_s": round(statistics.median(waits), 2) if waits else None,
        "ordinary_wait_max_s": round(max(waits), 2) if waits else None,
        "ordinary_latency_median_s": round(
            statistics.median(row["latency_s"] for row in tally.ordinary), 2
        ),
        "ordinary_chars": [row["chars"] for row in tally.ordinary],
        "flood_text_chars": big,
        "flood_threads": args.flood_threads,
        "flood_answers": {str(status): count for status, count in sorted(tally.flood.items())},
        "flood_share_of_model_time": round(tally.flood_model_s / model_s, 3) if model_s else None,
        "wall_seconds_until_every_session_finished": round(wall, 1),
        "ordinary": tally.ordinary,
    }


def start_server(args: argparse.Namespace, root: Path) -> tuple[str, Any, dict[str, Any]]:
    from summarizer.api import BackgroundServer, create_app
    from summarizer.config import Settings
    from summarizer.pipeline import Pipeline

    built = ensure_models(root, args.smoke)
    limits = limit_settings(args.runs_per_10_minutes, args.chars_per_hour) if args.limits else {}
    settings = Settings(
        translation_model=str(built.translation),
        summarization_model=str(built.summarization),
        cache_dir=str(root / "cache"),
        share_db=str(root / "fairness-store.sqlite3"),
        max_chars=DEMO_MAX_CHARS,
        queue_runs=args.runs,
        queue_length=args.length,
        busy_timeout=900,
        **limits,
    )

    def pipeline(s: Settings) -> Pipeline:
        return Pipeline(
            s,
            translation_backend=pinned_backend("translation", s, smoke=args.smoke),
            summarization_backend=pinned_backend("summarization", s, smoke=args.smoke),
        )

    Path(settings.share_db).unlink(missing_ok=True)  # usage counted afresh
    server = BackgroundServer(create_app(settings, pipeline))
    return server.url, server, {name: getattr(settings, name) for name in limits}


def table(report: dict[str, Any]) -> str:
    result = report["result"]
    answers = ", ".join(f"{count} × {status}" for status, count in result["flood_answers"].items())
    return "\n".join(
        [
            "| | |",
            "|---|---|",
            f"| ordinary sessions finished | {result['sessions_finished']} of "
            f"{result['sessions']} ({result['articles_per_session']} articles each) |",
            f"| their wait in line, median (max) | {result['ordinary_wait_median_s']} s "
            f"({result['ordinary_wait_max_s']} s) |",
            f"| their latency, median | {result['ordinary_latency_median_s']} s |",
            f"| flood answers ({result['flood_threads']} threads, "
            f"{result['flood_text_chars']:,} characters each) | {answers} |",
            f"| flood's share of the model time | {result['flood_share_of_model_time']} |",
            f"| the flood alone before the sessions came | {report['result']['head_start_s']} s |",
            f"| from then until every session finished | "
            f"{result['wall_seconds_until_every_session_finished']} s |",
        ]
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=8, help="ordinary sessions")
    parser.add_argument("--articles", type=int, default=1, help="articles per ordinary session")
    parser.add_argument("--flood-threads", type=int, default=2, help="the flood's concurrency")
    parser.add_argument("--runs", type=int, default=1, help="SUMMARIZER_QUEUE_RUNS")
    parser.add_argument("--length", type=int, default=16, help="SUMMARIZER_QUEUE_LENGTH")
    parser.add_argument("--runs-per-10-minutes", type=int, default=5, help="per client")
    parser.add_argument("--chars-per-hour", type=int, default=100_000, help="per client")
    parser.add_argument(
        "--no-limits", dest="limits", action="store_false", help="no per-client limits"
    )
    parser.add_argument("--smoke", action="store_true", help="tiny models (a quick check)")
    add_models_dir(parser)
    parser.add_argument("--json", help="write the report here as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    root = args.models_dir
    machine = dataclasses.asdict(describe_machine())
    say(f"benchmark models under {root} ...")
    url, server, limits = start_server(args, root)
    try:
        result = measure(url, args)
    finally:
        server.close()
    report = {
        "machine": machine,
        "queue": {"runs": args.runs, "length": args.length},
        "limits": limits,
        "result": result,
    }
    print(table(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
