"""The benchmark's texts: the articles it summarises, the corpora its models' vocabularies are
trained on, and the English stand-in text that replaces random-weight model output."""

from __future__ import annotations

import csv
import functools
import json
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHORT_ARTICLE = FIXTURES / "corpus" / "articles" / "klikwartaku-kim-lavrov.txt"
INDOSUM = FIXTURES / "corpus" / "summaries" / "indosum_sample20.jsonl"
LANGID = FIXTURES / "corpus" / "langid"
GOLD = FIXTURES / "html" / "gold.json"
LONG_WORDS = 2500
SMOKE_LONG_WORDS = 700
ENGLISH_TOKENS_PER_WORD = 1.3


def words(text: str) -> int:
    return len(text.split())


def short_article() -> str:
    return SHORT_ARTICLE.read_text(encoding="utf-8")


def indosum_paragraphs() -> list[str]:
    """The IndoSum sample's article paragraphs, in order."""
    return [
        paragraph.strip()
        for line in INDOSUM.read_text(encoding="utf-8").splitlines()
        for paragraph in json.loads(line)["article"].split("\n")
        if paragraph.strip()
    ]


def long_article(word_count: int = LONG_WORDS) -> str:
    """Real IndoSum articles, joined paragraph by paragraph until ``word_count`` words."""
    paragraphs: list[str] = []
    count = 0
    for paragraph in indosum_paragraphs():
        if count >= word_count:
            break
        paragraphs.append(paragraph)
        count += words(paragraph)
    return "\n\n".join(paragraphs)


def _nusax(column: str) -> list[str]:
    with (LANGID / "nusax_12lang_50.csv").open(encoding="utf-8") as handle:
        return [row[column] for row in csv.DictReader(handle) if row.get(column)]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def indonesian_corpus() -> list[str]:
    """Indonesian text for the translation model's subword vocabulary."""
    lines = [
        *indosum_paragraphs(),
        *_lines(SHORT_ARTICLE),
        *_lines(LANGID / "lingua-sentences-id.txt"),
    ]
    if GOLD.is_file():
        for page in json.loads(GOLD.read_text(encoding="utf-8")):
            lines += [line for line in str(page.get("content", "")).splitlines() if line.strip()]
    return lines + _nusax("indonesian")


def english_corpus() -> list[str]:
    """English text for the summarisation model's subword vocabulary."""
    return _lines(LANGID / "lingua-sentences-en.txt") + _nusax("english")


@functools.cache
def english_pool() -> tuple[str, ...]:
    """English words in reading order (lingua-py test sentences, Apache-2.0)."""
    return tuple(
        word for line in _lines(LANGID / "lingua-sentences-en.txt") for word in line.split()
    )


def english_text(key: str, tokens: int, *, sentence_words: int = 0) -> str:
    """Deterministic English of about ``tokens`` tokens, chosen by ``key`` (the model input)."""
    pool = english_pool()
    count = max(1, round(tokens / ENGLISH_TOKENS_PER_WORD))
    start = zlib.crc32(key.encode("utf-8")) % len(pool)
    picked = [pool[(start + offset) % len(pool)].strip(".,;:!?\"'()") for offset in range(count)]
    picked = [word for word in picked if word] or ["news"]
    step = sentence_words or len(picked)
    sentences = []
    for begin in range(0, len(picked), step):
        part = picked[begin : begin + step]
        sentences.append(part[0][:1].upper() + " ".join(part)[1:] + ".")
    return " ".join(sentences)
