"""The surface every front end uses of a pipeline, whichever runs the models.

The page, the API and the CLI call only this: :class:`summarizer.pipeline.Pipeline` (models in
this process) and :class:`summarizer.pipeline.RemotePipeline` (models behind the HTTP API) both
satisfy it, so no front end's behaviour depends on which one serves it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, TypedDict, Unpack, runtime_checkable

from summarizer.config import Settings
from summarizer.inputs import ArticleInput
from summarizer.result import Detection, Sentence, SourceInfo, SummaryResult

# progress(stage, done, total): stages are prepare, detect, load, translate, summarize, ground.
Progress = Callable[[str, int, int], None]
# partial(sentences, pending): every sentence so far, and the indices whose translation is not
# ready yet (their translation is ""). Called before translating and after each batch.
Partial = Callable[[tuple[Sentence, ...], frozenset[int]], None]


class RunOptions(TypedDict, total=False):
    """The options of :meth:`Summarizer.run` that :meth:`Summarizer.summarize` passes on."""

    source_lang: str | None
    bullets: int | None
    progress: Progress | None
    partial: Partial | None
    glossary: Mapping[str, str] | None  # {Indonesian term: English rendering} (summarizer.check)


@runtime_checkable
class Summarizer(Protocol):
    """A pipeline as front ends use it. Implementations are safe to share between threads."""

    settings: Settings

    def summarize(self, article: ArticleInput, **options: Unpack[RunOptions]) -> SummaryResult:
        """Summarise an article from :mod:`summarizer.inputs` (its source and warnings kept)."""
        ...

    def run(
        self,
        text: str,
        *,
        source_lang: str | None = None,
        bullets: int | None = None,
        source: SourceInfo | None = None,
        progress: Progress | None = None,
        partial: Partial | None = None,
        glossary: Mapping[str, str] | None = None,
    ) -> SummaryResult:
        """Summarise plain ``text``; ``source_lang`` and ``bullets`` default to the settings."""
        ...

    def detect(self, text: str) -> Detection:
        """The language decision ``run`` takes on ``text``."""
        ...
