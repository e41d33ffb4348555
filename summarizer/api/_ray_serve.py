"""The same API on Ray Serve: models as deployments with their own replicas, requests batched.

Three deployments make one Serve application:

* ``Translator`` and ``Summarizer``: :class:`ModelServer` replicas, each holding one model (the
  library's own backend, CTranslate2 or transformers). Their ``generate`` calls from different
  callers are gathered by ``@serve.batch`` and run as one model call, so concurrent requests
  share the model's batch instead of queueing behind one lock. Calls are merged only when their
  generation options are equal and every input keeps the padding of its own call (the
  in-process batcher's rule), so every output is what the in-process pipeline would produce.
  Replica counts, autoscaling bounds and CPUs/GPUs per replica are per deployment.
* ``Api``: the ingress, serving the FastAPI app of :mod:`summarizer.api._app` unchanged; its
  pipeline is the library's ``Pipeline`` with :class:`ServeBackend` in place of local models,
  so preparing, chunking, guards and grounding run exactly as in one process.

``python -m summarizer serve --engine ray`` runs it (:func:`run_on_ray`); a cluster runs
``deploy/serve_config.yaml`` (``serve deploy``), which builds the app with :func:`app_builder`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ray import serve
from ray.exceptions import RayTaskError
from ray.serve.exceptions import BackPressureError
from ray.serve.handle import DeploymentHandle

from summarizer.config import MAX_QUEUE_RUNS, Settings, available_cpus
from summarizer.errors import BusyError, SummarizerError
from summarizer.models import (
    BackendPool,
    Generated,
    GenerationOptions,
    Seq2SeqBackend,
    keeps_padding,
)

log = logging.getLogger(__name__)

APP_NAME = "summarizer"
PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the directory holding `summarizer`
MAX_TEXTS_PER_MODEL_CALL = 64  # callers' calls share a model call up to this many texts
# (role, settings) -> backend; default: the replica's own BackendPool (the benchmark wraps it).
BackendFactory = Callable[[str, Settings], Seq2SeqBackend]


@dataclass(frozen=True)
class ModelDeploymentOptions:
    """How one model deployment scales. ``max_replicas`` set: autoscaling between the bounds."""

    num_replicas: int = 1
    max_replicas: int | None = None  # autoscaling from num_replicas up to this
    num_cpus: float = 1.0
    num_gpus: float = 0.0
    max_batch_size: int = 8  # requests from different callers gathered into one model call
    batch_wait_timeout_s: float = 0.02  # how long a batch waits for more requests

    def deployment_options(self, name: str) -> dict[str, Any]:
        options: dict[str, Any] = {
            "name": name,
            "ray_actor_options": {"num_cpus": self.num_cpus, "num_gpus": self.num_gpus},
            # A replica must accept at least a batch's worth of requests for batching to happen.
            "max_ongoing_requests": 2 * self.max_batch_size,
            "user_config": {
                "max_batch_size": self.max_batch_size,
                "batch_wait_timeout_s": self.batch_wait_timeout_s,
            },
        }
        if self.max_replicas is None:
            options["num_replicas"] = self.num_replicas
        else:
            options["autoscaling_config"] = {
                "min_replicas": self.num_replicas,
                "max_replicas": self.max_replicas,
                "target_ongoing_requests": self.max_batch_size,
            }
        return options


@dataclass(frozen=True)
class RayServeOptions:
    translation: ModelDeploymentOptions = field(default_factory=ModelDeploymentOptions)
    summarization: ModelDeploymentOptions = field(default_factory=ModelDeploymentOptions)
    ingress_replicas: int = 1
    ingress_cpus: float = 0.5

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RayServeOptions:
        """From a Serve config's ``args`` (see deploy/serve_config.yaml)."""
        known = {"translation", "summarization", "ingress_replicas", "ingress_cpus", "replicas"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown Serve args: {', '.join(sorted(unknown))}")
        replicas = {"num_replicas": data["replicas"]} if "replicas" in data else {}
        models = {
            role: ModelDeploymentOptions(**{**replicas, **(data.get(role) or {})})
            for role in ("translation", "summarization")
        }
        rest = {key: data[key] for key in ("ingress_replicas", "ingress_cpus") if key in data}
        return cls(**models, **rest)


# --- the model deployments ------------------------------------------------------------------


@serve.deployment
class ModelServer:
    """One model replica: the library's backend for ``role``, its calls batched across callers."""

    def __init__(
        self, role: str, settings: Settings, backend_factory: BackendFactory | None = None
    ) -> None:
        self.role = role
        # Loaded now, so a replica is ready when it is up.
        self.backend: Seq2SeqBackend = (backend_factory or BackendPool().get)(role, settings)
        self.largest_batch = 0  # most callers served by one batch so far (for tests and tuning)

    def reconfigure(self, config: dict[str, Any]) -> None:
        """Serve's user_config: batch size and wait, changeable without restarting replicas."""
        self._generate_batched.set_max_batch_size(int(config["max_batch_size"]))
        self._generate_batched.set_batch_wait_timeout_s(float(config["batch_wait_timeout_s"]))

    def info(self) -> dict[str, Any]:
        backend = self.backend
        return {
            "model_id": backend.model_id,
            "name": backend.name,
            "max_input_tokens": backend.max_input_tokens,
            "fallback_reason": getattr(backend, "fallback_reason", None),
        }

    def stats(self) -> dict[str, Any]:
        return {
            "replica": serve.get_replica_context().replica_tag,
            "largest_batch": self.largest_batch,
        }

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.backend.count_tokens(texts)

    async def generate(self, texts: list[str], options: GenerationOptions) -> list[Generated]:
        return await self._generate_batched((tuple(texts), options))

    @serve.batch(max_batch_size=8, batch_wait_timeout_s=0.02)
    async def _generate_batched(
        self, calls: list[tuple[tuple[str, ...], GenerationOptions]]
    ) -> list[list[Generated]]:
        self.largest_batch = max(self.largest_batch, len(calls))
        # The model runs in a thread: the event loop keeps gathering the next batch meanwhile.
        return await asyncio.to_thread(run_merged, self.backend, calls)


def run_merged(
    backend: Seq2SeqBackend, calls: Sequence[tuple[Sequence[str], GenerationOptions]]
) -> list[list[Generated]]:
    """Each call's outputs, running calls as one model call where they may share one: equal
    options, every input padded as in its own call (the in-process batcher's rule, so each
    output is what the call alone gives), at most MAX_TEXTS_PER_MODEL_CALL texts together."""
    groups: dict[GenerationOptions, list[int]] = {}
    for position, (_texts, options) in enumerate(calls):
        groups.setdefault(options, []).append(position)
    outputs: list[list[Generated]] = [[] for _ in calls]
    for options, positions in groups.items():
        for shared in _sharing(backend, [calls[position][0] for position in positions]):
            members = [positions[index] for index in shared]
            texts = [text for position in members for text in calls[position][0]]
            generated = backend.generate(texts, options)
            offset = 0
            for position in members:
                count = len(calls[position][0])
                outputs[position] = generated[offset : offset + count]
                offset += count
    return outputs


def _sharing(backend: Seq2SeqBackend, texts_of_calls: Sequence[Sequence[str]]) -> list[list[int]]:
    """The calls (by index) grouped into model calls, in order: a call joins the group before it
    while its inputs keep their padding and the group stays within MAX_TEXTS_PER_MODEL_CALL."""
    if len(texts_of_calls) == 1:
        return [[0]]
    counts = iter(backend.count_tokens([text for texts in texts_of_calls for text in texts]))
    lengths = [[next(counts) for _ in texts] for texts in texts_of_calls]
    groups: list[list[int]] = []
    for index, call_lengths in enumerate(lengths):
        if groups:
            group = groups[-1]
            size = sum(len(lengths[member]) for member in group) + len(call_lengths)
            joined = [lengths[member] for member in group] + [call_lengths]
            if size <= MAX_TEXTS_PER_MODEL_CALL and keeps_padding(backend, joined):
                group.append(index)
                continue
        groups.append([index])
    return groups


# --- the ingress --------------------------------------------------------------------------------


class ServeBackend:
    """The library's backend protocol over a model deployment: Pipeline uses it unchanged."""

    def __init__(self, handle: DeploymentHandle) -> None:
        self._handle = handle

    @cached_property
    def _info(self) -> dict[str, Any]:
        return self._call("info")

    @property
    def model_id(self) -> str:
        return self._info["model_id"]

    @property
    def name(self) -> str:
        return self._info["name"]

    @property
    def max_input_tokens(self) -> int:
        return self._info["max_input_tokens"]

    @property
    def fallback_reason(self) -> str | None:
        return self._info["fallback_reason"]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self._call("count_tokens", list(texts)) if texts else []

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        return self._call("generate", list(texts), options) if texts else []

    def _call(self, method: str, *args: Any) -> Any:
        try:
            return getattr(self._handle, method).remote(*args).result()
        except RayTaskError as error:
            # The library's own errors keep their type and message (not Ray's traceback text).
            if isinstance(error.cause, SummarizerError):
                raise error.cause from None
            raise
        except BackPressureError:
            raise BusyError(
                "The server is busy with other requests right now. Please try again in a minute."
            ) from None


@serve.deployment(name="Api")
@serve.ingress()
class ApiIngress:
    """Serves :func:`summarizer.api._app.create_app` with a pipeline over the model deployments."""

    def __init__(
        self, translator: DeploymentHandle, summarizer: DeploymentHandle, settings: Settings
    ) -> None:
        self.translator = translator
        self.summarizer = summarizer
        self.settings = settings

    def __serve_build_asgi_app__(self) -> Any:
        from summarizer.api._app import create_app
        from summarizer.pipeline import Pipeline

        def pipeline(settings: Settings) -> Pipeline:
            return Pipeline(
                settings,
                translation_backend=ServeBackend(self.translator),
                summarization_backend=ServeBackend(self.summarizer),
            )

        return create_app(self.settings, pipeline, engine="ray")


def build_app(
    settings: Settings,
    options: RayServeOptions | None = None,
    backend_factory: BackendFactory | None = None,
) -> Any:
    """The Serve application: ``serve.run(build_app(settings))``."""
    options = options or RayServeOptions()
    models = {}
    for role, name, model in (
        ("translation", "Translator", options.translation),
        ("summarization", "Summarizer", options.summarization),
    ):
        # Threads follow the CPUs Ray gives a replica, not the machine's CPU count.
        threads = settings.threads or max(1, int(model.num_cpus))
        replica_settings = dataclasses.replace(
            settings, threads=threads, device=replica_device(settings.device, model.num_gpus)
        )
        models[role] = ModelServer.options(**model.deployment_options(name)).bind(
            role, replica_settings, backend_factory
        )
    ingress = ApiIngress.options(
        num_replicas=options.ingress_replicas,
        ray_actor_options={"num_cpus": options.ingress_cpus},
    )
    ingress_settings = dataclasses.replace(
        settings, queue_runs=ingress_queue_runs(settings, options)
    )
    return ingress.bind(models["translation"], models["summarization"], ingress_settings)


def ingress_queue_runs(settings: Settings, options: RayServeOptions) -> int:
    """Runs one ingress replica lets through its queue at once: as many as the smaller model
    deployment can batch (its replicas × batch size), never fewer than ``SUMMARIZER_QUEUE_RUNS``.

    The queue keeps its order, its limit and its messages on Ray too, but the setting's default
    (a run per model worker, right for one process on 2 CPUs) would leave ``@serve.batch`` little
    to merge: the model deployments are what bound the work here.
    """
    capacity = min(
        (model.max_replicas or model.num_replicas) * model.max_batch_size
        for model in (options.translation, options.summarization)
    )
    return min(MAX_QUEUE_RUNS, max(settings.effective_queue_runs, capacity))


def replica_device(device: str, num_gpus: float) -> str:
    """A replica that reserves a GPU runs its model there; one that reserves none stays on the
    CPU under "auto" (the GPU belongs to the replicas that reserved it)."""
    if num_gpus > 0:
        return "cuda"
    return "cpu" if device == "auto" else device


def app_builder(args: dict[str, Any]) -> Any:
    """For Serve config files (``import_path: summarizer.api._ray_serve:app_builder``).

    Settings come from the ``SUMMARIZER_*`` variables of the runtime environment; ``args`` may
    give ``replicas`` and per-model options (see :class:`RayServeOptions.from_dict`).
    """
    return build_app(Settings.from_env(), RayServeOptions.from_dict(dict(args or {})))


def deploy(
    settings: Settings,
    options: RayServeOptions,
    *,
    host: str,
    port: int,
    backend_factory: BackendFactory | None = None,
) -> None:
    """Start Serve's HTTP proxy on host:port and run the application (Ray must be running)."""
    serve.start(http_options={"host": host, "port": port})
    serve.run(build_app(settings, options, backend_factory), name=APP_NAME, route_prefix="/")


def local_options(replicas: int, cpus: int, **model: Any) -> RayServeOptions:
    """Options that fit one machine: its CPUs split evenly between all model replicas.

    The ingress reserves no CPU: it mostly waits for the models (a deployment whose replicas ask
    for more CPUs than the machine has would never start).
    """
    share = ModelDeploymentOptions(num_replicas=replicas, num_cpus=cpus / (2 * replicas), **model)
    return RayServeOptions(share, share, ingress_cpus=0)


def run_on_ray(
    settings: Settings, *, host: str, port: int, address: str | None, replicas: int | None
) -> None:
    """``serve --engine ray``: a local Ray instance (or the cluster at ``address``) until Ctrl-C."""
    import ray

    # A local instance's workers import this very checkout; a cluster's image must install it.
    runtime_env = None if address else {"env_vars": {"PYTHONPATH": PACKAGE_ROOT}}
    ray.init(address=address, include_dashboard=False, runtime_env=runtime_env)
    if address:  # a cluster: 1 CPU per model replica, the autoscaler adds nodes as needed
        models = ModelDeploymentOptions(num_replicas=replicas or 1)
        options = RayServeOptions(models, models)
    else:
        options = local_options(replicas or 1, available_cpus())
    try:
        deploy(settings, options, host=host, port=port)
        log.info("serving the API on Ray Serve at http://%s:%d (docs at /docs)", host, port)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        if address:  # someone else's cluster: remove only our application
            serve.delete(APP_NAME)
        else:
            serve.shutdown()
        ray.shutdown()
