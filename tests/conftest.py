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


# The slow tests, marked here in one place rather than in each file: a whole test file, or one
# test in it (all its parametrizations), and why. `python3 -m pytest -m "not slow"` is the quick
# local loop (README: about 90 s on 2 CPUs); CI runs everything. Beside the kinds named in the
# README, a test is listed when it took over ~2 s on an idle 2-CPU machine (pytest --durations).
SLOW_TESTS = {
    "test_browser.py": "a real Chromium against a Streamlit server",
    "test_benchmark_smoke.py": "the benchmark end to end",
    "test_batch_benchmark_smoke.py": "the batch benchmark end to end",
    "test_batch_ray.py": "a local Ray cluster running Ray Data",
    "test_check_browser.py": "a real Chromium against a Streamlit server",
    "test_documents_browser.py": "a real Chromium against a Streamlit server",
    "test_batch.py": "tiny-model batch runs, a killed subprocess, paced fetches",
    "test_api.py::test_detect_returns_what_the_cli_prints_with_json": (
        "the CLI and the API on one text"
    ),
    "test_api_remote.py::test_summarize_keeps_the_articles_source_and_warnings": (
        "an API server and a run"
    ),
    "test_app.py::test_a_utf7_web_page_is_read_without_an_unexpected_failure": "a tiny-model run",
    "test_app.py::test_busy_server_and_unexpected_failures_are_plain_messages": "tiny-model runs",
    "test_app.py::test_downloads_hold_the_markdown_and_json_of_the_result": "a tiny-model run",
    "test_app.py::test_example_button_summarises_the_bundled_article": "a tiny-model run",
    "test_app.py::test_fetch_failures_are_messages_with_advice": "several fetches",
    "test_app.py::test_link_pasted_in_the_text_box_offers_to_fetch_it": "a tiny-model run",
    "test_app.py::test_one_enormous_sentence_is_summarised_in_full": "a long input",
    "test_app.py::test_share_link_reproduces_the_summary": "a tiny-model run and a share",
    "test_app_models.py::test_the_page_shows_model_progress_before_the_summary": "a tiny-model run",
    "test_app_reading.py::test_try_an_example_asks_before_replacing_typed_text": "a tiny-model run",
    "test_app_state.py::test_the_session_holds_one_state_object_and_widget_keys": "three runs",
    "test_check_flow.py::test_evaluate_translation_and_summary_with_tiny_models": "tiny-model runs",
    "test_detect.py::test_english_sentences_are_marked": "a corpus through the decision",
    "test_documents.py::test_compression_bomb_stops_at_the_memory_limit": "a bomb in a subprocess",
    "test_documents.py::test_docx_zip_bomb": "a zip bomb",
    "test_documents.py::test_over_max_pages_the_first_pages_are_read_with_a_partial_note": (
        "a long PDF"
    ),
    "test_documents.py::test_time_budget_stops_a_pathological_pdf": "a time limit",
    "test_documents.py::test_title_from_metadata_else_first_heading_and_pages_in_the_provenance": (
        "several PDFs read"
    ),
    "test_documents_entry.py": "documents through the CLI, the API and a link",
    "test_documents_page.py::test_an_uploaded_pdf_is_summarised_with_its_provenance": "a run",
    "test_fetch_limits.py::test_a_dribbled_status_line_or_header_hits_the_deadline": "a deadline",
    "test_fetch_limits.py::test_a_dribbled_tls_handshake_hits_the_deadline": "a deadline",
    "test_fetch_limits.py::test_slow_later_pages_stop_at_the_total_time_budget": "a time budget",
    "test_fetch_limits.py::test_stalled_later_pages_leave_the_first_with_a_warning": "a timeout",
    "test_api_load_benchmark.py": "the load benchmark end to end",
    "test_quota_processes.py": "two processes sharing limits on SQLite and a throwaway PostgreSQL",
    "test_page_limits.py": "page runs and share links through AppTest (a scripted model)",
    "test_queue_browser.py": "a real Chromium against a Streamlit server",
    "test_fairness_benchmark.py": "the fairness benchmark end to end",
    "test_app_queue.py::test_a_full_queue_says_the_demo_is_busy_and_when_to_retry": (
        "a tiny-model run after a refused one"
    ),
    "test_api.py::test_summarize_returns_what_the_cli_prints_with_json": "two tiny-model runs",
    "test_api_remote.py::test_remote_results_are_the_in_process_results": "two tiny-model runs",
    "test_backends.py::test_conversion_runs_in_a_child_process_by_default": "a conversion process",
    "test_bad_input.py::test_one_enormous_sentence_without_punctuation_is_translated_in_full": (
        "a long input through the tiny models"
    ),
    "test_cli.py::test_summarize_json_end_to_end_in_a_subprocess": "the CLI in a subprocess",
    "test_cli.py::test_plain_output_lists_bullets_with_their_source_sentences": "tiny-model run",
    "test_cli.py::test_a_lone_surrogate_is_a_replacement_character_not_a_crash": "tiny-model run",
    "test_cli.py::test_stdin_input": "a tiny-model run",
    "test_cli.py::test_summarize_url_uses_the_same_fetcher": "a tiny-model run",
    "test_cli.py::test_models_can_be_given_as_flags": "a tiny-model run",
    "test_cli.py::test_an_html_file_is_extracted_like_a_fetched_page": "a tiny-model run",
    "test_app.py::test_a_web_page_file_gives_the_same_sentences_in_the_cli_and_on_the_page": (
        "tiny-model runs on the page and in the CLI"
    ),
    "test_concurrency.py::test_eight_threads_ten_requests_each_match_the_same_request_alone": (
        "80 tiny-model requests"
    ),
    "test_devices.py::test_ray_replicas_that_reserve_a_gpu_run_on_it": "imports Ray",
    "test_devices.py::test_the_gpu_check_fails_clearly_without_a_gpu": "tiny-model runs",
    "test_tokenizers.py::test_a_summary_on_ctranslate2_imports_neither_torch_nor_transformers": (
        "the CLI and the API in subprocesses"
    ),
    "test_detect.py::test_lingua_sentences_are_routed_correctly": "a corpus through the decision",
    "test_detect.py::test_regional_check_never_fires_on_indonesian_or_malay": "a corpus, likewise",
    "test_models.py::test_unreachable_hub_with_empty_caches_fails_with_what_to_do": "retries",
    "test_models.py::test_slow_hub_with_empty_caches_fails_after_one_short_wait": "a timeout",
    "test_pipeline.py::test_long_article_is_processed_to_its_last_sentence": "a long article",
    "test_pipeline.py::test_long_english_article_reaches_the_summarizer_in_full": "a long article",
    "test_pipeline.py::test_klikwartaku_gives_an_aligned_result": "a tiny-model run",
    "test_pipeline.py::test_mixed_text_keeps_english_sentences": "a tiny-model run",
    "test_summarize.py::test_tiny_bart_chunks_by_its_own_token_count": "long tiny-model inputs",
    "test_translate.py::test_tiny_marian_translates_long_sentences_through_the_real_tokenizer": (
        "long tiny-model inputs"
    ),
}
# Fixtures (or parameter values) that make every test using them slow.
SLOW_FIXTURES = {
    "ray_api": "a local Ray cluster serving the API",
    "served": "an API server in a subprocess",
    "postgres_dsn": "a throwaway PostgreSQL server",
    "postgres": "a throwaway PostgreSQL server",
    "stand_in": "model downloads from a stand-in hub server",
    "wheel": "builds the wheel",
    "tuning_rates": "the whole language tuning set through the decision (langid_eval)",
}


def slow_reason(item: pytest.Item) -> tuple[str, str] | None:
    """(the table entry, why) when ``item`` is slow; None for a quick test."""
    path, _, name = item.nodeid.partition("::")
    file, function = path.rpartition("/")[2], name.partition("[")[0]
    for key in (file, f"{file}::{function}"):
        if key in SLOW_TESTS:
            return key, SLOW_TESTS[key]
    callspec = getattr(item, "callspec", None)
    values = callspec.params.values() if callspec else ()
    used = {
        *getattr(item, "fixturenames", ()),
        *(value for value in values if isinstance(value, str)),
    }
    return next(((name, why) for name, why in SLOW_FIXTURES.items() if name in used), None)


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
