"""Photo and gallery pages: their story is in the captions.

A photo page ("readfoto", "galeri", ...) has a line or two of text and one caption per photo;
trafilatura keeps the text and drops the captions (image ``alt``/``title`` text, ``<figcaption>``,
caption elements). When the captions tell a story, :func:`caption_story` gives the page's text
followed by the captions that add to it, and the page is summarised with :data:`PHOTO_NOTE`;
when they say too little (no captions, or only "Foto 1", "Foto 2"), the page is refused with
:data:`NO_STORY`.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from summarizer.inputs._page_blocks import SPACES, WORD, ends_sentence, text_key

__all__ = [
    "MIN_CAPTION_WORDS",
    "NO_STORY",
    "PHOTO_NOTE",
    "caption_story",
    "captions",
    "gallery_captions",
]

MIN_CAPTION_WORDS = 30  # text plus captions below this tell no story worth summarising
MIN_CAPTION_SENTENCE_WORDS = 5  # "Foto 1" or a photographer's name is not a caption
_GALLERY_CAPTIONS = 3  # this many caption sentences make a page a gallery, whatever its path
PHOTO_NOTE = (
    "This is a photo page: its text is made of the photo captions, which may not tell the "
    "whole story."
)
NO_STORY = "This is a photo or video page whose captions tell no story to summarise."

_PHOTO_PATH = re.compile(
    r"(?:^|[/_.-])(?:read)?(?:foto|fotos|photo|photos|galeri|gallery|galleries|album"
    r"|slideshow|potret|infografis?)(?=$|[/_.-])",
    re.IGNORECASE,
)
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|captions|keterangan)(?=$|[\s_-])")


def gallery_captions(url: str, tree: Any, title: str | None) -> list[str] | None:
    """The page's photo captions if it is a photo gallery, else None.

    A gallery's path says so ("/foto/", "/readfoto/", "/galeri/"), or it has several caption
    elements, or several photos whose ``alt`` text is a caption sentence.
    """
    if tree is None:
        return None
    found = captions(tree, title)
    by_path = _PHOTO_PATH.search(urlsplit(url).path) is not None
    if by_path or len(_caption_elements(tree)) >= 2 or len(found) >= _GALLERY_CAPTIONS:
        return found
    return None


def _caption_elements(tree: Any) -> list[Any]:
    found = [element for element in tree.iter("figcaption")]
    for element in tree.iter("div", "span", "p"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if _CAPTION_CLASS.search(names):
            found.append(element)
    return found


def captions(tree: Any, title: str | None) -> list[str]:
    """Caption sentences of the page's photos, in page order, without repeats or the title."""
    if tree is None:
        return []
    caption_elements = set(_caption_elements(tree))
    texts: list[str] = []
    for element in tree.iter("img", "figcaption", "div", "span", "p"):
        if element.tag == "img":
            texts.extend(element.get(attribute) or "" for attribute in ("alt", "title"))
        elif element in caption_elements:
            texts.append(" ".join(element.itertext()))
    title_key = text_key(title or "")
    seen: set[str] = set()
    found: list[str] = []
    for text in texts:
        caption = SPACES.sub(" ", text).strip()
        key = text_key(caption)
        if key in seen or key == title_key or not _is_caption_sentence(caption):
            continue
        seen.add(key)
        found.append(caption)
    return found


def _is_caption_sentence(caption: str) -> bool:
    """A caption that says something: a sentence (related-article headlines have no full stop)."""
    words = len(WORD.findall(caption))
    return words >= MIN_CAPTION_SENTENCE_WORDS and ends_sentence(caption)


def caption_story(paragraphs: list[str], photo_captions: list[str]) -> list[str]:
    """The page's paragraphs, then each caption that adds words they do not have."""
    story = list(paragraphs)
    known = {word for paragraph in story for word in _words(paragraph)}
    for caption in photo_captions:
        words = _words(caption)
        if words - known:
            story.append(caption)
            known |= words
    return story


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))
