"""A PDF uploaded in a real browser (headless Debian Chromium against ``streamlit run app.py``)
gives the same aligned reading view as a pasted article, with the document's provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from .document_files import FOOTER, HEADER, Layout, layout_pdf
from .test_browser import (
    ARTIFACTS,
    RUN_TIMEOUT_MS,
    check_reading_view,
    chromium_browser,
    start_app,
)

pytestmark = pytest.mark.browser


def test_an_uploaded_pdf_is_read_into_the_aligned_reading_view(
    tiny_env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    monkeypatch.setenv("SUMMARIZER_SHARE_DB", str(tmp_path / "shares.sqlite3"))
    # Two columns, running header and footer, page numbers: what the reader must not see.
    data, _expected = layout_pdf(
        Layout(columns=2, header=True, footer=True, page_numbers=True, articles=2)
    )
    document = tmp_path / "siaran-pers.pdf"
    document.write_bytes(data)
    app = start_app(tmp_path / "app.log")
    try:
        with chromium_browser() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(app.url, wait_until="domcontentloaded")
            page.get_by_role("tab", name="Upload a file").click()
            page.locator('input[type="file"]').set_input_files(str(document))
            expect(page.get_by_text("siaran-pers.pdf").first).to_be_visible(timeout=30_000)
            page.get_by_role("button", name="Summarize file").click()
            expect(page.locator("#rv-summary-h")).to_be_visible(timeout=RUN_TIMEOUT_MS)
            expect(page.locator(".rv-bullet").first).to_be_visible(timeout=RUN_TIMEOUT_MS)
            page.wait_for_timeout(1000)
            check_reading_view(page)
            originals = " ".join(page.locator(".rv-id").all_inner_texts())
            # No running header, footer or page number read as text.
            assert HEADER not in originals and FOOTER not in originals
            assert "Halaman" not in originals
            # The provenance: the file name and its page count.
            expect(page.get_by_text("siaran-pers.pdf (PDF,").first).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "document-upload-1400.png"))
            assert not errors
    finally:
        app.stop()
