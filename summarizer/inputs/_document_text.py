"""What reading a PDF or Word document gives: its paragraphs, title and page counts.

A leaf module: the readers (:mod:`summarizer.inputs._pdf`, :mod:`summarizer.inputs._docx`) build a
:class:`DocumentText` in the reading subprocess (:mod:`summarizer.inputs._sandbox`), which sends it
as JSON to :mod:`summarizer.inputs._documents` in the caller's process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.result import JsonMixin

_JUNK_TITLE = re.compile(
    r"^(?:untitled|judul|title|document\d*|dokumen\d*|microsoft word\b.*"
    r"|.*\.(?:docx?|pdf|rtf|odt))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DocumentText(JsonMixin):
    """A document's text as paragraphs in reading order.

    ``pages`` is how many pages the document has (None when it does not say), ``pages_read`` how
    many were read; ``warnings`` say what the reader should know (a partial read, references to
    outside files that were not fetched).
    """

    kind: str
    paragraphs: tuple[str, ...]
    title: str | None = None
    pages: int | None = None
    pages_read: int | None = None
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def usable_title(title: str | None) -> str | None:
    """``title`` with whitespace collapsed, or None for an empty or placeholder title (a file
    name, "Untitled", "Microsoft Word - ...")."""
    if not title:
        return None
    cleaned = re.sub(r"\s+", " ", title.replace("\x00", "")).strip()
    if len(cleaned) < 3 or _JUNK_TITLE.match(cleaned):
        return None
    return cleaned
