"""Text preparation: clean pasted input, drop boilerplate lines, split into sentences.

``prepare()`` turns whatever a reader pasted (plain text with one paragraph per line or blank-line
separated paragraphs, hard-wrapped text, or a chunk of HTML) into numbered :class:`Segment` s.
Nothing is rewritten: every kept paragraph is exactly ``" ".join`` of its sentences, and every line
that was dropped as boilerplate is listed in :attr:`PreparedText.removed`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from summarizer.config import env_name
from summarizer.errors import InputError
from summarizer.limits import SNIFF_BYTES
from summarizer.result import Segment
from summarizer.text._boilerplate import is_boilerplate
from summarizer.text._decode import bom_codec, decode_marked
from summarizer.text._sites import SITE_SUFFIX

__all__ = [
    "PreparedText",
    "check_file_bytes",
    "decode_text",
    "find_url",
    "normalize",
    "prepare",
    "split_at_clauses",
    "split_sentences",
    "valid_text",
]


@dataclass(frozen=True)
class PreparedText:
    """The input, cleaned and split: sentences (segments), kept paragraphs, what was dropped."""

    segments: tuple[Segment, ...]
    paragraphs: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The kept text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_SPACE_CHARS = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACE_CHARS += "\u202f\u205f\u3000"
_INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
_TRANSLATE = {
    **{ord(ch): " " for ch in _SPACE_CHARS},
    **{ord(ch): None for ch in _INVISIBLE_CHARS},
    ord("\u2028"): "\n",  # LINE SEPARATOR
    ord("\u2029"): "\n\n",  # PARAGRAPH SEPARATOR
    ord("\u0085"): "\n",  # NEXT LINE
    ord("\f"): "\n\n",
    ord("\v"): "\n",
    # Typographic ligatures from PDF copies (their NFKC forms).
    **{ord(ch): unicodedata.normalize("NFKC", ch) for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04"},
}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def normalize(text: str) -> str:
    """Unicode NFC, odd spaces and invisible characters fixed, spaces collapsed.

    Line structure is kept: single newlines stay single, blank lines stay (at most one in a row).
    Each line is stripped and runs of spaces become one space. The result is idempotent.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    text = _CONTROL.sub("", text)
    lines = (_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


# --------------------------------------------------------------------------------------------
# Input checks: binary data, bare URLs, HTML
# --------------------------------------------------------------------------------------------

_BINARY_MESSAGE = (
    "The file does not look like text (it holds binary data or unreadable characters). "
    "Save it as UTF-8 text and try again, or paste the article text."
)
_URL_ONLY = re.compile(
    r"""^[<("'\[]*(?P<url>(?:https?://|www\.)[^\s<>"']+?)[>)"'\].,;:!?]*$""", re.IGNORECASE
)
# A bare host with a path, e.g. "news.detik.com/berita/d-123/judul".
_BARE_URL_ONLY = re.compile(
    r"""^[<("'\[]*(?P<url>(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>"']*?)[>)"'\].,;:!?]*$""",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:p|div|span|br|hr|script|style|noscript|a|html|head|body|title|meta|link|h[1-6]|"
    r"ul|ol|li|table|thead|tbody|tr|td|th|img|article|section|main|aside|strong|em|b|i|u|"
    r"iframe|figure|figcaption|header|footer|nav|blockquote|pre|font|center|details|summary|"
    r"dl|dt|dd|code|small|sup|sub|time)\b[^<>]*>",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_BLOCK_TAGS = _word_set(
    "p div h1 h2 h3 h4 h5 h6 ul ol li table tr td th article section main aside figure "
    "figcaption header footer nav blockquote pre title dl dt dd center"
)


def _check_not_binary(text: str) -> None:
    if "\x00" in text:
        raise InputError(_BINARY_MESSAGE)
    bad = text.count("\ufffd") + sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if bad >= 3 and bad > 0.02 * len(text):
        raise InputError(_BINARY_MESSAGE)


def find_url(text: str) -> str | None:
    """The URL, when the whole input is essentially just a link (else None).

    Surrounding whitespace, quotes, angle brackets and trailing punctuation are ignored. A link
    without a scheme ("www.kompas.com/...", "kompas.com/read/...") is returned with ``https://``.
    """
    stripped = text.strip()
    if not stripped or any(ch.isspace() for ch in stripped):
        return None
    match = _URL_ONLY.match(stripped) or _BARE_URL_ONLY.match(stripped)
    if match is None:
        return None
    url = match.group("url")
    if not re.match(r"https?://", url, re.IGNORECASE):
        url = "https://" + url
    return url


def _looks_like_html(text: str) -> bool:
    return _HTML_TAG.search(text) is not None


def _html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment or page; script/style content dropped, blocks on lines."""
    from lxml import etree
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    # Cleaner's defaults already drop scripts, JavaScript, comments, meta, processing
    # instructions, embedded objects and frames; these are the settings that differ.
    cleaner = Cleaner(
        style=True,
        forms=False,
        page_structure=False,
        safe_attrs_only=False,
        kill_tags=["head", "noscript", "template", "svg"],
    )
    markup = _XML_DECLARATION.sub("", markup)
    try:
        root = cleaner.clean_html(lxml_html.document_fromstring(markup))
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _HTML_BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())


# --------------------------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------------------------

# Whole lines that are page furniture are recognised by the shared rules of
# :mod:`summarizer.text._boilerplate` (fullmatched against a stripped line, case-insensitive), plus
# a source credit ("Sumber: ..."), which a page extract keeps (it may name a table's data source). A
# line longer than _MAX_BOILERPLATE_WORDS is never dropped.
_SOURCE_CREDIT = re.compile(r"\(?sumber\s*:\s*.{0,100}", re.I)
_MAX_BOILERPLATE_WORDS = 30

# A site slogan after the article, e.g. "KlikWartaku.Com Gak Cuma Cepat Tapi Tepat": a short line
# naming a site, without final punctuation. Only dropped among the trailing lines of the text.
_TRAILING_SLOGAN = re.compile(rf"(?i).*\b[\w-]+\.{SITE_SUFFIX}\b.*")
_MAX_SLOGAN_WORDS = 12

# Marks glued to the end of the last sentence: "... global.***", "... tersebut. (omni/dub)".
_TRAILING_MARK = re.compile(r"(?<=[.!?\"”’)])\s*(\(?\*{3,}\)?)$")
_TRAILING_CODE = re.compile(
    r"(?<=[.!?\"”])\s+"
    r"(\((?:[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6})+|[A-Z]{1,2}\d{2,4}|[A-Z]{1,3}|[a-z]{2,4})\))$"
)
_TERMINAL = re.compile(r"[.!?…:;\"”’»)\]]$")


def _is_boilerplate(line: str) -> bool:
    if len(line.split()) > _MAX_BOILERPLATE_WORDS:
        return False
    return is_boilerplate(line) or _SOURCE_CREDIT.fullmatch(line) is not None


def _is_slogan(line: str) -> bool:
    return (
        len(line.split()) <= _MAX_SLOGAN_WORDS
        and _TERMINAL.search(line) is None
        and _TRAILING_SLOGAN.fullmatch(line) is not None
    )


@dataclass(frozen=True)
class _Line:
    block: int
    text: str


def _split_lines(text: str) -> list[_Line]:
    """Non-empty lines with the number of the blank-line separated block they are in."""
    lines: list[_Line] = []
    for block_number, block in enumerate(text.split("\n\n")):
        lines.extend(_Line(block_number, line) for line in block.split("\n") if line)
    return lines


def _drop_boilerplate(lines: list[_Line]) -> tuple[list[_Line], list[str]]:
    """Lines without boilerplate, and what was dropped (in text order)."""
    dropped = {position for position, line in enumerate(lines) if _is_boilerplate(line.text)}
    kept = [position for position in range(len(lines)) if position not in dropped]
    while len(kept) > 1 and _is_slogan(lines[kept[-1]].text):
        dropped.add(kept.pop())
    removed = [lines[position].text for position in sorted(dropped)]
    result = [lines[position] for position in kept]
    if result:
        result[-1], marks = _strip_trailing_marks(result[-1])
        removed.extend(marks)
    return result, removed


def _strip_trailing_marks(line: _Line) -> tuple[_Line, list[str]]:
    marks: list[str] = []
    text = line.text
    for pattern in (_TRAILING_CODE, _TRAILING_MARK):
        match = pattern.search(text)
        if match and match.start() > 0:
            marks.append(match.group(1))
            text = text[: match.start()].rstrip()
    return _Line(line.block, text), marks


# --------------------------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------------------------

_WRAP_MIN, _WRAP_MAX = 40, 100  # longest line of a hard-wrapped block (e-mail, PDF copy)
_WRAP_BAND = 0.7  # wrapped lines are all about as long as the longest one


def _is_hard_wrapped(block: list[str]) -> bool:
    if len(block) < 3:
        return False
    body = block[:-1]
    longest = max(len(line) for line in body)
    if not _WRAP_MIN <= longest <= _WRAP_MAX or len(block[-1]) > longest + 5:
        return False
    if any(len(line) < _WRAP_BAND * longest for line in body):
        return False
    return sum(_TERMINAL.search(line) is None for line in body) * 2 > len(body)


def _continues(line: str, following: str) -> bool:
    """Whether ``following`` continues the paragraph of ``line`` (a soft line break)."""
    if _TERMINAL.search(line):
        return False
    if line.endswith((",", "-", "–", "—", "/", "(")):
        return True
    first = following[0]
    return first.islower()


def _paragraphs(lines: list[_Line]) -> list[str]:
    blocks: list[list[str]] = []
    for position, line in enumerate(lines):
        if position == 0 or line.block != lines[position - 1].block:
            blocks.append([])
        blocks[-1].append(line.text)
    paragraphs: list[str] = []
    for block in blocks:
        if _is_hard_wrapped(block):
            paragraphs.append(" ".join(block))
            continue
        current = block[0]
        for line in block[1:]:
            if _continues(current, line):
                current = f"{current} {line}"
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

# Always followed by a name, number or place: never the end of a sentence.
_TITLE_ABBREVIATIONS = _word_set(
    """
    dr drs dra drg prof ir h hj kh pdt ust ustz bpk bp sdr sdri yth tn ny nn mr mrs ms mt
    jl jln gg no nos rp hlm hal vol tel telp fax kec kab kel kp ds dk prov st
    pt cv pt ud
    kol jend jen brigjen mayjen letjen laksma laksda laksdya marsma marsda marsdya
    kapt let lettu letda serka sertu serda kopda pratu kombes akbp kompol akp iptu ipda aiptu
    aipda bripka brigpol briptu bripda pol inf kav czi arh psk gub wagub
    vs ref art fig
    """
)
# Usually mid-sentence, but may end one: a split happens only before a typical sentence opener.
_FINAL_ABBREVIATIONS = _word_set(
    """
    dll dsb dst dkk tbk purn cs etc jr sr ltd inc co corp bros
    """
)
_SENTENCE_OPENERS = _word_set(
    """
    Ia Dia Mereka Kami Kita Saya Aku Anda Beliau Namun Tetapi Tapi Sementara Selain Menurut Hal
    Ini Itu Pada Dalam Di Dengan Sedangkan Adapun Kemudian Lalu Bahkan Oleh Karena Meski Meskipun
    Walaupun Untuk Saat Sebelumnya Setelah Sebab Jika Kini Sejak Selanjutnya Akibatnya Para
    Seorang Sejumlah Ketika Hingga Apalagi Padahal Artinya Maka Tak Tidak Sebelum Selama Sekarang
    Bagi Dari Ada Atas Begitu Secara Setiap Semua Seluruh Pihak
    The He She They It We I But However This That In On
    """
)
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]{1,4}\.){2,}")
_OPENERS = "\"'“‘«([{"
_CANDIDATE = re.compile(r"(?P<punct>[.!?…]+)(?P<close>[\"'”’»)\]}]*)(?P<space>\s+)")
_STANDALONE_QUOTE = re.compile(r"(?P<quote>[\"'”’])(?:\s+|$)")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[{\s]*(?P<word>[^\s\"'”’»)\]}.,;:!?]*)")


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, Indonesian-aware.

    Splits only at whitespace after ``.``, ``?``, ``!`` or an ellipsis (plus closing quotes or
    brackets), and only when the next word starts with a capital letter or a digit. Does not split
    after abbreviations (``Dr.``, ``Jl.``, ``dll.``, ``S.H.``), initials (``B. J. Habibie``) or a
    list number at the start. Inside numbers, URLs and e-mail addresses there is no whitespace, so
    they are never split. ``" ".join(result)`` equals the paragraph with runs of whitespace
    collapsed; no sentence is empty.
    """
    text = " ".join(paragraph.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for cut in _boundaries(text):
        sentences.append(text[start:cut].strip())
        start = cut
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def _boundaries(text: str) -> Iterator[int]:
    """Offsets where a new sentence starts."""
    position = 0
    while True:
        match = _CANDIDATE.search(text, position)
        if match is None:
            return
        position = match.end()
        next_start = _after_closing_quote(text, match.start("punct"), position)
        if next_start >= len(text):
            return
        if _is_boundary(text, match.start("punct"), match.group("punct"), next_start):
            yield next_start
        position = next_start


def _after_closing_quote(text: str, punct_start: int, next_start: int) -> int:
    """Skip a closing quote written apart from its sentence: 'kata dia. " Lalu' (IndoSum style)."""
    quote = _STANDALONE_QUOTE.match(text, next_start)
    if quote is None:
        return next_start
    mark = quote.group("quote")
    if mark == "'":
        return next_start  # also an apostrophe: no way to tell
    closing = mark in "”’" or text.count(mark, 0, punct_start) % 2 == 1
    return quote.end() if closing else next_start


def _is_boundary(text: str, punct_start: int, punct: str, next_start: int) -> bool:
    next_word = _NEXT_WORD.match(text, next_start)
    word_after = next_word.group("word") if next_word else ""
    if not word_after or not _starts_sentence(word_after[0]):
        return False
    if punct != ".":
        return True
    word_start = text.rfind(" ", 0, punct_start) + 1
    while word_start < punct_start and text[word_start] in _OPENERS:
        word_start += 1
    word_before = text[word_start:punct_start]
    if _is_list_number(text, word_start, word_before):
        return False
    return not _is_abbreviation(word_before, word_after)


def _starts_sentence(char: str) -> bool:
    return char.isdigit() or char.isupper() or (char.isalpha() and not char.islower())


def _is_abbreviation(word: str, word_after: str) -> bool:
    """Whether the period after ``word`` belongs to an abbreviation (so the sentence goes on)."""
    lowered = word.lower()
    if lowered in _TITLE_ABBREVIATIONS:
        return True
    final_capable = (
        lowered in _FINAL_ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or _DOTTED_ABBREVIATION.fullmatch(word + ".") is not None
    )
    return final_capable and word_after not in _SENTENCE_OPENERS


def _is_list_number(text: str, word_start: int, word: str) -> bool:
    """'1.' opening the paragraph or after a colon or sentence end: a list number, not an ending."""
    if not (word.isdigit() and len(word) <= 3):
        return False
    return word_start == 0 or text[:word_start].rstrip().endswith((":", ";", ".", "!", "?"))


# --------------------------------------------------------------------------------------------
# Clause splitting for over-long sentences
# --------------------------------------------------------------------------------------------

_CONJUNCTIONS = _word_set(
    """
    dan serta tetapi tapi namun sedangkan melainkan sehingga karena sebab agar supaya ketika
    saat sementara setelah sebelum sejak hingga sampai bahwa jika kalau apabila meskipun
    walaupun padahal atau maupun lalu kemudian and but because while although
    """
)
# Prepositions: a weaker boundary, tried together with "yang" before any space.
_PREPOSITIONS = _word_set("yang di dengan untuk pada dari ke oleh terhadap")
_CENTRAL = (0.2, 0.8)  # clause boundaries are only used inside this part of the text


def split_at_clauses(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Split a sentence into pieces that each satisfy ``fits`` (e.g. a token budget).

    Cuts recursively at the best boundary near the middle: after ``;`` ``:`` or a dash, then after
    a comma, then before a conjunction ("dan", "tetapi", "karena", ...), then before "yang", then
    at any space, and for a single over-long word, between characters. ``" ".join(pieces)`` equals
    the whitespace-normalised text, except where a word itself had to be cut (those parts join
    without a space). No piece is empty. Raises InputError if even one character does not fit.
    """
    normalized = " ".join(text.split())
    if not normalized:
        return []
    return _split_recursive(normalized, fits)


def _split_recursive(text: str, fits: Callable[[str], bool]) -> list[str]:
    if fits(text):
        return [text]
    if " " in text:
        cut = _best_space(text)
        left, right = text[:cut], text[cut + 1 :]
    elif len(text) > 1:
        middle = len(text) // 2
        left, right = text[:middle], text[middle:]
    else:
        raise InputError(
            "A piece of the text cannot be made small enough for the translation model; "
            "check the model setting or shorten the text."
        )
    return _split_recursive(left, fits) + _split_recursive(right, fits)


def _best_space(text: str) -> int:
    """Offset of the space to cut at: best boundary class first, then closest to the middle."""
    words = text.split(" ")
    middle = len(text) / 2
    low, high = _CENTRAL[0] * len(text), _CENTRAL[1] * len(text)
    best: tuple[int, float, int] | None = None  # (rank, distance to the middle, offset)
    nearest: tuple[float, int] | None = None
    offset = -1
    for before, after in itertools.pairwise(words):
        offset += len(before) + 1
        distance = abs(offset - middle)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, offset)
        if low <= offset <= high:
            candidate = (_boundary_rank(before, after), distance, offset)
            if candidate[0] < 4 and (best is None or candidate < best):
                best = candidate
    if best is not None:
        return best[2]
    assert nearest is not None  # the caller checked that the text has a space
    return nearest[1]


def _boundary_rank(before: str, after: str) -> int:
    """0: after ; : or a dash; 1: after a comma; 2: before a conjunction;
    3: before "yang" or a preposition; 4: any other space."""
    if before.endswith((";", ":", "—", "–")) or before == "-":
        return 0
    if before.endswith(","):
        return 1
    lowered = after.lower()
    if lowered in _CONJUNCTIONS:
        return 2
    if lowered in _PREPOSITIONS:
        return 3
    return 4


# --------------------------------------------------------------------------------------------
# prepare()
# --------------------------------------------------------------------------------------------


def prepare(text: str) -> PreparedText:
    """Clean the input and split it into numbered sentences.

    Raises InputError for empty input, binary data, a bare link, text without letters, and text
    that holds nothing but boilerplate.
    """
    if not text or not text.strip():
        raise InputError("The text is empty. Paste the article text or choose a file.")
    text = valid_text(text)
    _check_not_binary(text)
    url = find_url(text)
    if url is not None:
        raise InputError(
            f"The text looks like a link ({_shorten(url)}), not an article. Use the URL field "
            "(or --url on the command line) to fetch it, or paste the article text itself."
        )
    warnings: list[str] = []
    if _looks_like_html(text):
        text = _html_to_text(text)
        warnings.append(
            "The text contained HTML; it was converted to plain text (scripts and styles dropped)."
        )
    normalized = normalize(text)
    if not normalized:
        raise InputError("The text is empty after cleaning. Paste the article text itself.")
    if not any(char.isalpha() for char in normalized):
        raise InputError(
            "The text has no letters (only numbers, punctuation or symbols). "
            "Paste the article text."
        )
    unreadable = normalized.count("\ufffd")
    if unreadable:
        warnings.append(
            f"{unreadable} character(s) could not be read (shown as \ufffd); if the text looks "
            "garbled, save the file as UTF-8 text and try again."
        )
    lines, removed = _drop_boilerplate(_split_lines(normalized))
    if removed:
        warnings.append(_removed_warning(removed))
    paragraphs = _paragraphs(lines)
    if not paragraphs:
        raise InputError(
            "Only page furniture (links, credits, slogans) was found, no article text. "
            "Paste the article text itself."
        )
    return PreparedText(
        segments=_segments(paragraphs),
        paragraphs=tuple(paragraphs),
        warnings=tuple(warnings),
        removed=tuple(removed),
    )


def _segments(paragraphs: list[str]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for paragraph_index, paragraph in enumerate(paragraphs):
        for sentence in split_sentences(paragraph):
            segments.append(Segment(len(segments), paragraph_index, sentence))
    return tuple(segments)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _removed_warning(removed: list[str]) -> str:
    count = len(removed)
    noun = "line" if count == 1 else "lines"
    shown = ", ".join(f"'{_shorten(line)}'" for line in removed[:5])
    more = f" and {count - 5} more" if count > 5 else ""
    return f"Removed {count} boilerplate {noun}: {shown}{more}."


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` with every lone surrogate (no encoder accepts one) replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def check_file_size(data: bytes, max_bytes: int, shorter: str = "a shorter text") -> None:
    """Refuse a file (text or document) over ``max_bytes``, the upload limit."""
    if len(data) > max_bytes:
        setting = env_name("max_upload_bytes")
        limit = f"The file is larger than {max_bytes:,} bytes"
        raise InputError(
            f"{limit} ({setting}). Use {shorter}.",
            setting=setting,
            public=f"{limit}. Use {shorter}.",
        )


def check_file_bytes(data: bytes, max_bytes: int) -> None:
    """Refuse a file over ``max_bytes``, or one whose start holds NUL bytes (binary data).

    UTF-16 and UTF-32 text is full of NUL bytes, so a file that starts with their byte-order
    mark is not sniffed.
    """
    check_file_size(data, max_bytes)
    if bom_codec(data) is None and b"\x00" in data[:SNIFF_BYTES]:
        raise InputError("The file does not look like text. Save it as UTF-8 text and try again.")


def decode_text(data: bytes, max_bytes: int) -> str:
    """Bytes of an uploaded or given file as text; binary and oversized files are refused.

    A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32; undecodable units become
    U+FFFD, which ``prepare`` counts in a warning); otherwise UTF-8, then Windows-1252.
    """
    check_file_bytes(data, max_bytes)
    marked = decode_marked(data)
    if marked is not None:
        return valid_text(marked)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Legacy Windows files; prepare() still refuses text full of control characters.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            "The file is not valid UTF-8 text. Save it as UTF-8 text and try again."
        ) from None
