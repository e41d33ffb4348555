"""The library calls the API makes, in one place: input through ``summarizer.inputs._article`` (the
same layer the CLI and the page use), then ``summarize(article, ...)`` of whichever
:class:`summarizer.pipeline.Summarizer` serves (the in-process pipeline, or one whose backends are
Ray Serve deployments)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from summarizer.config import Settings
from summarizer.inputs import from_text, from_url
from summarizer.pipeline import Summarizer
from summarizer.result import Detection, SummaryResult


def summarize(
    pipeline: Summarizer,
    *,
    text: str | None,
    url: str | None,
    bullets: int | None,
    source_lang: str | None,
    glossary: Mapping[str, str] | None = None,
) -> SummaryResult:
    """Summarise ``text``, or the article at ``url`` (fetched through the library's URL guard)."""
    settings = pipeline.settings
    article = from_url(url, settings) if url is not None else from_text(text or "", settings)
    extra = {"glossary": glossary} if glossary is not None else {}
    return pipeline.summarize(article, bullets=bullets, source_lang=source_lang, **extra)


def detect(pipeline: Summarizer, text: str) -> Detection:
    return pipeline.detect(text)


def extract(url: str, settings: Settings) -> dict[str, Any]:
    """The article at ``url`` as ``extract --json`` prints it."""
    from summarizer.inputs import load_article

    return load_article(url, settings).to_dict()
