"""What the page keeps between runs, shared by every session of the process, and the example.

The page keeps one backend pool for the process (its loaded models), one queue of model work for
the process (:class:`summarizer.admission.RunQueue`), one pipeline per settings
(in-process, or the HTTP API at ``SUMMARIZER_API_URL``: see :mod:`summarizer.pipeline._remote`),
recently fetched articles (:class:`summarizer.inputs.ArticleCache`), and its metrics and
per-visitor limits (:mod:`summarizer.quota`).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import streamlit as st

from summarizer.admission import SIZE_HELP, RunQueue
from summarizer.config import Settings
from summarizer.inputs import ArticleCache, ArticleInput
from summarizer.models import BackendPool
from summarizer.pipeline import Summarizer
from summarizer.pipeline import pipeline_for as library_pipeline_for
from summarizer.quota import QUEUE_LENGTH, Metrics, Quota
from summarizer.result import SourceInfo

EXAMPLE_PATH = Path(__file__).resolve().parents[1] / "examples" / "klikwartaku-kim-lavrov.txt"

RESULTS_KEPT, RESULT_TTL_S = 32, 6 * 3600
ARTICLES_KEPT, ARTICLE_TTL_S = 32, 15 * 60  # a fetched article is fetched again after 15 minutes


@st.cache_resource(show_spinner=False)
def backend_pool() -> BackendPool:
    """The page's loaded models, shared by every session and pipeline of the process."""
    return BackendPool()


@st.cache_resource(show_spinner=False, max_entries=8)
def pipeline_for(settings: Settings) -> Summarizer:
    """One pipeline per settings: the in-process one, on the page's backend pool, or a client of
    the HTTP API when ``SUMMARIZER_API_URL`` is set."""
    return library_pipeline_for(settings, backend_pool())


@st.cache_resource(show_spinner=False)
def metrics() -> Metrics:
    """The page's runs, refusals and model seconds (the queue registers its length here)."""
    return Metrics()


def quota_for(settings: Settings) -> Quota:
    """The per-visitor limits, over the share links' database (one per database and limits)."""
    return _quota(
        settings.share_db,
        settings.cache_dir,
        settings.runs_per_10_minutes,
        settings.chars_per_hour,
        settings.trusted_proxies,
    )


@st.cache_resource(show_spinner=False, max_entries=4)
def _quota(share_db: str, cache_dir: str, runs: int, chars: int, proxies: tuple[str, ...]) -> Quota:
    limits = Settings().replace(
        share_db=share_db,
        cache_dir=cache_dir,
        runs_per_10_minutes=runs,
        chars_per_hour=chars,
        trusted_proxies=proxies,
    )
    return Quota(limits, metrics())


@st.cache_resource(show_spinner=False)
def run_queue(runs: int, length: int) -> RunQueue:
    """The page's queue of model work, shared by every session of the process: first come, first
    served, ``SUMMARIZER_QUEUE_RUNS`` at a time, ``SUMMARIZER_QUEUE_LENGTH`` more in line. Its
    length is a gauge of the page's metrics, its refusals counted there."""
    queue = RunQueue(runs, length, on_reject=metrics().reject)
    metrics().gauge(QUEUE_LENGTH, SIZE_HELP, read=queue.size)
    return queue


@st.cache_resource(show_spinner=False)
def article_cache() -> ArticleCache:
    return ArticleCache(ARTICLES_KEPT, ARTICLE_TTL_S)


def read_example() -> tuple[str, SourceInfo]:
    """The bundled example: a "Source: Site (host), year." line, a blank line, the article."""
    raw = EXAMPLE_PATH.read_text(encoding="utf-8")
    header, _, body = raw.partition("\n\n")
    match = re.match(r"Source:\s*(?P<site>[^(,]+?)\s*(?:\([^)]*\))?,\s*(?P<year>\d{4})", header)
    text = body.strip()
    return text, SourceInfo(
        title=text.splitlines()[0] if text else None,
        site=match.group("site") if match else None,
        date=match.group("year") if match else None,
    )


def with_example_source(article: ArticleInput) -> ArticleInput:
    """``article`` with the example's source when it is the bundled example's text."""
    try:
        text, source = read_example()
    except OSError:
        return article
    if article.text.strip() != text:
        return article
    return dataclasses.replace(article, source=source)
