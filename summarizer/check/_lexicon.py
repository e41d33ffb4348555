"""Ordinary English words: whether a capitalised English word is a word of the language or a name.

The word list is Webster's Second International (1934, public domain; the Unix ``web2`` file) as
the english-words package ships it. Web2 capitalises proper nouns only, so its lower-case entries
are the ordinary words: "grandma", "ministry", "scout" are there; "Kevin", "Oslo", "Christmas"
and "Batu" are not. It is read on first use (about 0.2 s, 20 MB), never at import.
"""

from __future__ import annotations

import re
from functools import cache

# Inflections web2 lists only in their base form: "scouts", "ministries", "organizers".
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("'s", ""), ("’s", ""), ("s'", ""), ("s’", ""))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Common English surnames that web2 lists as ordinary words: a "Smith" the source lacks is a
# person the translation brought in, not the word for a blacksmith.
_SURNAMES = frozenset(
    """
    smith brown white green black gray grey king young hill wood woods baker cook miller taylor
    walker hall turner carter parker cooper ward hunter fisher mason rose price bell lane long
    page webb marsh fox wolf reed bishop butler porter knight stone rivers banks cross lee
    """.split()
)


@cache
def _ordinary_words() -> frozenset[str]:
    from english_words import get_english_words_set  # a 3 MB pickle: read on first use only

    return frozenset(word for word in get_english_words_set(["web2"]) if word.islower())


def ordinary_word(word: str) -> bool:
    """Whether ``word``, in any case, is an ordinary English word or one's regular plural or
    possessive ("Scouts", "Grandma's"); a proper noun ("Kevin"), a common surname ("Smith") or
    an acronym ("OJK") is not."""
    if word.isupper() and len(word) > 1:
        return False
    lower = word.lower()
    if lower in _SURNAMES:
        return False
    words = _ordinary_words()
    if lower in words:
        return True
    return any(
        lower.endswith(ending) and lower[: len(lower) - len(ending)] + base in words
        for ending, base in _ENDINGS
    )


def ordinary_phrase(text: str, small_words: frozenset[str]) -> bool:
    """Whether every word of ``text`` other than ``small_words`` is an ordinary English word:
    "Social Affairs Ministry", "New Year's Eve"; not "Kevin Smith" or "TV"."""
    words = [word for word in _WORD.findall(text) if word.lower() not in small_words]
    return bool(words) and all(ordinary_word(word) for word in words)
