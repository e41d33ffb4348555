"""The Streamlit app (app.py), driven through streamlit.testing's AppTest.

Models are the tiny random-weight ones, configured through the same environment variables users
set (the ``tiny_env`` fixture). What they write is meaningless, so these tests assert structure:
what is on the page, that it matches the result, that errors read as messages, never the words.
URL input is served by a real HTTP server on loopback (allowed only through the settings).
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from summarizer.config import Settings
from summarizer.errors import BusyError, ConfigError, InputError, ModelLoadError, SummarizerError
from summarizer.inputs import check_length
from summarizer.output import _export as export
from summarizer.result import SummaryResult
from webui import errors, render
from webui.state import STATE_KEY, PageState

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
EXAMPLE = ROOT / "examples" / "klikwartaku-kim-lavrov.txt"

SHORT_ID = (
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin. "
    "Harga beras naik 3,5 persen dan pemerintah menyiapkan Rp 2 triliun untuk bantuan.\n\n"
    "Menurut pejabat Barat, sekitar 11.000 tentara dikirim ke Rusia selama setahun terakhir."
)
DUTCH = (
    "De gemeenteraad heeft gisteren besloten om de bibliotheek in het centrum te sluiten. "
    "Veel inwoners zijn boos over het besluit en willen dat de wethouder het opnieuw bekijkt. "
    "Volgende week wordt er een demonstratie gehouden voor het stadhuis."
)
NUSAX = ROOT / "tests" / "fixtures" / "corpus" / "langid" / "nusax_12lang_50.csv"
PAGE_PATH = "/berita/banjir-jakarta"
# A news page whose title and text carry markup as text: it must be shown, never interpreted.
PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>&lt;script&gt;alert(1)&lt;/script&gt; Banjir Rendam Ratusan Rumah di Jakarta Timur</title>
<meta property="og:site_name" content="Berita Contoh">
<meta property="article:published_time" content="2024-02-03T08:00:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article>
<h1>&lt;script&gt;alert(1)&lt;/script&gt; Banjir Rendam Ratusan Rumah di Jakarta Timur</h1>
<p>Hujan deras yang mengguyur Jakarta sejak Jumat malam membuat ratusan rumah di Jakarta Timur
terendam banjir setinggi satu meter pada Sabtu pagi.</p>
<p>Kepala Badan Penanggulangan Bencana Daerah DKI Jakarta mengatakan sebanyak 350 keluarga
terpaksa mengungsi ke masjid dan sekolah terdekat.</p>
<p>Petugas gabungan dari pemadam kebakaran, polisi dan relawan mengerahkan perahu karet untuk
mengevakuasi warga lanjut usia dan anak-anak.</p>
<p>Kode &lt;svg onload=alert(1)&gt; dan tautan [klik](javascript:alert(1)) beredar di media
sosial. Pemerintah provinsi menyiapkan dapur umum serta bantuan makanan bagi para pengungsi.</p>
</article>
<footer>Hak cipta 2024 Berita Contoh</footer>
</body></html>"""

# The only markup the app builds itself (webui/reading.py), and its only attributes.
ALLOWED_TAGS = {
    "style", "script", "div", "section", "h2", "ol", "li", "span", "button", "p", "label", "input",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "class", "id", "lang", "type", "aria-pressed", "aria-controls", "aria-label", "aria-hidden",
    "aria-labelledby", "title", "tabindex", "role", "data-rv-sources", "data-rv-s", "data-rv-run",
}  # fmt: skip


# --- helpers ---------------------------------------------------------------------------------


def nusax(language: str) -> list[str]:
    with NUSAX.open(encoding="utf-8") as handle:
        return [row[language] for row in csv.DictReader(handle)]


def new_app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=120)


def state_of(at: AppTest) -> PageState:
    """The page's session state (the one typed object the page keeps)."""
    return at.session_state[STATE_KEY]


def started() -> AppTest:
    at = new_app()
    at.run()
    assert not at.exception
    return at


def submit_text(at: AppTest, text: str) -> AppTest:
    at.text_area(key="text").set_value(text)
    at.button(key="run_text").click().run()
    assert not at.exception
    return at


def submit_url(at: AppTest, url: str) -> AppTest:
    at.text_input(key="url").set_value(url)
    at.button(key="run_url").click().run()  # the form's submit button
    assert not at.exception
    return at


def plain(markdown: str) -> str:
    """What escaped Markdown shows: backslash escapes, entities and word joiners undone."""
    unescaped = html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown))
    return unescaped.replace(render.WORD_JOINER, "")


def shown(at: AppTest) -> SummaryResult:
    value = state_of(at).shown
    assert value is not None, [error.value for error in at.error]
    return value.result


def html_bodies(at: AppTest) -> list[str]:
    return [element.value for element in at.get("html")]


def original_body(at: AppTest) -> str:
    """The reading view: the summary and the article's aligned rows."""
    (body,) = [body for body in html_bodies(at) if 'id="reading-view"' in body]
    return body.split("</style>", 1)[1].split("<script>", 1)[0]


def marked_sentences(body: str) -> set[int]:
    """Indices of the highlighted rows."""
    return {
        int(number) - 1
        for number in re.findall(r'<div class="rv-row[^"]*\brv-hl\b[^"]*" id="rv-s(\d+)"', body)
    }


def row_cells(body: str) -> list[tuple[str, str, str]]:
    """Each row's number, original and English, as written in the HTML."""
    return re.findall(
        r'<span class="rv-num"[^>]*>(\d+)</span><p class="rv-id" lang="id">(.*?)</p>'
        r'<p class="rv-en" lang="en">(.*?)</p>',
        body,
    )


def markdown_values(at: AppTest) -> list[str]:
    """Every text the page renders as Markdown (elements, alerts, widget labels, captions)."""
    values: list[str] = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "title"):
        values += [element.value for element in getattr(at, kind)]
    values += [element.value for element in at.subheader]
    for radio in at.radio:
        values += [radio.label, *radio.options, *radio.proto.captions]
    values += [button.label for button in at.button]
    return values


def assert_no_markup_interpreted(at: AppTest) -> None:
    """No Markdown value carries raw HTML; HTML elements hold only the markup the app builds."""
    for value in markdown_values(at):
        assert "<" not in value and ">" not in value, value
    for body in html_bodies(at):
        tags = re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", body)
        assert set(tags) <= ALLOWED_TAGS, set(tags) - ALLOWED_TAGS
        for attributes in re.findall(r"<[a-zA-Z][a-zA-Z0-9]*((?:\s[^>]*)?)>", body):
            names = set(re.findall(r'([\w-]+)="[^"]*"', attributes))
            assert names <= ALLOWED_ATTRIBUTES, attributes
            assert not re.sub(r'[\w-]+="[^"]*"', "", attributes).strip(), attributes


def clean(text: str) -> str:
    """What the page shows of a model's text: control characters dropped."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)


def flat(text: str) -> str:
    """Text as shown inline in Markdown: control characters dropped, whitespace collapsed."""
    return " ".join(clean(text).split())


def visible(markdown: str) -> str:
    """Like :func:`plain`, with emphasis markers (unescaped ``*``) removed too."""
    return plain(re.sub(r"(?<!\\)\*+", "", markdown))


def error_text(at: AppTest) -> str:
    return " ".join(visible(error.value) for error in at.error)


def assert_result_page(at: AppTest, result: SummaryResult) -> None:
    """The page shows ``result``: every sentence beside its English, every bullet with its
    sources and flags, the first bullet's sentences highlighted."""
    assert not at.error and not at.exception
    captions = [plain(caption.value) for caption in at.caption]
    assert any(c.startswith(("Done in", "A shared result")) for c in captions), captions
    body = original_body(at)
    rows = row_cells(body)
    if result.language.used == "en":
        assert body.count('class="rv-en" lang="en"') == len(result.sentences)
    else:
        assert len(rows) == len(result.sentences)
        for sentence, (number, original, english) in zip(result.sentences, rows, strict=True):
            assert number == str(sentence.index + 1)
            assert original == html.escape(clean(sentence.text))
            assert english == html.escape(clean(sentence.translation))
    assert body.count('<li class="rv-bullet') == len(result.bullets) >= 1
    for position, bullet in enumerate(result.bullets):
        item = body.split(f'id="rv-b{position + 1}"', 1)[1].split("</li>", 1)[0]
        numbers = ", ".join(str(index + 1) for index in bullet.sources)
        assert (numbers in item) if bullet.sources else "No supporting sentence found" in item
        assert ("⚠" in item) == bool(bullet.flags)
    assert marked_sentences(body) == set(result.bullets[0].sources)
    assert export.coverage_line(result) in captions
    language = [plain(m.value) for m in at.markdown if plain(m.value).startswith("Language:")]
    assert len(language) == 1
    assert {button.label for button in at.get("download_button")} == {
        "Download Markdown",
        "Download JSON",
    }
    infos = [plain(info.value) for info in at.info]
    assert all(warning in infos for warning in errors.public_notes(result.warnings))
    assert_no_markup_interpreted(at)


# --- fixtures --------------------------------------------------------------------------------


class Site:
    """A news site on a real loopback HTTP server (random port)."""

    def __init__(self, routes: dict[str, bytes]) -> None:
        site = self
        self.routes = routes
        self.hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def do_GET(self) -> None:
                site.hits.append(self.path)
                body = site.routes.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                payload = body if body is not None else b"<html><body>Not found</body></html>"
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    server = Site({PAGE_PATH: PAGE.encode("utf-8")})
    yield server
    server.close()


@pytest.fixture
def site_env(site: Site, tiny_env, monkeypatch: pytest.MonkeyPatch) -> Site:
    monkeypatch.setenv("SUMMARIZER_ALLOW_LOOPBACK_URLS", "1")
    monkeypatch.setenv("SUMMARIZER_ALLOWED_PORTS", str(site.port))
    return site


@pytest.fixture
def fresh_caches() -> None:
    """Forget cached results and pipelines (models stay loaded in the library)."""
    st.cache_resource.clear()


# --- the first visit -------------------------------------------------------------------------


def test_first_visit_shows_every_input_control_and_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "12345")
    monkeypatch.setenv("SUMMARIZER_MAX_UPLOAD_BYTES", "3000000")
    monkeypatch.setenv("SUMMARIZER_MAX_FETCH_BYTES", "4000000")
    settings = Settings.from_env()
    at = started()
    assert [tab.label for tab in at.tabs] == ["Paste text", "Article URL", "Upload a file"]
    assert at.text_area(key="text").value == ""
    assert at.text_input(key="url").value == ""
    uploader = at.file_uploader[0]
    # Any file reaches the page, which says why it refuses one (the uploader would only hover).
    assert uploader.proto.max_upload_size_mb == 6  # twice the limit: larger files are refused
    assert ".txt, .md, .html" in uploader.label
    assert {b.label for b in at.button} >= {
        "Summarize",
        "Try an example",
        "Fetch and summarize",
        "Summarize file",
    }
    lang = at.sidebar.radio(key="lang")
    assert lang.options == ["Auto", "Indonesian", "English"] and lang.value == "auto"
    bullets, beams = at.sidebar.slider(key="bullets"), at.sidebar.slider(key="beams")
    assert (bullets.min, bullets.max, bullets.value) == (1, 10, settings.bullets)
    assert (beams.min, beams.max, beams.value) == (1, 8, settings.num_beams)
    # A public page by default: visitors cannot choose models (SUMMARIZER_ALLOW_MODEL_CHOICE).
    assert not [field for field in at.sidebar.text_input if "model" in str(field.key)]
    captions = " ".join(caption.value for caption in at.caption)
    assert "12,345 characters" in captions
    assert "3 MB" in captions and "4 MB" in captions
    assert not at.error and state_of(at).shown is None
    assert at.title[0].value == "Indonesian news, summarised in English"
    assert not at.sidebar.header and not at.sidebar.subheader  # the page's first heading is h1


def test_model_choice_shows_the_model_fields_when_the_operator_allows_it(monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_ALLOW_MODEL_CHOICE", "1")
    settings = Settings.from_env()
    at = started()
    assert at.sidebar.text_input(key="translation_model").value == settings.translation_model
    assert at.sidebar.text_input(key="summarization_model").value == settings.summarization_model


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"SUMMARIZER_LOCK_MODELS": "1"},
        {"SUMMARIZER_LOCK_MODELS": "1", "SUMMARIZER_ALLOW_MODEL_CHOICE": "1"},
    ],
    ids=["default", "deprecated-lock", "lock-wins"],
)
def test_without_model_choice_the_operators_models_are_used(tiny_env, monkeypatch, env) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    at = started()
    assert not [field for field in at.sidebar.text_input if "model" in str(field.key)]
    # A session that sets the hidden widgets' state anyway (a crafted message) changes nothing:
    # no server directory is loaded, no shared model evicted.
    at.session_state["translation_model"] = "/etc"
    at.session_state["summarization_model"] = "/etc"
    result = shown(submit_text(at, SHORT_ID))
    assert result.models["translation"] == str(tiny_env.marian)
    assert result.models["summarization"] == str(tiny_env.bart)
    # The page names a server directory by its last part only, never its path.
    page = " ".join([plain(value) for value in markdown_values(at)] + html_bodies(at))
    assert str(tiny_env.marian.parent) not in page and "marian (a copy on this server)" in page


def test_a_bad_page_setting_is_a_message_naming_nothing_internal(monkeypatch, caplog) -> None:
    monkeypatch.setenv("SUMMARIZER_ALLOW_MODEL_CHOICE", "maybe")
    at = started()
    assert "not set up correctly" in error_text(at) and "SUMMARIZER" not in error_text(at)
    assert "SUMMARIZER_ALLOW_MODEL_CHOICE='maybe' is not a boolean" in caplog.text


def test_bad_settings_in_the_environment_are_a_message(monkeypatch, caplog) -> None:
    monkeypatch.setenv("SUMMARIZER_BULLETS", "99")
    at = started()
    # The visitor learns the page is misconfigured, not how; the operator's log names the variable.
    assert "not set up correctly" in error_text(at) and "server's log" in error_text(at)
    assert "SUMMARIZER" not in error_text(at)
    assert "SUMMARIZER_BULLETS=99 is out of range" in caplog.text


# --- pasted text -----------------------------------------------------------------------------


def test_pasted_text_gives_an_aligned_result_with_traceable_bullets(tiny_env, fresh_caches) -> None:
    at = submit_text(started(), SHORT_ID)
    result = shown(at)
    assert [s.text for s in result.sentences] == [
        "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.",
        "Harga beras naik 3,5 persen dan pemerintah menyiapkan Rp 2 triliun untuk bantuan.",
        "Menurut pejabat Barat, sekitar 11.000 tentara dikirim ke Rusia selama setahun terakhir.",
    ]
    assert_result_page(at, result)
    language = next(plain(m.value) for m in at.markdown if plain(m.value).startswith("Language:"))
    assert result.language.detected == "id"
    assert f"detected Indonesian (probability {result.language.probability:.0%})" in language
    # Pasted text is never put into the address, nor stored until Share is pressed.
    assert at.query_params == {} and not at.code
    assert any("Nothing is stored until you press Share" in plain(c.value) for c in at.caption)


def test_downloads_hold_the_markdown_and_json_of_the_result(
    tiny_env, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored: list[tuple[bytes, str, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):  # type: ignore[no-untyped-def]
        stored.append((path_or_data, mimetype, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    at = submit_text(started(), SHORT_ID)
    result = shown(at)
    downloads = {filename: (data, mimetype) for data, mimetype, filename in stored}
    markdown, markdown_type = downloads["summary.md"]
    assert markdown_type == "text/markdown"
    # What is offered is the result as a visitor may see it: model directories by name only.
    public = errors.public_result(result)
    assert markdown.decode("utf-8") == export.to_markdown(public)
    assert "## Summary" in markdown.decode() and "## The article in English" in markdown.decode()
    data, json_type = downloads["summary.json"]
    assert json_type == "application/json"
    loaded = json.loads(data)
    assert loaded.pop("settings")["bullets"] == 5
    assert loaded == json.loads(public.to_json())
    assert json.loads(data)["sentences"] == json.loads(result.to_json())["sentences"]
    assert str(tiny_env.marian) not in data.decode() and str(tiny_env.bart) not in markdown.decode()
    assert json.loads(data)["bullets"][0]["sources"] == list(result.bullets[0].sources)


def test_example_button_summarises_the_bundled_article(tiny_env) -> None:
    header, _, body = EXAMPLE.read_text(encoding="utf-8").partition("\n\n")
    assert header.startswith("Source: KlikWartaku") and "2025" in header
    at = started()
    at.sidebar.slider(key="bullets").set_value(2).run()
    at.button(key="example").click().run()
    assert not at.exception
    assert at.text_area(key="text").value == body.strip()
    assert at.text_area(key="text").value.startswith("Kim Jong Un Tegaskan Dukungan")
    result = shown(at)
    assert_result_page(at, result)
    assert len(result.sentences) > 10
    assert result.source.site == "KlikWartaku" and result.source.date == "2025"
    assert "KlikWartaku · 2025" in [plain(caption.value) for caption in at.caption]
    # The boilerplate at the end of the paste was dropped and said so.
    assert "boilerplate line: Homepage" in export.coverage_line(result)


def test_app_reads_nothing_from_the_tests_directory() -> None:
    source = Path(APP).read_text(encoding="utf-8")
    assert "tests/" not in source and '"tests"' not in source


def test_language_override_english_skips_translation(tiny_env) -> None:
    at = started()
    at.sidebar.radio(key="lang").set_value("en").run()
    result = shown(submit_text(at, SHORT_ID))
    assert result.language.used == "en" and result.language.detected == "id"
    assert [s.translation for s in result.sentences] == [s.text for s in result.sentences]
    assert result.models["translation"].startswith("none")
    language = next(plain(m.value) for m in at.markdown if plain(m.value).startswith("Language:"))
    assert language.startswith("Language: English") and "chosen in the settings" in language
    assert_result_page(at, result)


def test_language_override_indonesian_accepts_an_undetected_language(tiny_env) -> None:
    at = started()
    at.sidebar.radio(key="lang").set_value("id").run()
    result = shown(submit_text(at, DUTCH))
    assert result.language.used == "id" and result.language.detected == "nl"
    assert_result_page(at, result)


def test_unsupported_language_is_refused_with_what_to_do(tiny_env) -> None:
    at = submit_text(started(), DUTCH)
    message = error_text(at)
    assert "Dutch" in message or "nl" in message
    assert "choose Indonesian under Article language" in message
    assert state_of(at).shown is None and not at.get("html")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        ("12345 67890 2024 😀🎉👍", "no letters"),
    ],
    ids=["empty", "whitespace", "digits-and-emoji"],
)
def test_bad_pasted_text_is_refused_with_a_message(text: str, expected: str) -> None:
    at = submit_text(started(), text)
    assert expected in error_text(at)
    assert state_of(at).shown is None


@pytest.mark.parametrize("language", ["javanese", "sundanese"])
def test_regional_languages_are_refused_not_summarised(tiny_env, language: str) -> None:
    text = " ".join(nusax(language)[:4])
    at = submit_text(started(), text)
    assert language.capitalize() in error_text(at) and "supported" in error_text(at)
    assert state_of(at).shown is None


def test_one_enormous_sentence_is_summarised_in_full(tiny_env) -> None:
    words = ["warga", "desa", "menunggu", "bantuan", "pemerintah", "daerah", "setempat"]
    text = " ".join(words[i % len(words)] for i in range(1500)) + " PENUTUP"
    at = submit_text(started(), text)
    result = shown(at)
    assert len(result.sentences) == 1 and result.sentences[0].text.endswith("PENUTUP")
    assert result.sentences[0].translation.strip()
    assert_result_page(at, result)


def test_mixed_text_keeps_the_english_sentences(tiny_env) -> None:
    english = "The new policy will take effect across the country next month, officials said."
    text = f"{SHORT_ID.split(chr(10))[0]} {english}"
    result = shown(submit_text(started(), text))
    kept = [s for s in result.sentences if s.text == english]
    assert kept and kept[0].translation == english
    assert any("already in English" in warning for warning in result.warnings)


def test_text_over_the_character_limit_is_refused_with_the_limit_named(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "100")
    at = started()
    assert "up to 100 characters" in " ".join(c.value for c in at.caption)
    submit_text(at, SHORT_ID)
    message = error_text(at)
    assert f"{len(SHORT_ID):,} characters" in message and "limit is 100" in message
    assert "SUMMARIZER" not in message  # the variable is for the operator, not the visitor
    assert state_of(at).shown is None
    # The page shows the error's public message; its operator message, with the variable, is logged.
    with pytest.raises(InputError) as raised:
        check_length(SHORT_ID, Settings.from_env())
    assert raised.value.public in message and raised.value.setting == "SUMMARIZER_MAX_CHARS"
    assert str(raised.value) in caplog.text and "SUMMARIZER_MAX_CHARS" in str(raised.value)


def test_pasted_html_is_stripped_with_a_note_and_never_rendered(tiny_env) -> None:
    sentences = SHORT_ID.split("\n\n")
    pasted = (
        f"<p>{sentences[0]} <img src=x onerror=alert(1)></p>\n"
        f"<script>alert(1)</script>\n<p>{sentences[1]}</p>"
    )
    at = submit_text(started(), pasted)
    result = shown(at)
    assert any("contained HTML" in plain(info.value) for info in at.info)
    assert_result_page(at, result)
    for body in html_bodies(at):
        assert "alert(1)" not in body and "onerror" not in body
    assert all("<" not in s.text for s in result.sentences)


def test_link_pasted_in_the_text_box_offers_to_fetch_it(site_env: Site) -> None:
    link = site_env.url(PAGE_PATH)
    at = submit_text(started(), f"  {link}  ")
    assert "looks like a link" in error_text(at)
    at.button(key="fetch_instead").click().run()
    assert not at.exception
    assert at.text_input(key="url").value == link
    result = shown(at)
    assert result.source.url == link
    assert_result_page(at, result)


# --- URL input and share links ----------------------------------------------------------------


def test_url_input_fetches_summarises_and_shares(site_env: Site) -> None:
    link = site_env.url(PAGE_PATH)
    at = submit_url(started(), link)
    result = shown(at)
    assert_result_page(at, result)
    assert result.source.title == (
        "<script>alert(1)</script> Banjir Rendam Ratusan Rumah di Jakarta Timur"
    )
    # The title is shown as text: escaped, never interpreted.
    (title,) = [s.value for s in at.subheader if "Banjir" in s.value]
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in title
    assert plain(title) == result.source.title
    assert "Berita Contoh" in " ".join(plain(c.value) for c in at.caption)
    # Text that looks like markup or Markdown stays text in the original column.
    original = original_body(at).split("rv-article", 1)[1]
    assert "&lt;svg onload=alert(1)&gt;" in original and "<svg" not in original
    assert "[klik](javascript:alert(1))" in original
    # The address now reproduces the summary, with every setting that changes it.
    expected = {"url": link, "bullets": "5", "beams": "1", "lang": "auto"}
    assert {name: at.query_params[name] for name in at.query_params} == expected
    assert any("the link of the article" in plain(c.value) for c in at.caption)


def test_share_link_reproduces_the_summary(site_env: Site, fresh_caches) -> None:
    link = site_env.url(PAGE_PATH)
    first = started()
    first.sidebar.slider(key="bullets").set_value(2)
    first.sidebar.radio(key="lang").set_value("id")
    submit_url(first, link)
    original = shown(first)
    params = {name: first.query_params[name] for name in first.query_params}
    assert params == {"url": link, "bullets": "2", "beams": "1", "lang": "id"}

    st.cache_resource.clear()  # the second visitor's summary is computed afresh
    second = new_app()
    second.query_params.update(params)
    second.run()  # no click: opening the link is enough
    assert not second.exception
    assert second.sidebar.slider(key="bullets").value == 2
    assert second.sidebar.radio(key="lang").value == "id"
    assert second.text_input(key="url").value == link
    again = shown(second)
    assert again.bullets == original.bullets
    assert again.sentences == original.sentences
    assert again.source == original.source
    assert_result_page(second, again)


def test_bad_share_parameters_are_ignored_with_a_note() -> None:
    at = new_app()
    at.query_params.update({"bullets": "99", "lang": "xx"})
    at.run()
    assert not at.exception and not at.error
    notes = " ".join(plain(w.value) for w in at.warning)
    assert "not 1–10" in notes and "not auto, id or en" in notes
    assert at.sidebar.slider(key="bullets").value == Settings().bullets
    assert at.sidebar.radio(key="lang").value == "auto"
    assert state_of(at).shown is None


def test_fetch_failures_are_messages_with_advice(site_env: Site, monkeypatch) -> None:
    at = submit_url(started(), site_env.url("/no-such-article"))
    assert "404" in error_text(at)
    assert "paste it under Paste text" in error_text(at)
    assert state_of(at).shown is None

    monkeypatch.delenv("SUMMARIZER_ALLOW_LOOPBACK_URLS")  # the default: loopback is refused
    at = submit_url(started(), site_env.url(PAGE_PATH))
    assert "loopback" in error_text(at)
    assert state_of(at).shown is None

    at = submit_url(started(), "")
    assert "Enter the link" in error_text(at)


# --- file upload -----------------------------------------------------------------------------


def upload(at: AppTest, name: str, data: bytes, mime: str) -> AppTest:
    at.file_uploader[0].set_value((name, data, mime))
    at.button(key="run_file").click().run()
    assert not at.exception
    return at


def test_uploaded_text_file_is_summarised(tiny_env) -> None:
    at = upload(started(), "berita.txt", SHORT_ID.encode("utf-8"), "text/plain")
    result = shown(at)
    assert result.sentences[0].text.startswith("Presiden Joko Widodo")
    assert result.source.title == "berita.txt"
    assert_result_page(at, result)
    assert at.query_params == {}


def test_uploaded_web_page_has_its_article_extracted(tiny_env) -> None:
    at = upload(started(), "banjir.html", PAGE.encode("utf-8"), "text/html")
    result = shown(at)
    assert result.source.title.endswith("Banjir Rendam Ratusan Rumah di Jakarta Timur")
    assert result.source.url is None
    assert not any("Beranda" in s.text or "Hak cipta" in s.text for s in result.sentences)
    assert_result_page(at, result)


def test_a_web_page_file_gives_the_same_sentences_in_the_cli_and_on_the_page(
    tiny_env, tmp_path: Path
) -> None:
    from summarizer.cli import _main as cli

    path = tmp_path / "banjir.html"
    path.write_bytes(PAGE.encode("utf-8"))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["summarize", str(path), "--json"], stdout=out, stderr=err) == 0, err.getvalue()
    from_cli = json.loads(out.getvalue())
    at = upload(started(), path.name, path.read_bytes(), "text/html")
    on_page = shown(at)
    assert [s["text"] for s in from_cli["sentences"]] == [s.text for s in on_page.sentences]
    assert len(on_page.sentences) >= 4 and "Beranda" not in on_page.sentences[0].text
    assert from_cli["source"]["title"] == on_page.source.title
    assert_result_page(at, on_page)


def library_refusal(name: str, data: bytes) -> str:
    """What the library says of this file (summarizer.inputs.from_file), as a visitor reads it."""
    from summarizer.inputs import from_file

    with pytest.raises(InputError) as refused:
        from_file(name, data, Settings.from_env())
    return visible(errors.visitor_message(refused.value))


@pytest.mark.parametrize(
    ("name", "data", "limit", "expected"),
    [
        ("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, None, "does not look like text"),
        ("panjang.txt", b"kata " * 400, "1000", "larger than 1,000 bytes"),
        ("besar.txt", b"kata " * 410_000, "2000000", "larger than 2,000,000 bytes"),
        ("besar.html", b"<p>kata</p>" * 200, "1000", "larger than 1,000 bytes"),
        ("foto.png", b"kata " * 10, None, "foto.png is not a file type this tool reads"),
        ("naskah.pdf", b"%PDF-1.4 " * 10, None, "This PDF is incomplete"),  # PDFs are read
    ],
    ids=["binary", "over-limit", "over-2mb", "html-over-limit", "png", "pdf"],
)
def test_bad_uploads_show_the_librarys_message(
    monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, limit: str | None, expected: str
) -> None:
    """The page does not check uploads itself: the library refuses them, and its message (made
    public) is what the visitor reads, whatever the file's type or size."""
    if limit is not None:
        monkeypatch.setenv("SUMMARIZER_MAX_UPLOAD_BYTES", limit)
    at = upload(started(), name, data, "application/octet-stream")
    message = library_refusal(name, data)
    assert expected in message
    assert error_text(at) == message
    assert state_of(at).shown is None


def test_summarize_file_without_a_file_says_to_choose_one() -> None:
    at = started()
    at.button(key="run_file").click().run()
    assert "Choose a file" in error_text(at) and ".txt, .md, .html" in error_text(at)


# --- models and server errors ----------------------------------------------------------------


def test_unloadable_model_is_a_message_without_server_details(
    tiny_env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "no-such-model"
    monkeypatch.setenv("SUMMARIZER_TRANSLATION_MODEL", str(missing))
    at = submit_text(started(), SHORT_ID)
    message = error_text(at)
    assert "models could not be loaded on this server" in message and "try again" in message
    assert str(tmp_path) not in message and "SUMMARIZER" not in message
    assert state_of(at).shown is None
    # The operator's log has the details.
    assert str(missing) in caplog.text and "SUMMARIZER_TRANSLATION_MODEL" in caplog.text


def test_unloadable_chosen_model_says_where_to_fix_it(
    tiny_env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_ALLOW_MODEL_CHOICE", "1")
    missing = tmp_path / "no-such-model"
    at = started()
    at.sidebar.text_input(key="translation_model").set_value(str(missing))
    submit_text(at, SHORT_ID)
    message = error_text(at)
    assert "under Models in the sidebar" in message and "hub id" in message
    assert str(tmp_path) not in message and "SUMMARIZER" not in message
    assert state_of(at).shown is None
    # Pointing the sidebar at a working copy fixes it.
    at.sidebar.text_input(key="translation_model").set_value(str(tiny_env.marian))
    at.button(key="run_text").click().run()
    result = shown(at)
    assert result.models["translation"] == str(tiny_env.marian)
    assert_result_page(at, result)
    # An empty model field is the visitor's to fix, and said so without a variable's name.
    at.sidebar.text_input(key="summarization_model").set_value("  ")
    at.button(key="run_text").click().run()
    assert "each model field must name a model" in error_text(at)
    assert "SUMMARIZER" not in error_text(at)


def test_busy_server_and_unexpected_failures_are_plain_messages(
    tiny_env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.pipeline import Pipeline

    def busy(*_args: object, **_kwargs: object) -> None:
        raise BusyError("The server is busy with other requests right now.")

    monkeypatch.setattr(Pipeline, "run", busy)
    at = submit_text(started(), "Teks yang belum pernah diringkas oleh siapa pun di sini.")
    assert "server is busy" in error_text(at) and "press the button again" in error_text(at)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("internal detail: /srv/secret/path")

    monkeypatch.setattr(Pipeline, "run", broken)
    at = submit_text(started(), "Teks lain yang juga belum pernah diringkas di sini.")
    assert "Something went wrong on our side" in error_text(at)
    assert "secret" not in error_text(at) and not at.exception

    # A library error is shown by its public message; its operator message goes to the log.
    def refused(*_args: object, **_kwargs: object) -> None:
        raise InputError(
            "Cannot read /srv/secret/cache (SUMMARIZER_CACHE_DIR=/srv/x).",
            setting="SUMMARIZER_CACHE_DIR",
            public="The article cache cannot be read.",
        )

    monkeypatch.setattr(Pipeline, "run", refused)
    at = submit_text(started(), "Teks ketiga yang juga belum pernah diringkas di sini.")
    assert "The article cache cannot be read." in error_text(at)
    assert "secret" not in error_text(at) and "SUMMARIZER" not in error_text(at)


@pytest.mark.parametrize(
    "error",
    [
        InputError("The text has 9 characters; the limit is 5 (SUMMARIZER_MAX_CHARS).",
                   setting="SUMMARIZER_MAX_CHARS", public="The text has 9 characters."),
        ConfigError("SUMMARIZER_BACKEND='x' is not valid.", setting="SUMMARIZER_BACKEND"),
        ModelLoadError("/srv/models/marian", "no such directory", "SUMMARIZER_TRANSLATION_MODEL"),
        InputError("Could not find the site 'kompas.co'. Check the link."),
    ],
)  # fmt: skip
def test_the_page_says_the_public_message_and_logs_the_operators(
    error: SummarizerError, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    shown_as = errors.visitor_message(error)
    assert plain(shown_as) == error.public
    assert "SUMMARIZER" not in shown_as and "/srv" not in shown_as
    assert (str(error) in caplog.text) == (str(error) != error.public)


# --- text that is not valid Unicode ------------------------------------------------------------


# (Pasted text and link parameters cannot carry a lone surrogate: the browser's messages are
# UTF-8. Files and fetched pages can, once decoded.)


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_a_file_holding_a_lone_surrogate_is_summarised(tiny_env, codec: str) -> None:
    text = SHORT_ID.replace("Jawa Tengah", "Jawa \ud800Tengah")
    data = text.encode(codec, "surrogatepass")  # with its byte-order mark
    at = upload(started(), "berita.txt", data, "text/plain")
    assert "Something went wrong" not in error_text(at)
    result = shown(at)
    assert result.sentences[0].text.startswith("Presiden Joko Widodo")
    assert not any("\ud800" in sentence.text for sentence in result.sentences)
    assert_result_page(at, result)


def test_a_utf7_web_page_is_read_without_an_unexpected_failure(tiny_env) -> None:
    # UTF-7 is refused as a charset (as browsers do), so "+2AA-" (a lone surrogate in UTF-7)
    # is never decoded into one; whatever the page reads, it is a message or a result.
    page = PAGE.replace('charset="utf-8"', 'charset="utf-7"').replace("ratusan", "+2AA- ratusan")
    at = upload(started(), "utf7.html", page.encode("ascii", "xmlcharrefreplace"), "text/html")
    assert "Something went wrong" not in error_text(at)
    result = shown(at)
    assert not any("\ud800" in sentence.text for sentence in result.sentences)
    assert_result_page(at, result)
