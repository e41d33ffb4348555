"""The whole flow: text → prepare → detect → translate → summarize → ground → SummaryResult.

A :class:`Pipeline` holds settings and (lazily) the two model backends; it is safe to share
between threads and sessions, because each backend serialises its own use. Front ends turn what a
person gave into an :class:`~summarizer.inputs.ArticleInput` (:mod:`summarizer.inputs`) and call
:meth:`Pipeline.summarize`; :meth:`Pipeline.run` takes plain text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from .backends import Seq2SeqBackend, get_backend
from .config import Settings
from .detect import choose_language, decide, english_sentence_mask
from .errors import InputError
from .ground import ground_bullets
from .inputs import ArticleInput, check_length
from .languages import SOURCE_LANGS
from .limits import BULLETS_RANGE, MAX_BULLETS, MIN_BULLETS
from .result import (
    Coverage,
    Detection,
    LanguageInfo,
    Segment,
    Sentence,
    SourceInfo,
    SummaryResult,
)
from .segment import prepare
from .summarize import summarize_sentences
from .translate import translate_texts

# progress(stage, done, total): stages are prepare, detect, load, translate, summarize, ground.
Progress = Callable[[str, int, int], None]
# partial(sentences, pending): every sentence so far, and the indices whose translation is not
# ready yet (their translation is ""). Called before translating and after each batch.
Partial = Callable[[tuple[Sentence, ...], frozenset[int]], None]


def _no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


class Pipeline:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        translation_backend: Seq2SeqBackend | None = None,
        summarization_backend: Seq2SeqBackend | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self._translation_backend = translation_backend
        self._summarization_backend = summarization_backend

    # Backends are looked up on each use, not kept: the shared registry decides what stays loaded.
    def translation_backend(self) -> Seq2SeqBackend:
        return self._translation_backend or get_backend("translation", self.settings)

    def summarization_backend(self) -> Seq2SeqBackend:
        return self._summarization_backend or get_backend("summarization", self.settings)

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
    ) -> SummaryResult:
        """Summarize ``text``. ``source_lang`` and ``bullets`` default to the settings.

        ``partial`` sees the translation grow (see :data:`Partial`), for front ends that show it.
        """
        settings = self.settings
        forced = source_lang or settings.source_lang
        wanted = bullets if bullets is not None else settings.bullets
        if forced not in SOURCE_LANGS:
            raise InputError(f"Unknown source language {forced!r}; use {', '.join(SOURCE_LANGS)}.")
        if isinstance(wanted, bool) or wanted not in BULLETS_RANGE:
            raise InputError(
                f"The number of bullets must be between {MIN_BULLETS} and {MAX_BULLETS}."
            )
        report = progress or _no_progress
        timings: dict[str, float] = {}
        warnings: list[str] = []

        with _timed(timings, "prepare"):
            report("prepare", 0, 1)
            prepared = prepare(check_length(text, settings))
            warnings.extend(prepared.warnings)
        with _timed(timings, "detect"):
            report("detect", 0, 1)
            language = self._language(prepared.paragraphs, forced, warnings)
        with _timed(timings, "load"):
            report("load", 0, 1)
            # Both backends are taken once, so the whole request uses the same models.
            translator = self.translation_backend() if language.used == "id" else None
            summarizer = self.summarization_backend()
            warnings.extend(_fallback_reasons(translator, summarizer))
        with _timed(timings, "translate"):
            translations = self._translate(prepared.segments, translator, warnings, report, partial)
        sentences = _sentences(prepared.segments, translations)
        with _timed(timings, "summarize"):
            summary = summarize_sentences(
                [sentence.translation for sentence in sentences],
                summarizer,
                bullets=wanted,
                num_beams=settings.num_beams,
                progress=lambda done, total: report("summarize", done, total),
            )
            warnings.extend(summary.warnings)
        with _timed(timings, "ground"):
            report("ground", 0, 1)
            grounded = ground_bullets(summary.bullets, sentences)
        coverage = Coverage(
            sentences_total=len(sentences),
            sentences_translated=len(sentences),
            chunks_total=len(summary.chunks),
            # Every chunk is summarized or the run fails with an error: nothing is skipped.
            chunks_summarized=len(summary.chunks),
            skipped=tuple(f"boilerplate line: {line}" for line in prepared.removed),
        )
        return SummaryResult(
            language=language,
            sentences=sentences,
            bullets=grounded,
            models=self._models(translator, summarizer),
            timings={stage: round(seconds, 4) for stage, seconds in timings.items()},
            warnings=tuple(warnings),
            coverage=coverage,
            source=source or SourceInfo(),
        )

    def summarize(
        self,
        article: ArticleInput,
        *,
        source_lang: str | None = None,
        bullets: int | None = None,
        progress: Progress | None = None,
        partial: Partial | None = None,
    ) -> SummaryResult:
        """Summarize an article from :mod:`summarizer.inputs`: its source is kept in the result,
        and its warnings (partial page, no article found, ...) come before the pipeline's."""
        result = self.run(
            article.text,
            source_lang=source_lang,
            bullets=bullets,
            source=article.source,
            progress=progress,
            partial=partial,
        )
        if not article.warnings:
            return result
        return replace(result, warnings=(*article.warnings, *result.warnings))

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
        report: Progress,
        partial: Partial | None = None,
    ) -> list[str]:
        texts = [segment.text for segment in segments]
        if translator is None:  # English input
            if partial is not None:
                partial(_sentences(segments, texts), frozenset())
            return texts
        keep_english = english_sentence_mask(texts, seed=self.settings.seed)
        to_translate = [
            text for text, english in zip(texts, keep_english, strict=True) if not english
        ]
        if any(keep_english):
            count = sum(keep_english)
            warnings.append(
                f"{count} sentence{'s are' if count != 1 else ' is'} already in English and "
                "kept as written."
            )
        report("translate", 0, len(to_translate))
        outcome = translate_texts(
            to_translate,
            translator,
            num_beams=self.settings.num_beams,
            batch_size=self.settings.translation_batch_size,
            progress=lambda done, total: report("translate", done, total),
            on_batch=_partial_reporter(segments, keep_english, partial),
        )
        warnings.extend(outcome.warnings)
        translated = iter(outcome.translations)
        return [
            text if english else next(translated)
            for text, english in zip(texts, keep_english, strict=True)
        ]

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


def _fallback_reasons(*backends: Seq2SeqBackend | None) -> list[str]:
    """Why a backend runs on plain transformers instead of CTranslate2 (slower), if it does."""
    reasons = (backend.fallback_reason for backend in backends if backend is not None)
    return [f"Running slower than usual: {reason}." for reason in reasons if reason]


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
