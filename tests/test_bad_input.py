"""Odd input through the library and the CLI: a clear message, never a traceback or silent loss."""

from __future__ import annotations

import codecs
import csv
import io
import pickle
from collections import Counter
from collections.abc import Callable

import pytest

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.errors import (
    API_KINDS,
    ConfigError,
    InputError,
    LanguageError,
    ModelLoadError,
    SummarizerError,
    exception_for,
    first_line,
    foreign_match,
    kind_of,
)
from summarizer.inputs import check_length
from summarizer.models import BackendPool
from summarizer.pipeline import Pipeline
from summarizer.text import decode_text

from .conftest import FIXTURES
from .fakes import RecordingBackend

NUSAX = FIXTURES / "corpus" / "langid" / "nusax_12lang_50.csv"


def nusax(language: str) -> list[str]:
    with NUSAX.open(encoding="utf-8") as handle:
        return [row[language] for row in csv.DictReader(handle)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t \n ", "empty"),
        ("12.000 345 --- !!! 2025", "letters"),
        ("😀😀🎉 👍 🔥🔥", "letters"),
        ("https://www.kompas.com/berita/2025/01/01/contoh", "link"),
    ],
)
def test_unusable_text_is_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(InputError, match=f"(?i){message}"):
        Pipeline(Settings.from_env()).run(text)


def test_mis_encoded_and_binary_files_are_refused() -> None:
    settings = Settings.from_env()
    with pytest.raises(InputError, match="does not look like text"):
        decode_text(b"PK\x03\x04\x00\x00binary zip", settings.max_upload_bytes)
    # Latin-1/cp1252 bytes are not UTF-8 but are still decoded as text.
    assert (
        decode_text("Jakarta — café".encode("cp1252"), settings.max_upload_bytes)
        == "Jakarta — café"
    )


def test_utf16_without_a_byte_order_mark_is_still_refused_as_binary() -> None:
    # Without the mark, UTF-16's NUL bytes cannot be told from binary data.
    with pytest.raises(InputError, match="does not look like text"):
        decode_text("Banjir melanda Jakarta.".encode("utf-16-le"), 10_000)
    marked = codecs.BOM_UTF16_LE + "Banjir melanda Jakarta.".encode("utf-16-le")
    assert decode_text(marked, 10_000) == "Banjir melanda Jakarta."


def test_html_pasted_into_the_box_is_stripped_and_said(tiny_settings: Settings) -> None:
    html = (
        "<html><body><script>alert(1)</script><p>Presiden Joko Widodo meresmikan jalan tol baru "
        "di Jawa Tengah pada hari Senin.</p><p>Jalan tol itu menghubungkan Semarang dan Solo "
        "sepanjang 40 kilometer.</p></body></html>"
    )
    result = Pipeline(tiny_settings).run(html)
    assert all("<" not in sentence.text for sentence in result.sentences)
    assert all("alert" not in sentence.text for sentence in result.sentences)
    assert any("HTML" in warning for warning in result.warnings)


def test_one_enormous_sentence_without_punctuation_is_translated_in_full(
    tiny_settings: Settings,
) -> None:
    words = ["pemerintah", "daerah", "membangun", "jalan", "baru", "untuk", "warga", "desa"]
    text = " ".join(words[i % len(words)] for i in range(2500)) + " PENUTUPZQ"
    translator = RecordingBackend(BackendPool().get("translation", tiny_settings))
    result = Pipeline(tiny_settings, translation_backend=translator).run(text, source_lang="id")
    assert len(result.sentences) == 1
    assert len(translator.inputs) > 10
    assert max(translator.count_tokens(translator.inputs)) <= translator.max_input_tokens
    # Batches go to the model sorted by length; as a multiset the pieces are exactly the text.
    assert Counter(" ".join(translator.inputs).split()) == Counter(text.split())
    assert result.sentences[0].translation.strip()


@pytest.mark.parametrize("language", ["javanese", "sundanese"])
def test_javanese_and_sundanese_are_not_supported(language: str) -> None:
    text = " ".join(nusax(language)[:4])
    with pytest.raises(LanguageError, match=r"(?i)(javanese|sundanese).*supported"):
        Pipeline(Settings.from_env()).run(text)


def test_indonesian_from_the_same_set_is_accepted() -> None:
    text = " ".join(nusax("indonesian")[:4])
    detection = Pipeline(Settings.from_env()).detect(text)
    assert detection.language == "id"


def test_forcing_the_language_skips_detection_of_too_short_text(tiny_settings: Settings) -> None:
    with pytest.raises(LanguageError, match="Too little text"):
        Pipeline(tiny_settings).run("Banjir Jakarta")
    result = Pipeline(tiny_settings).run("Banjir Jakarta", source_lang="id", bullets=1)
    assert result.language.used == "id" and len(result.sentences) == 1


def test_cli_reports_unsupported_language_in_one_line(tmp_path) -> None:
    path = tmp_path / "jv.txt"
    path.write_text(" ".join(nusax("javanese")[:4]), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["summarize", str(path)], stdout=out, stderr=err) == 1
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()


# --- errors with a public face: the operator's message, the visitor's, and the setting ----------


def raised(call: Callable[[], object]) -> SummarizerError:
    with pytest.raises(SummarizerError) as caught:
        call()
    return caught.value


def test_an_over_limit_text_names_its_variable_to_the_operator_only() -> None:
    error = raised(lambda: check_length("kata " * 30, Settings(max_chars=100)))
    assert isinstance(error, InputError) and error.setting == "SUMMARIZER_MAX_CHARS"
    assert "the limit is 100 (SUMMARIZER_MAX_CHARS)" in str(error)
    assert error.public == "The text has 150 characters; the limit is 100. Paste a shorter part " \
        "of the article."  # fmt: skip


def test_an_over_limit_file_names_its_variable_to_the_operator_only() -> None:
    error = raised(lambda: decode_text(b"x" * 1_001, 1_000))
    assert error.setting == "SUMMARIZER_MAX_UPLOAD_BYTES" and error.setting in str(error)
    assert "larger than 1,000 bytes" in error.public and "SUMMARIZER_" not in error.public


@pytest.mark.parametrize(
    ("make", "setting"),
    [
        (lambda: Settings.from_env({"SUMMARIZER_BULLETS": "99"}), "SUMMARIZER_BULLETS"),
        (lambda: Settings.from_env({"SUMMARIZER_THREADS": "many"}), "SUMMARIZER_THREADS"),
        (lambda: Settings.from_env({}, {"num_beams": 99}, flag_names={"num_beams": "--beams"}),
         "--beams"),
        (lambda: Settings(translation_model=" "), "SUMMARIZER_TRANSLATION_MODEL"),
    ],
)  # fmt: skip
def test_a_bad_setting_is_a_field_and_the_operators_message(
    make: Callable[[], object], setting: str
) -> None:
    error = raised(make)
    assert isinstance(error, ConfigError) and error.setting == setting
    assert str(error).startswith(setting)
    assert error.public == ConfigError.PUBLIC and setting not in error.public


def test_an_unloadable_model_names_its_directory_to_the_operator_only(tmp_path) -> None:
    missing = tmp_path / "no-such-model"
    settings = Settings(translation_model=str(missing))
    error = raised(lambda: BackendPool().get("translation", settings))
    assert isinstance(error, ModelLoadError) and error.setting == "SUMMARIZER_TRANSLATION_MODEL"
    assert str(missing) in str(error) and error.setting in str(error)
    assert str(tmp_path) not in error.public and "SUMMARIZER_" not in error.public


def test_the_cli_prints_the_operator_message(tmp_path) -> None:
    missing = tmp_path / "missing.txt"
    err = io.StringIO()
    assert main(["summarize", str(missing)], stdout=io.StringIO(), stderr=err) == 1
    assert f"Cannot read {missing}" in err.getvalue()  # the operator typed the path


def test_a_message_fit_for_anyone_is_both_faces() -> None:
    error = raised(lambda: Pipeline(Settings()).run("   "))
    assert error.public == str(error) and error.setting is None


def test_every_api_kind_comes_back_as_its_error_with_the_public_message() -> None:
    first_class = {kind.type: cls for cls, kind in reversed(API_KINDS)}
    for _cls, kind in API_KINDS:
        back = exception_for(kind.type, "Said to the caller.")
        assert kind_of(back) == kind and type(back) is first_class[kind.type], kind.type
        assert back.public == str(back) == "Said to the caller."


def test_an_error_crosses_processes_with_both_faces() -> None:
    error = ModelLoadError("/srv/models/marian", "no such directory", "SUMMARIZER_X")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ModelLoadError and str(copy) == str(error)
    assert (copy.public, copy.setting, copy.model) == (error.public, "SUMMARIZER_X", error.model)


def test_first_line_is_the_first_line_with_text() -> None:
    assert first_line(RuntimeError("\n  converter failed  \nTraceback: ...")) == "converter failed"
    assert first_line(OSError()) == "OSError"
    assert first_line(ValueError("x" * 500), limit=10) == "x" * 10


def test_a_foreign_error_matches_by_any_class_name_in_its_ancestry() -> None:
    timeout = type("TimeoutException", (Exception,), {})
    read_timeout = type("ReadTimeout", (timeout,), {})
    table = ((frozenset({"ConnectError"}), "connect"), (frozenset({"TimeoutException"}), "slow"))
    assert foreign_match(read_timeout(), table) == "slow"
    assert foreign_match(ValueError(), table) is None
