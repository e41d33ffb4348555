"""Pure presentation helpers for the app: escaping, highlighted HTML, exports and share links.

Everything that puts untrusted text (article sentences, translations, bullets, titles, flag and
warning messages, which all come from a web page, a paste or a model) into Markdown or HTML goes
through this module, so the app never interpolates such text itself:

* :func:`escape_markdown` for any Markdown context (``st.markdown``, ``st.info``, widget labels,
  captions), where ``*``, ``[...](...)``, ``$...$``, ``:red[...]`` or ``<img>`` would otherwise be
  interpreted;
* :func:`original_html` and :func:`translation_html`, the only HTML the app shows: every piece of
  text is passed through :func:`html.escape`; tags and attributes are fixed strings written here.

Nothing here imports streamlit or a model, so it is tested on its own (tests/test_render.py).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

from . import export
from .export import clean as _clean
from .export import download_stem, numbers, to_json, to_markdown
from .languages import LANGUAGE_NAMES, SOURCE_LANGS, language_name
from .limits import BULLETS_RANGE, MAX_BULLETS, MAX_URL_LENGTH, MIN_BULLETS
from .result import Bullet, LanguageInfo, Sentence, SourceInfo

__all__ = [
    "LANGUAGE_NAMES",
    "SOURCE_LANG_CHOICES",
    "ShareState",
    "bullet_caption",
    "bullet_label",
    "download_stem",
    "escape_markdown",
    "language_markdown",
    "language_name",
    "original_html",
    "parse_share_params",
    "share_link",
    "share_params",
    "source_markdown",
    "to_json",
    "to_markdown",
    "translation_html",
]

SOURCE_LANG_CHOICES = SOURCE_LANGS

# Streamlit's Markdown (remark-gfm) turns bare URLs, "www." hosts and e-mail addresses in the *text*
# into links after escapes are resolved, so escaping cannot stop it; an invisible WORD JOINER
# (U+2060) inside "://", after "www" and after "@" does, and the text still reads the same.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape_markdown(text: object, *, autolinks: bool = False) -> str:
    """``text`` as inert, single-line Markdown (:func:`summarizer.export.escape_markdown`).

    Bare URLs and addresses also get an invisible word joiner, so Streamlit does not turn them
    into links, unless ``autolinks``.
    """
    cleaned = _clean(text)
    return export.escape_markdown(cleaned if autolinks else _AUTOLINK.sub(WORD_JOINER, cleaned))


def _escape_html(text: object) -> str:
    return html.escape(_clean(text), quote=True)


# --- HTML: the original with highlighted sentences, and the aligned translation ----------------

_MARK_STYLE = "background-color:#ffe58f;color:#1f1f1f;border-radius:3px;padding:0 2px"
_NUMBER_STYLE = "color:#8a8a8a;font-size:0.7em;margin-right:2px"
_BOX_STYLE = "font-size:1rem;line-height:1.6"
_CELL_STYLE = "vertical-align:top;padding:6px 8px;border-bottom:1px solid rgba(128,128,128,0.25)"
_TABLE_STYLE = "width:100%;border-collapse:collapse;font-size:0.95rem;line-height:1.5"


def _sentence_span(sentence: Sentence, text: str, highlighted: Collection[int]) -> str:
    number = f'<sup style="{_NUMBER_STYLE}">{sentence.index + 1}</sup>'
    body = _escape_html(text)
    if sentence.index in highlighted:
        body = f'<mark style="{_MARK_STYLE}">{body}</mark>'
    return f'<span id="s{sentence.index + 1}" class="sentence">{number}{body}</span>'


def original_html(
    sentences: Sequence[Sentence], highlighted: Collection[int] = (), *, translated: bool = False
) -> str:
    """The article as paragraphs of numbered sentences, the ``highlighted`` indices marked.

    ``translated`` shows each sentence's English translation instead of its original text. Every
    sentence is HTML-escaped; the markup around it is fixed.
    """
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        text = sentence.translation if translated else sentence.text
        paragraphs.setdefault(sentence.paragraph, []).append(
            _sentence_span(sentence, text, highlighted)
        )
    body = "".join(
        f'<p style="margin:0 0 0.8em 0">{" ".join(parts)}</p>'
        for _, parts in sorted(paragraphs.items())
    )
    return f'<div class="original" style="{_BOX_STYLE}">{body}</div>'


def translation_html(
    sentences: Sequence[Sentence],
    highlighted: Collection[int] = (),
    *,
    source_label: str = "Original",
) -> str:
    """A three-column table: sentence number, original sentence, its English translation."""
    rows = []
    for sentence in sentences:
        original = _escape_html(sentence.text)
        english = _escape_html(sentence.translation)
        if sentence.index in highlighted:
            original = f'<mark style="{_MARK_STYLE}">{original}</mark>'
            english = f'<mark style="{_MARK_STYLE}">{english}</mark>'
        rows.append(
            f'<tr><td style="{_CELL_STYLE};color:#8a8a8a">{sentence.index + 1}</td>'
            f'<td style="{_CELL_STYLE}">{original}</td>'
            f'<td style="{_CELL_STYLE}">{english}</td></tr>'
        )
    head = (
        f'<tr><th style="{_CELL_STYLE};text-align:left">#</th>'
        f'<th style="{_CELL_STYLE};text-align:left">{_escape_html(source_label)}</th>'
        f'<th style="{_CELL_STYLE};text-align:left">English</th></tr>'
    )
    return (
        f'<table class="translation" style="{_TABLE_STYLE}"><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# --- Markdown snippets for the page ------------------------------------------------------------


def bullet_label(position: int, bullet: Bullet) -> str:
    """A bullet as a radio option: its number and text (escaped), ⚠ when something is flagged."""
    warn = " ⚠" if bullet.flags else ""
    return f"**{position + 1}\\.** {escape_markdown(bullet.text)}{warn}"


def bullet_caption(bullet: Bullet) -> str:
    """Where the bullet comes from, and its flags ("⚠ message"), as escaped Markdown."""
    if bullet.sources:
        noun = "Sentence" if len(bullet.sources) == 1 else "Sentences"
        where = f"{noun} {numbers(bullet.sources)}"
    else:
        where = "No supporting sentence found"
    flags = [f"⚠ {flag.message}" for flag in bullet.flags]
    return escape_markdown(" · ".join([where, *flags]))


def language_markdown(language: LanguageInfo, chosen: str = "auto") -> str:
    """One line: the detected language and its probability, and the language actually used."""
    return escape_markdown(export.language_line(language, chosen))


def source_markdown(source: SourceInfo) -> str:
    """Site, date and author of the source on one line (escaped); empty when nothing is known."""
    parts = [part for part in (source.site, source.date, source.author) if part]
    return escape_markdown(" · ".join(parts)) if parts else ""


# --- Share links -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareState:
    """What a share link asks for; ``problems`` lists parameters that were ignored, and why."""

    url: str | None = None
    bullets: int | None = None
    lang: str | None = None
    problems: tuple[str, ...] = ()


def share_params(url: str, bullets: int, lang: str) -> dict[str, str]:
    """The query parameters that reproduce a URL summary (pasted text is never shared)."""
    return {"url": url, "bullets": str(bullets), "lang": lang}


def share_link(base_url: str | None, params: Mapping[str, str]) -> str:
    """``base_url`` (the app's address; any query or fragment dropped) with ``params``."""
    query = urlencode(params)
    if not base_url:
        return "?" + query
    parts = urlsplit(base_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def parse_share_params(params: Mapping[str, str | Sequence[str]]) -> ShareState:
    """Read ``?url=…&bullets=…&lang=…``; bad values are reported, never trusted."""

    def one(name: str) -> str | None:
        value = params.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            value = value[-1] if value else ""
        return value.strip() or None

    problems: list[str] = []
    url = one("url")
    bullets: int | None = None
    raw_bullets = one("bullets")
    if raw_bullets is not None:
        if raw_bullets.isdigit() and int(raw_bullets) in BULLETS_RANGE:
            bullets = int(raw_bullets)
        else:
            problems.append(
                f"The link's number of bullets is not {MIN_BULLETS}–{MAX_BULLETS}; the default "
                "is used."
            )
    lang = one("lang")
    if lang is not None and lang not in SOURCE_LANG_CHOICES:
        problems.append("The link's language is not auto, id or en; it is detected instead.")
        lang = None
    if url is not None and len(url) > MAX_URL_LENGTH:
        problems.append("The link's article address is too long to use.")
        url = None
    return ShareState(url=url, bullets=bullets, lang=lang, problems=tuple(problems))
