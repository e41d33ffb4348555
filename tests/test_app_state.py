"""The page's structure: app.py is layout only, and the session holds one typed state object
(webui.state.PageState) besides the widgets' own keys."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest
from streamlit.testing.v1 import AppTest

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.limits import UPLOAD_TYPES
from webui import readers
from webui.state import STATE_KEY, WIDGET_KEYS, Inputs, Kind, PageState

from .test_app import APP, ROOT, SHORT_ID, started, state_of, submit_text, upload

MAX_APP_LINES = 150


def test_app_py_is_layout_only() -> None:
    lines = Path(APP).read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_APP_LINES, len(lines)


def test_only_the_state_module_touches_the_session() -> None:
    """Page logic reads the typed state, never ad-hoc session keys."""
    touching = [
        path.relative_to(ROOT).as_posix()
        for path in [Path(APP), *sorted((ROOT / "webui").rglob("*.py"))]
        if "session_state" in path.read_text(encoding="utf-8")
    ]
    assert touching == ["webui/state.py"]


def keyed_widgets(at: AppTest) -> set[str]:
    kinds = ("button", "text_area", "text_input", "slider", "radio", "file_uploader")
    widgets = [widget for kind in kinds for widget in at.get(kind)]
    widgets += at.get("download_button")
    return {str(widget.key) for widget in widgets if getattr(widget, "key", None)}


def assert_one_state_key(at: AppTest) -> None:
    assert isinstance(state_of(at), PageState)
    keys = set(at.session_state.keys())
    assert keys - WIDGET_KEYS == {STATE_KEY}, keys - WIDGET_KEYS
    assert keyed_widgets(at) <= WIDGET_KEYS, keyed_widgets(at) - WIDGET_KEYS


def test_the_session_holds_one_state_object_and_widget_keys(tiny_env, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_ALLOW_MODEL_CHOICE", "1")
    at = started()
    assert_one_state_key(at)
    at = submit_text(at, SHORT_ID)
    assert state_of(at).shown is not None
    assert_one_state_key(at)
    at.button(key="example").click().run()  # asks before replacing the text
    assert state_of(at).confirm_example
    assert_one_state_key(at)
    at.button(key="example_no").click().run()
    at = upload(at, "berita.txt", SHORT_ID.encode("utf-8"), "text/plain")
    assert state_of(at).shown is not None and state_of(at).shown.kind == "file"
    assert_one_state_key(at)


# --- readers ------


def inputs_with(**changes: object) -> Inputs:
    fields = {
        "text": "",
        "url": "",
        "lang": "auto",
        "bullets": 5,
        "beams": 1,
        "translation_model": "t",
        "summarization_model": "s",
    }
    return Inputs(**{**fields, **changes})  # type: ignore[arg-type]


def test_every_input_kind_has_a_reader_and_files_are_the_librarys_types() -> None:
    assert set(readers.READERS) == set(get_args(Kind))
    assert readers.FILE_TYPES == UPLOAD_TYPES
    with pytest.raises(InputError, match="Choose a file"):
        readers.reader_for("file", inputs_with())


def test_the_file_reader_leaves_every_check_to_the_library() -> None:
    """Any file reaches summarizer.inputs.from_file; the reader adds no check of its own."""

    class Chosen:
        name = "catatan.xyz"

        def getvalue(self) -> bytes:
            return b"teks"

    read = readers.reader_for("file", inputs_with(upload=Chosen()))  # made without refusing it
    with pytest.raises(InputError, match="not a file type this tool reads"):
        read(Settings(), lambda *_: None)
