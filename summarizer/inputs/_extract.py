"""Extract a news article's main text and metadata from an HTML page.

:func:`extract_article` is pure (bytes in, :class:`Article` out): it decodes the page the way a
browser does (BOM, then the HTTP charset, then ``<meta charset>``/XML declaration, then UTF-8 with
a windows-1252 fallback; a declared single-byte charset that the bytes contradict with valid UTF-8
gives way to UTF-8), runs trafilatura with metadata (embedded posts pruned), puts back the lead
and bare-text paragraphs it drops (:mod:`summarizer.inputs._page_blocks`), and removes the
Indonesian news boilerplate that survives extraction with the data-driven :data:`BOILERPLATE_RULES`
(the rules of :mod:`summarizer.text._boilerplate`). A photo page with little text gives its
captions, with a note (:mod:`summarizer.inputs._photo_pages`).

:func:`load_article` fetches a URL with :func:`summarizer.inputs._fetch.fetch_url` (SSRF-safe),
extracts
it, and follows a multi-page article's continuation (a single-page "page=all" view when offered,
otherwise at most :data:`MAX_PAGES` pages) within one time and size budget for all pages; a
warning says when the text may be partial.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import html as html_module
import re
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import parse_qsl, urljoin, urlsplit

import summarizer.inputs._page_blocks as page_blocks
import summarizer.inputs._photo_pages as photo_pages
from summarizer.config import Settings
from summarizer.errors import ExtractionError, SummarizerError
from summarizer.inputs._deadline import PageBudget
from summarizer.inputs._documents import fetched_document
from summarizer.inputs._fetch import fetch_url
from summarizer.inputs._page_blocks import SPACES, WORD, text_key
from summarizer.result import DocumentInfo, JsonMixin, SourceInfo
from summarizer.text import (
    PAGE_RULES,
    PAYWALL,
    RULES,
    SITE_SUFFIX,
    SQUASHED_SITE_SUFFIX,
    BoilerplateRule,
    decode_marked,
)
from summarizer.text import matching_rule as first_matching_rule

if TYPE_CHECKING:
    from summarizer.inputs._fetch import FetchedPage, FetchOptions

MAX_PAGES = 5
MIN_ARTICLE_WORDS = 60  # below this a page is a teaser, photo page, paywall or JavaScript shell
_PASTE_HINT = "Copy the article text from your browser and paste it instead."


@dataclass(frozen=True, kw_only=True)
class Article(JsonMixin):
    """An extracted article. ``text`` is ``paragraphs`` joined by blank lines.

    ``pages`` is how many pages were read for the text (1 for a single-page view); ``warnings``
    says, for the user, when the text may be partial.
    """

    url: str
    final_url: str
    # Metadata the page does not give is None.
    title: str | None = None
    date: str | None = None  # ISO 8601: "2016-02-23" or "2016-02-23T14:49:30+07:00"
    author: str | None = None
    site: str | None = None
    text: str
    paragraphs: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    pages: int = 1
    document: DocumentInfo | None = None  # a link to a PDF or Word file: its provenance

    def source_info(self) -> SourceInfo:
        """The page's metadata: the fields an article shares with :class:`SourceInfo`."""
        return SourceInfo(**{field.name: getattr(self, field.name) for field in fields(SourceInfo)})


# --- boilerplate rules ----------------------------------------------------------------------


# The shared news boilerplate rules plus the page-only ones, in the order they are tried.
BOILERPLATE_RULES: tuple[BoilerplateRule, ...] = (*RULES, *PAGE_RULES)

_LIST_MARKER = re.compile(r"^\s*(?:[-•*·▪]\s+)+")


def normalise_line(line: str) -> str:
    """Whitespace collapsed, list markers and table pipes removed (how rules see a line)."""
    line = _LIST_MARKER.sub("", line)
    if line.lstrip().startswith("|"):
        line = line.replace("|", " ")
    return SPACES.sub(" ", line).strip()


def matching_rule(line: str) -> BoilerplateRule | None:
    """The first line rule of :data:`BOILERPLATE_RULES` that drops ``line``, or None."""
    return first_matching_rule(normalise_line(line), BOILERPLATE_RULES)


def clean_paragraphs(lines: list[str] | tuple[str, ...], *, title: str | None = None) -> list[str]:
    """Apply :data:`BOILERPLATE_RULES`; also drop a repeated title and consecutive duplicates."""
    title_key = text_key(title) if title else None
    cleaned: list[str] = []
    for line in lines:
        text = normalise_line(line)
        for rule in BOILERPLATE_RULES:
            if rule.kind == "inline":
                text = SPACES.sub(" ", rule.regex.sub(" ", text)).strip()
        if not text or matching_rule(text) is not None or text_key(text) == title_key:
            continue
        if cleaned and text_key(cleaned[-1]) == text_key(text):
            continue
        cleaned.append(text)
    return cleaned


# --- decoding -------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# WHATWG Encoding: these labels mean windows-1252; a <meta> claiming UTF-16 means UTF-8.
_LATIN1_LABELS = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "iso_8859-1",
        "latin1",
        "latin-1",
        "l1",
        "us-ascii",
        "ascii",
        "cp819",
        "ibm819",
        "windows-1252",
        "x-cp1252",
        "cp1252",
    }
)


# Python codecs that no browser accepts as a page's charset (the WHATWG Encoding standard lists
# none of them) and that can decode to lone surrogates (UTF-7 "+2AA-" is U+D800) or source code
# escapes: a page declaring one is decoded as if it declared nothing, as browsers do.
_UNSUPPORTED_CODECS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape", "punycode"})


def _codec(label: str | bytes | None, *, from_meta: bool = False) -> str | None:
    """The Python codec for a declared charset, or None when it is unknown or unsupported."""
    if not label:
        return None
    name = (label.decode("ascii", "ignore") if isinstance(label, bytes) else label).lower().strip()
    if name in _LATIN1_LABELS:
        return "cp1252"
    try:
        codec = codecs.lookup(name).name
        b"\xff".decode(codec, errors="replace")  # bytes-to-bytes codecs (base64, zlib) refuse
    except (LookupError, UnicodeError):
        return None
    if codec in _UNSUPPORTED_CODECS:
        return None
    if from_meta and codec.startswith("utf-16"):
        return "utf-8"
    return codec


# Single-byte legacy codecs (Python's names). A page that declares one but whose bytes are valid
# multi-byte UTF-8 was written as UTF-8 under a stale declaration (an old CMS template); decoding it
# as declared gives mojibake such as "KapanLagi.comÂ®". Multi-byte legacy codecs (Shift-JIS, GBK,
# ...) are left as declared: their bytes can look like UTF-8 by chance.
_SINGLE_BYTE_CODEC = re.compile(
    r"ascii|latin-1|iso8859-\d{1,2}|cp125\d|cp4\d\d|cp8[5-7]\d|mac-[a-z-]+|koi8-[a-z]+|tis-620"
)


def _confirmed_codec(body: bytes, declared: str) -> str:
    """``declared``, or UTF-8 when the bytes contradict a declared single-byte legacy charset."""
    if not _SINGLE_BYTE_CODEC.fullmatch(declared) or body.isascii():
        return declared
    try:  # incremental: a body cut short inside a character is still UTF-8
        decoded = codecs.getincrementaldecoder("utf-8")().decode(body, final=False)
    except UnicodeDecodeError:
        return declared
    return "utf-8" if not decoded.isascii() else declared  # one whole multi-byte character


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Decode a page as a browser would: BOM, HTTP charset, meta/XML declaration, UTF-8, cp1252."""
    marked = decode_marked(body)
    if marked is not None:
        return marked
    head = body[:8192]
    declared = _codec(charset)
    if declared is None:
        match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
        declared = _codec(match.group(1), from_meta=True) if match else None
    if declared is not None:
        return body.decode(_confirmed_codec(body, declared), errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


# --- extraction -----------------------------------------------------------------------------


_CONTINUES = "This article continues on other pages that were not read; the text may be partial."


@dataclass(frozen=True)
class _Pagination:
    """Where one page sits in a multi-page article, and its links to the other pages."""

    current: int = 1
    all_url: str | None = None
    numbered: tuple[tuple[int, str], ...] = ()
    next_url: str | None = None

    def following(self) -> str | None:
        """The URL of the next page, if this page links to it."""
        for page, url in self.numbered:
            if page == self.current + 1:
                return url
        return self.next_url

    @property
    def partial(self) -> bool:
        """Whether this page alone is not the whole article."""
        return self.all_url is not None or self.following() is not None or self.current > 1

    def warnings(self) -> list[str]:
        if self.current > 1:
            return [
                f"This link opens page {self.current} of the article; earlier pages were not "
                "read, so the text is partial."
            ]
        return [_CONTINUES] if self.partial else []


@dataclass(frozen=True)
class _Page:
    article: Article
    pagination: _Pagination


def extract_article(
    html: bytes, url: str, *, final_url: str | None = None, charset: str | None = None
) -> Article:
    """Extract the article from a page's raw bytes (no network).

    ``charset`` is the HTTP header's charset, if any. Raises :class:`ExtractionError` when the
    page holds too little article text (paywall, JavaScript-only page, photo or video page).
    """
    return _extract_page(html, url, final_url=final_url or url, charset=charset).article


def _extract_page(
    html: bytes,
    url: str,
    *,
    final_url: str,
    charset: str | None,
    continuation: bool = False,
) -> _Page:
    text = _XML_DECLARATION.sub("", decode_html(html, charset), count=1)
    document = _run_trafilatura(text, final_url)
    metadata = _metadata(document, text, final_url)
    tree = _parse_tree(text)
    lines = (document.get("text") or "").splitlines() if document else []
    lines = page_blocks.join_dateline(page_blocks.recover_missing_blocks(tree, lines))
    paragraphs = clean_paragraphs(lines, title=metadata["title"])
    warnings: list[str] = []
    if not continuation:
        paragraphs, warnings = _story(paragraphs, lines, tree, final_url, metadata["title"])
    if any(PAYWALL.search(line) for line in lines):
        warnings.append(
            "Part of this article seems to be for subscribers only; the text may be partial."
        )
    pagination = _find_pagination(tree, final_url)
    if not continuation:
        warnings.extend(pagination.warnings())
    article = Article(
        url=url,
        final_url=final_url,
        title=metadata["title"],
        date=metadata["date"],
        author=_byline(lines) or _html_byline(tree) or metadata["author"],
        site=metadata["site"],
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        warnings=tuple(warnings),
    )
    return _Page(article=article, pagination=pagination)


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(WORD.findall(paragraph)) for paragraph in paragraphs)


def _story(
    paragraphs: list[str], lines: list[str], tree: Any, url: str, title: str | None
) -> tuple[list[str], list[str]]:
    """The page's paragraphs and warnings: its photo captions on a photo page with little text.

    Raises :class:`ExtractionError` when the page holds too little text to summarise.
    """
    short = _word_count(paragraphs) < MIN_ARTICLE_WORDS
    paywalled = any(PAYWALL.search(line) for line in lines)
    found = photo_pages.gallery_captions(url, tree, title) if short and not paywalled else None
    if found is not None:
        story = photo_pages.caption_story(paragraphs, clean_paragraphs(found, title=title))
        if _word_count(story) < photo_pages.MIN_CAPTION_WORDS:
            raise ExtractionError(f"{photo_pages.NO_STORY} {_PASTE_HINT}")
        return story, [photo_pages.PHOTO_NOTE]
    _require_article_text(paragraphs, lines)
    return paragraphs, []


def _require_article_text(paragraphs: list[str], lines: list[str]) -> None:
    if _word_count(paragraphs) >= MIN_ARTICLE_WORDS:
        return
    if any(PAYWALL.search(line) for line in lines):
        raise ExtractionError(
            f"This article is for subscribers only, so its text could not be read. {_PASTE_HINT}"
        )
    raise ExtractionError(
        "No article text was found on this page (it may be a photo or video page, need "
        f"JavaScript, or be behind a paywall). {_PASTE_HINT}"
    )


def _run_trafilatura(text: str, url: str) -> dict[str, Any] | None:
    import trafilatura  # heavy: imported on first use

    document = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,  # tables are kept and images left out by default
        favor_precision=True,
        prune_xpath=list(page_blocks.EMBED_XPATHS),
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    if document is None:
        return None
    return document if isinstance(document, dict) else document.as_dict()


def _metadata(document: dict[str, Any] | None, text: str, url: str) -> dict[str, str | None]:
    document = document or {}
    hostname = (urlsplit(url).hostname or "").removeprefix("www.")
    site = _clean_site(document.get("sitename"), hostname)
    title = document.get("title") or _html_title(text)
    return {
        "title": clean_title(title, hostname=hostname, site=site) if title else None,
        "date": _iso_date(document.get("date")),
        "author": _clean_author(document.get("author"), _site_tokens(hostname, site)),
        "site": site,
    }


def _html_title(text: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    return SPACES.sub(" ", html_module.unescape(match.group(1))).strip() or None


def _clean_site(sitename: str | None, hostname: str) -> str | None:
    if sitename:
        sitename = SPACES.sub(" ", sitename).strip()
        if "://" not in sitename and not sitename.startswith("@") and len(sitename) <= 80:
            return sitename.replace("_", " ")
    return hostname or None


_TITLE_SEPARATOR = re.compile(r"(\s+[-|–—•»]\s+)")
_SECOND_LEVEL = frozenset({"co", "com", "or", "go", "ac", "net", "org", "web", "my", "sch", "ne"})


def _site_tokens(hostname: str, site: str | None) -> set[str]:
    labels = [label for label in hostname.lower().split(".") if label]
    tokens: set[str] = set()
    if len(labels) >= 2:
        name = labels[-2]
        if name in _SECOND_LEVEL and len(labels) >= 3:
            name = labels[-3]
        tokens.add(name)
    if site:
        tokens.add("".join(WORD.findall(site.lower().split(".")[0])))
    return {token for token in tokens if len(token) >= 3}


def clean_title(title: str, *, hostname: str = "", site: str | None = None) -> str:
    """Drop a site-name segment from either end ("Judul - Kompas.com Regional" -> "Judul").

    A site name joined by a colon goes too ("KapanLagi.com: Judul" -> "Judul").
    """
    title = SPACES.sub(" ", title).strip()
    tokens = _site_tokens(hostname, site)
    parts = _TITLE_SEPARATOR.split(title)
    while len(parts) >= 3 and _names_site(parts[-1], tokens):
        parts = parts[:-2]
    while len(parts) >= 3 and _names_site(parts[0], tokens):
        parts = parts[2:]
    return _without_site_label("".join(parts).strip(), tokens)


# "KapanLagi.com: Judul" and "Judul : VIVA.co.id": a site name joined to the title by a colon.
_COLON_PREFIX = re.compile(r"([^:]{2,40}?)\s*:\s+(\S.*)")
_COLON_SUFFIX = re.compile(r"(.*\S)\s*:\s+([^:]{2,40})")
_TOP_LEVEL_TAIL = re.compile(rf"{SQUASHED_SITE_SUFFIX}$")


def _without_site_label(title: str, tokens: set[str]) -> str:
    """``title`` without a colon-joined site name; "Tri Indonesia: Broadband ..." is kept."""
    prefix = _COLON_PREFIX.fullmatch(title)
    if prefix and _is_site_label(prefix.group(1), tokens) and len(prefix.group(2).split()) >= 2:
        return prefix.group(2)
    suffix = _COLON_SUFFIX.fullmatch(title)
    if suffix and _is_site_label(suffix.group(2), tokens) and len(suffix.group(1).split()) >= 2:
        return suffix.group(1)
    return title


def _is_site_label(segment: str, tokens: set[str]) -> bool:
    """Whether ``segment`` is exactly the site's name ("KapanLagi.com®", "VIVA.co.id", "VIVA")."""
    squashed = "".join(WORD.findall(segment.lower()))
    return bool(squashed) and (squashed in tokens or _TOP_LEVEL_TAIL.sub("", squashed) in tokens)


_DOMAIN_WORD = re.compile(rf"^[\w-]+\.{SITE_SUFFIX}$", re.IGNORECASE)


def _names_site(segment: str, tokens: set[str]) -> bool:
    """Whether a title segment is a site name: it names the host/site or is a domain name."""
    words = segment.split()
    if len(words) > 5:
        return False
    if any(_DOMAIN_WORD.match(word) for word in words):
        return True
    squashed = "".join(WORD.findall(segment.lower()))
    return any(token in squashed for token in tokens)


_AUTHOR_PREFIX = re.compile(r"^(?:pewarta|penulis|reporter|oleh|by|editor)\s*:?\s+", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:penulis|reporter|pewarta|oleh|writer)\s*:\s*(.{2,80})$", re.IGNORECASE)


def _clean_author(author: str | None, site_tokens: set[str]) -> str | None:
    """The metadata author without "Pewarta"/"Oleh" prefixes; None if it names the publisher."""
    if not author:
        return None
    author = _AUTHOR_PREFIX.sub("", SPACES.sub(" ", author).strip()).strip()
    if not author or "://" in author or _names_site(author, site_tokens):
        return None
    return author


def _byline(lines: list[str]) -> str | None:
    """The author named in the body ("Penulis: ...", "Reporter: ..."), if any."""
    for line in lines:
        name = _byline_name(line)
        if name:
            return name
    return None


_BYLINE_TAGS = ("tr", "p", "li", "span", "address", "small", "strong", "b", "div")


def _html_byline(tree: Any) -> str | None:
    """The author from a short "Penulis: ..." element of the page (e.g. Kompas's credit table)."""
    if tree is None:
        return None
    for element in tree.iter(*_BYLINE_TAGS):
        if element.tag == "div" and len(element) > 4:
            continue
        text = " ".join(" ".join(element.itertext()).split())
        name = _byline_name(text) if len(text) <= 100 else None
        if name:
            return name
    return None


_NEXT_LABEL = re.compile(
    r"\s*[|,;]?\s+(?:editor|sumber|penyunting|redaktur|fotografer|foto)\s*:.*$", re.IGNORECASE
)


def _byline_name(line: str) -> str | None:
    """The name in a byline line: ``Penulis : Nama | Editor : Lain`` gives ``Nama``."""
    match = _BYLINE.match(normalise_line(line))
    if not match:
        return None
    return _NEXT_LABEL.sub("", match.group(1)).strip(" |") or None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    if parsed.tzinfo is None and parsed.time() == dt.time(0, 0):
        return parsed.date().isoformat()
    return parsed.isoformat()


# --- pagination -----------------------------------------------------------------------------

_PAGE_PARAMS = ("page", "halaman", "hal", "pg")  # not "p": WordPress uses it for post ids
_ALL_PAGES = frozenset({("page", "all"), ("showpage", "all"), ("single", "1"), ("single", "true")})
_PAGE_SUFFIX = re.compile(r"^(.*?)/(\d{1,2})/?$")


def _article_key(url: str) -> tuple[str, str] | None:
    """(host, path without a trailing page number) of an http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    match = _PAGE_SUFFIX.match(parts.path)
    path = match.group(1) if match else parts.path.rstrip("/")
    return parts.hostname.lower().removeprefix("www."), path


def _page_number(url: str) -> int | str | None:
    """1, 2, ... for a numbered page of an article, "all" for a single-page view, else None."""
    parts = urlsplit(url)
    query = [(key.lower(), value.lower()) for key, value in parse_qsl(parts.query)]
    if any(pair in _ALL_PAGES for pair in query):
        return "all"
    for key, value in query:
        if key in _PAGE_PARAMS and value.isdigit():
            return int(value)
    match = _PAGE_SUFFIX.match(parts.path)
    return int(match.group(2)) if match else None


def _parse_tree(text: str) -> Any:
    """The page as an lxml tree (for links and bylines), or None if it cannot be parsed."""
    from lxml import etree
    from lxml import html as lxml_html  # imported on first use

    try:
        return lxml_html.document_fromstring(text)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _find_pagination(tree: Any, page_url: str) -> _Pagination:
    """Continuation links of the article at ``page_url`` (same host and article path only)."""
    number = _page_number(page_url)
    current = number if isinstance(number, int) else 1
    if tree is None:
        return _Pagination(current=current)
    key = _article_key(page_url)
    all_url: str | None = None
    numbered: dict[int, str] = {}
    next_url: str | None = None
    for element in tree.iter("a", "link"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(page_url, href).split("#", 1)[0]
        if key is None or _article_key(absolute) != key or absolute == page_url:
            continue
        number = _page_number(absolute)
        if number == "all":
            all_url = all_url or absolute
        elif isinstance(number, int) and 2 <= number <= 99:
            numbered.setdefault(number, absolute)
        if "next" in (element.get("rel") or "").lower().split() and number != "all":
            next_url = next_url or absolute
    return _Pagination(
        current=current,
        all_url=all_url,
        numbered=tuple(sorted(numbered.items())),
        next_url=next_url,
    )


# --- fetching -------------------------------------------------------------------------------


def _parse_fetched(
    page: FetchedPage, *, continuation: bool = False, settings: Settings | None = None
) -> _Page:
    document = fetched_document(page, settings or Settings())
    if document is not None:  # a PDF or Word file: read as an uploaded one is
        return _Page(Article(**document), _Pagination())
    if page.content_type == "text/plain":
        return _Page(_plain_text_article(page, continuation=continuation), _Pagination())
    return _extract_page(
        page.body,
        page.url,
        final_url=page.final_url,
        charset=page.charset,
        continuation=continuation,
    )


def _plain_text_article(page: FetchedPage, *, continuation: bool) -> Article:
    text = decode_html(page.body, page.charset or "utf-8")
    blocks = [block for block in re.split(r"\n\s*\n", text) if block.strip()]
    paragraphs = clean_paragraphs([SPACES.sub(" ", block) for block in blocks])
    if not continuation:
        _require_article_text(paragraphs, paragraphs)
    hostname = (urlsplit(page.final_url).hostname or "").removeprefix("www.")
    return Article(
        url=page.url,
        final_url=page.final_url,
        site=hostname or None,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
    )


def load_article(url: str, settings: Settings, **fetch_options: Unpack[FetchOptions]) -> Article:
    """Fetch ``url`` safely, extract the article, and read a multi-page article's continuation.

    A single-page view ("page=all") is used when the page links one; otherwise up to
    :data:`MAX_PAGES` numbered pages are read, all within one :class:`PageBudget`.
    ``fetch_options`` (``transport``, ``resolver``, ``ssl_context``) go to :func:`fetch_url` for
    every page.
    Raises :class:`FetchError` or :class:`ExtractionError` for the first page; a failing
    continuation only adds a warning.
    """
    fetch = functools.partial(fetch_url, **fetch_options)
    first, budget = _next_page(url, PageBudget.start(settings, fetch), first=True)
    if not first.pagination.partial:
        return first.article
    single, budget = _single_page_view(first, budget)
    if single is not None:
        return single
    return _read_pages(first, budget)


def _next_page(url: str, budget: PageBudget, *, first: bool = False) -> tuple[_Page, PageBudget]:
    fetched, budget = budget.fetch(url, first=first)
    return _parse_fetched(fetched, continuation=not first, settings=budget.settings), budget


def _without_pagination_warning(article: Article) -> tuple[str, ...]:
    return tuple(warning for warning in article.warnings if warning != _CONTINUES)


def _single_page_view(first: _Page, budget: PageBudget) -> tuple[Article | None, PageBudget]:
    all_url = first.pagination.all_url
    if all_url is None:
        return None, budget
    try:
        page, budget = _next_page(all_url, budget)
    except SummarizerError:
        return None, budget
    view = page.article
    if len(view.text) < len(first.article.text):
        return None, budget
    article = replace(
        first.article,
        final_url=view.final_url,
        text=view.text,
        paragraphs=view.paragraphs,
        warnings=tuple(w for w in first.article.warnings if w not in first.pagination.warnings()),
        pages=1,
    )
    return article, budget


def _read_pages(first: _Page, budget: PageBudget) -> Article:
    pages = [first.article]
    seen = {first.article.url, first.article.final_url}
    current = first
    warning: str | None = None
    while True:
        next_url = current.pagination.following()
        if next_url is None or next_url in seen:
            break
        if len(pages) >= MAX_PAGES:
            warning = (
                f"This article has more than {MAX_PAGES} pages; only {MAX_PAGES} were read, so "
                "the text is partial."
            )
            break
        try:
            current, budget = _next_page(next_url, budget)
        except SummarizerError as error:
            warning = (
                f"Page {current.pagination.current + 1} of this article could not be read "
                f"({error}); the text is partial."
            )
            break
        seen.update({next_url, current.article.final_url})
        if not _adds_text(pages, current.article):
            break  # the "continuation" repeats what we have: not a real next page
        pages.append(current.article)
    return _merge(pages, warning)


def _adds_text(pages: list[Article], page: Article) -> bool:
    known = {text_key(paragraph) for earlier in pages for paragraph in earlier.paragraphs}
    return any(text_key(paragraph) not in known for paragraph in page.paragraphs)


def _merge(pages: list[Article], warning: str | None) -> Article:
    paragraphs: list[str] = []
    keys: set[str] = set()
    for page in pages:
        for paragraph in page.paragraphs:
            if text_key(paragraph) not in keys:
                keys.add(text_key(paragraph))
                paragraphs.append(paragraph)
    warnings = list(_without_pagination_warning(pages[0]))
    if warning:
        warnings.append(warning)
    return replace(
        pages[0],
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        warnings=tuple(dict.fromkeys(warnings)),
        pages=len(pages),
    )
