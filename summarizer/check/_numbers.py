"""Numbers, amounts, percentages, dates, months and weekdays: the same on both sides?

Both sides are read with the grounding package's number and date readers, so "1,5 juta" and
"1.5 million", "Rp 10 ribu" and "10,000 rupiah", "30 persen" and "30%", "17 Agustus 2025" and
"August 17, 2025", "Senin" and "Monday" are each one value. A number inside a date is compared
as part of the date, not as a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from summarizer.ground import (
    EN_UNITS,
    ID_SCALES,
    ID_UNITS,
    DateMention,
    NumberMention,
    date_mentions,
    date_readings,
    number_mentions,
)
from summarizer.result import Finding

# Spelled numbers that are often not quantities: "satu"/"one" (also "a"), "kedua" ("both",
# "second"). They support the other side but are not required of it.
_WEAK_WORDS = frozenset({"kedua", "satu", "one", "se"})
# A currency before a number and a percentage after it belong to how it is written.
_CURRENCY_BEFORE = re.compile(r"(?:Rp\.?|IDR|US\$|\$|USD)\s?$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s?(?:persen|percent|per cent|%)", re.IGNORECASE)
# Spelled numbers inside idioms: "pedagang kaki lima" (street vendor), "bicara empat mata"
# (in private), "dua-duanya" (both).
_IDIOM_BEFORE = re.compile(r"\bkaki\s+$", re.IGNORECASE)
_IDIOM_AFTER = re.compile(
    r"^(?:\s+mata\b|[\s-]duanya\b|\s+set\s+langsung\b)", re.IGNORECASE
)  # "tiga set langsung": "in straight sets"
# "dua malam sekali": "every other night".
_EVERY_OTHER = re.compile(r"^\s+(?:hari|malam|minggu|pekan|bulan|tahun)\s+sekali\b", re.I)
# Words that state a number without a digit; they support the other side's number but are not
# required of it: "single" and "every" are one ("tiap 1 level", "every level"), "both" is two
# ("dua-duanya"), "second" is two ("ke dua"), "keempat" ("the four", "fourth") is four.
_EN_ORDINALS = (
    "- single|every both|second third fourth fifth sixth seventh eighth ninth tenth".split()
)
_EN_IMPLIED = (
    {
        word: Decimal(value)
        for value, words in enumerate(_EN_ORDINALS)
        for word in words.split("|")
        if word != "-"
    }
    | {  # decades of age: "in your twenties" (*usia dua puluhan*)
        f"{tens}ies": Decimal(10 * (position + 2))
        for position, tens in enumerate("twent thirt fort fift sixt sevent eight ninet".split())
    }
    | {  # a bare scale word may say one of it: "the first thousand days" (*seribu hari pertama*)
        "hundred": Decimal(100),
        "thousand": Decimal(1000),
        "million": Decimal(1000000),
    }
)
# "keempat" (the fourth, the four of them), "berdua" (the two of us, "for two") and "seperlima"
# (a fifth, "one in five") state a number without a digit.
_ID_IMPLIED = {
    f"{prefix}{word}{ending}": Decimal(value)
    for word, value in ID_UNITS.items()
    if 2 <= value <= 10 and not word.startswith("ke")
    for prefix in ("ke", "ber", "seper", "per")
    for ending in ("", "nya")
} | {"balita": Decimal(5)}  # *bawah lima tahun*: "children under five"
# Colloquial (Hokkien) amounts of Indonesian speech ("gopek" is 500, "ceban" 10,000) and dozens:
# they support the English's number ("5 hundred", "a dozen") but are not required of it.
_ID_SLANG = {
    "cepek": Decimal(100),
    "gocap": Decimal(50),
    "gopek": Decimal(500),
    "seceng": Decimal(1000),
    "goceng": Decimal(5000),
    "ceban": Decimal(10000),
    "noban": Decimal(20000),
    "goban": Decimal(50000),
    "cepekceng": Decimal(100000),
    # Spans of years: "satu dekade" ("ten years"), "dasawarsa", "abad" (a century), "windu".
    "dekade": Decimal(10),
    "dasawarsa": Decimal(10),
    "abad": Decimal(100),
    "windu": Decimal(8),
    # Counts in tens said as dozens: "belasan" ("a dozen or so"), "selusin" (a dozen).
    "belasan": Decimal(12),
    # "gim pertama": "Game 1".
    "pertama": Decimal(1),
    "lusin": Decimal(12),
    "selusin": Decimal(12),
}
# A "1" before a unit is often "a"/"an" in English: "1 jam lebih", "over an hour".
_ONE_UNIT = re.compile(
    r"\s+(?:jam|hari|menit|detik|minggu|pekan|bulan|tahun|malam|kali|orang|porsi|buah|kg|kilo)\b",
    re.IGNORECASE,
)
# "90-an" (the 1990s); "jam 7 malam" (7 pm): a number English writes another way.
_DECADE_AFTER = re.compile(r"-?an\b")
_EN_DECADE = re.compile(r"\b((?:19|20)\d0)'?s\b")
# A 24-hour time after "pukul" from 13.00 on, which English may give on a 12-hour clock.
_EVENING_HOURS, _DAY_HOURS = 13, 24
# "jam 9", and the end of a range of hours: "jam 10 pagi sampai 9 malam".
_CLOCK_BEFORE = re.compile(
    r"\b(?:jam|pukul|pkl\.?)\s+(?:\d{1,2}(?:[.:]\d{2})?(?:\s+[a-z]+)?\s*(?:sampai|hingga|-|–)\s*)?$",
    re.IGNORECASE,
)
_AFTERNOON_AFTER = re.compile(r"(?:[.:]00)?\s+(?:malam|sore|petang|siang)\b", re.IGNORECASE)
# English words and phrases that state a number in their meaning: "a decade" is ten years
# ("sepuluh tahun"), "noon" twelve o'clock ("jam 12"), "round the clock" 24 hours ("24 jam"),
# "a fortnight" two weeks or fourteen days, "a week" seven days, "halve" 50 percent, "twins" and
# "twice" two.
# Like the ordinals, they support the source's number but are not required of it.
_EN_MEANT = (
    (re.compile(r"\bdecades?\b", re.IGNORECASE), (Decimal(10),)),
    (re.compile(r"\bcentur(?:y|ies)\b", re.IGNORECASE), (Decimal(100),)),
    (re.compile(r"\bfortnights?\b", re.IGNORECASE), (Decimal(2), Decimal(14))),
    (re.compile(r"\ba week\b", re.IGNORECASE), (Decimal(7),)),
    # "halve" is cutting by 50 percent or by two; "doubled" is twice or 200 percent.
    (re.compile(r"\bhal(?:f|ves|ve|ved|ving)\b", re.IGNORECASE), (Decimal(2), Decimal(50))),
    (re.compile(r"\bdoubl(?:e|es|ed|ing)\b", re.IGNORECASE), (Decimal(2), Decimal(200))),
    # "mencetak dua gol" is "scored twice": the times stand for the things counted.
    (re.compile(r"\btwice\b", re.IGNORECASE), (Decimal(2),)),
    (re.compile(r"\btripl(?:e|es|ed|ing)\b", re.IGNORECASE), (Decimal(3), Decimal(300))),
    (re.compile(r"\bquadrupl(?:e|es|ed|ing)\b", re.IGNORECASE), (Decimal(4), Decimal(400))),
    (re.compile(r"\b(?:noon|midday)\b", re.IGNORECASE), (Decimal(12),)),
    (re.compile(r"\bmidnight\b", re.IGNORECASE), (Decimal(0), Decimal(12), Decimal(24))),
    (re.compile(r"\b(?:a)?round the clock\b|\b24/7\b", re.IGNORECASE), (Decimal(24),)),
    # "dua anak kembar" is "twins", "bayi kembar tiga" "triplets".
    (re.compile(r"\btwins\b", re.IGNORECASE), (Decimal(2),)),
    # "kelas 1", "lantai 1", "babak 1": "first grade", "the first floor", "the first half".
    (
        re.compile(
            r"\bfirst[- ](?:grade|graders?|year|floor|semester|round|half|class|day|place|stage"
            r"|phase|session|leg|term)\b",
            re.IGNORECASE,
        ),
        (Decimal(1),),
    ),
    (re.compile(r"\btriplets\b", re.IGNORECASE), (Decimal(3),)),
    (re.compile(r"\bquadruplets\b", re.IGNORECASE), (Decimal(4),)),
)
# "half a million" is 500,000: the reader takes "a million"; the "half" before it halves it.
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.IGNORECASE)
# An Indonesian news dateline: a weekday and its date in brackets, "Rabu (12/6)". English wire
# copy gives the weekday alone ("on Wednesday"); the weekday stays required, the date does not.
_DATELINE_BETWEEN = re.compile(r"^,?\s*\(\s*$")
# Halves said in smaller units: "setengah tahun" is "six months", "setengah jam" "30 minutes".
_ID_HALVES = {
    "setengah tahun": Decimal(6),
    "setengah jam": Decimal(30),
    "setengah abad": Decimal(50),
}
# Digits inside a model or code name: "ST21", "G20", "A320".
_GLUED_DIGITS = re.compile(r"(?<=[A-Za-z])\d+\b")
# Digits with "-an" ("about so many": "kayak yang 300an"), "x" ("times": "udah 3x servis") or
# "k" glued on, in casual Indonesian.
_ID_GLUED_SUFFIX = re.compile(r"(?<![\w.,])(\d+)(?:an|x|k)\b", re.IGNORECASE)
# "25k" in a casual source is 25,000 (as English writes it), "video 4K" a resolution.
_ID_K_AMOUNT = re.compile(r"(?<![\w.,])(\d+)k\b", re.IGNORECASE)


def _written(text: str, start: int, end: int) -> str:
    """The number as written, with its currency or percent sign: "Rp 10 ribu", "30 persen"."""
    before = _CURRENCY_BEFORE.search(text[max(0, start - 5) : start])
    after = _PERCENT_AFTER.match(text[end : end + 9])
    if before:
        start -= len(before.group())
    if after:
        end += len(after.group())
    return text[start:end].strip()


@dataclass(frozen=True)
class _Side:
    required: tuple[tuple[frozenset[Decimal], str], ...]  # (the values it may be, as written)
    values: frozenset[Decimal]  # every value written, dates' parts included
    day_months: dict[tuple[int, int], str]
    months: dict[int, str]  # the months stated (a numeric date's first reading only)
    weekdays: dict[int, str]
    any_months: frozenset[int]  # every month a date may mean ("12/5": May or December)
    any_weekdays: frozenset[int]  # every weekday it holds ("on weekdays": Monday to Friday)
    eves: frozenset[int] = frozenset()  # weekdays after "malam": the evening before them


def _weak(mention: NumberMention, text: str) -> bool:
    """A number that often is no quantity English states: "satu", "kedua", "dua kali (lipat)",
    and the count of days before an event ("booking H-1", "a day in advance")."""
    if _DAYS_BEFORE.search(text[: mention.span.start]):
        return True  # "H-1", "H-7": days before an event, which English says in words
    if not mention.spelled:
        return False
    twice = re.match(r"\s+kali\b", text[mention.span.end :], re.IGNORECASE) is not None
    idiom = bool(
        _IDIOM_BEFORE.search(text[: mention.span.start])
        or _IDIOM_AFTER.match(text[mention.span.end :])
    )
    named = mention.span.text[:1].isupper() and _CAPITAL_BEFORE.search(text[: mention.span.start])
    every_other = mention.value == 2 and _EVERY_OTHER.match(text[mention.span.end :])
    return (
        twice
        or idiom
        or bool(named)
        or bool(every_other)
        or mention.value <= 1
        or mention.span.text.lower() in _WEAK_WORDS
    )


# "H-1", "H-7": so many days before ("hari"), said in words in English.
_DAYS_BEFORE = re.compile(r"\b[HD]-$")
# A capitalised word before a capitalised number word: the number is part of a name ("Nusa Dua",
# "Kampung Tiga"), which English copies as a name.
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _one_unit(mention: NumberMention, text: str, lang: str) -> bool:
    """An Indonesian "1" before a unit ("1 jam"), which English may say as "an hour"."""
    one = lang == "id" and mention.value == 1 and mention.span.text.strip() == "1"
    return one and _ONE_UNIT.match(text[mention.span.end :]) is not None


def _said_otherwise(mention: NumberMention, text: str, lang: str) -> tuple[Decimal, ...]:
    """The values English writes for an Indonesian decade or evening hour: "tahun 90-an" is the
    1990s, "jam 7 malam" 7 pm (19); and for a spoken amount read another way (see
    :func:`_spoken_readings`). Empty for any other number."""
    if lang != "id":
        return ()
    clock = _CLOCK_BEFORE.search(text[: mention.span.start])
    if clock and _EVENING_HOURS <= mention.value < _DAY_HOURS:  # "pukul 23.30": "11:30 last night"
        return (mention.value, mention.value - _DAY_HOURS // 2)
    if mention.value != mention.value.to_integral_value():
        return ()
    spoken = _spoken_readings(mention)
    if spoken:
        return (mention.value, *spoken)
    value = int(mention.value)
    if value < 100 and _DECADE_AFTER.match(text[mention.span.end :]):
        return (Decimal(1900 + value), Decimal(2000 + value), Decimal(value))  # or "40-odd"
    if clock and value <= 12 and _AFTERNOON_AFTER.match(text[mention.span.end :]):
        return (Decimal(value), Decimal(value + 12))
    return ()


def _in_place_name(start: int, end: int, text: str) -> bool:
    """A weekday after a capitalised word inside the sentence is part of a place's name: "di
    kawasan Pasar Minggu", "Pasar Rebo" (districts of Jakarta); not "Pada Sabtu", "Hari Senin",
    nor a day with its time after a place ("di Taman Ismail Marzuki Jumat malam")."""
    before = _NAME_WORD_BEFORE.search(text[:start])
    if before is None or before.group(1).lower() not in _WEEKDAY_PLACE_HEADS:
        return False  # "Hari Senin"; "di UI Rabu kemarin", "Lapangan Karebosi Jumat kemarin"
    return _TIME_OF_DAY_AFTER.match(text, end) is None


# Words that name a place with a weekday: "Pasar Minggu", "Pasar Rebo", "Kampung Rebo".
_WEEKDAY_PLACE_HEADS = frozenset({"pasar", "kampung", "pal"})


_TIME_OF_DAY_AFTER = re.compile(
    r"\s*(?:\(|,?\s*(?:pagi|siang|sore|petang|malam|dini|pukul|jam)\b)",
    re.IGNORECASE,
)


# A capitalised word after a lower-case one, just before a weekday.
_NAME_WORD_BEFORE = re.compile(r"[a-z,]\s+([A-Z][\w'’-]*)\s+$")


def _spoken_readings(mention: NumberMention) -> tuple[Decimal, ...]:
    """Spoken amounts that drop a scale word or run into the next noun: "satu juta dua ratus" is
    1,200,000 (its "ribu" left unsaid), "sepuluh ribu satu piring" 10,000 for one plate."""
    if not mention.spelled:
        return ()
    words = mention.span.text.lower().split()
    if "juta" in words and "ribu" not in words and words[-1] == "ratus":
        millions = Decimal(_parse_id(words[: words.index("juta") + 1]))
        hundreds = Decimal(_parse_id(words[words.index("juta") + 1 :]))
        return (millions + hundreds * 1000,)
    if len(words) >= 3 and words[-1] == "satu" and words[-2] in ID_SCALES:
        return (mention.value - 1,)
    return ()


def _parse_id(words: list[str]) -> int:
    """The value of spoken Indonesian number words ("satu juta", "dua ratus")."""
    return sum(m.value for m in number_mentions(" ".join(words), "id") if m.value == m.value // 1)


def _casual_thousands(mention: NumberMention, lang: str) -> tuple[Decimal, ...]:
    """An English amount in "k" ("300k") also reads as the bare number a casual source writes
    for thousands of rupiah ("kayak yang 300an", "harganya 50"). Empty for any other number."""
    if lang != "en" or not _K_AMOUNT.search(mention.span.text):
        return ()
    return (mention.value, mention.value / 1000)


_K_AMOUNT = re.compile(r"\dk$", re.IGNORECASE)


def _halved(mention: NumberMention, text: str) -> NumberMention:
    """ "half a million" read as 500,000, not as the "a million" the reader found."""
    article = mention.span.text.lower().startswith(("a ", "an "))
    if article and _HALF_BEFORE.search(text[: mention.span.start]):
        return replace(mention, value=mention.value / 2)
    return mention


# "a hundred and twenty": the reader takes number words joined by spaces, so the "and" after
# a scale word is read as space (of the same length, so spans stay where they are).
_AND_AFTER_SCALE = re.compile(r"\b(hundred|thousand|million|billion)(\s+and)(?=\s+[a-z])")
# "one way", "one-way ticket": a kind of ticket or street, no number ("two million one way");
# "you two" addresses a pair (*Om sama Tante*), it counts nothing.
_NO_COUNT = re.compile(r"\bone(?=[- ]way\b)|(?<=\byou )two\b", re.IGNORECASE)
# A decade: "the '90s", "the 1990s" (*era 90-an*), which the number reader passes over; a
# source may write one so too ("katun combed 30s").
_DECADE = re.compile(r"['’]?\b((?:1[89]|20)?\d0)s\b")
# Two numbers under twenty side by side are two numbers: "the top five three times" is 5 and 3,
# not 8 (a tens word and a unit, "twenty three", is one).
_UNDER_TWENTY = "|".join(word for word, value in EN_UNITS.items() if value < 20 and word != "dozen")
_EN_SIDE_BY_SIDE = re.compile(rf"\b({_UNDER_TWENTY})\s(?=(?:{_UNDER_TWENTY})\b)", re.IGNORECASE)


# "15 ribuan" is about 15,000: the "-an" after a scale word says "about", not another number.
_UNIT_WORDS = "|".join(sorted(ID_UNITS, key=len, reverse=True))
# Dozens: "dua lusin" is 24 ("two dozen"), "selusin" 12.
_ID_DOZENS = re.compile(rf"\b(?:(?P<count>{_UNIT_WORDS}|\d+)\s+lusin|(?P<one>selusin))\b", re.I)
_ABOUT_SCALE = re.compile(
    rf"(\d|\b(?:{_UNIT_WORDS}))(\s*(?:ratus|ribu|juta|miliar|triliun))an\b", re.IGNORECASE
)


# Numbers said aloud: "dua koma delapan juta" (2,8 juta), "jam setengah enam" (half past five).
_SPOKEN_DECIMAL = re.compile(
    rf"\b(?P<whole>{_UNIT_WORDS})\s+koma\s+(?P<part>{_UNIT_WORDS})\b", re.I
)
# The hours "setengah" may come before, one to twelve: "jam setengah dua belas" is 11:30; not
# "setengah sejuta" (half a million) or "setengah seratus".
_CLOCK_HOURS = {
    word: value
    for word, value in ID_UNITS.items()
    if 1 <= value <= 11 and not word.startswith("ke")  # not "kedua" (second)
} | {"dua belas": 12}
# "jam setengah delapan", or a bare "setengah delapan" (7:30: "satu setengah" would be 1.5).
_CLOCK_HOUR_WORDS = "|".join(
    word.replace(" ", r"\s+") for word in sorted(_CLOCK_HOURS, key=len, reverse=True)
)
_HALF_HOUR = re.compile(
    rf"\b(?:(?P<clock>jam|pukul)\s+)?(?P<half>setengah)\s+(?P<hour>{_CLOCK_HOUR_WORDS}|\d{{1,2}})\b",
    re.I,
)


# "six-thirty", "half past six": 6:30 in words.
_EN_HOURS = sorted(
    (word for word, value in EN_UNITS.items() if value <= 12 and word != "dozen"),
    key=EN_UNITS.__getitem__,
)
_EN_HALF_PAST = re.compile(
    rf"\b(?:(?P<hour>{'|'.join(_EN_HOURS)})[- ]thirty|half past (?P<past>{'|'.join(_EN_HOURS)}))\b",
    re.IGNORECASE,
)


def _en_half_past(match: re.Match) -> str:
    hour = (match.group("hour") or match.group("past")).lower()
    return f"{_EN_HOURS.index(hour) + 1}:30".ljust(len(match.group()))


_INDEPENDENCE = (17, 8)  # the day and month of "tujuh belasan"
_SEVENTEENTH = re.compile(r"\btujuh\s*belasan\b|\bagustusan\b", re.IGNORECASE)
# "dua puluhan": in the twenties, some twenty-odd.
_TENS_ABOUT = re.compile(rf"\b({_UNIT_WORDS})\s+puluhan\b", re.I)


def _dozens_in_digits(match: re.Match) -> str:
    """A count of dozens in digits, padded to its length: "dua lusin" as "24"."""
    count = match.group("count")
    dozens = 1 if count is None else int(count) if count.isdecimal() else ID_UNITS[count.lower()]
    return str(dozens * 12).ljust(len(match.group()))


def _in_digits(match: re.Match) -> str:
    """The spoken number in digits, padded to its length (so that spans stay where they are)."""
    groups = match.groupdict()
    if groups.get("half"):
        hour = groups["hour"].lower()
        value = int(hour) if hour.isdecimal() else _CLOCK_HOURS[" ".join(hour.split())]
        clock = groups["clock"] or "pukul"  # read as a time, not a decimal
        digits = f"{clock} {value - 1 or 12}.30"  # "setengah satu" is 12:30
    else:
        digits = f"{ID_UNITS[groups['whole'].lower()]},{ID_UNITS[groups['part'].lower()]}"
    return digits.ljust(len(match.group()))


def _side(text: str, lang: str) -> _Side:
    # "tujuh belasan": the 17 August celebrations, which English may name by their date or not.
    independence_day = lang == "id" and _SEVENTEENTH.search(text) is not None
    if independence_day:
        text = _SEVENTEENTH.sub(lambda m: " " * len(m.group()), text)
    if lang == "id":
        text = _ABOUT_SCALE.sub(lambda m: m.group(1) + m.group(2) + "  ", text)
        text = _SPOKEN_DECIMAL.sub(_in_digits, text)
        text = _HALF_HOUR.sub(_in_digits, text)
        text = _ID_DOZENS.sub(_dozens_in_digits, text)
        text = _TENS_ABOUT.sub(
            lambda m: f"{ID_UNITS[m.group(1).lower()] * 10}an".ljust(len(m.group())), text
        )
    if lang == "en":
        text = _AND_AFTER_SCALE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        text = _EN_HALF_PAST.sub(_en_half_past, text)
        text = _NO_COUNT.sub("   ", text)
        text = _EN_SIDE_BY_SIDE.sub(lambda m: m.group(1) + ",", text)
    text = _DECADE.sub(lambda m: f" {m.group(1)} ".ljust(len(m.group())), text)
    dates = date_mentions(text, lang)
    numbers = number_mentions(text, lang)
    inside = [(d.span.start, d.span.end) for d in dates if d.weekday is None]
    required: list[tuple[frozenset[Decimal], str]] = []
    values = {n.value for n in numbers}
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", text)}
    implied = _EN_IMPLIED if lang == "en" else {**_ID_IMPLIED, **_ID_SLANG}
    values.update(value for word, value in implied.items() if word in words)
    if lang == "id" and "belasan" in words:
        values.add(Decimal(10))  # "belasan pasien": "more than 10 patients" as well as a dozen
    values.update(Decimal(digits) for digits in _GLUED_DIGITS.findall(text))
    if lang == "id":
        # "Danlantamal IV", "Kodam XVII": a unit's Roman number, which English may give as "4th".
        values.update(Decimal(_roman_value(numeral)) for numeral in _ROMAN_NUMERAL.findall(text))
        values.update(Decimal(digits) for digits in _ID_GLUED_SUFFIX.findall(text))
        values.update(Decimal(digits) * 1000 for digits in _ID_K_AMOUNT.findall(text))
        values.update(value for phrase, value in _ID_HALVES.items() if phrase in text.lower())
    if lang == "en":
        values.update(v for pattern, meant in _EN_MEANT if pattern.search(text) for v in meant)
    if lang == "en":  # "the 1990s": the decade is stated, and "90-an" says it too
        for decade in _EN_DECADE.finditer(text):
            required.append((frozenset({Decimal(decade.group(1))}), decade.group()))
            values.update({Decimal(decade.group(1)), Decimal(decade.group(1)[2:])})
    numbers = [_halved(number, text) if lang == "en" else number for number in numbers]
    values.update(number.value for number in numbers)
    for number in numbers:
        in_date = any(s <= number.span.start and number.span.end <= e for s, e in inside)
        said_otherwise = _said_otherwise(number, text, lang) or _casual_thousands(number, lang)
        values.update(said_otherwise)
        if in_date or _weak(number, text) or _one_unit(number, text, lang):
            continue
        # "jam 11 malam" must be in the English as 11 or 23 ("11 p.m."), "90-an" as the 1990s.
        meant = frozenset(said_otherwise or (number.value,))
        required.append((meant, _written(text, number.span.start, number.span.end)))
    day_months: dict[tuple[int, int], str] = {}
    months: dict[int, str] = {}
    weekdays: dict[int, str] = {}
    any_months: set[int] = set()
    after_weekday = [d.span.end for d in dates if d.weekday is not None]
    eves: set[int] = set()
    for mention in dates:
        if mention.weekday is not None:
            if lang == "id" and _a_week(mention.span.start, mention.span.end, text):
                continue  # "Minggu depan" is next week, not Sunday
            if lang != "id" or not _in_place_name(mention.span.start, mention.span.end, text):
                weekdays.setdefault(mention.weekday, mention.span.text)
            if lang == "id" and _EVE.search(text[: mention.span.start]):
                eves.add(mention.weekday)
            continue
        if lang == "id" and _dateline(mention, after_weekday, text):
            values.update(Decimal(part) for part in (mention.day, mention.year) if part)
            any_months.update(month for _, month in date_readings(mention))
            continue
        if mention.year is not None:
            required.append((frozenset({Decimal(mention.year)}), str(mention.year)))
            values.add(Decimal(mention.year))
        readings = date_readings(mention)
        if readings:
            day_months.setdefault(readings[0], mention.span.text)
            months.setdefault(readings[0][1], mention.span.text)
            for day, month in readings:
                values.add(Decimal(day))
                any_months.add(month)
        elif mention.month is not None and not mention.numeric:
            months.setdefault(mention.month, mention.span.text)
    any_months.update(months)
    # "malam Minggu" is Saturday night (the night before Sunday): English may say either day;
    # written small ("malam minggu") it is no date the source requires, but it supports both.
    any_weekdays = set(weekdays) | {(day - 1) % 7 for day in eves}
    if independence_day:
        values.add(Decimal(_INDEPENDENCE[0]))
        any_months.add(_INDEPENDENCE[1])
    if lang == "id" and _SATURDAY_NIGHT.search(text):
        any_weekdays.update({_SATURDAY, _SUNDAY})
    if lang == "en":  # "on weekdays" (*Senin sampai Jumat*), "the first quarter" (Jan.-March)
        if _EN_WEEKDAYS.search(text):
            any_weekdays.update(range(5))
        if _EN_FIRST_QUARTER.search(text):
            any_months.update({1, 2, 3})
    elif len(months) >= 2:  # "Januari, Februari, dan Maret": "the first three months"
        values.add(Decimal(len(months)))
    return _Side(
        tuple(required),
        frozenset(values),
        day_months,
        months,
        weekdays,
        frozenset(any_months),
        frozenset(any_weekdays),
        frozenset(eves),
    )


def _a_week(start: int, end: int, text: str) -> bool:
    """ "Minggu depan" opening a sentence, "minggu lalu": a week, not Sunday ("pada Minggu lalu"
    and "hari Minggu depan" are Sundays)."""
    opening = text[start:end].islower() or not text[:start].strip(" \"“‘'(")
    return opening and _WEEK_AFTER.match(text, end) is not None


_WEEK_AFTER = re.compile(r"(?<=[Mm]inggu)\s+(?:depan|lalu|ini|kemarin|terakhir|pertama)\b")
_ROMAN_NUMERAL = re.compile(r"(?<![\w-])(X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})(?![\w-])")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_DIGITS[letter] for letter in numeral]
    return sum(
        -value if position + 1 < len(values) and value < values[position + 1] else value
        for position, value in enumerate(values)
    )


_SATURDAY_NIGHT = re.compile(r"\bmalam\s+minggu\b")
_SATURDAY, _SUNDAY = 5, 6
_EVE = re.compile(r"\bmalam\s+$", re.IGNORECASE)
_EN_WEEKDAYS = re.compile(r"\bweekdays?\b", re.IGNORECASE)
_EN_FIRST_QUARTER = re.compile(r"\bfirst (?:quarter|three months)\b", re.IGNORECASE)


def _dateline(mention: DateMention, weekday_ends: list[int], text: str) -> bool:
    """A numeric date in brackets right after a weekday: "Rabu (12/6)", a news dateline."""
    return mention.numeric and any(
        end <= mention.span.start and _DATELINE_BETWEEN.match(text[end : mention.span.start])
        for end in weekday_ends
    )


@dataclass(frozen=True)
class Stated:
    """What an English sentence states, however written ("half a million", "Friday's")."""

    values: frozenset[Decimal]
    weekdays: frozenset[int]
    months: frozenset[int]


def english_stated(english: str) -> Stated:
    """The values, weekdays and months the English states."""
    side = _side(english, "en")
    return Stated(side.values, side.any_weekdays, side.any_months)


def _missing(side: _Side, other: _Side) -> list[str]:
    """What ``side`` states that ``other`` does not, as written in ``side``, in order."""
    seen: list[str] = []
    for meant, written in side.required:
        if not meant & other.values and written not in seen:
            seen.append(written)
    for (day, month), written in side.day_months.items():
        # "3 hingga 7 Juli" is "July 3 to 7": the day may stand apart from its month.
        held = Decimal(day) in other.values and month in other.any_months
        if not held and (month, day) not in other.day_months and written not in seen:
            seen.append(written)
    for month, written in side.months.items():
        if month not in other.any_months and written not in seen:
            seen.append(written)
    for day, written in side.weekdays.items():
        held = day in other.any_weekdays or (day in side.eves and (day - 1) % 7 in other.weekdays)
        if not held and written not in seen:
            seen.append(written)
    return seen


def number_findings(source: str, english: str) -> list[Finding]:
    """A finding for each number, date, month or weekday that one side states and the other not.

    A source value that the English lacks and an English value that the source lacks, one each,
    are one finding: the number was changed.
    """
    id_side, en_side = _side(source, "id"), _side(english, "en")
    # A date the English copies as written is kept: it is part of a name ("Institut Teknologi
    # Sepuluh Nopember", "the Sepuluh Nopember Institute of Technology").
    dropped = [
        written
        for written in _missing(id_side, en_side)
        if not (written[:1].isupper() and re.search(rf"\b{re.escape(written)}\b", english))
    ]
    # An English number word the source itself uses ("babak final four", "perut sixpack") is
    # the source's own.
    added = [
        written
        for written in _missing(en_side, id_side)
        if not (written.isalpha() and re.search(rf"\b{re.escape(written)}", source, re.I))
    ]
    # Written alike on both sides ("15.240" read as 15240 in one, 15.24 in the other): the same.
    same = set(dropped) & set(added)
    dropped = [written for written in dropped if written not in same]
    added = [written for written in added if written not in same]
    if len(dropped) == 1 and len(added) == 1:
        message = (
            f"The original says ‘{dropped[0]}’, but the translation says ‘{added[0]}’: "
            "check this number or date."
        )
        return [Finding("number", added[0], dropped[0], message)]
    findings = [
        Finding(
            "number",
            "",
            written,
            f"The original's ‘{written}’ is missing from the translation.",
        )
        for written in dropped
    ]
    findings += [
        Finding(
            "number",
            written,
            None,
            f"The translation's ‘{written}’ is not in the original.",
        )
        for written in added
    ]
    return findings
