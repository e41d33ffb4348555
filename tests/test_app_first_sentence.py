"""The page shows the first English sentence while the rest of the article is translated.

The pipeline translates the first sentence alone, first (summarizer.generate._translate), and
reports it through ``partial``; the page draws what ``partial`` has as soon as it changes. Here
the second translation batch waits until the page has drawn the first sentence, so the test
fails if the page only drew sentences after the whole translation.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence

import pytest

import summarizer.generate._translate as translate
from summarizer.result import Sentence
from webui import reading

from .test_app import SHORT_ID, shown, started, state_of, submit_text


def test_the_first_sentence_is_drawn_before_the_rest_is_translated(
    tiny_env, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[frozenset[int]] = []  # the pending sentences of each partial view drawn
    first_drawn = threading.Event()
    original_view = reading.partial_html
    original_generate = translate._generate
    batches = 0

    def recording_view(sentences: Sequence[Sentence], pending: Collection[int]) -> str:
        drawn.append(frozenset(pending))
        if 0 not in pending and len(pending) == len(sentences) - 1:
            first_drawn.set()
        return original_view(sentences, pending)

    def waiting_generate(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal batches
        batches += 1
        if batches == 2:  # the first sentence is translated and reported: the page draws it
            first_drawn.wait(timeout=30)
        return original_generate(*args, **kwargs)

    monkeypatch.setattr(reading, "partial_html", recording_view)
    monkeypatch.setattr(translate, "_generate", waiting_generate)
    at = submit_text(started(), SHORT_ID)
    assert state_of(at).shown is not None, [error.value for error in at.error]
    assert first_drawn.is_set(), drawn
    sentences = len(shown(at).sentences)
    first_view = next(pending for pending in drawn if 0 not in pending)
    assert first_view == frozenset(range(1, sentences))  # only the first one, the rest to come
