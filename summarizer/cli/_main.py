"""Command line: ``python -m summarizer {summarize,detect,extract,batch,check,evaluate,...} ...``.

Input goes through :mod:`summarizer.inputs._article`, as on the page: ``--url`` is fetched and
extracted (a missing ``https://`` added); a file named ``*.html``/``*.htm`` is a saved web page and
goes through the same extraction as a fetched page; ``-`` (standard input) and every other file are
text (HTML pasted into them is converted to plain text, as in the page's text box).

Every failure ends with a non-zero exit and one clear line on stderr, never a traceback; a bad
flag value is reported under the flag's name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

import summarizer.cli._batch as batch_cli
import summarizer.cli._keys as keys_cli
import summarizer.cli._models as models_cli
from summarizer.check import read_glossary
from summarizer.cli._options import add_run_options
from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.inputs import STDIN_NAME, ArticleInput, from_file, from_url, normalize_url
from summarizer.output import numbers
from summarizer.text import valid_text

EXIT_FAILURE = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer",
        description="Summarize Indonesian news in English, with a sentence-aligned translation.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    summarize = commands.add_parser("summarize", help="translate and summarize an article")
    _add_input(summarize)
    add_run_options(summarize, bullets_help="number of bullets (default 5)")
    summarize.add_argument("--json", action="store_true", help="print the full result as JSON")

    detect = commands.add_parser("detect", help="detect the language of a text")
    _add_input(detect, url=False)
    detect.add_argument("--json", action="store_true")
    detect.add_argument(
        "--jsonl", metavar="FILE|-", help='JSON lines {"text": ...}: one decision each'
    )

    extract = commands.add_parser("extract", help="fetch a news page and print its article text")
    extract.add_argument("--url", required=True)
    extract.add_argument("--json", action="store_true")
    models_cli.add_parser(commands)  # models prepare | models status
    batch_cli.add_parser(commands)  # batch IN -o OUT
    keys_cli.add_parser(commands)  # keys add | list | revoke | usage
    _add_check_parsers(commands)

    from summarizer.api import add_arguments as add_serve_arguments

    add_serve_arguments(commands.add_parser("serve", help="run the HTTP API (see /docs)"))
    return parser


def _add_check_parsers(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check", help="check translations against their sources (no model needed)"
    )
    check.add_argument(
        "--jsonl",
        metavar="FILE|-",
        required=True,
        help='JSON lines {"source": ..., "translation": ...}: one {"flags": [...]} each',
    )
    evaluate = commands.add_parser("evaluate", help="score the models against your references")
    evaluate.add_argument("what", choices=("translation", "summary"))
    evaluate.add_argument(
        "refs", help="translation: TSV source<TAB>reference; summary: JSONL text, reference"
    )
    evaluate.add_argument("--translation-model", help="hub id or local directory")
    evaluate.add_argument("--summarization-model", help="hub id or local directory")
    evaluate.add_argument("--glossary", metavar="FILE", help="TSV glossary, as for summarize")
    evaluate.add_argument("--json", action="store_true", help="print every score as JSON")


def _add_input(parser: argparse.ArgumentParser, *, url: bool = True) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        default=None,
        help="text file, a saved web page (.html, .htm), or - for standard input (text)",
    )
    if url:
        parser.add_argument("--url", help="fetch the article at this URL instead of a file")


def _say(text: str, file: TextIO) -> None:
    """Print one line; text from a page or a model is made encodable first."""
    print(valid_text(text), file=file)


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
        elif args.command == "models":
            models_cli.run(args, out, err)
        elif args.command == "batch":
            return batch_cli.run(args, _settings(args), out, err)
        elif args.command == "keys":
            keys_cli.run(args, out, err)
        elif args.command == "detect":
            _detect(args, out)
        elif args.command == "check":
            from summarizer.check import write_jsonl_checks

            write_jsonl_checks(args.jsonl, out)
        elif args.command == "evaluate":
            _evaluate(args, out)
        elif args.command == "serve":
            from summarizer.api import serve

            serve(args)
        else:
            _extract(args, out, err)
    except ConfigError as error:
        _say(f"error: {error}", file=err)
        return EXIT_USAGE
    except SummarizerError as error:
        _say(f"error: {error}", file=err)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        _say("error: interrupted", file=err)
        return 130
    except Exception as error:  # a bug: still one line, never a traceback
        _say(f"error: unexpected failure ({type(error).__name__}): {error}", file=err)
        return EXIT_FAILURE
    return 0


# Settings field -> the flag that sets it, so a bad value is reported as the person typed it.
FLAG_NAMES = {
    "translation_model": "--translation-model",
    "summarization_model": "--summarization-model",
    "bullets": "--bullets",
    "source_lang": "--source-lang",
    "num_beams": "--beams",
    "map_beams": "--map-beams",
    "backend": "--backend",
    "device": "--device",
    "model_workers": "--model-workers",
    "glossary": "--glossary",
}


def _settings(args: argparse.Namespace) -> Settings:
    flags = {
        field: getattr(args, flag[2:].replace("-", "_"), None) for field, flag in FLAG_NAMES.items()
    }
    return Settings.from_env(overrides=flags, flag_names=FLAG_NAMES)


def read_input(path: str | None, settings: Settings) -> ArticleInput:
    """The article in ``path`` (``-`` or None: standard input), read by the input layer."""
    name = path or STDIN_NAME
    if name == STDIN_NAME:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError("Give a text file, '-' to read standard input, or --url.")
        data = sys.stdin.buffer.read(settings.max_upload_bytes + 1)
    else:
        try:
            with open(name, "rb") as handle:
                data = handle.read(settings.max_upload_bytes + 1)
        except OSError as error:
            raise InputError(
                f"Cannot read {name}: {error.strerror or error}.", public="The file cannot be read."
            ) from None
    return from_file(name, data, settings, unknown_as_text=True)


def _summarize(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from summarizer.pipeline import pipeline_for

    settings = _settings(args)
    if args.url:
        if args.file:
            raise InputError("Give either a file or --url, not both.")
        article = from_url(args.url, settings)
    else:
        article = read_input(args.file, settings)
    # The glossary goes with the request too, so a remote API (SUMMARIZER_API_URL) applies it.
    glossary = read_glossary(settings.glossary, "--glossary") if settings.glossary else None
    terms = {term: rendering for term, rendering in glossary.entries} if glossary else None
    result = pipeline_for(settings).summarize(article, glossary=terms)
    if args.json:
        _say(result.to_json(), file=out)
        return
    for bullet in result.bullets:
        sources = numbers(bullet.sources)
        suffix = f"  [sentences {sources}]" if sources else "  [no supporting sentence]"
        _say(f"- {bullet.text}{suffix}", file=out)
        for flag in bullet.flags:
            _say(f"    ! {flag.message}", file=out)
    for sentence in result.sentences:
        for finding in sentence.flags:
            _say(f"check: sentence {sentence.index + 1}: {finding.message}", file=err)
    for warning in result.warnings:
        _say(f"note: {warning}", file=err)


def _evaluate(args: argparse.Namespace, out: TextIO) -> None:
    import summarizer.cli._evaluate as evaluation  # sacrebleu and rouge-score: only for this

    settings = _settings(args)
    if args.what == "translation":
        report = evaluation.evaluate_translation(
            evaluation.read_translation_refs(args.refs), settings
        )
    else:
        report = evaluation.evaluate_summary(evaluation.read_summary_refs(args.refs), settings)
    if args.json:
        _say(json.dumps(report, ensure_ascii=False, indent=2), file=out)
        return
    for line in evaluation.plain_report(report):
        _say(line, file=out)


def _detect(args: argparse.Namespace, out: TextIO) -> None:
    from summarizer.pipeline import pipeline_for

    settings = _settings(args)
    if args.jsonl:
        from summarizer.lang import write_jsonl_decisions

        write_jsonl_decisions(args.jsonl, pipeline_for(settings).detect, out)
        return
    detection = pipeline_for(settings).detect(read_input(args.file, settings).text)
    if args.json:
        _say(detection.to_json(), file=out)
        return
    _say(f"{detection.language} {detection.probability:.3f}", file=out)
    for candidate in detection.candidates[1:]:
        _say(f"  also: {candidate.language} {candidate.probability:.3f}", file=out)


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from summarizer.inputs import load_article

    # The article with all its pages and paragraphs, as extracted (the link completed as in
    # summarize --url).
    settings = Settings.from_env()
    article = load_article(normalize_url(args.url), settings)
    if args.json:
        _say(json.dumps(article.to_dict(), ensure_ascii=False, indent=2), file=out)
        return
    if article.title:
        _say(article.title, file=out)
        _say("", file=out)
    _say(article.text, file=out)
    for warning in article.warnings:
        _say(f"note: {warning}", file=err)
