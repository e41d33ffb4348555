"""The app in a real browser: ``streamlit run app.py`` driven by headless Debian Chromium.

Uses Debian's /usr/bin/chromium (Playwright's own browser downloads are not available here). When
it is missing the test is skipped, unless SUMMARIZER_REQUIRE_BROWSER=1 (CI), where that fails.
Screenshots go to artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STAGES = re.compile(r"^(Reading|Detecting|Loading the models|Translating|Summarising|Linking)")
START_TIMEOUT_S = 90
RUN_TIMEOUT_MS = 180_000


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: apt-get install chromium"
    if os.environ.get("SUMMARIZER_REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"streamlit did not become healthy:\n{log.read_text()[-3000:]}")


@pytest.fixture
def app_url(tiny_env, tmp_path: Path) -> Iterator[str]:
    """``streamlit run app.py`` on a free loopback port, with the tiny models; always stopped."""
    require_chromium()
    port = free_port()
    log = tmp_path / "streamlit.log"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=dict(os.environ), stdout=output, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def screenshot(page: Page, name: str, *, width: int) -> None:
    """The whole page: Streamlit scrolls an inner container, so the viewport is made as tall."""
    page.set_viewport_size({"width": width, "height": 900})
    page.wait_for_timeout(300)
    height = page.evaluate(
        """() => Math.max(document.body.scrollHeight,
            ...Array.from(document.querySelectorAll('[data-testid="stMain"], .stMain, section'))
                .map((element) => element.scrollHeight))"""
    )
    page.set_viewport_size({"width": width, "height": min(max(int(height), 900), 8000)})
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_example_summary_in_a_real_browser(app_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1100})
            page_errors: list[str] = []
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            page.goto(app_url, wait_until="domcontentloaded")
            expect(page.get_by_role("button", name="Try an example")).to_be_visible(timeout=60_000)

            # One click: the example is loaded and summarised.
            page.get_by_role("button", name="Try an example").click()
            # While it runs, the page says what it is doing, with a progress bar.
            expect(page.get_by_role("progressbar")).to_be_visible(timeout=60_000)
            expect(page.get_by_text(STAGES).first).to_be_visible()
            expect(page.locator(".st-key-bullet-1")).to_be_visible(timeout=RUN_TIMEOUT_MS)
            text = page.get_by_role("textbox", name="Article text (Indonesian)")
            expect(text).to_have_value(re.compile(r"^Kim Jong Un Tegaskan Dukungan"))

            # Summarize again: the same text and settings come back from the cache.
            page.get_by_role("button", name="Summarize", exact=True).click()
            bullets = page.locator(".st-key-bullet-2")
            expect(bullets).to_be_visible(timeout=RUN_TIMEOUT_MS)
            options = bullets.get_by_role("radio")
            assert options.count() >= 1
            assert options.nth(0).is_checked()

            # Every sentence of the original is shown, numbered, and the first bullet's
            # sources (its caption names them) are the highlighted ones.
            coverage = page.get_by_text(re.compile(r"^Translated \d+/\d+ sentences"))
            expect(coverage).to_be_visible()
            total = int(re.search(r"Translated (\d+)/", coverage.inner_text()).group(1))
            original = page.locator("div.original")
            expect(original).to_be_visible()
            assert original.locator("span.sentence").count() == total
            assert original.locator("script, img, svg, iframe").count() == 0
            caption = bullets.inner_text()
            cited = re.search(r"Sentences? ([\d, ]+)", caption)
            marked = original.locator("span.sentence:has(mark)")
            expected = [int(n) for n in cited.group(1).split(",")] if cited else []
            assert [
                int(marked.nth(i).get_attribute("id")[1:]) for i in range(marked.count())
            ] == sorted(expected)

            # The translation, aligned sentence by sentence, opens in its expander.
            expander = page.get_by_text("Full English translation, sentence by sentence")
            expect(expander).to_be_visible()
            expander.click()
            table = page.locator("table.translation")
            expect(table).to_be_visible()
            assert table.locator("tr").count() == total + 1
            expect(page.get_by_role("button", name="Download Markdown")).to_be_visible()
            expect(page.get_by_role("button", name="Download JSON")).to_be_visible()

            expect(page.get_by_role("button", name="Stop")).to_be_hidden(timeout=RUN_TIMEOUT_MS)
            screenshot(page, "browser.png", width=1400)
            screenshot(page, "browser-narrow.png", width=420)  # columns stack on a phone
            assert page_errors == []
        finally:
            browser.close()
