"""Names: does each name of the source reach the English, and does the English add names?

A name of the source is a run of capitalised words ("Recep Tayyip Erdoğan", "KwaZulu-Natal"); a
run that opens the sentence counts when it is clearly a name (several words, an acronym, a
hyphenated or accented word, a known place, or followed by a verb of saying). Each word must
reach the English as written (accents aside, "Ukraina"/"Ukraine" alike), or, for a place or
institution of the exonym table, in its English form ("Jepang" as "Japan"). Words of titles and
offices ("Menteri Keuangan") are ordinary words in English and need not be copied. A name of the
English is checked by the grounding package's name reader against the source's words and the
English forms of its exonyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.check._cognates import cognate
from summarizer.check._institutions import (
    derived_noun,
    english_institution_runs,
    source_institutions,
    within,
)
from summarizer.check._lexicon import ordinary_phrase, ordinary_word
from summarizer.check._tables import (
    EN_AFTER_IS,
    EN_GENERIC_HEADS,
    EN_HONORIFIC_RENDERINGS,
    EN_INSTITUTION_HEADS,
    EN_OPENING_NOT_NAMES,
    EN_PLURAL_MIN_LETTERS,
    EN_PLURAL_PEOPLE_ENDINGS,
    EN_SPEECH_VERBS,
    ID_BEFORE_HOLIDAYS,
    ID_COMMON_CAPS,
    ID_COMPANY_FORMS,
    ID_CORPS,
    ID_DEGREES,
    ID_DESCRIBED,
    ID_HONORIFICS,
    ID_LOCATIVES,
    ID_NEGATIONS,
    ID_PLACE_HOMONYMS,
    ID_PLACE_KINDS,
    ID_SHORT_FORMS,
    ID_SPECIALTIES,
    ID_TEAM_WORDS,
    ID_TITLES,
)
from summarizer.ground import (
    EXONYMS,
    MONTHS_ID,
    PART_RE,
    STOPWORDS,
    WEEKDAYS_ID,
    WORD_RE,
    Span,
    at_sentence_start,
    normal_word,
    unsupported_name_spans,
)
from summarizer.lang import indonesian_function_words
from summarizer.result import Finding

# Exonym entries that are offices or compass words: part of a name, not required in English.
# "Kota Balikpapan" as "Balikpapan's", "warga Kota Ternate" as "Ternate residents": a place's
# kind that English often leaves out, whatever word then stands before the place.
_NOT_REQUIRED = frozenset(
    "dpr mpr kpk polri tni presiden menteri barat timur utara selatan tengah kota kabupaten".split()
)
_LONGEST_PHRASE = 4
_SPEECH_VERBS = frozenset(
    """
    mengatakan menyatakan berkata menegaskan menjelaskan mengungkapkan menyebut menyebutkan
    mengklaim membantah mengakui menambahkan memperingatkan meminta
    """.split()
)
_GAP = re.compile(r"[ \t\u00a0]+")
_CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "pun"})
# English name words a translation of Indonesian text may add: "Indonesian National Police".
_ALWAYS_SUPPORTED = frozenset({"indonesia", "indonesian", "indonesians"})
# Names with English forms: the exonyms, and names given by description ("Negeri Sakura").
_RENDERED = {**EXONYMS, **ID_DESCRIBED}


@dataclass(frozen=True)
class SourceName:
    """A name of the source: its words as spans, and the exonym or title phrases among them."""

    tokens: tuple[Span, ...]

    @property
    def text(self) -> str:
        return " ".join(token.text for token in self.tokens)


def _is_cap(word: str) -> bool:
    key = word.lower()
    return word[:1].isupper() and key not in MONTHS_ID and key not in WEEKDAYS_ID


_TITLE_PREPOSITIONS = frozenset(
    "against between among through within without under over about across beyond".split()
)
_CONTRACTED = re.compile(r"['’](?:ve|re|ll|d|m)$", re.IGNORECASE)
_DOLLAR_BEFORE = re.compile(r"\bdolar\s+$", re.IGNORECASE)
# Arabic articles of names, which English spells its own way or drops: "Al-Fashir", "El Fasher".
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "az", "an", "at", "ash", "ul"})
_POSSESSED_MIN_LETTERS = 7  # "Ibunya" may be a name ("Tanya", "Sonya"), "Kakaknya" is not


def _clearly_a_name(tokens: list[Span], text: str) -> bool:
    first = tokens[0].text
    letters = [c for c in first if c.isalpha()]
    if len(tokens) >= 2 or (len(letters) >= 2 and all(c.isupper() for c in letters)):
        return True
    parts = first.split("-")
    if len(parts) > 1 and all(part[:1].isupper() for part in parts):
        return True  # "KwaZulu-Natal"; "Sekolah-sekolah" is a plural
    if any(ord(c) > 127 for c in first) or first.lower() in _RENDERED:
        return True
    if len(first) >= _POSSESSED_MIN_LETTERS and first.lower().endswith("nya"):
        return False  # "Pengacaranya menyatakan": "his lawyers said", a possessed common noun
    following = re.match(r"\s+(\w+)", text[tokens[-1].end :])
    return bool(following) and following.group(1).lower() in _SPEECH_VERBS


def _runs(text: str) -> Iterator[list[Span]]:
    run: list[Span] = []
    for match in WORD_RE.finditer(text):
        token = Span(match.start(), match.end(), match.group())
        joined = bool(run) and _GAP.fullmatch(text[run[-1].end : token.start]) is not None
        code = re.match(r"\$|-\d", text[token.end : token.end + 2])  # "US$ 5 juta", "U-23"
        if not _is_cap(token.text) or (code and len(token.text) <= 2):
            if run:
                yield run
            run = []
        elif joined:
            run.append(token)
        else:
            if run:
                yield run
            run = [token]
    if run:
        yield run


def _is_title_case(text: str) -> bool:
    """A headline in title case ("Kim Jong Un Tegaskan Dukungan Penuh"): capitals say nothing."""
    words = [m.group() for m in PART_RE.finditer(text)]
    capitalised = [word for word in words if word[:1].isupper()]
    plain = [w for w in words if not w[:1].isupper() and len(w) > 3 and w not in ID_COMMON_CAPS]
    return len(capitalised) >= 3 and not plain


def source_names(text: str) -> list[SourceName]:
    """The names of an Indonesian sentence, in order (see the module docstring); in a title-case
    headline only words that are names by their form (acronyms, "KwaZulu-Natal", "Erdoğan") or
    known places count."""
    if _is_title_case(text):
        return [
            SourceName((token,))
            for run in _runs(text)
            for token in run
            if _clearly_a_name([token], "") and token.text.lower() not in ID_COMMON_CAPS
        ]
    names = []
    for run in _runs(text):
        while run and run[0].text.lower() in ID_COMMON_CAPS:
            run = run[1:]
        if run and at_sentence_start(text, run[0].start):
            # The capital of a sentence's first word says nothing: "Perayaan Natal ...".
            opens_phrase = any(first == 0 for first, _end, _p in _phrases(tuple(run)))
            if len(run) >= 2 and not opens_phrase and not _clearly_a_name(run[:1], text[:0]):
                run = run[1:]
            elif not _clearly_a_name(run, text):
                continue
        if not run:
            continue
        names.append(SourceName(tuple(run)))
    return names


def _without_clitic(word: str) -> str:
    """ "wifi-nya" -> "wifi": an enclitic after a hyphen is no part of the name."""
    stem, _dash, tail = word.rpartition("-")
    return stem if stem and tail in _CLITICS else word


def _table_word(word: str) -> str:
    """``word`` without a "-nya" written on, where the rest is a word of the tables."""
    word = _without_clitic(word)
    stem = word.removesuffix("nya")
    return stem if stem != word and (stem in ID_TITLES or stem in _RENDERED) else word


def _phrases(tokens: tuple[Span, ...]) -> Iterator[tuple[int, int, str]]:
    """(first, end, phrase) for each exonym or title phrase among ``tokens``, longest first; a
    reduplicated plural is its word ("Pulau-Pulau Lease": "pulau", the Lease Islands)."""
    keys = [_glued_stem(_singular(_without_clitic(token.text.lower()))) for token in tokens]
    position = 0
    while position < len(keys):
        for size in range(min(_LONGEST_PHRASE, len(keys) - position), 0, -1):
            phrase = " ".join(keys[position : position + size])
            if phrase in _RENDERED or phrase in ID_TITLES:
                yield position, position + size, phrase
                position += size
                break
        else:
            position += 1


def _unaccounted(word: str, supported: frozenset[str]) -> bool:
    """An English word right before a name that no source word accounts for, and that could
    stand in a name's place: not a function word, not an adverb ("especially Sari"), not a
    verb's participle ("replacing Yusuf", "named Sari")."""
    return (
        word not in STOPWORDS and word not in supported and not word.endswith(("ly", "ing", "ed"))
    )


def _glued_stem(word: str) -> str:
    """A place with a possessive written on ("Jermanku", my German): the place itself (not
    "Buku", a book, for "bu")."""
    if word in _RENDERED or word in ID_TITLES:
        return word
    for clitic in ("nya", "ku", "mu"):
        stem = word.removesuffix(clitic)
        if stem != word and len(stem) >= _MIN_GLUED_STEM and stem in EXONYMS:
            return stem
    return word


_MIN_GLUED_STEM = 4


def _singular(word: str) -> str:
    """A reduplicated plural as its word: "pulau-pulau" is "pulau" ("undang-undang", a word of
    its own in the tables, stays)."""
    first, dash, second = word.partition("-")
    reduplicated = dash and first == second and word not in ID_TITLES and word not in _RENDERED
    return first if reduplicated else word


def _same_word(source: str, english: str) -> bool:
    """One word across the languages: "Ukraina" and "Ukraine"; not "Erdogan" and "Erdo"."""
    if source == english or english == f"{source}s":  # "ATM" as "ATMs"
        return True
    if len(source) >= 4 and english.startswith(source) and len(english) <= len(source) + 3:
        return True  # "korea"/"korean", "russia"/"russian"
    shared = 0
    for a, b in zip(source, english, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(4, len(source) - 1) and len(english) >= len(source) - 1


def _normal_words(text: str) -> list[str]:
    """The words of ``text`` in the form names are compared in (:func:`normal_word`)."""
    return [normal_word(m.group()) for m in PART_RE.finditer(text)]


def _english_words(english: str) -> list[Span]:
    return [Span(m.start(), m.end(), normal_word(m.group())) for m in PART_RE.finditer(english)]


def _has_phrase(english: str, phrase: str) -> bool:
    """Whether ``english`` holds ``phrase``, word by word ("North Korean" holds "north korea")."""
    words = _normal_words(english)
    wanted = _normal_words(phrase)
    if not wanted:
        return False
    return any(
        all(_same_word(w, e) for w, e in zip(wanted, words[start:], strict=False))
        for start in range(len(words) - len(wanted) + 1)
    )


def _phrase_reached(phrase: str, written: str, english: str) -> bool:
    if phrase in _NOT_REQUIRED:
        return True
    if phrase in ID_TITLES:
        # A title English writes the same way ("Bank", "Museum") is kept, unless an acronym.
        forms = ID_TITLES[phrase]
        if phrase not in forms or written.isupper():
            return True
        return any(_has_phrase(english, form) for form in forms)
    return any(_has_phrase(english, form) for form in (phrase, *_RENDERED[phrase]))


def _title_replaced(
    phrase: str, following: str, english: str, supported: frozenset[str], *, apposed: bool
) -> bool:
    """A title word of a name replaced by an ordinary word: "Taman Mini" as "stone Mini". The
    English has neither the title nor its English form, and has the name's next word right after
    a lower-case word that is neither a function word nor a word the source accounts for
    (``supported``: its own words and their English forms); so "river Brawijaya", with no
    *sungai* in the source, is a replacement."""
    if phrase not in ID_TITLES or not following[:1].isupper():
        return False
    if phrase in ID_HONORIFICS:
        if apposed:  # "pemandu lokal, Mas Andi": "local guide Andi"
            return False
        supported = supported | EN_HONORIFIC_RENDERINGS  # "my friend Andi", not "stone Andi"
    if any(_has_phrase(english, form) for form in (phrase, *ID_TITLES[phrase])):
        return False  # "Gambir Station": the title rendered after the name
    found = re.search(rf"(?<![\w-])([a-z][a-z]+)\s+{re.escape(following)}(?![\w-])", english)
    if found is None:
        return False
    word = found.group(1)
    return _unaccounted(word, supported)


def _title_rendered(word: str, english: str) -> bool:
    """A title word the English renders by its table form in lower case, an ordinary word
    ("Kepolisian" as "Jakarta police"): it then accounts for no English name word, as it does
    when the form is capitalised ("Perwakilan" as "House of Representatives")."""
    return any(
        re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", english)
        for form in ID_TITLES.get(word.lower(), ())
    )


def _word_reached(word: str, english_words: list[Span]) -> bool:
    """The word as written, or its English spelling ("Narkotika" as "Narcotics")."""
    return any(_same_word(word, span.text) or cognate(word, span.text) for span in english_words)


def _part_reached(part: str, english: str, english_words: list[Span]) -> bool:
    """A word of a name, or a place of the exonym table ("Moskow" of "Pyongyang-Moskow")."""
    if _word_reached(part, english_words):
        return True
    return part in _RENDERED and any(_has_phrase(english, form) for form in _RENDERED[part])


def _likely_rendering(token: Span, english: str, english_words: list[Span]) -> str:
    """The English words a missing name word probably became: a cut form ("Erdo" for "Erdoğan"),
    the English token that holds the name's other parts ("KwaZulu-Christmas"), or the title
    form a place's name was taken for ("Christmas" for the town of Natal)."""
    parts = _normal_words(token.text)
    if len(parts) == 1 and parts[0] in ID_PLACE_HOMONYMS:  # "Natal" as "Christmas"
        for form in ID_TITLES[parts[0]]:
            found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", english, re.IGNORECASE)
            if found:
                return found.group()
    for part in parts:
        for span in english_words:
            if len(span.text) >= 3 and part.startswith(span.text) and part != span.text:
                return english[span.start : span.end]
    if len(parts) > 1:
        for match in WORD_RE.finditer(english):
            english_parts = {normal_word(p.group()) for p in PART_RE.finditer(match.group())}
            if "-" in match.group() and english_parts & set(parts):
                return match.group()
    return ""


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ENGLISH_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


_ABBREVIATION_LETTERS = 3  # "Drs.", "Ir.", "Hj.": a title or degree shortened with a dot
_DROPPABLE = ID_HONORIFICS | ID_COMPANY_FORMS | ID_CORPS  # "Pak", "Mbak", "PT", "Tbk", "Inf"


_DEGREES_BEFORE = frozenset({"drs", "dra", "ir", "hj", "dr", "prof", "kh", "ust", "ny", "tn"})


def _courtesy(token: Span, source: str, last: bool) -> bool:
    """A word of a name that English may drop: an honorific ("Pak", "Mbak"), a company's legal
    form ("PT"), a title or degree shortened with dots ("Drs. H. Slamet", "S.H.", "M.Si."), or a
    single letter (an initial, a size "L"); the rest of the name must stay. A dot after a name's
    last word may end the sentence, so there only a dot inside the word says it is shortened."""
    letters = [c for c in token.text if c.isalpha()]
    inner = "." in token.text.rstrip(".")
    dot_after = not last and source[token.end : token.end + 1] == "."
    dotted = (inner or dot_after) and len(letters) <= _ABBREVIATION_LETTERS
    parts = token.text.lower().split("-")  # "Bapak-Ibu": every part an honorific
    specialty = source[max(0, token.start - 3) : token.start] == "Sp."  # "Sp.KJ", psychiatrist
    # "Dra. Nurhayati": a degree before a name, whose dot no sentence end explains.
    degree = token.text.lower() in _DEGREES_BEFORE and source[token.end : token.end + 1] == "."
    return (
        all(part in _DROPPABLE for part in parts)
        or len(letters) == 1
        or dotted
        or specialty
        or degree
    )


def _initials_run(acronym: str, missing: list[tuple[Span, SourceName]]) -> list[Span]:
    """A run of one name's consecutive missing words whose initials spell ``acronym``."""
    lost = {token for token, _name in missing}
    for name in dict.fromkeys(name for _token, name in missing):
        for first in range(len(name.tokens) - len(acronym) + 1):
            run = list(name.tokens[first : first + len(acronym)])
            initials = "".join(token.text[0] for token in run).upper()
            if initials == acronym and all(token in lost for token in run):
                return run
    return []


def _initials_rendered(
    missing: list[tuple[Span, SourceName]], own: list[str]
) -> tuple[list[tuple[Span, SourceName]], list[str]]:
    """``missing`` less the runs of a name's missing words that an English acronym of their
    initials renders ("Kereta Api Indonesia" as "KAI"); and the acronyms so used."""
    used = []
    for acronym in own:
        run = _initials_run(acronym, missing)
        if run:
            missing = [item for item in missing if item[0] not in run]
            used.append(acronym)
    return missing, used


def _acronyms_rendered(
    missing: list[tuple[Span, SourceName]], source: str, english: str, supported: frozenset[str]
) -> tuple[list[tuple[Span, SourceName]], list[str]]:
    """``missing`` less the source words the English renders by an acronym of its own: a run
    of a name's words by their initials ("Kereta Api Indonesia" as "KAI"), a source acronym by
    one of about the same length ("PDB" as "GDP", "PBB" as "UN"); and the English acronyms so
    used."""
    own = [
        m.group()
        for m in _ENGLISH_ACRONYM.finditer(english)
        if normal_word(m.group()) not in supported
    ]
    missing, used = _initials_rendered(missing, own)
    own = [acronym for acronym in own if acronym not in used]
    kept = []
    for token, name in missing:
        alike = [a for a in own if abs(len(a) - len(token.text)) <= 1]
        partner = alike[0] if alike and _ACRONYM.fullmatch(token.text) else None
        if partner is None:
            kept.append((token, name))
        else:
            own.remove(partner)
            used.append(partner)
    return kept, used


def acronym_spelled(acronym: str, english: str) -> bool:
    """An all-caps acronym ("AC") whose letters are the initials of consecutive English words
    ("air conditioning"): the acronym was written out."""
    if _ACRONYM.fullmatch(acronym) is None:
        return False
    initials = "".join(m.group()[0] for m in PART_RE.finditer(english)).upper()
    return acronym in initials


def _others_removed(part: str, english_words: list[Span], source_words: set[str]) -> list[Span]:
    """The English words less those that are another word of the source as written: "Persija"
    is itself, so it cannot be a spelling of "Persib" (which "Ukraine" may be of "Ukraina")."""
    return [span for span in english_words if span.text == part or span.text not in source_words]


def _named_place(name: SourceName, first: int, end: int, phrase: str, source: str) -> bool:
    """Whether the title word ``phrase`` (tokens ``first:end`` of ``name``) is a place's name
    here: a word of :data:`ID_PLACE_HOMONYMS` standing alone after a word of place ("di Natal")
    or before a comma and a capitalised region ("Natal, Brasil")."""
    if phrase not in ID_PLACE_HOMONYMS or end - first != len(name.tokens):
        return False
    start, stop = name.tokens[first].start, name.tokens[end - 1].end
    before = re.search(r"(\w+)\s+$", source[:start])
    if before is not None and before.group(1).lower() in ID_LOCATIVES:
        return True
    # "Natal, Brasil", "Mandailing Natal, Sumatera Utara"; not "Menjelang Natal, Gereja ...".
    after = re.match(r",\s*([A-Z][\w-]*)(?:\s+([A-Z][\w-]*))?", source[stop:])
    if after is None:
        return False
    first_word = after.group(1).lower()
    both = f"{first_word} {(after.group(2) or '').lower()}"
    return first_word in _RENDERED or both in _RENDERED


def _before_holiday(phrase: str, token: Span, source: str) -> bool:
    """ "Hari Raya" before a holiday's name, or its "Raya" where "Hari" opened the sentence."""
    if phrase in ID_BEFORE_HOLIDAYS:
        return True
    return phrase == "raya" and re.search(r"\bHari\s+$", source[: token.start]) is not None


def _missing_words(
    name: SourceName,
    english: str,
    english_words: list[Span],
    task_words: frozenset[int],
    source: str,
    source_words: set[str],
    supported: frozenset[str],
) -> list[Span]:
    """The words of ``name`` the English lacks. ``source_words``: the source's own words;
    ``supported``: those and their English forms (:func:`_source_words`)."""
    defines_acronym = _ACRONYM_AFTER_JOINED.match(source, name.tokens[-1].end) is not None
    missing: list[Span] = []
    covered: set[int] = set()
    for first, end, phrase in _phrases(name.tokens):
        covered.update(range(first, end))
        written = " ".join(t.text for t in name.tokens[first:end])
        following = name.tokens[end].text if end < len(name.tokens) else ""
        if (phrase in ID_TEAM_WORDS or _before_holiday(phrase, name.tokens[first], source)) and (
            following[:1].isupper()
        ):
            continue  # "Timnas Vietnam" as "Vietnam", "Hari Raya Nyepi" as "Nyepi"
        if _DOLLAR_BEFORE.search(source[: name.tokens[first].start]) and "$" in english:
            continue  # "68,40 dolar AS" as "$68.40": the sign names the currency
        if _named_place(name, first, end, phrase, source):
            reached = _word_reached(normal_word(written), english_words)
        else:
            reached = (
                _phrase_reached(phrase, written, english)
                and (
                    phrase in _NOT_REQUIRED
                    or not _title_replaced(
                        phrase,
                        following,
                        english,
                        supported,
                        apposed=_apposed(name.tokens[first], source),
                    )
                )
                and not _last_after_acronym_replaced(
                    name, first, end, english, english_words, supported
                )
            )
        if not reached:
            start, stop = name.tokens[first].start, name.tokens[end - 1].end
            missing.append(Span(start, stop, written))
    for position, token in enumerate(name.tokens):
        if position in covered or token.text.lower() in ID_COMMON_CAPS:
            continue
        if _ROMAN.fullmatch(token.text):
            continue  # "kuartal III", "Komisi VIII": a number, which English may write its way
        if _shouted(token.text):
            continue  # "JANGAN beli disini!!", "LAMAAA bgt": a word in capitals, no name
        if _courtesy(token, source, position == len(name.tokens) - 1) and not _courtesy_replaced(
            name, position, english_words, supported, source
        ):
            continue  # "Pak Rahman" as "Rahman"; not as "stone Rahman"
        if _translated_derived_noun(name, position, english_words, supported):
            continue  # "Kejuaraan Dunia": a word English translates ("Championships")
        translatable = token.start in task_words or defines_acronym
        if translatable and not _before_copied(name, position, english_words, supported):
            continue  # an institution's task, or a term the source defines by its acronym
        if _bracketed_after_name(token, source) and not _bracket_replaced(english, source_words):
            continue  # "Pengadilan Negeri (PN) Medan": the acronym repeats the name before it
        parts = _normal_words(token.text)
        parts = [part for part in parts if part not in _CLITICS] or parts  # "AC-nya"
        parts = [part for part in parts if part not in _ARTICLES] or parts  # "Al-Fashir"
        if not all(
            _part_reached(part, english, _others_removed(part, english_words, source_words))
            for part in parts
        ):
            acronym = token.text.split("-")[0]
            if not acronym_spelled(acronym, english):
                missing.append(token)
    return sorted(missing, key=lambda span: span.start)


def _before_copied(
    name: SourceName, position: int, english_words: list[Span], supported: frozenset[str]
) -> bool:
    """The word after this one in the name is written as it is in the English, and right before
    that copy the English has a word of its own that the source does not account for: this one
    belongs to the name the English copies and was replaced ("Labuan Bajo" as "Oslo Bajo",
    "Yuliani Sasmita" as "river Sasmita"). An institution's task word that English translates
    elsewhere leaves an article or a rendered word there ("the Labuan Bajo ... Authority")."""
    if position + 1 >= len(name.tokens):
        return False
    following = name.tokens[position + 1].text.lower()
    for index, word in enumerate(english_words):
        if word.text.lower() == following and index > 0:
            before = normal_word(english_words[index - 1].text)
            if _unaccounted(before, supported):
                return True
    return False


def _translated_derived_noun(
    name: SourceName, position: int, english_words: list[Span], supported: frozenset[str]
) -> bool:
    """A derived noun of a longer name ("Kejuaraan"), which English translates, unless it names
    a place ("Desa Penglipuran") or the English put an unaccounted word in its place."""
    token = name.tokens[position]
    return (
        len(name.tokens) > 1
        and derived_noun(token.text)
        and not _named_by_kind(name, position)
        and not _after_copied(name, position, english_words, supported)
    )


def _last_after_acronym_replaced(
    name: SourceName,
    first: int,
    end: int,
    english: str,
    english_words: list[Span],
    supported: frozenset[str],
) -> bool:
    """A title word closing a name after an acronym ("BPJS Kesehatan"), whose English forms the
    English lacks, where the English has the acronym and then an unaccounted lower-case word
    ("BPJS stone card"): it was replaced."""
    if end != len(name.tokens) or end - first != 1 or first == 0:
        return False
    phrase = name.tokens[first].text.lower()
    forms = (*ID_TITLES.get(phrase, ()), *_RENDERED.get(phrase, ()))
    before = name.tokens[first - 1].text
    return (
        before.isupper()
        and len(before) > 1
        and not _ROMAN.fullmatch(before)  # "Komisi I DPR", "Komisi IX DPR": a number
        and not any(_has_phrase(english, form) for form in forms)
        and _after_copied(name, first, english_words, supported)
    )


def _after_copied(
    name: SourceName, position: int, english_words: list[Span], supported: frozenset[str]
) -> bool:
    """The word before this one in the name is written as it is in the English, and right after
    that copy the English has a lower-case word the source does not account for: this one was
    replaced there ("BPJS Ketenagakerjaan" as "BPJS river")."""
    if position == 0:
        return False
    previous = name.tokens[position - 1].text.lower()
    for index, word in enumerate(english_words[:-1]):
        if word.text.lower() == previous:
            after = english_words[index + 1].text
            key = normal_word(after)
            if after[:1].islower() and key not in STOPWORDS and key not in supported:
                return True
    return False


def _named_by_kind(name: SourceName, position: int) -> bool:
    """The word follows a word of place ("Desa Penglipuran", "Kota Pekalongan"): a place's name
    however it is shaped, not a derived noun English translates."""
    return position > 0 and name.tokens[position - 1].text.lower() in ID_PLACE_KINDS


def _apposed(token: Span, source: str) -> bool:
    """The word follows a comma: an honorific after a noun in apposition ("pemandu lokal, Mas
    Andi"), which English often merges ("local guide Andi")."""
    return source[: token.start].rstrip().endswith(",")


def _courtesy_replaced(
    name: SourceName,
    position: int,
    english_words: list[Span],
    supported: frozenset[str],
    source: str,
) -> bool:
    """An honorific or degree replaced by a word the English does not account for ("stone
    Fauzan" for *Ustaz Fauzan*); a word English says for such a title ("my friend Togar" for
    *Bang Togar*, "cleric Fauzan") accounts for it, and so does a noun the source puts before
    it in apposition ("pemandu lokal, Ustaz Andi": "local guide Andi")."""
    if _apposed(name.tokens[position], source):
        return False
    return _before_copied(name, position, english_words, supported | EN_HONORIFIC_RENDERINGS)


def _inside_longer_name(span: Span, english: str) -> bool:
    """The span has a capitalised word right before or after it, in the same name (a word that
    opens the sentence, "Residents of Smith", is no part of one)."""
    before = re.search(r"[A-Z][\w'’-]*\s+(?:of\s+|the\s+)?$", english[: span.start])
    after = re.match(r"\s+(?:of\s+|the\s+)?[A-Z]", english[span.end :])
    if before and not at_sentence_start(english, before.start()):
        return True
    return bool(after)


def _bracket_replaced(english: str, source_words: set[str]) -> bool:
    """The English has a lower-case word in brackets that the source lacks: where the source
    gave an acronym in brackets, the English has put another word ("(stone)")."""
    return any(
        word[:1].islower() and normal_word(word) not in source_words
        for word in re.findall(r"\((\w+)\)", english)
    )


_ROMAN = re.compile(r"(?=[IVXL]{2,}\b)L?X{0,3}(?:IX|IV|V?I{0,3})")


_GLOSSED_TITLE = re.compile(r"[\"“]([^\"”]+)[\"”],?\s*\(([^()]*)$")


def _glosses_a_title(span: Span, english: str, source: str) -> bool:
    """The span is inside brackets right after a quoted title the source has as it is: the
    English gives the title's meaning ('"Tanah yang Bernapas" (The Breathing Earth)')."""
    glossed = _GLOSSED_TITLE.search(english[: span.start])
    return glossed is not None and glossed.group(1).strip() in source


def _joined_source_words(text: str, source_words: set[str]) -> bool:
    """A word written in joined capitalised parts ("TransJakarta"), each the beginning of one of
    the source's words ("Transportasi", "Jakarta")."""
    parts = re.findall(r"[A-Z][a-z]+", text)
    if len(parts) < 2 or "".join(parts) != text:
        return False
    return all(any(word.startswith(part.lower()) for word in source_words) for part in parts)


def _shouted(word: str) -> bool:
    """An ordinary Indonesian word written in capitals for emphasis, as reviews do: a function
    word, a negation or a casual short form ("JANGAN", "BGT"), or one with a letter drawn out
    ("LAMAAA"). Acronyms are none of these."""
    if not (word.isupper() and word.isalpha() and len(word) >= 3):
        return False
    if re.search(r"(\w)\1\1", word):
        return True
    key = re.sub(r"(\w)\1+", r"\1", word.lower())
    return any(
        form in indonesian_function_words() or form in ID_NEGATIONS or form in ID_SHORT_FORMS
        for form in (word.lower(), key)
    )


def _english_shouted(text: str) -> bool:
    """English words in capitals for emphasis: several of them, a contraction ("DON'T") or a
    function word ("SO slow")."""
    if not text.isupper():
        return False
    return " " in text or "'" in text or "’" in text or text.lower() in STOPWORDS


def _bracketed_after_name(token: Span, source: str) -> bool:
    """An acronym in brackets right after a capitalised word: it abbreviates the name before it,
    which the English may give alone ("Medan District Court" for "Pengadilan Negeri (PN)")."""
    if source[token.start - 1 : token.start] != "(" or source[token.end : token.end + 1] != ")":
        return False
    return re.search(r"[A-Z][\w'’-]*\s*$", source[: token.start - 1]) is not None


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,4}\.){2,}")
_SPECIALTY = re.compile(r"(?<![\w.])Sp\.\s?[A-Z]{1,4}(?:\.[A-Z]{1,3})?(?![\w])")
_DEGREE = re.compile(r"(?<![\w-])[SD][1-4](?![\w-])")


def _source_words(source: str) -> frozenset[str]:
    """The words an English name may use: the source's own, and its exonyms' English forms."""
    words = set(_normal_words(source))
    words.update(_ALWAYS_SUPPORTED)
    # Dotted degrees and abbreviations as the English copies them: "S.H." is "sh".
    words.update(m.group().replace(".", "").lower() for m in _DOTTED.finditer(source))
    for specialty in _SPECIALTY.finditer(source):  # "Sp.OG" as "OB-GYN"
        key = re.sub(r"[\s.]", "", specialty.group()).lower()
        for form in ID_SPECIALTIES.get(key, ()):
            words.update(_normal_words(form))
    for degree in _DEGREE.finditer(source):  # "S3" as "PhD", "S2" as "master's"
        for form in ID_DEGREES[degree.group().lower()]:
            words.update(_normal_words(form))
    # A table word with "-nya" written on ("wifinya", its wifi) is looked up without it.
    tokens = tuple(
        Span(m.start(), m.end(), _table_word(m.group().lower())) for m in WORD_RE.finditer(source)
    )
    for _first, _end, phrase in _phrases(tokens):
        for form in (*_RENDERED.get(phrase, ()), *ID_TITLES.get(phrase, ())):
            words.update(_normal_words(form))
    for word in list(words):  # places inside hyphenated names: "Pyongyang-Moskow"
        for form in EXONYMS.get(word, ()):
            words.update(_normal_words(form))
    return frozenset(words)


def _english_only_names(
    source: str,
    english: str,
    source_name_list: list[SourceName],
    initials: frozenset[str],
    source_words: set[str],
    supported: frozenset[str],
) -> list[Span]:
    """The English's names the source lacks, less the words that are one of the source's
    written the English way ("Cameroon" for "Kamerun") and lower-case parts of a hyphenated
    word ("led" of "Australian-led"). ``source_name_list``: the source's names
    (:func:`source_names`); ``initials``: theirs (:func:`_initials_of`); ``source_words`` and
    ``supported`` as for :func:`_missing_words`."""
    name_starts = {token.start for name in source_name_list for token in name.tokens}
    names = []
    for span in unsupported_name_spans(english, supported):
        if not span.text[:1].isupper():
            continue
        if re.match(r"-\d", english[span.end :]):
            continue  # "Under-23", "Boeing-737": a word of a code
        if english[span.start - 1 : span.start].isalnum() and span.text.isupper():
            continue  # "WF-1000XM5": letters inside a model number
        if _CONTRACTED.search(span.text):
            continue  # "We've", "They're": a pronoun with its verb, no name
        if span.text.lower() in _TITLE_PREPOSITIONS:
            continue  # "Commission on Violence Against Women": a preposition in a title
        if _glosses_a_title(span, english, source):
            continue  # '"Tanah yang Bernapas" (The Breathing Earth)': a title put into English
        if _joined_source_words(span.text, source_words):
            continue  # "TransJakarta" for "Transportasi Jakarta": the source's words run together
        if _english_shouted(span.text):
            continue  # "DON'T buy here!!", "REALLY BEAUTIFUL": words in capitals, no name
        if re.fullmatch(r"[A-Z]", span.text) and "&" in english[span.start - 1 : span.end + 1]:
            continue  # "Q&A", "R&D": letters of an abbreviation, no name
        if re.fullmatch(r"[A-Z]-[a-z][\w-]*", span.text):
            continue  # "T-shirt", "X-ray", "U-turn": a letter naming a shape, no name
        if span.text == "No" and re.match(r"\.?\s*\d", english[span.end :]):
            continue  # "No.1 choice", "No 5": a number's label
        if at_sentence_start(english, span.start) and _opens_supported_name(
            span, english, source, name_starts
        ):
            continue  # "Young Darwin was ...", "Lousy Messi, ...": an ordinary first word
        if at_sentence_start(english, span.start) and _ordinary_opening(span.text):
            continue  # "People said ...", "State railway operator KAI ...": a common word
        if span.text.isupper() and span.text in initials:
            continue  # "Constitutional Court (MK)" for "Mahkamah Konstitusi": its initials
        if _own_acronym(span, english):
            continue  # "annual general meeting of shareholders (AGMS)": its own initials
        if _expands_source_acronym(span, english, source):
            continue  # "Disaster Management Agency (BPBD)": the source's acronym written out
        own = [
            w
            for w in PART_RE.findall(span.text)
            if not _has_cognate(w, source_words) and not _acronym_plural(w, source_words)
        ]
        if own:
            names.append(span)
    titles = _source_title_forms(source_name_list)
    return names + _opening_names(english, supported, source_words, names, titles)


# An acronym in brackets right after an English name, or an acronym with the name in brackets
# after it: "the Regional Disaster Management Agency (BPBD)", "BPBD (disaster agency)".
# An acronym in brackets: "(BPBD)", "(BP3MI)", "(Satpol PP)".
_ACRONYM_IN_BRACKETS = r"\(([A-Z][A-Za-z0-9]{1,15}(?: [A-Z]{1,4})?)\)"
_ACRONYM_AFTER = re.compile(rf"\s*{_ACRONYM_IN_BRACKETS}")
# The same after the rest of a name joined by "dan": "Stabilisasi Pasokan dan Harga Pangan (SPHP)".
_ACRONYM_AFTER_JOINED = re.compile(
    rf"(?:\s*,?\s+dan\s+(?:[A-Z][\w'’-]*\s*)+)?\s*{_ACRONYM_IN_BRACKETS}"
)
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,9})\s*\(\s*$")


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "&", "on", "in"})
_MIN_SPELLED = 3  # "KA" may be the initials of any two words
# The Indonesian small words an acronym leaves out ("Badan Pengawas Obat dan Makanan", "BPOM").
_ID_SMALL_WORDS = frozenset({"dan", "dari", "untuk"})


def _initials_of(names: list[SourceName]) -> frozenset[str]:
    """The initials of the source's names and of their runs of words ("MK" for "Mahkamah
    Konstitusi"), without the small words ("dan") that acronyms leave out."""
    initials = set()
    for name in names:
        words = [t.text for t in name.tokens if t.text.lower() not in _ID_SMALL_WORDS]
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                initials.add("".join(word[0] for word in words[start:end]).upper())
    return frozenset(initials)


def _own_acronym(span: Span, english: str) -> bool:
    """An English acronym in brackets made of the initials of the words just before it: the
    English abbreviates its own rendering ("annual general meeting of shareholders (AGMS)")."""
    acronym = span.text
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) >= 2):
        return False
    if english[span.start - 1 : span.start] != "(" or english[span.end : span.end + 1] not in ")/":
        return False  # "(AGMS)", "(AGMS/RUPST)"
    words = [
        w
        for w in re.findall(r"[\w'’-]+", english[: span.start - 1])
        if w.lower() not in _SMALL_WORDS
    ]
    initials = "".join(word[0] for word in words[-len(acronym) :]).upper()
    return initials == acronym


def _expands_source_acronym(span: Span, english: str, source: str) -> bool:
    """The English name spells out an acronym of the source that it gives beside it in
    brackets: a translator's way of explaining what the acronym stands for."""
    after = _ACRONYM_AFTER.match(english, span.end)
    before = _ACRONYM_BEFORE.search(english[: span.start])
    closed = english[span.end : span.end + 1] == ")"
    acronym = after.group(1) if after else before.group(1) if before and closed else None
    if acronym is None:  # further inside a translated name: "Food Supply and Price ... (SPHP)"
        inside = _ACRONYM_AFTER_RUN.match(english, span.end)
        if inside is None or not _translated_whole(inside.group(1), source, english):
            return False
        acronym = inside.group(1)
    # The source writes it as a name ("Gapki", "Harbolnas", "BP3MI"), not as an ordinary word.
    return re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", source) is not None


# The rest of a capitalised English run, then an acronym in brackets.
_ACRONYM_AFTER_RUN = re.compile(
    rf"['’]?(?:,?\s+(?:of|and|for|the|&|[A-Z][\w'’-]*))+\s*{_ACRONYM_IN_BRACKETS}"
)


def _translated_whole(acronym: str, source: str, english: str) -> bool:
    """The source's name for ``acronym`` (the capitalised words before its brackets) has no
    word other than a title that the English copies as written: it was translated, not copied
    with one word swapped ("Bank Indonesia (BI)" as "Smith Indonesia (BI)")."""
    bracket = source.find(f"({acronym})")
    if bracket < 0:  # the English spells out an acronym the source gives bare: "PVMBG",
        # "Kemendikdasmen" (a ministry's short name, written as a word)
        return re.search(rf"\b{re.escape(acronym)}\b", source) is not None
    named = re.search(r"(?:[A-Z][\w'’-]*(?:\s+dan)?\s+)+$", source[:bracket])
    if named is None:
        return False
    copied = {w.lower() for w in re.findall(r"[\w'’-]+", english)}
    return not any(
        word.lower() in copied and word.lower() not in ID_TITLES
        for word in re.findall(r"[A-Z][\w'’-]*", named.group())
    )


def _source_title_forms(source_name_list: list[SourceName]) -> frozenset[str]:
    """The one-word English forms of the title words of the source's names ("police" for
    "Kepolisian Daerah Metro Jaya"; not "teachers" for a lower-case "guru")."""
    return frozenset(
        form
        for name in source_name_list
        for _first, _end, phrase in _phrases(name.tokens)
        for form in ID_TITLES.get(phrase, ())
        if " " not in form
    )


def _ordinary_opening(word: str) -> bool:
    """A word that opens the English as an ordinary word: a common opening word ("People"), a
    plural noun for a group of people ("Traders"), or one of the English forms of titles and
    offices ("State", "Health"), ordinary words in English."""
    key = word.lower()
    plural = len(key) >= EN_PLURAL_MIN_LETTERS and key.endswith(EN_PLURAL_PEOPLE_ENDINGS)
    title = key in _TITLE_WORDS and key not in _HOMONYM_FORMS  # "Christmas's exports"
    return key in EN_OPENING_NOT_NAMES or title or plural


_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’')]\s))([A-Z][a-z]+)(?:'s|’s)?(,?)\s+(\w+)")
# A relative pronoun for a person after an opening word and a comma: "Santos, whose ...".
_PERSON_RELATIVES = frozenset({"who", "whose", "whom"})


def _contraction(following: str) -> bool:
    """The word after "'s" says it is "is" or "has", not a possessive."""
    return following in STOPWORDS or following in EN_AFTER_IS or following.endswith(("ly", "ing"))


def _opening_names(
    english: str,
    supported: frozenset[str],
    source_words: set[str],
    found: list[Span],
    titles: frozenset[str],
) -> list[Span]:
    """Single words opening an English sentence that are names by what follows them: a
    possessive ("Nairobi's government"), a verb of saying ("Kevin said"), the lower-case
    English form of one of the source's titles ("Oslo police" for "Kepolisian ...") or a comma
    and "who" ("Kevin, whose full name ..."), when the source has neither the word nor a cognate
    of it."""
    names = []
    for match in _OPENING.finditer(english):
        word, comma, following = match.group(1), match.group(2), match.group(3)
        possessive = english[match.end(1) : match.end(1) + 2] in {"'s", "’s"}
        key = normal_word(word)
        if possessive and _contraction(following.lower()):
            continue  # "Salary's already high": "'s" is "is"
        if comma:
            if possessive or following.lower() not in _PERSON_RELATIVES:
                continue
        elif not (possessive or following.lower() in EN_SPEECH_VERBS or following in titles):
            continue  # a title in lower case only: "Regional Police" is a name's own words
        if key in STOPWORDS or _ordinary_opening(key) or key in supported:
            continue
        if _has_cognate(word, source_words) or any(s.start == match.start(1) for s in found):
            continue
        names.append(Span(match.start(1), match.end(1), word))
    return names


# The one-word English forms of titles and places ("bank", "lake", "stadium", "cup").
# The English forms of title words that are also places' names ("Christmas" for *Natal*): as
# English words they are names, never an ordinary opening.
_HOMONYM_FORMS = frozenset(form for word in ID_PLACE_HOMONYMS for form in ID_TITLES[word])
_TITLE_WORDS = frozenset(
    form for forms in ID_TITLES.values() for form in forms if " " not in form and "'" not in form
)


def _generic_head(span: Span, english: str) -> bool:
    """A word such as "Bank", "Lake" or "Stadium" the English adds to a name next to it: it says
    what the name is ("Bank Mandiri" for "Mandiri"), it names nothing new. Asked only when no
    word of the source's names is missing (else the word may be what replaced it)."""
    if " " in span.text or span.text.lower() not in EN_GENERIC_HEADS:
        return False
    before = re.search(r"([A-Z][\w'’-]*)\s+$", english[: span.start])
    after = re.match(r"\s+([A-Z][\w'’-]*)", english[span.end :])
    return bool(before or after)


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,120})[\"”]")


def _in_translated_title(token: Span, source: str, english: str, source_words: set[str]) -> bool:
    """A word of a title the source puts in quotes ("Satu Hati untuk Sumatra": a few words, most
    capitalised), where the English quotes it in English words ("One Heart for Sumatra"): most
    of the English's quoted words are not the source's, and each such word is an ordinary English
    word, so none is a name put in place of the source's ("One Heart for Nairobi"), and the title
    was not kept with one word swapped ("Kos-kosan river Ratmi"). ``source_words``: the source's
    own words (:func:`_normal_words`)."""
    in_title = any(
        quoted.start(1) <= token.start < quoted.end(1) and _title_like(quoted.group(1))
        for quoted in _QUOTED.finditer(source)
    )
    if not in_title:
        return False
    for quoted in _QUOTED.finditer(english):
        words = PART_RE.findall(quoted.group(1))
        own = [word for word in words if normal_word(word) not in source_words]
        if len(words) > _TITLE_MAX_WORDS + 2 or len(own) * 2 < len(words):
            continue
        if all(ordinary_word(word) or word.lower() in STOPWORDS for word in own):
            return True
    return False


_TITLE_MAX_WORDS = 6


def _title_like(text: str) -> bool:
    """A few words, most of them capitalised: a title, not a quoted sentence."""
    words = PART_RE.findall(text)
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) <= _TITLE_MAX_WORDS and capitalised * 2 > len(words)


def _ordinary_alone(span: Span, english: str) -> bool:
    """An English name of ordinary words with no number or bracket right after it ("Grandma has
    asked", "the Social Affairs Ministry said", "Asian Junior Badminton Championships"). Before a
    bracket it writes out an acronym ("Social Security Agency (BPJS river)"), before a number it
    names a thing of a series ("Smith 1"): words the source must account for."""
    if not ordinary_phrase(span.text, _SMALL_WORDS):
        return False
    after = re.match(r"\s*([\w'’(-])", english[span.end :])
    return not (after and after.group(1) in "0123456789(")


def _opens_supported_name(span: Span, english: str, source: str, name_starts: set[int]) -> bool:
    """A single word opening the sentence, followed by a capitalised word the check found (right
    after it, or after "of": "Outside Jakarta", "Ahead of Christmas"), where the source has no
    name word of its own before that one (which the first word would then have replaced: "Pak
    Harto" as "Nairobi Harto"; an ordinary word capitalised to open the source, "Seperti Budi",
    is none). ``name_starts``: where the source's name words begin."""
    following = re.match(r"[ \t]+(?:of[ \t]+)?([A-Z][\w'’-]*)", english[span.end :])
    if " " in span.text or following is None:
        return False
    own_before = rf"(?<![\w'’-])[A-Z][\w'’-]*\s+{re.escape(following.group(1))}(?![\w'’-])"
    return not any(m.start() in name_starts for m in re.finditer(own_before, source))


def _acronym_plural(word: str, source_words: set[str]) -> bool:
    """An acronym of the source with an English plural "s": "ATMs" for "ATM"."""
    stem = word.removesuffix("s")
    return stem != word and len(stem) >= 2 and stem.isupper() and normal_word(stem) in source_words


def _has_cognate(word: str, source_words: set[str]) -> bool:
    return any(cognate(source_word, word) for source_word in source_words)


def _english_count(word: str, english_words: list[Span]) -> int:
    key = normal_word(word)
    return sum(1 for span in english_words if _same_word(key, span.text))


def _rendered_count(word: str, english: str, english_words: list[Span]) -> int:
    """The English's copies of a source word, with those in its exonym's English form ("bahasa
    Inggris ... Kampung Inggris" as "English ... Kampung Inggris": two)."""
    forms = _RENDERED.get(word.lower(), ())
    return _english_count(word, english_words) + sum(
        len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", english, re.IGNORECASE))
        for form in forms
    )


def _source_count(word: str, source: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", source))


def _pair_count(first: str, second: str, text: str, flags: int = re.IGNORECASE) -> int:
    pattern = rf"(?<![\w-]){re.escape(first)}\s+{re.escape(second)}(?![\w-])"
    return len(re.findall(pattern, text, flags))


def _lost_copies(names: list[SourceName], source: str, english: str) -> list[Span]:
    """Words of a repeated two-word name whose copies the English kept for one word but not the
    other: "Sri Mulyani ... Sri Mulyani" as "Minister river Mulyani ... Sri Mulyani". A name
    replaced whole by "he" leaves both words' counts alike, so it is not one of these."""
    english_words = _english_words(english)
    lost: dict[str, Span] = {}
    for name in names:
        # A pair inside a phrase of the tables ("Metro Jaya" as "Jakarta Metropolitan") is
        # rendered as a whole, not copied word by word.
        phrased = {
            position for first, end, _ in _phrases(name.tokens) for position in range(first, end)
        }
        pairs = zip(name.tokens, name.tokens[1:], strict=False)
        for position, (first, second) in enumerate(pairs):
            words = (first.text, second.text)
            if any(w.lower() in ID_TITLES or w.lower() in ID_COMMON_CAPS for w in words):
                continue
            if position in phrased and position + 1 in phrased:
                continue
            # The source's copies as written: "Kereta cepat" opening a sentence is no copy of
            # "PT Kereta Cepat".
            if _pair_count(*words, english) >= _pair_count(*words, source, flags=0):
                continue
            counts = [
                (_source_count(w, source), _rendered_count(w, english, english_words))
                for w in words
            ]
            for token, (kept_in, kept_out), (lost_in, lost_out) in (
                (first, counts[1], counts[0]),
                (second, counts[0], counts[1]),
            ):
                if kept_out >= kept_in and 1 <= lost_out < lost_in:
                    lost.setdefault(token.text, token)
    return list(lost.values())


def _written_out(dropped: list[tuple[Span, SourceName]], runs: int) -> list[Span]:
    """The source words (acronyms first) that ``runs`` English institution names wrote out; a
    word the tables know ("Bawaslu") has its own renderings and is not one of them."""
    unknown = [item for item in dropped if item[0].text.lower() not in ID_TITLES]
    if not runs or not unknown:
        return []

    def preference(item: tuple[Span, SourceName]) -> tuple[int, int]:
        token, name = item
        acronym_like = (
            token.text.isupper()
            or len(name.tokens) == 1
            or any(t.text.lower() in ID_TITLES for t in name.tokens)
        )
        return (0 if acronym_like else 1, token.start)

    return [token for token, _name in sorted(unknown, key=preference)[:runs]]


_CAPITAL_PAIR = re.compile(r"\b(?=(([A-Z][a-z]+)[ -]([A-Z][a-z]+))\b)")


def _spaced_alike(source: str, english: str) -> str:
    """The English with each name written as the source spaces it: "Nusa Tenggara" for
    "Nusatenggara" and the other way round (one name, written apart or together)."""
    source_words = {m.group().lower() for m in PART_RE.finditer(source)}
    for side, other, flip in ((english, source, False), (source, english, True)):
        for match in _CAPITAL_PAIR.finditer(side):
            pair, joined = match.group(1), match.group(2) + match.group(3).lower()
            if flip:
                found = re.search(rf"\b{re.escape(joined)}\b", english, re.IGNORECASE)
                if found:
                    english = english[: found.start()] + pair + english[found.end() :]
            elif joined.lower() in source_words and pair.lower() not in other.lower():
                english = english.replace(pair, joined, 1)
    return english


def name_findings(source: str, english: str) -> list[Finding]:
    """A finding for each source name the English lacks, and each English name the source lacks.

    One of each is one finding: the name was replaced ("Natal" became "Christmas").
    """
    english = _spaced_alike(source, english)
    english_words = _english_words(english)
    names = source_names(source)
    institutions = source_institutions(source, [name.tokens for name in names])
    source_words = set(_normal_words(source))
    supported = _source_words(source)  # computed once: each name's check reads it
    missing = [
        (token, name)
        for name in names
        for token in _missing_words(
            name, english, english_words, institutions.task_words, source, source_words, supported
        )
    ]
    missing = [
        (token, name)
        for token, name in missing
        if not _in_translated_title(token, source, english, source_words)
    ]
    missing, acronyms = _acronyms_rendered(missing, source, english, supported)
    # An acronym the source spells out itself ("Ibu Kota Nusantara ... Otorita IKN") is rendered
    # where its words are: the English need not repeat it.
    initials = _initials_of(names)
    missing = [
        (token, name)
        for token, name in missing
        if not (len(token.text) >= _MIN_SPELLED and token.text.isupper() and token.text in initials)
    ]
    added_spans = [
        span
        for span in _english_only_names(source, english, names, initials, source_words, supported)
        if span.text not in acronyms
    ]
    institution_runs = english_institution_runs(english)
    if not missing:
        # Nothing of the source was replaced, so an English name of ordinary words renders the
        # source's words ("Grandma" for "Eyang Putri", "Symphony Orchestra" for "Orkes
        # Simfoni"), as does a generic head ("Bank Mandiri" for "Mandiri"). A proper noun
        # ("Kevin") the source lacks is still one the translation added, and so is an
        # institution: the source's acronym may stand for another ("Bawaslu" as "Supreme
        # Court").
        added_spans = [
            span
            for span in added_spans
            if not _generic_head(span, english)
            and not (_ordinary_alone(span, english) and not within(span, institution_runs))
        ]
    rendered = [span for span in added_spans if within(span, institution_runs)]
    added_spans = [span for span in added_spans if not within(span, institution_runs)]
    several_words = [span for span in rendered if len(PART_RE.findall(span.text)) >= 2]
    # A source that names an institution accounts for the English ones; one that does not may
    # have written an acronym out ("Bappenas"), one acronym for one English run.
    written_out = [] if institutions.named else _written_out(missing, len(several_words))
    if not institutions.named:
        added_spans += rendered[len(written_out) :]
    missing = [item for item in missing if item[0] not in written_out]
    dropped = [(token, _likely_rendering(token, english, english_words)) for token, _ in missing]
    added_spans = sorted(added_spans, key=lambda span: span.start)
    # Each derived noun of a source name not found in the English ("Kejuaraan") may be what an
    # English name word renders ("Championships"), inside a longer name ("World Championships");
    # a word standing alone ("Residents of Smith") renders no part of a name.
    spare = sum(
        1
        for name in names
        if len(name.tokens) > 1
        for token in name.tokens
        if derived_noun(token.text)
        and not _word_reached(normal_word(token.text), english_words)
        and not _title_rendered(token.text, english.lower())
    )
    renderings = [span for span in added_spans if _inside_longer_name(span, english)][:spare]
    added = [span.text for span in added_spans if span not in renderings]
    if len(dropped) == 1 and len(added) == 1 and not dropped[0][1]:
        dropped = [(dropped[0][0], added[0])]
    findings = []
    for token, rendering in dropped:
        added = [a for a in added if a not in rendering and rendering not in a]
        if rendering:
            message = (
                f"The name ‘{token.text}’ of the original became ‘{rendering}’ in the translation."
            )
        else:
            message = f"The name ‘{token.text}’ of the original is missing from the translation."
        findings.append(Finding("name", rendering, token.text, message))
    findings += [
        Finding("name", text, None, f"The name ‘{text}’ in the translation is not in the original.")
        for text in added
    ]
    already = {finding.source_span for finding in findings}
    findings += [
        Finding(
            "name",
            "",
            token.text,
            f"The name ‘{token.text}’ appears more often in the original than in the "
            "translation, where one of its copies became another word.",
        )
        for token in _lost_copies(names, source, english)
        if token.text not in already
    ]
    if not findings:
        findings += [
            Finding(
                "name",
                word,
                None,
                f"The translation puts ‘{word}’ in brackets after a name, where the original "
                "has no such word: a name or its acronym may have been replaced.",
            )
            for word in _bracketed_strangers(english, supported)
        ]
    return findings


# A lower-case word alone in brackets right after a capitalised word or an institution's head
# ("office (stone)"), where the source's acronym would stand.
_BRACKETED_AFTER_NAME = re.compile(
    rf"(?:[A-Z][\w'’.-]*|\b(?:{'|'.join(sorted(EN_INSTITUTION_HEADS))}))"
    r"\s*\((?:[A-Z]{2,6}\s+)?([a-z][\w-]*)\)"  # "(river)", "(KPP river)"
)


def _bracketed_strangers(english: str, supported: frozenset[str]) -> list[str]:
    """Lower-case words the English gives in brackets after a name, which the source does not
    account for: where an acronym stood ("Bawaslu" as "Elections Supervisory Agency (river)")."""
    return [
        match.group(1)
        for match in _BRACKETED_AFTER_NAME.finditer(english)
        if normal_word(match.group(1)) not in supported
    ]


def protectable_names(text: str) -> list[Span]:
    """Spans of the names a translation model should copy, not translate: clearly marked names
    of the source that are not exonyms, titles, acronyms or dates ("KwaZulu-Natal", "Erdoğan",
    "Joko Widodo"), each run of such words one span."""
    spans: list[Span] = []
    for name in source_names(text):
        covered: set[int] = set()
        for first, end, phrase in _phrases(name.tokens):
            if not _named_place(name, first, end, phrase, text):
                covered.update(range(first, end))
        run: list[Span] = []
        for position, token in enumerate(name.tokens):
            letters = [c for c in token.text if c.isalpha()]
            acronym = all(c.isupper() for c in letters)
            if position in covered or acronym or token.text.lower() in ID_COMMON_CAPS:
                spans.extend(_joined(run, text))
                run = []
            else:
                run.append(token)
        spans.extend(_joined(run, text))
    return spans


def _joined(run: list[Span], text: str) -> list[Span]:
    if not run:
        return []
    start, end = run[0].start, run[-1].end
    return [Span(start, end, text[start:end])]
