from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from summarizer.errors import GenerationError
from summarizer.generate import _guards as guards
from summarizer.generate._guards import (
    Problem,
    distinct_trigram_ratio,
    generate_guarded,
    looks_repetitive,
    problem_of,
    retry_options,
    stricter,
)
from summarizer.models import Generated, GenerationOptions, Role

from .fakes import FakeBackend


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


# --- the one retry policy -------------------------------------------------------------------------


def test_each_problem_is_named_and_retried_with_what_addresses_it() -> None:
    options = GenerationOptions(max_new_tokens=20, min_new_tokens=5, num_beams=1)
    assert problem_of(Generated("  ", 0, True), 10) is Problem.EMPTY
    assert problem_of(Generated("the minister said that " * 12, 48, True), 40) is Problem.LOOP
    assert problem_of(Generated("The minister said", 3, False), 10) is Problem.CUT
    assert problem_of(Generated("The minister spoke.", 3, True), 10) is None
    assert retry_options(Problem.CUT, options, 64) == replace(options, max_new_tokens=64)
    assert retry_options(Problem.LOOP, options, 64) == stricter(options)
    assert retry_options(Problem.EMPTY, options, 64) == stricter(options)


def test_a_retry_runs_alone_with_its_own_options_and_what_is_left_is_reported() -> None:
    backend = FakeBackend(max_input_tokens=64, finished=lambda options: options.max_new_tokens > 50)
    texts = ["Satu dua tiga.", "Empat lima."]
    alone = [GenerationOptions(max_new_tokens=7), GenerationOptions(max_new_tokens=9)]
    guarded = generate_guarded(
        backend,
        texts,
        [4, 3],
        GenerationOptions(max_new_tokens=10),
        role=Role.TRANSLATION,
        item="a sentence",
        alone=alone.__getitem__,
    )
    assert [call[0] for call in backend.calls] == [texts, texts[:1], texts[1:]]
    assert [call[1].max_new_tokens for call in backend.calls[1:]] == [64, 64]
    assert [item.problem for item in guarded] == [None, None]
    assert [item.result.text for item in guarded] == texts


def test_an_output_still_empty_after_its_retry_is_an_error_naming_the_model() -> None:
    backend = FakeBackend(respond=lambda _text, _options: "")
    with pytest.raises(GenerationError, match="summarization model returned nothing for this"):
        generate_guarded(
            backend, ["Text."], [2], GenerationOptions(8), role=Role.SUMMARIZATION, item="this"
        )
    assert len(backend.calls) == 2


@pytest.mark.parametrize("module", ["_translate.py", "_summarize.py"])
def test_translation_and_summarisation_generate_only_through_the_guards(module: str) -> None:
    source = (Path(guards.__file__).parent / module).read_text(encoding="utf-8")
    assert ".generate(" not in source and "generate_guarded(" in source
