"""The shared news boilerplate rules: every example matches, article sentences never do."""

from __future__ import annotations

import pytest

from summarizer.inputs._extract import BOILERPLATE_RULES, clean_paragraphs
from summarizer.text import _boilerplate as boilerplate
from summarizer.text import prepare
from summarizer.text._boilerplate import (
    PAGE_RULES,
    RULES,
    BoilerplateRule,
    is_boilerplate,
    matching_rule,
)

from .test_extract import ARTICLE_SENTENCES as EXTRACT_ARTICLE_SENTENCES

EXAMPLES = [(rule, example) for rule in RULES for example in rule.examples]
IDS = [f"{rule.name}:{example[:30]}" for rule, example in EXAMPLES]

# Real article sentences that look like boilerplate to a careless pattern: test_extract's
# list plus more from test_segment. No shared rule may match them.
ARTICLE_SENTENCES = [
    *EXTRACT_ARTICLE_SENTENCES,
    "Editor senior itu mengatakan redaksi akan meminta maaf.",
    "Baca tulis menjadi kemampuan dasar yang harus dikuasai siswa.",
    "Foto itu diambil saat banjir melanda Jakarta pekan lalu.",
    "Penulis buku itu, Pramoedya Ananta Toer, lahir di Blora.",
    "Share pasar ponsel lokal naik menjadi 30 persen tahun ini.",
    "Ia kembali ke homepage situs itu tetapi datanya sudah hilang.",
    "KLIKWARTAKU — Pemimpin Korea Utara Kim Jong Un kembali menegaskan dukungan.",
    "JAKARTA, KOMPAS.com - Harga beras naik.",
    "TEMPO.CO, Jakarta - Indonesia could learn from Finland, Soini stated.",
    "Ia sudah membuktikan itu semua. (omni / dub)",
    "Komentar Menteri itu tidak mencerminkan sikap pemerintah, kata juru bicara.",
    "Komentar pribadi Presiden itu memicu perdebatan di media sosial.",
    "Lihat lagi data yang kami kirimkan, kata dia kepada wartawan.",
    "Muat barang ke kapal dilakukan sejak pagi oleh buruh pelabuhan.",
    "Read more books, the minister told students in Jakarta.",
    "Selengkapnya akan diumumkan pemerintah pekan depan.",
    "Disclaimer itu dicantumkan di setiap kemasan rokok sejak 2014.",
    "Ia menyebut akun @TMCPoldaMetro rutin melaporkan kemacetan setiap pagi.",
    "Download Free Android APK Applications Posted by apapun itu on 07:57 PM, 22-May-12 Aplikasi "
    "untuk berkirim dan menerima instant messenger cross plat-form untuk Android OS 2.1 ke atas.",
]

BODY = "Harga beras naik lima persen di pasar induk pekan ini."
LAST = "Pedagang mengeluh harga terus naik."


def test_rules_are_named_described_and_have_examples() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.kind == "line"
        assert rule.description
        assert rule.examples


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=IDS)
def test_each_rule_matches_its_examples(rule: BoilerplateRule, example: str) -> None:
    assert rule.matches_line(example)
    assert is_boilerplate(example)
    assert matching_rule(example) is not None


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=IDS)
def test_both_callers_drop_each_example(rule: BoilerplateRule, example: str) -> None:
    assert clean_paragraphs([example]) == []
    prepared = prepare(f"{BODY}\n{example}\n{LAST}")
    assert prepared.removed == (example,)
    assert prepared.paragraphs == (BODY, LAST)


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_article_sentences_are_not_boilerplate(sentence: str) -> None:
    assert matching_rule(sentence) is None
    assert not is_boilerplate(sentence)


def test_matching_rule_names_the_rule_and_takes_a_rule_set() -> None:
    rule = matching_rule("Baca juga: Harga Cabai Turun")
    assert rule is not None and rule.name == "read-also"
    assert matching_rule("ADVERTISEMENT", ()) is None
    assert is_boilerplate("Halaman 2", BOILERPLATE_RULES)
    assert not is_boilerplate("Halaman 2")  # pagination is a page-only rule


def test_the_page_rules_extend_the_shared_table() -> None:
    assert (*RULES, *PAGE_RULES) == BOILERPLATE_RULES
    names = [rule.name for rule in BOILERPLATE_RULES]
    assert len(names) == len(set(names))
    assert boilerplate.__all__ == [
        "PAGE_RULES",
        "RULES",
        "BoilerplateRule",
        "is_boilerplate",
        "matching_rule",
    ]


def test_a_credit_table_row_is_dropped_from_a_page() -> None:
    assert clean_paragraphs(["| Penulis | : Kontributor Lhokseumawe, Masriadi |"]) == []
