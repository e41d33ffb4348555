"""A flagged English sentence is marked, with its reason readable, on a desktop and on a phone.

The reading view's HTML (webui.reading, with webui.checks' note) is loaded into headless Debian
Chromium at a desktop and a phone width; the note must be visible, inside the screen, and say the
reason in words (no hovering). Skipped when /usr/bin/chromium is missing, as tests/test_browser.py.
"""

from __future__ import annotations

import pytest

from summarizer.check import check_sentences
from summarizer.result import Bullet, Coverage, LanguageInfo, Sentence, SummaryResult
from webui.reading import reading_html

from .test_browser import ARTIFACTS, chromium_browser

pytestmark = pytest.mark.browser


def flagged_result() -> SummaryResult:
    sentences = check_sentences(
        (
            Sentence(
                0,
                0,
                "Presiden mengunjungi KwaZulu-Natal.",
                "The president visited KwaZulu-Christmas.",
            ),
            Sentence(1, 0, "Harga beras naik 5 persen.", "Rice prices rose 5 percent."),
        )
    )
    return SummaryResult(
        language=LanguageInfo("id", 1.0, "id"),
        sentences=sentences,
        bullets=(Bullet("Rice prices rose 5 percent.", sources=(1,)),),
        models={},
        timings={},
        warnings=(),
        coverage=Coverage(2, 2, 1, 1),
    )


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_a_flagged_sentence_is_marked_with_its_reason(width: int, height: int) -> None:
    from playwright.sync_api import expect

    page_html = f"<!doctype html><html><body>{reading_html(flagged_result())}</body></html>"
    with chromium_browser() as browser:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.set_content(page_html)
        notes = page.locator("#rv-s1 .rv-check")
        expect(notes).to_be_visible()
        expect(notes).to_contain_text("⚠ Check:")
        expect(notes).to_contain_text("KwaZulu-Christmas")
        box = notes.bounding_box()
        english = page.locator("#rv-s1 .rv-en").bounding_box()
        assert box is not None and english is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= width  # on the screen
        # Right under the English sentence, in its column.
        assert abs(box["x"] - english["x"]) < 2
        assert english["y"] + english["height"] - 1 <= box["y"] <= english["y"] + 80
        page.screenshot(path=str(ARTIFACTS / f"check-note-{width}.png"), full_page=True)
        expect(page.locator("#rv-s2 .rv-check")).to_have_count(0)
