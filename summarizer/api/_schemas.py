"""Request and error bodies of the HTTP API (pydantic, so they appear in /openapi.json).

Success bodies are the library's own JSON (``SummaryResult``, ``Detection``, ``Article``), exactly
as the CLI prints them with ``--json``; their schemas come from the dataclasses.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from summarizer.config import SOURCE_LANGS

SourceLang = Literal[SOURCE_LANGS]  # type: ignore[valid-type]


class _Request(BaseModel):
    # A misspelt field ("bulets") is an error, not silently ignored.
    model_config = ConfigDict(extra="forbid")


class SummarizeRequest(_Request):
    """Exactly one of ``text`` or ``url``."""

    text: str | None = Field(None, description="The article text (Indonesian or English).")
    url: str | None = Field(None, description="An article to fetch (http or https).")
    bullets: StrictInt | None = Field(None, description="Bullets in the summary, 1–10.")
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
