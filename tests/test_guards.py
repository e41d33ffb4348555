from __future__ import annotations

from summarizer.generate._guards import distinct_trigram_ratio, looks_repetitive, stricter
from summarizer.models import GenerationOptions


def test_a_looping_output_is_caught() -> None:
    loop = "the minister said that " * 12
    assert distinct_trigram_ratio(loop) < 0.3
    assert looks_repetitive(loop, input_tokens=40, output_tokens=48)


def test_a_runaway_output_is_caught_even_without_repeats() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    assert looks_repetitive(text, input_tokens=10, output_tokens=200)


def test_normal_sentences_pass() -> None:
    text = (
        "North Korean leader Kim Jong Un reaffirmed his support for Russia. About 11,000 soldiers "
        "were sent to the front line over the past year, according to Western officials."
    )
    assert not looks_repetitive(text, input_tokens=40, output_tokens=35)


def test_stricter_blocks_repeats() -> None:
    options = stricter(GenerationOptions(max_new_tokens=50, num_beams=1))
    assert options.no_repeat_ngram_size == 3
    assert options.repetition_penalty > 1.0
    assert options.max_new_tokens == 50
