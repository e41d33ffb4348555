"""Dates and weekdays in English and Indonesian text, and whether the article supports one.

English text is read strictly (a month or weekday needs its capital; "May" opening a sentence is
the verb); Indonesian text leniently, since its month names are not English words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from summarizer.ground._text import (
    POSSESSIVE_RE,
    WORD_RE,
    Span,
    alternation,
    at_sentence_start,
    check_lang,
    is_capitalised,
)
from summarizer.ground._words import (
    MONTH_ABBR_EN,
    MONTH_ABBR_ID,
    MONTHS_EN,
    MONTHS_ID,
    WEEKDAYS_EN,
    WEEKDAYS_ID,
)


def _date_regex(months: dict[str, int], abbrs: dict[str, int]) -> re.Pattern:
    full = rf"(?:{alternation(months)})\b"
    month = rf"(?:{full}|(?:{alternation(abbrs)})\b\.?)"
    day = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?\b"
    year = r"(?:,?\s+(?P<{}>\d{{4}}))?(?!\d)"
    return re.compile(
        rf"(?P<dm>\b{day.format('d1')}\s+(?:of\s+)?(?P<m1>{month}){year.format('y1')})"
        rf"|(?P<md>\b(?P<m2>{month})\s+{day.format('d2')}{year.format('y2')})"
        rf"|(?P<num>(?<![\w/.,:])(?P<d3>\d{{1,2}})\s?/\s?(?P<m3>\d{{1,2}})"
        rf"(?:\s?/\s?(?P<y3>\d{{4}}|\d{{2}}))?(?![\w/]))"
        rf"|(?P<mo>\b(?P<m4>{full}){year.format('y4')})",
        re.IGNORECASE,
    )


_DATE_RES = {
    "en": _date_regex(MONTHS_EN, MONTH_ABBR_EN),
    "id": _date_regex(MONTHS_ID, MONTH_ABBR_ID),
}
_MONTH_NAMES = [name.capitalize() for name in MONTHS_EN]
_WEEKDAY_NAMES = [name.capitalize() for name in WEEKDAYS_EN]


@dataclass(frozen=True)
class DateMention:
    span: Span
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    numeric: bool = False  # written "26/8": the day and month may be the other way round


@dataclass(frozen=True)
class DateFacts:
    """What an article says about dates, to check a bullet's dates against."""

    weekdays: frozenset[int]
    months: frozenset[int]
    day_months: frozenset[tuple[int, int]]
    years: frozenset[int]


def _month_number(name: str, lang: str) -> int | None:
    key = name.lower().rstrip(".")
    full, abbr = (MONTHS_EN, MONTH_ABBR_EN) if lang == "en" else (MONTHS_ID, MONTH_ABBR_ID)
    return full.get(key, abbr.get(key))


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def _numeric_date(match: re.Match, span: Span) -> DateMention | None:
    day, month = int(match["d3"]), int(match["m3"])
    valid = (1 <= day <= 31 and 1 <= month <= 12) or (1 <= month <= 31 and 1 <= day <= 12)
    if not valid:
        return None
    return DateMention(span, day=day, month=month, year=_year(match["y3"]), numeric=True)


def _date_from_match(match: re.Match, text: str, lang: str) -> DateMention | None:
    strict = lang == "en"
    span = Span(match.start(), match.end(), match.group().strip())
    if match["num"]:
        return _numeric_date(match, span)
    for day_group, month_group, year_group in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if match[month_group]:
            name = match[month_group]
            if strict and not is_capitalised(name):
                return None
            day = int(match[day_group])
            if not 1 <= day <= 31:
                return None
            month = _month_number(name, lang)
            return DateMention(span, day=day, month=month, year=_year(match[year_group]))
    name = match["m4"]
    if strict and not is_capitalised(name):
        return None
    if (
        strict
        and name.lower() == "may"
        and not match["y4"]
        and at_sentence_start(text, match.start())
    ):
        return None  # "May ..." opening a sentence is more likely the verb
    return DateMention(span, month=_month_number(name, lang), year=_year(match["y4"]))


def _weekday_mentions(text: str, lang: str) -> list[DateMention]:
    table = WEEKDAYS_EN if lang == "en" else WEEKDAYS_ID
    mentions = []
    for match in WORD_RE.finditer(text):
        word = POSSESSIVE_RE.sub("", match.group()) if lang == "en" else match.group()
        key = word.lower()
        if lang == "en" and key.endswith("days") and key[:-1] in table:
            key = key[:-1]  # "on Sundays": every Sunday
        needs_capital = lang == "en" or key == "minggu"  # "minggu" is also "week"
        if key in table and (is_capitalised(word) or not needs_capital):
            span = Span(match.start(), match.start() + len(word), word)
            mentions.append(DateMention(span, weekday=table[key]))
    return mentions


def date_mentions(text: str, lang: str) -> list[DateMention]:
    """Every date and weekday in ``text``, in order: the one reading that all checks share."""
    found = []
    for match in _DATE_RES[check_lang(lang)].finditer(text):
        mention = _date_from_match(match, text, lang)
        if mention is not None:
            found.append(mention)
    found.extend(_weekday_mentions(text, lang))
    return sorted(found, key=lambda mention: mention.span.start)


def _label(mention: DateMention) -> str:
    if mention.weekday is not None:
        return _WEEKDAY_NAMES[mention.weekday]
    parts = [str(mention.day)] if mention.day is not None else []
    if mention.month is not None and 1 <= mention.month <= 12:
        parts.append(_MONTH_NAMES[mention.month - 1])
    if mention.year is not None:
        parts.append(str(mention.year))
    return " ".join(parts)


def extract_dates(text: str, lang: str) -> set[str]:
    """Return the dates and weekdays in ``text`` as English labels.

    Indonesian month and day names map to English ones: "Senin, 6 November 2017" gives
    {"Monday", "6 November 2017"}; "Sabtu (26 / 8)" gives {"Saturday", "26 August"}.
    """
    return {_label(mention) for mention in date_mentions(text, lang)}


def date_readings(mention: DateMention) -> list[tuple[int, int]]:
    """The (day, month) pairs a mention can mean: "3/6" is 3 June, or 6 March when written
    numerically; impossible pairs dropped."""
    if mention.day is None or mention.month is None:
        return []
    pairs = [(mention.day, mention.month)]
    if mention.numeric:
        pairs.append((mention.month, mention.day))
    return [(day, month) for day, month in pairs if 1 <= day <= 31 and 1 <= month <= 12]


def date_facts(texts_by_lang: Iterable[tuple[str, str]]) -> DateFacts:
    """The weekdays, months, (day, month) pairs and years of the given (text, lang) pairs."""
    weekdays, months, day_months, years = set(), set(), set(), set()
    for text, lang in texts_by_lang:
        for mention in date_mentions(text, lang):
            if mention.weekday is not None:
                weekdays.add(mention.weekday)
            if mention.year is not None:
                years.add(mention.year)
            for day, month in date_readings(mention):
                day_months.add((day, month))
                months.add(month)
            if mention.day is None and mention.month is not None:
                months.add(mention.month)
    return DateFacts(
        frozenset(weekdays), frozenset(months), frozenset(day_months), frozenset(years)
    )


def date_supported(mention: DateMention, facts: DateFacts, numbers: frozenset[Decimal]) -> bool:
    """Whether the article (its ``facts`` and ``numbers``) holds this date of a bullet."""
    if mention.weekday is not None:
        return mention.weekday in facts.weekdays
    if mention.year is not None and Decimal(mention.year) not in numbers:
        return False  # the article's numbers include every year it mentions
    if mention.day is not None:
        return any(pair in facts.day_months for pair in date_readings(mention))
    return mention.month is None or mention.month in facts.months
