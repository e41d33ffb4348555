"""Readers: what turns a tab's input into an article, through the library's input layer.

Each reader is made in the script from the inputs of this run (:class:`webui.state.Inputs`), and
called in the run's thread, which never touches the session. It uses :mod:`summarizer.inputs`
alone: the library checks what was given (length, file type, size, encoding) and its messages say
what is wrong, so the page checks nothing again. The one thing only the page knows is that no
file was chosen.

A new way in is one more entry in :data:`READERS` (and its tab in :mod:`webui.views.inputs`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from summarizer import inputs
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.inputs import ArticleInput
from summarizer.limits import UPLOAD_TYPES
from summarizer.pipeline import Progress
from webui import params, results
from webui.errors import TAB_FILE
from webui.state import Inputs, Kind

# The file types the uploader offers: the library's, so a type it learns is offered at once.
FILE_TYPES = UPLOAD_TYPES
FILE_TYPES_TEXT = ", ".join(f".{kind}" for kind in FILE_TYPES)


@dataclass(frozen=True)
class Read:
    """An article, what the visitor gave, and the page address that reproduces it (URLs only)."""

    article: ArticleInput
    given: str
    query: dict[str, str]


ArticleReader = Callable[[Settings, Progress], Read]


def text_reader(given: Inputs) -> ArticleReader:
    text = given.text

    def read_text(settings: Settings, _progress: Progress) -> Read:
        return Read(results.with_example_source(inputs.from_text(text, settings)), text, {})

    return read_text


def url_reader(given: Inputs) -> ArticleReader:
    typed, cache = given.url, results.article_cache()

    def read_url(settings: Settings, progress: Progress) -> Read:
        progress("fetch", 0, 1)
        article = inputs.from_url(typed, settings, cache=cache)
        url = inputs.normalize_url(typed)  # what was fetched: "kompas.com/…" gets https://
        query = params.share_params(url, settings.bullets, settings.source_lang, settings.num_beams)
        return Read(article, url, query)

    return read_url


def file_reader(given: Inputs) -> ArticleReader:
    """The chosen file, read by :func:`summarizer.inputs.from_file` (which refuses a file of
    another type, over the upload limit, binary or undecodable, saying why)."""
    if given.upload is None:
        raise InputError(f"Choose a file under {TAB_FILE} first ({FILE_TYPES_TEXT}).")
    name, data = given.upload.name, given.upload.getvalue()

    def read_file(settings: Settings, _progress: Progress) -> Read:
        article = inputs.from_file(name, data, settings)
        return Read(article, article.text, {})

    return read_file


READERS: dict[Kind, Callable[[Inputs], ArticleReader]] = {
    "text": text_reader,
    "url": url_reader,
    "file": file_reader,
}


def reader_for(kind: Kind, given: Inputs) -> ArticleReader:
    """The reader of ``kind``'s input; raises InputError when there is nothing to read."""
    return READERS[kind](given)
