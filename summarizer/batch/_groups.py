"""A group of articles through the pipeline together (both engines use this, so they give the
same results): the sentences of the whole group are translated in shared batches
(:meth:`~summarizer.pipeline.Pipeline.summarize_many`), and every article gets its record."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.batch._items import BatchItem
from summarizer.batch._records import Record, error_record, result_record
from summarizer.errors import ConfigError, ModelLoadError
from summarizer.inputs import ArticleInput
from summarizer.pipeline import ManyOptions, Pipeline
from summarizer.result import SummaryResult

Loaded = ArticleInput | BaseException
# Failures of the run, not of an article: they stop it (else every article would get an error
# line, and a resumed run would skip them all).
RUN_WIDE = (ModelLoadError, ConfigError)


def summarize_group(
    pipeline: Pipeline, items: Sequence[BatchItem], loaded: Sequence[Loaded]
) -> list[Record]:
    """One record per item, in order; never raises for an article's failure."""
    ready = [
        (item, article)
        for item, article in zip(items, loaded, strict=True)
        if isinstance(article, ArticleInput)
    ]
    articles = [article for _, article in ready]
    options = [_options(item) for item, _ in ready]
    try:
        outcomes: list[SummaryResult | BaseException] = list(
            pipeline.summarize_many(articles, options)
        )
    except Exception:  # a bug on the shared path: each article on its own, so it fails alone
        outcomes = [
            _alone(pipeline, article, option)
            for article, option in zip(articles, options, strict=True)
        ]
    for outcome in outcomes:
        if isinstance(outcome, RUN_WIDE):
            raise outcome
    by_item = {id(item): outcome for (item, _), outcome in zip(ready, outcomes, strict=True)}
    return [
        _record(item, by_item.get(id(item), article))
        for item, article in zip(items, loaded, strict=True)
    ]


def _options(item: BatchItem) -> ManyOptions:
    return ManyOptions(bullets=item.bullets, source_lang=item.source_lang)


def _alone(
    pipeline: Pipeline, article: ArticleInput, option: ManyOptions
) -> SummaryResult | BaseException:
    try:
        return pipeline.summarize(article, **option)
    except Exception as error:
        return error


def _record(item: BatchItem, outcome: SummaryResult | Loaded) -> Record:
    if isinstance(outcome, SummaryResult):
        return result_record(item.id, outcome)
    if isinstance(outcome, BaseException):
        return error_record(item.id, outcome)
    raise TypeError("an article that loaded has a result or an error")  # pragma: no cover
