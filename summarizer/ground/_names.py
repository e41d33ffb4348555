"""Capitalised names in English bullets, and whether the article (source or translation) has them.

A name in a bullet is supported when each of its words occurs in the English translation, as a
capitalised word of the Indonesian source, or as the English form of an Indonesian place name
("Moskow" supports "Moscow"); "Russian" is close enough to "Russia".
"""

from __future__ import annotations

import os.path
import re
from collections.abc import Iterable, Sequence

from summarizer.ground._dates import date_mentions
from summarizer.ground._text import (
    DOTTED_ACRONYM_RE,
    GAP,
    LETTERS,
    PART_RE,
    POSSESSIVE_RE,
    WORD_RE,
    Span,
    at_sentence_start,
    is_capitalised,
    normal_word,
    strip_possessive,
)
from summarizer.ground._words import (
    COMMON_STARTS,
    EXONYMS,
    KNOWN_PLACES,
    MONTHS_EN,
    NAME_PARTICLES,
    NOT_NAMES,
    SPEECH_VERBS,
    STOPWORDS,
    WEEKDAYS_EN,
)


def _is_cap_token(token: Span, dates: Sequence[Span]) -> bool:
    word = token.text
    if not is_capitalised(word) or word.lower() in NOT_NAMES:
        return False
    if any(span.start <= token.start < span.end for span in dates):
        return False  # "Nov. 6", "Monday": a date, checked as such
    key = POSSESSIVE_RE.sub("", word).lower()
    return key not in MONTHS_EN and key not in WEEKDAYS_EN


def _is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _cap_groups(text: str) -> list[list[Span]]:
    """Runs of capitalised words, joined by spaces and name particles ("Frank de Boer")."""
    dates = [mention.span for mention in date_mentions(text, "en")]
    groups: list[list[Span]] = []
    current: list[Span] = []
    pending: list[Span] = []  # particles waiting for the next capitalised word
    for match in WORD_RE.finditer(text):
        token = Span(match.start(), match.end(), match.group())
        last = (pending or current)[-1] if current else None
        adjacent = last is not None and re.fullmatch(GAP, text[last.end : token.start]) is not None
        capitalised = _is_cap_token(token, dates)
        if capitalised and adjacent:
            current.extend([*pending, token])
        elif capitalised:
            groups.append(current)
            current = [token]
        elif adjacent and token.text.lower() in NAME_PARTICLES:
            pending.append(token)
            continue
        else:
            groups.append(current)
            current = []
        pending = []
    groups.append(current)
    return [group for group in groups if group]


def _clearly_a_name(group: list[Span], text: str) -> bool:
    """Whether a capitalised run that opens a sentence is a name rather than an ordinary word."""
    first = group[0].text
    parts = first.split("-")
    if (
        len(group) >= 2
        or _is_acronym(first)
        or (len(parts) > 1 and all(map(is_capitalised, parts)))
    ):
        return True
    if POSSESSIVE_RE.sub("", first).lower() in KNOWN_PLACES:
        return True
    following = re.match(rf"\s+({LETTERS}+)", text[group[-1].end :])
    return bool(following) and following.group(1).lower() in SPEECH_VERBS


def _is_title_case(text: str) -> bool:
    """A headline-style line ("Kim Reaffirms Full Support"): capitals say nothing about names."""
    words = [m.group() for m in PART_RE.finditer(text)]
    capitalised = [word for word in words if is_capitalised(word) and not word.isupper()]
    plain = [
        word
        for word in words
        if not is_capitalised(word) and len(word) > 2 and word not in STOPWORDS | NAME_PARTICLES
    ]
    return len(capitalised) >= 3 and not plain


def _name_groups(text: str) -> list[list[Span]]:
    if _is_title_case(text):
        return []
    names = []
    for group in _cap_groups(text):
        if at_sentence_start(text, group[0].start):
            while group and group[0].text.lower() in COMMON_STARTS:
                group = group[1:]
            while group and group[0].text.lower() in NAME_PARTICLES:
                group = group[1:]
            if not group:
                continue
            if at_sentence_start(text, group[0].start) and not _clearly_a_name(group, text):
                continue
        names.append(group)
    return names


def extract_names(text: str) -> set[str]:
    """Return the capitalised names in ``text`` ("Kim Jong Un", "North Korea", "NATO").

    A capitalised word that opens a sentence counts only when it is clearly a name (part of a
    multi-word name, an acronym, a known place, or followed by "said"); months and weekdays are
    dates, not names; a possessive "'s" is dropped.
    """
    names = set()
    for group in _name_groups(text):
        names.add(strip_possessive(text[group[0].start : group[-1].end]))
    return names


def article_words(sources: Iterable[str], translations: Iterable[str]) -> frozenset[str]:
    """The normal forms of the words a bullet's names may use (see the module docstring)."""
    words: set[str] = set()
    for text in translations:
        words.update(normal_word(m.group()) for m in PART_RE.finditer(text))
    for text in sources:  # Indonesian common words ("mandiri") are not names; capitals are
        words.update(
            normal_word(m.group()) for m in PART_RE.finditer(text) if m.group()[0].isupper()
        )
        words.update(_exonym_words(text))
    return frozenset(words)


def _exonym_words(text: str) -> set[str]:
    lowered = " ".join(normal_word(m.group()) for m in PART_RE.finditer(text))
    words = set()
    for native, english in EXONYMS.items():
        if native == "as":
            found = re.search(r"(?<![\w.])AS(?![\w])", text) is not None
        else:
            found = re.search(rf"\b{re.escape(native)}\b", lowered) is not None
        if found:
            for name in english:
                words.update(name.split())
    return words


def _word_supported(word: str, article: frozenset[str]) -> bool:
    if word in article:
        return True
    # "Russian" ~ "Russia", "Ukrainian" ~ "Ukraine": a long shared prefix.
    for other in article:
        if other[:4] != word[:4]:
            continue
        # Character by character is what we want here: these are words, not paths.
        shared = len(os.path.commonprefix([word, other]))  # noqa: RUF071
        if shared >= 4 and shared >= min(len(word), len(other)) - 1:
            return True
    return False


def unsupported_name_spans(text: str, article: frozenset[str]) -> list[Span]:
    """Runs of name words in ``text`` that ``article`` (from ``article_words``) does not hold."""
    spans = []
    for group in _name_groups(text):
        run: list[tuple[int, int]] = []
        for token in group:
            if token.text.lower() in NAME_PARTICLES:
                continue
            for start, word, key in _name_parts(token):
                if _word_supported(key, article):
                    spans.extend(_close_run(run, text))
                    run = []
                else:
                    run.append((start, start + len(word)))
        spans.extend(_close_run(run, text))
    return spans


def _name_parts(token: Span) -> list[tuple[int, str, str]]:
    """(offset, text, lookup key) for each part of a name token: "Pyongyang-Moscow's" has two."""
    if DOTTED_ACRONYM_RE.fullmatch(token.text):
        return [(token.start, token.text, token.text.replace(".", "").lower())]
    parts = []
    for part in PART_RE.finditer(token.text):
        word = strip_possessive(part.group())
        parts.append((token.start + part.start(), word, normal_word(word)))
    return parts


def _close_run(run: list[tuple[int, int]], text: str) -> list[Span]:
    if not run:
        return []
    start, end = run[0][0], run[-1][1]
    return [Span(start, end, text[start:end])]
