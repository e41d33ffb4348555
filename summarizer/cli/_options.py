"""The flags that choose how an article is summarised, shared by ``summarize`` and ``batch``."""

from __future__ import annotations

import argparse

from summarizer.config import BACKENDS, DEVICES
from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MIN_BEAMS, MIN_BULLETS


def add_run_options(parser: argparse.ArgumentParser, *, bullets_help: str) -> None:
    """Bullets, source language, models, beams, backend, device, model workers and glossary."""
    parser.add_argument("--bullets", type=int, help=f"{bullets_help}, {MIN_BULLETS}–{MAX_BULLETS}")
    parser.add_argument("--source-lang", choices=SOURCE_LANGS, help="default: auto")
    parser.add_argument("--translation-model", help="hub id or local directory")
    parser.add_argument("--summarization-model", help="hub id or local directory")
    parser.add_argument("--beams", type=int, help=f"beam size, {MIN_BEAMS}–{MAX_BEAMS}")
    parser.add_argument(
        "--map-beams", type=int, help="beam size of a long article's partial summaries (1)"
    )
    parser.add_argument("--backend", choices=BACKENDS)
    parser.add_argument("--device", choices=DEVICES, help="default: auto (a CUDA GPU if any)")
    parser.add_argument(
        "--model-workers",
        type=int,
        help="calls each CTranslate2 model runs at once; 0 = auto (2 on 2+ CPUs)",
    )
    parser.add_argument(
        "--glossary", metavar="FILE", help="TSV of Indonesian term<TAB>English rendering"
    )
