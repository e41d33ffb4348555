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
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

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


@contextmanager
def chromium_browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, closed on the way out (skipped or failed as
    :func:`require_chromium` says when it is missing); the artifacts folder exists."""
    from playwright.sync_api import sync_playwright

    require_chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


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


class App:
    """``streamlit run app.py`` (or another ``script``, e.g. a test's wrapper around it) on a free
    loopback port, with the environment of the test."""

    def __init__(self, log: Path, script: str = "app.py") -> None:
        port = free_port()
        command = [
            sys.executable, "-m", "streamlit", "run", script,
            "--server.headless", "true",
            "--server.port", str(port),
            "--server.address", "127.0.0.1",
            "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=dict(os.environ), stdout=output, stderr=subprocess.STDOUT
            )
        self.url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(self.url, self.process, log)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


def start_app(log: Path, script: str = "app.py") -> App:
    return App(log, script)


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


def in_viewport(page: Page, selector: str) -> bool:
    """Whether the element's top is inside the window (its first line can be read)."""
    return bool(
        page.locator(selector).first.evaluate(
            "(e) => { const r = e.getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight - 40; }"
        )
    )


def summarise_example(page: Page, app_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(app_url, wait_until="domcontentloaded")
    expect(page.get_by_role("button", name="Try an example")).to_be_visible(timeout=60_000)
    page.get_by_role("button", name="Try an example").click()
    expect(page.locator("#rv-summary-h")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.locator(".rv-bullet").first).to_be_visible(timeout=RUN_TIMEOUT_MS)
    page.wait_for_timeout(1500)  # the scroll to the result (retried while the view mounts)


def check_reading_view(page: Page) -> None:
    """English visible without a click, aligned with lang="id" originals; a bullet's sentences
    highlighted in both languages and scrolled into view inside the box."""
    from playwright.sync_api import expect

    rows = page.locator(".rv-row")
    total = rows.count()
    assert total > 10
    expect(rows.first.locator(".rv-en")).to_be_visible()  # no expander to open
    assert page.locator('.rv-id[lang="id"]').count() == total
    assert page.locator('.rv-en[lang="en"]').count() == total
    assert page.locator(".stHtml img, .stHtml svg, .stHtml iframe").count() == 0
    assert page.locator("h1").count() == 1


def saved_link(app_url: str, klikwartaku_text: str) -> str:
    """A saved result whose bullets cite known sentences (a random tiny model cites none)."""
    import dataclasses

    from summarizer.config import Settings
    from summarizer.output import SharedResult, open_store
    from summarizer.pipeline import Pipeline
    from summarizer.result import Bullet

    settings = Settings.from_env()
    result = Pipeline(settings).run(klikwartaku_text)
    cited = (Bullet("A bullet from early sentences.", (1, 2)), Bullet("A later one.", (20, 22)))
    result = dataclasses.replace(result, bullets=cited)
    share_id = open_store(settings).save(
        SharedResult.of("text", klikwartaku_text, result, settings)
    )
    return f"{app_url}/?r={share_id}"


def check_highlight(page: Page) -> None:
    """The last bullet's sentences highlighted in both languages, the first of them scrolled
    into view inside the text's box."""
    cites = page.locator(".rv-cite")
    assert cites.count() >= 1
    last = cites.nth(cites.count() - 1)
    wanted = last.evaluate("(b) => b.closest('.rv-bullet').dataset.rvSources").split()
    last.click()
    page.wait_for_timeout(800)
    highlighted = page.locator(".rv-row.rv-hl").evaluate_all("(r) => r.map((e) => e.dataset.rvS)")
    assert highlighted == wanted
    assert last.get_attribute("aria-pressed") == "true"
    first = page.locator(f"#rv-s{wanted[0]}")
    box = page.locator(".rv-box").bounding_box()
    row = first.bounding_box()
    assert box and row and box["y"] - 1 <= row["y"] <= box["y"] + box["height"] - 20
    for cell in (".rv-id", ".rv-en"):  # both languages highlighted
        background = first.evaluate("(e) => getComputedStyle(e).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent"), cell


def test_reading_share_and_odd_links_in_a_real_browser(
    tiny_env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, klikwartaku_text: str
) -> None:
    """One app, restarted once: the reading view on desktop and phone in both themes, a pasted
    text's permalink reopened without a model run (also after the restart), odd links."""
    from playwright.sync_api import expect

    monkeypatch.setenv("SUMMARIZER_SHARE_DB", str(tmp_path / "shares.sqlite3"))
    app = start_app(tmp_path / "first.log")
    try:
        with chromium_browser() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            summarise_example(page, app.url)
            assert in_viewport(page, "#rv-summary-h"), "summary not in view (desktop)"
            page.screenshot(path=str(ARTIFACTS / "reading-1400-light.png"))
            check_reading_view(page)

            # Share: the pasted text is stored only now; the address becomes the permalink.
            bullets = page.locator(".rv-bullet-text").all_inner_texts()
            page.get_by_role("button", name="Share").click()
            expect(
                page.get_by_text("anyone with this link sees exactly this result")
            ).to_be_visible(timeout=30_000)
            link = page.locator("code").filter(has_text="?r=").first.inner_text().strip()
            assert "?r=" in link

            # A fresh context (another visitor) sees the same bullets, and no model ran.
            other = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
            phone = other.new_page()
            phone.goto(link, wait_until="domcontentloaded")
            expect(phone.locator(".rv-bullet").first).to_be_visible(timeout=60_000)
            assert phone.locator(".rv-bullet-text").all_inner_texts() == bullets
            expect(phone.get_by_text("no model was run")).to_be_visible()
            phone.wait_for_timeout(1500)
            phone.screenshot(path=str(ARTIFACTS / "reading-390-dark.png"))
            background = phone.locator(".stApp").evaluate(
                "(e) => getComputedStyle(e).backgroundColor"
            )
            assert background != "rgb(255, 255, 255)"  # the dark theme renders
            other.close()

            # Phone, light: the summary is in view after Summarize; English first.
            small = browser.new_page(viewport={"width": 390, "height": 844})
            summarise_example(small, app.url)
            assert in_viewport(small, "#rv-summary-h"), "summary not in view (phone)"
            small.screenshot(path=str(ARTIFACTS / "reading-390-light.png"))
            assert small.locator(".rv-row .rv-id").first.is_hidden()
            assert small.locator(".rv-row .rv-en").first.is_visible()
            small.get_by_text("Show the Indonesian original").click()
            assert small.locator(".rv-row .rv-id").first.is_visible()

            # Desktop dark, a result whose bullets cite sentences: choosing one highlights them.
            dark = browser.new_page(viewport={"width": 1400, "height": 900}, color_scheme="dark")
            dark.goto(saved_link(app.url, klikwartaku_text), wait_until="domcontentloaded")
            expect(dark.locator(".rv-cite").first).to_be_visible(timeout=60_000)
            dark.wait_for_timeout(1000)
            check_highlight(dark)
            dark.screenshot(path=str(ARTIFACTS / "reading-1400-dark.png"))

            # Odd link values never break the page.
            for query in ("?bullets=%C2%B2", "?bullets=%E2%91%A0", "?bullets=" + "9" * 300):
                odd = browser.new_page()
                odd.goto(app.url + "/" + query, wait_until="domcontentloaded")
                expect(odd.get_by_text("number of bullets is not")).to_be_visible(timeout=60_000)
                assert odd.locator('[data-testid="stException"]').count() == 0
                odd.close()
            assert errors == []

            # After a restart the link still shows the same result.
            app.stop()
            app = start_app(tmp_path / "second.log")
            again = browser.new_page()
            again.goto(link.replace(link.split("/?")[0], app.url), wait_until="domcontentloaded")
            expect(again.locator(".rv-bullet").first).to_be_visible(timeout=60_000)
            assert again.locator(".rv-bullet-text").all_inner_texts() == bullets
            expect(again.get_by_text("no model was run")).to_be_visible()
    finally:
        app.stop()
