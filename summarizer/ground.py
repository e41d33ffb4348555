"""Ground English bullets in the article they summarise.

For each bullet this module finds the article sentences that support it (ranked by a ROUGE-style,
IDF-weighted token overlap between the bullet and each sentence's English translation) and flags
what the article does not support: numbers, dates and weekdays, and capitalised names that occur
in neither the Indonesian source text nor its translation, and bullets that no sentence supports.

Everything here is pure Python: no models, no I/O, nothing heavy at import.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from summarizer.errors import InputError
from summarizer.result import Bullet, Flag, Sentence

__all__ = [
    "DEFAULT_MAX_SOURCES",
    "DEFAULT_MIN_SCORE",
    "extract_dates",
    "extract_names",
    "extract_numbers",
    "ground_bullets",
    "support_score",
]

DEFAULT_MAX_SOURCES = 3
DEFAULT_MIN_SCORE = 0.13
"""Below this overlap score a sentence does not count as support for a bullet."""

_RECALL_BETA = 2.0  # F-beta of weighted unigram overlap: recall of bullet tokens counts 4x.
_BIGRAM_SHARE = 0.25  # Share of the score that comes from bigram recall (phrase matches).
_MIN_GAIN = 0.15  # A further source must cover this share of the bullet's (weighted) tokens.
_MIN_NEW_TOKENS = 2  # ... and at least this many of them.
_NEAR_BEST = 0.85  # A sentence scoring this close to the best one is listed as a source too.
_ABSENT_RARITY = 1.0  # A bullet token found in no sentence weighs like one in this many sentences.

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say according may might must shall per via amid among upon
    """
)

# Capitalised words that start English sentences without being names.
_COMMON_STARTS = _STOPWORDS | _words(
    """
    according after although amid another around as at before both despite during each earlier
    even every following furthermore however instead later many meanwhile moreover most nearly
    nevertheless next once one other over several since some still then thereafter thus today
    tomorrow yesterday unlike while yet last new first second third two three four five six
    seven eight nine ten half almost roughly officials police residents analysts experts critics
    authorities
    """
)

_NOT_NAMES = _words("i rp")  # capitalised, but never a name to check

_NAME_PARTICLES = _words("de van von der den da di du dos del la le al el bin binti ibn of")

_SPEECH_VERBS = _words(
    """
    said says told added stated announced warned claimed argued noted explained reported
    confirmed denied insisted urged called admitted acknowledged revealed
    """
)

_MONTHS_EN = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBR_EN = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTHS_ID = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
}
_MONTH_ABBR_ID = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "sep": 9,
    "okt": 10,
    "nov": 11,
    "des": 12,
}
_WEEKDAYS_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WEEKDAYS_ID = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

# Indonesian place and organisation names -> their English forms (all lower case).
_EXONYMS: dict[str, tuple[str, ...]] = {
    "moskow": ("moscow",),
    "korea utara": ("north korea", "dprk"),
    "korut": ("north korea",),
    "korea selatan": ("south korea",),
    "korsel": ("south korea",),
    "amerika serikat": ("united states", "us", "usa", "america"),
    "as": ("united states", "us", "usa", "america"),
    "amerika": ("america", "united states", "us"),
    "rusia": ("russia",),
    "ukraina": ("ukraine",),
    "jepang": ("japan", "japanese"),
    "belanda": ("netherlands", "holland", "dutch"),
    "inggris": ("britain", "england", "uk", "united kingdom", "british", "english"),
    "tiongkok": ("china", "chinese"),
    "cina": ("china", "chinese"),
    "china": ("chinese",),
    "arab saudi": ("saudi arabia", "saudi"),
    "selandia baru": ("new zealand",),
    "jerman": ("germany", "german"),
    "prancis": ("france", "french"),
    "perancis": ("france", "french"),
    "swedia": ("sweden", "swedish"),
    "swiss": ("switzerland", "swiss"),
    "yunani": ("greece", "greek"),
    "belgia": ("belgium", "belgian"),
    "spanyol": ("spain", "spanish"),
    "italia": ("italy", "italian"),
    "turki": ("turkey", "turkish"),
    "mesir": ("egypt", "egyptian"),
    "suriah": ("syria", "syrian"),
    "irak": ("iraq", "iraqi"),
    "palestina": ("palestine", "palestinian"),
    "filipina": ("philippines", "philippine", "filipino"),
    "singapura": ("singapore",),
    "vietnam": ("vietnam", "vietnamese"),
    "thailand": ("thailand", "thai"),
    "eropa": ("europe", "european"),
    "uni eropa": ("european union", "eu"),
    "afrika": ("africa", "african"),
    "pbb": ("united nations", "un"),
    "barat": ("west", "western"),
    "timur": ("east", "eastern"),
    "utara": ("north", "northern"),
    "selatan": ("south", "southern"),
    "tengah": ("central",),
    "jawa": ("java", "javanese"),
    "sumatera": ("sumatra",),
    "indonesia": ("indonesian",),
    "dpr": ("house of representatives", "parliament", "lawmakers"),
    "mpr": ("people's consultative assembly",),
    "kpk": ("corruption eradication commission", "anti-graft"),
    "polri": ("national police", "police"),
    "tni": ("armed forces", "military"),
    "presiden": ("president",),
    "menteri": ("minister",),
}

_EN_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ID_UNITS = {
    "satu": 1,
    "dua": 2,
    "kedua": 2,  # "both" (also "second"): lets "the two countries" match "kedua negara"
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "sejuta": 1_000_000,
}
_EN_SCALES = {
    "hundred": 100,
    "ribu": 1000,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
    "thousand": 1000,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
_ID_SCALES = {
    "ratus": 100,
    "ribu": 1000,
    "rb": 1000,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}

# --------------------------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------------------------

_LETTERS = r"[^\W\d_]"
_WORD_RE = re.compile(
    rf"(?:[A-Z]\.){{2,}}|{_LETTERS}+(?:['’]{_LETTERS}+)*(?:-{_LETTERS}+(?:['’]{_LETTERS}+)*)*"
)
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}")
_PART_RE = re.compile(rf"{_LETTERS}+(?:['’]{_LETTERS}+)*")
_POSSESSIVE_RE = re.compile(r"['’]s?$", re.IGNORECASE)
_SPACE = "[ \u00a0\u202f\u2009]"
_GAP = "[ \t\u00a0\u202f\u2009]+"
_NUM_START = r"(?:(?<=Rp)|(?<=RP)|(?<=rp)|(?<![\w.,]))"
_NUM_END = r"(?!\d|[.,]\d)"
_ORDINAL = r"(?:st|nd|rd|th)?(?![^\W\d_])"
_EN_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)|\d+(?:\.\d+)?"
_ID_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ID_DIGITS = (
    rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)|\d+,\d+|\d+(?:\.\d+)?"
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _number_regex(
    digits: str, units: dict[str, int], scales: dict[str, int], en: bool
) -> re.Pattern:
    scale = _alternation(scales)
    word = _alternation([*units, *scales])
    article = (
        r"(?:\ban?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?" if en else ""
    )
    ampm = r"(?P<ampm>[ap]\.?\s?m\.?)(?!\w)" if en else r"(?P<ampm>(?!))"
    return re.compile(
        rf"(?P<clock>{_NUM_START}(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*{ampm})"
        rf"|(?P<clock24>{_NUM_START}(?P<h24>\d{{1,2}}):(?P<mi24>\d{{2}}){_NUM_END})"
        rf"|(?P<digits>{_NUM_START}(?P<num>{digits}){_NUM_END}"
        rf"(?:{_SPACE}*(?P<scale>{scale})\b|{_ORDINAL}))"
        rf"|(?P<words>{article}\b(?:{word})(?:(?:\s+|-)(?:{word}))*\b)",
        re.IGNORECASE,
    )


_NUMBER_RES = {
    "en": _number_regex(_EN_DIGITS, _EN_UNITS, _EN_SCALES, en=True),
    "id": _number_regex(_ID_DIGITS, _ID_UNITS | {"belas": 0, "puluh": 0}, _ID_SCALES, en=False),
}


def _date_regex(months: dict[str, int], abbrs: dict[str, int]) -> re.Pattern:
    full = rf"(?:{_alternation(months)})\b"
    month = rf"(?:{full}|(?:{_alternation(abbrs)})\b\.?)"
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
    "en": _date_regex(_MONTHS_EN, _MONTH_ABBR_EN),
    "id": _date_regex(_MONTHS_ID, _MONTH_ABBR_ID),
}

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _NumberMention:
    span: _Span
    value: Decimal
    spelled: bool  # written as words ("three"), not digits


def _check_lang(lang: str) -> str:
    if lang not in _NUMBER_RES:
        raise ValueError(f"lang must be 'en' or 'id', not {lang!r}")
    return lang


def _parse_digits(literal: str, lang: str) -> Decimal | None:
    cleaned = re.sub(_SPACE, "", literal)
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
    units = _EN_UNITS if lang == "en" else _ID_UNITS
    scales = _EN_SCALES if lang == "en" else _ID_SCALES
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


def _number_mentions(text: str, lang: str) -> list[_NumberMention]:
    mentions = []
    for match in _NUMBER_RES[_check_lang(lang)].finditer(text):
        value, spelled = _mention_value(match, lang)
        if value is not None:
            span = _Span(match.start(), match.end(), match.group().strip())
            mentions.append(_NumberMention(span, value, spelled))
    return mentions


def extract_numbers(text: str, lang: str) -> set[Decimal]:
    """Return the values of the numbers written in ``text`` (``lang`` is "en" or "id").

    Thousands separators, decimal marks and scale words follow the language: "11.000" (id) and
    "11,000" (en) are both 11000; "3,5 persen" gives 3.5; "2,3 juta" and "2.3 million" give
    2300000; "Rp 2 triliun" gives 2e12. Small numbers written as words count too ("three",
    "empat"). Clock times become hours.minutes in 24-hour form ("16.51", "4:51 pm" -> 16.51).
    """
    return {mention.value for mention in _number_mentions(text, lang)}


def _canonical(value: Decimal) -> str:
    normal = value.normalize()
    return format(normal, "f") if normal == normal.to_integral_value() else str(normal)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _DateMention:
    span: _Span
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    numeric: bool = False  # written "26/8": the day and month may be the other way round


@dataclass(frozen=True)
class _DateFacts:
    weekdays: frozenset[int]
    months: frozenset[int]
    day_months: frozenset[tuple[int, int]]
    years: frozenset[int]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘([")
    return not before or before[-1] in ".!?:;\n•-–—*"


def _month_number(name: str, lang: str) -> int | None:
    key = name.lower().rstrip(".")
    full, abbr = (_MONTHS_EN, _MONTH_ABBR_EN) if lang == "en" else (_MONTHS_ID, _MONTH_ABBR_ID)
    return full.get(key, abbr.get(key))


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def _date_from_match(match: re.Match, text: str, lang: str, strict: bool) -> _DateMention | None:
    span = _Span(match.start(), match.end(), match.group().strip())
    if match["num"]:
        day, month = int(match["d3"]), int(match["m3"])
        valid = (1 <= day <= 31 and 1 <= month <= 12) or (1 <= month <= 31 and 1 <= day <= 12)
        if not valid:
            return None
        return _DateMention(span, day=day, month=month, year=_year(match["y3"]), numeric=True)
    for day_group, month_group, year_group in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if match[month_group]:
            name = match[month_group]
            if strict and not _is_capitalised(name):
                return None
            day = int(match[day_group])
            if not 1 <= day <= 31:
                return None
            month = _month_number(name, lang)
            return _DateMention(span, day=day, month=month, year=_year(match[year_group]))
    name = match["m4"]
    if strict and not _is_capitalised(name):
        return None
    if (
        strict
        and name.lower() == "may"
        and not match["y4"]
        and _at_sentence_start(text, match.start())
    ):
        return None  # "May ..." opening a sentence is more likely the verb
    return _DateMention(span, month=_month_number(name, lang), year=_year(match["y4"]))


def _weekday_mentions(text: str, lang: str, strict: bool) -> list[_DateMention]:
    table = _WEEKDAYS_EN if lang == "en" else _WEEKDAYS_ID
    mentions = []
    for match in _WORD_RE.finditer(text):
        word = _POSSESSIVE_RE.sub("", match.group()) if lang == "en" else match.group()
        key = word.lower()
        needs_capital = strict or key == "minggu"  # "minggu" is also "week"
        if key in table and (_is_capitalised(word) or not needs_capital):
            span = _Span(match.start(), match.start() + len(word), word)
            mentions.append(_DateMention(span, weekday=table[key]))
    return mentions


def _date_mentions(text: str, lang: str, strict: bool = True) -> list[_DateMention]:
    found = []
    for match in _DATE_RES[_check_lang(lang)].finditer(text):
        mention = _date_from_match(match, text, lang, strict)
        if mention is not None:
            found.append(mention)
    found.extend(_weekday_mentions(text, lang, strict))
    return sorted(found, key=lambda mention: mention.span.start)


def extract_dates(text: str, lang: str) -> set[str]:
    """Return the dates and weekdays in ``text`` as English labels.

    Indonesian month and day names map to English ones: "Senin, 6 November 2017" gives
    {"Monday", "6 November 2017"}; "Sabtu (26 / 8)" gives {"Saturday", "26 August"}.
    """
    labels = set()
    month_names = [name.capitalize() for name in _MONTHS_EN]
    weekday_names = [name.capitalize() for name in _WEEKDAYS_EN]
    for mention in _date_mentions(text, lang, strict=lang == "en"):
        if mention.weekday is not None:
            labels.add(weekday_names[mention.weekday])
            continue
        parts = [str(mention.day)] if mention.day is not None else []
        if mention.month is not None and 1 <= mention.month <= 12:
            parts.append(month_names[mention.month - 1])
        if mention.year is not None:
            parts.append(str(mention.year))
        labels.add(" ".join(parts))
    return labels


def _date_facts(texts_by_lang: Iterable[tuple[str, str]]) -> _DateFacts:
    weekdays, months, day_months, years = set(), set(), set(), set()
    for text, lang in texts_by_lang:
        for mention in _date_mentions(text, lang, strict=lang == "en"):
            if mention.weekday is not None:
                weekdays.add(mention.weekday)
            if mention.year is not None:
                years.add(mention.year)
            for day, month in _readings(mention):
                day_months.add((day, month))
                months.add(month)
            if mention.day is None and mention.month is not None:
                months.add(mention.month)
    return _DateFacts(
        frozenset(weekdays), frozenset(months), frozenset(day_months), frozenset(years)
    )


def _readings(mention: _DateMention) -> list[tuple[int, int]]:
    if mention.day is None or mention.month is None:
        return []
    pairs = [(mention.day, mention.month)]
    if mention.numeric:
        pairs.append((mention.month, mention.day))
    return [(day, month) for day, month in pairs if 1 <= day <= 31 and 1 <= month <= 12]


def _date_supported(mention: _DateMention, facts: _DateFacts, numbers: frozenset[Decimal]) -> bool:
    if mention.weekday is not None:
        return mention.weekday in facts.weekdays
    if mention.year is not None and Decimal(mention.year) not in numbers:
        return False  # the article's numbers include every year it mentions
    if mention.day is not None:
        return any(pair in facts.day_months for pair in _readings(mention))
    return mention.month is None or mention.month in facts.months


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


def _is_cap_token(token: _Token, dates: Sequence[_Span]) -> bool:
    word = token.text
    if not _is_capitalised(word) or word.lower() in _NOT_NAMES:
        return False
    if any(span.start <= token.start < span.end for span in dates):
        return False  # "Nov. 6", "Monday": a date, checked as such
    key = _POSSESSIVE_RE.sub("", word).lower()
    return key not in _MONTHS_EN and key not in _WEEKDAYS_EN


def _is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _cap_groups(text: str) -> list[list[_Token]]:
    """Runs of capitalised words, joined by spaces and name particles ("Frank de Boer")."""
    dates = [mention.span for mention in _date_mentions(text, "en")]
    groups: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []  # particles waiting for the next capitalised word
    for match in _WORD_RE.finditer(text):
        token = _Token(match.start(), match.end(), match.group())
        last = (pending or current)[-1] if current else None
        adjacent = last is not None and re.fullmatch(_GAP, text[last.end : token.start]) is not None
        capitalised = _is_cap_token(token, dates)
        if capitalised and adjacent:
            current.extend([*pending, token])
        elif capitalised:
            groups.append(current)
            current = [token]
        elif adjacent and token.text.lower() in _NAME_PARTICLES:
            pending.append(token)
            continue
        else:
            groups.append(current)
            current = []
        pending = []
    groups.append(current)
    return [group for group in groups if group]


_NOT_PLACES = _words("dpr mpr kpk polri tni presiden menteri barat timur utara selatan tengah")
_KNOWN_PLACES = frozenset(
    word
    for native, names in _EXONYMS.items()
    if native not in _NOT_PLACES
    for name in names
    for word in name.split()
    if len(word) > 2
) - _words("new north south united union nations kingdom states")


def _clearly_a_name(group: list[_Token], text: str) -> bool:
    """Whether a capitalised run that opens a sentence is a name rather than an ordinary word."""
    first = group[0].text
    parts = first.split("-")
    if (
        len(group) >= 2
        or _is_acronym(first)
        or (len(parts) > 1 and all(map(_is_capitalised, parts)))
    ):
        return True
    if _POSSESSIVE_RE.sub("", first).lower() in _KNOWN_PLACES:
        return True
    following = re.match(rf"\s+({_LETTERS}+)", text[group[-1].end :])
    return bool(following) and following.group(1).lower() in _SPEECH_VERBS


def _is_title_case(text: str) -> bool:
    """A headline-style line ("Kim Reaffirms Full Support"): capitals say nothing about names."""
    words = [m.group() for m in _PART_RE.finditer(text)]
    capitalised = [word for word in words if _is_capitalised(word) and not word.isupper()]
    plain = [
        word
        for word in words
        if not _is_capitalised(word) and len(word) > 2 and word not in _STOPWORDS | _NAME_PARTICLES
    ]
    return len(capitalised) >= 3 and not plain


def _name_groups(text: str) -> list[list[_Token]]:
    if _is_title_case(text):
        return []
    names = []
    for group in _cap_groups(text):
        if _at_sentence_start(text, group[0].start):
            while group and group[0].text.lower() in _COMMON_STARTS:
                group = group[1:]
            while group and group[0].text.lower() in _NAME_PARTICLES:
                group = group[1:]
            if not group:
                continue
            if _at_sentence_start(text, group[0].start) and not _clearly_a_name(group, text):
                continue
        names.append(group)
    return names


def _strip_possessive(word: str) -> str:
    return word[:-2] if word[-2:].lower() in ("'s", "’s") else word.rstrip("'’")


def extract_names(text: str) -> set[str]:
    """Return the capitalised names in ``text`` ("Kim Jong Un", "North Korea", "NATO").

    A capitalised word that opens a sentence counts only when it is clearly a name (part of a
    multi-word name, an acronym, a known place, or followed by "said"); months and weekdays are
    dates, not names; a possessive "'s" is dropped.
    """
    names = set()
    for group in _name_groups(text):
        names.add(_strip_possessive(text[group[0].start : group[-1].end]))
    return names


def _normal_word(word: str) -> str:
    """Lower case, no possessive, no accents: "Pelé's" -> "pele"."""
    decomposed = unicodedata.normalize("NFKD", _strip_possessive(word).lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("’", "'")


def _article_words(sources: Iterable[str], translations: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for text in translations:
        words.update(_normal_word(m.group()) for m in _PART_RE.finditer(text))
    for text in sources:  # Indonesian common words ("mandiri") are not names; capitals are
        words.update(
            _normal_word(m.group()) for m in _PART_RE.finditer(text) if m.group()[0].isupper()
        )
        words.update(_exonym_words(text))
    return frozenset(words)


def _exonym_words(text: str) -> set[str]:
    lowered = " ".join(_normal_word(m.group()) for m in _PART_RE.finditer(text))
    words = set()
    for native, english in _EXONYMS.items():
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
        shared = len(_common_prefix(word, other))
        if shared >= 4 and shared >= min(len(word), len(other)) - 1:
            return True
    return False


def _common_prefix(left: str, right: str) -> str:
    size = 0
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        size += 1
    return left[:size]


def _unsupported_name_spans(text: str, article: frozenset[str]) -> list[_Span]:
    spans = []
    for group in _name_groups(text):
        run: list[tuple[int, int]] = []
        for token in group:
            if token.text.lower() in _NAME_PARTICLES:
                continue
            for start, word, key in _name_parts(token):
                if _word_supported(key, article):
                    spans.extend(_close_run(run, text))
                    run = []
                else:
                    run.append((start, start + len(word)))
        spans.extend(_close_run(run, text))
    return spans


def _name_parts(token: _Token) -> list[tuple[int, str, str]]:
    """(offset, text, lookup key) for each part of a name token: "Pyongyang-Moscow's" has two."""
    if _DOTTED_ACRONYM_RE.fullmatch(token.text):
        return [(token.start, token.text, token.text.replace(".", "").lower())]
    parts = []
    for part in _PART_RE.finditer(token.text):
        word = _strip_possessive(part.group())
        parts.append((token.start + part.start(), word, _normal_word(word)))
    return parts


def _close_run(run: list[tuple[int, int]], text: str) -> list[_Span]:
    if not run:
        return []
    start, end = run[0][0], run[-1][1]
    return [_Span(start, end, text[start:end])]


# --------------------------------------------------------------------------------------------
# Overlap scoring
# --------------------------------------------------------------------------------------------

_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _stem(word: str) -> str:
    """A light suffix stemmer: plurals, -ing, -ed; then a final "e" ("moved" ~ "move")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: -len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@dataclass(frozen=True)
class _Profile:
    tokens: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    facts: frozenset[str] = frozenset()  # numbers and capitalised words (names, dates)


def _number_readings(mention: _NumberMention) -> set[Decimal]:
    """The English reading of a bullet's number, plus the Indonesian one ("11.000" = 11000)."""
    return {mention.value, *(other.value for other in _number_mentions(mention.span.text, "id"))}


def _number_token(mention: _NumberMention, known: frozenset[Decimal]) -> str:
    found = sorted(_number_readings(mention) & known) if known else []
    return "#" + _canonical(found[0] if found else mention.value)


def _token_sequence(text: str, known: frozenset[Decimal] = frozenset()) -> list[tuple[str, bool]]:
    """Normalised content tokens in order, each with whether it is a fact (number or name)."""
    numbers = _number_mentions(text, "en")
    masked = [(m.span.start, m.span.end) for m in numbers]
    items = [(m.span.start, _number_token(m, known), True) for m in numbers]
    for match in _PART_RE.finditer(text):
        if any(start <= match.start() < end for start, end in masked):
            continue
        word = _normal_word(match.group())
        if word not in _STOPWORDS and len(word) > 1:
            fact = _is_capitalised(match.group()) and not _at_sentence_start(text, match.start())
            items.append((match.start(), _stem(word), fact))
    return [(token, fact) for _, token, fact in sorted(items)]


def _profile(
    text: str, extra: Iterable[str] = (), known: frozenset[Decimal] = frozenset()
) -> _Profile:
    sequence = _token_sequence(text, known)
    tokens = [token for token, _ in sequence]
    return _Profile(
        tokens=frozenset([*tokens, *extra]),
        bigrams=frozenset(itertools.pairwise(tokens)),
        facts=frozenset(token for token, fact in sequence if fact),
    )


def _sentence_profile(sentence: Sentence) -> _Profile:
    source_numbers = ["#" + _canonical(value) for value in extract_numbers(sentence.text, "id")]
    return _profile(sentence.translation, source_numbers)


@dataclass(frozen=True)
class _Idf:
    """Token weights 1 + ln(N / df); tokens the article lacks weigh as if in a single sentence."""

    weights: dict[str, float]
    absent: float = 1.0
    counts: dict[str, int] = field(default_factory=dict)  # df: sentences holding each token

    def __call__(self, tokens: Iterable[str]) -> float:
        return sum(self.weights.get(token, self.absent) for token in tokens)


def _idf(profiles: Sequence[_Profile]) -> _Idf:
    counts = Counter(token for profile in profiles for token in profile.tokens)
    total = len(profiles)
    weights = {token: 1.0 + math.log(total / count) for token, count in counts.items()}
    absent = 1.0 + math.log(total / _ABSENT_RARITY) if total > 1 else 1.0
    return _Idf(weights, absent, dict(counts))


def _score(bullet: _Profile, sentence: _Profile, idf: _Idf) -> float:
    common = bullet.tokens & sentence.tokens
    if not common:
        return 0.0
    shared = idf(common)
    recall = shared / idf(bullet.tokens)
    precision = shared / idf(sentence.tokens)
    beta2 = _RECALL_BETA**2
    f_score = (1 + beta2) * precision * recall / (beta2 * precision + recall)
    bigram_recall = (
        len(bullet.bigrams & sentence.bigrams) / len(bullet.bigrams) if bullet.bigrams else recall
    )
    return (1 - _BIGRAM_SHARE) * f_score + _BIGRAM_SHARE * bigram_recall


def support_score(bullet: str, translation: str) -> float:
    """Overlap score in [0, 1] of one bullet against one English sentence (no IDF weighting)."""
    return round(_score(_profile(bullet), _profile(translation), _Idf({})), 3)


# --------------------------------------------------------------------------------------------
# Grounding
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Article:
    sentences: tuple[Sentence, ...]
    profiles: tuple[_Profile, ...]
    idf: _Idf
    numbers: frozenset[Decimal]
    dates: _DateFacts
    words: frozenset[str]


def _analyse(sentences: Sequence[Sentence]) -> _Article:
    profiles = tuple(_sentence_profile(sentence) for sentence in sentences)
    sources = [sentence.text for sentence in sentences]
    translations = [sentence.translation for sentence in sentences]
    numbers = {v for text in sources for v in extract_numbers(text, "id")}
    numbers |= {v for text in translations for v in extract_numbers(text, "en")}
    dates = _date_facts([*((t, "id") for t in sources), *((t, "en") for t in translations)])
    numbers |= {Decimal(year) for year in dates.years}
    words = _article_words(sources, translations)
    return _Article(tuple(sentences), profiles, _idf(profiles), frozenset(numbers), dates, words)


def _gain(bullet: _Profile, sentence: _Profile, covered: frozenset[str], idf: _Idf) -> float:
    """Share of the bullet's weight that ``sentence`` covers beyond ``covered``.

    One new word alone (a shared "last" or "satellite") is no evidence of a second source, unless
    it is a number or name that no other sentence holds ("October" from "Monday, 30 October").
    """
    new = (bullet.tokens & sentence.tokens) - covered
    unique_fact = len(new) == 1 and all(t in bullet.facts and idf.counts.get(t) == 1 for t in new)
    if len(new) < _MIN_NEW_TOKENS and not unique_fact:
        return 0.0
    return idf(new) / idf(bullet.tokens)


def _greedy_sources(
    bullet: _Profile, article: _Article, scores: list[float], limit: int, min_score: float
) -> list[int]:
    """Best sentence first, then each sentence that covers enough new bullet tokens."""
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    chosen = [best]
    covered = bullet.tokens & article.profiles[best].tokens
    while len(chosen) < limit:
        candidates = [i for i in range(len(scores)) if i not in chosen and scores[i] >= min_score]
        gains = {i: _gain(bullet, article.profiles[i], covered, article.idf) for i in candidates}
        pick = max(gains, key=lambda i: (gains[i], scores[i], -i), default=None)
        if pick is None or gains[pick] < _MIN_GAIN:
            break
        chosen.append(pick)
        covered |= bullet.tokens & article.profiles[pick].tokens
    return chosen


def _select_sources(
    bullet: _Profile, article: _Article, max_sources: int, min_score: float
) -> list[tuple[int, float]]:
    """Sources as (sentence index, score), best first; empty when no sentence is good enough.

    The greedy picks come first (so a bullet merging several sentences gets all of them), then
    sentences scoring nearly as well as the best one (the article may repeat a fact).
    """
    scores = [_score(bullet, profile, article.idf) for profile in article.profiles]
    if max(scores) < min_score or max(scores) == 0.0:
        return []  # nothing in common with any sentence is never support, whatever min_score
    chosen = _greedy_sources(bullet, article, scores, max_sources, min_score)
    near_floor = max(min_score, _NEAR_BEST * max(scores))
    near = [i for i in range(len(scores)) if i not in chosen and scores[i] >= near_floor]
    near.sort(key=lambda i: (-scores[i], i))
    chosen.extend(near[: max_sources - len(chosen)])
    chosen.sort(key=lambda i: (-scores[i], i))
    return [(article.sentences[i].index, round(scores[i], 3)) for i in chosen]


def _number_flags(text: str, article: _Article, date_spans: list[_Span]) -> list[tuple[int, Flag]]:
    flags = []
    for mention in _number_mentions(text, "en"):
        span = mention.span
        if any(d.start <= span.start and span.end <= d.end for d in date_spans):
            continue
        if mention.spelled and mention.value == 1:
            continue  # "one of", "no one": too often not a quantity
        if _number_readings(mention) & article.numbers:
            continue
        message = f"The number '{span.text}' does not appear in the article."
        flags.append((span.start, Flag("number", span.text, message)))
    return flags


def _date_flags(mentions: list[_DateMention], article: _Article) -> list[tuple[int, Flag]]:
    flags = []
    for mention in mentions:
        if _date_supported(mention, article.dates, article.numbers):
            continue
        noun = "day" if mention.weekday is not None else "date"
        message = f"The {noun} '{mention.span.text}' does not appear in the article."
        flags.append((mention.span.start, Flag("date", mention.span.text, message)))
    return flags


def _name_flags(text: str, article: _Article) -> list[tuple[int, Flag]]:
    return [
        (
            span.start,
            Flag("name", span.text, f"The name '{span.text}' does not appear in the article."),
        )
        for span in _unsupported_name_spans(text, article.words)
    ]


def _flags(text: str, article: _Article, supported: bool) -> tuple[Flag, ...]:
    dates = _date_mentions(text, "en")
    found = _date_flags(dates, article)
    found += _number_flags(text, article, [mention.span for mention in dates])
    found += _name_flags(text, article)
    if not supported:
        message = "No sentence in the article supports this bullet."
        found.append((-1, Flag("unsupported", text.strip(), message)))
    unique: dict[tuple[str, str], tuple[int, Flag]] = {}
    for position, flag in sorted(found, key=lambda pair: pair[0]):
        unique.setdefault((flag.kind, flag.span), (position, flag))
    return tuple(flag for _, flag in unique.values())


def _ground_one(text: str, article: _Article, max_sources: int, min_score: float) -> Bullet:
    if not text.strip():
        raise ValueError("A bullet is empty; there is nothing to ground.")
    bullet = _profile(text, known=article.numbers)
    picked = _select_sources(bullet, article, max_sources, min_score)
    flags = _flags(text, article, supported=bool(picked))
    return Bullet(
        text=text,
        sources=tuple(index for index, _ in picked),
        scores=tuple(score for _, score in picked),
        flags=flags,
    )


def ground_bullets(
    bullet_texts: Sequence[str],
    sentences: Sequence[Sentence],
    *,
    max_sources: int = DEFAULT_MAX_SOURCES,
    min_score: float = DEFAULT_MIN_SCORE,
) -> tuple[Bullet, ...]:
    """Link each English bullet to the article sentences that support it and flag what is not.

    ``sources`` holds sentence ``index`` values, best first, with their overlap ``scores`` in
    [0, 1]; a bullet merging facts from several sentences gets each of them. ``flags`` lists
    the numbers, dates/weekdays and names of the bullet that occur nowhere in the article (its
    source text or translation), and an "unsupported" flag when no sentence reaches ``min_score``.
    """
    if isinstance(bullet_texts, str):
        raise TypeError("bullet_texts must be a sequence of strings, not a single string")
    if max_sources < 1:
        raise ValueError("max_sources must be at least 1")
    if not 0.0 <= min_score <= 1.0:
        raise ValueError("min_score must be between 0 and 1")
    if not sentences:
        raise InputError(
            "The article has no sentences, so the summary cannot be checked against it."
        )
    article = _analyse(sentences)
    return tuple(_ground_one(text, article, max_sources, min_score) for text in bullet_texts)
