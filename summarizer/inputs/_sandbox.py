"""The reading subprocess: ``python -m summarizer.inputs._sandbox`` reads one document.

Standard input holds one line of JSON (``kind``, ``max_pages``, ``memory_bytes``,
``cpu_seconds``) and then the document's bytes. The process limits its own address space and CPU
time (``resource.setrlimit``) before reading, so a compression bomb ends in a ``MemoryError`` and
an endless object graph in ``SIGXCPU``; the caller (:mod:`summarizer.inputs._documents`) also
kills it at its wall-clock deadline. Standard output gets one JSON object: ``{"document": ...}``
(a :class:`DocumentText`) or ``{"error": <class name>, "message": ...}``.
"""

from __future__ import annotations

import json
import sys

from summarizer.errors import DocumentError
from summarizer.inputs._document_text import DocumentText


def _limit(memory_bytes: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # not POSIX: the caller's wall-clock deadline still applies
        return
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))


def _read(kind: str, data: bytes, max_pages: int) -> DocumentText:
    if kind == "pdf":
        from summarizer.inputs._pdf import read_pdf

        return read_pdf(data, max_pages)
    from summarizer.inputs._docx import read_docx

    return read_docx(data)


def main() -> int:
    request = json.loads(sys.stdin.buffer.readline())
    data = sys.stdin.buffer.read()
    _limit(int(request["memory_bytes"]), int(request["cpu_seconds"]))
    try:
        answer = {"document": _read(request["kind"], data, int(request["max_pages"])).to_dict()}
    except DocumentError as error:
        answer = {"error": type(error).__name__, "message": str(error)}
    except MemoryError:
        answer = {"error": "MemoryError", "message": ""}
    except RecursionError:
        answer = {"error": "RecursionError", "message": ""}
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
