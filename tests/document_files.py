"""Test documents built here from the test corpus (never files of unknown licence).

:func:`layout_pdf` lays out Indonesian articles the way ministries' press releases look: one or
two columns, running header and footer, page numbers, words hyphenated at line ends, a table and
its caption in the middle of a sentence. It returns the PDF and the text that was put in, so a
test can measure how much of it the reader gets back (:func:`word_f1`). The bad documents
(encrypted, image only, truncated, bombs) and Word files (python-docx, and hand-built zips) are
here too.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "fixtures" / "corpus" / "summaries" / "indosum_sample20.jsonl"
HEADER = "Kementerian Komunikasi dan Informatika - Siaran Pers"
FOOTER = "Biro Humas Kominfo | Jalan Medan Merdeka Barat No. 9, Jakarta"
TABLE = (
    ("Provinsi", "Jumlah Sekolah", "Anggaran (Rp miliar)"),
    ("Jawa Barat", "1.250", "310,5"),
    ("Jawa Timur", "1.105", "288,0"),
    ("Sumatera Utara", "640", "142,7"),
)
CAPTION = "Tabel 1: Sebaran sekolah penerima bantuan menurut provinsi"
PARAGRAPHS_DOCX = [
    "Pemerintah Provinsi Jawa Barat menyalurkan bantuan kepada 1.250 sekolah pada hari Senin.",
    "Bantuan itu meliputi buku pelajaran, komputer dan perbaikan ruang kelas yang rusak.",
]
_ASCII = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def articles(count: int, start: int = 0) -> list[list[str]]:
    """``count`` IndoSum articles (CC BY-SA 4.0) as paragraphs, in Latin-1 for the PDF fonts."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    chosen = []
    for row in rows[start : start + count]:
        text = row["article"].translate(_ASCII).encode("latin-1", "ignore").decode("latin-1")
        paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
        chosen.append(paragraphs)
    return chosen


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def word_f1(found: str, expected: str) -> float:
    got, want = words(found), words(expected)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Layout:
    """What :func:`layout_pdf` draws."""

    columns: int = 1
    header: bool = False
    footer: bool = False
    page_numbers: bool = False
    hyphenate: bool = False
    table: bool = False  # a table and its caption in the middle of the second paragraph
    title: str | None = "Pemerintah Salurkan Bantuan untuk Sekolah di Tiga Provinsi"
    metadata_title: str | None = None
    size: float = 10.0
    articles: int = 1
    start: int = 0
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class _Cursor:
    pdf: object
    layout: Layout
    page_width: float = 595.0
    page_height: float = 842.0
    margin: float = 56.0
    gutter: float = 20.0
    column: int = 0
    y: float = 0.0
    pages: int = 0
    column_top: float = 66.0  # where the columns start: below the title on the first page

    @property
    def column_width(self) -> float:
        usable = self.page_width - 2 * self.margin
        return (usable - (self.layout.columns - 1) * self.gutter) / self.layout.columns

    @property
    def x(self) -> float:
        return self.margin + self.column * (self.column_width + self.gutter)

    def new_page(self) -> None:
        pdf, layout = self.pdf, self.layout
        pdf.add_page()
        self.pages += 1
        self.column, self.y = 0, self.margin + 10
        self.column_top = self.y
        pdf.set_font("Helvetica", size=8)
        if layout.header:
            pdf.text(self.margin, 36, HEADER)
        if layout.footer:
            pdf.text(self.margin, self.page_height - 30, FOOTER)
        if layout.page_numbers:
            label = str(self.pages) if self.pages % 2 else f"Halaman {self.pages}"
            pdf.text(self.page_width / 2 - 10, self.page_height - 18, label)
        pdf.set_font("Helvetica", size=layout.size)

    def advance(self, height: float) -> None:
        if self.y + height > self.page_height - self.margin:
            if self.column + 1 < self.layout.columns:
                self.column, self.y = self.column + 1, self.column_top
            else:
                self.new_page()

    def line(self, text: str, *, size: float | None = None, bold: bool = False, x: float = 0.0):
        size = size or self.layout.size
        height = size * 1.3
        self.advance(height)
        self.pdf.set_font("Helvetica", style="B" if bold else "", size=size)
        self.pdf.text(self.x + x, self.y + size, text)
        self.y += height
        self.pdf.set_font("Helvetica", size=self.layout.size)


def _wrap(pdf: object, text: str, width: float, hyphenate: bool) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if pdf.get_string_width(trial) <= width:
            current = trial
            continue
        if hyphenate and word.isalpha() and len(word) >= 7 and current:
            for cut in range(len(word) - 3, 2, -1):
                head = f"{current} {word[:cut]}-"
                if pdf.get_string_width(head) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def _table(cursor: _Cursor) -> None:
    """The table's rows, each cell at its own x on one baseline, then the caption."""
    width, pdf, size = cursor.column_width, cursor.pdf, 8.0
    cursor.y += 6
    for number, row in enumerate(TABLE):
        cursor.advance(size * 1.6)
        pdf.set_font("Helvetica", style="B" if number == 0 else "", size=size)
        for index, cell in enumerate(row):
            pdf.text(cursor.x + index * width / 3, cursor.y + size, cell)
        cursor.y += size * 1.6
    cursor.y += 2
    cursor.line(CAPTION, size=size)
    cursor.y += 8


def layout_pdf(layout: Layout) -> tuple[bytes, str]:
    """The PDF ``layout`` describes, and the text put in it (title, paragraphs, table, caption)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    if layout.metadata_title:
        pdf.set_title(layout.metadata_title)
    cursor = _Cursor(pdf, layout)
    cursor.new_page()
    paragraphs = layout.paragraphs or [
        p for article in articles(layout.articles, layout.start) for p in article
    ]
    expected = []
    if layout.title:
        cursor.line(layout.title, size=15, bold=True)
        cursor.y += 8
        cursor.column_top = cursor.y  # the title spans the columns; they start below it
        expected.append(layout.title)
    for number, paragraph in enumerate(paragraphs):
        expected.append(paragraph)
        lines = _wrap(pdf, paragraph, cursor.column_width, layout.hyphenate)
        for index, text in enumerate(lines):
            cursor.line(text)
            if layout.table and number == 1 and index == min(2, len(lines) - 2):
                _table(cursor)
        cursor.y += layout.size * 0.8
    if layout.table:
        expected += [" ".join(row) for row in TABLE] + [CAPTION]
    return bytes(pdf.output()), "\n\n".join(expected)


def encrypted_pdf() -> bytes:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_encryption(
        owner_password="pemilik", user_password="rahasia", encryption_method=EncryptionMethod.RC4
    )
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 20, "Dokumen rahasia tentang anggaran daerah tahun depan.")
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A "scan": each page is a picture of text, with no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(picture).text((10, 10), "Siaran pers: bantuan sekolah", fill=0)
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=190)
    return bytes(pdf.output())


def _raw_pdf(content: bytes, *, filter_flate: bool = True) -> bytes:
    """A one-page PDF around a (compressed) content stream, with a correct xref table."""
    stream_dict = b"<< /Length %d" % len(content)
    stream_dict += b" /Filter /FlateDecode >>" if filter_flate else b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream_dict + b"\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def flate_bomb(megabytes: int) -> bytes:
    """A zlib stream of ``megabytes`` MB of spaces, about a thousandth of that, built in well
    under a second: after a full flush every megabyte compresses to the same bytes."""
    chunk = b" " * 1_000_000
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.flush()
    checksum = 1
    for _ in range(megabytes):
        checksum = zlib.adler32(chunk, checksum)
    return b"\x78\xda" + first + again * (megabytes - 1) + end + checksum.to_bytes(4, "big")


def compression_bomb_pdf(megabytes: int = 1500) -> bytes:
    """A page whose content stream unpacks to ``megabytes`` MB of spaces."""
    return _raw_pdf(flate_bomb(megabytes))


def slow_pdf(glyphs: int = 200_000) -> bytes:
    """A page of ``glyphs`` characters, each placed on its own: cheap to store, slow to lay out
    (the time-budget test)."""
    row = b" ".join(
        b"1 0 0 1 %d %d Tm (a) Tj" % (x, y) for y in range(0, 800, 4) for x in range(0, 580, 3)
    )
    repeats = max(1, glyphs // (200 * 194))
    return _raw_pdf(zlib.compress(b"BT /F1 4 Tf " + b" ".join([row] * repeats) + b" ET", 9))


# --- Word ---------------------------------------------------------------------------------------


def docx_file(
    paragraphs: list[str],
    *,
    title: str | None = None,
    heading: str | None = None,
    table: bool = False,
    header: str | None = None,
) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if heading:
        document.add_heading(heading, level=1)
    for number, paragraph in enumerate(paragraphs):
        document.add_paragraph(paragraph)
        if table and number == 0:
            grid = document.add_table(rows=len(TABLE), cols=3)
            for row, values in zip(grid.rows, TABLE, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
            document.add_paragraph(CAPTION)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezipped(data: bytes, extra: dict[str, bytes] | None = None, **replace: bytes) -> bytes:
    """A copy of the .docx ``data`` with parts replaced (``word/document.xml`` as
    ``word__document_xml``) or added (``extra``)."""
    changes = {
        name.replace("__", "/").replace("_xml", ".xml").replace("_rels", ".rels"): body
        for name, body in replace.items()
    }
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, changes.get(item.filename, source.read(item.filename)))
        for name, body in (extra or {}).items():
            target.writestr(name, body)
    return out.getvalue()


def zip_bomb_docx(data: bytes, megabytes: int = 400) -> bytes:
    """A .docx with an extra part of ``megabytes`` MB of zeros (a few hundred KB compressed)."""
    out = io.BytesIO(rezipped(data))
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target,
        target.open("word/media/filler.bin", "w", force_zip64=True) as part,
    ):
        chunk = b"\0" * 1_000_000
        for _ in range(megabytes):
            part.write(chunk)
    return out.getvalue()


REMOTE_TEMPLATE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/attachedTemplate" Target="http://127.0.0.1:9/template.dotm" '
    b'TargetMode="External"/></Relationships>'
)
