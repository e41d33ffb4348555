"""Institutions: names that translation renders word by word, not copies.

An Indonesian institution is named by a head ("Badan", "Kementerian", "Polda"), its task
("Narkotika", "Kelautan dan Perikanan") and often a place ("Jawa Tengah", "Bogor"). English
translates the head and the task ("National Narcotics Agency", "Ministry of Marine Affairs and
Fisheries", "Central Java Regional Police") and keeps the place. So:

* the task words of a source institution (after its head, before its last word, or a derived
  noun such as "Perikanan") need not reach the English, while its last word (the place: "Polres
  Bogor") must;
* an English run of capitalised words with an institution head ("Agency", "Ministry", "Police")
  is the rendering of the source's institution, not a name the source lacks, when the source
  names one; and a source acronym the English wrote out as such a run ("Bappenas" as "National
  Development Planning Agency") is matched to that run, one for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.check._tables import (
    EN_INSTITUTION_HEADS,
    ID_INSTITUTION_HEADS,
    ID_PLACE_ONLY_HEADS,
    ID_RANKS,
)
from summarizer.ground import Span

# Indonesian derived nouns (ke-...-an, pe-...-an: "Kejuaraan", "Pengadilan", "Perikanan") are
# the common words of institution and event names, translated in English, seldom names.
_DERIVED_NOUN = re.compile(r"(?:ke|pe|per|pen|pem|peng|peny|pel)[a-z]{3,}an")
# What joins the parts of one institution's name: "Kelautan dan Perikanan", "Meteorologi, ...".
_ID_JOINER = re.compile(r"\s*,?\s*(?:dan\s+)?")
# Words that end an institution's place ("Jakarta Selatan", "Jakarta Pusat") and words that
# open one ("Kota Bogor").
_PLACE_ENDS = frozenset("barat timur utara selatan tengah pusat raya".split())
_PLACE_OPENS = frozenset("kota kabupaten provinsi kecamatan desa kab kab.".split())
# A comma joins a run to an institution's name only inside a list that "dan" closes
# ("Meteorologi, Klimatologi, dan Geofisika"); else what follows the comma is another name
# ("Kepala Dinas Pendidikan Jawa Barat, Asep Suryana, ...").
_LIST_GOES_ON = re.compile(r"\s*,?\s*dan\s+[A-Z]")
_EN_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:(?:\s+(?:of|and|for|on|the|&)\s+|\s*,\s*(?:and\s+)?|\s+)[A-Z][\w'’.-]*)*"
)


def derived_noun(word: str) -> bool:
    """An Indonesian ke-...-an or pe-...-an noun ("Kejuaraan", "Pengadilan")."""
    return _DERIVED_NOUN.fullmatch(word.lower()) is not None


@dataclass(frozen=True)
class SourceInstitutions:
    """What the source's institution names allow: words that need not reach the English (by
    their start offsets), and whether the source names an institution at all."""

    task_words: frozenset[int]
    named: bool


def _groups(source: str, runs: list[tuple[Span, ...]]) -> list[list[Span]]:
    """Runs joined into one name where an institution's parts are listed with commas or "dan"."""
    groups: list[list[Span]] = []
    for run in runs:
        previous = groups[-1] if groups else None
        between = source[previous[-1].end : run[0].start] if previous else ""
        joined = (
            previous is not None
            and any(token.text.lower() in ID_INSTITUTION_HEADS for token in previous)
            and _ID_JOINER.fullmatch(between) is not None
            and ("dan" in between or _LIST_GOES_ON.match(source, run[-1].end) is not None)
        )
        if joined and previous is not None:
            previous.extend(run)
        else:
            groups.append(list(run))
    return groups


def _place_start(group: list[Span]) -> int:
    """Where the place at the end of an institution's name begins: its last word, with the word
    before a compass word, or from "Kota"/"Kabupaten" on."""
    keys = [token.text.lower() for token in group]
    start = len(keys) - 1
    while start > 0 and keys[start] in _PLACE_ENDS:
        start -= 1
    for position, key in enumerate(keys):
        if key in _PLACE_OPENS:
            return min(start, position)
    return start


def _before_rank(group: list[Span], head: int) -> list[Span]:
    """The institution's part of a run: up to a rank after its head, where a person's name
    begins ("Polres Bantul Iptu Sri Wahyuni")."""
    for position in range(head + 1, len(group)):
        if group[position].text.lower() in ID_RANKS:
            return group[:position]
    return group


def source_institutions(source: str, runs: list[tuple[Span, ...]]) -> SourceInstitutions:
    """The task words of each institution named in ``source`` (its name runs, in order)."""
    task_words: set[int] = set()
    named = False
    for group in _groups(source, runs):
        heads = [i for i, token in enumerate(group) if token.text.lower() in ID_INSTITUTION_HEADS]
        if not heads:
            continue
        named = True
        group = _before_rank(group, heads[0])
        place = _place_start(group)
        if group[heads[0]].text.lower() in ID_PLACE_ONLY_HEADS:
            place = heads[0] + 1  # "Polresta Malang Kota": all of it the place
        for position in range(heads[0] + 1, len(group)):
            token = group[position]
            if position < place or derived_noun(token.text):
                task_words.add(token.start)
    return SourceInstitutions(frozenset(task_words), named)


def english_institution_runs(english: str) -> list[Span]:
    """Runs of capitalised English words that hold an institution head ("Regional Police")."""
    runs = []
    for match in _EN_RUN.finditer(english):
        for run in _cut_after_heads(Span(match.start(), match.end(), match.group())):
            words = {word.lower().rstrip(".") for word in re.findall(r"[\w'’.-]+", run.text)}
            if words & EN_INSTITUTION_HEADS:
                runs.append(run)
    return runs


def _cut_after_heads(run: Span) -> list[Span]:
    """A run cut at each comma that follows an institution head: "Education Office, Smith Sri
    Wahyuni" is an office and then a person; a comma inside a list ("Meteorology, Climatology
    and Geophysics Agency") keeps the run whole."""
    pieces, start = [], 0
    for comma in re.finditer(r"\s*,\s*", run.text):
        before = re.findall(r"[\w'’.-]+", run.text[start : comma.start()])
        if before and before[-1].lower().rstrip(".") in EN_INSTITUTION_HEADS:
            pieces.append(
                Span(run.start + start, run.start + comma.start(), run.text[start : comma.start()])
            )
            start = comma.end()
    pieces.append(Span(run.start + start, run.end, run.text[start:]))
    return pieces


def within(span: Span, runs: list[Span]) -> bool:
    """Whether ``span`` lies inside one of ``runs``."""
    return any(run.start <= span.start and span.end <= run.end for run in runs)
