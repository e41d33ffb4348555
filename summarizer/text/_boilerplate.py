"""Recognise Indonesian news boilerplate lines ("Baca juga: ...", "ADVERTISEMENT", credits, ...).

This module is the one table of line rules. :data:`RULES` is the page furniture that both pasted
text (:func:`summarizer.text.prepare`) and extracted pages
(:func:`summarizer.inputs._extract.clean_paragraphs`) drop; :data:`PAGE_RULES` adds what only an
extracted page carries (pagination, timestamps, comment counts, inline "ADVERTISEMENT" cut-outs,
...). Each rule is named, says what it is for, and lists real lines it must match (the tests check
every example). A line is boilerplate when a rule's pattern matches the *whole* line
(case-insensitive unless the rule says otherwise); callers normalise whitespace first.

The trailing site slogan and marks glued to the last sentence stay in
:mod:`summarizer.text._segment`:
they are not lines of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from summarizer.text._sites import PAYWALL_PATTERN, SITE_SUFFIX

__all__ = ["PAGE_RULES", "RULES", "BoilerplateRule", "is_boilerplate", "matching_rule"]


@dataclass(frozen=True)
class BoilerplateRule:
    """One boilerplate pattern.

    ``kind="line"``: a line that matches the whole pattern is dropped. ``kind="inline"``: matching
    spans are cut out of a paragraph. ``examples`` are real-world lines the rule must match (the
    tests check each); ``description`` says what the rule is for.
    """

    name: str
    pattern: str
    examples: tuple[str, ...]
    description: str = ""
    kind: str = "line"
    ignore_case: bool = True
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = re.IGNORECASE if self.ignore_case else 0
        object.__setattr__(self, "regex", re.compile(self.pattern, flags))

    def matches_line(self, line: str) -> bool:
        return self.kind == "line" and self.regex.fullmatch(line) is not None


# Share buttons and social networks named in share/follow prompts.
_SOCIAL = (
    r"(?:facebook|twitter|whatsapp|wa|telegram|line|linkedin|pinterest|instagram|tiktok|youtube"
    r"|e-?mail|x|google news|copy link|salin (?:tautan|link))"
)

RULES: tuple[BoilerplateRule, ...] = (
    BoilerplateRule(
        "navigation",
        r"homepage|home|beranda|halaman utama|kembali ke atas|back to top",
        ("Homepage", "Beranda", "Back to top"),
        "Navigation links copied along with the article.",
    ),
    BoilerplateRule(
        "read-also",
        r"(?:baca|simak|lihat|cek)\s+(?:juga|pula|selengkapnya)\b.*"
        r"|tonton\s+(?:juga|pula)(?:\s*[:»>\-–—].*)?",
        (
            "Baca juga: Jokowi Resmikan Tol Trans-Jawa",
            "Baca Juga",
            "BACA JUGA » Harga BBM naik",
            "BACA JUGA : Jokowi Resmikan Tol Baru",
            "SIMAK JUGA: Timnas Futsal Putri Indonesia Bungkam Myanmar",
        ),
        'Links to related articles: "Baca juga: ...", "SIMAK JUGA: ...", "Lihat juga ...".',
    ),
    BoilerplateRule(
        "advertisement",
        r"(?:advertisement|advertisment|iklan|ads?|sponsored(?: content)?|konten bersponsor"
        r"|scroll (?:to|untuk) (?:continue|resume|lanjut)\w*(?: (?:with|reading|membaca))?"
        r"(?: content| konten)?"
        r"|lanjut(?:kan)? (?:baca|membaca)(?: artikel)?(?: di bawah(?: ini)?)?)",
        ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "SCROLL TO RESUME CONTENT", "Iklan"),
        "Ad markers and scroll-past-the-ad prompts.",
    ),
    BoilerplateRule(
        "video-prompt",
        r"(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?video\b.*"
        r"|(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?(?:vidio|live streaming|siaran)\b.{0,250}"
        r"|\[?gambas:.*",
        (
            'Simak video "Detik-detik Banjir Bandang di Garut"',
            "Simak video 'Banjir Rendam Jakarta' di sini",
            "Saksikan video pilihan di bawah ini:",
            "Tonton juga video: Banjir rendam Jakarta",
            "[Gambas:Video 20detik]",
        ),
        'Video prompts and embedded-video placeholders ("Simak video ...", "[Gambas:...]").',
    ),
    BoilerplateRule(
        "share-prompt",
        r"(?:bagikan|share)(?: (?:artikel|berita|tulisan) ini| this(?: article| story| post)?)?"
        rf"(?:\s*(?:ke|via|on|di|:|\||,|/|-)?\s*{_SOCIAL})*\s*:?"
        r"|(?:bagikan|share)(?:\s+(?:artikel|berita|ini|this|article|on|ke|via|di)\b.{0,60}|\s*:)?"
        rf"|(?:{_SOCIAL}[\s|,·•/]*){{2,}}",
        (
            "Bagikan",
            "Share this article",
            "Bagikan artikel ini",
            "Share: Facebook Twitter WhatsApp",
            "Facebook Twitter WhatsApp",
        ),
        "Share buttons and prompts, also a bare row of social network names.",
    ),
    BoilerplateRule(
        "follow-prompt",
        rf"(?:ikuti|follow) (?:kami|us|kanal|channel|akun|berita|update)\b.*\b{_SOCIAL}\b.*"
        r"|(?:ikuti|follow)\s+(?:kami|us|juga|berita|akun|update|informasi|saluran|channel"
        r"|whatsapp|instagram|twitter|@).{0,250}"
        r"|(?:dapatkan|get) (?:update|info|informasi|berita|notifikasi)\b.*"
        r"\b(?:telegram|whatsapp|google news|aplikasi|newsletter|notifikasi)\b.*"
        r"|(?:dapatkan|download|unduh|gabung|bergabung)\s+.{0,40}(?:update|berita|informasi"
        r"|aplikasi|apps?\b|grup|telegram|whatsapp|channel|saluran).{0,300}"
        r"|(?:unduh|download) aplikasi\b.*"
        r"|simak\s+(?:breaking news|berita (?:pilihan|terkini|terbaru)|update).{0,300}",
        (
            "Ikuti kami di Google News",
            "Ikuti kami di Instagram dan TikTok",
            "Follow us on Instagram @detikcom",
            "Dapatkan update berita pilihan setiap hari dari Kompas.com di Telegram.",
            "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari "
            'bergabung di Grup Telegram "Kompas.com News Update", caranya klik link '
            "https://t.me/kompascomupdate, kemudian join.",
            "Download aplikasi Kompas.com untuk akses berita lebih mudah dan cepat",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
            "andalanmu akses berita Kompas.com WhatsApp Channel : "
            "https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D.",
            "Follow Berita Okezone di Google News",
        ),
        "Follow/subscribe prompts: social accounts, Telegram/WhatsApp channels, the site's app.",
    ),
    BoilerplateRule(
        "staff-credit",
        r"\(?(?:editor|penulis|pewarta|reporter|penyunting|redaktur|wartawan|kontributor"
        r"|fotografer|videografer|produser|penerjemah|writer|author|editing|reporting by"
        r"|editing by)(?:\s*/\s*\w+)?\s*:\s*.{0,100}",
        (
            "Editor: Ade Marboen",
            "Penulis : Nabilla Tashandra",
            "Penulis : Kontributor Lhokseumawe, Masriadi",  # Kompas credit table, pipes removed
            "Pewarta: Nur Imansyah",
            "Fotografer: Grandyos Zafna",
            "Reporter: Siti",
            "(Editor: Andi Saputra)",
        ),
        'Staff credits with a label: "Editor: ...", "Penulis : ...", "(Editor: ...)".',
    ),
    BoilerplateRule(
        "photo-credit",
        r"\(?(?:foto|ilustrasi|gambar|photo|image|video|grafis)\s*:\s*.{0,200}"
        r"|[(\[]?\s*(?:foto|photo|ilustrasi|gambar|grafis|infografis|sumber foto|dok\.?"
        r"|dokumentasi)(?:\s+\w+)?\s*[:/|].{0,150}|antara foto\s*/.{0,100}"
        r"|.{0,300}\((?:antara foto|foto|dok\.?|istimewa|shutterstock|getty images)\b[^()]{0,80}\)",
        (
            "(Foto: http://photos.prnewswire.com/prnh/20160219/335111-INFO)",
            "Foto: ANTARA/Ahmad Subaidi",
            "Foto: Dok. Humas Pemprov",
            "(Foto: ANTARA/Hafidz Mubarak)",
            "Foto ilustrasi: Shutterstock",
            "ANTARA FOTO/Wahyu Putro A/foc.",
            "Warga melintasi banjir di Kemang, Senin (1/1/2024). (ANTARA FOTO/Aditya Pradana)",
        ),
        "Photo credits and captions that end in a photo credit.",
    ),
    BoilerplateRule(
        "tags",
        r"(?:tags?|topik|topics|kata kunci)\s*:.*",
        ("Tag: jokowi, pilpres 2024", "Topik: Banjir Jakarta", "Tags: banjir, jakarta"),
        "Tag and topic lists.",
    ),
    BoilerplateRule(
        "copyright",
        r"(?:copyright|hak cipta|©|\(c\)).{0,150}|.{0,100}all rights reserved\.?",
        ("COPYRIGHT © ANTARA 2015", "© 2007 - 2015 okezone.com, All Rights Reserved"),
        "Copyright footers.",
    ),
    BoilerplateRule(
        "site-name",
        rf"(?:[\w-]+\.)+{SITE_SUFFIX}",
        ("Kompas.com", "news.detik.com", "VIVA.co.id", "Tempo.co"),
        'A line that is only a site name, e.g. "Kompas.com".',
    ),
    BoilerplateRule(
        "editor-code",
        r"\(\s*[A-Za-z0-9]{1,6}(?:\s*/\s*[A-Za-z0-9]{1,6})*\s*\)",
        ("(D011)", "(omni/dub)", "(omni / dub)", "(fyk/ash)", "(Cas/Isk)"),
        "A line that is only an editor's or reporters' code: Antara's (D011), detik's (fyk/ash).",
        ignore_case=False,
    ),
    BoilerplateRule(
        "comment-notice",
        r"disclaimer\s*:?\s*(?:komentar|comments?)\b.{0,400}"
        r"|(?:setiap |semua |seluruh )?(?:komentar|comments?)\b.{0,80}(?:tanggapan pribadi"
        r"|tanggung ?jawab (?:pribadi|pengirim|penulis|komentator|sepenuhnya)"
        r"|tidak (?:mewakili|mencerminkan) (?:kebijakan|pandangan|sikap) redaksi|redaksi berhak"
        r"|personal (?:views?|opinions?) of (?:readers|the (?:authors?|commenters?))"
        r"|do(?:es)? not (?:represent|reflect) (?:the |our )?(?:editorial|views of)).{0,300}",
        (
            "Disclaimer : Komentar adalah tanggapan pribadi, tidak mewakili kebijakan redaksi "
            "KapanLagi.com. Komentar yang mengandung SARA akan dihapus.",
            "Komentar sepenuhnya menjadi tanggung jawab pengirim.",
            "Setiap komentar menjadi tanggung jawab pribadi pengirim, redaksi berhak menghapus "
            "komentar yang melanggar aturan.",
            "Comments are the personal views of readers and do not represent our editorial policy.",
        ),
        "Notices above or below a comment box: comments are the readers' own views.",
    ),
    BoilerplateRule(
        "social-embed",
        r".{0,600}(?:—|–|-{1,2})\s*[^()\n]{1,60}\(@\w{1,15}\)\s*"
        r"(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9} \d{4})"
        r"|.{0,600}\bpic\.twitter\.com/\w+.{0,120}"
        r"|(?:a post shared by|sebuah (?:kiriman|postingan) (?:yang )?dibagikan oleh).{0,200}"
        r"|(?:view|lihat) (?:this post|postingan ini|kiriman ini) (?:on|di) instagram"
        r"|(?:a|sebuah) (?:video|post) (?:shared|posted) (?:by|on) .{1,80}",
        (
            "— TMC Polda Metro (@TMCPoldaMetro) November 5, 2015",
            "Tol Cikampek macet parah pagi ini pic.twitter.com/Ab3Cd4 — TMC Polda Metro "
            "(@TMCPoldaMetro) 5 November 2015",
            "A post shared by Raisa Andriana (@raisa6690) on Nov 5, 2015 at 3:00am PST",
            "Sebuah kiriman dibagikan oleh Raisa Andriana (@raisa6690) pada 5 Nov 2015 pukul 3:00",
            "View this post on Instagram",
        ),
        "What is left of an embedded tweet or Instagram post: its signature line and labels.",
    ),
    BoilerplateRule(
        "more-control",
        r"(?:load|show|view|see|read) more\b\W{0,6}(?:(?:news|stories|articles|berita)\W{0,4})?"
        r"|(?:muat|tampilkan|lihat) (?:lebih banyak|lagi)\W{0,6}"
        r"(?:(?:berita|artikel|komentar|foto|video)\W{0,4})?"
        r"|(?:berita|artikel) (?:selanjutnya|sebelumnya|berikutnya)\W{0,4}"
        r"|selengkapnya\W{0,6}|klik (?:di ?sini|tautan ini) untuk (?:membaca|melihat).{0,80}",
        ("Load More…", "Load more", "Muat Lebih Banyak", "Read more »", "Selengkapnya »"),
        'Buttons that load or open more content: "Load More…", "Muat lebih banyak".',
    ),
    BoilerplateRule(
        "closing-mark",
        r"\(?\*{3,}\)?|-{3,}|={3,}|#{1,3}|\(?(?:selesai|end|tamat)\)?",
        ("***", "(***)", "---", "(selesai)", "END"),
        "A line that is only a closing mark.",
    ),
)


_DAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"

# Page-only rules, on top of the shared news boilerplate in :data:`RULES`:
# furniture that trafilatura leaves in an extracted page (pagination, timestamps, comment counts,
# "ADVERTISEMENT" spans inside a paragraph, ...) but that pasted text does not need.
PAGE_RULES: tuple[BoilerplateRule, ...] = (
    BoilerplateRule(
        "link-only",
        r"(?:\w[\w ]{0,20}:\s*)?\(?(?:https?://|www\.)\S+\)?",
        ("Video: https://www.youtube.com/watch?v=nM3ze35m5mc", "https://t.me/kompascomupdate"),
        "A paragraph that is only a (labelled) link.",
    ),
    BoilerplateRule(
        "listen-prompt",
        r"(?:dengarkan|listen to)\s+(?:artikel|berita|this article|the article)\b.{0,60}",
        ("Dengarkan artikel ini", "Listen to this article"),
        "Text-to-speech player labels.",
    ),
    BoilerplateRule(
        "paywall-prompt",
        rf".{{0,150}}{PAYWALL_PATTERN}.{{0,150}}",
        (
            "Artikel ini khusus pelanggan. Berlangganan untuk membaca selengkapnya.",
            "Konten premium. Masuk untuk membaca artikel ini.",
            "Artikel premium ini hanya bisa dibaca setelah login.",
        ),
        "Subscriber-only notices (the phrases of summarizer.text._sites.PAYWALL_PHRASES).",
    ),
    BoilerplateRule(
        "comments",
        r"(?:tulis|berikan|lihat|kirim|baca)\s+(?:semua\s+)?komentar.{0,60}"
        r"|komentar\s*(?:\(\d+\))?|\d+\s+komentar|comments?\s*(?:\(\d+\))?|beri komentar",
        ("Tulis komentar", "Komentar (12)", "12 Komentar", "Comments"),
        "Comment-section labels and counts.",
    ),
    BoilerplateRule(
        "related-heading",
        r"(?:berita|artikel|topik|video|foto)\s+(?:terkait|lainnya|pilihan|populer|terpopuler"
        r"|rekomendasi|terbaru|lain)|terpopuler|populer|trending|rekomendasi(?: untuk anda)?"
        r"|most popular|related(?: news| articles| stories)?|must ?read|close|tutup"
        r"|pilihan editor\s*:?.{0,200}",
        (
            "Berita Terkait",
            "MustRead",
            "Pilihan Editor: Jokowi Minta Menteri Fokus Bekerja",
        ),
        "Headings of related-article and popular-article boxes.",
    ),
    BoilerplateRule(
        "pagination",
        r"(?:halaman|page|hal\.?)\s*\d+(?:\s*(?:dari|of|/)\s*\d+)?"
        r"|(?:halaman\s+|page\s+)?(?:selanjutnya|berikutnya|sebelumnya|next|previous|prev)"
        r"|(?:tampilkan|lihat|baca)\s+(?:semua|selengkapnya)|show all|\d{1,3}|[«»‹›<>|.…\s]+",
        ("Halaman 2", "Halaman 1 dari 3", "Halaman Selanjutnya", "01", "»"),
        "Page-number links of a multi-page article.",
    ),
    BoilerplateRule(
        "timestamp",
        rf"(?:{_DAY}\s*,?\s*)?\d{{1,2}}\s*[/\-. ]\s*(?:\d{{1,2}}|[a-z]{{3,9}})\s*[/\-. ]\s*"
        r"\d{2,4}(?:\s*,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?)?"
        r"|(?:diperbarui|diterbitkan|dipublikasikan|updated?|published)\s*:?.{0,40}\d.{0,40}",
        (
            "Kamis, 05/11/2015 09:25 WIB",
            "Selasa, 23 Februari 2016 15:32 WIB",
            "Diperbarui 23 Feb 2016, 15:32 WIB",
        ),
        "Publication and update timestamps.",
    ),
    BoilerplateRule(
        "contact",
        r"(?:redaksi|kontak|contact|hubungi|e-?mail)\s*:.{0,100}|informasi pemasangan iklan.{0,60}",
        (
            "Redaksi: redaksi[at]detikfinance.com",
            "hubungi : sales[at]detik.com",
            "Informasi pemasangan iklan",
        ),
        "Newsroom and advertising contact lines.",
    ),
    BoilerplateRule(
        "syndication",
        r"(?:artikel|berita|tulisan) ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan"
        r"|ditayangkan)\b.{0,300}",
        ('Artikel ini telah tayang di Kompas.com dengan judul "Harga Cabai Naik"',),
        "Syndication notes naming the original publisher.",
    ),
    BoilerplateRule(
        "wire-sign-off",
        r"[-–—(]?\s*(?:antara|reuters|afp|ap|xinhua|bernama)\s*\)?",
        ("ANTARA", "(Reuters)"),
        "A news agency's name alone, signing off a wire story.",
    ),
    BoilerplateRule(
        "section-label",
        r"[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z][A-Za-z]*",
        ("FotoBisnis", "detikNews", "MustRead"),
        'A lone camel-case word: a channel or section label ("FotoBisnis", "detikNews").',
        ignore_case=False,
    ),
    BoilerplateRule(
        "inline-advertisement",
        r"\s*\b(?:ADVERTISEMENT|SCROLL TO (?:CONTINUE WITH|RESUME) CONTENT)\b\s*",
        ("Harga beras naik. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Stok aman.",),
        "Ad markers inside a paragraph (cut out).",
        kind="inline",
        ignore_case=False,
    ),
    BoilerplateRule(
        "inline-read-also",
        r"(?<=[.!?\"”])\s+(?:Baca|BACA) (?:juga|Juga|JUGA)\s*:.*$",
        ("Harga cabai naik tajam. Baca juga: Harga Beras Turun di Pasar Induk",),
        "A related-article link glued to the end of a paragraph (cut out).",
        kind="inline",
        ignore_case=False,
    ),
)


def matching_rule(line: str, rules: Iterable[BoilerplateRule] = RULES) -> BoilerplateRule | None:
    """The first line rule whose pattern matches the whole of ``line``, or None.

    ``line`` is used as given: strip it and collapse its whitespace first.
    """
    for rule in rules:
        if rule.matches_line(line):
            return rule
    return None


def is_boilerplate(line: str, rules: Iterable[BoilerplateRule] = RULES) -> bool:
    """Whether the whole of ``line`` is news boilerplate (see :data:`RULES`)."""
    return matching_rule(line, rules) is not None
