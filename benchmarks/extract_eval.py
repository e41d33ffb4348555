"""Extraction quality: word-overlap precision, recall and F1 of saved pages against gold text.

    python -m benchmarks.extract_eval [--html-dir DIR] [--json PATH]

``DIR`` (default ``tests/fixtures/html``, a copy of the shared corpus's ``html/``) holds saved
news pages and ``gold.json``: for each page its url, title and main text (``content``). Each page
goes through :func:`summarizer.inputs.extract_article` (no network) and its text is
compared with the gold text as bags of lower-cased words (paragraph joins and word order differ by
site, so equality would say nothing). A page the extractor refuses scores 0. The mean F1 over all
pages is the figure issue 15 sets a target for (>= 0.92); the title check says whether the extracted
title equals the gold one.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from summarizer.errors import ExtractionError
from summarizer.inputs import extract_article

ROOT = Path(__file__).resolve().parent.parent

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PageScore:
    page: str
    precision: float
    recall: float
    f1: float
    title_ok: bool
    note: str = ""


def word_scores(reference: str, extracted: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``extracted`` against ``reference`` as bags of words."""
    ref = collections.Counter(_WORD.findall(reference.lower()))
    got = collections.Counter(_WORD.findall(extracted.lower()))
    common = sum((ref & got).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision = common / sum(got.values())
    recall = common / sum(ref.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def score_page(html_dir: Path, entry: dict) -> PageScore:
    body = (html_dir / entry["fixture"]).read_bytes()
    try:
        article = extract_article(body, entry["url"])
    except ExtractionError as error:
        return PageScore(entry["fixture"], 0.0, 0.0, 0.0, False, f"refused: {error}")
    precision, recall, f1 = word_scores(entry["content"], article.text)
    note = "; ".join(article.warnings)
    return PageScore(entry["fixture"], precision, recall, f1, article.title == entry["title"], note)


def evaluate(html_dir: Path) -> list[PageScore]:
    gold = json.loads((html_dir / "gold.json").read_text(encoding="utf-8"))
    return [score_page(html_dir, entry) for entry in gold]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html-dir", type=Path, default=ROOT / "tests" / "fixtures" / "html")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON here")
    args = parser.parse_args(argv)
    scores = evaluate(args.html_dir)
    print(f"{'page':<26} {'prec':>6} {'recall':>6} {'F1':>6}  title  note")
    for score in scores:
        print(
            f"{score.page:<26} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}  "
            f"{'ok' if score.title_ok else 'DIFF':<5}  {score.note[:70]}"
        )
    mean_f1 = sum(score.f1 for score in scores) / len(scores)
    titles = sum(score.title_ok for score in scores)
    print(f"mean F1 {mean_f1:.3f} over {len(scores)} pages; titles equal to gold: {titles}")
    if args.json:
        report = {"mean_f1": mean_f1, "pages": [asdict(score) for score in scores]}
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
