"""Text lines placed on pages, turned into paragraphs as a reader would copy them.

Pure geometry and text (no PDF library here; :mod:`summarizer.inputs._pdf` gives the lines):

* running headers and footers (a line repeated near the same place in the top or bottom band of
  most pages, digits ignored) and page numbers are dropped: :func:`drop_running_lines`;
* each page is read in column order: gutters are x-ranges that column-width lines never cross;
  a line that crosses one (a title, a one-column passage) is read where it stands, and the lines
  between two such lines are read column by column: :func:`reading_order`;
* lines become paragraphs at a vertical gap, an indent, a change of font, a caption or a table;
  a word hyphenated at a line end is joined: :func:`paragraphs`;
* a sentence interrupted by a table, a caption, a column or a page is joined again, and what
  interrupted it follows the paragraph.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

BAND = 0.2  # top and bottom fifth of a page: where running headers and footers live
NUMBER_BAND = 0.1  # page numbers stand in the top or bottom tenth
REPEAT_SHARE = 0.4  # a line on at least this share of pages (and two) is a running line
REPEAT_TOLERANCE = 8.0  # points a running line may move from page to page
EDGE = 0.06  # small print this close to a page's top or bottom edge is a header or footer
ROW_TOLERANCE = 2.0  # points: lines whose tops differ less are on one row (table cells)
MIN_GUTTER = 6.0  # points: the narrowest gap between two columns
COLUMN_WIDTH = (0.25, 0.62)  # a column's lines span this share of the page's text width
GAP_FACTOR = 1.45  # a gap of this many line pitches starts a paragraph
WORD_GAP = 0.9  # pieces of one line (wide justified spaces) lie closer than this many font sizes

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|.]*(?:(?:hal(?:aman)?|hlm|page|p)\.?\s*)?"
    r"(?:\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6})"
    r"(?:\s*(?:/|of|dari)\s*\d{1,4})?[\s\-–—|]*$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:tabel|table|gambar|figure|fig\.|grafik|diagram|foto|bagan|sumber|source)\s*"
    r"(?:\d+(?:\.\d+)*\s*[.:)\-–—]?|:)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;…](?:\s?['\"”’)\]])*$")
_HYPHENATED = re.compile(r"(\w+)[-\u00ad]$")
_FIRST_WORD = re.compile(r"^(\w+)")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Line:
    """One line of text on a page, in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 10.0
    bold: bool = False
    italic: bool = False

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class _Row:
    """The lines of one column at one height: one line, or the cells of a table row."""

    cells: tuple[Line, ...]
    # (page, band, column), (page, -1, -1) across the columns: a change is a column or page break
    flow: tuple[int, int, int]

    @property
    def text(self) -> str:
        return " ".join(cell.text for cell in self.cells)

    @property
    def table(self) -> bool:
        return len(self.cells) > 1

    @property
    def first(self) -> Line:
        return self.cells[0]

    @property
    def x1(self) -> float:
        return max(cell.x1 for cell in self.cells)


@dataclass
class _Block:
    kind: str  # "prose", "heading", "table" or "caption"
    rows: list[_Row] = field(default_factory=list)
    text: str = ""
    room: float = 0.0  # points left free at the end of its last line, before the column's edge


# --- running headers, footers and page numbers -------------------------------------------------


def _line_key(text: str) -> str:
    return _SPACES.sub(" ", re.sub(r"\d+", "#", text.casefold())).strip()


def _in_band(line: Line, page: Page, band: float = BAND) -> bool:
    return line.top < band * page.height or line.bottom > (1 - band) * page.height


def _running_keys(pages: Sequence[Page]) -> set[tuple[str, int]]:
    """(key, height bucket) of lines in the top or bottom band of enough pages."""
    if len(pages) < 2:
        return set()
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    places: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for number, page in enumerate(pages):
        for line in page.lines:
            if _in_band(line, page):
                places[_line_key(line.text)].append((number, line.top))
    running: set[tuple[str, int]] = set()
    for key, seen in places.items():
        for _, top in seen:
            near = {number for number, other in seen if abs(other - top) <= REPEAT_TOLERANCE}
            if len(near) >= needed:
                running.add((key, round(top)))
    return running


def _is_running(line: Line, running: set[tuple[str, int]]) -> bool:
    key = _line_key(line.text)
    return any(key == k and abs(line.top - top) <= REPEAT_TOLERANCE for k, top in running)


def _is_page_number(line: Line, page: Page) -> bool:
    return _in_band(line, page, NUMBER_BAND) and _PAGE_NUMBER.match(line.text) is not None


def _is_edge_print(line: Line, page: Page, body_size: float) -> bool:
    """Small print in a page's outer margin (a header or footer even on a single page)."""
    at_edge = line.bottom < EDGE * page.height or line.top > (1 - EDGE) * page.height
    return at_edge and line.size <= body_size - 1


def drop_running_lines(pages: Sequence[Page]) -> list[Page]:
    """``pages`` without running headers and footers and without page numbers."""
    running = _running_keys(pages)
    sizes = Counter(round(line.size, 1) for page in pages for line in page.lines for _ in line.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    return [
        replace(
            page,
            lines=tuple(
                line
                for line in page.lines
                if line.text.strip()
                and not _is_page_number(line, page)
                and not _is_running(line, running)
                and not _is_edge_print(line, page, body)
            ),
        )
        for page in pages
    ]


# --- reading order -----------------------------------------------------------------------------


def _gutters(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """X-ranges between columns: crossed by no column-width line, with such lines either side."""
    if len(lines) < 6:
        return []
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    text_width = right - left
    low, high = COLUMN_WIDTH
    columnar = [line for line in lines if low * text_width <= line.width <= high * text_width]
    if len(columnar) < 6:
        return []
    steps = max(1, int(text_width))
    covered = [0] * (steps + 1)
    for line in columnar:
        for x in range(int(line.x0 - left), min(steps, int(line.x1 - left)) + 1):
            covered[x] += 1
    allowed = len(columnar) // 40  # a stray line (a short centred one) may cross
    gutters: list[tuple[float, float]] = []
    start: int | None = None
    for x, count in enumerate([*covered, len(columnar) + 1]):
        if count <= allowed and start is None:
            start = x
        elif count > allowed and start is not None:
            g0, g1 = left + start, left + x - 1
            before = sum(line.x1 <= g0 + 1 for line in columnar)
            after = sum(line.x0 >= g1 - 1 for line in columnar)
            if g1 - g0 >= MIN_GUTTER and min(before, after) >= 1 and before + after >= 6:
                gutters.append((g0, g1))
            start = None
    return gutters


def _rows(lines: Iterable[Line], flow: tuple[int, int, int]) -> list[_Row]:
    """Lines grouped into rows (tops within :data:`ROW_TOLERANCE`), top to bottom."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: line.top):
        if rows and abs(line.top - rows[-1][0].top) <= ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [_Row(tuple(sorted(row, key=lambda line: line.x0)), flow) for row in rows]


def _aligned(a: _Row, b: _Row) -> bool:
    """Whether two rows of cells share a cell edge after the first (columns of one table)."""
    return any(abs(x.x0 - y.x0) <= 3 for x in a.cells[1:] for y in b.cells[1:])


def _column_rows(lines: Iterable[Line], flow: tuple[int, int, int]) -> list[_Row]:
    """The rows of one column: a row of several pieces is a table row when a row next to it has
    cells in line with its own; otherwise it is one line the PDF reader split at wide spaces."""
    rows = _rows(lines, flow)
    kept: list[_Row] = []
    for index, row in enumerate(rows):
        near = [rows[i] for i in (index - 1, index + 1) if 0 <= i < len(rows)]
        if not row.table or any(other.table and _aligned(row, other) for other in near):
            kept.append(row)
            continue
        first, last = row.cells[0], row.cells[-1]
        line = replace(first, text=row.text, x1=last.x1, bottom=max(c.bottom for c in row.cells))
        kept.append(_Row((line,), flow))
    return kept


def _joined_pieces(lines: Sequence[Line]) -> list[Line]:
    """Lines the PDF reader split at wide (justified) word spaces, joined again: pieces on one
    row, in one font size, less than :data:`WORD_GAP` font sizes apart."""
    joined: list[Line] = []
    for row in _rows(lines, (0, 0, 0)):
        current = row.cells[0]
        for piece in row.cells[1:]:
            near = piece.x0 - current.x1 < WORD_GAP * piece.size
            if near and abs(current.size - piece.size) < 0.6:
                current = replace(
                    current,
                    text=f"{current.text} {piece.text}",
                    x1=max(current.x1, piece.x1),
                    bottom=max(current.bottom, piece.bottom),
                )
            else:
                joined.append(current)
                current = piece
        joined.append(current)
    return joined


def reading_order(page: Page, number: int) -> list[_Row]:
    """The rows of ``page`` in reading order (see the module docstring)."""
    page = replace(page, lines=tuple(_joined_pieces(page.lines)))
    gutters = _gutters(page.lines)
    if not gutters:
        return _column_rows(page.lines, (number, 0, 0))

    def crosses(line: Line) -> bool:
        return any(line.x0 < g0 and line.x1 > g1 for g0, g1 in gutters)

    def column(line: Line) -> int:
        return sum(line.centre > (g0 + g1) / 2 for g0, g1 in gutters)

    ordered: list[_Row] = []
    band: list[Line] = []
    band_number = 0

    def flush() -> None:
        by_column: dict[int, list[Line]] = defaultdict(list)
        for line in band:
            by_column[column(line)].append(line)
        for index in sorted(by_column):
            ordered.extend(_column_rows(by_column[index], (number, band_number, index)))
        band.clear()

    for line in sorted(page.lines, key=lambda line: line.top):
        if crosses(line):
            if band:
                flush()
                band_number += 1
            ordered.extend(_rows([line], (number, -1, -1)))  # one flow: the page's full width
        else:
            band.append(line)
    flush()
    return ordered


# --- paragraphs --------------------------------------------------------------------------------


def join_lines(first: str, second: str, vocabulary: Counter[str] | None = None) -> str:
    """Two lines of a paragraph as one: a word hyphenated at the end of ``first`` is joined.

    ``vocabulary`` (the document's words) decides when it holds either spelling; otherwise a
    hyphen stays when the halves repeat each other ("anak-anak", "sehari-hari") or the next line
    starts with a capital or a digit ("pasca-Covid", "ke-20").
    """
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first or second
    if first.endswith("\u00ad"):
        return first[:-1] + second
    before, after = _HYPHENATED.search(first), _FIRST_WORD.match(second)
    if before is None or after is None or first[-2:-1].isdigit():
        return f"{first} {second}"
    left, right = before.group(1), after.group(1)
    if left.isupper() and right.isupper():  # an acronym split at the line end ("DPMP-TSP")
        return first[:-1] + second
    if _keeps_hyphen(left, right, vocabulary or Counter()):
        return first[:-1] + "-" + second
    return first[:-1] + second


def _keeps_hyphen(left: str, right: str, vocabulary: Counter[str]) -> bool:
    joined, hyphened = (left + right).casefold(), f"{left}-{right}".casefold()
    if vocabulary[joined] or vocabulary[hyphened]:
        return vocabulary[hyphened] > vocabulary[joined]
    if not right[0].islower():
        return True
    a, b = left.casefold(), right.casefold()
    return a == b or a.endswith(b) or b.startswith(a) or a.startswith(b)


def _vocabulary(rows: Iterable[_Row]) -> Counter[str]:
    words: Counter[str] = Counter()
    for row in rows:
        text = row.text
        if _HYPHENATED.search(text):
            text = text[: text.rfind(" ") + 1]  # the hyphenated half at the end is no word
        words.update(word.casefold() for word in re.findall(r"\w+(?:-\w+)*", text))
    return words


def _body_size(rows: Sequence[_Row]) -> float:
    sizes: Counter[float] = Counter()
    for row in rows:
        for cell in row.cells:
            sizes[round(cell.size, 1)] += len(cell.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _pitch(rows: Sequence[_Row], size: float) -> float:
    """The usual distance from one line's top to the next's within a paragraph of body text: the
    smallest step that recurs (a paragraph gap is larger; a list of one-line items may have more
    gaps than steps within paragraphs)."""
    steps = Counter(
        round(2 * (b.first.top - a.first.top)) / 2
        for a, b in itertools.pairwise(rows)
        if a.flow == b.flow
        and not a.table
        and not b.table
        and abs(a.first.size - size) < 0.6
        and abs(b.first.size - size) < 0.6
        and 0.8 * size <= b.first.top - a.first.top <= 3 * size
    )
    if not steps:
        return 1.2 * size
    enough = max(2, sum(steps.values()) // 10)
    recurring = [step for step, count in steps.items() if count >= enough]
    return min(recurring) if recurring else statistics.median(steps.elements())


def _starts_block(
    previous: _Row, row: _Row, edges: tuple[float, float], pitch: float, body_size: float
) -> bool:
    a, b = previous.first, row.first
    left, right = edges
    size = b.size
    if size >= body_size + 0.6:  # a heading's lines: centred or ragged, spaced by their size
        return (
            previous.flow != row.flow
            or abs(a.size - b.size) >= 0.6
            or (b.top - a.top > GAP_FACTOR * max(pitch, 1.25 * size))
        )
    return (
        previous.flow != row.flow
        or previous.table != row.table
        or _CAPTION.match(row.text) is not None
        or abs(a.size - b.size) >= 0.6
        or (a.bold, a.italic) != (b.bold, b.italic)
        or b.top - a.top > GAP_FACTOR * pitch
        or (b.x0 - left > 0.8 * size and a.x0 - left <= 0.8 * size)  # a first-line indent
        or bool(_fits(row.text, size, right - previous.x1) and _SENTENCE_END.search(previous.text))
    )


def _kind(rows: list[_Row], body_size: float, after_table: bool) -> str:
    first = rows[0]
    if first.table:
        return "table"
    if _CAPTION.match(first.text) and (after_table or first.first.size < body_size - 0.5):
        return "caption"  # "Tabel 1: ..." under a table or in small print (not a "Sumber:" line)
    text = " ".join(row.text for row in rows)
    short = len(rows) <= 2 and len(text.split()) <= 15 and not _SENTENCE_END.search(text)
    if short and (first.first.size >= body_size + 0.6 or first.first.bold):
        return "heading"
    return "prose"


def _blocks(rows: Sequence[_Row], vocabulary: Counter[str]) -> list[_Block]:
    body = _body_size(rows)
    pitch = _pitch(rows, body)
    edges: dict[tuple[int, int, int], tuple[float, float]] = {}
    for row in rows:
        left, right = edges.get(row.flow, (row.first.x0, row.x1))
        edges[row.flow] = (min(left, row.first.x0), max(right, row.x1))
    groups: list[list[_Row]] = []
    for row in rows:
        if not groups or _starts_block(groups[-1][-1], row, edges[row.flow], pitch, body):
            groups.append([row])
        else:
            groups[-1].append(row)
    blocks: list[_Block] = []
    for group in groups:
        kind = _kind(group, body, bool(blocks) and blocks[-1].kind == "table")
        if kind == "table":
            blocks.extend(_Block("table", [row], row.text) for row in group)
            continue
        text = ""
        for row in group:
            text = join_lines(text, row.text, vocabulary)
        blocks.append(_Block(kind, group, text, edges[group[-1].flow][1] - group[-1].x1))
    return blocks


def _continues(open_block: _Block, block: _Block, interrupted: bool) -> bool:
    """Whether ``block`` carries on the paragraph of ``open_block``: its unfinished sentence goes
    on in lowercase, or its last line was full and what follows comes after a column or a page
    (a finished sentence: after a table or caption)."""
    moved = open_block.rows[-1].flow != block.rows[0].flow
    full = _no_room_for(block, open_block.room)
    if _SENTENCE_END.search(open_block.text):
        return interrupted and full
    return block.text[:1].islower() or ((interrupted or moved) and full)


def _no_room_for(block: _Block, room: float) -> bool:
    """Whether the first word of ``block`` would not have fitted where the line before ended
    (so that line was full, and its paragraph goes on)."""
    return not _fits(block.text, block.rows[0].first.size, room)


def _fits(text: str, size: float, room: float) -> bool:
    """Whether the first word of ``text`` (and a space) fits in ``room`` points, at an average
    glyph width of half the font size."""
    word = text.split(" ", 1)[0]
    return room > (len(word) + 1) * 0.55 * size


def _merged(blocks: Sequence[_Block], vocabulary: Counter[str]) -> list[str]:
    """Paragraph texts: a sentence cut by a table, caption, column or page is joined again."""
    out: list[_Block] = []
    held: list[_Block] = []
    open_index: int | None = None
    for block in blocks:
        if block.kind in ("table", "caption") and open_index is not None:
            held.append(block)
            continue
        if (
            block.kind == "prose"
            and open_index is not None
            and _continues(out[open_index], block, bool(held))
        ):
            target = out[open_index]
            target.text = join_lines(target.text, block.text, vocabulary)
            target.rows = target.rows + block.rows
            target.room = block.room
            out.extend(held)
            held.clear()
            continue
        out.extend(held)
        held.clear()
        out.append(block)
        open_index = len(out) - 1 if block.kind == "prose" else None
    out.extend(held)
    return [_SPACES.sub(" ", block.text).strip() for block in out if block.text.strip()]


def paragraphs(pages: Sequence[Page]) -> list[str]:
    """The text of ``pages`` as paragraphs, in reading order, without running lines."""
    kept = drop_running_lines(pages)
    rows = [row for number, page in enumerate(kept) for row in reading_order(page, number)]
    vocabulary = _vocabulary(rows)
    return _merged(_blocks(rows, vocabulary), vocabulary)


def first_heading(pages: Sequence[Page]) -> str | None:
    """The largest text near the top of the first page with text (a title), if it stands out."""
    for page in pages:
        if not page.lines:
            continue
        sizes = Counter(round(line.size, 1) for line in page.lines for _ in line.text)
        body = sizes.most_common(1)[0][0]
        top = sorted(page.lines, key=lambda line: line.top)[:8]
        biggest = max(top, key=lambda line: line.size)
        if biggest.size < body + 1.0:
            return None
        title = [line.text for line in top if abs(line.size - biggest.size) < 0.3]
        return _SPACES.sub(" ", " ".join(title)).strip() or None
    return None
