"""Omission and untranslated text: is the English a whole translation, and is it English?

Omission: English runs a little shorter than its Indonesian source (no "me-"/"di-" affixes,
shorter function words). Counted in letters, an English sentence below
:data:`MIN_LENGTH_RATIO` of its source's letters has lost part of it; the ratio was calibrated
on the project's own parallel sentences (benchmarks/translation_check_eval.py, README).

Untranslated: the English copies the source's own words, or holds no English function word at
all, in which case the language reader of :mod:`summarizer.lang` names what it is instead.
"""

from __future__ import annotations

from summarizer.errors import SummarizerError
from summarizer.ground import PART_RE, STOPWORDS
from summarizer.lang import decide, language_name
from summarizer.result import Finding

MIN_LENGTH_RATIO = 0.66
MIN_SOURCE_LETTERS = 30  # shorter sentences vary too much in length to judge
# Short lines (talk, quotes) are translated more freely, so they get a gentler ratio.
SHORT_SOURCE_LETTERS = 40
SHORT_MIN_LENGTH_RATIO = 0.55
_COPIED_SHARE = 0.6  # this share of the English's ordinary words copied from the source
_MIN_COPIED_WORDS = 3
_MIN_WORDS_FOR_LANGUAGE = 5


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def _ordinary_words(text: str) -> list[str]:
    """Lower-case words (names left out) of at least two letters."""
    return [m.group() for m in PART_RE.finditer(text) if m.group()[0].islower()]


def omission_findings(source: str, english: str) -> list[Finding]:
    """A finding when the English is much shorter than its source."""
    source_letters = _letters(source)
    if source_letters < MIN_SOURCE_LETTERS:
        return []
    ratio = _letters(english) / source_letters
    floor = SHORT_MIN_LENGTH_RATIO if source_letters < SHORT_SOURCE_LETTERS else MIN_LENGTH_RATIO
    if ratio >= floor:
        return []
    message = (
        f"The translation is much shorter than the original ({ratio:.0%} of its length): "
        "part of the sentence may be missing."
    )
    return [Finding("omission", english.strip(), source.strip(), message)]


def _copied(source: str, english: str) -> bool:
    if " ".join(source.split()).lower() == " ".join(english.split()).lower():
        # A line of names alone ("Joko Widodo") is the same in English; a longer line is not.
        words = list(PART_RE.finditer(source))
        return bool(_ordinary_words(source)) or len(words) >= _MIN_WORDS_FOR_LANGUAGE - 1
    words = [word.lower() for word in _ordinary_words(english) if len(word) > 1]
    source_words = {word.lower() for word in _ordinary_words(source)}
    copied = [word for word in words if word in source_words and word not in STOPWORDS]
    return len(copied) >= _MIN_COPIED_WORDS and len(copied) >= _COPIED_SHARE * len(words)


def _other_language(english: str) -> str | None:
    """The language ``english`` reads as when it holds no English function word, else None."""
    words = [m.group().lower() for m in PART_RE.finditer(english)]
    if len(words) < _MIN_WORDS_FOR_LANGUAGE or any(word in STOPWORDS for word in words):
        return None
    if sum(1 for m in PART_RE.finditer(english) if m.group()[0].isupper()) * 2 >= len(words):
        return None  # a headline in title case: few function words is normal
    try:
        detection = decide(english)
    except SummarizerError:
        return "unknown"
    return None if detection.language == "en" else detection.language


def untranslated_findings(source: str, english: str) -> list[Finding]:
    """A finding when the English is the source copied, or is in neither language."""
    if _copied(source, english):
        message = "The translation repeats the original's words: it was not translated."
        return [Finding("untranslated", english.strip(), source.strip(), message)]
    language = _other_language(english)
    if language is None:
        return []
    reads_as = "no language we know" if language == "unknown" else language_name(language)
    message = f"The translation does not read as English (it reads as {reads_as})."
    return [Finding("untranslated", english.strip(), None, message)]
