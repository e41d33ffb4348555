from __future__ import annotations

import itertools
import random

import pytest

from summarizer.errors import GenerationError
from summarizer.generate._translate import (
    batches,
    plan_cost,
    plan_cuts,
    plan_units,
    translate_texts,
)
from summarizer.models import GenerationOptions, TransformersBackend

from .fakes import FakeBackend, RecordingBackend


def upper(text: str, _options: GenerationOptions) -> str:
    return text.upper()


def test_every_sentence_gets_its_own_translation_in_order() -> None:
    texts = [f"kalimat nomor {i} " + "kata " * (i % 7) for i in range(40)]
    backend = FakeBackend(respond=upper)
    outcome = translate_texts(texts, backend, batch_size=8)
    assert outcome.translations == tuple(text.upper().strip() for text in texts)
    assert len(backend.calls) == 6  # the first sentence alone, then 39 units in batches of 8


def test_the_first_sentence_is_translated_first_and_alone() -> None:
    """So the reader sees English after one short model call; the rest is batched by length."""
    texts = [
        "Kalimat pertama ini yang paling panjang dari semua kalimat lain.",
        "a b.",
        "c d.",
        "f.",
    ]
    backend = FakeBackend(respond=upper)
    seen: list[dict[int, str]] = []
    translate_texts(texts, backend, batch_size=8, on_batch=seen.append)
    assert [inputs for inputs, _ in backend.calls] == [[texts[0]], ["f.", "a b.", "c d."]]
    assert list(seen[0]) == [0]


def test_an_overlong_first_sentence_goes_first_with_all_its_pieces() -> None:
    words = [f"w{i}" for i in range(60)]
    first = ", ".join(" ".join(words[i : i + 10]) for i in range(0, 60, 10)) + "."
    backend = FakeBackend(max_input_tokens=16)
    units = plan_units([first, "pendek."], backend)
    order = batches(units, 8, first_alone=True)
    assert order[0] == [i for i, unit in enumerate(units) if unit.source == 0]
    assert len(order[0]) > 1 and order[1] == [len(units) - 1]


def test_a_short_sentence_is_not_held_to_a_long_batch_mates_floor() -> None:
    """The minimum length of a batch is its shortest sentence's; the room its longest's."""
    long_sentence = " ".join(f"kata{i}" for i in range(30))
    backend = FakeBackend(max_input_tokens=128, respond=upper)
    translate_texts(["Judul.", long_sentence, "satu dua tiga."], backend, batch_size=8)
    assert len(backend.calls) == 2
    _, options = backend.calls[1]
    assert options.min_new_tokens == 4 // 3 and options.max_new_tokens == 2 * 31 + 16


def test_batches_group_similar_lengths() -> None:
    texts = ["a " * n for n in (30, 1, 29, 2, 31, 3)]
    backend = FakeBackend()
    order = batches(plan_units(texts, backend), 3)
    assert [sorted(batch) for batch in order] == [[1, 3, 5], [0, 2, 4]]


def test_overlong_sentence_is_split_and_rejoined_never_truncated() -> None:
    words = [f"w{i}" for i in range(150)]
    long_sentence = ", ".join(" ".join(words[i : i + 10]) for i in range(0, 150, 10)) + " TAMAT."
    backend = FakeBackend(max_input_tokens=32, respond=lambda text, _o: text)
    outcome = translate_texts(["Pendek.", long_sentence], backend)
    pieces = [unit for unit in outcome.units if unit.source == 1]
    assert len(pieces) > 1
    assert all(unit.tokens <= 32 for unit in outcome.units)
    assert " ".join(outcome.translations[1].split()) == " ".join(long_sentence.split())
    assert "TAMAT." in outcome.translations[1]


def test_empty_output_is_an_error_not_a_shorter_result() -> None:
    backend = FakeBackend(respond=lambda _t, _o: "")
    with pytest.raises(GenerationError, match="returned nothing"):
        translate_texts(["Presiden berpidato di Jakarta."], backend)


def test_a_looping_translation_is_retried_with_stricter_settings() -> None:
    def respond(text: str, options: GenerationOptions) -> str:
        if options.no_repeat_ngram_size:
            return "The president spoke in Jakarta."
        return "the president the president " * 10

    backend = FakeBackend(respond=respond)
    outcome = translate_texts(["Presiden berpidato di Jakarta hari ini."], backend)
    assert outcome.translations == ("The president spoke in Jakarta.",)
    assert backend.calls[-1][1].no_repeat_ngram_size == 3
    assert outcome.warnings == ()


def test_an_output_cut_at_the_limit_is_retried_and_then_reported() -> None:
    backend = FakeBackend(max_input_tokens=64, respond=lambda text, _o: text, finished=False)
    outcome = translate_texts(["Presiden berpidato di Jakarta."], backend)
    assert backend.calls[-1][1].max_new_tokens == 64
    assert any("cut at the length limit" in warning for warning in outcome.warnings)


def test_progress_counts_sentences() -> None:
    seen: list[tuple[int, int]] = []
    translate_texts(
        ["satu dua.", "tiga.", "empat lima enam."],
        FakeBackend(),
        batch_size=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (3, 3)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_tiny_marian_translates_long_sentences_through_the_real_tokenizer(tiny_models) -> None:
    from summarizer.config import Settings

    backend = RecordingBackend(
        TransformersBackend.load(
            str(tiny_models.marian), "SUMMARIZER_TRANSLATION_MODEL", Settings()
        )
    )
    long_sentence = (
        " ".join(
            ["Pemimpin Korea Utara Kim Jong Un kembali menegaskan dukungan penuh kepada Rusia,"] * 8
        )
        + " PENANDA."
    )
    assert backend.count_tokens([long_sentence])[0] > backend.max_input_tokens
    outcome = translate_texts(["Rusia.", long_sentence], backend)
    assert len(outcome.translations) == 2 and all(outcome.translations)
    assert all(count <= backend.max_input_tokens for count in backend.count_tokens(backend.inputs))
    assert backend.inputs[-1].endswith("PENANDA.") or any(
        text.endswith("PENANDA.") for text in backend.inputs
    )


def _brute_force_cost(lengths: list[int], cap: int, beams: int, max_tokens: int) -> float:
    """The cheapest cut of sorted ``lengths`` by trying every one (small inputs only)."""
    best = float("inf")
    for mask in range(2 ** max(0, len(lengths) - 1)):
        cuts = [0, *(i + 1 for i in range(len(lengths) - 1) if mask >> i & 1), len(lengths)]
        groups = [lengths[a:b] for a, b in itertools.pairwise(cuts)]
        if any(len(g) > cap or (len(g) > 1 and len(g) * g[-1] > max_tokens) for g in groups):
            continue
        best = min(best, sum(plan_cost(g[-1], len(g), beams) for g in groups))
    return best


def test_batch_plan_is_the_cheapest_cut_within_the_limits() -> None:
    rng = random.Random(7)
    for _ in range(60):
        lengths = sorted(rng.randint(1, 60) for _ in range(rng.randint(1, 10)))
        cap, beams, max_tokens = rng.randint(1, 6), rng.randint(1, 4), rng.choice([64, 200, 1024])
        cuts = plan_cuts(lengths, cap, beams, max_tokens)
        groups = [lengths[a:b] for a, b in itertools.pairwise(cuts)]
        assert [n for g in groups for n in g] == lengths
        assert all(len(g) <= cap and (len(g) == 1 or len(g) * g[-1] <= max_tokens) for g in groups)
        cost = sum(plan_cost(g[-1], len(g), beams) for g in groups)
        assert cost == pytest.approx(_brute_force_cost(lengths, cap, beams, max_tokens))


def test_close_lengths_share_a_batch_and_a_far_longer_one_does_not() -> None:
    """Fewer, fuller batches: decoding steps run one after another, batch rows almost free; but
    many short sentences are not made to decode as long as one far longer sentence."""
    assert plan_cuts([20] * 18, 32, 2, 1024) == [0, 18]  # one call, not 16 + 2
    assert len(plan_cuts([20] * 18, 16, 2, 1024)) == 3  # the size cap holds: two calls
    assert plan_cuts([5] * 20 + [120], 32, 2, 1024) == [0, 20, 21]
    cuts = plan_cuts([100] * 12, 32, 2, 1024)  # at most 1,024 padded tokens: two calls
    assert len(cuts) == 3 and all(100 * (b - a) <= 1024 for a, b in itertools.pairwise(cuts))


def test_a_short_articles_sentences_go_in_one_batch_after_the_first() -> None:
    texts = ["Judul berita ini."] + [
        " ".join(f"kata{i}x{j}" for j in range(8 + i % 5)) + "." for i in range(18)
    ]
    backend = FakeBackend(respond=upper)
    translate_texts(texts, backend, batch_size=32)
    assert [len(inputs) for inputs, _ in backend.calls] == [1, 18]
