"""Omission and untranslated text: is the English a whole translation, and is it English?

Omission: English runs a little shorter than its Indonesian source (no "me-"/"di-" affixes,
shorter function words). Counted in letters, an English sentence below
:data:`MIN_LENGTH_RATIO` of its source's letters has lost part of it; the ratio was calibrated
on the project's own parallel sentences (benchmarks/translation_check_eval.py, README).

Untranslated: the English copies the source's own words, or holds no English function word at
all, in which case the language reader of :mod:`summarizer.lang` names what it is instead.
"""

from __future__ import annotations

import re

from summarizer.check._numbers import english_stated
from summarizer.check._tables import (
    AUXILIARIES_BEFORE_ADVERB,
    COPULA_CLAUSE_OPENERS,
    COPULA_ENDINGS,
    COPULA_FINISHED_AFTER,
    EN_ADVERB_ENDINGS,
    EN_ADVERB_MIN_LETTERS,
    EN_CONTRACTED_ENDINGS,
    FINISHED_BEFORE_LAST,
    ID_DESCRIBED,
    ID_PADDING,
    ID_SHORT_FORMS,
    ID_TITLES,
    UNFINISHED_ENDINGS,
)
from summarizer.errors import SummarizerError
from summarizer.ground import (
    EXONYMS,
    MONTHS_ID,
    PART_RE,
    STOPWORDS,
    WEEKDAYS_ID,
    number_mentions,
)
from summarizer.lang import decide, language_name
from summarizer.result import Finding

MIN_LENGTH_RATIO = 0.60
# Between this ratio and MIN_LENGTH_RATIO a loose translation is as likely as a cut one: the
# English is judged cut only when it lacks the source's last anchor (a number or name written
# alike on both sides, in the last fifth of the source), which a cut English loses with its tail.
LOOSE_LENGTH_RATIO = 0.48
_TAIL_SHARE = 0.8
MIN_SOURCE_LETTERS = 30  # shorter sentences vary too much in length to judge
# Short lines (talk, quotes) are translated more freely, so they get a gentler ratio.
SHORT_SOURCE_LETTERS = 40
SHORT_MIN_LENGTH_RATIO = 0.54
# A source of several sentences rendered in fewer: a translator who joins sentences keeps their
# content, so a joined English this much shorter has more likely lost a sentence ("The portion's
# huge." for a review's two sentences).
JOINED_MIN_LENGTH_RATIO = 0.65
_COPIED_SHARE = 0.6  # this share of the English's ordinary words copied from the source
_MIN_COPIED_WORDS = 3
_MIN_WORDS_FOR_LANGUAGE = 5
# Closing words no word before makes whole: articles, possessives ("... recorded a.").
_ALWAYS_UNFINISHED = re.compile(r"an?|the|its|their|my|our|your")


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def _ordinary_words(text: str) -> list[str]:
    """Lower-case words (names left out) of at least two letters."""
    return [m.group() for m in PART_RE.finditer(text) if m.group()[0].islower()]


def _cut_short(english: str) -> str | None:
    """The last word of ``english`` when no English sentence ends on it ("recorded a.", "was
    born in the."): the translation stops in mid-phrase, as a model's does at its length limit."""
    words = [word.lower() for word in re.findall(r"[\w'’]+", english)]
    if len(words) < _MIN_WORDS_FOR_LANGUAGE - 1 or english.rstrip()[-1:] in "?!\"”'’)…":
        return None
    if words[-2] in AUXILIARIES_BEFORE_ADVERB and _manner_adverb(words[-1]):
        return words[-1]  # "has officially.", "it was seriously."
    if words[-1].replace("’", "'") in EN_CONTRACTED_ENDINGS:
        return words[-1]  # "and it's."
    if words[-2:] == ["even", "though"]:
        return words[-1]  # "demand stayed strong even though."
    if words[-1] == "since" and words[-2] != "ever":
        # "I haven't seen one since." closes a clause; "has been closed since." does not.
        return (
            None
            if any(w.endswith(("n't", "n’t")) or w in {"not", "never"} for w in words)
            else "since"
        )
    if words[-2] in FINISHED_BEFORE_LAST and not _ALWAYS_UNFINISHED.fullmatch(words[-1]):
        return None  # "the best teacher I ever had.", "we have to.", "than they."
    if words[-1] in COPULA_ENDINGS:
        return None if _copula_finished(words) else words[-1]
    if _STRANDED_AFTER_INFINITIVE.search(english):
        return None  # "a clear place to be relocated to.", "a power socket to work at."
    return words[-1] if words[-1] in UNFINISHED_ENDINGS else None


# A preposition an infinitive after a noun leaves at the end: "a place to be relocated to.",
# "a power socket to work at.", "no one to talk to." (not "have to be filled at.", "went to
# work at.", where no noun stands before the infinitive).
_STRANDED_AFTER_INFINITIVE = re.compile(
    r"(?:\b(?:a|an|the|some|any|no)\s+(?:[\w-]+\s+){0,2}[\w-]+|"
    r"\b(?:much|little|plenty|enough|lots)|"
    r"\b(?:somewhere|anywhere|nowhere|anything|something|nothing|someone|anyone|no one))"
    r"\s+to\s+(?:be\s+\w+(?:ed|en)\s+|\w+\s+)(?:to|at|in|on|with|for|from|into|about)\W*$",
    re.IGNORECASE,
)


def _manner_adverb(word: str) -> bool:
    return len(word) >= EN_ADVERB_MIN_LETTERS and word.endswith(EN_ADVERB_ENDINGS)


def _copula_finished(words: list[str]) -> bool:
    """A closing "is"/"was" ends a whole clause: after a pronoun ("how it is.", "who we are.") or
    in a clause a question word or comparison opened ("where the station is.", "than it was.")."""
    before = words[-2]
    if before in COPULA_FINISHED_AFTER or before in FINISHED_BEFORE_LAST:
        return True
    return any(word in COPULA_CLAUSE_OPENERS for word in words[:-1])


def _without_written_out(source: str, english: str) -> tuple[str, str]:
    """Both sides without the acronyms of the source that the English wrote out ("OJK" and
    "Financial Services Authority"): a long rendering of one word says nothing of the rest."""
    for match in PART_RE.finditer(source):
        word = match.group()
        if not word[:1].isupper():
            continue
        forms = (*ID_TITLES.get(word.lower(), ()), *EXONYMS.get(word.lower(), ()))
        for form in sorted(forms, key=len, reverse=True):
            if len(form) <= len(word):
                continue
            found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", english, re.IGNORECASE)
            if found:
                source = source.replace(word, " ", 1)
                english = english[: found.start()] + " " + english[found.end() :]
                break
    return source, english


_PADDING_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(ID_PADDING, key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


_SHORT_FORM_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, ID_SHORT_FORMS)) + r")(?![\w-])", re.IGNORECASE
)


def _written_in_full(source: str) -> str:
    """The source with casual short forms written out ("yg" as "yang"), as the ratio expects."""
    return _SHORT_FORM_RE.sub(lambda m: ID_SHORT_FORMS[m.group().lower()][0], source)


def _without_padding(source: str) -> str:
    """The source without the stock news padding English leaves out (``ID_PADDING``), and with
    each reduplicated plural once: "anak-anak" is one word ("children"), not two."""
    return _REDUPLICATED.sub(r"\1", _PADDING_RE.sub(" ", source))


_REDUPLICATED = re.compile(r"\b(\w+)-\1\b", re.IGNORECASE)


def _unspelled(text: str, lang: str, other: str) -> str:
    """``text`` without the numbers that ``other`` states too: "sepuluh" and "ten", "50 ribu"
    and "50,000" are one number, whatever their length in letters, and say nothing of how much
    of the sentence is there."""
    stated = {m.value for m in number_mentions(other, "en" if lang == "id" else "id")}
    for mention in reversed(number_mentions(text, lang)):
        if mention.value in stated:
            start, end = mention.span.start, mention.span.end
            if lang == "id":  # "jam 10 malam" is all in "10 pm"
                start, end = _clock_words(text, start, end)
            text = text[:start] + " " + text[end:]
    return text


_ID_CLOCK_BEFORE = re.compile(r"\b(?:pukul|jam|pk\.?)\s*$", re.IGNORECASE)
_ID_CLOCK_AFTER = re.compile(r"^\s*(?:pagi|siang|sore|malam|wib|wita|wit)\b", re.IGNORECASE)


def _clock_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of an Indonesian hour with its words ("pukul 19.00 WIB", "jam 10 malam"), which
    English says with the number alone or "pm": the words are no length of their own."""
    before = _ID_CLOCK_BEFORE.search(text[:start])
    after = _ID_CLOCK_AFTER.match(text[end:])
    if before is None and after is None:
        return start, end
    return (before.start() if before else start), (end + after.end() if after else end)


_ANCHOR = re.compile(r"\d+(?:[.,]\d+)*|[A-Z][\w-]*")


def _reaches_the_end(source: str, english: str) -> bool:
    """The source's last anchor (digits, or a capitalised word not opening the sentence) lies in
    its last fifth and the English writes it alike: the English reaches the end of the source."""
    anchors = [m for m in _ANCHOR.finditer(source) if m.start() > 0 and m.group()[:1] != "I"]
    if not anchors or anchors[-1].start() < _TAIL_SHARE * len(source.rstrip()):
        return False
    last = anchors[-1].group()
    if last.lower() in STOPWORDS and not last.isupper():
        return False  # "Dan", "Itu"; an acronym ("AS", "US") is an anchor
    if last[:1].isdigit() or last.lower() in WEEKDAYS_ID or last.lower() in MONTHS_ID:
        return _number_reached(source, anchors[-1].start(), english)
    key = last.lower()
    forms = (last, *ID_TITLES.get(key, ()), *EXONYMS.get(key, ()), *ID_DESCRIBED.get(key, ()))
    return any(
        re.search(rf"(?<![\w.,]){re.escape(form)}(?![\w])", english, re.IGNORECASE) is not None
        for form in forms
    )


def _same_closing_mark(source: str, english: str) -> bool:
    """Both sides close on a question or exclamation mark: a question compressed ("untuk apa"
    as "why") is whole, where an English cut short at its length limit ends on no such mark."""
    closing = source.rstrip()[-1:]
    return closing in "?!" and closing != "" and english.rstrip()[-1:] == closing


def _number_reached(source: str, position: int, english: str) -> bool:
    """The source's number, weekday or month at ``position`` is one the English states, however
    written ("500 ribu" as "half a million", "Jumat" as "Friday's")."""
    stated = english_stated(english)
    word = source[position:].split(maxsplit=1)[0].strip(".,;:!?)").lower()
    if word in WEEKDAYS_ID:
        return WEEKDAYS_ID[word] in stated.weekdays
    if word in MONTHS_ID:
        return MONTHS_ID[word] in stated.months
    return any(
        mention.span.start <= position < mention.span.end and mention.value in stated.values
        for mention in number_mentions(source, "id")
    )


def omission_findings(source: str, english: str) -> list[Finding]:
    """A finding when the English is much shorter than its source, or stops in mid-phrase."""
    last = _cut_short(english)
    if last is not None:
        message = (
            f"The translation stops in mid-phrase (‘…{last}’): the rest of the sentence is missing."
        )
        return [Finding("omission", english.strip(), source.strip(), message)]
    full = _written_in_full(source)
    source_letters = _letters(full)
    if source_letters < MIN_SOURCE_LETTERS:
        return []
    source_rest, english_rest = _without_written_out(_without_padding(full), english)
    source_rest, english_rest = (
        _unspelled(source_rest, "id", english_rest),
        _unspelled(english_rest, "en", source_rest),
    )
    ratio = _letters(english_rest) / max(1, _letters(source_rest))
    floor = _length_floor(full, english, source_letters)
    if ratio >= floor:
        return []
    if ratio >= LOOSE_LENGTH_RATIO and (
        _reaches_the_end(source, english) or _same_closing_mark(source, english)
    ):
        return []
    message = (
        f"The translation is much shorter than the original ({ratio:.0%} of its length): "
        "part of the sentence may be missing."
    )
    return [Finding("omission", english.strip(), source.strip(), message)]


# A sentence's end: "?" or "!", or a full stop after a lower-case word or a number (not after
# "Dr." or "Jl."), then a capital or digit. (summarizer.text's splitter cannot be used here: the
# settings read the glossary through this package, and that splitter reads the settings.)
_SENTENCE_END = re.compile(r"(?:[!?]|(?<=[a-z0-9%][a-z0-9%])\.)[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")


def _sentence_count(text: str) -> int:
    return len(_SENTENCE_END.findall(text.strip())) + 1


def _length_floor(source: str, english: str, source_letters: int) -> float:
    """The least share of the source's letters a whole English has: gentler for short lines,
    stricter where the English has fewer sentences than a source of several."""
    if source_letters < SHORT_SOURCE_LETTERS:
        return SHORT_MIN_LENGTH_RATIO
    source_sentences = _sentence_count(source)
    if source_sentences >= 2 and _sentence_count(english) < source_sentences:
        return max(MIN_LENGTH_RATIO, JOINED_MIN_LENGTH_RATIO)
    return MIN_LENGTH_RATIO


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
