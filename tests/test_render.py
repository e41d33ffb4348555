"""The page's presentation (webui.render: Markdown escaping, one-line snippets, model names) and the
library's exports (summarizer.output._export), which the page offers as downloads."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.lang import language_name
from summarizer.output import _export as export
from summarizer.result import (
    Bullet,
    Candidate,
    Coverage,
    Flag,
    LanguageInfo,
    Sentence,
    SourceInfo,
    SummaryResult,
)
from webui import render

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "[klik](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "**tebal** _miring_ `kode` ~~coret~~ $x^2$ :red[merah] :material/home: :smile:",
    "# Judul\n\n1. satu\n- dua\n> kutipan\n    kode\n| a | b |\n|---|---|",
    "&lt;b&gt; &amp; &#60;i&#62; \\",
    "<https://example.com> www.example.com",
    "teks\x03dengan\x00kontrol\u200b",
]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def flat(text: str) -> str:
    return " ".join(CONTROL.sub("", text).split())


def shown(rendered: str) -> str:
    """Rendered text as read: the invisible word joiners that block autolinks removed."""
    return rendered.replace(render.WORD_JOINER, "")


class Parsed(HTMLParser):
    """Tags, attributes and text of an HTML string (entities decoded)."""

    def __init__(self, body: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []
        self.feed(body)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def sentences(*texts: str, paragraphs: tuple[int, ...] | None = None) -> tuple[Sentence, ...]:
    paragraphs = paragraphs or tuple(range(len(texts)))
    return tuple(
        Sentence(index, paragraph, text, f"EN {index}: {text}")
        for index, (text, paragraph) in enumerate(zip(texts, paragraphs, strict=True))
    )


def make_result(**changes: object) -> SummaryResult:
    values: dict[str, object] = {
        "language": LanguageInfo("id", 0.987, "id", (Candidate("id", 0.987),)),
        "sentences": sentences("Kalimat satu.", "Kalimat dua.", "Kalimat tiga."),
        "bullets": (
            Bullet("First point.", (0, 2), (0.9, 0.5)),
            Bullet(
                "Second point with 99 numbers.",
                (),
                (),
                (Flag("number", "99", "99 is not in the article."),),
            ),
        ),
        "models": {"summarization": "sum-model", "translation": "mt-model", "backend": "x"},
        "timings": {"translate": 0.1},
        "warnings": ("Removed 1 boilerplate line: 'Homepage'.",),
        "coverage": Coverage(3, 3, 1, 1, ("boilerplate line: Homepage",)),
        "source": SourceInfo(
            url="https://news.example/a",
            final_url="https://news.example/a?page=all",
            title="Judul *berita*",
            date="2025-01-02",
            author="Penulis",
            site="Contoh",
        ),
    }
    values.update(changes)
    return SummaryResult(**values)  # type: ignore[arg-type]


# --- escape_markdown -------------------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_markdown_has_no_raw_html_or_markup(payload: str) -> None:
    escaped = render.escape_markdown(payload)
    assert "<" not in escaped and ">" not in escaped and "\n" not in escaped
    # Every Markdown-active character is escaped (backslash, or an entity for & < >).
    assert not re.search(r"(?<!\\)[*_`\[\]()#!|~$:]", escaped.replace("\\\\", ""))


def test_escaped_markdown_renders_as_the_text_itself() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    renderer = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for payload in PAYLOADS:
        out = renderer.render(render.escape_markdown(payload))
        parsed = Parsed(out)
        assert parsed.tags == ["p"], (payload, out)
        assert shown("".join(parsed.text)).strip() == flat(payload)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_any_text_escaped_renders_literally(text: str) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    renderer = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    parsed = Parsed(renderer.render(render.escape_markdown(text)))
    assert set(parsed.tags) <= {"p"}
    assert shown("".join(parsed.text)).strip() == flat(text)


@pytest.mark.parametrize(
    "text",
    [
        "lihat https://evil.example/login sekarang",
        "HTTP://EVIL.EXAMPLE",
        "buka www.evil.example atau WWW.EVIL.EXAMPLE",
        "kirim ke admin@evil.example",
    ],
)
def test_bare_links_and_addresses_are_not_turned_into_links(text: str) -> None:
    # What remark-gfm's autolink literal matches in the text after escapes are resolved.
    unescaped = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", render.escape_markdown(text))
    assert not re.search(r"https?://|www(?=\.)", unescaped, re.IGNORECASE)
    assert not re.search(r"[-.+\w]+@[-\w]+(?:\.[-\w]+)+", unescaped)
    assert shown(unescaped) == text


def test_language_line() -> None:
    detected = LanguageInfo("id", 0.987, "id")
    assert render.language_markdown(detected) == (
        "Language\\: Indonesian — detected Indonesian \\(probability 99%\\)\\."
    )
    forced = LanguageInfo("id", 0.9, "en")
    assert "chosen in the settings" in render.language_markdown(forced, "en")
    unknown = LanguageInfo("unknown", 0.0, "id")
    assert "not detected" in render.language_markdown(unknown, "id")
    assert language_name("xx") == "xx"


def test_source_line() -> None:
    assert render.source_markdown(SourceInfo()) == ""
    assert render.source_markdown(SourceInfo(site="Kompas", date="2025-01-02")) == (
        "Kompas · 2025\\-01\\-02"
    )


@pytest.mark.parametrize(
    ("model", "label"),
    [
        ("Helsinki-NLP/opus-mt-id-en", "Helsinki-NLP/opus-mt-id-en"),
        ("/srv/secret/models/opus-id-en", "opus-id-en (a copy on this server)"),
        ("~/models/bart/", "bart (a copy on this server)"),
        ("./local/marian", "marian (a copy on this server)"),
        ("C:\\models\\marian", "marian (a copy on this server)"),
        ("none (English input)", "none (English input)"),
    ],
)
def test_model_directories_are_shown_by_name_only(model: str, label: str) -> None:
    assert render.model_label(model) == label
    line = render.models_line({"translation": model, "summarization": "sshleifer/x"})
    assert line == f"translation: {label} · summarization: sshleifer/x"


# --- exports ---------------------------------------------------------------------------------


def test_markdown_export_has_source_bullets_translation_and_models() -> None:
    result = make_result()
    text = export.to_markdown(result)
    assert text.startswith("# Judul \\*berita\\*\n")
    # Readable as plain text: links as autolinks, dates and numbers as written.
    assert "- **Source:** <https://news.example/a>" in text
    assert "- **Page read:** <https://news.example/a?page=all>" in text
    assert "- **Date:** 2025-01-02" in text and "- **Site:** Contoh" in text
    assert "1. First point. (sentences 1, 3)" in text
    assert "2. Second point with 99 numbers. (no supporting sentence)" in text
    assert "   - Check: 99 is not in the article." in text
    # The article sentence by sentence: English, the original under it, numbered alike.
    article = text.split("## The article in English, with the Indonesian original")[1]
    article = article.split("## Notes")[0]
    assert "**1.** EN 0: Kalimat satu.\\\nIndonesian: Kalimat satu." in article
    assert "**3.** EN 2: Kalimat tiga.\\\nIndonesian: Kalimat tiga." in article
    assert "- translation: mt-model" in text and "- summarization: sum-model" in text
    assert "Homepage" in text.split("## Notes")[1]


def test_markdown_export_escapes_untrusted_text() -> None:
    evil = "<script>alert(1)</script> [x](javascript:alert(1)) *b* `c` a|b &amp;"
    result = make_result(
        sentences=(Sentence(0, 0, evil, evil),),
        bullets=(Bullet(evil, (0,)),),
        source=SourceInfo(title=evil, url=evil),
    )
    text = export.to_markdown(result)
    assert not re.search(r"(?<!\\)<", text)  # every < escaped: no HTML can start
    assert not re.search(r"(?<!\\)\]\(", text)  # no link can start
    assert not re.search(r"(?<!\\)[*`|]", text.replace("**", "").replace("- ", ""))
    assert "\\&amp;" in text  # an entity is shown, not decoded


def test_download_names_are_cut_at_word_boundaries() -> None:
    title = "Kim Jong Un Tegaskan Dukungan Penuh Rusia dalam Perang Ukraina Hari Ini"
    stem = export.download_stem(make_result(source=SourceInfo(title=title)))
    assert stem == "summary-kim-jong-un-tegaskan-dukungan-penuh-rusia-dalam"
    long_word = "a" * 80
    assert export.download_stem(make_result(source=SourceInfo(title=long_word))) == (
        "summary-" + "a" * 50
    )


def test_json_export_can_carry_the_settings() -> None:
    result = make_result()
    data = json.loads(export.to_json(result, {"bullets": 3, "num_beams": 2}))
    assert data.pop("settings") == {"bullets": 3, "num_beams": 2}
    assert data == result.to_dict()


def test_json_export_is_the_result() -> None:
    result = make_result()
    assert json.loads(export.to_json(result)) == result.to_dict()


def test_download_names_are_safe() -> None:
    assert export.download_stem(make_result()) == "summary-judul-berita"
    assert export.download_stem(make_result(source=SourceInfo())) == "summary"
    evil = make_result(source=SourceInfo(title="../../etc/passwd <x>"))
    assert export.download_stem(evil) == "summary-etc-passwd-x"
