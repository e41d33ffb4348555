"""Function-word and affix lexicons: how much of a text is Javanese, Sundanese, Minangkabau, ….

One small data file per language in ``data/`` (its README says where each list comes from). A
word counts 1 for every language whose list holds it. An affix or letter group counts half, and
only on a word at least three letters longer than it; so does a word marked as sometimes
Indonesian. A suffix no Indonesian word has (Minangkabau -nyo) or an Indonesian word with a
regional sound change (Minangkabau tigo for tiga) counts as a whole word. Diacritics are stripped
before matching (``kowé`` is ``kowe``). Only lowercase words count, plus a capitalised word that
starts a sentence: names ("Dina", "Wong") do not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

__all__ = [
    "REGIONAL",
    "Evidence",
    "english_stopwords",
    "evidence",
    "indonesian_function_words",
    "normalise",
]

# The regional languages of Indonesia we recognise, in ISO 639 codes; each has data/<code>.txt.
REGIONAL = ("jv", "su", "min", "bjn", "ban", "mad", "ace", "bug", "bbc", "nij")
_OTHER = ("id", "en")  # Indonesian/Malay and English function words: evidence against a regional

_AFFIX_WEIGHT = 0.5
_AFFIX_MIN_REST = 3
# A word and its apostrophes: Buginese "de'", Madurese "ta'", hyphenated "se-Indonesia" stays one.
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*'?")
_SENTENCE_END = frozenset(".!?\"'“”:;")


@dataclass(frozen=True)
class _Lexicon:
    words: frozenset[str]
    half_words: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    inside: tuple[str, ...]
    strong_suffixes: tuple[str, ...]
    swaps: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Evidence:
    """Lexicon hits in a text: ``scores[code]`` is the weighted count of that language's words
    and affixes, ``whole[code]`` the number of whole words alone."""

    words: int
    scores: dict[str, float]
    whole: dict[str, int]

    def best_regional(self) -> tuple[str, float]:
        code = max(REGIONAL, key=lambda key: self.scores[key])
        return code, self.scores[code]


def normalise(text: str) -> str:
    """Lowercase-preserving text without diacritics and with straight apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _parse(text: str) -> _Lexicon:
    entries = [
        token
        for line in text.splitlines()
        if not line.lstrip().startswith("#")
        for token in normalise(line).lower().split()
    ]
    return _Lexicon(
        words=frozenset(e for e in entries if e[0] not in "-*" and e[-1] not in "-~"),
        half_words=frozenset(e[:-1] for e in entries if e.endswith("~")),
        prefixes=tuple(e[:-1] for e in entries if e.endswith("-") and e[0] != "*"),
        suffixes=tuple(e[1:] for e in entries if e.startswith("-") and not e.endswith("!")),
        strong_suffixes=tuple(e[1:-1] for e in entries if e.startswith("-") and e.endswith("!")),
        swaps=tuple(tuple(e[1:].split("=", 1)) for e in entries if e.startswith("=")),  # type: ignore[misc]
        inside=tuple(e[1:-1] for e in entries if e.startswith("*") and e.endswith("*")),
    )


@cache
def _lexicon(code: str) -> _Lexicon:
    """The list ``data/<code>.txt`` as written (read once)."""
    return _parse((resources.files(__package__) / "data" / f"{code}.txt").read_text("utf-8"))


def english_stopwords() -> frozenset[str]:
    """The one English stop-word list (``data/en.txt``), lower case."""
    return _lexicon("en").words


def indonesian_function_words() -> frozenset[str]:
    """The one Indonesian (and Malay) function-word list (``data/id.txt``), lower case."""
    return _lexicon("id").words


@cache
def _lexicons() -> dict[str, _Lexicon]:
    loaded = {code: _lexicon(code) for code in (*REGIONAL, *_OTHER)}
    # A common Indonesian or Malay word never counts for a regional language.
    indonesian = loaded["id"].words
    for code in REGIONAL:
        lexicon = loaded[code]
        loaded[code] = replace(lexicon, words=lexicon.words - indonesian)
    return loaded


def _counted_words(text: str) -> tuple[int, list[str]]:
    """All words, and the lowercased ones that count (lowercase, or capitalised at a start)."""
    normalised = normalise(text)
    total = 0
    counted: list[str] = []
    for match in _TOKEN.finditer(normalised):
        total += 1
        word = match.group()
        before = normalised[: match.start()].rstrip()
        starts_sentence = not before or before[-1] in _SENTENCE_END
        if word.islower() or (starts_sentence and word[1:].islower()):
            counted.append(word.lower())
    return total, counted


def _is_whole(word: str, lexicon: _Lexicon, indonesian: frozenset[str]) -> bool:
    """A word of the list, one with a suffix that no Indonesian word has (Minangkabau -nyo), or
    an Indonesian word with a regional sound change (Minangkabau tigo for tiga)."""
    if word in lexicon.words or word.replace("'", "") in lexicon.words:
        return True
    if word not in indonesian and any(
        word.endswith(ending) and word[: -len(ending)] + original in indonesian
        for ending, original in lexicon.swaps
    ):
        return True
    return any(
        word.endswith(suffix) and len(word) >= len(suffix) + _AFFIX_MIN_REST
        for suffix in lexicon.strong_suffixes
    )


def _score(word: str, lexicon: _Lexicon, indonesian: frozenset[str]) -> float:
    if _is_whole(word, lexicon, indonesian):
        return 1.0
    if word in indonesian:
        return 0.0
    if word in lexicon.half_words:
        return _AFFIX_WEIGHT

    def long_enough(affix: str) -> bool:
        return len(word) >= len(affix) + _AFFIX_MIN_REST

    affixed = (
        any(word.startswith(p) and long_enough(p) for p in lexicon.prefixes)
        or any(word.endswith(s) and long_enough(s) for s in lexicon.suffixes)
        or any(group in word and long_enough(group) for group in lexicon.inside)
    )
    return _AFFIX_WEIGHT if affixed else 0.0


def evidence(text: str) -> Evidence:
    """Weighted lexicon hits of every language in ``text``."""
    total, counted = _counted_words(text)
    lexicons = _lexicons()
    indonesian = lexicons["id"].words
    scores = {
        code: sum(_score(word, lexicon, indonesian) for word in counted)
        for code, lexicon in lexicons.items()
    }
    whole = {
        code: sum(_is_whole(word, lexicon, indonesian) for word in counted)
        for code, lexicon in lexicons.items()
    }
    return Evidence(total, scores, whole)
