"""Property tests: preparing and splitting text never loses, duplicates or invents anything."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.text._segment import normalize, prepare, split_at_clauses, split_sentences

WORDS = [
    "harga", "beras", "naik", "di", "Jakarta", "yang", "dan", "tetapi", "karena", "Presiden",
    "Joko", "Widodo", "KPK", "mengatakan", "Menurut", "Namun", "Ia", "11.000", "3,5", "10.30",
    "WIB", "1.5", "2024", "e-KTP", "non-tradisional", "www.kompas.com", "redaksi@detik.com",
    "Café", "é", "Ukraina", "Homepage", "Baca", "juga:", "Foto:", "Editor:", "KOMPAS.com",
]  # fmt: skip
ABBREVIATIONS = [
    "dr.", "Dr.", "Prof.", "Jl.", "No.", "H.", "Hj.", "dll.", "dsb.", "dst.", "a.n.", "u.p.",
    "Tbk.", "PT.", "Bpk.", "Ir.", "S.H.", "M.Si.", "St.", "Kec.", "Kab.", "Kol.", "Jend.",
    "Brigjen.", "B.", "J.", "Rp.",
]  # fmt: skip
PUNCTUATION = [
    ".", ",", "?", "!", "...", "…", ";", ":", "-", "—", "(", ")", '"', "“", "”", "'", "’",
    "***", "[", "]", "🎉",
]  # fmt: skip
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\n \n"]

TOKENS = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ABBREVIATIONS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(SPACES),
    st.text(alphabet="abcdeghiklmnoprstuyABDIJKMPRS0123456789.,\"' \n", max_size=8),
)
TEXTS = st.lists(TOKENS, max_size=80).map("".join)


def _nonspace(text: str) -> Counter[str]:
    return Counter(re.sub(r"\s", "", text))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
@example("Dr. Budi tiba. Ia pergi.\n\nJudul\nHomepage")
@example("KlikWartaku.Com Gak Cuma Cepat Tapi Tepat\nIsi berita.***\nKlikWartaku.Com Cepat")
@example('" Saya senang. " kata dia. "\n"')
def test_prepare_loses_and_duplicates_nothing(text: str) -> None:
    try:
        prepared = prepare(text)
    except InputError:
        return
    assert prepared.paragraphs
    assert all(
        segment.text and segment.text == segment.text.strip() for segment in prepared.segments
    )
    assert [segment.index for segment in prepared.segments] == list(range(len(prepared.segments)))
    by_paragraph: dict[int, list[str]] = {}
    for segment in prepared.segments:
        by_paragraph.setdefault(segment.paragraph, []).append(segment.text)
    assert sorted(by_paragraph) == list(range(len(prepared.paragraphs)))
    for number, paragraph in enumerate(prepared.paragraphs):
        assert paragraph == normalize(paragraph)
        assert "\n" not in paragraph
        assert " ".join(by_paragraph[number]) == paragraph
    # Everything in the normalised input is either kept or reported as removed, exactly once.
    kept_and_removed = "".join(prepared.paragraphs) + "".join(prepared.removed)
    assert _nonspace(kept_and_removed) == _nonspace(normalize(text))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_split_sentences_reassembles_the_paragraph(text: str) -> None:
    sentences = split_sentences(text)
    assert all(sentence and sentence == sentence.strip() for sentence in sentences)
    assert " ".join(sentences) == " ".join(text.split())


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "  " not in once
    assert "\n\n\n" not in once


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(min_value=1, max_value=12))
def test_split_at_clauses_by_words(text: str, limit: int) -> None:
    pieces = split_at_clauses(text, lambda piece: len(piece.split()) <= limit)
    assert all(piece and len(piece.split()) <= limit for piece in pieces)
    assert " ".join(pieces) == " ".join(text.split())


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(min_value=1, max_value=40))
def test_split_at_clauses_by_characters(text: str, limit: int) -> None:
    pieces = split_at_clauses(text, lambda piece: len(piece) <= limit)
    assert all(piece and len(piece) <= limit for piece in pieces)
    normalized = " ".join(text.split())
    # Words are cut between characters only when a single word is over the limit.
    assert "".join(pieces).replace(" ", "") == normalized.replace(" ", "")
    if all(len(word) <= limit for word in normalized.split()):
        assert " ".join(pieces) == normalized
