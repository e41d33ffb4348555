"""The Ray Data engine: the same groups as the embedded engine, on an actor pool whose actors
hold the models, on a local Ray instance or an existing cluster.

The driver reads and checks the input and leaves out the ids already done (as the embedded
engine does), then makes a dataset of one row per group (``ray.data.from_items``);
``map_batches`` with an :class:`~ray.data.ActorPoolStrategy` runs each group through
:func:`~summarizer.batch._groups.summarize_group` on an actor (``num_cpus``/``num_gpus`` per
actor); the driver streams the records back and appends each group's records to the output as
it finishes, so resume works the same way. Same groups, same code: the same results.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import ray
import ray.data
from ray.exceptions import RayError

from summarizer.batch._groups import summarize_group
from summarizer.batch._items import BatchItem
from summarizer.batch._load import HostLimiter, load_item
from summarizer.batch._records import Emit, PipelineFactory
from summarizer.config import Settings, available_cpus
from summarizer.errors import SummarizerError
from summarizer.pipeline import Pipeline

PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# Variables an actor needs as the driver has them (the settings themselves travel pickled).
_PASSED_ON = ("HF_HUB_OFFLINE", "HF_HOME", "TRANSFORMERS_OFFLINE")


class GroupWorker:
    """A Ray Data actor: the pipeline with its models, loaded once; one group per call."""

    def __init__(self, settings: Settings, pipeline: PipelineFactory | None = None) -> None:
        self.settings = settings
        self.pipeline = pipeline(settings) if pipeline else Pipeline(settings)
        self.limiter = HostLimiter()  # per actor: each actor fetches politely on its own

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        records: list[str] = []
        for group_json in batch["group"]:
            items = [BatchItem.from_dict(data) for data in json.loads(group_json)]
            loaded = [_load(item, self.settings, self.limiter) for item in items]
            group = summarize_group(self.pipeline, items, loaded)
            records.extend(json.dumps(record, ensure_ascii=False) for record in group)
        return {"record": np.array(records, dtype=object)}


def run_on_ray(
    groups: Sequence[list[BatchItem]],
    settings: Settings,
    emit: Emit,
    *,
    workers: int = 1,
    address: str | None = None,
    cpus_per_worker: float | None = None,
    gpus_per_worker: float = 0,
    pipeline: PipelineFactory | None = None,
) -> None:
    """Summarize every group on Ray Data, calling ``emit`` with each record as it arrives.

    Starts a local Ray instance (all this machine's CPUs, split between the ``workers`` actors)
    unless Ray is already initialised or ``address`` names a cluster; stops only what it started.
    """
    if not groups:
        return
    started_here = not ray.is_initialized()
    if started_here:
        _init(address)
    try:
        cpus = cpus_per_worker or (1.0 if address else available_cpus() / workers)
        actor_settings = settings.replace(threads=max(1, int(cpus)))
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # the batch command draws its own
        rows = [{"group": json.dumps([item.to_dict() for item in group])} for group in groups]
        dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
            GroupWorker,
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=workers),
            fn_constructor_kwargs={"settings": actor_settings, "pipeline": pipeline},
            num_cpus=cpus,
            num_gpus=gpus_per_worker or None,
        )
        for row in dataset.iter_rows():
            emit(json.loads(row["record"]))
    except RayError as error:
        raise _library_error(error) from None
    finally:
        if started_here:
            ray.shutdown()


def _init(address: str | None) -> None:
    env = {name: os.environ[name] for name in _PASSED_ON if name in os.environ}
    env["TOKENIZERS_PARALLELISM"] = "false"
    if address:  # a cluster: every node has the package installed (docs/scale-out.md)
        ray.init(address=address, runtime_env={"env_vars": env})
        return
    # A local instance's workers import this very checkout.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))
    ray.init(
        num_cpus=available_cpus(),
        include_dashboard=False,
        log_to_driver=False,
        runtime_env={"env_vars": env},
    )


def _load(item: BatchItem, settings: Settings, limiter: HostLimiter) -> Any:
    try:
        return load_item(item, settings, limiter)
    except Exception as error:
        return error


def _library_error(error: BaseException) -> BaseException:
    """The library error an actor raised (a model that does not load), else Ray's own."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, SummarizerError):
            return cause
        cause = getattr(cause, "cause", None) or cause.__cause__
    return error
