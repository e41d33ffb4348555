from __future__ import annotations

import pytest

from summarizer.config import Settings
from summarizer.errors import GenerationError
from summarizer.generate._summarize import MAX_REDUCE_ROUNDS, plan_chunks, summarize_sentences
from summarizer.models import GenerationOptions, TransformersBackend

from .fakes import FakeBackend, RecordingBackend, echo, word_tokens


def first_sentences(count: int):
    """A fake summariser that returns the first ``count`` sentences of its input."""

    def respond(text: str, _options: GenerationOptions) -> str:
        parts = [part.strip() + "." for part in text.split(".") if part.strip()]
        return " ".join(parts[:count])

    return respond


def article(sentences: int) -> list[str]:
    return [f"Fact number {i} happened in city {i} on day {i}." for i in range(sentences)]


def test_chunks_fit_the_limit_and_keep_every_sentence_in_order() -> None:
    sentences = article(60)
    backend = FakeBackend(max_input_tokens=50)
    chunks = plan_chunks(sentences, backend)
    assert len(chunks) > 1
    assert all(word_tokens(chunk) <= 50 for chunk in chunks)
    assert " ".join(chunks) == " ".join(sentences)


class CountingBackend(FakeBackend):
    """A fake that records every text it is asked to count."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        self.counted: list[list[str]] = []

    def count_tokens(self, texts):  # type: ignore[no-untyped-def]
        self.counted.append(list(texts))
        return super().count_tokens(texts)


def test_chunk_planning_counts_each_sentence_once() -> None:
    """Two counting calls in all (on a remote model, two round trips): every sentence (and the
    empty text, for the special tokens) once, then every chunk once; none grows one by one."""
    sentences = article(60)
    backend = CountingBackend(max_input_tokens=50)
    chunks = plan_chunks(sentences, backend)
    assert backend.counted == [[*sentences, ""], chunks]
    assert chunks == exact_chunks(sentences, 50)


def test_a_chunk_the_estimate_let_grow_over_the_limit_is_packed_again_exactly() -> None:
    """A tokenizer that merges across the join (here: every join costs a token) defeats the
    estimate; the count of the chunk catches it, and the chunk is packed again."""

    def joined_costs_more(texts: list[str], **_options: object) -> dict[str, list[list[int]]]:
        return {"input_ids": [[1] * (word_tokens(text) + text.count(". ")) for text in texts]}

    backend = CountingBackend(max_input_tokens=43)  # 4 sentences: 41 estimated, 44 counted
    backend.tokenizer = joined_costs_more
    sentences = article(12)
    chunks = plan_chunks(sentences, backend)
    assert all(len(joined_costs_more([chunk])["input_ids"][0]) <= 43 for chunk in chunks)
    assert " ".join(chunks) == " ".join(sentences)
    assert len(chunks) == 4 and len(backend.counted) > 2


def exact_chunks(sentences: list[str], limit: int) -> list[str]:
    """Greedy packing with an exact count at every step (how chunks were planned before)."""
    chunks: list[str] = []
    for sentence in sentences:
        if chunks and word_tokens(f"{chunks[-1]} {sentence}") <= limit:
            chunks[-1] = f"{chunks[-1]} {sentence}"
        else:
            chunks.append(sentence)
    return chunks


def test_short_input_is_one_pass_with_n_bullets() -> None:
    backend = FakeBackend(max_input_tokens=200, respond=first_sentences(4))
    outcome = summarize_sentences(article(10), backend, bullets=3)
    assert len(backend.calls) == 1
    assert outcome.bullets == (
        "Fact number 0 happened in city 0 on day 0.",
        "Fact number 1 happened in city 1 on day 1.",
        "Fact number 2 happened in city 2 on day 2.",
    )


def test_long_input_is_map_reduced_and_the_end_counts() -> None:
    sentences = [*article(80), "The final marker ZQX closed the story."]
    backend = FakeBackend(max_input_tokens=60, respond=first_sentences(1))
    outcome = summarize_sentences(sentences, backend, bullets=5)
    map_inputs = backend.inputs[: len(outcome.chunks)]
    assert map_inputs == list(outcome.chunks)
    assert "ZQX" in outcome.chunks[-1]
    assert outcome.model_passes > len(outcome.chunks)  # map round(s) plus the final pass
    # Bullets are topped up round-robin from the partial summaries: more than the first chunk.
    assert len(outcome.bullets) == 5
    assert len({bullet.split()[2] for bullet in outcome.bullets}) == 5


def test_near_duplicates_and_fragments_are_dropped() -> None:
    def respond(_text: str, _options: GenerationOptions) -> str:
        return (
            "Kim Jong Un backed Russia in the war. Kim Jong Un backed Russia in the war again. "
            "About 11,000 soldiers were sent. The army also planned to"
        )

    backend = FakeBackend(max_input_tokens=200, respond=respond, finished=False)
    outcome = summarize_sentences(article(10), backend, bullets=5)
    assert outcome.bullets == (
        "Kim Jong Un backed Russia in the war.",
        "About 11,000 soldiers were sent.",
    )
    assert any("2 bullets instead of 5" in warning for warning in outcome.warnings)


def test_empty_summary_is_an_error() -> None:
    backend = FakeBackend(max_input_tokens=200, respond=lambda _t, _o: "  ")
    with pytest.raises(GenerationError, match="returned nothing"):
        summarize_sentences(article(5), backend, bullets=3)


def test_a_looping_summary_is_retried_stricter() -> None:
    def respond(_text: str, options: GenerationOptions) -> str:
        if options.no_repeat_ngram_size and options.repetition_penalty > 1.0:
            return "Kim backed Russia. Soldiers were sent."
        return "Kim backed Russia and Russia and Russia and " * 8

    backend = FakeBackend(max_input_tokens=200, respond=respond)
    outcome = summarize_sentences(article(10), backend, bullets=2)
    assert outcome.bullets == ("Kim backed Russia.", "Soldiers were sent.")


def test_a_summary_cut_at_the_length_limit_is_retried_with_room() -> None:
    """The guard translation has: a cut output is generated again with the model's window."""
    backend = FakeBackend(
        max_input_tokens=200,
        respond=first_sentences(2),
        finished=lambda options: options.max_new_tokens >= 200,
    )
    outcome = summarize_sentences(article(10), backend, bullets=2)
    assert [options.max_new_tokens for _texts, options in backend.calls][1:] == [200]
    assert not any("length limit" in warning for warning in outcome.warnings)
    assert len(outcome.bullets) == 2


def test_a_summary_still_cut_after_its_retry_is_said() -> None:
    backend = FakeBackend(max_input_tokens=200, respond=first_sentences(2), finished=False)
    outcome = summarize_sentences(article(10), backend, bullets=2)
    assert len(backend.calls) == 2
    assert any("length limit" in warning for warning in outcome.warnings)


def test_partials_that_never_shrink_leave_no_part_out() -> None:
    """A model whose summaries are as long as their input: after the last reduce round every
    remaining part reaches the final pass, the end of the article reaches the bullets, and the
    result says the article did not condense into one summary."""
    sentences = article(40)
    backend = FakeBackend(max_input_tokens=60, respond=echo)
    outcome = summarize_sentences(sentences, backend, bullets=3)
    facts = [int(bullet.split()[2]) for bullet in outcome.bullets]
    assert max(facts) >= 35  # a bullet from the last part, not only the first
    assert outcome.final_parts > 1
    final_inputs = backend.inputs[-outcome.final_parts :]
    assert " ".join(final_inputs) == " ".join(sentences)  # every sentence, none dropped
    assert any(f"{outcome.final_parts} parts" in warning for warning in outcome.warnings)
    assert outcome.model_passes == MAX_REDUCE_ROUNDS * len(outcome.chunks) + outcome.final_parts


def test_output_length_grows_with_the_bullets_asked_for() -> None:
    backend = FakeBackend(max_input_tokens=1000, respond=first_sentences(3))
    summarize_sentences(article(60), backend, bullets=2)
    summarize_sentences(article(60), backend, bullets=8)
    few, many = backend.calls[0][1], backend.calls[1][1]
    assert many.min_new_tokens > few.min_new_tokens
    assert many.max_new_tokens > few.max_new_tokens


def test_tiny_bart_chunks_by_its_own_token_count(tiny_models) -> None:
    backend = RecordingBackend(
        TransformersBackend.load(
            str(tiny_models.bart), "SUMMARIZER_SUMMARIZATION_MODEL", Settings()
        )
    )
    sentences = [*(s for _ in range(12) for s in article(10)), "The last sentence holds ZQXMARK."]
    outcome = summarize_sentences(sentences, backend, bullets=3)
    assert len(outcome.chunks) > 1
    assert all(n <= backend.max_input_tokens for n in backend.count_tokens(list(outcome.chunks)))
    assert all(n <= backend.max_input_tokens for n in backend.count_tokens(backend.inputs))
    assert "ZQXMARK" in outcome.chunks[-1]
    assert 1 <= len(outcome.bullets) <= 3


def test_partial_summaries_use_the_map_beams_and_the_final_pass_the_beams() -> None:
    backend = FakeBackend(max_input_tokens=60, respond=first_sentences(1))
    outcome = summarize_sentences(article(40), backend, bullets=3, num_beams=3, map_beams=1)
    beams = [options.num_beams for _, options in backend.calls]
    assert outcome.model_passes > 1 and beams[-1] == 3
    assert set(beams[:-1]) == {1}


def test_map_beams_default_to_the_beams() -> None:
    backend = FakeBackend(max_input_tokens=60, respond=first_sentences(1))
    summarize_sentences(article(40), backend, bullets=3, num_beams=2)
    assert {options.num_beams for _, options in backend.calls} == {2}
