"""The API on Ray Serve: a local Ray instance (started once for this module) with tiny models.

16 concurrent requests through Serve's HTTP proxy all succeed and give exactly the in-process
pipeline's results; requests from different callers reach the models batched together.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from summarizer.api import bind
from summarizer.api._ray_serve import (
    APP_NAME,
    PACKAGE_ROOT,
    ModelDeploymentOptions,
    RayServeOptions,
    ServeBackend,
    deploy,
    local_options,
    run_merged,
)
from summarizer.config import Settings
from summarizer.errors import BusyError, GenerationError
from summarizer.models import GenerationOptions
from summarizer.pipeline import Pipeline

from .conftest import INDOSUM, KLIKWARTAKU, TinyModels
from .fakes import FakeBackend

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = 16


@dataclass(frozen=True)
class RayApi:
    url: str
    settings: Settings


@pytest.fixture(scope="module")
def ray_api(tiny_models: TinyModels, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RayApi]:
    import ray
    from ray import serve

    settings = Settings(
        translation_model=str(tiny_models.marian),
        summarization_model=str(tiny_models.bart),
        backend="transformers",
        num_beams=1,
        cache_dir=str(tmp_path_factory.mktemp("ray-cache")),
    )
    env = {"PYTHONPATH": PACKAGE_ROOT, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    ray.init(num_cpus=2, include_dashboard=False, runtime_env={"env_vars": env})
    try:
        models = ModelDeploymentOptions(num_replicas=2, num_cpus=0.25, batch_wait_timeout_s=0.05)
        options = RayServeOptions(models, models, ingress_cpus=0.25)
        with bind("127.0.0.1", 0) as probe:  # a free port for Serve's HTTP proxy
            port = probe.getsockname()[1]
        deploy(settings, options, host="127.0.0.1", port=port)
        yield RayApi(f"http://127.0.0.1:{port}", settings)
    finally:
        serve.shutdown()
        ray.shutdown()


def _articles() -> list[str]:
    import json

    indosum = json.loads(INDOSUM.read_text(encoding="utf-8").splitlines()[0])
    text = indosum.get("text") or indosum.get("article") or ""
    return [KLIKWARTAKU.read_text(encoding="utf-8"), str(text)[:3000]]


def _without_timings(result: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in result.items() if key != "timings"}


def test_concurrent_requests_all_succeed_with_in_process_results(ray_api: RayApi) -> None:
    articles = _articles()
    assert all(len(article) > 500 for article in articles)
    local = Pipeline(ray_api.settings)
    expected = [_without_timings(local.run(text, bullets=3).to_dict()) for text in articles]

    def ask(n: int) -> httpx.Response:
        body = {"text": articles[n % len(articles)], "bullets": 3}
        return httpx.post(f"{ray_api.url}/v1/summarize", json=body, timeout=300)

    with ThreadPoolExecutor(REQUESTS) as pool:
        responses = list(pool.map(ask, range(REQUESTS)))
    assert [response.status_code for response in responses] == [200] * REQUESTS
    for n, response in enumerate(responses):
        assert _without_timings(response.json()) == expected[n % len(articles)]


def test_callers_requests_were_batched_together(ray_api: RayApi) -> None:
    from ray import serve

    largest: dict[str, int] = {}
    for name in ("Translator", "Summarizer"):
        handle = serve.get_deployment_handle(name, app_name=APP_NAME)
        for _ in range(12):  # requests are spread over both replicas: ask until both answered
            stats = handle.stats.remote().result()
            largest[f"{name}/{stats['replica']}"] = stats["largest_batch"]
    assert max(largest.values()) > 1, largest


def test_the_same_api_and_errors_on_ray(ray_api: RayApi) -> None:
    with httpx.Client(base_url=ray_api.url, timeout=60) as client:
        assert client.get("/healthz").json() == {"status": "ok", "engine": "ray"}
        assert "/v1/summarize" in client.get("/openapi.json").json()["paths"]
        empty = client.post("/v1/summarize", json={"text": " "})
        assert empty.status_code == 422 and empty.json()["error"]["type"] == "input_error"
        bad = client.post("/v1/detect", content=b"{", headers={"content-type": "application/json"})
        assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_json"


# --- pieces that need no running Ray -------------------------------------------------------------


def test_run_merged_merges_equal_options_and_keeps_each_callers_order() -> None:
    backend = FakeBackend(respond=lambda text, _options: text.upper())
    short, long = GenerationOptions(max_new_tokens=8), GenerationOptions(max_new_tokens=64)
    calls = [(["a", "b"], short), (["c"], long), (["d", "e", "f"], short)]
    outputs = run_merged(backend, calls)
    assert [[g.text for g in output] for output in outputs] == [["A", "B"], ["C"], ["D", "E", "F"]]
    assert [(texts, options) for texts, options in backend.calls] == [
        (["a", "b", "d", "e", "f"], short),
        (["c"], long),
    ]


def test_run_merged_keeps_each_inputs_padding_as_in_its_own_call() -> None:
    """["a b", "c d"] (2 tokens each) and ["e f"] share a call; ["g h i"] would pad them to 3,
    and ["j"] would be padded to 3 itself: each runs alone, as in-process calls would."""
    backend = FakeBackend(respond=lambda text, _options: text.upper())
    options = GenerationOptions(max_new_tokens=8)
    calls = [(["a b", "c d"], options), (["e f"], options), (["g h i"], options), (["j"], options)]
    outputs = run_merged(backend, calls)
    assert [[g.text for g in output] for output in outputs] == [
        ["A B", "C D"],
        ["E F"],
        ["G H I"],
        ["J"],
    ]
    assert [texts for texts, _ in backend.calls] == [["a b", "c d", "e f"], ["g h i"], ["j"]]


class _Remote:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def remote(self, *_args: Any) -> _Remote:
        return self

    def result(self) -> Any:
        raise self.error


class _Handle:
    def __init__(self, error: Exception) -> None:
        self.generate = _Remote(error)


def test_library_errors_from_a_replica_keep_their_type_and_message() -> None:
    from ray.exceptions import RayTaskError

    cause = GenerationError("The summary model returned nothing for this text.")
    wrapped = RayTaskError("generate", "Traceback (most recent call last): ...", cause)
    with pytest.raises(GenerationError, match=r"^The summary model returned nothing") as raised:
        ServeBackend(_Handle(wrapped)).generate(["x"], GenerationOptions(max_new_tokens=4))  # type: ignore[arg-type]
    assert "Traceback" not in str(raised.value)


def test_serve_back_pressure_is_busy() -> None:
    from ray.serve.exceptions import BackPressureError

    backend = ServeBackend(_Handle(BackPressureError(num_queued_requests=9, max_queued_requests=8)))  # type: ignore[arg-type]
    with pytest.raises(BusyError, match="busy"):
        backend.generate(["x"], GenerationOptions(max_new_tokens=4))


def test_deployment_options_for_fixed_and_autoscaled_replicas() -> None:
    fixed = ModelDeploymentOptions(num_replicas=3, num_cpus=2, num_gpus=0.5).deployment_options("T")
    assert fixed["num_replicas"] == 3 and "autoscaling_config" not in fixed
    assert fixed["ray_actor_options"] == {"num_cpus": 2, "num_gpus": 0.5}
    assert fixed["max_ongoing_requests"] >= fixed["user_config"]["max_batch_size"]
    scaled = ModelDeploymentOptions(num_replicas=1, max_replicas=6).deployment_options("S")
    assert "num_replicas" not in scaled
    assert scaled["autoscaling_config"]["min_replicas"] == 1
    assert scaled["autoscaling_config"]["max_replicas"] == 6


def test_the_repository_serve_config_is_valid_and_builds_options() -> None:
    from ray.serve.schema import ServeDeploySchema

    config = yaml.safe_load((ROOT / "deploy" / "serve_config.yaml").read_text())
    schema = ServeDeploySchema.model_validate(config)
    app = schema.applications[0]
    assert app.import_path == "summarizer.api._ray_serve:app_builder"
    assert {d.name for d in app.deployments} == {"Api", "Translator", "Summarizer"}
    options = RayServeOptions.from_dict(app.args)
    assert options.translation.num_replicas == options.summarization.num_replicas == 1
    with pytest.raises(ValueError, match="unknown Serve args: replica"):
        RayServeOptions.from_dict({"replica": 2})


@pytest.mark.parametrize(("replicas", "cpus"), [(1, 2), (2, 2), (3, 16)])
def test_local_options_fit_the_machine(replicas: int, cpus: int) -> None:
    options = local_options(replicas, cpus)
    models = (options.translation, options.summarization)
    reserved = sum(model.num_replicas * model.num_cpus for model in models)
    assert reserved + options.ingress_replicas * options.ingress_cpus <= cpus
    assert all(model.num_replicas == replicas for model in models)


def test_the_ingress_queue_lets_through_what_the_model_deployments_can_batch() -> None:
    """One run at a time at the ingress (the setting's default) would leave @serve.batch nothing
    to merge."""
    from summarizer.api._ray_serve import (
        ModelDeploymentOptions,
        RayServeOptions,
        ingress_queue_runs,
    )

    two = ModelDeploymentOptions(num_replicas=2, max_batch_size=8)
    one = ModelDeploymentOptions(num_replicas=1, max_batch_size=4)
    assert ingress_queue_runs(Settings(), RayServeOptions(two, one)) == 4
    assert ingress_queue_runs(Settings(), RayServeOptions(two, two)) == 16
    assert ingress_queue_runs(Settings(queue_runs=20), RayServeOptions(two, two)) == 20
    wide = ModelDeploymentOptions(num_replicas=2, max_replicas=100, max_batch_size=8)
    assert ingress_queue_runs(Settings(), RayServeOptions(wide, wide)) == 64  # the setting's most
