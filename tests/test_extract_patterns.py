"""Extraction patterns of Indonesian news pages, each on a small page written for these tests
(tests/fixtures/pages, see SOURCES.md): bare-text leads with ``<br>`` breaks,
``<strong>SITE</strong>`` datelines, a declared latin-1 page whose bytes are UTF-8, site names in
titles, comment notices, embedded posts, "Load More" buttons, and photo pages with and without a
story in their captions."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from summarizer.errors import ExtractionError
from summarizer.inputs import _page_blocks as page_blocks
from summarizer.inputs import _photo_pages as photo_pages
from summarizer.inputs._extract import clean_title, decode_html, extract_article
from summarizer.inputs._page_blocks import Block, join_dateline, recover_missing_blocks, text_blocks

PAGES = Path(__file__).parent / "fixtures" / "pages"
URL = "https://www.example.co.id/read/2016/02/23/berita"
PHOTO_URL = "https://www.example.co.id/foto/2016/01/01/banjir-kemang"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


# --- lead paragraphs ------------------------------------------------------------------------

KOMPAS_STYLE = [
    "BEKASI, KOMPAS.com - Antrean kendaraan mengular hingga lima kilometer di Gerbang Tol "
    "Cikampek Utama, Kamis (5/11/2015) pagi, setelah dua gardu transaksi rusak sejak subuh.",
    "Petugas PT Jasa Marga membuka tiga lajur tambahan untuk mengurai antrean, tetapi kepadatan "
    "masih terjadi hingga pukul 09.00 WIB.",
    '"Kami sudah menurunkan teknisi sejak pukul 05.00 dan dua gardu itu ditargetkan kembali normal '
    'siang ini," kata juru bicara Jasa Marga, Dwimawan Heru, kepada wartawan.',
    "Menurut Heru, kerusakan terjadi pada sistem pembaca kartu elektronik setelah hujan deras "
    "mengguyur kawasan Bekasi sejak Rabu malam.",
    "Ia meminta pengendara dari arah Bekasi menuju Karawang memakai jalur arteri atau keluar di "
    "Gerbang Tol Cikarang Barat sampai perbaikan selesai.",
]

VIVA_STYLE = [
    "VIVA – Penyanyi Raisa Andriana mengumumkan konser tunggal pertamanya yang akan digelar di "
    "Istora Senayan, Jakarta, pada 30 April mendatang.",
    "Konser bertajuk Raisa Live in Concert itu disiapkan selama hampir satu tahun bersama tim "
    "produksi dan sejumlah musisi tamu.",
    '"Ini mimpi saya sejak lama, akhirnya bisa terwujud tahun ini," kata Raisa saat jumpa pers di '
    "kawasan Kemang, Jakarta Selatan, Selasa, 23 Februari 2016.",
    "Tiket konser mulai dijual pada 1 Maret secara daring dengan harga mulai Rp350 ribu hingga "
    "Rp2,5 juta untuk kelas paling depan.",
    "Promotor menyebut kapasitas Istora sekitar tujuh ribu penonton dan tidak akan ada penambahan "
    "hari pertunjukan.",
]

KAPANLAGI_STYLE = [
    "KapanLagi.com® - Setelah dua tahun rehat, Dian Sastrowardoyo kembali bermain film lewat drama "
    "keluarga arahan sutradara Riri Riza yang mulai syuting di Yogyakarta pekan depan.",
    "Dalam film itu Dian berperan sebagai ibu tiga anak yang kembali ke kampung halamannya setelah "
    "belasan tahun merantau ke Jakarta.",
    "“Naskahnya membuat saya menangis saat membaca pertama kali, jadi saya langsung bilang mau,” "
    "kata Dian di kafé kawasan Kemang, Jakarta Selatan, Senin (15/2).",
    "Produser Mira Lesmana menyebut proses syuting akan berlangsung selama 40 hari dengan anggaran "
    "sekitar Rp8 miliar.",
    "Film yang belum diberi judul itu dijadwalkan tayang di bioskop pada akhir tahun 2016.",
]

PATTERN_PAGES = [
    (
        "bare-lead-br.html",
        "Antrean Mengular di Gerbang Tol Cikampek Utama",
        KOMPAS_STYLE,
    ),
    (
        "strong-dateline-div.html",
        "Raisa Umumkan Konser Tunggal Pertama di Istora",
        VIVA_STYLE,
    ),
    (
        "latin1-declared-utf8.html",
        "Dian Sastro Kembali Main Film Setelah Dua Tahun Rehat",
        KAPANLAGI_STYLE,
    ),
]

# What the pages carry around the story and must not reach the text.
NOT_STORY = (
    "Baca juga",
    "Libur Panjang",  # the "Baca juga" link
    "mengular di gerbang tol Cikampek utama pagi ini",  # the embedded tweet's text
    "@TMCPoldaMetro",
    "pic.twitter.com",
    "terima kasih semuanya",  # the Instagram post's caption
    "A post shared",
    "Load More",
    "Disclaimer",
    "tanggapan pribadi",
    "Penulis",
    "Terpopuler",
    "All Rights Reserved",
    "Â",  # mojibake of a UTF-8 page read as latin-1
)


@pytest.mark.parametrize(("name", "title", "paragraphs"), PATTERN_PAGES)
def test_pattern_page_gives_the_whole_story(name: str, title: str, paragraphs: list[str]) -> None:
    article = extract_article(page(name), URL)
    assert list(article.paragraphs) == paragraphs
    assert article.title == title
    assert article.warnings == ()
    for furniture in NOT_STORY:
        assert furniture not in article.text, furniture


@pytest.mark.parametrize(("name", "title", "paragraphs"), PATTERN_PAGES)
def test_without_recovery_the_lead_is_lost(
    name: str, title: str, paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixtures do exercise the pattern: trafilatura alone drops their bare-text lead."""
    monkeypatch.setattr(page_blocks, "recover_missing_blocks", lambda tree, lines: list(lines))
    try:
        article = extract_article(page(name), URL)
    except ExtractionError:
        return  # the KapanLagi-style page loses so much that nothing is left
    assert paragraphs[0] not in article.paragraphs


def test_text_blocks_split_at_breaks_and_block_elements_and_skip_furniture() -> None:
    container = lxml_html.fragment_fromstring(
        "<div><strong>JAKARTA, KOMPAS.com</strong> - Kalimat pertama.<br><br>Kalimat kedua."
        "<p>Paragraf <a href='/x'>bertaut</a>.</p><div class='social-share'>Bagikan</div>"
        "<figure><figcaption>Foto warga</figcaption></figure><h2>Subjudul</h2>ekor</div>"
    )
    assert text_blocks(container) == [
        Block("JAKARTA, KOMPAS.com - Kalimat pertama."),
        Block("Kalimat kedua."),
        Block("Paragraf bertaut.", link_chars=7),
        Block("Subjudul", heading=True),
        Block("ekor"),
    ]


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Polisi menyerahkan tersangka bersama barang bukti kepada jaksa, Rabu.", True),
        ("Polisi Serahkan Tersangka dan Barang Bukti ke Kejaksaan Negeri Lhoksukon", False),
        ("Kalimat pendek sekali.", False),
    ],
)
def test_prose_blocks_are_sentences(text: str, prose: bool) -> None:
    assert Block(text).is_prose is prose
    assert not Block(text, link_chars=len(text)).is_prose  # a link is never a paragraph


LEAD = "Antrean kendaraan mengular hingga lima kilometer di gerbang tol pagi ini."
BODY = [
    "Petugas membuka tiga lajur tambahan untuk mengurai antrean kendaraan sejak pagi.",
    "Menurut juru bicara, kerusakan terjadi pada sistem pembaca kartu elektronik.",
]


def test_recovery_puts_a_dropped_lead_and_middle_paragraph_back_in_page_order() -> None:
    middle = "Kerusakan itu baru pertama kali terjadi sejak gerbang tol dibuka tahun lalu."
    tree = lxml_html.document_fromstring(
        f"<html><body><h1>Judul</h1><div class='read__content'>{LEAD}<br>"
        f"<p>{BODY[0]}</p>{middle}<div class='foto'><img src='/a.jpg'><span>Warga menonton "
        f"banjir dari jembatan di Kemang, Jumat pagi.</span></div><p>{BODY[1]}</p>"
        "Artikel ini ditulis ulang dari berbagai sumber oleh tim redaksi kami.</div></body></html>"
    )
    lines = ["Judul", *BODY]
    assert recover_missing_blocks(tree, lines) == [LEAD, "Judul", BODY[0], middle, BODY[1]]


def test_recovery_adds_nothing_outside_the_article_or_when_nothing_matches() -> None:
    tree = lxml_html.document_fromstring(
        f"<html><body><div class='teaser'>{LEAD}</div><div class='read__content'>"
        f"<p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>"
    )
    assert recover_missing_blocks(tree, list(BODY)) == BODY
    assert recover_missing_blocks(
        tree, ["Teks lain yang tidak ada di halaman ini sama sekali."]
    ) == ["Teks lain yang tidak ada di halaman ini sama sekali."]
    assert recover_missing_blocks(None, list(BODY)) == BODY


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["JAKARTA, KOMPAS.com", LEAD, BODY[0]], [f"JAKARTA, KOMPAS.com - {LEAD}", BODY[0]]),
        (["Judul", "VIVA", f"– {LEAD}"], ["Judul", f"VIVA – {LEAD}"]),
        (["KapanLagi.com®", "", LEAD], [f"KapanLagi.com® - {LEAD}"]),
        (["Liputan6.com, Jakarta", LEAD], [f"Liputan6.com, Jakarta - {LEAD}"]),
        (
            ["ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --", LEAD],
            [f"ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- {LEAD}"],
        ),
        ([LEAD, "JAKARTA", BODY[0]], [LEAD, "JAKARTA", BODY[0]]),  # the text had begun
        (["JAKARTA, KOMPAS.com", "Subjudul"], ["JAKARTA, KOMPAS.com", "Subjudul"]),  # no lead
    ],
)
def test_join_dateline(lines: list[str], expected: list[str]) -> None:
    assert join_dateline(lines) == expected


# --- charsets -------------------------------------------------------------------------------

UTF8_TEXT = "KapanLagi.com® – kafé “kutip”"


@pytest.mark.parametrize(
    ("body", "charset", "expected"),
    [
        (f'<meta charset="iso-8859-1"><p>{UTF8_TEXT}</p>'.encode(), None, UTF8_TEXT),
        (f"<p>{UTF8_TEXT}</p>".encode(), "ISO-8859-1", UTF8_TEXT),  # the HTTP header too
        (f'<meta charset="windows-1252"><p>{UTF8_TEXT}</p>'.encode(), None, UTF8_TEXT),
        (f"<p>{UTF8_TEXT}</p>".encode()[:-7], "latin-1", "KapanLagi.com® – kafé “kutip"),  # cut
        (b'<meta charset="iso-8859-1"><p>caf\xe9 \x93a\x94</p>', None, "café “a”"),  # real latin
        (b'<meta charset="iso-8859-1"><p>caf\xc3</p>', None, "cafÃ"),  # no whole UTF-8 char
        ("<p>日本</p>".encode("shift_jis"), "shift_jis", "日本"),  # multi-byte: as declared
    ],
)
def test_utf8_bytes_beat_a_declared_legacy_charset(
    body: bytes, charset: str | None, expected: str
) -> None:
    assert expected in decode_html(body, charset)


def test_latin1_declared_page_has_no_mojibake() -> None:
    article = extract_article(page("latin1-declared-utf8.html"), "https://www.kapanlagi.com/x")
    assert article.paragraphs[0].startswith("KapanLagi.com® - Setelah dua tahun rehat")
    assert "kafé" in article.text and "Â" not in article.text
    assert article.title == "Dian Sastro Kembali Main Film Setelah Dua Tahun Rehat"


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "host", "expected"),
    [
        (
            "KapanLagi.com®: Dian Sastro Kembali Main Film",
            "www.kapanlagi.com",
            "Dian Sastro Kembali Main Film",
        ),
        ("KapanLagi.com: Raisa Gelar Konser", "musik.kapanlagi.com", "Raisa Gelar Konser"),
        (
            "Antrean Mengular di Tol - Kompas.com",
            "megapolitan.kompas.com",
            "Antrean Mengular di Tol",
        ),
        ("Raisa Umumkan Konser Tunggal | VIVA", "www.viva.co.id", "Raisa Umumkan Konser Tunggal"),
        (
            "Raisa Umumkan Konser Tunggal : VIVA.co.id",
            "www.viva.co.id",
            "Raisa Umumkan Konser Tunggal",
        ),
        ("Kompas Gramedia: Buka Toko Baru", "www.kompas.com", "Kompas Gramedia: Buka Toko Baru"),
        ("VIVA: Berita Terkini", "example.co.id", "VIVA: Berita Terkini"),  # another site's name
        ("Jokowi: Harga Beras Harus Turun", "www.viva.co.id", "Jokowi: Harga Beras Harus Turun"),
    ],
)
def test_site_names_leave_titles(title: str, host: str, expected: str) -> None:
    assert clean_title(title, hostname=host) == expected


# --- photo pages ----------------------------------------------------------------------------

PHOTO_STORY = [
    "Hujan deras sejak Kamis malam membuat Kali Krukut meluap.",
    "Warga melintasi banjir setinggi satu meter di Jalan Kemang Raya, Jakarta Selatan, Jumat "
    "(1/1/2016) pagi.",
    "Petugas BPBD DKI Jakarta mengevakuasi warga lanjut usia dengan perahu karet dari rumah yang "
    "terendam.",
    "Sedikitnya 300 warga mengungsi ke masjid dan sekolah terdekat karena air belum juga surut "
    "hingga siang.",
]


@pytest.mark.parametrize("url", [PHOTO_URL, URL])  # a "/foto/" path, or the captions say so
def test_photo_page_with_a_story_gives_its_captions_with_a_note(url: str) -> None:
    article = extract_article(page("photo-captions.html"), url)
    assert list(article.paragraphs) == PHOTO_STORY
    assert article.warnings == (photo_pages.PHOTO_NOTE,)
    assert article.title == "Banjir Rendam Permukiman di Kemang"
    assert "Macet Panjang" not in article.text  # a related gallery's headline is no caption


@pytest.mark.parametrize("url", [PHOTO_URL, URL])
def test_photo_page_without_a_story_is_refused(url: str) -> None:
    with pytest.raises(ExtractionError, match=r"photo or video page whose captions tell no story"):
        extract_article(page("photo-no-story.html"), url)


def test_caption_story_skips_captions_that_add_nothing() -> None:
    text = ["PT PLN hari ini resmi mengoperasikan Gardu Induk Milenium di Balaraja."]
    captions = [
        "PT PLN resmi mengoperasikan Gardu Induk Milenium.",
        "Pekerja memeriksa trafo di Gardu Induk Milenium, Balaraja, Tangerang.",
    ]
    assert photo_pages.caption_story(text, captions) == [*text, captions[1]]
