"""The library calls the API makes, in one place: input through ``summarizer.inputs._article`` (the
same layer the CLI and the page use), then ``summarize(article, ...)`` of whichever
:class:`summarizer.pipeline.Summarizer` serves (the in-process pipeline, or one whose backends are
Ray Serve deployments)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from typing import Any

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.inputs import from_file, from_text, from_url, load_article, normalize_url
from summarizer.pipeline import Summarizer
from summarizer.result import Detection, SummaryResult

Gate = Callable[[int, Callable[[], SummaryResult]], SummaryResult]


def summarize(
    pipeline: Summarizer,
    *,
    text: str | None,
    url: str | None,
    bullets: int | None,
    source_lang: str | None,
    file: tuple[str, str] | None = None,
    glossary: Mapping[str, str] | None = None,
    gate: Gate | None = None,
) -> SummaryResult:
    """Summarise ``text``, the article at ``url`` (fetched through the library's URL guard), or
    ``file`` (its name and base64 bytes, read as the page and the CLI read a file).

    ``gate(chars, work)``, when given, admits the run once the article's length is known (or
    refuses it) and does ``work``, the model run (see :meth:`summarizer.quota.Quota.run`)."""
    settings = pipeline.settings
    if file is not None:
        article = from_file(file[0], decode_file(file[1], settings), settings)
    elif url is not None:
        article = from_url(url, settings)
    else:
        article = from_text(text or "", settings)
    extra = {"glossary": glossary} if glossary is not None else {}

    def work() -> SummaryResult:
        return pipeline.summarize(article, bullets=bullets, source_lang=source_lang, **extra)

    return gate(len(article.text), work) if gate is not None else work()


def decode_file(data: str, settings: Settings) -> bytes:
    """The bytes of a base64 ``file.data``; refused when not base64 or over the upload limit."""
    if len(data) > 4 * (settings.max_upload_bytes // 3 + 1) + 4:
        raise InputError(
            f"The file is larger than {settings.max_upload_bytes:,} bytes; use a shorter document."
        )
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        message = "file.data is not valid base64; encode the file's bytes with base64."
        raise InputError(message) from None


def detect(pipeline: Summarizer, text: str) -> Detection:
    return pipeline.detect(text)


def extract(url: str, settings: Settings) -> dict[str, Any]:
    """The article at ``url`` as ``extract --json`` prints it; a bare "kompas.com/..." gets
    ``https://`` through :func:`~summarizer.inputs.normalize_url`, as in ``summarize``."""
    return load_article(normalize_url(url), settings).to_dict()
