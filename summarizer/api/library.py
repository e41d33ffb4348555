"""The library calls the API makes, in one place.

When the pipeline's input API changes (``summarizer.inputs``: ``from_text``/``from_url`` and
``Pipeline.summarize(article, ...)``), only the bodies of these functions change.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..config import Settings
from ..result import Detection, SourceInfo, SummaryResult


class PipelineLike(Protocol):
    """What the API needs of a pipeline: the in-process one, or one backed by Ray Serve."""

    settings: Settings

    def run(
        self,
        text: str,
        *,
        source_lang: str | None = None,
        bullets: int | None = None,
        source: SourceInfo | None = None,
    ) -> SummaryResult: ...

    def run_url(self, url: str, **options: Any) -> SummaryResult: ...

    def detect(self, text: str) -> Detection: ...


def summarize(
    pipeline: PipelineLike,
    *,
    text: str | None,
    url: str | None,
    bullets: int | None,
    source_lang: str | None,
) -> SummaryResult:
    """Summarise ``text``, or the article at ``url`` (fetched through the library's URL guard)."""
    options = {"bullets": bullets, "source_lang": source_lang}
    if url is not None:
        return pipeline.run_url(url, **options)
    return pipeline.run(text or "", **options)


def detect(pipeline: PipelineLike, text: str) -> Detection:
    return pipeline.detect(text)


def extract(url: str, settings: Settings) -> dict[str, Any]:
    """The article at ``url`` as ``extract --json`` prints it."""
    from ..extract import load_article

    return load_article(url, settings).to_dict()
