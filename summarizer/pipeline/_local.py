"""The whole flow: text → prepare → detect → translate → summarize → ground → SummaryResult.

A :class:`Pipeline` holds settings and (lazily) the two model backends; it is safe to share
between threads and sessions, because each backend serialises its own use. Front ends turn what a
person gave into an :class:`~summarizer.inputs.ArticleInput`
(:mod:`summarizer.inputs._article`) and call :meth:`Pipeline.summarize`; :meth:`Pipeline.run` takes
plain text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import NamedTuple, Unpack

from summarizer.check import (
    NO_GLOSSARY,
    Glossary,
    check_sentences,
    finish,
    flag_doubtful_bullets,
    glossary_from_mapping,
    protect,
    read_glossary,
    restore_partial,
)
from summarizer.config import Settings, env_name
from summarizer.errors import InputError
from summarizer.generate import SummaryOutcome, summarize_sentences, translate_texts
from summarizer.ground import ground_bullets
from summarizer.inputs import ArticleInput, check_length
from summarizer.lang import SOURCE_LANGS, choose_language, decide, english_sentence_mask
from summarizer.limits import BULLETS_RANGE, MAX_BULLETS, MIN_BULLETS
from summarizer.models import Seq2SeqBackend, get_backend
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
        glossary: Mapping[str, str] | None = None,
    ) -> SummaryResult:
        """Summarize ``text``. ``source_lang`` and ``bullets`` default to the settings.

        ``partial`` sees the translation grow (see :data:`Partial`), for front ends that show it.
        ``glossary`` ({term: rendering}) adds to the settings' glossary file, and wins over it.
        """
        forced, wanted = self._request(source_lang, bullets)
        terms = self.glossary_for(glossary)
        report = progress or _no_progress
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
        with _timed(timings, "translate"):
            translations = self._translate(
                prepared.segments, translator, warnings, report, partial, terms
            )
        # Each translated sentence held against its source (summarizer.check).
        sentences = check_sentences(
            _sentences(prepared.segments, translations.texts), translations.checked
        )
        with _timed(timings, "summarize"):
            summary = self._summarize(sentences, summarizer, wanted, report)
            warnings.extend(summary.warnings)
        with _timed(timings, "ground"):
            report("ground", 0, 1)
            grounded = flag_doubtful_bullets(ground_bullets(summary.bullets, sentences), sentences)
        return SummaryResult(
            language=language,
            sentences=sentences,
            bullets=grounded,
            models=self._models(translator, summarizer),
            timings={stage: round(seconds, 4) for stage, seconds in timings.items()},
            warnings=tuple(warnings),
            coverage=_coverage(prepared, translations.translated, summary),
            source=source or SourceInfo(),
            terms=translations.terms,
        )

    def summarize(self, article: ArticleInput, **options: Unpack[RunOptions]) -> SummaryResult:
        """Summarize an article from :mod:`summarizer.inputs._article` (``options`` as in
        :meth:`run`): its source is kept in the result, and its warnings (partial page, no article
        found, ...) come before the pipeline's."""
        result = self.run(article.text, source=article.source, **options)
        if not article.warnings:
            return result
        return replace(result, warnings=(*article.warnings, *result.warnings))

    def glossary_for(self, extra: Mapping[str, str] | None) -> Glossary:
        """The settings' glossary file, with ``extra`` (a request's own terms) over it."""
        path = self.settings.glossary
        found = read_glossary(path, env_name("glossary")) if path else NO_GLOSSARY
        return found.merged(glossary_from_mapping(extra, "glossary")) if extra else found

    def _request(self, source_lang: str | None, bullets: int | None) -> tuple[str, int]:
        """The source language and bullet count asked for (else the settings'), checked."""
        forced = source_lang or self.settings.source_lang
        wanted = bullets if bullets is not None else self.settings.bullets
        if forced not in SOURCE_LANGS:
            raise InputError(f"Unknown source language {forced!r}; use {', '.join(SOURCE_LANGS)}.")
        if isinstance(wanted, bool) or wanted not in BULLETS_RANGE:
            raise InputError(
                f"The number of bullets must be between {MIN_BULLETS} and {MAX_BULLETS}."
            )
        return forced, wanted

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
        report: Progress,
        partial: Partial | None = None,
        glossary: Glossary = NO_GLOSSARY,
    ) -> _Translations:
        texts = [segment.text for segment in segments]
        if translator is None:  # English input
            if partial is not None:
                partial(_sentences(segments, texts), frozenset())
            return _Translations(texts, translated=0)
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
        # Names and glossary terms go to the model as placeholders (summarizer.check).
        protected = [protect(text, glossary) for text in to_translate]
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

        def again(originals: Sequence[str]) -> tuple[str, ...]:
            retried = translate_texts(
                originals,
                translator,
                num_beams=self.settings.num_beams,
                batch_size=self.settings.translation_batch_size,
            )
            warnings.extend(retried.warnings)
            return retried.translations

        finished = finish(protected, outcome.translations, again)
        warnings.extend(finished.warnings)
        translated = iter(finished.translations)
        merged = [
            text if english else next(translated)
            for text, english in zip(texts, keep_english, strict=True)
        ]
        positions = [segments[i].index for i, english in enumerate(keep_english) if not english]
        return _Translations(
            merged,
            translated=len(to_translate),
            terms=tuple(
                replace(term, sentence=positions[term.sentence]) for term in finished.terms
            ),
            checked=frozenset(positions),
        )

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
