"""Typed, immutable results with a JSON form."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

_Record = TypeVar("_Record", bound="JsonMixin")


def _to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _to_jsonable(item) for key, item in value.items()}
    return value


def _from_jsonable(kind: Any, value: Any) -> Any:
    """``value`` (parsed JSON) rebuilt as ``kind``: dataclasses, tuples, dicts, optionals."""
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise ValueError(f"{kind.__name__} expects an object, got {type(value).__name__}")
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: _from_jsonable(hints[k], v) for k, v in value.items() if k in known})
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _from_jsonable(inner[0], value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_from_jsonable(item, entry) for entry in value)
    if origin is dict:
        item = typing.get_args(kind)[1]
        return {str(key): _from_jsonable(item, entry) for key, entry in value.items()}
    return value


class JsonMixin:
    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls: type[_Record], data: dict[str, Any]) -> _Record:
        """The record ``to_dict`` produced, rebuilt exactly (unknown keys are ignored)."""
        return _from_jsonable(cls, data)

    @classmethod
    def from_json(cls: type[_Record], text: str) -> _Record:
        return cls.from_dict(json.loads(text))


@dataclass(frozen=True)
class Candidate(JsonMixin):
    language: str
    probability: float


@dataclass(frozen=True)
class Detection(JsonMixin):
    """The language decision: best language (ISO 639, regional ones included), its probability,
    langdetect's candidates, and whether ``summarize`` goes ahead (``used``: "id" or "en") or not
    (``reason``, a message for a person), with ``warnings`` when it goes ahead with a caveat."""

    language: str
    probability: float
    candidates: tuple[Candidate, ...]
    accepted: bool = True
    used: str = ""
    reason: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageInfo(JsonMixin):
    detected: str
    probability: float
    used: str
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class Segment(JsonMixin):
    """One source sentence (or headline line) before translation."""

    index: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Finding(JsonMixin):
    """A doubt about one translated sentence, found by holding it against its source
    (:mod:`summarizer.check`): ``kind`` is one of :data:`FINDING_KINDS`; ``span`` the English
    words concerned ("" when the English lacks them), ``source_span`` the Indonesian ones (None
    when the source has none); ``message`` says it for a reader."""

    kind: str
    span: str
    source_span: str | None
    message: str


FINDING_KINDS = ("number", "name", "negation", "omission", "untranslated")


@dataclass(frozen=True)
class Sentence(Segment):
    """One source sentence with its English counterpart (itself when kept as written), and the
    doubts the translation check found in that English (``flags``)."""

    translation: str
    flags: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class TermApplied(JsonMixin):
    """A term kept or rendered a set way while translating sentence ``sentence`` (an index):
    ``origin`` "glossary" (the user's glossary) or "name" (a name protected from translation)."""

    sentence: int
    term: str
    rendering: str
    origin: str


@dataclass(frozen=True)
class Flag(JsonMixin):
    """A span of a bullet the article does not support (number, date, name or whole bullet)."""

    kind: str
    span: str
    message: str


@dataclass(frozen=True)
class Bullet(JsonMixin):
    text: str
    sources: tuple[int, ...] = ()
    scores: tuple[float, ...] = ()
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class Coverage(JsonMixin):
    """How much of the article fed the summary, and what (if anything) was skipped and why
    (:func:`summarizer.output._export.coverage_line` says it in one line)."""

    sentences_total: int
    sentences_translated: int  # through the translation model: 0 for English input
    chunks_total: int
    chunks_summarized: int
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentInfo(JsonMixin):
    """Provenance of a PDF or Word document: its file name, kind ("pdf" or "docx"), how many
    pages it has (None when the file does not say: a .docx has no fixed pages) and how many
    were read (fewer than ``pages`` when over ``SUMMARIZER_MAX_PAGES``)."""

    file_name: str
    kind: str
    pages: int | None = None
    pages_read: int | None = None


@dataclass(frozen=True)
class SourceInfo(JsonMixin):
    """Where the text came from (for URL input: the fetched page's metadata; for a PDF or Word
    file, given or fetched: ``document``)."""

    url: str | None = None
    final_url: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None
    document: DocumentInfo | None = None


@dataclass(frozen=True)
class SummaryResult(JsonMixin):
    language: LanguageInfo
    sentences: tuple[Sentence, ...]
    bullets: tuple[Bullet, ...]
    models: dict[str, str]
    timings: dict[str, float]
    warnings: tuple[str, ...]
    coverage: Coverage
    source: SourceInfo = field(default_factory=SourceInfo)
    terms: tuple[TermApplied, ...] = ()  # glossary renderings and protected names, as applied

    @property
    def translation(self) -> str:
        """The full English translation, paragraphs separated by blank lines."""
        paragraphs: dict[int, list[str]] = {}
        for sentence in self.sentences:
            paragraphs.setdefault(sentence.paragraph, []).append(sentence.translation)
        return "\n\n".join(" ".join(parts) for _, parts in sorted(paragraphs.items()))
