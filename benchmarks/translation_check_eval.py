"""How well the translation check (summarizer.check) tells faithful English from broken English.

Reads parallel sentences written for this project (benchmarks/data/check_pairs.tsv: Indonesian,
faithful English) and breaks each English in the ways the check is meant to catch:

* number: one number of the English changed (digits +1 in the first digit, words to another);
* name: one name of the English replaced (by another name, or by an ordinary word);
* negation: the English's negation removed ("not", "n't", "never", "no" ...);
* omission: the English cut to its first half;
* untranslated: the English replaced by the Indonesian source.

Prints, for the faithful sentences, the share flagged (any finding), and for each break the
share caught by a finding of that kind. Run: ``python -m benchmarks.translation_check_eval``
(``--show`` lists the sentences behind each miss and false alarm).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from summarizer.check import check_translation, source_names
from summarizer.ground import number_mentions

PAIRS = Path(__file__).resolve().parent / "data" / "check_pairs.tsv"
_OTHER_NAMES = ["Smith", "Hamburg", "Nairobi", "stone", "Christmas", "Kevin", "Oslo", "river"]
_SPELLED = {"two": "three", "three": "four", "four": "six", "five": "seven", "hundreds": "dozens"}
_NEGATION = [
    (r"\bhave not yet\b", "have already"),
    (r"\bhas not yet\b", "has already"),
    (r"\bnot yet\b", "already"),
    (r"\bwould not\b", "would"),
    (r"\bwill not\b", "will"),
    (r"\bdid not\b", "did"),
    (r"\bcannot\b", "can"),
    (r"\bnot\b ", ""),
    (r"n't\b", ""),
    (r"\bnever\b", "often"),
    (r"\bNone of\b", "All of"),
    (r"\bno\b", "an"),
    (r"\bwithout\b", "with"),
    (r"\bgoalless\b", "high-scoring"),
]


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, english = line.split("\t")
            pairs.append((source, english))
    return pairs


def change_number(english: str) -> str | None:
    for mention in number_mentions(english, "en"):
        text = mention.span.text
        digit = re.search(r"\d", text)
        if digit:
            new = str((int(digit.group()) + 1) % 10)
            if digit.start() == 0 and new == "0":
                new = "9"
            changed = text[: digit.start()] + new + text[digit.end() :]
        elif text.lower() in _SPELLED:
            changed = _SPELLED[text.lower()]
        else:
            continue
        start, end = mention.span.start, mention.span.end
        return english[:start] + changed + english[end:]
    return None


def swap_name(source: str, english: str, turn: int) -> str | None:
    for name in source_names(source):
        for token in name.tokens:
            word = token.text
            match = re.search(rf"\b{re.escape(word)}\b", english)
            if match and not word.isupper():
                other = _OTHER_NAMES[turn % len(_OTHER_NAMES)]
                return english[: match.start()] + other + english[match.end() :]
    return None


def drop_negation(english: str) -> str | None:
    for pattern, replacement in _NEGATION:
        changed, count = re.subn(pattern, replacement, english, count=1)
        if count:
            return changed
    return None


def cut_half(english: str) -> str:
    words = english.split()
    return " ".join(words[: max(1, len(words) // 2)]).rstrip(",;:") + "."


def evaluate(pairs: list[tuple[str, str]], show: bool) -> dict[str, tuple[int, int]]:
    results: dict[str, tuple[int, int]] = {}

    def tally(name: str, hit: bool, source: str, english: str, kinds: list[str]) -> None:
        caught, total = results.get(name, (0, 0))
        results[name] = (caught + hit, total + 1)
        wanted_hit = not hit if name == "faithful" else hit
        if show and not wanted_hit:
            print(f"[{name}] {kinds}\n  id: {source}\n  en: {english}")

    for turn, (source, english) in enumerate(pairs):
        kinds = [f.kind for f in check_translation(source, english)]
        tally("faithful", bool(kinds), source, english, kinds)
        broken = {
            "number": change_number(english),
            "name": swap_name(source, english, turn),
            "negation": drop_negation(english),
            "omission": cut_half(english) if len(english.split()) >= 8 else None,
            "untranslated": source,
        }
        for kind, text in broken.items():
            if text is None or text == english:
                continue
            found = [f.kind for f in check_translation(source, text)]
            tally(kind, kind in found, source, text, found)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    results = evaluate(read_pairs(args.pairs), args.show)
    print(f"{'case':<14}{'rate':>8}{'n':>6}")
    for name, (hits, total) in results.items():
        label = "flagged" if name == "faithful" else "caught"
        print(f"{name:<14}{hits / total:>7.1%}{total:>6}  {label}")


if __name__ == "__main__":
    main()
