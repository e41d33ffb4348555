"""Shared fixtures: tiny random-weight models built once per test session, and clean settings;
and the one table of slow tests (``-m "not slow"`` leaves them out)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.testing import DEFAULT_CORPUS, build_bart, build_marian

FIXTURES = Path(__file__).parent / "fixtures"
KLIKWARTAKU = FIXTURES / "corpus" / "articles" / "klikwartaku-kim-lavrov.txt"
INDOSUM = FIXTURES / "corpus" / "summaries" / "indosum_sample20.jsonl"


# The slow tests, marked here in one place rather than in each file: a test file, or a test in it
# (every parametrization of it), and why. `python3 -m pytest -m "not slow"` is the quick local loop
# (README); CI runs everything.
SLOW_TESTS = {
    "test_browser.py": "a real Chromium against a Streamlit server",
    "test_benchmark_smoke.py": "the benchmark end to end",
    "test_api_load_benchmark.py": "the load benchmark end to end",
    "test_packaging.py::test_the_wheel_": "builds the wheel",
}
# Fixtures (or parameters) that make a test slow wherever it uses them.
SLOW_FIXTURES = {
    "ray_api": "a local Ray cluster serving the API",
    "served": "an API server in a subprocess",
    "postgres_dsn": "a throwaway PostgreSQL server",
    "postgres": "a throwaway PostgreSQL server",
}


def slow_reason(item: pytest.Item) -> str | None:
    """Why ``item`` is slow, from the tables above; None for a quick test."""
    path, _, name = item.nodeid.partition("::")
    file = path.rpartition("/")[2]
    for key, reason in SLOW_TESTS.items():
        slow_file, _, test = key.partition("::")
        if slow_file == file and name.startswith(test):
            return reason
    callspec = getattr(item, "callspec", None)
    params = (
        [value for value in callspec.params.values() if isinstance(value, str)] if callspec else []
    )
    used = {*getattr(item, "fixturenames", ()), *params}
    return next((SLOW_FIXTURES[name] for name in SLOW_FIXTURES if name in used), None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if slow_reason(item):
            item.add_marker(pytest.mark.slow)


@dataclass(frozen=True)
class TinyModels:
    marian: Path
    bart: Path


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """Tests never see the developer's SUMMARIZER_* variables or write to their cache."""
    for name in list(os.environ):
        if name.startswith("SUMMARIZER_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


def tokenizer_corpus() -> list[str]:
    lines = [line for line in KLIKWARTAKU.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [*lines, *DEFAULT_CORPUS]


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> TinyModels:
    root = tmp_path_factory.mktemp("tiny-models")
    corpus = tokenizer_corpus()
    return TinyModels(build_marian(root / "marian", corpus), build_bart(root / "bart", corpus))


@pytest.fixture
def tiny_env(tiny_models: TinyModels, monkeypatch: pytest.MonkeyPatch) -> TinyModels:
    """The tiny models configured the way users configure models: environment variables."""
    monkeypatch.setenv("SUMMARIZER_TRANSLATION_MODEL", str(tiny_models.marian))
    monkeypatch.setenv("SUMMARIZER_SUMMARIZATION_MODEL", str(tiny_models.bart))
    monkeypatch.setenv("SUMMARIZER_BACKEND", "transformers")
    monkeypatch.setenv("SUMMARIZER_NUM_BEAMS", "1")  # greedy keeps tiny-model tests fast
    return tiny_models


@pytest.fixture
def tiny_settings(tiny_env: TinyModels) -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="session")
def klikwartaku_text() -> str:
    return KLIKWARTAKU.read_text(encoding="utf-8")
