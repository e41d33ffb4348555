"""``check --jsonl``: audit any translation file, one JSON line in, one JSON line out.

Each input line is ``{"source": "<Indonesian>", "translation": "<English>"}``; each output line is
``{"flags": [{"kind", "span", "source_span", "message"}, ...]}``, in order. A line that is not
such an object gives ``{"error": "..."}`` on its own line, and the run goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from summarizer.check._check import check_translation
from summarizer.errors import InputError

MAX_LINE_CHARS = 100_000


def _pair(line: bytes | str) -> tuple[str, str]:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("The line is not UTF-8 text.") from None
    if len(line) > MAX_LINE_CHARS:
        raise InputError(f"The line is over {MAX_LINE_CHARS} characters.")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"The line is not JSON ({error.msg}).") from None
    if not isinstance(record, dict):
        raise InputError('The line is not a JSON object with "source" and "translation".')
    source, translation = record.get("source"), record.get("translation")
    if not isinstance(source, str) or not isinstance(translation, str):
        raise InputError('The line needs "source" and "translation" strings.')
    return source, translation


def check_jsonl(lines: Iterable[bytes | str]) -> Iterator[dict[str, Any]]:
    """One result per non-blank line: ``{"flags": [...]}`` or ``{"error": message}``."""
    for line in lines:
        if not line.strip():
            continue
        try:
            source, translation = _pair(line)
        except InputError as error:
            yield {"error": str(error)}
            continue
        flags = check_translation(source, translation)
        yield {"flags": [flag.to_dict() for flag in flags]}


def write_jsonl_checks(path: str, out: TextIO) -> None:
    """Read JSON lines from ``path`` (``-``: standard input) and write one result per line."""
    if path == "-":
        if sys.stdin is None:
            raise InputError("Nothing to read on standard input.")
        _write_all(sys.stdin.buffer, out)
        return
    try:
        with open(path, "rb") as handle:
            _write_all(handle, out)
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror or error}.") from None


def _write_all(lines: Iterable[bytes], out: TextIO) -> None:
    for result in check_jsonl(lines):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
