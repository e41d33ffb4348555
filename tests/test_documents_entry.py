"""One document, every way in: the CLI's file argument, the API's base64 file, and a link served
from the loopback server give the same text and the same sentences."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from summarizer.api import create_app
from summarizer.cli._main import main
from summarizer.config import Settings
from summarizer.errors import NotAnArticleError
from summarizer.inputs import from_file, from_url
from summarizer.output import _export as export

from .document_files import PARAGRAPHS_DOCX, Layout, docx_file, layout_pdf
from .servers import LoopbackServer, send

PDF, _ = layout_pdf(Layout(columns=2, header=True, page_numbers=True, hyphenate=True))
DOCX = docx_file(PARAGRAPHS_DOCX, title="Bantuan Sekolah")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    server = LoopbackServer(
        {
            "/rilis/siaran-pers.pdf": send(200, PDF, "application/pdf"),
            "/unduh?id=7": send(200, PDF, "application/octet-stream"),
            "/rilis.docx": send(200, DOCX, DOCX_TYPE),
            "/berkas.bin": send(200, b"\x00\x01 bukan dokumen", "application/octet-stream"),
        }
    )
    yield server
    server.close()


def _sentences(result: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["text"], s["translation"]) for s in result["sentences"]]


def test_a_link_to_a_pdf_reads_as_the_file_does(site: LoopbackServer) -> None:
    settings = site.settings()
    given = from_file("siaran-pers.pdf", PDF, settings)
    fetched = from_url(site.url("/rilis/siaran-pers.pdf"), settings)
    assert fetched.text == given.text and fetched.warnings == given.warnings
    assert fetched.source.document == given.source.document
    assert fetched.source.title == given.source.title
    assert fetched.source.url == site.url("/rilis/siaran-pers.pdf")
    # A generic download is told by its bytes.
    assert from_url(site.url("/unduh?id=7"), settings).text == given.text


def test_a_link_to_a_word_file(site: LoopbackServer) -> None:
    article = from_url(site.url("/rilis.docx"), site.settings())
    assert article.text.split("\n\n") == PARAGRAPHS_DOCX
    assert article.source.title == "Bantuan Sekolah"
    assert article.source.document.file_name == "rilis.docx"


def test_a_download_that_is_no_document_is_refused(site: LoopbackServer) -> None:
    with pytest.raises(NotAnArticleError, match="not a PDF or Word"):
        from_url(site.url("/berkas.bin"), site.settings())


def test_a_document_over_the_fetch_limit_is_not_read(site: LoopbackServer) -> None:
    with pytest.raises(Exception, match="larger than the limit"):
        from_url(site.url("/rilis/siaran-pers.pdf"), site.settings(max_fetch_bytes=1_000))


def test_cli_api_and_link_give_the_same_sentences(
    tiny_env: Any, tmp_path: Path, site: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_ALLOW_LOOPBACK_URLS", "1")
    monkeypatch.setenv("SUMMARIZER_ALLOWED_PORTS", f"{site.port},80,443")
    path = tmp_path / "siaran-pers.pdf"
    path.write_bytes(PDF)
    out = io.StringIO()
    assert main(["summarize", str(path), "--json", "--bullets", "2"], stdout=out) == 0
    printed = json.loads(out.getvalue())
    client = TestClient(create_app(Settings.from_env()))
    encoded = base64.b64encode(PDF).decode()
    upload = client.post(
        "/v1/summarize",
        json={"file": {"name": "siaran-pers.pdf", "data": encoded}, "bullets": 2},
    )
    assert upload.status_code == 200, upload.text
    linked = client.post(
        "/v1/summarize", json={"url": site.url("/rilis/siaran-pers.pdf"), "bullets": 2}
    )
    assert linked.status_code == 200, linked.text
    assert _sentences(printed) == _sentences(upload.json()) == _sentences(linked.json())
    assert printed["sentences"], "the document gave no sentences"
    document = printed["source"]["document"]
    assert document == upload.json()["source"]["document"] == linked.json()["source"]["document"]
    assert document["file_name"] == "siaran-pers.pdf" and document["pages"] >= 1
    markdown = export.to_markdown(_result(printed))
    assert "- **Document:** siaran-pers.pdf (PDF, " in markdown


def _result(data: dict[str, Any]) -> Any:
    from summarizer.result import SummaryResult

    return SummaryResult.from_dict(data)


def test_api_refuses_bad_base64_and_names_the_document_problem() -> None:
    client = TestClient(create_app(Settings()))
    bad = client.post("/v1/summarize", json={"file": {"name": "a.pdf", "data": "%%%"}})
    assert bad.status_code == 422 and "base64" in bad.json()["error"]["message"]
    both = client.post(
        "/v1/summarize", json={"text": "Halo", "file": {"name": "a.pdf", "data": ""}}
    )
    assert both.status_code == 422 and "exactly one" in both.json()["error"]["message"]
    truncated = base64.b64encode(PDF[: len(PDF) // 2]).decode()
    broken = client.post("/v1/summarize", json={"file": {"name": "a.pdf", "data": truncated}})
    assert broken.status_code == 422
    assert broken.json()["error"]["type"] == "input_error"
    assert "This PDF is incomplete" in broken.json()["error"]["message"]


def test_api_body_limit_makes_room_for_a_full_upload_in_base64() -> None:
    from summarizer.api._app import max_body_bytes

    settings = Settings(max_upload_bytes=3_000_000, max_chars=1_000)
    assert max_body_bytes(settings) >= 4_000_000


def test_cli_names_a_bad_document_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "rusak.pdf"
    path.write_bytes(PDF[: len(PDF) // 3])
    err = io.StringIO()
    assert main(["summarize", str(path)], stdout=io.StringIO(), stderr=err) == 1
    assert err.getvalue().startswith("error: This PDF is incomplete")
    assert len(err.getvalue().strip().splitlines()) == 1
