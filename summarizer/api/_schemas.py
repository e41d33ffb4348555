"""Request and error bodies of the HTTP API (pydantic, so they appear in /openapi.json).

Success bodies are the library's own JSON (``SummaryResult``, ``Detection``, ``Article``), exactly
as the CLI prints them with ``--json``; their schemas come from the dataclasses.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from summarizer.config import SOURCE_LANGS
from summarizer.limits import MAX_BULLETS, MIN_BULLETS

SourceLang = Literal[SOURCE_LANGS]  # type: ignore[valid-type]


class _Request(BaseModel):
    # A misspelt field ("bulets") is an error, not silently ignored.
    model_config = ConfigDict(extra="forbid")


class FileUpload(_Request):
    """A file given in the JSON body: its name and its bytes in base64."""

    name: str = Field(description="The file name; its extension matters for .txt, .md, .html.")
    data: str = Field(description="The file's bytes, base64-encoded (RFC 4648).")


class SummarizeRequest(_Request):
    """Exactly one of ``text``, ``url`` or ``file``."""

    text: str | None = Field(None, description="The article text (Indonesian or English).")
    url: str | None = Field(None, description="An article to fetch (http or https).")
    file: FileUpload | None = Field(
        None, description="A .pdf, .docx, .html, .txt or .md file, read as the page reads one."
    )
    bullets: StrictInt | None = Field(
        None,
        ge=MIN_BULLETS,
        le=MAX_BULLETS,
        description=f"Bullets in the summary, {MIN_BULLETS}–{MAX_BULLETS} (default: the server's).",
    )
    source_lang: SourceLang | None = Field(None, description="auto (default), id or en.")
    glossary: dict[str, str] | None = Field(
        None,
        description=(
            "Terms rendered a set way when translating: {Indonesian term: English rendering}; "
            'an empty rendering ("") keeps the term as written. Added to the server\'s own '
            "glossary (SUMMARIZER_GLOSSARY), and wins over it. What was applied is in `terms`."
        ),
    )


class DetectRequest(_Request):
    text: str


class ExtractRequest(_Request):
    url: str


class ErrorDetail(BaseModel):
    type: str = Field(description="A stable, machine-readable name, e.g. input_error or busy.")
    message: str = Field(description="What went wrong and what to do, written for a person.")


class ErrorBody(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    engine: str
