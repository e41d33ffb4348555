"""The whole flow: text → prepare → detect → translate → summarize → ground → SummaryResult.

A :class:`Pipeline` holds settings and takes the two model backends from a
:class:`~summarizer.models.BackendPool` (the front end's, or its own); it is safe to share between
threads and sessions, because each backend guards its own use (its lock admits as many calls as
the model has workers). Front ends turn what a person gave into an
:class:`~summarizer.inputs.ArticleInput` (:mod:`summarizer.inputs._article`) and call
:meth:`Pipeline.summarize`; :meth:`Pipeline.run` takes plain text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import NamedTuple, TypedDict, Unpack

from summarizer.check import (
    NO_GLOSSARY,
    Glossary,
    Protected,
    check_sentences,
    finish,
    flag_doubtful_bullets,
    glossary_from_mapping,
    protect,
    read_glossary,
    restore_partial,
)
from summarizer.config import Settings, env_name
from summarizer.errors import InputError, SummarizerError
from summarizer.generate import (
    SummaryOutcome,
    summarize_sentences,
    translate_many,
    translate_texts,
)
from summarizer.ground import ground_bullets
from summarizer.inputs import ArticleInput, check_length
from summarizer.lang import SOURCE_LANGS, choose_language, decide, english_sentence_mask
from summarizer.limits import check_bullets
from summarizer.models import BackendPool, Role, Seq2SeqBackend
from summarizer.pipeline._protocol import Partial, Progress, RunOptions
from summarizer.result import (
    Coverage,
    Detection,
    LanguageInfo,
    Segment,
    Sentence,
    SourceInfo,
    SummaryResult,
    TermApplied,
)
from summarizer.text import PreparedText, prepare


def _no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


class Pipeline:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        pool: BackendPool | None = None,
        translation_backend: Seq2SeqBackend | None = None,
        summarization_backend: Seq2SeqBackend | None = None,
    ) -> None:
        """``pool``: the front end's loaded models (default: a pool of this pipeline's own).
        ``translation_backend``/``summarization_backend`` replace the pool's for that role."""
        self.settings = settings or Settings.from_env()
        self.pool = pool if pool is not None else BackendPool()
        self._translation_backend = translation_backend
        self._summarization_backend = summarization_backend

    # Backends are looked up on each use, not kept: the pool decides what stays loaded.
    def translation_backend(self) -> Seq2SeqBackend:
        return self._translation_backend or self.pool.get(Role.TRANSLATION, self.settings)

    def summarization_backend(self) -> Seq2SeqBackend:
        return self._summarization_backend or self.pool.get(Role.SUMMARIZATION, self.settings)

    def detect(self, text: str) -> Detection:
        """The language decision ``run`` takes on ``text`` (with the language setting)."""
        prepared = prepare(check_length(text, self.settings))
        return self._decide(prepared.paragraphs, self.settings.source_lang)

    def _decide(self, paragraphs: Sequence[str], forced: str) -> Detection:
        return decide(" ".join(paragraphs), forced, seed=self.settings.seed)

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
        """Summarize ``text``. ``source_lang`` and ``bullets`` default to the settings.

        ``partial`` sees the translation grow (see :data:`Partial`), for front ends that show it.
        ``glossary`` ({term: rendering}) adds to the settings' glossary file, and wins over it.
        """
        report = progress or _no_progress
        job = self._start(text, source_lang, bullets, source, report, glossary)
        with _timed(job.timings, "translate"):
            translations = self._translate(
                job.prepared.segments, job.translator, job.warnings, report, partial, job.terms
            )
        return self._finish(job, translations, report)

    def summarize(self, article: ArticleInput, **options: Unpack[RunOptions]) -> SummaryResult:
        """Summarize an article from :mod:`summarizer.inputs._article` (``options`` as in
        :meth:`run`): its source is kept in the result, and its warnings (partial page, no article
        found, ...) come before the pipeline's."""
        return _with_input_warnings(
            article, self.run(article.text, source=article.source, **options)
        )

    def glossary_for(self, extra: Mapping[str, str] | None) -> Glossary:
        """The settings' glossary file, with ``extra`` (a request's own terms) over it."""
        path = self.settings.glossary
        found = read_glossary(path, env_name("glossary")) if path else NO_GLOSSARY
        return found.merged(glossary_from_mapping(extra, "glossary")) if extra else found

    def summarize_many(
        self, articles: Sequence[ArticleInput], options: Sequence[ManyOptions] | None = None
    ) -> list[SummaryResult | SummarizerError]:
        """Several articles at once, their sentences translated together: the sentences of all
        of them are batched by length across articles, so several short articles go through the
        model in one batch. ``options`` (bullets, source_lang) are per article.

        One entry per article, in order: its result, or the library error it failed with; one
        failing article never fails the others.
        """
        wanted = options if options is not None else [ManyOptions()] * len(articles)
        jobs: list[_Job | SummarizerError] = []
        for article, option in zip(articles, wanted, strict=True):
            try:
                jobs.append(self._start(article.text, source=article.source, **option))
            except SummarizerError as error:
                jobs.append(error)
        started = [job for job in jobs if isinstance(job, _Job)]
        translated = dict(zip(map(id, started), self._translate_jointly(started), strict=True))
        results: list[SummaryResult | SummarizerError] = []
        for article, job in zip(articles, jobs, strict=True):
            outcome = job if isinstance(job, SummarizerError) else translated[id(job)]
            if isinstance(outcome, SummarizerError):
                results.append(outcome)
                continue
            try:
                results.append(_with_input_warnings(article, self._finish(job, outcome)))
            except SummarizerError as error:
                results.append(error)
        return results

    def _start(
        self,
        text: str,
        source_lang: str | None = None,
        bullets: int | None = None,
        source: SourceInfo | None = None,
        report: Progress = _no_progress,
        glossary: Mapping[str, str] | None = None,
    ) -> _Job:
        """Everything before translation: the request checked, the text prepared, the language
        decided, the models taken."""
        forced, wanted = self._request(source_lang, bullets)
        terms = self.glossary_for(glossary)
        timings: dict[str, float] = {}
        warnings: list[str] = []
        with _timed(timings, "prepare"):
            report("prepare", 0, 1)
            prepared = prepare(check_length(text, self.settings))
            warnings.extend(prepared.warnings)
        with _timed(timings, "detect"):
            report("detect", 0, 1)
            language = self._language(prepared.paragraphs, forced, warnings)
        with _timed(timings, "load"):
            report("load", 0, 1)
            translator, summarizer = self._backends(language, warnings)
        return _Job(
            prepared, language, translator, summarizer, wanted, source, warnings, timings, terms
        )

    def _finish(
        self, job: _Job, translations: _Translations, report: Progress = _no_progress
    ) -> SummaryResult:
        """Everything after translation: summary, grounding, the result."""
        # Each translated sentence held against its source (summarizer.check).
        sentences = check_sentences(
            _sentences(job.prepared.segments, translations.texts), translations.checked
        )
        with _timed(job.timings, "summarize"):
            summary = self._summarize(sentences, job.summarizer, job.bullets, report)
            job.warnings.extend(summary.warnings)
        with _timed(job.timings, "ground"):
            report("ground", 0, 1)
            grounded = flag_doubtful_bullets(ground_bullets(summary.bullets, sentences), sentences)
        return SummaryResult(
            language=job.language,
            sentences=sentences,
            bullets=grounded,
            models=self._models(job.translator, job.summarizer),
            timings={stage: round(seconds, 4) for stage, seconds in job.timings.items()},
            warnings=tuple(job.warnings),
            coverage=_coverage(job.prepared, translations.translated, summary),
            source=job.source or SourceInfo(),
            terms=translations.terms,
        )

    def _translate_jointly(self, jobs: Sequence[_Job]) -> list[_Translations | SummarizerError]:
        """Each job's translations, in order: the sentences of all jobs that share a translator
        batched together; when that fails, each job on its own, so only the article that fails
        gets the error."""
        results: dict[int, _Translations | SummarizerError] = {}
        shared: dict[int, tuple[Seq2SeqBackend, list[int]]] = {}
        for position, job in enumerate(jobs):
            if job.translator is None:  # English input
                with _timed(job.timings, "translate"):
                    results[position] = self._translate(job.prepared.segments, None, job.warnings)
            else:
                shared.setdefault(id(job.translator), (job.translator, []))[1].append(position)
        for translator, positions in shared.values():
            group = [jobs[position] for position in positions]
            outcomes = self._translate_group(translator, group)
            results.update(zip(positions, outcomes, strict=True))
        return [results[position] for position in range(len(jobs))]

    def _translate_group(
        self, translator: Seq2SeqBackend, jobs: Sequence[_Job]
    ) -> list[_Translations | SummarizerError]:
        texts = [[segment.text for segment in job.prepared.segments] for job in jobs]
        notes: list[list[str]] = [[] for _ in jobs]
        kept = [self._kept_english(text, note) for text, note in zip(texts, notes, strict=True)]
        # Names and glossary terms go to the model as placeholders (summarizer.check).
        protected = [
            [protect(text, job.terms) for text in _to_translate(text, keep)]
            for job, text, keep in zip(jobs, texts, kept, strict=True)
        ]
        started = time.perf_counter()
        try:
            outcomes = translate_many(
                [[item.text for item in items] for items in protected],
                translator,
                num_beams=self.settings.num_beams,
                batch_size=self.settings.translation_batch_size,
            )
        except SummarizerError:  # one article's sentence failed: each on its own
            return [self._translate_alone(job) for job in jobs]
        seconds = time.perf_counter() - started
        results: list[_Translations | SummarizerError] = []
        for job, keep, note, items, outcome in zip(
            jobs, kept, notes, protected, outcomes, strict=True
        ):
            job.timings["translate"] = seconds  # the joint translation's time, for each
            job.warnings.extend([*note, *outcome.warnings])
            try:
                results.append(
                    self._restored(
                        job.prepared.segments,
                        keep,
                        items,
                        outcome.translations,
                        translator,
                        job.warnings,
                    )
                )
            except SummarizerError as error:
                results.append(error)
        return results

    def _translate_alone(self, job: _Job) -> _Translations | SummarizerError:
        try:
            with _timed(job.timings, "translate"):
                return self._translate(
                    job.prepared.segments, job.translator, job.warnings, terms=job.terms
                )
        except SummarizerError as error:
            return error

    def _request(self, source_lang: str | None, bullets: int | None) -> tuple[str, int]:
        """The source language and bullet count asked for (else the settings'), checked."""
        forced = source_lang or self.settings.source_lang
        wanted = bullets if bullets is not None else self.settings.bullets
        if forced not in SOURCE_LANGS:
            raise InputError(f"Unknown source language {forced!r}; use {', '.join(SOURCE_LANGS)}.")
        return forced, check_bullets(wanted)

    def _backends(
        self, language: LanguageInfo, warnings: list[str]
    ) -> tuple[Seq2SeqBackend | None, Seq2SeqBackend]:
        """The translator (None for English input) and the summarizer, taken once, so the whole
        request uses the same models."""
        translator = self.translation_backend() if language.used == "id" else None
        summarizer = self.summarization_backend()
        warnings.extend(_fallback_notes(translator, summarizer))
        return translator, summarizer

    def _summarize(
        self,
        sentences: Sequence[Sentence],
        summarizer: Seq2SeqBackend,
        bullets: int,
        report: Progress,
    ) -> SummaryOutcome:
        return summarize_sentences(
            [sentence.translation for sentence in sentences],
            summarizer,
            bullets=bullets,
            num_beams=self.settings.num_beams,
            map_beams=self.settings.map_beams,
            progress=lambda done, total: report("summarize", done, total),
        )

    def _language(
        self, paragraphs: Sequence[str], forced: str, warnings: list[str]
    ) -> LanguageInfo:
        detection = self._decide(paragraphs, forced)  # the same decision as ``detect``
        used = choose_language(detection, forced)
        warnings.extend(detection.warnings)
        return LanguageInfo(detection.language, detection.probability, used, detection.candidates)

    def _translate(
        self,
        segments: Sequence[Segment],
        translator: Seq2SeqBackend | None,
        warnings: list[str],
        report: Progress = _no_progress,
        partial: Partial | None = None,
        terms: Glossary = NO_GLOSSARY,
    ) -> _Translations:
        texts = [segment.text for segment in segments]
        if translator is None:  # English input
            if partial is not None:
                partial(_sentences(segments, texts), frozenset())
            return _Translations(texts, translated=0)
        keep_english = self._kept_english(texts, warnings)
        to_translate = _to_translate(texts, keep_english)
        report("translate", 0, len(to_translate))
        # Names and glossary terms go to the model as placeholders (summarizer.check).
        protected = [protect(text, terms) for text in to_translate]
        reporter = _partial_reporter(segments, keep_english, partial)
        outcome = translate_texts(
            [item.text for item in protected],
            translator,
            num_beams=self.settings.num_beams,
            batch_size=self.settings.translation_batch_size,
            progress=lambda done, total: report("translate", done, total),
            on_batch=None
            if reporter is None
            else lambda done: reporter(
                {i: restore_partial(text, protected[i]) for i, text in done.items()}
            ),
        )
        warnings.extend(outcome.warnings)
        return self._restored(
            segments, keep_english, protected, outcome.translations, translator, warnings
        )

    def _restored(
        self,
        segments: Sequence[Segment],
        keep_english: Sequence[bool],
        protected: Sequence[Protected],
        translations: Sequence[str],
        translator: Seq2SeqBackend,
        warnings: list[str],
    ) -> _Translations:
        """The placeholders put back (a sentence whose output lost one is translated again
        without them), merged with the sentences kept as English."""

        def again(originals: Sequence[str]) -> tuple[str, ...]:
            retried = translate_texts(
                originals,
                translator,
                num_beams=self.settings.num_beams,
                batch_size=self.settings.translation_batch_size,
            )
            warnings.extend(retried.warnings)
            return retried.translations

        finished = finish(protected, translations, again)
        warnings.extend(finished.warnings)
        merged = _merged(
            [segment.text for segment in segments], keep_english, finished.translations
        )
        positions = [segments[i].index for i, english in enumerate(keep_english) if not english]
        return merged._replace(
            terms=tuple(
                replace(term, sentence=positions[term.sentence]) for term in finished.terms
            ),
            checked=frozenset(positions),
        )

    def _kept_english(self, texts: Sequence[str], warnings: list[str]) -> list[bool]:
        """Which sentences are already English and kept as written (the reader is told)."""
        keep_english = english_sentence_mask(texts, seed=self.settings.seed)
        if any(keep_english):
            count = sum(keep_english)
            warnings.append(
                f"{count} sentence{'s are' if count != 1 else ' is'} already in English and "
                "kept as written."
            )
        return list(keep_english)

    def _models(
        self, translator: Seq2SeqBackend | None, summarizer: Seq2SeqBackend
    ) -> dict[str, str]:
        models = {"summarization": summarizer.model_id}
        backends = {"summarization": summarizer.name}
        if translator is not None:
            models["translation"] = translator.model_id
            backends["translation"] = translator.name
        else:
            models["translation"] = "none (the text is already English)"
        models["backend"] = ", ".join(f"{role}: {name}" for role, name in sorted(backends.items()))
        return models


class _Translations(NamedTuple):
    texts: list[str]  # each segment's English: its translation, or itself when kept as written
    translated: int  # how many went through the translation model
    terms: tuple[TermApplied, ...] = ()  # glossary terms and names kept, by segment index
    checked: frozenset[int] = frozenset()  # indices of the segments the model translated


class ManyOptions(TypedDict, total=False):
    """Per-article options of :meth:`Pipeline.summarize_many`."""

    source_lang: str | None
    bullets: int | None
    glossary: Mapping[str, str] | None


@dataclass
class _Job:
    """One article between the stages of a run: what :meth:`Pipeline._start` decided."""

    prepared: PreparedText
    language: LanguageInfo
    translator: Seq2SeqBackend | None
    summarizer: Seq2SeqBackend
    bullets: int
    source: SourceInfo | None
    warnings: list[str]
    timings: dict[str, float]
    terms: Glossary = NO_GLOSSARY  # the settings' glossary with the request's over it


def _to_translate(texts: Sequence[str], keep_english: Sequence[bool]) -> list[str]:
    return [text for text, english in zip(texts, keep_english, strict=True) if not english]


def _merged(
    texts: Sequence[str], keep_english: Sequence[bool], translations: Sequence[str]
) -> _Translations:
    """Each text's English: its translation, or itself when kept as written."""
    translated = iter(translations)
    merged = [
        text if english else next(translated)
        for text, english in zip(texts, keep_english, strict=True)
    ]
    return _Translations(merged, translated=len(translations))


def _with_input_warnings(article: ArticleInput, result: SummaryResult) -> SummaryResult:
    """The article's own warnings (partial page, no article found, ...) before the pipeline's."""
    if not article.warnings:
        return result
    return replace(result, warnings=(*article.warnings, *result.warnings))


def _coverage(prepared: PreparedText, translated: int, summary: SummaryOutcome) -> Coverage:
    return Coverage(
        sentences_total=len(prepared.segments),
        sentences_translated=translated,
        chunks_total=len(summary.chunks),
        # Every chunk is summarized or the run fails with an error: nothing is skipped.
        chunks_summarized=len(summary.chunks),
        skipped=tuple(f"boilerplate line: {line}" for line in prepared.removed),
    )


def _sentences(segments: Sequence[Segment], translations: Sequence[str]) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(segment.index, segment.paragraph, segment.text, translation)
        for segment, translation in zip(segments, translations, strict=True)
    )


def _partial_reporter(
    segments: Sequence[Segment], keep_english: Sequence[bool], partial: Partial | None
) -> Callable[[dict[int, str]], None] | None:
    """A translate_texts batch callback that calls ``partial`` with the sentences so far."""
    if partial is None:
        return None
    # Position among the texts sent to the model -> position among all segments.
    positions = [i for i, english in enumerate(keep_english) if not english]
    translations = [
        seg.text if english else "" for seg, english in zip(segments, keep_english, strict=True)
    ]
    pending = set(positions)

    def report(completed: dict[int, str]) -> None:
        for sent, translation in completed.items():
            translations[positions[sent]] = translation
            pending.discard(positions[sent])
        partial(_sentences(segments, translations), frozenset(pending))

    report({})  # every sentence, before the first batch
    return report


def _fallback_notes(translator: Seq2SeqBackend | None, summarizer: Seq2SeqBackend) -> list[str]:
    """That a model runs on plain transformers instead of CTranslate2 (slower), if one does. The
    result is for any reader, so the reason (it may name a model directory) stays in the log."""
    roles = {"translation": translator, "summarization": summarizer}
    return [
        f"Running slower than usual: CTranslate2 is unavailable for the {role} model, so plain "
        "transformers runs it (the server's log says why)."
        for role, backend in roles.items()
        if backend is not None and backend.fallback_reason
    ]


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
