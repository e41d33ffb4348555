"""The page's presentation: Streamlit-safe Markdown and the only HTML the page shows.

Everything that puts untrusted text (article sentences, translations, bullets, titles, flag and
warning messages, which all come from a web page, a paste or a model) into the page goes through
this module, so app.py never interpolates such text itself:

* :func:`escape_markdown` for any Markdown context (``st.markdown``, ``st.info``, widget labels,
  captions), where ``*``, ``[...](...)``, ``$...$``, ``:red[...]`` or ``<img>`` would otherwise be
  interpreted, and where Streamlit's renderer would turn a bare address into a link;
* :func:`original_html` and :func:`translation_html`, the only HTML the page shows: every piece of
  text is passed through :func:`html.escape`; tags and attributes are fixed strings written here.

Nothing here calls Streamlit or a model, so it is tested on its own (tests/test_render.py).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePosixPath, PureWindowsPath

from summarizer import export
from summarizer.result import Bullet, LanguageInfo, Sentence, SourceInfo

__all__ = [
    "WORD_JOINER",
    "bullet_caption",
    "bullet_label",
    "escape_markdown",
    "language_markdown",
    "models_line",
    "original_html",
    "source_markdown",
    "translation_html",
]

# Streamlit's Markdown (remark-gfm) turns bare URLs, "www." hosts and e-mail addresses in the *text*
# into links after escapes are resolved, so escaping cannot stop it; an invisible WORD JOINER
# (U+2060) inside "://", after "www" and after "@" does, and the text still reads the same.
# Applied to escaped text: "://" is then "\://" and "www." is "www\.".
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\\?\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape_markdown(text: object) -> str:
    """``text`` as inert, single-line Markdown for the page: rendered, it shows these characters.

    :func:`summarizer.export.escape_markdown` (no block structure, emphasis, link, image, math,
    directive or HTML can start), plus an invisible word joiner in bare URLs and addresses, so
    Streamlit does not turn them into links.
    """
    return _AUTOLINK.sub(WORD_JOINER, export.escape_markdown(text))


def _escape_html(text: object) -> str:
    return html.escape(export.clean(text), quote=True)


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
        where = f"{noun} {export.numbers(bullet.sources)}"
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


# --- model ids -----------------------------------------------------------------------------------

# A model given as a directory on the server ("/srv/models/opus", "~/m", "C:\\m", "./m"): only its
# last part is shown, so a visitor never learns the server's layout.
_LOCAL_MODEL = re.compile(r"^(?:[/~.]|[A-Za-z]:\\)")


def model_label(model: str) -> str:
    """A model as a visitor sees it: a hub id as is, a server directory by its name only."""
    if not _LOCAL_MODEL.match(model):
        return model
    path = PureWindowsPath(model) if "\\" in model else PurePosixPath(model)
    return f"{path.name or 'model'} (a copy on this server)"


def models_line(models: Mapping[str, str]) -> str:
    """Each role and its model (plain text), server directories reduced to their names."""
    return " · ".join(f"{role}: {model_label(model)}" for role, model in models.items())
