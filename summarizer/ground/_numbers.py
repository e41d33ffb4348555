"""Numbers in English and Indonesian text: digits, number words, scale words and clock times."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from summarizer.ground._text import SPACE, Span, alternation, check_lang
from summarizer.ground._words import EN_SCALES, EN_UNITS, ID_SCALES, ID_UNITS

_NUM_START = r"(?:(?<=Rp)|(?<=RP)|(?<=rp)|(?<![\w.,]))"
_NUM_END = r"(?!\d|[.,]\d)"
_ORDINAL = r"(?:st|nd|rd|th)?(?![^\W\d_])"
_EN_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)|\d+(?:\.\d+)?"
_ID_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ID_DIGITS = (
    rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)|\d+,\d+|\d+(?:\.\d+)?"
)


def _number_regex(
    digits: str, units: dict[str, int], scales: dict[str, int], en: bool
) -> re.Pattern:
    scale = alternation(scales)
    word = alternation([*units, *scales])
    article = (
        r"(?:\ban?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?" if en else ""
    )
    ampm = r"(?P<ampm>[ap]\.?\s?m\.?)(?!\w)" if en else r"(?P<ampm>(?!))"
    return re.compile(
        rf"(?P<clock>{_NUM_START}(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*{ampm})"
        rf"|(?P<clock24>{_NUM_START}(?P<h24>\d{{1,2}}):(?P<mi24>\d{{2}}){_NUM_END})"
        rf"|(?P<digits>{_NUM_START}(?P<num>{digits}){_NUM_END}"
        rf"(?:{SPACE}*(?P<scale>{scale})\b|{_ORDINAL}))"
        rf"|(?P<words>{article}\b(?:{word})(?:(?:\s+|-)(?:{word}))*\b)",
        re.IGNORECASE,
    )


_NUMBER_RES = {
    "en": _number_regex(_EN_DIGITS, EN_UNITS, EN_SCALES, en=True),
    "id": _number_regex(_ID_DIGITS, ID_UNITS | {"belas": 0, "puluh": 0}, ID_SCALES, en=False),
}


@dataclass(frozen=True)
class NumberMention:
    span: Span
    value: Decimal
    spelled: bool  # written as words ("three"), not digits


def _parse_digits(literal: str, lang: str) -> Decimal | None:
    cleaned = re.sub(SPACE, "", literal)
    if lang == "en":
        cleaned = cleaned.replace(",", "")
    elif _ID_GROUPED_RE.fullmatch(cleaned):  # "11.000", "1.250.000,5"
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:  # "3,5"; a lone dot ("16.51", "2.5") stays a decimal point
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _parse_words(words: Sequence[str], units: dict[str, int], scales: dict[str, int]) -> int:
    total = group = unit = 0
    for word in words:
        if word in ("a", "an"):
            group, unit = group + unit, 1
        elif word == "belas":
            unit += 10
        elif word == "puluh":
            unit *= 10
        elif word == "dozen":
            unit = (unit or 1) * 12
        elif word in ("hundred", "ratus"):
            unit = (unit or 1) * 100
        elif word in scales:
            total += ((group + unit) or 1) * scales[word]
            group = unit = 0
        else:
            group, unit = group + unit, units[word]
    return total + group + unit


def _clock_value(hour: str, minute: str | None, ampm: str | None) -> Decimal | None:
    h, m = int(hour), int(minute or 0)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if h > 24 or m > 59:
        return None
    return Decimal(h) + Decimal(m) / 100


def _mention_value(match: re.Match, lang: str) -> tuple[Decimal | None, bool]:
    units = EN_UNITS if lang == "en" else ID_UNITS
    scales = EN_SCALES if lang == "en" else ID_SCALES
    if match["clock"]:
        return _clock_value(match["h"], match["mi"], match["ampm"]), False
    if match["clock24"]:
        return _clock_value(match["h24"], match["mi24"], None), False
    if match["digits"]:
        value = _parse_digits(match["num"], lang)
        if value is not None and match["scale"]:
            value *= scales[match["scale"].lower()]
        return value, False
    words = [w for w in re.split(r"[\s-]+", match["words"].lower()) if w]
    if all(word in scales or word in ("belas", "puluh") for word in words):
        return None, True  # a bare "thousand" or "juta" is not a number by itself
    return Decimal(_parse_words(words, units, scales)), True


def number_mentions(text: str, lang: str) -> list[NumberMention]:
    mentions = []
    for match in _NUMBER_RES[check_lang(lang)].finditer(text):
        value, spelled = _mention_value(match, lang)
        if value is not None:
            span = Span(match.start(), match.end(), match.group().strip())
            mentions.append(NumberMention(span, value, spelled))
    return mentions


def extract_numbers(text: str, lang: str) -> set[Decimal]:
    """Return the values of the numbers written in ``text`` (``lang`` is "en" or "id").

    Thousands separators, decimal marks and scale words follow the language: "11.000" (id) and
    "11,000" (en) are both 11000; "3,5 persen" gives 3.5; "2,3 juta" and "2.3 million" give
    2300000; "Rp 2 triliun" gives 2e12. Small numbers written as words count too ("three",
    "empat"). Clock times become hours.minutes in 24-hour form ("16.51", "4:51 pm" -> 16.51).
    """
    return {mention.value for mention in number_mentions(text, lang)}


def number_readings(mention: NumberMention) -> set[Decimal]:
    """The English reading of a bullet's number, plus the Indonesian one ("11.000" = 11000)."""
    return {mention.value, *(other.value for other in number_mentions(mention.span.text, "id"))}


def canonical(value: Decimal) -> str:
    """The shortest plain spelling of a value: 2E+3 -> "2000", 3.50 -> "3.5"."""
    normal = value.normalize()
    return format(normal, "f") if normal == normal.to_integral_value() else str(normal)
