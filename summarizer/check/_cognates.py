"""Cognates: an Indonesian loanword and the English word it came from ("Narkotika"/"Narcotics").

Indonesian respells the international words it borrows by regular rules: *c* becomes *k* or *s*,
*ph* becomes *f*, *-tion* becomes *-si*, *-ics* becomes *-ika*, *-logy* becomes *-logi*, double
letters are single. Both words are brought to one spelling by those rules and compared; so
"Korupsi"/"Corruption", "Klimatologi"/"Climatology", "Kelas"/"Class" and "Imigrasi"/"Immigration"
are one word, "Natal"/"Christmas" are not. Names that institutions translate are mostly such words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from summarizer.ground import normal_word

_MIN_LENGTH = 4  # shorter words match by chance
_MIN_SIMILARITY = 0.8
# English spellings → the Indonesian way of writing the same sounds, longest first.
_EN_RULES = (
    (r"tion(s)?$", "si"),
    (r"sion(s)?$", "si"),
    (r"ics$", "ika"),
    (r"ic$", "ik"),
    (r"ical$", "is"),
    (r"logy$", "logi"),
    (r"ty$", "tas"),
    (r"y$", "i"),
    (r"ph", "f"),
    (r"th", "t"),
    (r"ch", "k"),
    (r"qu", "kw"),
    (r"(?<!^)x", "ks"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"y", "i"),
    (r"s$", ""),
)
_ID_RULES = (
    (r"sy", "s"),
    (r"kh", "k"),
    (r"nya$", ""),
)
_DOUBLE = re.compile(r"(.)\1")


def _spelled(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    for pattern, replacement in rules:
        word = re.sub(pattern, replacement, word)
    return _DOUBLE.sub(r"\1", word)


def cognate(indonesian: str, english: str) -> bool:
    """Whether ``indonesian`` is the Indonesian spelling of ``english`` (see the module)."""
    id_word, en_word = normal_word(indonesian), normal_word(english)
    if min(len(id_word), len(en_word)) < _MIN_LENGTH:
        return False
    if id_word[:1] == en_word[:1] and _similar(id_word, en_word):
        return True  # spelt alike, or a typo on one side ("Xaviewr"/"Xavier")
    id_form = _spelled(id_word, _ID_RULES)
    en_form = _spelled(en_word, _EN_RULES)
    if id_form[:1] == en_form[:1] and _similar(id_form, en_form):
        return True
    # A name transliterated with other vowels ("Hizbullah"/"Hezbollah", "Primer"/"Premier").
    skeleton = _consonants(id_form)
    return len(skeleton) >= _MIN_SKELETON and skeleton == _consonants(en_form)


_MIN_SKELETON = 4  # consonants: fewer match by chance
_VOWELS = re.compile(r"[aeiouy]")


def _consonants(word: str) -> str:
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", word))


def _similar(first: str, second: str) -> bool:
    return SequenceMatcher(None, first, second).ratio() >= _MIN_SIMILARITY
