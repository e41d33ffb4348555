"""Text primitives shared by the grounding checks: spans, word patterns, capitals, normal forms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

LANGS = ("en", "id")

LETTERS = r"[^\W\d_]"
WORD_RE = re.compile(
    rf"(?:[A-Z]\.){{2,}}|(?<!\d){LETTERS}+(?:['’]{LETTERS}+)*(?:-{LETTERS}+(?:['’]{LETTERS}+)*)*"
)
"""A word as names and weekdays are read: "U.S.", "Jum'at", "Pyongyang-Moscow's"; letters glued
to digits are a unit or a suffix of the number ("75K", "5km", "19th"), no word of their own."""
PART_RE = re.compile(rf"{LETTERS}+(?:['’]{LETTERS}+)*")
"""A word without hyphens, as overlap scoring and name lookup read it."""
DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}")
POSSESSIVE_RE = re.compile(r"['’]s?$", re.IGNORECASE)
SPACE = "[ \u00a0\u202f\u2009]"
GAP = "[ \t\u00a0\u202f\u2009]+"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be 'en' or 'id', not {lang!r}")
    return lang


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that "sept" wins over "sep"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def at_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line, or a quotation ("he said, “Never ...")."""
    if re.search(r"(?:^|[\s,:])[\"“‘]\s*$", text[:start]):
        return True
    before = text[:start].rstrip(" \t\"'“‘([")
    return not before or before[-1] in ".!?:;\n•-–—*"


def strip_possessive(word: str) -> str:
    return word[:-2] if word[-2:].lower() in ("'s", "’s") else word.rstrip("'’")


def normal_word(word: str) -> str:
    """Lower case, no possessive, no accents: "Pelé's" -> "pele"."""
    decomposed = unicodedata.normalize("NFKD", strip_possessive(word).lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("’", "'")
