"""The page's queue in a real browser: two visitors (two browser contexts) on one server that runs
one summary at a time; while the first one's run goes on, the second sees "1 article ahead of
yours", then gets its summary; a third, with the queue full, reads that the demo is busy and when
to try again. The runs are held a few seconds each (tests/held_page.py) so that they overlap.

Screenshots of what the waiting and the refused visitor see go to the test artifacts; with
UPDATE_DOCS_SCREENSHOTS=1 they replace docs/queue-*.png (README, "A fair queue"), so that a test
run never rewrites tracked files.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from .conftest import INDOSUM
from .test_browser import (
    ARTIFACTS,
    RUN_TIMEOUT_MS,
    chromium_browser,
    start_app,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
# Where the screenshots go: docs/ only when asked (see the module docstring).
SHOTS = ROOT / "docs" if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1" else ARTIFACTS
HELD_S = 8
# Three ordinary articles (about 1,800-2,000 characters each), so the waits are an article's.
TEXTS = tuple(json.loads(line)["article"] for line in INDOSUM.read_text().splitlines()[:3])


def summarize(page, url: str, text: str) -> None:
    from playwright.sync_api import expect

    page.goto(url, wait_until="domcontentloaded")
    box = page.get_by_role("textbox", name="Article text (Indonesian)")
    expect(box).to_be_visible(timeout=60_000)
    box.fill(text)
    box.press("Control+Enter")  # Streamlit keeps a text area's value on Ctrl+Enter
    page.wait_for_timeout(500)
    page.get_by_role("button", name="Summarize", exact=True).click()


def test_a_second_visitor_sees_one_article_ahead_while_the_first_runs(
    tiny_env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    monkeypatch.setenv("SUMMARIZER_SHARE_DB", str(tmp_path / "shares.sqlite3"))
    monkeypatch.setenv("SUMMARIZER_QUEUE_RUNS", "1")
    monkeypatch.setenv("SUMMARIZER_QUEUE_LENGTH", "1")
    monkeypatch.setenv("HELD_PAGE_RUN_S", str(HELD_S))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # tests/held_page.py imports the checkout
    app = start_app(tmp_path / "app.log", "tests/held_page.py")
    try:
        with chromium_browser() as browser:
            visitors = [
                browser.new_context(viewport={"width": 1100, "height": 800}).new_page()
                for _ in TEXTS
            ]
            errors: list[str] = []
            for page in visitors:
                page.on("pageerror", lambda error: errors.append(str(error)))
            first, second, third = visitors

            summarize(first, app.url, TEXTS[0])
            expect(first.get_by_text(re.compile(r"^Translating"))).to_be_visible(timeout=60_000)

            summarize(second, app.url, TEXTS[1])
            waiting = second.get_by_text("1 article ahead of yours")
            expect(waiting).to_be_visible(timeout=30_000)
            assert re.search(r"about \d+ s", waiting.inner_text())
            second.screenshot(path=str(SHOTS / "queue-waiting.png"))

            summarize(third, app.url, TEXTS[2])
            busy = third.get_by_text("The demo is busy")
            expect(busy).to_be_visible(timeout=30_000)
            expect(third.get_by_text(re.compile(r"try again in about \d+"))).to_be_visible()
            third.screenshot(path=str(SHOTS / "queue-busy.png"))

            # The first visitor's summary comes; then the second's run starts and ends.
            expect(first.locator(".rv-bullet").first).to_be_visible(timeout=RUN_TIMEOUT_MS)
            expect(waiting).to_be_hidden(timeout=30_000)
            expect(second.locator(".rv-bullet").first).to_be_visible(timeout=RUN_TIMEOUT_MS)
            assert errors == []
    finally:
        app.stop()
