"""The page reads an uploaded PDF or Word file through the library, as the CLI does."""

from __future__ import annotations

import pytest

from summarizer.config import Settings
from summarizer.inputs import from_file
from webui import render

from .document_files import PARAGRAPHS_DOCX, Layout, docx_file, encrypted_pdf, layout_pdf
from .test_app import assert_result_page, error_text, shown, started, state_of, upload


def test_an_uploaded_pdf_is_summarised_with_its_provenance(tiny_env) -> None:
    data, _ = layout_pdf(Layout(columns=2, header=True, page_numbers=True))
    at = upload(started(), "siaran-pers.pdf", data, "application/pdf")
    result = shown(at)
    expected = from_file("siaran-pers.pdf", data, Settings.from_env())
    assert " ".join(s.text for s in result.sentences).split() == expected.text.split()
    assert result.source.document == expected.source.document
    assert result.source.title == Layout().title
    assert_result_page(at, result)
    line = render.source_markdown(result.source)
    assert "PDF, 1 page" in line and any(caption.value == line for caption in at.caption)


def test_an_uploaded_word_file_is_summarised(tiny_env) -> None:
    at = upload(started(), "rilis.docx", docx_file(PARAGRAPHS_DOCX), "application/octet-stream")
    result = shown(at)
    assert result.sentences[0].text == PARAGRAPHS_DOCX[0]
    assert result.source.document.kind == "docx"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("rahasia.pdf", encrypted_pdf(), "protected with a password"),
        ("rusak.docx", b"PK\x03\x04 rusak", "damaged or is not a .docx"),
    ],
    ids=["encrypted", "damaged"],
)
def test_a_bad_document_is_a_message_on_the_page(name: str, data: bytes, message: str) -> None:
    at = upload(started(), name, data, "application/octet-stream")
    assert message in error_text(at)
    assert state_of(at).shown is None
