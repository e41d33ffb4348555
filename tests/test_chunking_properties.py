"""Property tests: model inputs re-assemble to the text, fit the limit, and are never empty."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.generate._summarize import plan_chunks
from summarizer.generate._translate import plan_units

from .fakes import FakeBackend, word_tokens

WORDS = st.sampled_from(
    [
        *("Presiden", "Jokowi", "meresmikan", "jalan", "tol,", "dan", "yang", "11.000", "3,5"),
        *("Rp", "persen;", "tentara", "—", "karena", "Jakarta.", "x" * 30, "kata"),
    ]
)
SENTENCES = st.lists(
    st.lists(WORDS, min_size=1, max_size=80).map(" ".join), min_size=1, max_size=40
)
LIMITS = st.integers(min_value=4, max_value=60)


@settings(max_examples=200, deadline=None)
@given(sentences=SENTENCES, limit=LIMITS)
def test_chunks_fit_reassemble_and_are_never_empty(sentences: list[str], limit: int) -> None:
    backend = FakeBackend(max_input_tokens=limit)
    chunks = plan_chunks(sentences, backend)
    assert all(chunk.strip() for chunk in chunks)
    assert all(word_tokens(chunk) <= limit for chunk in chunks)
    assert " ".join(chunks).split() == " ".join(sentences).split()


@settings(max_examples=200, deadline=None)
@given(sentences=SENTENCES, limit=LIMITS)
def test_translation_units_fit_and_keep_every_word_in_order(
    sentences: list[str], limit: int
) -> None:
    backend = FakeBackend(max_input_tokens=limit)
    units = plan_units(sentences, backend)
    assert all(unit.text.strip() and unit.tokens <= limit for unit in units)
    assert [unit.source for unit in units] == sorted(unit.source for unit in units)
    for source, sentence in enumerate(sentences):
        pieces = [unit.text for unit in units if unit.source == source]
        assert " ".join(pieces).split() == sentence.split()
