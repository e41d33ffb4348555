"""One input layer: pasted text, a file or a URL each become an :class:`ArticleInput`.

Every front end (CLI, page, any later API) turns what a person gave into an article here, so the
same input gives the same sentences everywhere:

* :func:`from_text`: pasted text, as given (HTML in it is converted later by ``prepare``);
* :func:`from_file`: a file's name and bytes. ``.txt``/``.md`` are decoded as text (UTF-8, a
  byte-order mark's UTF-16/32, or Windows-1252); ``.html``/``.htm`` are a saved web page and go
  through the same article extraction as a fetched page; a PDF or ``.docx`` (by its bytes, or
  its name) is read by :mod:`summarizer.inputs._documents`, as a fetched document is;
* :func:`from_url`: a link (``https://`` added when missing), fetched safely and extracted, and
  optionally kept in an :class:`ArticleCache` for a few minutes.

Text is made valid here: lone surrogates (which no encoder accepts) become U+FFFD.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, fields, replace
from pathlib import PurePath
from urllib.parse import urlsplit, urlunsplit

from cachetools import TTLCache

from summarizer.config import Settings, env_name
from summarizer.errors import ExtractionError, InputError
from summarizer.inputs._documents import (
    document_kind,
    document_source,
    read_document,
    within_chars,
)
from summarizer.limits import HTML_TYPES, UPLOAD_TYPES
from summarizer.result import JsonMixin, SourceInfo
from summarizer.text import check_file_bytes, check_file_size, decode_text, find_url, valid_text

__all__ = [
    "UPLOAD_TYPES",
    "ArticleCache",
    "ArticleInput",
    "check_length",
    "from_file",
    "from_text",
    "from_url",
]

KINDS = ("text", "file", "url")
STDIN_NAME = "-"  # the CLI's name for standard input: always read as text

_NO_ARTICLE_IN_FILE = (
    "No article was recognised in this HTML file, so all of its visible text is used; check "
    "that the summary is about the article."
)


@dataclass(frozen=True)
class ArticleInput(JsonMixin):
    """What a person gave, as text ready for the pipeline, with where it came from.

    ``kind`` is "text", "file" or "url"; ``source`` holds a page's metadata (for a file, its
    name as the title unless the page names one); ``warnings`` say what the reader should know
    about the input itself (a partial multi-page article, a paywall, no article found).
    """

    kind: str
    text: str
    source: SourceInfo
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")


def check_length(text: str, settings: Settings) -> str:
    """Refuse (never cut) text over the character limit."""
    if len(text) > settings.max_chars:
        setting, advice = env_name("max_chars"), "Paste a shorter part of the article."
        limit = f"The text has {len(text):,} characters; the limit is {settings.max_chars:,}"
        raise InputError(
            f"{limit} ({setting}). {advice}", setting=setting, public=f"{limit}. {advice}"
        )
    return text


def _article(
    kind: str,
    text: str,
    source: SourceInfo,
    settings: Settings,
    warnings: tuple[str, ...] = (),
) -> ArticleInput:
    """The one constructor used below: every string made valid (no lone surrogates), and the
    text refused when over ``settings.max_chars``."""
    clean_source = replace(
        source,
        **{
            f.name: valid_text(value)
            for f in fields(source)
            if isinstance(value := getattr(source, f.name), str)
        },
    )
    valid = check_length(valid_text(text), settings)
    return ArticleInput(kind, valid, clean_source, tuple(valid_text(w) for w in warnings))


# --- text --------------------------------------------------------------------------------------


def from_text(text: str, settings: Settings) -> ArticleInput:
    """Pasted text; refused when longer than ``settings.max_chars``."""
    return _article("text", text, SourceInfo(), settings)


# --- files -------------------------------------------------------------------------------------


def file_type(name: str) -> str:
    """The extension of ``name``, lowercase and without its dot ("" when it has none)."""
    return PurePath(name).suffix.lower().removeprefix(".")


def from_file(
    name: str, data: bytes, settings: Settings, *, unknown_as_text: bool = False
) -> ArticleInput:
    """A file given as its name and bytes.

    ``.html``/``.htm`` files are extracted like a fetched page; ``.txt``/``.md`` are text; a PDF
    or Word (.docx) file, told by its bytes whatever its name, is read as a document. Other
    extensions are refused, unless ``unknown_as_text`` (a command line reading the reader's own
    files; its ``-``, standard input, is text too). Binary, oversized and undecodable files are
    refused with a message saying what to do.
    """
    kind = file_type(name)
    document = document_kind(name, data)
    if document is not None:
        return _document_file(name, document, data, settings)
    if kind not in UPLOAD_TYPES and not unknown_as_text:
        *others, last = (f".{extension}" for extension in UPLOAD_TYPES)
        shown = valid_text(PurePath(name).name) or "The file"
        raise InputError(
            f"{shown} is not a file type this tool reads; give a {', '.join(others)} or {last} "
            "file."
        )
    title = None if name == STDIN_NAME else valid_text(PurePath(name).name) or None
    if kind in HTML_TYPES and name != STDIN_NAME:
        return _html_file(title, data, settings)
    text = decode_text(data, settings.max_upload_bytes)
    return _article("file", text, SourceInfo(title=title), settings)


def _document_file(name: str, kind: str, data: bytes, settings: Settings) -> ArticleInput:
    """A PDF or Word file: its text read as a reader would copy it, with its provenance."""
    check_file_size(data, settings.max_upload_bytes, "a shorter document")
    document = within_chars(read_document(kind, data, settings), settings)
    shown = "document" if name == STDIN_NAME else valid_text(name)
    source = document_source(document, shown)
    return _article("file", document.text, source, settings, document.warnings)


def _html_file(title: str | None, data: bytes, settings: Settings) -> ArticleInput:
    """A saved web page: the article is extracted exactly as from a fetched page."""
    from summarizer.inputs._extract import decode_html, extract_article

    check_file_bytes(data, settings.max_upload_bytes)
    try:
        article = extract_article(data, title or "page.html")
    except ExtractionError:
        # Too little article text for the extractor (a fragment, a short note): the whole page's
        # text is used instead, and the reader is told; prepare() converts the HTML.
        text = decode_html(data)
        return _article("file", text, SourceInfo(title=title), settings, (_NO_ARTICLE_IN_FILE,))
    # A file has no address: the page's own URL fields would be the file name.
    source = replace(article.source_info(), url=None, final_url=None, title=article.title or title)
    return _article("file", article.text, source, settings, article.warnings)


# --- URLs --------------------------------------------------------------------------------------


def normalize_url(typed: str) -> str:
    """The URL to fetch for what was typed: trimmed, ``https://`` added to a bare host and path.

    Refuses empty input. Anything that is not a recognisable link is passed on as typed, so the
    fetcher's own message says what is wrong with it.
    """
    stripped = valid_text(typed).strip()
    if not stripped:
        raise InputError("Enter the link (URL) of a news article first.")
    return find_url(stripped) or stripped


def _cache_key(url: str, settings: Settings) -> tuple[object, ...]:
    """The normalised URL and the settings that change what a fetch returns."""
    try:
        parts = urlsplit(url)
        url = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))
    except ValueError:
        pass  # malformed: the fetcher refuses it; the raw text is a fine key meanwhile
    return (
        url,
        settings.max_fetch_bytes,
        settings.fetch_timeout,
        settings.allowed_ports,
        settings.allow_loopback_urls,
    )


class ArticleCache:
    """Recently fetched articles, shared by threads; an entry expires after ``ttl_s`` seconds.

    Only successful fetches are kept, so a page that failed is tried again next time.
    """

    def __init__(self, max_entries: int = 32, ttl_s: float = 900.0) -> None:
        self._items: TTLCache[tuple[object, ...], ArticleInput] = TTLCache(max_entries, ttl_s)
        self._lock = threading.Lock()

    def get(self, url: str, settings: Settings) -> ArticleInput | None:
        with self._lock:
            return self._items.get(_cache_key(url, settings))

    def put(self, url: str, settings: Settings, article: ArticleInput) -> None:
        with self._lock:
            self._items[_cache_key(url, settings)] = article

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


def from_url(url: str, settings: Settings, *, cache: ArticleCache | None = None) -> ArticleInput:
    """The article at ``url``: fetched safely, extracted (multi-page articles followed).

    A link typed without a scheme ("kompas.com/read/...") gets ``https://``. With a ``cache``,
    an article fetched recently with the same fetch settings is reused.
    """
    target = normalize_url(url)
    if cache is not None:
        cached = cache.get(target, settings)
        if cached is not None:
            return cached
    from summarizer.inputs._extract import load_article

    page = load_article(target, settings)
    article = _article("url", page.text, page.source_info(), settings, page.warnings)
    if cache is not None:
        cache.put(target, settings, article)
    return article
