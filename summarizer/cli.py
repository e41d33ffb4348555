"""Command line: ``python -m summarizer {summarize,detect,extract} ...``.

Every failure ends with a non-zero exit and one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from .config import SOURCE_LANGS, Settings
from .errors import ConfigError, InputError, SummarizerError
from .segment import decode_text

EXIT_FAILURE = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer",
        description="Summarise Indonesian news in English, with a sentence-aligned translation.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    summarize = commands.add_parser("summarize", help="translate and summarise an article")
    _add_input(summarize)
    summarize.add_argument("--bullets", type=int, help="number of bullets, 1–10 (default 5)")
    summarize.add_argument("--source-lang", choices=SOURCE_LANGS, help="default: auto")
    summarize.add_argument("--translation-model", help="hub id or local directory")
    summarize.add_argument("--summarization-model", help="hub id or local directory")
    summarize.add_argument("--beams", type=int, help="beam size, 1–8")
    summarize.add_argument("--backend", choices=("auto", "ctranslate2", "transformers"))
    summarize.add_argument("--json", action="store_true", help="print the full result as JSON")

    detect = commands.add_parser("detect", help="detect the language of a text")
    _add_input(detect, url=False)
    detect.add_argument("--json", action="store_true")

    extract = commands.add_parser("extract", help="fetch a news page and print its article text")
    extract.add_argument("--url", required=True)
    extract.add_argument("--json", action="store_true")

    from .api.serve import add_arguments as add_serve_arguments

    add_serve_arguments(commands.add_parser("serve", help="run the HTTP API (see /docs)"))
    return parser


def _add_input(parser: argparse.ArgumentParser, *, url: bool = True) -> None:
    parser.add_argument("file", nargs="?", default=None, help="text file, or - for stdin")
    if url:
        parser.add_argument("--url", help="fetch the article at this URL instead of a file")


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # argparse already printed its usage line
        return int(exit_.code or 0)
    try:
        if args.command == "summarize":
            _summarize(args, out, err)
        elif args.command == "detect":
            _detect(args, out)
        elif args.command == "serve":
            from .api.serve import serve

            serve(args)
        else:
            _extract(args, out, err)
    except ConfigError as error:
        print(f"error: {error}", file=err)
        return EXIT_USAGE
    except SummarizerError as error:
        print(f"error: {error}", file=err)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("error: interrupted", file=err)
        return 130
    except Exception as error:  # a bug: still one line, never a traceback
        print(f"error: unexpected failure ({type(error).__name__}): {error}", file=err)
        return EXIT_FAILURE
    return 0


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        overrides={
            "translation_model": getattr(args, "translation_model", None),
            "summarization_model": getattr(args, "summarization_model", None),
            "bullets": getattr(args, "bullets", None),
            "source_lang": getattr(args, "source_lang", None),
            "num_beams": getattr(args, "beams", None),
            "backend": getattr(args, "backend", None),
        }
    )


def read_input(path: str | None, settings: Settings) -> str:
    """The text of ``path`` (``-`` or None: stdin); binary or oversized files are refused."""
    if path in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError("Give a text file, '-' to read standard input, or --url.")
        data = sys.stdin.buffer.read(settings.max_upload_bytes + 1)
    else:
        try:
            with open(path, "rb") as handle:
                data = handle.read(settings.max_upload_bytes + 1)
        except OSError as error:
            raise InputError(f"Cannot read {path}: {error.strerror or error}.") from None
    return decode_text(data, settings.max_upload_bytes)


def _summarize(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from .pipeline import Pipeline

    settings = _settings(args)
    pipeline = Pipeline(settings)
    if args.url:
        if args.file:
            raise InputError("Give either a file or --url, not both.")
        result = pipeline.run_url(args.url)
    else:
        result = pipeline.run(read_input(args.file, settings))
    if args.json:
        print(result.to_json(), file=out)
        return
    for bullet in result.bullets:
        sources = ", ".join(str(index + 1) for index in bullet.sources)
        suffix = f"  [sentences {sources}]" if sources else "  [no supporting sentence]"
        print(f"- {bullet.text}{suffix}", file=out)
        for flag in bullet.flags:
            print(f"    ! {flag.message}", file=out)
    for warning in result.warnings:
        print(f"note: {warning}", file=err)


def _detect(args: argparse.Namespace, out: TextIO) -> None:
    from .pipeline import Pipeline

    settings = _settings(args)
    detection = Pipeline(settings).detect(read_input(args.file, settings))
    if args.json:
        print(detection.to_json(), file=out)
        return
    print(f"{detection.language} {detection.probability:.3f}", file=out)
    for candidate in detection.candidates[1:]:
        print(f"  also: {candidate.language} {candidate.probability:.3f}", file=out)


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from .extract import load_article

    article = load_article(args.url, Settings.from_env())
    if args.json:
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2), file=out)
        return
    if article.title:
        print(article.title, file=out)
        print("", file=out)
    print(article.text, file=out)
    for warning in article.warnings:
        print(f"note: {warning}", file=err)
