"""Odd input through the library and the CLI: a clear message, never a traceback or silent loss."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter

import pytest

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.errors import InputError, LanguageError
from summarizer.models import get_backend
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
    translator = RecordingBackend(get_backend("translation", tiny_settings))
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
