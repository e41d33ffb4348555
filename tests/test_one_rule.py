"""Each rule written once: the byte decoder, the paywall and site-domain table, the word lists,
the bullet range, the share-id pattern and the language names. Each test fails if a second copy
of a rule comes back (or if a copy already disagrees)."""

from __future__ import annotations

import ast
import codecs
import re
from pathlib import Path

import pytest

from summarizer.inputs._extract import clean_paragraphs, decode_html, extract_article
from summarizer.text import decode_text

from .test_extract import page_paragraphs

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "summarizer"
SOURCES = sorted([*LIBRARY.rglob("*.py"), *(ROOT / "webui").rglob("*.py"), ROOT / "app.py"])


def _source_modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in SOURCES]


# --- one byte decoder ------------------------------------------------------------------------

TEXT = "Banjir melanda Jakarta, warga mengungsi ke masjid. Kafé buka lagi."


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "utf-8"])
def test_a_page_with_a_byte_order_mark_decodes_like_a_text_file(codec: str) -> None:
    body = f"<html><body><p>{TEXT}</p></body></html>".encode(codec)
    bom = {
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-8": codecs.BOM_UTF8,
    }[codec]
    html = decode_html(bom + body)
    assert "\x00" not in html
    assert TEXT in html
    assert html == decode_text(bom + body, 1_000_000)


def test_a_utf32_page_is_extracted_through_the_html_path() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in page_paragraphs(1))
    page = f"<html><head><title>Banjir</title></head><body><article>{paragraphs}</article>"
    for codec, bom in (("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)):
        article = extract_article(bom + page.encode(codec), "https://example.co.id/a")
        assert list(article.paragraphs) == page_paragraphs(1)


def test_only_one_module_holds_a_byte_order_mark_table() -> None:
    holders = {
        path.relative_to(ROOT).as_posix()
        for path, tree in _source_modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr.startswith("BOM_UTF")
    }
    assert holders == {"summarizer/text/_decode.py"}


# --- one table of paywall phrases and site domains ----------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Artikel ini khusus pelanggan. Berlangganan untuk membaca selengkapnya.",
        "Konten premium. Masuk untuk membaca artikel ini.",
        "Artikel premium ini hanya bisa dibaca setelah login.",
        "Konten eksklusif untuk pembaca setia.",
    ],
)
def test_every_paywall_phrase_that_warns_is_also_removed(notice: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in page_paragraphs(1))
    page = (
        "<html><head><title>Laporan Khusus</title></head><body><article><h1>Laporan Khusus</h1>"
        f"{paragraphs}<p>{notice}</p></article></body></html>"
    ).encode()
    article = extract_article(page, "https://example.co.id/premium")
    assert list(article.paragraphs) == page_paragraphs(1)
    assert any("subscribers only" in warning for warning in article.warnings)
    assert clean_paragraphs([notice]) == []


_TLD_ALTERNATIVE = r"[(|:]{}[|)]"  # "com" or "id" as one alternative of a group


def test_site_domains_come_from_one_table() -> None:
    """No regular expression outside the table lists top-level domains ("com|...|id")."""
    holders = {
        path.relative_to(ROOT).as_posix()
        for path, tree in _source_modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(_TLD_ALTERNATIVE.format("com"), node.value)
        and re.search(_TLD_ALTERNATIVE.format("id"), node.value)
    }
    assert holders <= {"summarizer/text/_sites.py"}


# --- the bullet range, stated in the API schema from summarizer.limits --------------------------


def test_the_api_schema_states_the_bullet_range_of_the_limits() -> None:
    from summarizer.api import create_app
    from summarizer.config import Settings
    from summarizer.limits import MAX_BULLETS, MIN_BULLETS

    schema = create_app(Settings()).openapi()["components"]["schemas"]["SummarizeRequest"]
    bullets = schema["properties"]["bullets"]
    (number,) = [choice for choice in bullets["anyOf"] if choice.get("type") == "integer"]
    assert (number["minimum"], number["maximum"]) == (MIN_BULLETS, MAX_BULLETS)
    assert f"{MIN_BULLETS}–{MAX_BULLETS}" in bullets["description"]


# --- one share-id pattern, one language-name table ------------------------------------------------


def test_one_share_id_pattern() -> None:
    holders = {
        path.relative_to(ROOT).as_posix()
        for path, tree in _source_modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and "A-Za-z0-9_-" in node.value
    }
    assert holders == {"summarizer/output/_share.py"}


def test_the_page_reads_a_share_id_with_the_stores_pattern() -> None:
    from summarizer.output import SHARE_ID_PATTERN
    from webui.params import parse_share_params

    made = "a" * 22
    assert SHARE_ID_PATTERN.fullmatch(made)
    assert parse_share_params({"r": [made]}).share_id == made
    assert parse_share_params({"r": [made[:-1]]}).share_id is None


def test_one_language_name_table() -> None:
    """No module but lang/_names.py maps two or more codes to language names."""
    from summarizer.lang._names import LANGUAGE_NAMES

    names = set(LANGUAGE_NAMES.values())
    holders = {
        path.relative_to(ROOT).as_posix()
        for path, tree in _source_modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        and sum(isinstance(v, ast.Constant) and v.value in names for v in node.values) >= 2
    }
    assert holders == {"summarizer/lang/_names.py"}


def test_the_page_labels_languages_from_the_library_table() -> None:
    from summarizer.lang import SOURCE_LANG_LABELS, SOURCE_LANGS, language_name
    from webui.sharing import LANG_LABELS

    assert LANG_LABELS == SOURCE_LANG_LABELS
    assert list(SOURCE_LANG_LABELS) == list(SOURCE_LANGS)
    assert SOURCE_LANG_LABELS["id"] == language_name("id") == "Indonesian"
    assert language_name("xx", unknown="Original") == "Original"


# --- one English stop-word list, one Indonesian function-word list --------------------------------

_LIST_WORD = re.compile(r"[a-z'’]+")  # a word list is lower-case words and spaces, no prose
_MIN_LISTED = 8  # this many words of the one list, and half the literal: a copy of it
# Word classes of another rule, not stop-word lists: where an over-long sentence may be cut.
_OTHER_RULES = {("summarizer/text/_segment.py", "_CONJUNCTIONS", "id"),
                ("summarizer/text/_segment.py", "_PREPOSITIONS", "id"),
                # the words no English sentence ends on (a cut-short translation): a rule of its own
                ("summarizer/check/_tables.py", "UNFINISHED_ENDINGS", "en"),
                # the words after which, or in whose clause, a closing "is"/"was" ends a whole
                # clause ("that's how it is.", "where the station is."): a rule of their own
                ("summarizer/check/_tables.py", "COPULA_FINISHED_AFTER", "en"),
                ("summarizer/check/_tables.py", "COPULA_CLAUSE_OPENERS", "en"),
                # the auxiliaries a closing manner adverb follows ("has officially."): its own rule
                ("summarizer/check/_tables.py", "AUXILIARIES_BEFORE_ADVERB", "en"),
                # the words after which "kurang" is no negation ("kurang dari", "kurang lima
                # menit"): a rule of its own
                ("summarizer/check/_tables.py", "ID_KURANG_NOT_NEGATING", "id"),
                # the amounts and distances whose opposites do not render "kurang" ("kurang
                # banyak" is not "small"): a rule of its own
                ("summarizer/check/_tables.py", "ID_KURANG_NOT_OPPOSED", "id")}  # fmt: skip


def _word_literals(tree: ast.Module) -> list[tuple[str, list[str]]]:
    """Each assignment's name and the words of the word-only string literals in its value."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        name = ast.unparse(targets[0])
        words = [
            word
            for constant in ast.walk(node.value)
            if isinstance(constant, ast.Constant) and isinstance(constant.value, str)
            for word in constant.value.split()
        ]
        if words and all(_LIST_WORD.fullmatch(word) for word in words):
            found.append((name, words))
    return found


def test_no_module_writes_its_own_stop_word_or_function_word_list() -> None:
    from summarizer.lang import english_stopwords, indonesian_function_words

    lists = {"en": english_stopwords(), "id": indonesian_function_words()}
    copies = [
        (path.relative_to(ROOT).as_posix(), name, code)
        for path, tree in _source_modules()
        for name, words in _word_literals(tree)
        for code, listed in lists.items()
        if (hits := sum(word in listed for word in words)) >= _MIN_LISTED and hits * 2 >= len(words)
    ]
    assert set(copies) == _OTHER_RULES


def test_every_user_of_a_word_list_reads_the_one_list() -> None:
    from summarizer.ground._words import COMMON_STARTS, STOPWORDS
    from summarizer.lang import english_stopwords, indonesian_function_words
    from summarizer.lang._decide import english_sentence_mask

    assert english_stopwords() == STOPWORDS and STOPWORDS <= COMMON_STARTS
    assert {"the", "of", "said", "according", "percent"} <= english_stopwords()
    assert {"yang", "dan", "ujar", "ucap", "tersebut"} <= indonesian_function_words()
    assert english_stopwords().isdisjoint(indonesian_function_words())
    # An English sentence with one word of the Indonesian list is not kept as English.
    english = "The minister said on Monday that the new toll road will open next month."
    assert english_sentence_mask([english, english.replace("said", "ucap")]) == [True, False]
