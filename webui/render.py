"""The page's presentation in Markdown: Streamlit-safe escaping and the page's one-line snippets.

Everything that puts untrusted text (titles, flag and warning messages, error messages, which all
come from a web page, a paste or a model) into the page's Markdown goes through this module, so
app.py never interpolates such text itself: :func:`escape_markdown` for any Markdown context
(``st.markdown``, ``st.info``, widget labels, captions), where ``*``, ``[...](...)``, ``$...$``,
``:red[...]`` or ``<img>`` would otherwise be interpreted, and where Streamlit's renderer would
turn a bare address into a link. The page's only HTML, the reading view, is built (escaped) in
:mod:`webui.reading`.

Nothing here calls Streamlit or a model, so it is tested on its own (tests/test_render.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath

from summarizer.output import _export as export
from summarizer.result import LanguageInfo, SourceInfo

__all__ = [
    "WORD_JOINER",
    "escape_markdown",
    "language_markdown",
    "models_line",
    "size_text",
    "source_markdown",
]

# Streamlit's Markdown (remark-gfm) turns bare URLs, "www." hosts and e-mail addresses in the *text*
# into links after escapes are resolved, so escaping cannot stop it; an invisible WORD JOINER
# (U+2060) inside "://", after "www" and after "@" does, and the text still reads the same.
# Applied to escaped text: "://" is then "\://" and "www." is "www\.".
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\\?\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape_markdown(text: object) -> str:
    """``text`` as inert, single-line Markdown for the page: rendered, it shows these characters.

    :func:`summarizer.output._export.escape_markdown` (no block structure, emphasis, link, image,
    math, directive or HTML can start), plus an invisible word joiner in bare URLs and addresses, so
    Streamlit does not turn them into links.
    """
    return _AUTOLINK.sub(WORD_JOINER, export.escape_markdown(text))


# --- Markdown snippets for the page ------------------------------------------------------------


def language_markdown(language: LanguageInfo, chosen: str = "auto") -> str:
    """One line: the detected language and its probability, and the language actually used."""
    return escape_markdown(export.language_line(language, chosen))


def source_markdown(source: SourceInfo) -> str:
    """Site, date, author and document (file, pages) of the source on one line (escaped); empty
    when nothing is known."""
    document = export.document_line(source.document) if source.document else None
    parts = [part for part in (source.site, source.date, source.author, document) if part]
    return escape_markdown(" · ".join(parts)) if parts else ""


def size_text(size: int) -> str:
    """A size as people read it, exact to the byte count's precision: 2 MB, 2.05 MB, 512 kB."""
    if size >= 1_000_000:
        return f"{size / 1e6:.6g} MB"
    return f"{size / 1e3:.6g} kB" if size >= 1_000 else f"{size} bytes"


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
