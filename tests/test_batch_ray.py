"""``batch --engine ray``: Ray Data on a local instance gives exactly the embedded engine's
records (timings apart) for the same input, resume included. Starts Ray: ~10-30 s."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.batch import BatchOptions, run_batch
from summarizer.config import Settings

from .conftest import TinyModels
from .servers import LoopbackServer
from .test_batch import indosum_texts, news_site, read_records, without_timings, write_lines

__all__ = ["news_site"]  # the fixture, used below


@pytest.fixture
def local_ray() -> Iterator[None]:
    import ray

    yield
    if ray.is_initialized():
        ray.shutdown()


def test_ray_data_gives_the_embedded_records(
    tiny_models: TinyModels, news_site: LoopbackServer, tmp_path: Path, local_ray: None
) -> None:
    settings = Settings(
        translation_model=str(tiny_models.marian),
        summarization_model=str(tiny_models.bart),
        backend="transformers",
        num_beams=1,
        threads=1,
        allow_loopback_urls=True,
        allowed_ports=(news_site.port, 80, 443),
    )
    texts = indosum_texts(9)
    rows = [{"id": f"t{n}", "text": text} for n, text in enumerate(texts)]
    rows[3:3] = [{"id": "u", "url": news_site.url("/berita")}, {"id": "bad", "text": ""}]
    source = write_lines(tmp_path / "in.jsonl", rows)
    embedded, on_ray = tmp_path / "embedded.jsonl", tmp_path / "ray.jsonl"
    done_before = json.dumps({"id": "t0", "error": {"type": "X", "message": "kept"}}) + "\n"
    for output in (embedded, on_ray):  # resumed the same way: the same groups of the rest
        output.write_text(done_before)

    run_batch(str(source), str(embedded), settings, BatchOptions(group_size=4, progress=False))
    options = BatchOptions(engine="ray", workers=2, group_size=4, progress=False)
    report = run_batch(str(source), str(on_ray), settings, options)

    assert (report.skipped, report.succeeded, report.failed) == (1, 9, 1)
    expected = {r["id"]: without_timings(r) for r in read_records(embedded)[1:]}
    got = {r["id"]: without_timings(r) for r in read_records(on_ray)[1:]}
    assert got == expected
    assert got["bad"]["error"]["type"] == "InputError" and got["u"]["source"]["url"]
