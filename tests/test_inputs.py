"""The input layer: text, files and URLs become the same kind of article, refusals say why."""

from __future__ import annotations

import codecs

import pytest

from summarizer.config import Settings
from summarizer.errors import InputError, InvalidURLError
from summarizer.inputs import (
    ArticleCache,
    ArticleInput,
    extract_article,
    from_file,
    from_text,
    from_url,
)
from summarizer.inputs import _article as inputs
from summarizer.limits import UPLOAD_TYPES
from summarizer.result import SourceInfo
from summarizer.text import prepare

from .conftest import FIXTURES, KLIKWARTAKU
from .servers import LoopbackServer, send

KOMPAS = FIXTURES / "html" / "kompas-singlepage2.html"
ARTICLE = (
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin. "
    "Jalan tol itu menghubungkan Semarang dan Solo sepanjang 40 kilometer."
)


@pytest.fixture
def settings() -> Settings:
    return Settings.from_env()


# --- text --------------------------------------------------------------------------------------


def test_pasted_text_is_an_article_of_kind_text(settings: Settings) -> None:
    article = from_text(ARTICLE, settings)
    assert article == ArticleInput("text", ARTICLE, SourceInfo())
    assert article.to_dict()["kind"] == "text"


def test_too_long_text_is_refused_naming_the_limit() -> None:
    settings = Settings.from_env({"SUMMARIZER_MAX_CHARS": "100"})
    with pytest.raises(InputError, match=r"has 150 characters; the limit is 100 .*MAX_CHARS"):
        from_text("kata " * 30, settings)


def test_lone_surrogates_become_replacement_characters(settings: Settings) -> None:
    article = from_text("Banjir \ud800 melanda Jakarta \udfff.", settings)
    assert article.text == "Banjir \ufffd melanda Jakarta \ufffd."
    article.text.encode("utf-8")  # encodable: no lone surrogate left


# --- files -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["berita.txt", "NOTES.MD", "dir/sub/berita.md"])
def test_text_files_are_decoded_and_named_by_their_file_name(settings: Settings, name: str) -> None:
    article = from_file(name, ARTICLE.encode("utf-8"), settings)
    assert article.kind == "file" and article.text == ARTICLE
    assert article.source == SourceInfo(title=name.rsplit("/", 1)[-1])
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_files_with_a_byte_order_mark_are_decoded(
    settings: Settings, bom: bytes, codec: str
) -> None:
    article = from_file("berita.txt", bom + ARTICLE.encode(codec), settings)
    assert article.text == ARTICLE


def test_a_lone_surrogate_in_a_utf16_file_becomes_a_replacement_character(
    settings: Settings,
) -> None:
    data = codecs.BOM_UTF16_LE + "Banjir \ud800 Jakarta".encode("utf-16-le", "surrogatepass")
    assert from_file("berita.txt", data, settings).text == "Banjir \ufffd Jakarta"


@pytest.mark.parametrize("name", ["laporan.doc", "gambar.png", "README", "berita.txt.exe"])
def test_unknown_file_types_are_refused_listing_the_allowed_ones(
    settings: Settings, name: str
) -> None:
    with pytest.raises(
        InputError,
        match=rf"^{name} is not a file type this tool reads; give a \.txt, \.md, "
        r"\.html, \.htm, \.pdf or \.docx file\.$",
    ):
        from_file(name, ARTICLE.encode("utf-8"), settings)
    assert UPLOAD_TYPES == ("txt", "md", "html", "htm", "pdf", "docx")


def test_unknown_types_are_text_for_a_command_line(settings: Settings) -> None:
    article = from_file("berita.text", ARTICLE.encode("utf-8"), settings, unknown_as_text=True)
    assert article.text == ARTICLE and article.source.title == "berita.text"
    stdin = from_file(
        "-", b"<p>" + ARTICLE.encode("utf-8") + b"</p>", settings, unknown_as_text=True
    )
    assert stdin.source.title is None
    assert stdin.text.startswith("<p>")  # standard input is text: no page extraction


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x00\x00binary zip", "does not look like text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64) + ARTICLE.encode(), "does not look like text"),
        (b"x" * 1_001, r"larger than 1,000 bytes \(SUMMARIZER_MAX_UPLOAD_BYTES\)"),
    ],
)
def test_binary_and_oversized_files_are_refused(data: bytes, message: str) -> None:
    settings = Settings.from_env({"SUMMARIZER_MAX_UPLOAD_BYTES": "1000"})
    for name in ("berita.txt", "halaman.html"):
        with pytest.raises(InputError, match=message):
            from_file(name, data, settings)


def test_an_html_file_goes_through_the_page_extraction(settings: Settings) -> None:
    data = KOMPAS.read_bytes()
    article = from_file("kompas.html", data, settings)
    extracted = extract_article(data, "kompas.html")
    assert article.kind == "file"
    assert article.text == extracted.text  # the same extraction as a fetched page
    assert article.source.title == extracted.title and article.source.title
    assert article.source.url is None and article.source.final_url is None
    assert "Baca juga" not in article.text
    # The pasted-HTML cleaner would have kept the page furniture: a different text.
    assert prepare(data.decode("utf-8")).text != prepare(article.text).text


def test_an_html_file_without_an_article_is_used_whole_and_said(settings: Settings) -> None:
    data = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    article = from_file("catatan.htm", data, settings)
    assert article.source == SourceInfo(title="catatan.htm")
    assert article.warnings and "No article was recognised" in article.warnings[0]
    assert prepare(article.text).text == ARTICLE


# --- URLs --------------------------------------------------------------------------------------


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch):
    server = LoopbackServer({"/berita": send(200, KOMPAS.read_bytes())})
    monkeypatch.setenv("SUMMARIZER_ALLOW_LOOPBACK_URLS", "1")
    monkeypatch.setenv("SUMMARIZER_ALLOWED_PORTS", f"{server.port},80,443")
    yield server
    server.close()


def test_a_url_is_fetched_and_extracted(site: LoopbackServer) -> None:
    article = from_url(f"  {site.url('/berita')}  ", Settings.from_env())
    assert article.kind == "url"
    assert article.source.url == site.url("/berita") and article.source.title
    assert article.text == extract_article(KOMPAS.read_bytes(), site.url("/berita")).text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kompas.com/read/2025/01/01/berita", "https://kompas.com/read/2025/01/01/berita"),
        ("www.detik.com/berita/d-1", "https://www.detik.com/berita/d-1"),
        ("<https://kompas.com/a/b>", "https://kompas.com/a/b"),
        ("http://kompas.com/a", "http://kompas.com/a"),
    ],
)
def test_a_missing_scheme_gets_https(typed: str, expected: str) -> None:
    assert inputs.normalize_url(typed) == expected


def test_from_url_looks_up_and_fetches_the_completed_url(settings: Settings) -> None:
    # An article cached under the https:// address is found from the bare link: from_url
    # completed it before anything else (no network is reached in this test).
    cache = ArticleCache()
    article = ArticleInput("url", ARTICLE, SourceInfo(url="https://kompas.com/read/1"))
    cache.put("https://kompas.com/read/1", settings, article)
    assert from_url("kompas.com/read/1", settings, cache=cache) is article
    assert from_url(" <https://kompas.com/read/1>. ", settings, cache=cache) is article


@pytest.mark.parametrize("typed", ["", "   ", "\n"])
def test_an_empty_url_is_refused(typed: str) -> None:
    with pytest.raises(InputError, match=r"Enter the link \(URL\) of a news article first"):
        from_url(typed, Settings.from_env())


def test_an_overlong_url_is_refused_by_the_one_limit() -> None:
    with pytest.raises(InvalidURLError, match="over 2048 characters"):
        from_url("https://kompas.com/" + "a" * 2048, Settings.from_env())


def test_a_cached_article_is_reused_until_it_expires(site: LoopbackServer) -> None:
    cache = ArticleCache(max_entries=4, ttl_s=600)
    settings = Settings.from_env()
    first = from_url(site.url("/berita"), settings, cache=cache)
    hits = len(site.requests)
    # The same URL, written differently (case of the host, a fragment): the cached article.
    again = site.url("/berita").replace("http://", "HTTP://") + "#top"
    assert from_url(again, settings, cache=cache) is first
    assert len(site.requests) == hits
    assert len(cache) == 1
    # Other fetch settings are another entry: fetched again.
    other = settings.replace(max_fetch_bytes=settings.max_fetch_bytes - 1)
    assert from_url(site.url("/berita"), other, cache=cache) == first
    assert len(site.requests) > hits and len(cache) == 2


def test_cache_entries_expire() -> None:
    settings = Settings.from_env()
    cache = ArticleCache(max_entries=2, ttl_s=0.0)
    cache.put("https://a.example/x", settings, from_text(ARTICLE, settings))
    assert cache.get("https://a.example/x", settings) is None


def test_the_host_case_and_fragment_do_not_change_the_cache_key() -> None:
    settings = Settings.from_env()
    cache = ArticleCache()
    article = from_text(ARTICLE, settings)
    cache.put("https://Kompas.COM/a?b=1#c", settings, article)
    assert cache.get("https://kompas.com/a?b=1", settings) is article
    assert cache.get("https://kompas.com/A?b=1", settings) is None  # paths are case-sensitive


def test_klikwartaku_file_and_text_are_the_same_article(settings: Settings) -> None:
    data = KLIKWARTAKU.read_bytes()
    assert from_file("a.txt", data, settings).text == from_text(data.decode(), settings).text
