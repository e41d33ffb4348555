"""Negation: the source negates and the English does not, or the other way round.

Negations are counted on each side. An Indonesian negation that an idiom absorbs ("belum lama
ini", "recently") counts on neither side; one before an adjective that English negates with an
affix ("tidak resmi", "unofficial") may be matched by such a word; English words that mean "not"
("failed", "unable", "yet") may stand for any. A word that negates by its meaning ("gagal",
"buta huruf") counts as a negation that English may also say with one of its renderings
("failed", "illiterate"). The English is flagged when it has fewer negations than its source, or
more than the source has negations and negative words ("gagal", "menolak", "kecuali") together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.check._tables import (
    EN_COMPARATIVES,
    EN_LACKING,
    EN_LESS_THAN,
    EN_NEGATION_IDIOMS,
    EN_NEGATIONS,
    EN_NEGATIVE_ADVERBS,
    EN_NEGATIVE_PHRASES,
    EN_NEGATIVE_PREFIXES,
    EN_NEGATIVE_SUFFIXES,
    EN_NEGATIVE_WORDS,
    EN_NEVER_NEGATING,
    EN_NO_MORE_THAN,
    EN_ONLY,
    EN_OTHERWISE,
    EN_POSITIVE_NEGATION_IDIOMS,
    EN_WITHOUT_PREFIXES,
    EN_YET_TO,
    ID_ABLE_NEGATED,
    ID_AFFIX_NEGATED,
    ID_EXCLUSIONS,
    ID_FREE_OF_CHARGE,
    ID_KURANG,
    ID_KURANG_NOT_NEGATING,
    ID_KURANG_NOT_OPPOSED,
    ID_KURANG_OPPOSITES,
    ID_MAXIMUM,
    ID_NEGATED_ANTONYMS,
    ID_NEGATED_QUALITIES,
    ID_NEGATION_CLITICS,
    ID_NEGATION_HOMONYMS,
    ID_NEGATION_IDIOMS,
    ID_NEGATIONS,
    ID_NEGATIVE_MEANINGS,
    ID_NEGATIVE_PHRASES,
    ID_NOT_ONLY,
    ID_OWN_RENDERINGS,
    ID_PURPOSE,
    ID_SHORT_OF,
)
from summarizer.ground import PART_RE, at_sentence_start, number_mentions
from summarizer.result import Finding

# Roots of Indonesian words that carry a negation in their meaning ("gagal", "menolak"): those
# English must keep (ID_NEGATIVE_MEANINGS) and these, which English may say with one or not.
_ID_NEGATIVE_ROOTS = (
    "kurang larang tolak bantah sangkal hilang minim sulit susah bebas nihil kecuali selain hanya "
    "lupa absen abai nol mencegah cegah hindar tiada mati habis kosong rusak putus henti sedikit "
    "malas males tutup kalah tinggal"
).split() + [key.split()[0] for key in ID_NEGATIVE_MEANINGS]
_MIN_AFFIXED_LENGTH = 6  # "unfair" and longer: shorter un-/in- words are mostly not negations
# Long English words that begin like a negative prefix but do not negate.
_NOT_NEGATIVE = frozenset(
    """
    under understand understood understanding union united unity universe university unique
    until unless into include including includes included increase increased increasing
    information inform informed indonesia indonesian india indian industry industrial interest
    interests international internal internet investment investor investors invest inside
    insist insisted instance instead institute institution intend intended intention impact
    important importance import imports improve improved improvement image images immediately
    impose imposed island islands issue issued issues discuss discussed discussion display
    district distribute distributed distribution discover discovered dispute disaster disease
    disney income individual indicate indicated initial initiative injured injury innovation
    inspection install instruction insurance intelligence interview invited involved iran
    iraq ireland irish israel illegal nonetheless bless unless discharge discharged discipline
    disciplined discount discounts distance
    """.split()
)


@dataclass(frozen=True)
class _Count:
    plain: list[str]  # negations as written (with the word after them)
    prefixed: int  # of which an English prefix may carry the negation ("tidak resmi")
    suffixed: int  # of which an English suffix may ("tanpa gol": "goalless")
    idioms: list[str]  # negations an idiom absorbs ("tidak lama kemudian", "soon after")
    antonyms: list[tuple[str, ...]]  # English opposites that may render one ("gak mahal": cheap)
    exclusive: int  # of which an exclusion follows ("tidak ... selain"), which "only" may render
    purposive: int  # of which a purpose comes first ("biar nggak"), which "or" may render
    meanings: int  # of which words that negate by their meaning ("gagal", "buta huruf")


# Auxiliaries between a negation and the word English may negate by an affix: "tidak bisa
# diakses" is "inaccessible", "tidak dapat dipercaya" "unreliable".
_AUXILIARIES = frozenset({"bisa", "dapat"})
_DOUBLE_WINDOW = 5  # "tidak ada <up to 3 words> yang tidak ..."
_EXCLUSION_WINDOW = 6  # "tidak akan mengusung calon dari luar ...": the exclusion's reach
_NOT = r"(?:tidak|tak|gak|nggak|enggak|ga)"
_DOUBLE = re.compile(rf"\b{_NOT} ada (?:\S+ ){{1,3}}yang {_NOT}\b")


def _word_at(words: list[str], position: int) -> str:
    return words[position] if position < len(words) else ""


def _double_negation(words: list[str], position: int) -> bool:
    """A negation of the pair "tidak ada … yang tidak …" ("there is none that is not": every),
    which English says with one negation or none ("Nobody's perfect", "Everyone makes mistakes")."""
    window = words[max(0, position - _DOUBLE_WINDOW) : position + _DOUBLE_WINDOW + 1]
    joined = " ".join(window)
    return (
        re.search(
            r"\b(?:tidak|tak|gak|nggak|ga) ada (?:\S+ ){1,3}yang (?:tidak|tak|gak|nggak|ga)\b",
            joined,
        )
        is not None
    )


def _without_particle(word: str) -> str:
    """A negation without a closing particle: "bukankah" ("isn't it?") is "bukan"."""
    for particle in ID_NEGATION_CLITICS:
        stem = word.removesuffix(particle)
        if stem != word and stem in ID_NEGATIONS:
            return stem
    return word


_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ber", "be", "ter", "ke", "se", "")
_SUFFIXES = ("kan", "an", "i", "")


def _opposite(word: str) -> tuple[str, ...]:
    """The English opposites of ``word`` or of its root ("menaikkan": "naik"), if any."""
    for prefix in _PREFIXES:
        for suffix in _SUFFIXES:
            if word.startswith(prefix) and word.endswith(suffix):
                root = word[len(prefix) : len(word) - len(suffix)]
                if len(root) >= 3 and root in ID_NEGATED_ANTONYMS:
                    return ID_NEGATED_ANTONYMS[root]
    return ()


_MEANING_NEGATED_WITHIN = 2  # "tidak terbatas", "tidak akan lupa": a negation just before


def _negative_meaning(words: list[str], position: int) -> str:
    """The word or two-word phrase of ID_NEGATIVE_MEANINGS at ``position`` ("gagal", "buta
    huruf"), unless a negation just before it negates it; else ""."""
    pair = " ".join(words[position : position + 2])
    key = pair if pair in ID_NEGATIVE_MEANINGS else words[position]
    if key not in ID_NEGATIVE_MEANINGS:
        return ""
    before = words[max(0, position - _MEANING_NEGATED_WITHIN) : position]
    return "" if any(word in ID_NEGATIONS for word in before) else key


def _without_reduplication(words: list[str]) -> list[str]:
    """A reduplicated word once: "jarang-jarang" ("rarely") is one "jarang", one negation."""
    return [
        word for position, word in enumerate(words) if not position or words[position - 1] != word
    ]


def _id_negations(words: list[str]) -> _Count:
    plain: list[str] = []
    idioms: list[str] = []
    antonyms: list[tuple[str, ...]] = []
    prefixed = suffixed = exclusive = purposive = meanings = 0
    words = _without_reduplication([_without_particle(word) for word in words])
    absorbed = -1  # the position of a negation an idiom before it took in
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        if word == ID_KURANG and following and following not in ID_KURANG_NOT_NEGATING:
            plain.append(f"{word} {following}")  # "kurang bagus": "not great", "poor"
            opposites = ID_KURANG_OPPOSITES.get(following, ())  # "kurang sigap": "slow"
            if following in ID_NEGATED_ANTONYMS and following not in ID_KURANG_NOT_OPPOSED:
                opposites += ID_NEGATED_ANTONYMS[following]  # "kurang sopan": "rude"
            antonyms.append(opposites + EN_LACKING)  # "kurang variasi": "lacks variety"
            if following in ID_AFFIX_NEGATED or following.startswith("ter"):
                prefixed += 1  # "kurang terorganisasi": "poorly organised", "disorganised"
            continue
        meaning = _negative_meaning(words, position)
        if meaning:  # "gagal": "failed", "did not"; "buta huruf": "illiterate", "couldn't read"
            plain.append(meaning if " " in meaning else f"{word} {following}".strip())
            antonyms.append(ID_NEGATIVE_MEANINGS[meaning])
            meanings += 1
            continue
        if word not in ID_NEGATIONS:
            continue
        previous = words[position - 1] if position else ""
        if previous in ID_NEGATION_HOMONYMS.get(word, ()):
            continue  # "atap seng": a tin roof
        idiom = f"{word} {following}" in ID_NEGATION_IDIOMS
        if idiom and following in ID_NEGATIONS and _word_at(words, position + 2) != "mungkin":
            idiom = False  # "bukan tidak setuju": "not that I disagree", two negations
        if idiom or (word == "belum" and not following):
            # "Sudah makan belum?": a closing "belum" asks "yet?", it does not negate.
            idioms.append(f"{word} {following}".strip())
            if following in ID_NEGATIONS:  # "bukan tidak mungkin": two negations, "possible"
                absorbed = position + 1
            continue
        if position == absorbed:
            continue
        if _double_negation(words, position):
            idioms.append(f"{word} {following}")  # "tak ada gading yang tak retak"
            continue
        plain.append(f"{word} {following}".strip())
        # The opposite of the next word, or of the one after where that is a quality the next
        # word has ("bukan masalah kecil": "big", not "fine" for "bukan masalah").
        after = _word_at(words, position + 2)
        first, second = (after, following) if after in ID_NEGATED_QUALITIES else (following, after)
        opposite = _opposite(first) or _opposite(second)
        if opposite:  # "gak mahal"; "bukan masalah kecil"; "tidak akan menaikkan"
            antonyms.append(opposite)
        reach = words[position + 1 : position + 1 + _EXCLUSION_WINDOW]
        if any(later in ID_EXCLUSIONS for later in reach):
            exclusive += 1
        if any(earlier in ID_PURPOSE for earlier in words[max(0, position - 2) : position]):
            purposive += 1
        if word == "tanpa":
            suffixed += 1
        after_auxiliary = _word_at(words, position + 2) if following in _AUXILIARIES else ""
        if (
            following in ID_AFFIX_NEGATED
            or (word != "tanpa" and following.startswith("ter"))
            or after_auxiliary in ID_ABLE_NEGATED
        ):
            prefixed += 1  # "tidak resmi": "unofficial"; "tidak bisa diakses": "inaccessible"
    return _Count(plain, prefixed, suffixed, idioms, antonyms, exclusive, purposive, meanings)


def _id_negative_words(words: list[str]) -> int:
    """Words English may say with a negation, or with a word such as "failed": "gagal"."""
    return sum(1 for word in words if any(_has_root(word, root) for root in _ID_NEGATIVE_ROOTS))


def _has_root(word: str, root: str) -> bool:
    """Whether ``word`` is ``root`` with its affixes ("kematian", "mematikan" for "mati"), not a
    word that merely holds its letters ("sambutan" holds no "buta")."""
    return any(word.startswith(prefix + root) for prefix in _ROOT_PREFIXES)


# The prefixes before a root: the verbs' and the nouns' ("pembatalan", "kekosongan").
_ROOT_PREFIXES = ("memper", "diper", "peng", "peny", "pem", "pen", "per", "pe", *_PREFIXES)


# The plain renderings of the source's own negative words (only those the roots hold).
_OWN_RENDERINGS = {
    root: renderings for root, renderings in ID_OWN_RENDERINGS.items() if root in _ID_NEGATIVE_ROOTS
}


def _own_rendered(id_words: list[str], en_words: list[str]) -> set[int]:
    """The positions of English words that render the source's negative words by their plain
    rendering ("hanya" as "only", "kosong" as "empty"): those words leave the English's negative
    words ("lacks") to the source's negations, and render no negation themselves."""
    positions: set[int] = set()
    for index, word in enumerate(id_words):
        if index and id_words[index - 1] in ID_NEGATIONS:
            continue  # "tak sedikit" (many): negated, it is no negative word
        for root, renderings in _OWN_RENDERINGS.items():
            if _has_root(word, root):
                found = next(
                    (p for p, w in enumerate(en_words) if w in renderings and p not in positions),
                    None,
                )
                if found is not None:
                    positions.add(found)
                break
    return positions


def _id_negative_phrases(words: list[str]) -> int:
    """Phrases English may say with a negation: "biasa saja" ("nothing special")."""
    joined = f" {' '.join(words)} "
    return sum(joined.count(f" {phrase} ") for phrase in ID_NEGATIVE_PHRASES)


def _bare_only(count: _Count, english_words: list[str]) -> bool:
    """The source says "not only" (*tidak hanya*) and the English says "only" with no "not"
    before it: the claim was narrowed, the opposite of what the source says."""
    if not any(idiom in ID_NOT_ONLY for idiom in count.idioms):
        return False
    if re.search(r"\bnot (?:only|just|merely|simply)\b", " ".join(english_words)):
        return False  # "not merely the cell's power plant": the "not only" is there
    for position, word in enumerate(english_words):
        before = english_words[position - 1] if position else ""
        negated = before in {"not", "if", "the"} or before.endswith("n't")
        if word in {"only", "just", "merely", "simply"} and not negated:
            return True
    return False


# After a negation, "not even ..." and "not once" repeat it for emphasis (*satu hari pun*).
_EMPHATIC_AFTER_NOT = frozenset({"even", "once"})
# How close a negation before "yet to" makes it part of that negation ("no plans yet to").
_YET_AFTER = 3


def _en_explicit(text: str, words: list[str]) -> list[str]:
    found = []
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        after = words[position + 2] if position + 2 < len(words) else ""
        if f"{word} {following}" in EN_NEGATION_IDIOMS and not after.startswith("any"):
            continue  # "not just X" is "not only"; "not just anyone" negates (*tidak sembarang*)
        word = word.removesuffix("'s")  # "Nobody's perfect"
        if word in {"nobody", "nothing"} and position and words[position - 1] in {"a", "an"}:
            continue  # "being a nobody": a noun, no negation
        negates = word in EN_NEGATIONS or word.endswith(("n't", "n’t"))
        if word == "nor" and "neither" in words[:position]:
            continue  # "neither too big nor too small": one negation, as "tidak ... atau ..."
        yet_to = f"{word} {following}" == EN_YET_TO
        if yet_to and any(
            w in EN_NEGATIONS for w in words[max(0, position - _YET_AFTER) : position]
        ):
            continue  # "has no plans yet to raise": the "no" says it, "yet" adds none
        if negates or yet_to:
            found.append(word)
    # "No. 5", "No 1" is a number, not a negation.
    numbered = len(re.findall(r"\bNo\.?\s*\d", text))
    return found[numbered:] if numbered else found


_NEGATED_CAN = re.compile(
    r"\b(?:can't|cannot|couldn't|could not|can not)\s+(?:have\s+been|be|agree|ask\s+for)\s+(\w+)"
)


def _emphatic_nots(words: list[str]) -> int:
    """Negations that repeat an earlier one for emphasis: "never skipped training, not even a
    single day" (*satu hari pun*). They may render a negation of the source ("bahkan foto pun
    tidak") but add none of their own."""
    return sum(
        1
        for position, word in enumerate(words[:-1])
        if word == "not"
        and words[position + 1] in _EMPHATIC_AFTER_NOT
        and any(w in EN_NEGATIONS or w.endswith("n't") for w in words[:position])
    )


def _en_positive_idioms(text: str) -> int:
    """English negations inside idioms that say something positive ("not bad", "no big deal",
    "couldn't have been more wrong": a negated "can" before a comparative says the most)."""
    lowered = text.lower().replace("’", "'")
    idioms = sum(len(re.findall(pattern, lowered)) for pattern in EN_POSITIVE_NEGATION_IDIOMS)
    comparatives = sum(1 for m in _NEGATED_CAN.finditer(lowered) if m.group(1) in EN_COMPARATIVES)
    return idioms + comparatives


def _en_only(count: _Count, english_words: list[str]) -> int:
    """Source negations with an exclusion ("tidak ... selain") that an English "only" renders
    ("would only nominate"), and negations of purpose ("biar nggak nyasar") that an English "or"
    renders ("or you'll get lost"), at most one each."""
    only = min(count.exclusive, sum(1 for word in english_words if word in EN_ONLY))
    otherwise = min(count.purposive, sum(1 for word in english_words if word in EN_OTHERWISE))
    return only + otherwise


_PARTICLE_REACH = 3  # "turned the offer down": words between a verb and its particle


def _rendering_at(renderings: tuple[str, ...], words: list[str], used: set[int]) -> int | None:
    """The position of the first English word not in ``used`` that begins one of
    ``renderings`` ("cheap" for "cheap"; "turned down" word by word, the rest of a phrase up to
    three words further on: "turned the offer down"), if any."""
    for position, word in enumerate(words):
        if position in used:
            continue
        for rendering in renderings:
            first, *rest = rendering.split()
            if not word.startswith(first):
                continue
            starts = range(position + 1, position + 2 + (_PARTICLE_REACH if rest else 0))
            if not rest or any(words[start : start + len(rest)] == rest for start in starts):
                return position
    return None


def _en_antonyms(count: _Count, english_words: list[str], taken: set[int]) -> set[int]:
    """The positions of the English words that render source negations by an opposite ("gak
    mahal" as "cheap") or by a word of their meaning ("gagal" as "failed"), one each; not those
    ``taken`` by another source word ("kosong" as "empty": not "tak ada" as "empty")."""
    used: set[int] = set(taken)
    for renderings in count.antonyms:
        position = _rendering_at(renderings, english_words, used)
        if position is not None:
            used.add(position)
    return used - taken


def _en_hyphen_negated(text: str) -> int:
    """Words an English "non-" negates whatever follows: "non-committal", "non-existent"."""
    return len(re.findall(r"\bnon-[a-z]{3,}", text.lower()))


def _en_affixed(words: list[str], endings: tuple[str, ...], starts: tuple[str, ...]) -> int:
    count = 0
    for word in words:
        if len(word) < _MIN_AFFIXED_LENGTH or word in _NOT_NEGATIVE:
            continue
        if word.startswith(starts) or word.endswith(endings):
            count += 1
    return count


def _short_of_numbers(source: str, english_words: list[str]) -> int:
    """The source's negations of "sampai" before a number ("nggak sampai lima menit", "belum
    genap sepekan") that the English says with "under", "less", "fewer" …; each such English
    word renders one."""
    starts = {mention.span.start for mention in number_mentions(source, "id")}
    pattern = rf"\b(?:{_NOT}|belum)\s+(?:{'|'.join(sorted(ID_SHORT_OF))})\s+"
    short = sum(
        1
        for m in re.finditer(pattern, source, re.IGNORECASE)
        if m.end() in starts or _ONE_SPAN.match(source, m.end())
    )
    return min(short, sum(1 for word in english_words if word in EN_LESS_THAN))


# One unit of time, a number in the word: "sepekan" (a week), "sebulan", "setahun".
_ONE_SPAN = re.compile(r"se(?:hari|minggu|pekan|bulan|tahun|jam|abad|dekade)\b", re.IGNORECASE)


def _maximum_said(id_words: list[str], english: str) -> int:
    """The English's "no more than" for the source's maximums ("maksimal delapan orang"), one
    each: a negation English uses where the source has none."""
    maximums = sum(1 for word in id_words if word in ID_MAXIMUM)
    return min(maximums, len(re.findall(EN_NO_MORE_THAN, english.lower())))


def _named_positions(text: str) -> set[int]:
    """The positions (in :func:`_words`) of the capitalised words not opening a sentence."""
    return {
        position
        for position, match in enumerate(PART_RE.finditer(text))
        if match.group()[:1].isupper() and not at_sentence_start(text, match.start())
    }


def _words(text: str) -> list[str]:
    return [m.group().lower().replace("’", "'") for m in PART_RE.finditer(text)]


def _source_words(text: str) -> list[str]:
    """The source's words, with a pause word where a comma follows a negation: "Nggak, cuma dua
    jam" is "No, only two hours", not the idiom "nggak cuma" ("not only")."""
    return _words(_ANSWERED.sub(rf"\1 {_PAUSE} ", text))


_PAUSE = "jeda"  # a word of no table: it parts a negation from what follows a comma


_NEGATION_WORDS = "|".join(sorted(ID_NEGATIONS, key=len, reverse=True))
# "Bukan, bukan begitu": an answer repeated, which counts once as a negation the English must
# keep, and may be said twice ("No, that's not what I meant").
_DOUBLED_ANSWER = re.compile(rf"\b({_NEGATION_WORDS})\s*,\s*\1\b", re.IGNORECASE)
_ANSWERED = re.compile(rf"\b({_NEGATION_WORDS})\s*,(?!\s*\1\b)", re.IGNORECASE)


# A negation closing a yes-no question ("Kamu pernah nggak, ...", "Mau nggak?") asks "or not?":
# "Have you ever ...?". It negates nothing.
_QUESTION_TAG = re.compile(
    r"\b(pernah|mau|bisa|ada|suka|tahu|tau|jadi|sudah|udah|boleh)\s+"
    rf"(?:{_NEGATION_WORDS})\s*(?=[,?])"
    r"|(?<=,)\s*bukan\s*(?=\?)"  # "Tentu tidak, bukan?": "..., right?"
    r"|\bbelum\s*(?=(?:,?\s*ya)?\s*\?)"  # "Udah makan belum (ya)?": "... yet?"
    r"|(?:(?<=[a-z] )|(?<=[a-z], ))(?:nggak|ngga|gak|enggak|ga|tidak|nda|ndak)\s*"
    r"(?=(?:,?\s*ya)?\s*\?)"
    r"|(?<=[a-z] )(?:nggak|ngga|gak|enggak|ga|tidak)\s*(?=,\s*atau\b)"  # "... nggak, atau"
    # "cocok nggak sama dinding kita?": "does it go with our wall?"
    rf"|\b(?:cocok|bagus|enak|oke|aman|bener|benar)\s+(?:{_NEGATION_WORDS})\b(?=[^.!?]*\?)"
    # "boleh nggak aku menginap ...?": "can I sleep over ...?" (not "udah nggak ...?", no longer)
    rf"|\b(?:boleh|bisa|mau|jadi|pernah|ada)\s+(?:{_NEGATION_WORDS})\b(?=[^.!?]*\?)"
    # "lo tahu nggak kenapa ...?": "do you know why ...?"
    rf"|\b(?:tahu|tau|ingat|inget|kenal|dengar|denger)\s+(?:{_NEGATION_WORDS})\s+"
    r"(?=(?:kenapa|mengapa|apa|siapa|berapa|gimana|bagaimana|kapan|dimana|di mana|kalau|kalo)"
    r"\b[^.!?]*\?)",
    re.IGNORECASE,
)


# "paling tidak empat jam": "at least four hours", no negation.
_AT_LEAST = re.compile(r"\bpaling\s+(?:tidak|nggak|gak|enggak|ndak|tak)\b", re.IGNORECASE)
# A regional negation written with a capital inside a sentence is a name: "Pantai Ora" (Ora
# Beach), not Javanese "ora" (not).
_REGIONAL_AS_NAME = re.compile(r"(?<=[\w,] )(?:Ora|Seng|Kada|Tra|Sonde|Nyanda|Mboten)\b")
# Capitals before a number are a code: "GA 408" is a flight, not slang "ga" (not).
_CODE_LETTERS = re.compile(r"\b[A-Z]{2,3}(?=[ -]?\d)")


# "Bisa kurang nggak?": asking for a lower price ("Can you go any lower?"), no negation.
_BARGAIN = re.compile(
    r"\b(bisa|boleh)\s+kurang(?:\s+(?:nggak|gak|ga|enggak|tidak|ndak))?\s*(?=\?)", re.IGNORECASE
)


# An emphatic negation of the source: "bahkan foto pun tidak", "satu pun tidak ada".
_EMPHATIC_SOURCE = re.compile(rf"\bpun\s+(?:{_NEGATION_WORDS})\b", re.IGNORECASE)


_CONTRACTED_NOT_ONLY = re.compile(r"n['’]t (?:just|only|merely|simply)\b", re.IGNORECASE)


def _without_contracted_not_only(explicit: list[str], english: str, count: _Count) -> list[str]:
    """The English's negations less those of "isn't just" that render a "not only" idiom of the
    source ("bukan cuma soal lucu"), one each; elsewhere "can't just" negates ("tidak boleh
    diam saja", "we can't just stay silent")."""
    idioms = sum(1 for idiom in count.idioms if idiom in ID_NOT_ONLY)
    rest = list(explicit)
    for _ in range(min(idioms, len(_CONTRACTED_NOT_ONLY.findall(english)))):
        contracted = next((word for word in rest if word.endswith("n't")), None)
        if contracted is None:
            break
        rest.remove(contracted)
    return rest


def _not_until(id_words: list[str], en_words: list[str], *, timed: bool = False) -> int:
    """English negations that say *baru* ("only then") as "not ... until": "baru jadi 5 bulan
    setelah acara", "wasn't ready until 5 months after"; or "not ... for another" ("baru
    berangkat setengah jam lagi", "doesn't leave for another half hour"). At most one for each
    "baru"; with ``timed``, only a "baru" before a time ("baru keluar hari Jumat"), not "baru
    mulai" (just started), whose clause may hold another "not ... until". A time after which
    something happens ("pulang di atas jam sembilan") may be said "not ... until after nine"."""
    untils = [
        position
        for position, word in enumerate(en_words)
        if (word == "until" or (word == "for" and _word_at(en_words, position + 1) == "another"))
        and _negated_before(en_words, position)
    ]
    barus = len(_timed_barus(id_words)) if timed else id_words.count("baru")
    afters = sum(1 for position in untils if _word_at(en_words, position + 1) == "after")
    return min(len(untils), barus + min(afters, len(_timed_afters(id_words))))


def _timed_afters(id_words: list[str]) -> list[int]:
    """The positions of the source's "after" before a clock time: "di atas jam sembilan",
    "lewat pukul 10", "setelah jam kantor"."""
    return [
        position
        for position, word in enumerate(id_words)
        if word in _AFTER_WORDS and _word_at(id_words, position + 1) in _CLOCK_WORDS
    ]


def _timed_barus(id_words: list[str]) -> list[int]:
    """The positions of the source's "baru" before a time: "baru keluar hari Jumat"."""
    return [
        position
        for position, word in enumerate(id_words)
        if word == "baru"
        and any(
            later in _TIME_WORDS or later.isdigit()
            for later in id_words[position + 1 : position + 1 + _TIME_REACH]
        )
    ]


def _negated_before(en_words: list[str], position: int) -> bool:
    """A negation within reach before the English word at ``position`` ("didn't ... until")."""
    before = en_words[max(0, position - _UNTIL_REACH) : position]
    return any(word in EN_NEGATIONS or word.endswith("n't") for word in before)


def _bare_until(id_words: list[str], en_words: list[str]) -> str:
    """The source's "baru" before a time ("baru dibuka jam 8", only opens at 8) when the English
    says "until" with no negation before it ("is open until 8 a.m."): the time was turned from
    a start into an end. The "baru" and its next word, or ""."""
    starting = [
        position
        for position in _timed_barus(id_words)
        if _word_at(id_words, position + 1) not in _ENDING_VERBS
    ]
    if not starting:
        return ""  # "baru tutup jam lima" (only closes at five) is "open until five"
    for position, word in enumerate(en_words):
        if word in {"until", "till"} and not _negated_before(en_words, position):
            return " ".join(id_words[starting[0] : starting[0] + 2])
    return ""


_UNTIL_REACH = 7  # "didn't get my first email account until"
_TIME_REACH = 4  # "baru dipanggil setelah 4 jam"
_AFTER_WORDS = frozenset("setelah sesudah lewat atas".split())
_CLOCK_WORDS = frozenset("jam pukul".split())
# Verbs of an end after "baru": "baru tutup jam lima" says how long it stays open.
_ENDING_VERBS = frozenset("tutup ditutup selesai berakhir bubar usai".split())
_TIME_WORDS = frozenset(
    """
    setelah sesudah kemarin tadi besok pukul jam hari minggu pekan bulan tahun pagi siang sore
    malam senin selasa rabu kamis jumat sabtu akhir
    """.split()
)


# "bukan soal menambah kapasitas semata, tetapi ...": a negation whose "only" comes after what
# it negates, before a "but": the idiom "bukan sekadar" (not just) spread over a phrase.
_SPREAD_NOT_ONLY = re.compile(
    r"\b(bukan|tidak|tak)\s+((?:[\w-]+\s+){1,5}?)(?:semata(?:-mata)?|saja)\b"
    r"(?=\s*,?\s*(?:tetapi|tapi|melainkan|namun)\b)",
    re.IGNORECASE,
)


def _gathered_not_only(source: str) -> str:
    """The source with a spread "not only" written as the idiom: "bukan sekadar soal ..."."""
    return _SPREAD_NOT_ONLY.sub(lambda m: f"{m.group(1)} sekadar {m.group(2).strip()}", source)


def negation_findings(source: str, english: str) -> list[Finding]:
    """A finding when the English drops a negation of the source, or adds one."""
    named = _AT_LEAST.sub(
        "setidaknya", _REGIONAL_AS_NAME.sub("Nama", _CODE_LETTERS.sub("Kode", source))
    )
    asked = _QUESTION_TAG.sub(lambda m: m.group(1) or "", _BARGAIN.sub(r"\1", named))
    id_words = _source_words(_gathered_not_only(asked))
    en_words = _words(english)
    source_count = _id_negations(id_words)
    explicit = _without_contracted_not_only(_en_explicit(english, en_words), english, source_count)
    # English words that say "not" ("failed") first render the source's own such words
    # ("hilang"); only the rest may stand for a dropped "tidak". Those the source's negations
    # already count ("kurang bagus", "gagal") are not among them.
    counted = source_count.meanings + sum(
        1 for written in source_count.plain if written.split()[0] == ID_KURANG
    )
    own_rendered = _own_rendered(id_words, en_words)
    own = max(0, _id_negative_words(id_words) - counted - len(own_rendered))
    rendered = _en_antonyms(source_count, en_words, own_rendered)
    # A word that renders a source word ("failed" for "gagal") says no other negation.
    # Each "gratis" of the source takes one "free" of the English: that one renders a price.
    priced = sum(1 for word in id_words if word in ID_FREE_OF_CHARGE)
    said = sum(
        1
        for position, word in enumerate(en_words)
        if word in EN_NEGATIVE_WORDS and position not in rendered
    ) + sum(len(re.findall(pattern, english.lower())) for pattern in EN_NEGATIVE_PHRASES)
    # "Car Free Day": a "Free" inside a name says nothing of a negation.
    named_free = len(re.findall(r"(?<=\w )Free\b", english))
    said -= min(en_words.count("free"), min(priced, en_words.count("free")) + named_free)
    soft = max(0, said - own)
    # A word that renders an opposite ("disagree") says one negation, not also one by its affix.
    taken = rendered | own_rendered
    # A name's "in-"/"un-" is no negation ("Instagram", "Unilever"): capitalised words inside a
    # sentence are passed over.
    name_positions = _named_positions(english)
    unrendered = [
        word
        for position, word in enumerate(en_words)
        if position not in taken and position not in name_positions
    ]
    prefixed = _en_affixed(unrendered, EN_NEGATIVE_SUFFIXES, EN_NEGATIVE_PREFIXES) + sum(
        1 for word in en_words if word in EN_NEGATIVE_ADVERBS
    )
    suffixed = _en_affixed(en_words, EN_NEGATIVE_SUFFIXES, EN_WITHOUT_PREFIXES)
    # "not even" renders a negation only where the source has an emphatic one ("pun tidak").
    emphatic = 0 if _EMPHATIC_SOURCE.search(source) else _emphatic_nots(en_words)
    # A "not ... until" that says *baru* ("baru keluar hari Jumat") renders no other negation.
    until = _not_until(id_words, en_words, timed=True)
    never = sum(len(re.findall(pattern, english.lower())) for pattern in EN_NEVER_NEGATING)
    available = (
        len(explicit)
        - emphatic
        - until
        - never
        + soft
        + len(rendered)
        + _en_only(source_count, en_words)
        + _en_hyphen_negated(english)
        + min(prefixed, source_count.prefixed)
        + min(suffixed, source_count.suffixed)
        + _short_of_numbers(source, en_words)
    )
    if _bare_only(source_count, en_words):
        written = next(idiom for idiom in source_count.idioms if idiom in ID_NOT_ONLY)
        message = (
            f"The original says ‘{written}’ (not only), but the translation says ‘only’: "
            "it may state the opposite."
        )
        return [Finding("negation", "only", written, message)]
    bare_until = _bare_until(id_words, en_words)
    if bare_until:
        message = (
            f"The original says ‘{bare_until}’ (only then), but the translation says ‘until’ "
            "with no negation: it may state the opposite."
        )
        return [Finding("negation", "until", bare_until, message)]
    if available < len(source_count.plain):
        written = source_count.plain[0]
        message = (
            f"The original negates (‘{written}’), but the translation does not say so: "
            "it may state the opposite."
        )
        return [Finding("negation", "", written, message)]
    allowed = (
        len(source_count.plain)
        + len(source_count.idioms)
        + _id_negative_words(id_words)
        + _id_negative_phrases(id_words)
        + _not_until(id_words, en_words)
        + len(_DOUBLED_ANSWER.findall(source))
        + _maximum_said(id_words, english)
    )
    if len(explicit) - _en_positive_idioms(english) - _emphatic_nots(en_words) > allowed:
        message = (
            f"The translation says ‘{explicit[0]}’, but the original has no negation there: "
            "it may state the opposite."
        )
        return [Finding("negation", explicit[0], None, message)]
    return []
