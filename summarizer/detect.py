"""Language detection: which language is the article in, and which sentences are English.

Built on langdetect, made deterministic (a fixed seed per detector) and thread-safe (its language
profiles are loaded once, under a lock, on first use; nothing is loaded at import time).
langdetect knows neither Javanese nor Sundanese (and has no Malay profile): it calls them
Indonesian. A function-word check catches those two regional languages, which the translation
model does not handle.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .errors import ConfigError, LanguageError
from .languages import language_name
from .result import Candidate, Detection

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

__all__ = ["choose_language", "detect_language", "english_sentence_mask", "language_name"]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LOCK = threading.Lock()
_ready = False

MIN_WORDS = 3
MIN_LETTERS = 15
_TOO_SHORT = "Too little text to tell the language; paste at least a sentence or two."
_WORD = re.compile(r"[^\W\d_]+")


# Function words of Javanese (ngoko and krama) and Sundanese that Indonesian and Malay do not use.
# Words that are also Indonesian ("aku", "bakal", "kaya", "aja", "di", "teh", "mah") are left out.
# Only lowercase occurrences count, so names ("Dina", "Aya", "Wong") do not. Checked against 1,400
# Indonesian and Malay sentences and paragraphs (lingua, IndoSum, PANL, NusaX): no hit at all.
_JAVANESE = _word_set(
    "ora iki iku kuwi karo lan ing sing ning neng nyang uga uwis wis wes kanggo dinggo menyang "
    "saka seka amarga merga mergo nanging utawa yaiku luwih akeh mung tenan dhewe dewe maneh isih "
    "durung arep yen saiki banjur kowe iso isa dadi siji apik nggawe ngene ngono kudune piye opo "
    "mboten boten menika punika kula panjenengan sampun dereng saged ingkang kaliyan wonten badhe "
    "dipun ugi kangge saking dhateng nggih inggih sanget"
)
_SUNDANESE = _word_set(
    "teu henteu jeung sareng anu nu kana ieu eta éta geus tos keur abdi anjeun aya pisan oge ogé "
    "deui tiasa hoyong janten pikeun ngan kitu kieu naon kumaha upami lamun sabab kusabab ayeuna "
    "dina wae waé atuh sanes bade kedah nyaeta nyaéta sapertos hiji sahiji urang arurang loba sae "
    "keneh kénéh dugi geura gaduh siga"
)
_REGIONAL_MIN_HITS = 2
_REGIONAL_MIN_SHARE = 0.05

# For english_sentence_mask: common function words of each language (lowercase).
_INDONESIAN_FUNCTION = _word_set(
    "yang dan di ke dari ini itu dengan untuk tidak akan pada adalah dalam juga oleh karena sudah "
    "telah bisa ada atau kata mereka kami saya kita ia dia para sebagai bahwa lebih saat tersebut "
    "menjadi masih hanya namun tetapi secara hingga sejak agar bagi serta pun lalu kini sangat "
    "belum yaitu seperti antara tak nya ujar ucap menurut kepada bagaimana apa"
)
_ENGLISH_FUNCTION = _word_set(
    "the a an of to and in is was are were be been for on that with by it as at from this has "
    "have had will would said not but or which who they he she we you its their his her"
)
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


def detect_language(text: str, seed: int = 0) -> Detection:
    """Detect the language of ``text`` (best first; same text and seed, same answer).

    Raises LanguageError when there is too little text to decide.
    """
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


def choose_language(detection: Detection, forced: str = "auto", text: str = "") -> str:
    """The source language to use, "id" or "en".

    ``forced`` ("id" or "en") wins over the detection. Otherwise Indonesian and Malay give "id",
    English gives "en"; Javanese or Sundanese (recognised from ``text``) and any other language
    raise LanguageError naming it.
    """
    if forced in ("id", "en"):
        return forced
    if forced != "auto":
        raise ConfigError(f"Unknown source language {forced!r}; choose auto, id or en.")
    if detection.language != "en":
        regional = regional_language(text)
        if regional is not None:
            raise LanguageError(
                f"The text looks like {language_name(regional)} (or another regional language "
                "of Indonesia), not Indonesian. Only Indonesian (and Malay) or English is "
                "supported; if the text is Indonesian, choose the source language yourself.",
                language=regional,
            )
    if detection.language in ("id", "ms"):
        return "id"
    if detection.language == "en":
        return "en"
    raise LanguageError(
        f"The text looks like {language_name(detection.language)} ({detection.language}, "
        f"probability {detection.probability:.2f}). Only Indonesian (and Malay) or English is "
        "supported; choose the source language yourself if the detection is wrong.",
        language=detection.language,
    )


def regional_language(text: str) -> str | None:
    """ "jv" or "su" when ``text`` is written in Javanese or Sundanese, else None."""
    words = _words(text)
    lowercase = [word for word in words if word.islower()]
    scores = {
        "jv": sum(word in _JAVANESE for word in lowercase),
        "su": sum(word in _SUNDANESE for word in lowercase),
    }
    code = max(scores, key=lambda key: scores[key])
    hits = scores[code]
    if hits >= _REGIONAL_MIN_HITS and hits >= _REGIONAL_MIN_SHARE * len(words):
        return code
    return None


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
    if any(word in _INDONESIAN_FUNCTION for word in words):
        return False
    if not any(word in _ENGLISH_FUNCTION for word in words):
        return False
    try:
        detection = detect_language(sentence, seed=seed)
    except LanguageError:
        return False
    return detection.language == "en" and detection.probability >= ENGLISH_MIN_PROBABILITY
