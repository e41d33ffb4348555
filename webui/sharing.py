"""The result on the page, what made it, and saving it for a share link (``?r=<id>``).

A result is shown with the settings that made it (:class:`RunSettings`), so the page can say when
the sidebar no longer matches, and so Share stores everything needed to show it again. The store
itself is the library's :mod:`summarizer.output._share` (SQLite by default); opening a link reads
the saved record and runs no model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

import streamlit as st

from summarizer.config import Settings
from summarizer.lang import SOURCE_LANG_LABELS, language_name
from summarizer.result import SummaryResult

from .render import model_label

LANG_LABELS = SOURCE_LANG_LABELS  # the library's one table of language names


@dataclass(frozen=True)
class RunSettings:
    """Every setting that changes a result."""

    bullets: int
    beams: int
    lang: str  # "auto", "id" or "en"
    translation_model: str
    summarization_model: str

    @classmethod
    def of(cls, settings: Settings) -> RunSettings:
        return cls(
            bullets=settings.bullets,
            beams=settings.num_beams,
            lang=settings.source_lang,
            translation_model=settings.translation_model,
            summarization_model=settings.summarization_model,
        )

    def describe(self) -> str:
        """ "5 bullets, beam size 2, language Auto": what a visitor can set in the sidebar."""
        noun = "bullet" if self.bullets == 1 else "bullets"
        lang = LANG_LABELS.get(self.lang, language_name(self.lang))
        return f"{self.bullets} {noun}, beam size {self.beams}, language {lang}"

    def for_export(self) -> dict[str, object]:
        """The settings as a download carries them (server directories reduced to names)."""
        return {
            "bullets": self.bullets,
            "num_beams": self.beams,
            "source_lang": self.lang,
            "translation_model": model_label(self.translation_model),
            "summarization_model": model_label(self.summarization_model),
        }


@dataclass(frozen=True)
class Shown:
    """The result on the page, with what produced it."""

    result: SummaryResult
    run: RunSettings
    kind: str  # "text", "url" or "file" (a file is shared as its text)
    given: str  # the pasted text, the URL, or the file's article text
    number: int  # which result of the session: a new one is scrolled into view once
    seconds: float | None = None  # None: opened from a share link
    share_id: str | None = None
    expires: float | None = None  # when the share link stops working (epoch seconds)

    @property
    def shared(self) -> bool:
        return self.share_id is not None


def expiry_day(expires: float) -> str:
    return datetime.fromtimestamp(expires, UTC).strftime("%d %B %Y")


@st.cache_resource(show_spinner=False)
def _store(settings: Settings):
    from summarizer.output import open_store

    return open_store(settings)


def save(shown: Shown, settings: Settings) -> Shown:
    """Store ``shown`` (input, settings, result); returns it with its share id and expiry.

    ``settings`` are the operator's (from the environment): they name the store. Raises
    :class:`summarizer.errors.ShareError` when the store cannot take it.
    """
    from summarizer.output import SharedResult

    run = shown.run
    record = SharedResult.of(
        "url" if shown.kind == "url" else "text",
        shown.given,
        shown.result,
        settings.replace(
            num_beams=run.beams,
            translation_model=run.translation_model,
            summarization_model=run.summarization_model,
        ),
        bullets=run.bullets,
        source_lang=run.lang,
    )
    store = _store(settings)
    share_id = store.save(record)
    expires = store.load(share_id).expires
    return replace(shown, share_id=share_id, expires=expires)


def load(share_id: str, settings: Settings, number: int) -> Shown:
    """The result saved under ``share_id`` as the page shows it. Raises ShareNotFoundError for an
    unknown or expired id, ShareError when the store cannot be read."""
    record = _store(settings).load(share_id)
    run = RunSettings(
        bullets=record.bullets,
        beams=record.num_beams,
        lang=record.source_lang,
        translation_model=record.translation_model,
        summarization_model=record.summarization_model,
    )
    return Shown(
        result=record.result,
        run=run,
        kind=record.input_kind,
        given=record.input,
        number=number,
        share_id=share_id,
        expires=record.expires,
    )
