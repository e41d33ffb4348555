"""The page's link parameters (webui.params): share links, and reading whatever a link holds.

A link can hold anything: Unicode digits ("²", "①", "¹⁰" pass ``str.isdigit`` but not ``int``),
huge numbers, empty or repeated values, control characters, names the page does not know. Each
parameter is used or ignored with a note, never an error: checked on the pure function with
generated values, and on the page itself (AppTest) with a few of them.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BULLETS, MAX_URL_LENGTH, MIN_BULLETS
from tests.test_app import APP, plain, state_of
from webui.params import ShareState, parse_share_params, share_link, share_params
from webui.settings import PageSettings

ODD_NUMBERS = ["²", "①", "¹⁰", "١٠", "٥", "５", "1e1", "+5", "-3", "0x5", "5.0", "9" * 5000]
VALUE = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Cc", "Zs"])),
    st.sampled_from([*ODD_NUMBERS, "", " ", "\x00", "5\n", "\u202e5", "AUTO", "en\x07"]),
    st.integers().map(str),
)
VALUES = st.one_of(VALUE, st.lists(VALUE, max_size=3))
NAMES = st.one_of(
    st.sampled_from(["url", "bullets", "beams", "lang", "r", "embed", "utm_source"]), st.text()
)


def last(given: str | list[str]) -> str | None:
    """What the page reads of a parameter: its last value, stripped (None: no value at all)."""
    values = [given] if isinstance(given, str) else given
    return values[-1].strip() if values else None


def expected_bullets(value: str | None) -> int | None:
    if value is None or not re.fullmatch(r"[0-9]+", value) or len(value.lstrip("0")) > 2:
        return None
    return int(value) if MIN_BULLETS <= int(value) <= MAX_BULLETS else None


def has_control(text: str) -> bool:
    return any(unicodedata.category(char) in ("Cc", "Cs") for char in text)


# --- the pure function ------------------------------------------------------------------------


@given(st.dictionaries(NAMES, VALUES, max_size=6))
@example({"bullets": "²"})
@example({"bullets": ["3", "①"]})
@example({"bullets": "9" * 5000, "lang": "\x00"})
@example({"url": "https://x.example/\x00", "bullets": ""})
def test_any_parameters_are_used_or_noted_never_an_error(params: dict) -> None:
    state = parse_share_params(params)
    bullets = params.get("bullets")
    lang = params.get("lang")
    url = params.get("url")
    # Used exactly when valid: an ASCII number in range, a known language, a usable address.
    assert state.bullets == (None if bullets is None else expected_bullets(last(bullets)))
    if state.lang is not None:
        assert state.lang in SOURCE_LANGS and lang is not None
        assert last(lang).lower() == state.lang
    if state.url is not None:
        assert state.url == last(url) and len(state.url) <= MAX_URL_LENGTH
        assert not has_control(state.url)
    # Everything given and not used is noted: one note per known parameter, one for the rest.
    ignored = [
        name
        for name, used in (("bullets", state.bullets), ("lang", state.lang), ("url", state.url))
        if name in params and used is None
    ]
    known = ("url", "bullets", "beams", "lang", "r", "embed")
    unknown = [name for name in params if name not in known]
    assert len(state.problems) >= len(ignored) + bool(unknown)
    assert all(not has_control(problem) for problem in state.problems)


@pytest.mark.parametrize("value", ODD_NUMBERS)
def test_unicode_and_huge_numbers_are_noted(value: str) -> None:
    state = parse_share_params({"bullets": value})
    assert state.bullets is None
    assert state.problems == (
        f"The link's number of bullets is not {MIN_BULLETS}–10; the default is used.",
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ShareState()),
        ({"url": "  "}, ShareState(problems=("empty",))),
        ({"url": ["a", "b"]}, ShareState(url="b", problems=("more than once",))),
        ({"url": ["b", "b"]}, ShareState(url="b")),
        ({"bullets": "0"}, ShareState(problems=("bullets",))),
        ({"bullets": "11"}, ShareState(problems=("bullets",))),
        ({"bullets": "x"}, ShareState(problems=("bullets",))),
        ({"bullets": " 007 "}, ShareState(bullets=7)),
        ({"bullets": []}, ShareState(problems=("empty",))),
        ({"bullets": "10", "lang": "en"}, ShareState(bullets=10, lang="en")),
        ({"lang": "ID"}, ShareState(lang="id")),
        ({"lang": "nl"}, ShareState(problems=("language",))),
        ({"url": "h" * (MAX_URL_LENGTH + 1)}, ShareState(problems=("too long",))),
        ({"url": "https://a.example/\x1b[31m"}, ShareState(problems=("control characters",))),
        ({"utm_source": "x", "fbclid": "y"}, ShareState(problems=("'utm_source', 'fbclid'",))),
        ({"embed": "true"}, ShareState()),
    ],
)
def test_share_parameters_are_validated(params: dict, expected: ShareState) -> None:
    state = parse_share_params(params)
    assert (state.url, state.bullets, state.lang) == (expected.url, expected.bullets, expected.lang)
    assert len(state.problems) == len(expected.problems), state.problems
    for word, problem in zip(expected.problems, state.problems, strict=True):
        assert word in problem


def test_share_link_round_trip() -> None:
    params = share_params("https://news.example/a?b=1&c=2#x", 3, "id", 4)
    link = share_link("https://app.example/path/?old=1#frag", params)
    assert link == (
        "https://app.example/path/?url=https%3A%2F%2Fnews.example%2Fa%3Fb%3D1%26c%3D2%23x"
        "&bullets=3&beams=4&lang=id"
    )
    assert share_link(None, params).startswith("?url=https%3A")
    state = parse_share_params(dict(parse_qsl(urlsplit(link).query)))
    assert state == ShareState("https://news.example/a?b=1&c=2#x", 3, 4, "id")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"beams": "4"}, ShareState(beams=4)),
        ({"beams": "0"}, ShareState(problems=("beam size",))),
        ({"beams": "²"}, ShareState(problems=("beam size",))),
        ({"r": "A" * 22}, ShareState(share_id="A" * 22)),
        ({"r": "short"}, ShareState(problems=("shared-result id",))),
        ({"r": "../../etc/passwd" + "a" * 20}, ShareState(problems=("shared-result id",))),
    ],
)
def test_beams_and_share_ids_are_validated(params: dict, expected: ShareState) -> None:
    state = parse_share_params(params)
    assert (state.beams, state.share_id) == (expected.beams, expected.share_id)
    assert len(state.problems) == len(expected.problems), state.problems
    for word, problem in zip(expected.problems, state.problems, strict=True):
        assert word in problem


# --- page settings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "model_choice"),
    [
        ({}, False),
        ({"SUMMARIZER_ALLOW_MODEL_CHOICE": "1"}, True),
        ({"SUMMARIZER_ALLOW_MODEL_CHOICE": " yes "}, True),
        ({"SUMMARIZER_ALLOW_MODEL_CHOICE": ""}, False),
        ({"SUMMARIZER_LOCK_MODELS": "0"}, False),  # the old variable opens nothing
        ({"SUMMARIZER_LOCK_MODELS": "1", "SUMMARIZER_ALLOW_MODEL_CHOICE": "1"}, False),
    ],
)
def test_model_choice_is_off_unless_the_operator_allows_it(env: dict, model_choice: bool) -> None:
    assert PageSettings.from_env(env).model_choice is model_choice


@pytest.mark.parametrize("name", ["SUMMARIZER_ALLOW_MODEL_CHOICE", "SUMMARIZER_LOCK_MODELS"])
def test_a_bad_page_setting_names_its_variable(name: str) -> None:
    with pytest.raises(ConfigError, match=rf"^{name}='maybe' is not a boolean; use 1 or 0\.$"):
        PageSettings.from_env({name: "maybe"})


# --- the page ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ({"bullets": "²"}, "number of bullets is not 1–10"),
        ({"bullets": "①"}, "number of bullets is not 1–10"),
        ({"bullets": "¹⁰"}, "number of bullets is not 1–10"),
        ({"bullets": "9" * 5000}, "number of bullets is not 1–10"),
        ({"bullets": ""}, "number of bullets is empty"),
        ({"bullets": ["3", "7"]}, "more than once"),
        ({"lang": "\x00en"}, "language is not auto, id or en"),
        ({"url": "https://x.example/\x07"}, "control characters"),
        ({"utm_source": "news\x1b[31m"}, "does not use the link's 'utm_source'"),
    ],
    ids=["superscript", "circled", "superscript-ten", "huge", "empty", "repeated", "nul",
         "control-url", "unknown"],
)  # fmt: skip
def test_odd_link_parameters_never_break_the_page(query: dict, note: str) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query)
    at.run()
    assert not at.exception and not at.error
    notes = " ".join(plain(warning.value) for warning in at.warning)
    assert note in notes
    expected = 7 if query.get("bullets") == ["3", "7"] else Settings().bullets
    assert at.sidebar.slider(key="bullets").value == expected
    assert at.sidebar.radio(key="lang").value == "auto"
    assert state_of(at).shown is None and not at.status  # nothing was fetched
