"""PDF and Word documents read as a reader would copy them, and every bad document refused with
its own message, within the time and memory budget (summarizer.inputs._documents)."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator

import pytest

from summarizer.config import Settings
from summarizer.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooComplexError,
    EncryptedDocumentError,
    InputError,
    ScannedDocumentError,
)
from summarizer.inputs import _documents, _layout, from_file
from summarizer.output import _export as export

from . import document_files as files
from .document_files import FOOTER, HEADER, Layout, layout_pdf, word_f1
from .servers import LoopbackServer

LAYOUTS = {
    "one column": Layout(),
    "two columns": Layout(columns=2, articles=2),
    "running header, footer, page numbers": Layout(
        header=True, footer=True, page_numbers=True, articles=3
    ),
    "hyphenation": Layout(hyphenate=True, articles=2, start=3),
    "table and caption": Layout(table=True, start=5),
    "everything, two columns": Layout(
        columns=2,
        header=True,
        footer=True,
        page_numbers=True,
        hyphenate=True,
        table=True,
        articles=4,
        start=8,
    ),
}


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


def _body(expected: str, layout: Layout) -> list[str]:
    """The paragraphs put in, without the table rows and caption (which follow the text)."""
    paragraphs = expected.split("\n\n")
    return paragraphs[: -len(files.TABLE) - 1] if layout.table else paragraphs


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_pdf_text_is_what_was_put_in(name: str, settings: Settings) -> None:
    layout = LAYOUTS[name]
    data, expected = layout_pdf(layout)
    article = from_file("siaran-pers.pdf", data, settings)
    assert word_f1(article.text, expected) >= 0.98
    for furniture in (HEADER, FOOTER, "Halaman"):
        assert furniture not in article.text
    paragraphs = article.text.split("\n\n")
    # Reading order, joined hyphenation and whole sentences: every paragraph comes back intact,
    # in order (the table and caption follow the paragraph they interrupted).
    body = _body(expected, layout)
    assert [p for p in paragraphs if p in body] == body
    assert all(line.isdigit() is False for line in paragraphs)


def test_a_sentence_cut_by_a_table_is_joined_and_the_table_follows(settings: Settings) -> None:
    layout = Layout(table=True, start=5)
    data, expected = layout_pdf(layout)
    paragraphs = from_file("tabel.pdf", data, settings).text.split("\n\n")
    interrupted = _body(expected, layout)[2]  # the second paragraph of the article
    at = paragraphs.index(interrupted)
    rows = [" ".join(row) for row in files.TABLE]
    assert paragraphs[at + 1 : at + 2 + len(rows)] == [*rows, files.CAPTION]


def test_title_from_metadata_else_first_heading_and_pages_in_the_provenance(
    settings: Settings,
) -> None:
    data, _ = layout_pdf(Layout(articles=3, metadata_title="Siaran Pers Nomor 12"))
    article = from_file("rilis.pdf", data, settings)
    assert article.source.title == "Siaran Pers Nomor 12"
    document = article.source.document
    assert document is not None
    assert (document.file_name, document.kind) == ("rilis.pdf", "pdf")
    assert document.pages == document.pages_read and document.pages >= 2
    data, _ = layout_pdf(Layout())
    assert from_file("rilis.pdf", data, settings).source.title == Layout().title
    data, _ = layout_pdf(Layout(title=None))
    assert from_file("rilis.pdf", data, settings).source.title == "rilis.pdf"


def test_over_max_pages_the_first_pages_are_read_with_a_partial_note() -> None:
    data, _ = layout_pdf(Layout(articles=6, page_numbers=True))
    full = from_file("panjang.pdf", data, Settings())
    pages = full.source.document.pages
    assert pages >= 3
    article = from_file("panjang.pdf", data, Settings(max_pages=2))
    document = article.source.document
    assert (document.pages, document.pages_read) == (pages, 2)
    assert article.warnings == (
        f"This PDF has {pages} pages; only the first 2 were read (the page limit), so the text "
        "is partial.",
    )
    assert full.text.startswith(article.text[:2000]) and len(article.text) < len(full.text)
    assert "the first 2 read" in export.document_line(document)


def test_max_pages_setting_is_read_from_the_environment() -> None:
    assert Settings().max_pages == 50
    assert Settings.from_env({"SUMMARIZER_MAX_PAGES": "7"}).max_pages == 7


def test_a_pdf_is_told_by_its_bytes_whatever_its_name(settings: Settings) -> None:
    data, _ = layout_pdf(Layout())
    assert from_file("unduhan", data, settings, unknown_as_text=True).source.document.kind == "pdf"
    assert from_file("-", data, settings).source.document.file_name == "document"


# --- bad documents ------------------------------------------------------------------------------


def test_encrypted_pdf(settings: Settings) -> None:
    with pytest.raises(EncryptedDocumentError, match="protected with a password"):
        from_file("rahasia.pdf", files.encrypted_pdf(), settings)


def test_scanned_pdf_without_a_text_layer(settings: Settings) -> None:
    with pytest.raises(ScannedDocumentError) as caught:
        from_file("pindaian.pdf", files.image_only_pdf(), settings)
    assert str(caught.value).startswith("This PDF is a scanned image; it has no text to translate.")


def test_truncated_pdf(settings: Settings) -> None:
    data, _ = layout_pdf(Layout(articles=2))
    with pytest.raises(CorruptDocumentError, match="incomplete: the file ends before"):
        from_file("terpotong.pdf", data[: len(data) // 2], settings)


def test_corrupt_pdf(settings: Settings) -> None:
    with pytest.raises(CorruptDocumentError, match="damaged and cannot be read"):
        from_file("rusak.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n", settings)


def test_a_file_named_pdf_that_is_not_one(settings: Settings) -> None:
    with pytest.raises(CorruptDocumentError, match="not a PDF"):
        from_file("palsu.pdf", b"Ini hanya teks biasa, bukan PDF.", settings)


def test_compression_bomb_stops_at_the_memory_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_documents, "MEMORY_BYTES", 600 * 2**20)
    started = time.monotonic()
    with pytest.raises(DocumentTooComplexError, match="more memory than allowed"):
        from_file("bom.pdf", files.compression_bomb_pdf(900), Settings(fetch_timeout=15))
    assert time.monotonic() - started < 30


def test_time_budget_stops_a_pathological_pdf() -> None:
    settings = Settings(fetch_timeout=0.5)  # 2 x 0.5 s to read
    data = files.slow_pdf()
    started = time.monotonic()
    with pytest.raises(DocumentTooComplexError, match=r"longer than the 1 s allowed") as caught:
        from_file("lambat.pdf", data, settings)
    assert time.monotonic() - started < 5
    assert caught.value.setting == "SUMMARIZER_FETCH_TIMEOUT"
    assert "SUMMARIZER" in str(caught.value) and "SUMMARIZER" not in caught.value.public


def test_too_large_a_document_is_refused_before_reading() -> None:
    data, _ = layout_pdf(Layout())
    with pytest.raises(InputError, match="larger than 1,000 bytes"):
        from_file("besar.pdf", data, Settings(max_upload_bytes=1_000))


# --- Word ---------------------------------------------------------------------------------------

PARAGRAPHS = files.PARAGRAPHS_DOCX


def test_docx_paragraphs_tables_and_title(settings: Settings) -> None:
    data = files.docx_file(
        PARAGRAPHS, title="Bantuan Sekolah", table=True, header="KOP SURAT DINAS PENDIDIKAN"
    )
    article = from_file("rilis.docx", data, settings)
    rows = [" ".join(row) for row in files.TABLE]
    assert article.text.split("\n\n") == [PARAGRAPHS[0], *rows, files.CAPTION, PARAGRAPHS[1]]
    assert "KOP SURAT" not in article.text  # running headers live in their own part
    assert article.source.title == "Bantuan Sekolah"
    assert article.source.document.kind == "docx"
    assert article.warnings == ()


def test_docx_title_from_its_first_heading(settings: Settings) -> None:
    data = files.docx_file(PARAGRAPHS, heading="Siaran Pers: Bantuan Sekolah")
    article = from_file("rilis.docx", data, settings)
    assert article.source.title == "Siaran Pers: Bantuan Sekolah"
    assert article.text.split("\n\n")[0] == "Siaran Pers: Bantuan Sekolah"


def test_docx_zip_bomb(settings: Settings) -> None:
    data = files.zip_bomb_docx(files.docx_file(PARAGRAPHS), megabytes=200)
    with pytest.raises(DocumentTooComplexError, match="zip bomb"):
        from_file("bom.docx", data, settings)


@pytest.fixture
def watcher() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    yield server
    server.close()


def test_docx_external_references_are_never_fetched(
    settings: Settings, watcher: LoopbackServer
) -> None:
    rels = files.REMOTE_TEMPLATE_RELS.replace(b"http://127.0.0.1:9/", watcher.url("/").encode())
    data = files.rezipped(files.docx_file(PARAGRAPHS), {"word/_rels/settings.xml.rels": rels})
    article = from_file("templat.docx", data, settings)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.warnings == (
        "This Word file refers to outside files (attachedTemplate); they were not fetched, only "
        "the text in the file itself was read.",
    )
    assert watcher.requests == []


def test_docx_with_entity_declarations(settings: Settings) -> None:
    source = files.docx_file(PARAGRAPHS)
    xml = zipfile.ZipFile(__import__("io").BytesIO(source)).read("word/document.xml")
    laughs = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "haha">]>' + xml.split(b"?>", 1)[1]
    data = files.rezipped(source, word__document_xml=laughs)
    with pytest.raises(DocumentTooComplexError, match="XML declarations that Word never writes"):
        from_file("tawa.docx", data, settings)


def test_damaged_docx(settings: Settings) -> None:
    data = files.docx_file(PARAGRAPHS)
    with pytest.raises(CorruptDocumentError, match=r"damaged or is not a \.docx"):
        from_file("rusak.docx", data[: len(data) // 2], settings)


def test_empty_docx(settings: Settings) -> None:
    with pytest.raises(DocumentError, match="no text"):
        from_file("kosong.docx", files.docx_file([]), settings)


# --- the cleaning rules on their own -----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("pemerin-", "tah pusat", "pemerintah pusat"),
        ("para anak-", "anak bermain", "para anak-anak bermain"),
        ("sehari-", "hari ini", "sehari-hari ini"),
        ("pasca-", "Covid melanda", "pasca-Covid melanda"),
        ("abad ke-", "20 ini", "abad ke-20 ini"),
        ("tahun 2020 -", "2024", "tahun 2020 - 2024"),
        ("kata", "dia", "kata dia"),
        ("ke\u00ad", "mudian", "kemudian"),
    ],
)
def test_join_lines(first: str, second: str, joined: str) -> None:
    assert _layout.join_lines(first, second) == joined


def test_join_lines_follows_the_documents_own_spelling() -> None:
    from collections import Counter

    assert _layout.join_lines("bolak-", "balik", Counter({"bolak-balik": 2})) == "bolak-balik"
    assert _layout.join_lines("data-", "base", Counter({"database": 1})) == "database"


@pytest.mark.parametrize("text", ["3", "- 12 -", "Halaman 4", "hal. 5 dari 9", "Page 2 of 7", "iv"])
def test_page_numbers_in_the_margins_are_dropped(text: str) -> None:
    body = [
        _layout.Line(f"Kalimat isi nomor {n}.", 56, 500, 100 + 13 * n, 110 + 13 * n)
        for n in range(5)
    ]
    page = _layout.Page(595, 842, (*body, _layout.Line(text, 280, 300, 800, 810)))
    assert [line.text for line in _layout.drop_running_lines([page])[0].lines] == [
        line.text for line in body
    ]


def test_a_justified_line_split_at_wide_spaces_is_one_line_but_a_table_stays_a_table() -> None:
    line = _layout.Line
    wide = (line("Kiper", 56, 80, 100, 110), line("sekaligus", 110, 160, 100, 110))
    rows = _layout._column_rows([*wide, line("Kapten Juventus", 56, 300, 113, 123)], (0, 0, 0))
    assert [row.text for row in rows] == ["Kiper sekaligus", "Kapten Juventus"]
    assert not any(row.table for row in rows)
    table = [
        line("Jawa Barat", 56, 100, 200, 208),
        line("1.250", 200, 230, 200, 208),
        line("Jawa Timur", 56, 100, 213, 221),
        line("1.105", 200, 230, 213, 221),
    ]
    rows = _layout._column_rows(table, (0, 0, 0))
    assert [row.text for row in rows] == ["Jawa Barat 1.250", "Jawa Timur 1.105"]
    assert all(row.table for row in rows)


def test_a_capitalised_word_split_at_a_line_end_follows_the_document() -> None:
    from collections import Counter

    vocabulary = Counter({"steelseries": 3})
    assert (
        _layout.join_lines("mouse Steel-", "Series Rival", vocabulary) == "mouse SteelSeries Rival"
    )


def test_a_document_over_the_character_limit_is_read_up_to_it_with_a_note() -> None:
    data, _ = layout_pdf(Layout(articles=3))
    full = from_file("panjang.pdf", data, Settings())
    limit = len(full.text) // 2
    article = from_file("panjang.pdf", data, Settings(max_chars=limit))
    assert len(article.text) <= limit and full.text.startswith(article.text)
    kept = article.text.count("\n\n") + 1
    total = full.text.count("\n\n") + 1
    assert article.warnings == (
        f"This document's text is longer than the limit of {limit:,} characters; only its first "
        f"{kept} of {total} paragraphs were read, so the text is partial.",
    )
