"""Spoken Indonesian as transcribed: what a speaker took back is no part of what the English says.

A talk's transcript keeps a speaker's self-corrections: "udah tiga, eh, empat tahun", "Selasa sama
Jumat, eh, Selasa sama Sabtu", "nggak pernah, apa namanya, nggak pernah". A subtitle keeps only
the corrected words ("for four years"), so the words taken back are left out of the source
before it is checked.
"""

from __future__ import annotations

import re

from summarizer.ground import ID_SCALES, ID_UNITS

# What a speaker says between the words taken back and the ones that replace them.
_MARKER = re.compile(r",?\s*\b(?:eh+|maksudnya|maksud saya|apa namanya)\b,?\s*", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# How far back a repeated word may be to start what was taken back.
_REACH = 6
# Words of a spoken number or hour: "dua koma tujuh", "jam setengah enam", "dua ribu".
_NUMBER_WORDS = frozenset(
    {*ID_UNITS, *ID_SCALES, "belas", "puluh", "koma", "setengah", "jam", "pukul"}
)


def without_retractions(text: str) -> str:
    """``text`` without the words a speaker took back ("tiga, eh, empat" -> "empat")."""
    for marker in reversed(list(_MARKER.finditer(text))):
        start = _retracted_start(text[: marker.start()], text[marker.end() :])
        if start is not None:
            text = text[:start] + text[marker.end() :]
    return text


def _retracted_start(before: str, after: str) -> int | None:
    """Where the words taken back begin in ``before``, or None when the marker is a filler: the
    word after the marker starts them again ("Selasa sama Jumat, eh, Selasa ..."), or a number
    follows a number ("tiga, eh, empat")."""
    following = _WORD.match(after)
    if following is None:
        return None
    first = following.group().lower()
    recent = list(_WORD.finditer(before))[-_REACH:]
    for word in reversed(recent):
        if word.group().lower() == first:
            return word.start()
    if recent and _is_number(recent[-1].group()) and _is_number(first):
        start = recent[-1].start()
        for word in reversed(recent[:-1]):
            if not _is_number(word.group()):
                break
            start = word.start()
        return start
    return None


def _is_number(word: str) -> bool:
    return word.isdigit() or word.lower() in _NUMBER_WORDS
