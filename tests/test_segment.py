"""Text preparation: normalisation, input checks, boilerplate, sentence and clause splitting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.text._segment import (
    PreparedText,
    find_url,
    normalize,
    prepare,
    split_at_clauses,
    split_sentences,
)

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
KLIKWARTAKU = FIXTURES / "articles" / "klikwartaku-kim-lavrov.txt"
INDOSUM = FIXTURES / "summaries" / "indosum_sample20.jsonl"


def _texts(prepared: PreparedText) -> list[str]:
    return [segment.text for segment in prepared.segments]


def _reassembled(prepared: PreparedText) -> list[str]:
    by_paragraph: dict[int, list[str]] = {}
    for segment in prepared.segments:
        by_paragraph.setdefault(segment.paragraph, []).append(segment.text)
    return [" ".join(parts) for _, parts in sorted(by_paragraph.items())]


# --- normalize ------------------------------------------------------------------------------


def test_normalize_composes_unicode_and_fixes_spaces() -> None:
    text = "Cafe\u0301\u00a0di\u200b Jakarta  \t naik\u2009 5\u202fpersen.\u00ad \ufb01nal"
    assert normalize(text) == "Café di Jakarta naik 5 persen. final"


def test_normalize_keeps_line_and_paragraph_structure() -> None:
    text = "\ufeffJudul\r\nBaris dua.  \r\n\r\n\r\n\r\n  Paragraf baru.\rAkhir."
    assert normalize(text) == "Judul\nBaris dua.\n\nParagraf baru.\nAkhir."


def test_normalize_drops_control_characters_and_is_idempotent() -> None:
    text = "Harga\x07 naik\x1b.\u2028Baris\u2029Paragraf"
    once = normalize(text)
    assert once == "Harga naik.\nBaris\n\nParagraf"
    assert normalize(once) == once


# --- prepare: input checks ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \u00a0\n"])
def test_empty_input_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        prepare(text)


@pytest.mark.parametrize("text", ["123 456 789", "!!! ??? ... --- 2025", "🎉🔥👍 😀 100%"])
def test_text_without_letters_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no letters"):
        prepare(text)


@pytest.mark.parametrize(
    "text",
    [
        "Judul\x00berita\x00ini",
        "\x01\x02\x03\x04 PK\x03\x04 data\x05\x06\x07",
        "Ber\ufffd\ufffdta ini \ufffd\ufffd\ufffd rusak \ufffd\ufffd",
    ],
)
def test_binary_looking_text_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="UTF-8"):
        prepare(text)


def test_a_stray_replacement_character_is_only_a_warning() -> None:
    text = "Harga beras naik lagi di pasar induk. " * 20 + "Pedagang mengeluh\ufffd."
    prepared = prepare(text)
    assert any("could not be read" in warning for warning in prepared.warnings)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("https://www.kompas.com/read/2025/07/12/berita", "https://www.kompas.com/read/2025/07/12/berita"),
        ("  <http://detik.com/news/d-123>  \n", "http://detik.com/news/d-123"),
        ("www.antaranews.com/berita/123/judul.", "https://www.antaranews.com/berita/123/judul"),
        ('"news.detik.com/berita/d-7000/judul-berita"', "https://news.detik.com/berita/d-7000/judul-berita"),
    ],
)  # fmt: skip
def test_find_url_spots_a_bare_link(text: str, url: str) -> None:
    assert find_url(text) == url


@pytest.mark.parametrize(
    "text",
    [
        "Baca di https://www.kompas.com/read/2025 ya",
        "Kompas.com",
        "Harga naik 3.5 persen.",
        "",
        "https://a.com/x https://b.com/y",
    ],
)
def test_find_url_ignores_text_that_is_more_than_a_link(text: str) -> None:
    assert find_url(text) is None


def test_prepare_refuses_a_bare_link_and_points_to_the_url_field() -> None:
    with pytest.raises(InputError) as caught:
        prepare("https://www.kompas.com/read/2025/07/12/berita\n")
    message = str(caught.value)
    assert "link" in message
    assert "URL field" in message
    assert "--url" in message


def test_a_link_inside_an_article_is_kept() -> None:
    prepared = prepare("Info lengkap ada di https://bps.go.id/berita. Data itu dirilis Senin.")
    assert _texts(prepared) == [
        "Info lengkap ada di https://bps.go.id/berita.",
        "Data itu dirilis Senin.",
    ]


# --- prepare: HTML --------------------------------------------------------------------------


def test_pasted_html_is_converted_to_text_with_a_warning() -> None:
    html = (
        "<html><head><title>Judul Situs</title><style>p { color: red }</style></head><body>"
        "<h1>Banjir Melanda Jakarta</h1>"
        "<script>var iklan = 'jangan tampil';</script>"
        "<div><p>Hujan deras mengguyur Jakarta&nbsp;sejak pagi.<br>Air naik cepat.</p>"
        "<p>Warga <b>mengungsi</b> ke masjid.</p></div>"
        "<!-- komentar --></body></html>"
    )
    prepared = prepare(html)
    assert prepared.paragraphs == (
        "Banjir Melanda Jakarta",
        "Hujan deras mengguyur Jakarta sejak pagi.",
        "Air naik cepat.",
        "Warga mengungsi ke masjid.",
    )
    everything = " ".join(prepared.paragraphs)
    assert "iklan" not in everything
    assert "color" not in everything
    assert "Judul Situs" not in everything
    assert any("HTML" in warning for warning in prepared.warnings)


def test_html_fragment_without_document_tags() -> None:
    prepared = prepare("<p>Satu kalimat di sini.</p><p>Dua kalimat. Tiga kalimat.</p>")
    assert _texts(prepared) == ["Satu kalimat di sini.", "Dua kalimat.", "Tiga kalimat."]
    assert [segment.paragraph for segment in prepared.segments] == [0, 1, 1]


def test_html_with_only_script_is_empty() -> None:
    with pytest.raises(InputError):
        prepare("<script>alert('x')</script>")


def test_angle_brackets_in_plain_text_are_not_html() -> None:
    prepared = prepare("Harga <5 juta dan suhu > 30 derajat terjadi di kota ini.")
    assert prepared.warnings == ()
    assert _texts(prepared) == ["Harga <5 juta dan suhu > 30 derajat terjadi di kota ini."]


# --- prepare: paragraphs --------------------------------------------------------------------

ARTICLE_LINES = [
    "Harga Beras Naik Lagi",
    "JAKARTA, KOMPAS.com - Harga beras di pasar induk naik 5 persen pekan ini. Pedagang mengeluh.",
    "Kenaikan Dipicu Cuaca",
    "Menurut BPS, produksi turun karena kemarau panjang.",
]


def test_one_paragraph_per_line_and_blank_line_separated_give_the_same_result() -> None:
    single = prepare("\n".join(ARTICLE_LINES))
    blank = prepare("\n\n".join(ARTICLE_LINES))
    assert single == blank
    assert single.paragraphs == tuple(ARTICLE_LINES)
    assert _texts(single) == [
        "Harga Beras Naik Lagi",
        "JAKARTA, KOMPAS.com - Harga beras di pasar induk naik 5 persen pekan ini.",
        "Pedagang mengeluh.",
        "Kenaikan Dipicu Cuaca",
        "Menurut BPS, produksi turun karena kemarau panjang.",
    ]
    assert [segment.paragraph for segment in single.segments] == [0, 1, 1, 2, 3]
    assert [segment.index for segment in single.segments] == [0, 1, 2, 3, 4]


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "Pemerintah provinsi akan membangun tiga bendungan baru untuk\n"
        "mengatasi kekeringan yang melanda wilayah selatan setiap musim\n"
        "kemarau, kata gubernur dalam jumpa pers di kantornya.\n"
        "\n"
        "Proyek itu ditargetkan selesai dalam empat tahun.\n"
    )
    prepared = prepare(text)
    assert prepared.paragraphs == (
        "Pemerintah provinsi akan membangun tiga bendungan baru untuk mengatasi kekeringan yang "
        "melanda wilayah selatan setiap musim kemarau, kata gubernur dalam jumpa pers di "
        "kantornya.",
        "Proyek itu ditargetkan selesai dalam empat tahun.",
    )


def test_a_headline_above_short_lines_is_not_taken_for_wrapping() -> None:
    text = (
        "Kim Jong Un Tegaskan Dukungan Penuh Rusia dalam Perang\n"
        "Pemimpin Korea Utara bertemu Menteri Luar Negeri Rusia.\n"
        "Pertemuan berlangsung di Pyongyang.\n"
    )
    assert len(prepare(text).paragraphs) == 3


def test_a_line_continuing_in_lowercase_joins_the_previous_line() -> None:
    prepared = prepare("Harga cabai di Jakarta\nnaik dua kali lipat.\nPedagang mengeluh.")
    assert prepared.paragraphs == (
        "Harga cabai di Jakarta naik dua kali lipat.",
        "Pedagang mengeluh.",
    )


# --- prepare: boilerplate -------------------------------------------------------------------

BODY = "Harga beras naik lima persen di pasar induk pekan ini."


@pytest.mark.parametrize(
    "line",
    [
        "Homepage",
        "Baca juga: Harga Cabai Turun Drastis",
        "BACA JUGA : Jokowi Resmikan Tol Baru",
        "SIMAK JUGA: Timnas Futsal Putri Indonesia Bungkam Myanmar",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Simak video 'Banjir Rendam Jakarta' di sini",
        "[Gambas:Video 20detik]",
        "Bagikan artikel ini",
        "Share: Facebook Twitter WhatsApp",
        "Ikuti kami di Instagram dan TikTok",
        "Dapatkan update berita pilihan setiap hari dari Kompas.com di Telegram.",
        "Editor: Andi Saputra",
        "Penulis : Budi Santoso",
        "Reporter: Siti",
        "Foto: Dok. Humas Pemprov",
        "(Foto: ANTARA/Hafidz Mubarak)",
        "Kompas.com",
        "(D011)",
        "***",
    ],
)
def test_boilerplate_lines_are_removed_and_reported(line: str) -> None:
    prepared = prepare(f"{BODY}\n{line}\nPedagang mengeluh harga terus naik.")
    assert prepared.removed == (line,)
    assert prepared.paragraphs == (BODY, "Pedagang mengeluh harga terus naik.")
    (warning,) = prepared.warnings
    assert warning.startswith(f"Removed 1 boilerplate line: '{line[:40]}")


@pytest.mark.parametrize(
    "line",
    [
        "Share pasar ponsel lokal naik menjadi 30 persen tahun ini.",
        "Foto itu diambil saat banjir melanda Jakarta pekan lalu.",
        "Editor senior itu mengatakan redaksi akan meminta maaf.",
        "Baca tulis menjadi kemampuan dasar yang harus dikuasai siswa.",
        "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30 WIB.",
        "Ia kembali ke homepage situs itu tetapi datanya sudah hilang.",
        "Penulis buku itu, Pramoedya Ananta Toer, lahir di Blora.",
        "KLIKWARTAKU — Pemimpin Korea Utara Kim Jong Un kembali menegaskan dukungan.",
        "JAKARTA, KOMPAS.com - Harga beras naik.",
    ],
)
def test_real_sentences_are_never_dropped(line: str) -> None:
    prepared = prepare(f"{BODY}\n{line}\nPedagang mengeluh harga terus naik.")
    assert prepared.removed == ()
    assert line in prepared.paragraphs


def test_a_slogan_naming_the_site_is_dropped_only_at_the_end() -> None:
    text = (
        "KlikWartaku.Com Gak Cuma Cepat Tapi Tepat\n"
        f"{BODY}\n"
        "Pedagang mengeluh.\n"
        "KlikWartaku.Com Gak Cuma Cepat Tapi Tepat\n"
    )
    prepared = prepare(text)
    assert prepared.paragraphs[0] == "KlikWartaku.Com Gak Cuma Cepat Tapi Tepat"
    assert prepared.removed == ("KlikWartaku.Com Gak Cuma Cepat Tapi Tepat",)


def test_trailing_marks_glued_to_the_last_sentence_are_cut() -> None:
    prepared = prepare(f"{BODY}\nIa sudah membuktikan itu semua. (omni / dub)")
    assert prepared.paragraphs[-1] == "Ia sudah membuktikan itu semua."
    assert prepared.removed == ("(omni / dub)",)
    prepared = prepare(f"{BODY}\nIa sudah membuktikan itu semua.***")
    assert prepared.paragraphs[-1] == "Ia sudah membuktikan itu semua."
    assert prepared.removed == ("***",)


def test_only_boilerplate_is_refused() -> None:
    with pytest.raises(InputError, match="article text"):
        prepare("Homepage\nBaca juga: Harga Cabai Turun\nADVERTISEMENT\n")


def test_many_removed_lines_are_summarized_in_one_warning() -> None:
    lines = [f"Baca juga: Judul ke-{number}" for number in range(7)]
    prepared = prepare("\n".join([BODY, *lines]))
    assert len(prepared.removed) == 7
    assert prepared.warnings == (
        "Removed 7 boilerplate lines: 'Baca juga: Judul ke-0', 'Baca juga: Judul ke-1', "
        "'Baca juga: Judul ke-2', 'Baca juga: Judul ke-3', 'Baca juga: Judul ke-4' and 2 more.",
    )


# --- split_sentences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Dr. Budi dan Prof. Siti datang ke Jl. Sudirman No. 5 pukul 10.30 WIB. "
            "Mereka disambut.",
            ["Dr. Budi dan Prof. Siti datang ke Jl. Sudirman No. 5 pukul 10.30 WIB.",
             "Mereka disambut."],
        ),
        (
            "Presiden B. J. Habibie lahir di Parepare. Susilo B. Yudhoyono adalah presiden keenam.",
            ["Presiden B. J. Habibie lahir di Parepare.",
             "Susilo B. Yudhoyono adalah presiden keenam."],
        ),
        (
            "Harga naik 3,5 persen menjadi Rp. 11.000 per kg. Versi 1.5 dirilis kemarin.",
            ["Harga naik 3,5 persen menjadi Rp. 11.000 per kg.", "Versi 1.5 dirilis kemarin."],
        ),
        (
            "Ir. H. Joko Widodo, S.H., M.Si. hadir. Kemudian ia pergi.",
            ["Ir. H. Joko Widodo, S.H., M.Si. hadir.", "Kemudian ia pergi."],
        ),
        (
            "Surat a.n. Kepala Dinas dikirim u.p. Bpk. Andi di Kec. Cililin, Kab. Bandung Barat.",
            ["Surat a.n. Kepala Dinas dikirim u.p. Bpk. Andi di Kec. Cililin, Kab. Bandung Barat."],
        ),
        (
            "Kol. Inf. Budi, Brigjen. Pol. Andi dan Jend. TNI (Purn.) Moeldoko hadir. Acara usai.",
            ["Kol. Inf. Budi, Brigjen. Pol. Andi dan Jend. TNI (Purn.) Moeldoko hadir.",
             "Acara usai."],
        ),
        (
            "Saham PT. Astra International Tbk. (ASII) naik. St. Petersburg jauh.",
            ["Saham PT. Astra International Tbk. (ASII) naik.", "St. Petersburg jauh."],
        ),
        (
            "Ia membeli beras, gula, dll. di pasar. Ia juga membeli sabun, sampo, dsb. "
            "Namun uangnya habis.",
            ["Ia membeli beras, gula, dll. di pasar.", "Ia juga membeli sabun, sampo, dsb.",
             "Namun uangnya habis."],
        ),
        (
            '"Kami siap," katanya. "Besok kami berangkat." Dia lalu pergi.',
            ['"Kami siap," katanya.', '"Besok kami berangkat."', "Dia lalu pergi."],
        ),
        (
            "Dia berkata, “Saya tidak tahu.” Kemudian ia pergi (tanpa pamit.) Semua diam.",
            ["Dia berkata, “Saya tidak tahu.”", "Kemudian ia pergi (tanpa pamit.)",
             "Semua diam."],
        ),
        (
            '" Saya senang. Kami menang, " kata Andi. " Besok lagi. " tutup dia.',
            ['" Saya senang.', 'Kami menang, " kata Andi.', '" Besok lagi. " tutup dia.'],
        ),
        (
            "Apa kabar? Baik! Yang benar?! Terima kasih... Sampai jumpa… Dah.",
            ["Apa kabar?", "Baik!", "Yang benar?!", "Terima kasih...", "Sampai jumpa…", "Dah."],
        ),
        (
            '"Siapa dia?" tanya Budi. "Entahlah!" jawab Ani.',
            ['"Siapa dia?" tanya Budi.', '"Entahlah!" jawab Ani.'],
        ),
        (
            "Kunjungi www.kompas.com atau tulis ke redaksi@kompas.co.id. Terima kasih.",
            ["Kunjungi www.kompas.com atau tulis ke redaksi@kompas.co.id.", "Terima kasih."],
        ),
        (
            "Ada tiga hal: 1. Harga naik. 2. Stok turun. Sementara itu tahun 2024. "
            "11.000 orang datang.",
            ["Ada tiga hal: 1. Harga naik.", "2. Stok turun.", "Sementara itu tahun 2024.",
             "11.000 orang datang."],
        ),
        (
            "Skor akhir 3 - 0 untuk tim A. Namun tim B lolos. Gelar juara diraih grup C. "
            "Ini kejutan.",
            ["Skor akhir 3 - 0 untuk tim A.", "Namun tim B lolos.",
             "Gelar juara diraih grup C.", "Ini kejutan."],
        ),
        (
            "Ia tiba pukul 10. lalu makan. Ia pulang.",
            ["Ia tiba pukul 10. lalu makan.", "Ia pulang."],
        ),
        ("Judul Tanpa Tanda Baca Akhir", ["Judul Tanpa Tanda Baca Akhir"]),
        ("   ", []),
    ],
)  # fmt: skip
def test_split_sentences(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


def test_split_sentences_collapses_whitespace_and_loses_nothing() -> None:
    paragraph = "  Satu  dua.\tTiga empat!   Lima?  "
    sentences = split_sentences(paragraph)
    assert sentences == ["Satu dua.", "Tiga empat!", "Lima?"]
    assert " ".join(sentences) == " ".join(paragraph.split())


# --- split_at_clauses -----------------------------------------------------------------------


def _chars(limit: int):
    return lambda piece: len(piece) <= limit


def test_split_at_clauses_keeps_a_fitting_sentence_whole() -> None:
    assert split_at_clauses("  Harga  naik. ", _chars(100)) == ["Harga naik."]
    assert split_at_clauses(" \n ", _chars(100)) == []


def test_split_at_clauses_prefers_punctuation_over_words() -> None:
    text = "Pemerintah menaikkan harga bahan bakar; masyarakat miskin menerima bantuan tunai"
    assert split_at_clauses(text, _chars(60)) == [
        "Pemerintah menaikkan harga bahan bakar;",
        "masyarakat miskin menerima bantuan tunai",
    ]


def test_split_at_clauses_prefers_a_comma_near_the_middle() -> None:
    text = "Kemarin, harga cabai di pasar naik tajam, tetapi pedagang tetap berjualan seperti biasa"
    assert split_at_clauses(text, _chars(60)) == [
        "Kemarin, harga cabai di pasar naik tajam,",
        "tetapi pedagang tetap berjualan seperti biasa",
    ]


def test_split_at_clauses_uses_a_conjunction_when_there_is_no_punctuation() -> None:
    text = "harga cabai di pasar induk naik tajam sehingga pedagang kecil di kota itu mengeluh"
    assert split_at_clauses(text, _chars(50)) == [
        "harga cabai di pasar induk naik tajam",
        "sehingga pedagang kecil di kota itu mengeluh",
    ]


def test_split_at_clauses_handles_one_enormous_sentence_without_punctuation() -> None:
    words = ["kata", "ini", "berulang", "tanpa", "tanda", "baca", "sama", "sekali"] * 200
    text = " ".join(words)
    limit = 12  # words
    pieces = split_at_clauses(text, lambda piece: len(piece.split()) <= limit)
    assert all(piece and len(piece.split()) <= limit for piece in pieces)
    assert " ".join(pieces) == text
    assert len(pieces) <= 2 * len(words) // limit + 1


def test_split_at_clauses_cuts_a_single_long_word_into_characters() -> None:
    text = "a" * 45 + " akhir"
    pieces = split_at_clauses(text, _chars(10))
    assert all(0 < len(piece) <= 10 for piece in pieces)
    assert "".join(pieces) == text.replace(" ", "")
    assert pieces[-1] == "akhir"


def test_split_at_clauses_raises_when_nothing_can_fit() -> None:
    with pytest.raises(InputError):
        split_at_clauses("abc def", lambda piece: False)


# --- real articles --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def klikwartaku() -> PreparedText:
    return prepare(KLIKWARTAKU.read_text(encoding="utf-8"))


def test_klikwartaku_headline_is_segment_zero_and_one_unit(klikwartaku: PreparedText) -> None:
    first = klikwartaku.segments[0]
    assert first.text == "Kim Jong Un Tegaskan Dukungan Penuh Rusia dalam Perang Ukraina"
    assert (first.index, first.paragraph) == (0, 0)
    assert klikwartaku.segments[1].text.startswith("KLIKWARTAKU — Pemimpin Korea Utara")


def test_klikwartaku_subheadings_are_single_units(klikwartaku: PreparedText) -> None:
    texts = _texts(klikwartaku)
    for heading in (
        "11.000 Tentara Korea Utara Dikirim ke Rusia",
        "Perjanjian Pertahanan Bersama Rusia-Korea Utara",
        "Dimensi Baru Konflik Global",
    ):
        assert heading in texts
        assert heading in klikwartaku.paragraphs


def test_klikwartaku_numbers_stay_inside_sentences(klikwartaku: PreparedText) -> None:
    sentence = next(text for text in _texts(klikwartaku) if "11.000 tentara" in text)
    assert sentence.startswith("Menurut pejabat Barat,")
    assert sentence.endswith("melawan Ukraina.")


def test_klikwartaku_boilerplate_is_removed_with_a_warning(klikwartaku: PreparedText) -> None:
    assert "KlikWartaku.Com Gak Cuma Cepat Tapi Tepat" in klikwartaku.removed
    assert "Homepage" in klikwartaku.removed
    texts = _texts(klikwartaku)
    assert not any("Homepage" in text or "Gak Cuma Cepat" in text for text in texts)
    assert len(klikwartaku.warnings) == 1
    assert klikwartaku.warnings[0].startswith("Removed 3 boilerplate lines:")
    assert "Homepage" in klikwartaku.warnings[0]


def test_klikwartaku_last_real_sentence_is_kept(klikwartaku: PreparedText) -> None:
    last = klikwartaku.segments[-1].text
    assert last == (
        "Sementara Korea Utara memanfaatkan momentum ini untuk memperkuat posisinya dalam "
        "geopolitik global."
    )


def test_klikwartaku_shape(klikwartaku: PreparedText) -> None:
    assert len(klikwartaku.paragraphs) == 14
    assert len(klikwartaku.segments) == 19
    assert [segment.index for segment in klikwartaku.segments] == list(range(19))
    assert _reassembled(klikwartaku) == list(klikwartaku.paragraphs)


def _indosum() -> list[dict[str, str]]:
    with INDOSUM.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.mark.parametrize("article", _indosum(), ids=lambda article: article["id"][:24])
def test_indosum_articles_split_plausibly(article: dict[str, str]) -> None:
    prepared = prepare(article["article"])
    texts = _texts(prepared)
    words = sum(len(text.split()) for text in texts)
    assert len(prepared.paragraphs) <= len(texts) <= words / 4
    assert 8 <= words / len(texts) <= 45
    assert _reassembled(prepared) == list(prepared.paragraphs)
    for text in texts:
        assert any(char.isalnum() for char in text), text  # no stray quote or bracket


ABBREVIATIONS = {
    "dr", "drs", "prof", "ir", "h", "hj", "jl", "no", "pt", "bpk", "kec", "kab", "kol", "jend",
    "brigjen", "dll", "dsb", "dst", "tbk", "rp", "st",
}  # fmt: skip


def test_indosum_no_sentence_ends_right_after_an_abbreviation() -> None:
    for article in _indosum():
        prepared = prepare(article["article"])
        for segment, following in zip(prepared.segments, prepared.segments[1:], strict=False):
            if segment.paragraph != following.paragraph:
                continue
            last_word = segment.text.rsplit(" ", 1)[-1].rstrip(".").lower()
            assert last_word not in ABBREVIATIONS, segment.text
            assert not (len(last_word) == 1 and last_word.isalpha()), segment.text


def test_abbreviation_dense_news_paragraph() -> None:
    paragraph = (
        "Gubernur Jawa Barat H. Ahmad Heryawan, Lc. meresmikan RSUD di Jl. Raya Cililin No. 12, "
        "Kec. Cililin, Kab. Bandung Barat, Senin (10/3) pukul 09.30 WIB. Peresmian dihadiri "
        "Kapolda Jabar Irjen Pol. Drs. Anton Charliyan, M.P.K.N. dan Dirut PT. Jasa Marga Tbk. "
        "Desi Arryani. Biaya pembangunan mencapai Rp 125,5 miliar."
    )
    assert split_sentences(paragraph) == [
        "Gubernur Jawa Barat H. Ahmad Heryawan, Lc. meresmikan RSUD di Jl. Raya Cililin No. 12, "
        "Kec. Cililin, Kab. Bandung Barat, Senin (10/3) pukul 09.30 WIB.",
        "Peresmian dihadiri Kapolda Jabar Irjen Pol. Drs. Anton Charliyan, M.P.K.N. dan Dirut "
        "PT. Jasa Marga Tbk. Desi Arryani.",
        "Biaya pembangunan mencapai Rp 125,5 miliar.",
    ]
