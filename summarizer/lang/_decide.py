"""Language detection: which language is the article in, may it be summarised, which sentences
are English.

``decide`` is the one decision, used by ``detect`` and ``summarize`` alike. It combines three
detectors:

- langdetect (the base): made deterministic (a fixed seed per detector) and thread-safe (its
  profiles are loaded once, under a lock, on first use; nothing is loaded at import time). It knows
  no regional language of Indonesia (and has no Malay profile): it calls them Indonesian.
- function-word and affix lexicons of ten regional languages of Indonesia, Indonesian and English
  (``_lexicon.py``, lists in ``data/``);
- py3langid, whose model ships in its wheel (``_kept.py``): it knows Javanese and Acehnese,
  and short English sentences.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TextIO

import summarizer.lang._kept as kept
from summarizer.errors import ConfigError, InputError, LanguageError, SummarizerError
from summarizer.lang._lexicon import (
    REGIONAL,
    Evidence,
    english_stopwords,
    evidence,
    indonesian_function_words,
)
from summarizer.lang._names import language_name
from summarizer.result import Candidate, Detection

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

__all__ = [
    "REGIONAL",
    "choose_language",
    "decide",
    "detect_jsonl",
    "detect_language",
    "english_sentence_mask",
    "language_name",
    "write_jsonl_decisions",
]


_LOCK = threading.Lock()
_ready = False

MIN_WORDS = 3
MIN_LETTERS = 8
_TOO_SHORT = "Too little text to tell the language; paste at least a sentence or two."
_WORD = re.compile(r"[^\W\d_]+")


# Thresholds of the decision (tuned on the shared corpus; see benchmarks/langid_eval.py).
REGIONAL_MIN_HITS = 1.0  # weighted lexicon hits of one regional language
REGIONAL_MIN_RATIO = 0.25  # ... more than this times the Indonesian and English function words
REGIONAL_REFUSE_SHARE = 0.12  # share of the words: refused
REGIONAL_WARN_SHARE = 0.06  # share of the words: accepted with a warning naming the language
KEPT_REGIONAL_PROBABILITY = 0.5
KEPT_REGIONAL_WEIGHT = 1.0
KEPT_SURE_PROBABILITY = 0.9  # py3langid this sure of another language overrules langdetect's en
KEPT_UNSURE_PROBABILITY = 0.5  # py3langid unsure: English function words may decide
# Languages py3langid confuses with the regional ones: its agreement with langdetect on one of
# them does not settle the question.
_NEAR_INDONESIAN = frozenset({"id", "ms", "tl", "jv", "ace", "bcl", "su"})
INDONESIAN_MIN_SHARE = 0.3  # Indonesian function words: Indonesian after all
ENGLISH_MIN_FUNCTION = 2  # English function words that make a text English
_SOURCE_OF = {"id": "id", "ms": "id", "en": "en"}

ENGLISH_MIN_WORDS = 5
ENGLISH_MIN_PROBABILITY = 0.95


def _factory() -> DetectorFactory:
    """langdetect's shared factory, its profiles loaded exactly once (under a lock)."""
    global _ready
    from langdetect import detector_factory

    if not _ready:
        with _LOCK:
            if not _ready:
                detector_factory.init_factory()
                _ready = True
    factory = detector_factory._factory
    assert factory is not None
    return factory


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _langdetect(text: str, seed: int) -> Detection:
    """langdetect's view of ``text`` (best first); LanguageError when there is too little text."""
    if len(_words(text)) < MIN_WORDS or sum(char.isalpha() for char in text) < MIN_LETTERS:
        raise LanguageError(_TOO_SHORT)
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.seed = seed  # per detector, not the global DetectorFactory.seed: thread-safe
    try:
        detector.append(text)
        found = detector.get_probabilities()
    except LangDetectException:
        raise LanguageError(_TOO_SHORT) from None
    if not found:
        raise LanguageError(_TOO_SHORT)
    candidates = tuple(Candidate(item.lang, round(item.prob, 4)) for item in found)
    return Detection(candidates[0].language, candidates[0].probability, candidates)


def detect_language(text: str, seed: int = 0) -> Detection:
    """The decision on ``text`` with the language chosen automatically (see ``decide``)."""
    return decide(text, "auto", seed)


def decide(text: str, forced: str = "auto", seed: int = 0) -> Detection:
    """Which language ``text`` is in, and whether ``summarize`` goes ahead with it.

    Same text, forced language and seed: same answer. ``forced`` ("id" or "en") makes the text
    accepted whatever it looks like (with a warning when it looks like something else). Raises
    LanguageError when there is too little text to decide and no language is forced.
    """
    _check_forced(forced)
    try:
        base = _langdetect(text, seed)
    except LanguageError:
        if forced == "auto":
            raise
        return Detection("unknown", 0.0, (), accepted=True, used=forced)
    verdict = _judge(text, base)
    if forced == "auto" or (verdict.accepted and verdict.used == forced):
        return verdict
    note = f"The text looks like {language_name(verdict.language)}; it is read as "
    note += f"{language_name(forced)}, as chosen."
    return replace(verdict, accepted=True, used=forced, reason="", warnings=(note,))


def _check_forced(forced: str) -> None:
    if forced not in ("auto", "id", "en"):
        raise ConfigError(f"Unknown source language {forced!r}; choose auto, id or en.")


def _judge(text: str, base: Detection) -> Detection:
    """The automatic decision: langdetect's view corrected by the lexicons and py3langid."""
    seen = evidence(text)
    guess, guess_probability = kept.best_guess(text)
    foreign = _foreign(base, guess, guess_probability)
    if foreign is not None:
        code, probability = foreign
        reason = _other_language_reason(code, probability)
        return replace(base, language=code, probability=probability, accepted=False, reason=reason)
    if _looks_english(seen, base, guess, guess_probability):
        probability = base.probability if base.language == "en" else guess_probability
        return replace(base, language="en", probability=probability, accepted=True, used="en")
    regional = _regional(seen, guess, guess_probability)
    if regional is not None and regional[2]:
        code, confidence, _ = regional
        return replace(base, language=code, probability=confidence, accepted=False,
                       reason=_regional_reason(code))  # fmt: skip
    warnings = () if regional is None else (_regional_warning(regional[0]),)
    if base.language in ("id", "ms"):
        return replace(base, accepted=True, used="id", warnings=warnings)
    if _looks_indonesian(seen, guess, regional is None):
        # langdetect says Tagalog, Somali or Catalan for some short Indonesian; py3langid or the
        # Indonesian function words say it is not.
        language = guess if guess in ("id", "ms") else "id"
        probability = guess_probability if guess == language else round(_share(seen, "id"), 4)
        return replace(base, language=language, probability=probability, accepted=True,
                       used="id", warnings=warnings)  # fmt: skip
    reason = _other_language_reason(base.language, base.probability)
    return replace(base, accepted=False, reason=reason)


def _share(seen: Evidence, code: str) -> float:
    return seen.scores[code] / max(seen.words, 1)


def _regional(
    seen: Evidence, guess: str, guess_probability: float
) -> tuple[str, float, bool] | None:
    """(code, confidence, refuse) when the text looks like a regional language, else None.

    The confidence is the regional share of the evidence, not a calibrated probability."""
    code, hits = seen.best_regional()
    whole = seen.whole[code]
    if guess in REGIONAL and guess_probability >= KEPT_REGIONAL_PROBABILITY:
        hits += KEPT_REGIONAL_WEIGHT  # py3langid's vote counts like a whole word
        whole += 1
        if seen.scores[code] == 0:
            code = guess
    against = seen.scores["id"] + seen.scores["en"]
    share = hits / max(seen.words, 1)
    # Affixes alone never decide (an Indonesian "foto dan video" is not Minangkabau).
    if whole < 1 or hits < REGIONAL_MIN_HITS or hits <= against * REGIONAL_MIN_RATIO:
        return None
    confidence = round(min(0.99, hits / (hits + against + 1)), 4)
    if share >= REGIONAL_REFUSE_SHARE:
        return code, confidence, True
    if share >= REGIONAL_WARN_SHARE:
        return code, confidence, False
    return None


def _foreign(base: Detection, guess: str, guess_probability: float) -> tuple[str, float] | None:
    """(code, probability) when both detectors see a language far from Indonesian and English:
    "je" is then French, not Ngaju; "Das ist gut so" German, not langdetect's English."""
    if guess in _NEAR_INDONESIAN or guess in ("en", "pcm"):
        return None
    if base.language == guess:
        return guess, base.probability
    if base.language == "en" and guess_probability >= KEPT_SURE_PROBABILITY:
        return guess, guess_probability
    return None


def _looks_english(seen: Evidence, base: Detection, guess: str, guess_probability: float) -> bool:
    if base.language == "en":
        return True
    # langdetect calls some short English sentences Catalan or Estonian; py3langid (for which
    # English-based Nigerian Pidgin stands in for English in short texts) or the English function
    # words, with no Indonesian or regional word against them, say otherwise.
    english = seen.scores["en"]
    regional = max(seen.whole[code] for code in REGIONAL)
    if english < seen.scores["id"] or english < regional:
        return False
    if guess in ("en", "pcm"):
        return True
    unsure = guess_probability < KEPT_UNSURE_PROBABILITY
    return unsure and english >= ENGLISH_MIN_FUNCTION and seen.scores["id"] == 0 and regional == 0


def _looks_indonesian(seen: Evidence, guess: str, no_regional: bool) -> bool:
    if guess in ("id", "ms") and no_regional:
        return True
    return _share(seen, "id") >= INDONESIAN_MIN_SHARE and seen.scores["id"] > seen.scores["en"]


def _regional_reason(code: str) -> str:
    return (
        f"The text looks like {language_name(code)} ({code}), a regional language of "
        "Indonesia, not Indonesian. Only Indonesian (and Malay) or English is supported: the "
        "translation model knows no other language. If the text is Indonesian, choose the "
        "source language yourself."
    )


def _regional_warning(code: str) -> str:
    return (
        f"Parts of the text look like {language_name(code)} ({code}), a regional language of "
        "Indonesia; the translation model only knows Indonesian, so those parts may be "
        "translated badly."
    )


def _other_language_reason(code: str, probability: float) -> str:
    return (
        f"The text looks like {language_name(code)} ({code}, probability {probability:.2f}). "
        "Only Indonesian (and Malay) or English is supported; choose the source language "
        "yourself if the detection is wrong."
    )


def choose_language(detection: Detection, forced: str = "auto", text: str = "") -> str:
    """The source language to use, "id" or "en"; LanguageError (with the reason) when refused.

    ``forced`` ("id" or "en") wins over the detection. ``text`` is kept for older callers: the
    decision is already in ``detection`` (see ``decide``).
    """
    del text  # the decision was taken when the text was detected
    _check_forced(forced)
    if forced != "auto":
        return forced
    if detection.accepted and detection.used in ("id", "en"):
        return detection.used
    if detection.accepted and detection.language in _SOURCE_OF:
        return _SOURCE_OF[detection.language]
    raise LanguageError(
        detection.reason or _other_language_reason(detection.language, detection.probability),
        language=detection.language,
    )


def english_sentence_mask(sentences: Sequence[str], seed: int = 0) -> list[bool]:
    """For each sentence: True when it is confidently English (to be kept untranslated).

    Conservative: a sentence must be long enough, hold English function words and no Indonesian
    ones, and be detected as English with high probability. An Indonesian sentence that mentions
    English names ("Manchester United mengalahkan Liverpool") stays False.
    """
    return [_is_english(sentence, seed) for sentence in sentences]


def _is_english(sentence: str, seed: int) -> bool:
    words = [word.lower() for word in _words(sentence)]
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    if not indonesian_function_words().isdisjoint(words):
        return False
    if english_stopwords().isdisjoint(words):
        return False
    try:
        detection = _langdetect(sentence, seed)
    except LanguageError:
        return False
    return detection.language == "en" and detection.probability >= ENGLISH_MIN_PROBABILITY


# --- batch: one decision per JSON line --------------------------------------------------------


def detect_jsonl(
    lines: Iterable[bytes | str], decide_text: Callable[[str], Detection]
) -> Iterator[dict[str, Any]]:
    """For each JSON line ``{"text": ...}``: the decision as a dict, with its line number.

    A line that is not such an object, or whose text cannot be decided (too short, too long),
    gives ``{"line": n, "accepted": false, "error": message}`` instead; the batch goes on.
    """
    for number, line in enumerate(lines, start=1):
        try:
            text = _text_of_line(line)
            yield {"line": number, **decide_text(text).to_dict()}
        except SummarizerError as error:
            yield {"line": number, "accepted": False, "error": str(error)}


def _text_of_line(line: bytes | str) -> str:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("The line is not UTF-8 text.") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"The line is not JSON ({error.msg}).") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError('The line is not a JSON object with a "text" string.')
    return record["text"]


def write_jsonl_decisions(path: str, decide_text: Callable[[str], Detection], out: TextIO) -> None:
    """Read JSON lines from ``path`` (``-``: standard input) and write one decision per line."""
    if path == "-":
        if sys.stdin is None:
            raise InputError("Nothing to read on standard input.")
        _write_all(sys.stdin.buffer, decide_text, out)
        return
    try:
        with open(path, "rb") as handle:
            _write_all(handle, decide_text, out)
    except OSError as error:
        raise InputError(
            f"Cannot read {path}: {error.strerror or error}.", public="The file cannot be read."
        ) from None


def _write_all(
    lines: Iterable[bytes], decide_text: Callable[[str], Detection], out: TextIO
) -> None:
    for decision in detect_jsonl(lines, decide_text):
        out.write(json.dumps(decision, ensure_ascii=False) + "\n")
