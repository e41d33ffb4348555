"""The batch output: one JSON line per article, and the output file that a killed run resumes.

A line is the article's result, the same JSON as ``summarize --json``, with its ``id`` first; or
``{"id": ..., "error": {"type": ..., "message": ...}}``. Lines are appended and flushed one by
one, each written whole, so a kill leaves at most the last line cut short: :func:`resume_state`
finds it and cuts it off, and that article is done again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from summarizer.batch._items import ArticleId
from summarizer.errors import InputError, SummarizerError
from summarizer.result import SummaryResult

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.pipeline import Pipeline

Record = dict[str, Any]
Emit = Callable[[Record], None]  # called with each record as its article finishes
# A worker's pipeline from its settings (the benchmark swaps in its own backends).
PipelineFactory = Callable[["Settings"], "Pipeline"]


def result_record(article_id: ArticleId, result: SummaryResult) -> Record:
    return {"id": article_id, **result.to_dict()}


def error_record(article_id: ArticleId, error: BaseException) -> Record:
    """The error line of an article: the library error's type and message; any other error is
    a bug, named as such."""
    if isinstance(error, SummarizerError):
        kind, message = type(error).__name__, str(error)
    else:
        kind, message = "InternalError", f"unexpected failure ({type(error).__name__}): {error}"
    return {"id": article_id, "error": {"type": kind, "message": message}}


def failed(record: Record) -> bool:
    return "error" in record


def record_line(record: Record) -> str:
    """One line of JSON (a newline inside a string is escaped, so a record is one line)."""
    return json.dumps(record, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class ResumeState:
    """What an existing output file already holds: the ids done, and which of them failed."""

    done: frozenset[ArticleId]
    failed: frozenset[ArticleId]
    cut_line: bool  # a last line cut short by a kill was removed


def resume_state(path: str | Path) -> ResumeState:
    """The ids in the output at ``path``; a last line without its newline (a kill in the middle
    of writing it) is cut off the file, so its article is done again.

    Raises InputError when a complete line is not a result line: that file is not this
    command's output, and nothing is appended to it.
    """
    data = Path(path).read_bytes()
    complete, _, tail = data.rpartition(b"\n")
    cut = bool(tail)
    if cut:
        os.truncate(path, len(complete) + 1 if complete else 0)
    done: set[ArticleId] = set()
    errors: set[ArticleId] = set()
    # Split on "\n" only: a record may hold U+2028 and other characters splitlines() splits on.
    for number, line in enumerate(complete.split(b"\n") if complete else [], start=1):
        record = _parsed(line)
        if record is None:
            raise InputError(
                f"Line {number} of {path} is not a batch result line, so it is not resumed; "
                "give another output file, or move this one away."
            )
        done.add(record["id"])
        if failed(record):
            errors.add(record["id"])
    return ResumeState(frozenset(done), frozenset(errors), cut)


def _parsed(line: bytes) -> Record | None:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict) or "id" not in record:
        return None
    return record


class RecordWriter:
    """Appends records to a text stream, flushing after each, so every finished article is kept
    whatever happens next."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, record: Record) -> None:
        self._stream.write(record_line(record))
        self._stream.flush()

    def write_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.write(record)
