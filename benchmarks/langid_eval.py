"""Language gate on the tuning set: refusal and acceptance rates per language and length band.

    python -m benchmarks.langid_eval [--json]

Material (all in tests/fixtures): NusaX's 50 sentences in 12 languages (CC BY-SA 4.0), lingua's
Indonesian, Malay and English sentences (Apache-2.0), and sentences written for this project
(``tests/fixtures/langid/own-*.txt``: short English with numbers, Javanese and Sundanese with
diacritics). Bands: ``long`` is a text of 15 words or more (a sentence, or three consecutive
NusaX sentences joined), ``short`` one of 3-14 words (a short sentence, or a fragment cut from a
sentence at fixed places). Every text goes through ``summarizer.lang.decide``, the decision
``summarize`` takes.

These are the figures on the material the decision was tuned on: the held-out figures (other
NusaX sentences, Bible text, news pages) are measured elsewhere and will be lower.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import LanguageError
from summarizer.lang import REGIONAL, decide

ROOT = Path(__file__).resolve().parent.parent

FIXTURES = ROOT / "tests" / "fixtures"
NUSAX = FIXTURES / "corpus" / "langid" / "nusax_12lang_50.csv"
LINGUA = FIXTURES / "corpus" / "langid"
OWN = FIXTURES / "langid"
NUSAX_CODES = {
    "javanese": "jv", "sundanese": "su", "minangkabau": "min", "banjarese": "bjn",
    "balinese": "ban", "madurese": "mad", "acehnese": "ace", "buginese": "bug",
    "toba_batak": "bbc", "ngaju": "nij", "indonesian": "id", "english": "en",
}  # fmt: skip
FRAGMENT_LENGTHS = (3, 5, 8, 11, 14)
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")  # words as the detector counts them: letters only
# Javanese and Sundanese spelled with diacritics, as many writers do (kowé, dhéwé, éta, kénéh).
_ACCENTED = {"e": "é"}


@dataclass(frozen=True)
class Sample:
    group: str  # the expected language (ISO 639)
    band: str  # "long" or "short"
    source: str
    text: str


def _band(text: str) -> str:
    return "long" if len(_WORD.findall(text)) >= 15 else "short"


def _fragments(text: str, index: int) -> Iterator[str]:
    """Fragments of 3-14 words cut at fixed places (so every run cuts the same ones)."""
    tokens = _TOKEN.findall(text)
    for length in FRAGMENT_LENGTHS:
        if len(tokens) > length:
            start = (index * 7 + length) % (len(tokens) - length + 1)
            fragment = " ".join(tokens[start : start + length])
            if len(_WORD.findall(fragment)) >= 3:  # the targets are on texts of 3 words or more
                yield fragment


def _accented(text: str) -> str:
    """Word-final e written é (sapé, omahé, ésuk-style spelling) to test diacritic spellings."""
    return re.sub(r"e\b", "é", text)


def nusax_samples(path: Path = NUSAX) -> Iterator[Sample]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for column, code in NUSAX_CODES.items():
        sentences = [row[column].strip() for row in rows]
        for index, sentence in enumerate(sentences):
            yield Sample(code, _band(sentence), "nusax sentence", sentence)
            for fragment in _fragments(sentence, index):
                yield Sample(code, "short", "nusax fragment", fragment)
            if index % 3 == 0:
                joined = " ".join(sentences[index : index + 3])
                yield Sample(code, "long", "nusax 3 sentences", joined)
            if code in ("jv", "su"):
                yield Sample(code, _band(sentence), "nusax accented", _accented(sentence))


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def other_samples() -> Iterator[Sample]:
    for name, code in (("id", "id"), ("ms", "ms"), ("en", "en")):
        for index, line in enumerate(_lines(LINGUA / f"lingua-sentences-{name}.txt")):
            yield Sample(code, _band(line), f"lingua {name}", line)
            if index % 5 == 0:  # a fifth of them also cut into fragments
                for fragment in _fragments(line, index):
                    yield Sample(code, "short", f"lingua {name} fragment", fragment)
    for name, code in (("english-short", "en"), ("javanese-diacritics", "jv")):
        for line in _lines(OWN / f"own-{name}.txt"):
            yield Sample(code, _band(line), f"own {name}", line)
    for line in _lines(OWN / "own-sundanese-diacritics.txt"):
        yield Sample("su", _band(line), "own sundanese-diacritics", line)


def samples() -> list[Sample]:
    return [*nusax_samples(), *other_samples()]


def outcome(text: str) -> tuple[str, bool, str, bool]:
    """(language, accepted, used, warned) of the decision; too short: ("", False, "", False)."""
    try:
        decision = decide(text)
    except LanguageError:
        return "", False, "", False
    return decision.language, decision.accepted, decision.used, bool(decision.warnings)


def _rates(group: str, results: list[tuple[str, bool, str, bool]]) -> dict[str, float]:
    total = len(results)
    if group in REGIONAL:
        refused = sum(not accepted for _, accepted, _, _ in results)
        caught = sum((not accepted) or warned for _, accepted, _, warned in results)
        named = sum(language == group for language, _, _, _ in results)
        return {
            "n": total,
            "refused": refused / total,
            "refused_or_warned": caught / total,
            "named": named / total,
        }
    expected_use = "en" if group == "en" else "id"
    return {
        "n": total,
        "accepted": sum(accepted for _, accepted, _, _ in results) / total,
        f"as_{expected_use}": sum(used == expected_use for _, _, used, _ in results) / total,
        "refused_as_regional": sum(lang in REGIONAL for lang, _, _, _ in results) / total,
        "warned": sum(warned for _, _, _, warned in results) / total,
    }


def evaluate(material: list[Sample] | None = None) -> dict[str, dict[str, float]]:
    """Rates per "group/band" (e.g. "jv/short") over the material."""
    grouped: dict[str, list[tuple[str, bool, str, bool]]] = {}
    for sample in material if material is not None else samples():
        key = f"{sample.group}/{sample.band}"
        grouped.setdefault(key, []).append(outcome(sample.text))
    return {key: _rates(key.split("/")[0], results) for key, results in sorted(grouped.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the rates as JSON")
    args = parser.parse_args()
    report = evaluate()
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for key, rates in report.items():
        figures = "  ".join(
            f"{name}={value:.3f}" if name != "n" else f"n={int(value)}"
            for name, value in rates.items()
        )
        print(f"{key:<10} {figures}")


if __name__ == "__main__":
    main()
