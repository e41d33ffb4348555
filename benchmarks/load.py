"""Load benchmark: the HTTP API under 1, 4 and 8 concurrent clients, in one process vs Ray Serve.

    python -m benchmarks.load [--clients 1,4,8] [--rounds 2] [--engines inprocess,ray]
                              [--replicas 1] [--smoke] [--json PATH]
                              [--batch-wait-ms 5] [--batch-max-tokens 1024] [--batch-padded]
                              [--queue-runs N] [--model-workers 1,2]

Both engines serve the same FastAPI app (``summarizer.api``) over HTTP on loopback, and the
clients are threads posting ``/v1/summarize``:

* ``inprocess``: ``python -m summarizer serve`` as it runs by default (uvicorn, one process, the
  library's backends, each model's lock admitting its workers' calls, concurrent calls with
  equal options merged by the pool's batcher: ``--batch-*`` are its settings,
  ``SUMMARIZER_BATCH_*``; the report gives, per model, the model calls, the callers they served
  and the most callers one call served). Each
  model runs ``SUMMARIZER_MODEL_WORKERS`` calls at once; ``--model-workers 1,2`` measures the
  engine once per value in the same run (its 1-client latency is one visitor's time). The queue
  lets ``SUMMARIZER_QUEUE_RUNS`` requests run at once (default: auto, a run per model worker, as
  ``serve`` runs; ``--queue-runs`` sets it);
* ``ray``: ``serve --engine ray`` on a local Ray instance: one Translator and one Summarizer
  replica (``--replicas``), the machine's CPUs split between them, ``@serve.batch`` merging
  model calls of different requests (max 8 per batch, 20 ms wait).

Each client sends ``--rounds`` requests one after another, each a different real IndoSum article
cut at a paragraph boundary near 350 words (the README's "short article" size). Per level the
benchmark reports throughput (requests per second over the level's wall time) and the p50 and p95
of the request latencies. A warm-up request per engine loads the models first.

The models are those of ``benchmarks/run.py``: the real architectures of opus-mt-id-en and
distilbart-cnn-12-6 with random weights, CTranslate2 int8, with the same pinned output lengths
and English stand-in outputs (``run.Pinned``), so both engines do the model work real models
would. Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import math
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.models import ensure_models
from benchmarks.pinned import PinnedBackend
from benchmarks.report import describe_machine
from benchmarks.texts import INDOSUM, ROOT

from .common import add_models_dir

ARTICLE_WORDS = 350
BATCH_SIZE = 8
BATCH_WAIT_S = 0.02


def say(message: str) -> None:
    print(f"[load] {message}", file=sys.stderr, flush=True)


def articles(count: int, words: int = ARTICLE_WORDS) -> list[str]:
    """``count`` different IndoSum articles, each cut at a paragraph boundary near ``words``."""
    texts = []
    for line in INDOSUM.read_text(encoding="utf-8").splitlines():
        kept: list[str] = []
        for paragraph in json.loads(line)["article"].split("\n"):
            if paragraph.strip() and sum(len(p.split()) for p in kept) < words:
                kept.append(paragraph.strip())
        if sum(len(p.split()) for p in kept) >= words * 0.6:
            texts.append("\n\n".join(kept))
    return texts[:count]


def pinned_backend(role: str, settings: Any, *, smoke: bool) -> Any:
    """The library's backend with run.py's pinned output lengths (picklable for Ray)."""
    from summarizer.models import BackendPool

    return PinnedBackend(BackendPool().get(role, settings), role, smoke)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def run_level(url: str, texts: list[str], clients: int, rounds: int) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def client(number: int) -> None:
        with httpx.Client(base_url=url, timeout=900) as http:
            for round_ in range(rounds):
                text = texts[(number + round_ * clients) % len(texts)]
                started = time.perf_counter()
                response = http.post("/v1/summarize", json={"text": text})
                elapsed = time.perf_counter() - started
                with lock:
                    if response.status_code == 200:
                        latencies.append(elapsed)
                    else:
                        failures.append(f"{response.status_code}: {response.text[:200]}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "failures": failures,
        "wall_seconds": round(wall, 2),
        "throughput_rps": round(len(latencies) / wall, 3),
        "p50_seconds": round(statistics.median(latencies), 2) if latencies else None,
        "p95_seconds": round(percentile(latencies, 0.95), 2) if latencies else None,
    }


def measure(url: str, texts: list[str], levels: list[int], rounds: int) -> list[dict[str, Any]]:
    import httpx

    say("warm-up request (loads the models)")
    warm = httpx.post(f"{url}/v1/summarize", json={"text": texts[0]}, timeout=900)
    warm.raise_for_status()
    results = []
    for clients in levels:
        say(f"{clients} concurrent client(s) x {rounds} request(s)")
        results.append(run_level(url, texts, clients, rounds))
        say(f"  {results[-1]}")
    return results


def engine_inprocess(
    settings: Any, smoke: bool, batches: dict[str, Any]
) -> tuple[str, Callable[[], None]]:
    """The API in this process on ``settings``; ``stop`` records each model's batcher stats in
    ``batches``."""
    from summarizer.api import BackgroundServer, create_app
    from summarizer.pipeline import Pipeline

    models: dict[str, Any] = {}

    def pipeline(s: Any) -> Pipeline:
        for role in ("translation", "summarization"):
            models[role] = pinned_backend(role, s, smoke=smoke)
        return Pipeline(
            s,
            translation_backend=models["translation"],
            summarization_backend=models["summarization"],
        )

    server = BackgroundServer(create_app(settings, pipeline))

    def stop() -> None:
        server.close()
        for role, backend in models.items():
            batches[role] = dataclasses.asdict(backend.inner.batcher.stats)
        say(f"  model calls per model (batcher): {batches}")

    return server.url, stop


def engine_ray(settings: Any, smoke: bool, replicas: int) -> tuple[str, Callable[[], None]]:
    import ray
    from ray import serve

    from summarizer.api import bind, deploy, local_options
    from summarizer.config import available_cpus

    cpus = available_cpus()
    env = {"PYTHONPATH": str(ROOT)}  # the replicas import benchmarks.pinned from this checkout
    ray.init(
        num_cpus=cpus,
        include_dashboard=False,
        log_to_driver=False,  # no per-request access logs from every replica
        runtime_env={"env_vars": env},
    )
    options = local_options(
        replicas, cpus, max_batch_size=BATCH_SIZE, batch_wait_timeout_s=BATCH_WAIT_S
    )
    with bind("127.0.0.1", 0) as probe:  # a free port for Serve's HTTP proxy
        port = probe.getsockname()[1]
    factory = functools.partial(pinned_backend, smoke=smoke)
    deploy(settings, options, host="127.0.0.1", port=port, backend_factory=factory)

    def stop() -> None:
        say(f"  largest batch per replica: {largest_batches()}")
        serve.shutdown()
        ray.shutdown()

    return f"http://127.0.0.1:{port}", stop


def largest_batches() -> dict[str, int]:
    """The most callers one model batch served, per replica (asked 8 times: routing is random)."""
    from ray import serve

    from summarizer.api import APP_NAME

    largest: dict[str, int] = {}
    for name in ("Translator", "Summarizer"):
        handle = serve.get_deployment_handle(name, app_name=APP_NAME)
        for _ in range(8):
            stats = handle.stats.remote().result()
            largest[f"{name}/{stats['replica']}"] = stats["largest_batch"]
    return largest


def table(report: dict[str, Any]) -> str:
    lines = [
        "| engine | model workers | clients | requests | throughput (req/s) | p50 (s) | p95 (s) |",
        "|---|---|---|---|---|---|---|",
    ]
    for engine, levels in report["engines"].items():
        workers = report["model_workers"][engine]
        for level in levels:
            lines.append(
                f"| {engine} | {workers} | {level['clients']} | {level['requests']} | "
                f"{level['throughput_rps']:.3f} | {level['p50_seconds']} | {level['p95_seconds']} |"
            )
    return "\n".join(lines)


def scaling(levels: list[dict[str, Any]]) -> float | None:
    """Throughput of the most clients over the mean of the fewest clients' levels (``1,8,1``
    measures one client before and after eight: a machine shared with others drifts). 1.6 is
    issue 21's target for 8 over 1."""
    most = max(level["clients"] for level in levels)
    fewest = min(level["clients"] for level in levels)
    if most == fewest:
        return None
    base = statistics.mean(
        level["throughput_rps"] for level in levels if level["clients"] == fewest
    )
    top = max(level["throughput_rps"] for level in levels if level["clients"] == most)
    return round(top / base, 2) if base else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", default="1,4,8", help="concurrency levels, e.g. 1,4,8")
    parser.add_argument("--rounds", type=int, default=2, help="requests per client per level")
    parser.add_argument("--engines", default="inprocess,ray")
    parser.add_argument("--replicas", type=int, default=1, help="Ray replicas per model")
    parser.add_argument("--smoke", action="store_true", help="tiny models (a quick check)")
    add_models_dir(parser)
    parser.add_argument("--json", help="write the report here as JSON")
    parser.add_argument("--batch-wait-ms", type=float, default=None, help="in-process batcher wait")
    parser.add_argument("--batch-max-tokens", type=int, default=None, help="per shared call")
    parser.add_argument(
        "--batch-padded", action="store_true", help="merge inputs of different lengths too"
    )
    parser.add_argument(
        "--queue-runs", type=int, default=None, help="summaries run at once (default: the setting)"
    )
    parser.add_argument(
        "--model-workers",
        default="",
        help="calls each model runs at once, e.g. 1,2: one in-process run per value "
        "(default: the setting, SUMMARIZER_MODEL_WORKERS)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from summarizer.config import Settings

    root = args.models_dir
    machine = dataclasses.asdict(describe_machine())
    say(f"benchmark models under {root} ...")
    built = ensure_models(root, args.smoke)
    marian, bart = built.translation, built.summarization
    levels = [int(part) for part in args.clients.split(",") if part.strip()]
    batching = {
        "batch_wait_ms": args.batch_wait_ms,
        "batch_max_tokens": args.batch_max_tokens,
        "batch_padded": args.batch_padded or None,
    }
    settings = Settings.from_env(
        overrides={
            "translation_model": str(marian),
            "summarization_model": str(bart),
            "cache_dir": str(root / "cache"),
            "busy_timeout": 900,
            "queue_runs": args.queue_runs,
            **batching,
        }
    )
    texts = articles(max(levels) * args.rounds)
    report: dict[str, Any] = {
        "machine": machine,
        "article_words": [len(text.split()) for text in texts],
        "rounds": args.rounds,
        "threads": settings.effective_threads,
        "queue_runs": settings.queue_runs or "auto (a run per model worker)",
        "batching": {
            "wait_ms": settings.batch_wait_ms,
            "max_tokens": settings.batch_max_tokens,
            "padded": settings.batch_padded,
        },
        "engines": {},
        "model_workers": {},
        "scaling": {},
        "inprocess_batches": {},
    }
    for engine, run_settings in runs(args, settings):
        say(f"engine {engine}: starting")
        report["model_workers"][engine] = run_settings.effective_model_workers
        if engine == "ray":
            url, stop = engine_ray(run_settings, args.smoke, args.replicas)
        else:
            batches = report["inprocess_batches"].setdefault(engine, {})
            url, stop = engine_inprocess(run_settings, args.smoke, batches)
        try:
            report["engines"][engine] = measure(url, texts, levels, args.rounds)
        finally:
            stop()
        report["scaling"][engine] = scaling(report["engines"][engine])
    print(table(report))
    print(f"throughput, most clients over fewest: {report['scaling']}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def runs(args: argparse.Namespace, settings: Any) -> list[tuple[str, Any]]:
    """(engine label, settings) per measured run: the in-process engine once per
    ``--model-workers`` value, labelled with it when there are several."""
    workers = [int(part) for part in args.model_workers.split(",") if part.strip()]
    chosen: list[tuple[str, Any]] = []
    for engine in [part.strip() for part in args.engines.split(",") if part.strip()]:
        if engine != "inprocess" or not workers:
            chosen.append((engine, settings))
            continue
        for count in workers:
            label = f"inprocess-{count}w" if len(workers) > 1 else engine
            chosen.append((label, settings.replace(model_workers=count)))
    return chosen


if __name__ == "__main__":
    raise SystemExit(main())
