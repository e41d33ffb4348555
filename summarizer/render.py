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
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

from .result import Bullet, LanguageInfo, Sentence, SourceInfo, SummaryResult

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

SOURCE_LANG_CHOICES = ("auto", "id", "en")

LANGUAGE_NAMES = {
    "id": "Indonesian",
    "en": "English",
    "ms": "Malay",
    "jv": "Javanese",
    "su": "Sundanese",
    "tl": "Tagalog",
    "nl": "Dutch",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "vi": "Vietnamese",
    "th": "Thai",
    "zh-cn": "Chinese",
    "zh-tw": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "ru": "Russian",
    "unknown": "unknown",
}

# C0/C1 control characters (tab and newline excepted): invisible noise that models sometimes emit.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")
# Every ASCII character that can start or end a Markdown construct in Streamlit's renderer:
# CommonMark, GFM (tables, strikethrough), math ($), directives and emoji shortcodes (:), HTML
# (<, >, & are written as entities below). A backslash before ASCII punctuation always means
# "this character, literally" in CommonMark, so over-escaping is harmless.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:^=\"'])")
# Streamlit's Markdown (remark-gfm) turns bare URLs, "www." hosts and e-mail addresses in the *text*
# into links after escapes are resolved, so escaping cannot stop it; an invisible WORD JOINER
# (U+2060) inside "://", after "www" and after "@" does, and the text still reads the same.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def _clean(text: object) -> str:
    return _CONTROL.sub("", str(text))


def escape_markdown(text: object, *, autolinks: bool = False) -> str:
    """``text`` as inert, single-line Markdown: rendered, it shows exactly these characters.

    Whitespace runs (newlines included) become one space, so no block structure (headings, lists,
    code blocks, tables) can start; punctuation is backslash-escaped and ``& < >`` become entities,
    so no emphasis, link, image, math, directive or HTML can either. Bare URLs and addresses get an
    invisible word joiner, so they are not turned into links, unless ``autolinks`` (the Markdown
    export, where a copied URL must work and a link to it is wanted).
    """
    flat = _WHITESPACE.sub(" ", _clean(text)).strip()
    if not autolinks:
        flat = _AUTOLINK.sub(WORD_JOINER, flat)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_html(text: object) -> str:
    return html.escape(_clean(text), quote=True)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


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


def _numbers(indices: Iterable[int]) -> str:
    return ", ".join(str(index + 1) for index in indices)


def bullet_label(position: int, bullet: Bullet) -> str:
    """A bullet as a radio option: its number and text (escaped), ⚠ when something is flagged."""
    warn = " ⚠" if bullet.flags else ""
    return f"**{position + 1}\\.** {escape_markdown(bullet.text)}{warn}"


def bullet_caption(bullet: Bullet) -> str:
    """Where the bullet comes from, and its flags ("⚠ message"), as escaped Markdown."""
    if bullet.sources:
        noun = "Sentence" if len(bullet.sources) == 1 else "Sentences"
        where = f"{noun} {_numbers(bullet.sources)}"
    else:
        where = "No supporting sentence found"
    flags = [f"⚠ {flag.message}" for flag in bullet.flags]
    return escape_markdown(" · ".join([where, *flags]))


def language_markdown(language: LanguageInfo, chosen: str = "auto") -> str:
    """One line: the detected language and its probability, and the language actually used."""
    used = language_name(language.used)
    if language.detected == "unknown":
        detected = "not detected"
    else:
        detected = (
            f"detected {language_name(language.detected)} (probability {language.probability:.0%})"
        )
    text = f"Language: {used} — {detected}"
    if chosen != "auto":
        text += f"; {used} was chosen in the settings"
    elif language.used != language.detected:
        text += f"; treated as {used}"
    return escape_markdown(text + ".")


def source_markdown(source: SourceInfo) -> str:
    """Site, date and author of the source on one line (escaped); empty when nothing is known."""
    parts = [part for part in (source.site, source.date, source.author) if part]
    return escape_markdown(" · ".join(parts)) if parts else ""


# --- Exports -----------------------------------------------------------------------------------


def to_json(result: SummaryResult) -> str:
    return result.to_json()


def _export(text: object) -> str:
    return escape_markdown(text, autolinks=True)


def to_markdown(result: SummaryResult) -> str:
    """The result as a Markdown document: source, bullets with their sentence numbers, the
    translation and the original (numbered the same way), notes and model ids.

    All text from the article or the models is escaped, so the file renders as written in any
    Markdown viewer.
    """
    source = result.source
    title = _export(source.title) if source.title else "Summary"
    lines = [f"# {title}", ""]
    details = [
        ("Source", source.url),
        ("Page read", source.final_url if source.final_url != source.url else None),
        ("Site", source.site),
        ("Date", source.date),
        ("Author", source.author),
    ]
    for label, value in details:
        if value:
            lines.append(f"- **{label}:** {_export(value)}")
    lines.append(f"- **Language:** {language_markdown(result.language)}")
    lines += ["", "## Summary", ""]
    if not result.bullets:
        lines.append("_No bullets were produced._")
    for position, bullet in enumerate(result.bullets):
        if bullet.sources:
            where = f"sentences {_numbers(bullet.sources)}"
        else:
            where = "no supporting sentence"
        lines.append(f"{position + 1}. {_export(bullet.text)} _\\({where}\\)_")
        for flag in bullet.flags:
            lines.append(f"    - ⚠ {_export(flag.message)}")
    lines += ["", "## Translation", ""]
    lines += _numbered_paragraphs(result.sentences, translated=True)
    original = language_name(result.language.used)
    lines += ["", f"## Original ({original})", ""]
    lines += _numbered_paragraphs(result.sentences, translated=False)
    lines += ["", "## Notes", ""]
    for note in (result.coverage.line, *result.warnings):
        lines.append(f"- {_export(note)}")
    lines += ["", "## Models", ""]
    for role, model in result.models.items():
        lines.append(f"- **{_export(role)}:** {_export(model)}")
    lines += [
        "",
        "_Machine translation and summary: check each bullet against the sentences it cites._",
        "",
    ]
    return "\n".join(lines)


def _numbered_paragraphs(sentences: Sequence[Sentence], *, translated: bool) -> list[str]:
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        text = sentence.translation if translated else sentence.text
        paragraphs.setdefault(sentence.paragraph, []).append(
            f"**\\[{sentence.index + 1}\\]** {_export(text)}"
        )
    out: list[str] = []
    for _, parts in sorted(paragraphs.items()):
        out += [" ".join(parts), ""]
    return out[:-1]


def download_stem(result: SummaryResult) -> str:
    """A safe file name stem: "summary" plus a slug of the title when there is one."""
    title = result.source.title or ""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50].strip("-")
    return f"summary-{slug}" if slug else "summary"


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
        if raw_bullets.isdigit() and 1 <= int(raw_bullets) <= 10:
            bullets = int(raw_bullets)
        else:
            problems.append("The link's number of bullets is not 1–10; the default is used.")
    lang = one("lang")
    if lang is not None and lang not in SOURCE_LANG_CHOICES:
        problems.append("The link's language is not auto, id or en; it is detected instead.")
        lang = None
    if url is not None and len(url) > 2000:
        problems.append("The link's article address is too long to use.")
        url = None
    return ShareState(url=url, bullets=bullets, lang=lang, problems=tuple(problems))
