"""Article text that trafilatura leaves out, put back from the page's own markup.

trafilatura keeps the paragraphs of the element it takes for the article body, but it drops a
paragraph that is bare text (no ``<p>``: text and ``<br>`` breaks straight inside the body
``<div>``, often after a ``<strong>SITE</strong>`` dateline) when the rest of the body is in ``<p>``
elements, and a lead that sits in its own ``<div>``/``<span>``. That is the lead of many Indonesian
news pages. :func:`recover_missing_blocks` finds the element that holds the extracted paragraphs,
splits it into blocks the way a browser lays it out (block elements and ``<br>`` end a block), and
puts back, in page order, each prose block that trafilatura left out. :func:`join_dateline` joins a
dateline that stands on its own line ("JAKARTA, KOMPAS.com") to the lead it belongs to.

:data:`EMBED_XPATHS` name embedded posts and "load more" buttons: trafilatura prunes them, and the
block walker skips them (with comment boxes, share bars, related-article lists and captions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from summarizer.text import SITE_SUFFIX

__all__ = [
    "EMBED_XPATHS",
    "SPACES",
    "WORD",
    "Block",
    "ends_sentence",
    "join_dateline",
    "recover_missing_blocks",
    "text_blocks",
    "text_key",
]

# Embedded tweets, Instagram/TikTok/Facebook posts and "load more" buttons: not article text.
EMBED_XPATHS: tuple[str, ...] = (
    "//blockquote[contains(@class, 'twitter-') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed')]",
    "//*[contains(@class, 'fb-post') or contains(@class, 'fb-video')]",
    "//*[contains(@class, 'load-more') or contains(@class, 'loadmore')]",
)

_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tr td th blockquote section "
    "article main pre center hr address".split()
)
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Elements whose text is never a paragraph of the story.
_SKIP_TAGS = frozenset(
    "script style noscript iframe figure figcaption aside nav form button select option textarea "
    "header footer template svg video audio object embed picture img input label".split()
)
# Parts of a class or id ("social-komentar" -> social, komentar) that mark page furniture.
_NOISE_PARTS = frozenset(
    "comment comments komentar related terkait share social sosmed sidebar advert ads iklan "
    "embed tweet twitter instagram tiktok caption promo newsletter tag tags loadmore recommend "
    "rekomendasi popular terpopuler baca photo foto image img pic credit video thumb author "
    "byline".split()
)
_CLASS_PART = re.compile(r"[a-z]+")
# Words and runs of white space, as every page module counts and squashes them.
WORD = re.compile(r"\w+")
SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"""[.!?"'”’)]$""")
MIN_PROSE_WORDS = 8  # a recovered block must be at least a short sentence
_LONG_PROSE_WORDS = 20  # ... and end like one unless it is this long


@dataclass(frozen=True)
class Block:
    """A run of text a browser shows as one paragraph; ``link_chars`` of it are link text."""

    text: str
    link_chars: int = 0
    heading: bool = False

    @property
    def is_prose(self) -> bool:
        """Whether the block reads like a paragraph of an article (not a label, link or title)."""
        words = len(WORD.findall(self.text))
        if self.heading or words < MIN_PROSE_WORDS or self.link_chars * 3 > len(self.text):
            return False
        return words >= _LONG_PROSE_WORDS or ends_sentence(self.text)


def text_key(text: str) -> str:
    """``text`` as lower-case words joined by single spaces: how blocks and lines are compared."""
    return " ".join(WORD.findall(text.lower()))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (full stop, question mark, closing quote, ...)."""
    return _SENTENCE_END.search(text.rstrip()) is not None


def _is_noise(element: Any) -> bool:
    if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(part in _NOISE_PARTS for part in _CLASS_PART.findall(names))


class _BlockWalker:
    """Splits an element into :class:`Block` runs, in document order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._link_chars = 0

    def flush(self, *, heading: bool = False) -> None:
        text = SPACES.sub(" ", "".join(self._parts)).strip()
        if text:
            self.blocks.append(Block(text, min(self._link_chars, len(text)), heading))
        self._parts, self._link_chars = [], 0

    def add(self, text: str | None, *, in_link: bool) -> None:
        if text:
            self._parts.append(text)
            if in_link:
                self._link_chars += len(text.strip())

    def walk(self, element: Any, *, in_link: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            self.flush()
        elif _is_noise(element):
            if tag in _BLOCK_TAGS or tag in _SKIP_TAGS:
                self.flush()
        else:
            block = tag in _BLOCK_TAGS
            if block:
                self.flush()
            inner_link = in_link or tag == "a"
            self.add(element.text, in_link=inner_link)
            for child in element:
                self.walk(child, in_link=inner_link)
            if block:
                self.flush(heading=tag in _HEADING_TAGS)
        self.add(element.tail, in_link=in_link)


def text_blocks(element: Any) -> list[Block]:
    """The blocks of ``element``'s content (its own tail excluded)."""
    walker = _BlockWalker()
    walker.add(element.text, in_link=element.tag == "a")
    for child in element:
        walker.walk(child)
    walker.flush()
    return walker.blocks


def _text_nodes(root: Any) -> Iterator[tuple[Any, str]]:
    """(element that shows it, text) for every text node under ``root``, scripts excluded."""
    for element in root.iter():
        shown = isinstance(element.tag, str) and element.tag not in ("script", "style", "noscript")
        if shown and element.text:
            yield element, element.text
        parent = element.getparent()
        if element.tail and parent is not None:
            yield parent, element.tail


def _owners(root: Any, line_keys: list[str]) -> list[Any]:
    """For each prose line, the element that shows its longest text node (when found)."""
    best: dict[int, tuple[int, Any]] = {}
    prose = [(i, key) for i, key in enumerate(line_keys) if key.count(" ") + 1 >= MIN_PROSE_WORDS]
    for element, text in _text_nodes(root):
        node_key = text_key(text)
        if node_key.count(" ") < 3:
            continue
        for index, line_key in prose:
            if node_key in line_key and len(node_key) > best.get(index, (0, None))[0]:
                best[index] = (len(node_key), element)
    return [best[index][1] for index in sorted(best)]


def _common_ancestor(first: Any, second: Any) -> Any:
    # lxml keeps one proxy object per element while it is referenced: ``chain`` holds them, so
    # ``is`` compares elements (ids of freed proxies could be reused).
    chain = [first, *first.iterancestors()]
    for element in (second, *second.iterancestors()):
        if any(element is ancestor for ancestor in chain):
            return element
    return first.getroottree().getroot()


def _contains(ancestor: Any, element: Any) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def _article_container(tree: Any, line_keys: list[str]) -> Any | None:
    """The element holding most of the extracted prose: where a dropped lead would be."""
    body = tree.find("body")
    owners = _owners(body if body is not None else tree, line_keys)
    if not owners:
        return None
    if len(owners) == 1:
        only = owners[0]
        return only.getparent() if only.tag not in ("div", "td", "article", "section") else only
    container = _common_ancestor(owners[0], owners[1])
    while sum(_contains(container, owner) for owner in owners) * 2 < len(owners):
        parent = container.getparent()
        if parent is None:
            break
        container = parent
    return container


def recover_missing_blocks(tree: Any, lines: list[str]) -> list[str]:
    """``lines`` (trafilatura's text) with the prose blocks it dropped put back in page order.

    Only blocks of the article's own container are considered, and only those before its last
    extracted paragraph (a lead, or bare text between paragraphs): what follows the article's end
    is left to trafilatura's judgement.
    """
    line_keys = [text_key(line) for line in lines]
    container = _article_container(tree, line_keys) if tree is not None else None
    if container is None:
        return list(lines)
    everything = " ".join(line_keys)
    plan: list[tuple[int | None, str]] = []  # (line index, text) kept; (None, text) put back
    emitted = 0
    for block in text_blocks(container):
        block_key = text_key(block.text)
        if block_key and block_key in everything:
            found = _line_of(block_key, line_keys, emitted)
            if found is not None:
                plan.extend((index, lines[index]) for index in range(emitted, found + 1))
                emitted = found + 1
        elif block.is_prose:
            plan.append((None, block.text))
    while plan and plan[-1][0] is None:
        plan.pop()  # prose after the last extracted paragraph: not ours to add
    return [text for _, text in plan] + list(lines[emitted:])


def _line_of(block_key: str, line_keys: list[str], start: int) -> int | None:
    """The first line from ``start`` that holds the start of a block of 3+ words."""
    words = block_key.split()
    if len(words) < 3:
        return None
    head = " ".join(words[:6])
    for index in range(start, len(line_keys)):
        if head in line_keys[index] or (line_keys[index] and line_keys[index] in block_key):
            return index
    return None


# A dateline alone on its line: "JAKARTA, KOMPAS.com", "KapanLagi.com®", "VIVA",
# "Liputan6.com, Jakarta", or anything short that ends with a dash ("ISTANBUL, 23 Februari 2016
# (Antara/PRNewswire) --").
_DATELINE_ONLY = re.compile(
    r"(?:[A-Z][A-Z .'-]{1,30},\s*)?(?:[A-Za-z][\w-]*(?:\.[a-z]{2,4}){1,2}|[A-Z]{2,}[\w.]*)\s*®?"
    rf"|[A-Z][\w-]*\.{SITE_SUFFIX}\s*®?,\s*[A-Z][a-z]+"
    r"|[A-Z][^.!?]{1,80}?\s(?:-{1,2}|–|—)"
)
_DASH_START = re.compile(r"^\s*(?:-{1,2}|–|—)")
_DASH_END = re.compile(r"(?:-|–|—)$")
_DATELINE_SEARCH = 5  # a dateline is among the first lines of the text


def join_dateline(lines: list[str]) -> list[str]:
    """Join a dateline that stands alone to the lead paragraph after it ("JAKARTA - Lead ...")."""
    for index, line in enumerate(lines[:_DATELINE_SEARCH]):
        dateline = SPACES.sub(" ", line).strip()
        if Block(dateline).is_prose:
            break  # the text has begun: a dateline would have come before
        if not _DATELINE_ONLY.fullmatch(dateline) or len(WORD.findall(dateline)) > 10:
            continue
        following = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if following is None or not Block(lines[following]).is_prose:
            return list(lines)
        lead = lines[following].strip()
        glue = " " if _DASH_START.match(lead) or _DASH_END.search(dateline) else " - "
        return [*lines[:index], f"{dateline}{glue}{lead}", *lines[following + 1 :]]
    return list(lines)
