"""The reading page's logic through AppTest: runs in the background, Stop, stale results, the
example that asks before replacing text, language notes, exports with settings, share links."""

from __future__ import annotations

import json
import re
import threading

import pytest
from streamlit.testing.v1 import AppTest

from summarizer.result import SummaryResult
from webui import sharing
from webui.errors import public_result

from .test_app import SHORT_ID, new_app, plain, started, state_of, submit_text

ENGLISH = (
    "The city council decided yesterday to close the library in the centre of town. Many "
    "residents are angry about the decision and want the alderman to look at it again. A "
    "demonstration will be held in front of the town hall next week."
)


def shown(at: AppTest) -> sharing.Shown:
    value = state_of(at).shown
    assert value is not None, [error.value for error in at.error]
    return value


def reading_body(at: AppTest) -> str:
    (body,) = [e.value for e in at.get("html") if 'id="reading-view"' in e.value]
    return body


def test_a_result_shows_the_aligned_view_with_its_bullets(tiny_env) -> None:
    at = submit_text(started(), SHORT_ID)
    result: SummaryResult = shown(at).result
    body = reading_body(at)
    assert body.count('class="rv-id" lang="id"') == len(result.sentences)
    assert body.count('<p class="rv-en" lang="en">') == len(result.sentences)
    assert body.count('<li class="rv-bullet') == len(result.bullets) >= 1
    assert not [e for e in at.expander if "translation" in e.label.lower()]
    assert at.caption[0].value.startswith("Done in") or any(
        plain(c.value).startswith("Done in") for c in at.caption
    )
    assert any(plain(c.value).startswith("Translated ") for c in at.caption)
    assert not [w for w in at.warning if "settings now differ" in w.value]
    assert not [s for s in at.status]  # one bar while running, no status box left behind


def test_settings_changed_after_a_run_mark_the_result_stale(tiny_env) -> None:
    at = submit_text(started(), SHORT_ID)
    before = shown(at)
    at.slider(key="bullets").set_value(2).run()
    assert shown(at) is before  # nothing was thrown away or recomputed
    (stale,) = [w for w in at.warning if "settings now differ" in plain(w.value)]
    assert "5 bullets" in plain(stale.value) and "(2 bullets" in plain(stale.value)
    at.slider(key="bullets").set_value(5).run()
    assert not [w for w in at.warning if "settings now differ" in plain(w.value)]


def test_english_text_is_not_called_translated(tiny_env) -> None:
    at = submit_text(started(), ENGLISH)
    result = shown(at).result
    assert result.language.used == "en"
    captions = [plain(c.value) for c in at.caption]
    assert not any(c.startswith("Translated") for c in captions)
    assert any("not translated (English)" in c for c in captions)
    body = reading_body(at)
    assert 'lang="id"' not in body and "rv-columns" not in body.split("</style>", 1)[1]


def test_forcing_english_on_indonesian_says_what_was_detected(tiny_env) -> None:
    at = started()
    at.sidebar.radio(key="lang").set_value("en").run()
    submit_text(at, SHORT_ID)
    notes = [plain(info.value) for info in at.info]
    assert any(
        note.startswith("This text looks like Indonesian") and "English was chosen" in note
        for note in notes
    ), notes


def test_try_an_example_asks_before_replacing_typed_text(tiny_env) -> None:
    at = started()
    at.text_area(key="text").set_value("Teks saya sendiri yang belum selesai.").run()
    at.button(key="example").click().run()
    assert at.text_area(key="text").value == "Teks saya sendiri yang belum selesai."
    assert state_of(at).shown is None
    assert any("Replace your text" in plain(w.value) for w in at.warning)
    at.button(key="example_no").click().run()
    assert at.text_area(key="text").value == "Teks saya sendiri yang belum selesai."
    assert not any("Replace your text" in plain(w.value) for w in at.warning)
    at.button(key="example").click().run()
    at.button(key="example_yes").click().run()
    assert at.text_area(key="text").value.startswith("Kim Jong Un")
    assert shown(at).result.sentences


def test_the_json_download_carries_the_settings(tiny_env) -> None:
    at = submit_text(started(), SHORT_ID)
    (button,) = [b for b in at.get("download_button") if "JSON" in b.proto.label]
    assert button.proto.label == "Download JSON"
    data = json.loads(shown_json(at))
    assert data["settings"] == {
        "bullets": 5,
        "num_beams": 1,
        "source_lang": "auto",
        "translation_model": data["settings"]["translation_model"],
        "summarization_model": data["settings"]["summarization_model"],
    }
    assert "/" not in data["settings"]["translation_model"]  # a server directory, by name only
    # The download is the result as a visitor may see it: server paths shown by name only.
    assert SummaryResult.from_json(shown_json(at)) == public_result(shown(at).result)


def shown_json(at: AppTest) -> str:
    from summarizer.output import _export as export
    from webui import errors

    value = shown(at)
    return export.to_json(errors.public_result(value.result), value.run.for_export())


def test_a_stopped_run_says_stopped_and_keeps_the_input(tiny_env, monkeypatch) -> None:
    """Stop during the translation: the run ends, the page says "Stopped", the input stays."""
    from summarizer.pipeline import Pipeline

    gate, release = threading.Event(), threading.Event()
    original = Pipeline.summarize

    def slow(self, article, **kwargs):
        progress = kwargs["progress"]

        def waiting(stage: str, done: int, total: int) -> None:
            progress(stage, done, total)
            if stage == "translate":
                gate.set()
                release.wait(30)
                progress(stage, done, total)  # the job's next step sees Stop

        return original(self, article, **{**kwargs, "progress": waiting})

    monkeypatch.setattr(Pipeline, "summarize", slow)
    at = started()
    at.text_area(key="text").set_value(SHORT_ID)
    running = {}

    def press_stop() -> None:
        gate.wait(60)
        running["job"] = state_of(at).running.job
        running["job"].stop()
        release.set()

    threading.Thread(target=press_stop, daemon=True).start()
    at.button(key="run_text").click().run()
    assert state_of(at).shown is None
    assert any("Stopped." in plain(info.value) for info in at.info)
    assert at.text_area(key="text").value == SHORT_ID
    assert state_of(at).running is None


@pytest.mark.parametrize("value", ["²", "①", "9" * 400, "-3", "1e3"])
def test_odd_bullet_values_in_the_link_never_break_the_page(value: str) -> None:
    at = new_app()
    at.query_params["bullets"] = value
    at.query_params["beams"] = value
    at.run()
    assert not at.exception
    assert at.slider(key="bullets").value == 5
    notes = [plain(w.value) for w in at.warning]
    assert any("number of bullets" in note for note in notes)
    assert any("beam size" in note for note in notes)
    assert not any(re.escape(value) in note for note in notes if len(value) > 3)
