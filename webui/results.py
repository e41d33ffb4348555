"""What the page keeps between runs, shared by every session of the process, and the example.

The models live once per process in the library; here the page keeps one :class:`Pipeline` per
settings, recent results (identical article and settings give the same summary, so they are not
computed again) and recently fetched articles (:class:`summarizer.inputs.ArticleCache`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import threading
from pathlib import Path

import streamlit as st
from cachetools import TTLCache

from summarizer.config import Settings
from summarizer.inputs import ArticleCache, ArticleInput
from summarizer.pipeline import Pipeline, Progress
from summarizer.result import SourceInfo, SummaryResult

EXAMPLE_PATH = Path(__file__).resolve().parents[1] / "examples" / "klikwartaku-kim-lavrov.txt"

RESULTS_KEPT, RESULT_TTL_S = 32, 6 * 3600
ARTICLES_KEPT, ARTICLE_TTL_S = 32, 15 * 60  # a fetched article is fetched again after 15 minutes


@st.cache_resource(show_spinner=False, max_entries=8)
def pipeline_for(settings: Settings) -> Pipeline:
    """One Pipeline per settings; the models behind it load once per process and are shared."""
    return Pipeline(settings)


@st.cache_resource(show_spinner=False)
def article_cache() -> ArticleCache:
    return ArticleCache(ARTICLES_KEPT, ARTICLE_TTL_S)


@st.cache_resource(show_spinner=False)
def _results() -> tuple[TTLCache[str, SummaryResult], threading.Lock]:
    # cachetools caches are not thread-safe; every session of the process shares this one.
    return TTLCache(RESULTS_KEPT, RESULT_TTL_S), threading.Lock()


def result_key(article: ArticleInput, settings: Settings) -> str:
    """A digest of everything that decides the result: the article (text, source, notes), the
    settings; ASCII JSON, so any text (even a lone surrogate) has a key."""
    payload = json.dumps(
        [dataclasses.asdict(article), dataclasses.asdict(settings)], sort_keys=True, default=str
    )
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def summarize(
    article: ArticleInput, settings: Settings, progress: Progress
) -> tuple[SummaryResult, bool]:
    """The summary of ``article`` with ``settings``, and whether it came from the cache."""
    key = result_key(article, settings)
    cache, lock = _results()
    with lock:
        cached = cache.get(key)
    if cached is not None:
        return cached, True
    result = pipeline_for(settings).summarize(
        article, source_lang=settings.source_lang, bullets=settings.bullets, progress=progress
    )
    with lock:
        cache[key] = result
    return result, False


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
