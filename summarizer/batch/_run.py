"""``batch``: many articles from JSON Lines to JSON Lines, resumable, on an engine of choice.

:func:`run_batch` reads and checks the whole input first (duplicate ids or lines without an id
stop it before any work), leaves out the ids the output already holds (resume, the default when
the output exists), then runs the rest in groups (:mod:`._groups`) on the embedded engine
(:mod:`._embedded`) or on Ray Data (:mod:`._ray`), appending and flushing each record as it
arrives. One article's failure is its own error line; the report says how many failed.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from summarizer.batch._items import GROUP_SIZE, BatchItem, groups_of, read_items
from summarizer.batch._load import HostLimiter
from summarizer.batch._records import (
    Emit,
    PipelineFactory,
    Record,
    RecordWriter,
    ResumeState,
    failed,
    resume_state,
)
from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError
from summarizer.result import JsonMixin

ENGINES = ("embedded", "ray")
STDIO = "-"


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch. ``resume``: None or True resume an existing output (skip the ids it
    holds); False starts it over (empties it)."""

    engine: str = "embedded"
    workers: int = 1  # embedded: model workers, each with its own models; ray: actors
    resume: bool | None = None
    ray_address: str | None = None
    cpus_per_worker: float | None = None  # ray: default all CPUs of a local instance, split
    gpus_per_worker: float = 0
    group_size: int = GROUP_SIZE
    progress: bool = True

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigError(
                f"--engine={self.engine!r} is not valid; choose {', '.join(ENGINES)}."
            )
        if isinstance(self.workers, bool) or not 1 <= self.workers <= 1024:
            raise ConfigError(f"--workers={self.workers!r} is out of range; use 1–1024.")
        if self.group_size < 1:
            raise ConfigError("The group size must be at least 1.")


@dataclass(frozen=True)
class BatchReport(JsonMixin):
    total: int  # articles in the input
    skipped: int  # already in the output (resumed)
    succeeded: int  # this run
    failed: int  # this run
    failed_before: int  # error lines the output already held for articles of the input

    @property
    def ok(self) -> bool:
        """Every article of the input has a result, none an error."""
        return self.failed == 0 and self.failed_before == 0


def run_batch(
    source: str,
    target: str,
    settings: Settings,
    options: BatchOptions = BatchOptions(),
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    limiter: HostLimiter | None = None,
    pipeline: PipelineFactory | None = None,
) -> BatchReport:
    """Summarize every article of ``source`` into ``target`` (``-``: stdin, stdout).

    ``pipeline`` makes each worker's pipeline from its settings (default: the library's own
    backends); on Ray it must pickle (a module-level function).
    """
    from summarizer.batch._progress import BatchProgress  # tqdm: only when a batch runs

    items = read_items(_read_lines(source, stdin), _name(source))
    state = _prepare_output(target, options.resume)
    todo = [item for item in items if item.id not in state.done]
    failed_before = sum(1 for item in items if item.id in state.failed)
    counts = {"ok": 0, "failed": 0}
    progress = BatchProgress(len(todo), stderr or sys.stderr, enabled=options.progress)
    with _open_output(target, stdout) as stream:
        writer = RecordWriter(stream)

        def emit(record: Record) -> None:
            writer.write(record)
            counts["failed" if failed(record) else "ok"] += 1
            progress.update(ok=not failed(record))

        try:
            _run_engine(
                groups_of(todo, options.group_size), settings, emit, options, limiter, pipeline
            )
        finally:
            progress.close()
    return BatchReport(
        total=len(items),
        skipped=len(items) - len(todo),
        succeeded=counts["ok"],
        failed=counts["failed"],
        failed_before=failed_before,
    )


def _run_engine(
    groups: Sequence[list[BatchItem]],
    settings: Settings,
    emit: Emit,
    options: BatchOptions,
    limiter: HostLimiter | None,
    pipeline: PipelineFactory | None,
) -> None:
    if options.engine == "ray":
        from summarizer.batch._ray import run_on_ray

        run_on_ray(
            groups,
            settings,
            emit,
            workers=options.workers,
            address=options.ray_address,
            cpus_per_worker=options.cpus_per_worker,
            gpus_per_worker=options.gpus_per_worker,
            pipeline=pipeline,
        )
        return
    from summarizer.batch._embedded import run_embedded

    run_embedded(
        groups, settings, emit, workers=options.workers, limiter=limiter, pipeline=pipeline
    )


def _name(path: str) -> str:
    return "standard input" if path == STDIO else path


def _read_lines(source: str, stdin: TextIO | None) -> list[str]:
    """The input's lines, split on newlines only. ``-`` is standard input; a URI such as
    ``s3://bucket/articles.jsonl`` is read through pyarrow's filesystems (installed with Ray)."""
    if source == STDIO:
        return (stdin or sys.stdin).read().split("\n")
    try:
        if "://" in source:
            from pyarrow import fs

            filesystem, path = fs.FileSystem.from_uri(source)
            with filesystem.open_input_stream(path) as handle:
                data = handle.read()
        else:
            data = Path(source).read_bytes()
    except (OSError, ImportError, ValueError) as error:
        raise InputError(
            f"Cannot read {source}: {getattr(error, 'strerror', None) or error}."
        ) from None
    try:
        return data.decode("utf-8-sig").split("\n")
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 text; JSON Lines must be UTF-8.") from None


def _prepare_output(target: str, resume: bool | None) -> ResumeState:
    """The ids the output already holds (none for stdout or a new file); ``resume=False``
    empties an existing output first."""
    nothing = ResumeState(frozenset(), frozenset(), cut_line=False)
    if target == STDIO or not Path(target).exists():
        return nothing
    if resume is False:
        Path(target).write_bytes(b"")
        return nothing
    return resume_state(target)


@contextlib.contextmanager
def _open_output(target: str, stdout: TextIO | None) -> Iterator[TextIO]:
    """The output stream: stdout, or the file opened for appending (created if missing)."""
    if target == STDIO:
        yield stdout or sys.stdout
        return
    try:
        stream = open(  # noqa: SIM115  (closed by the with below)
            target, "a", encoding="utf-8", errors="backslashreplace", newline="\n"
        )
    except OSError as error:
        raise InputError(f"Cannot write {target}: {error.strerror or error}.") from None
    with stream:
        yield stream
