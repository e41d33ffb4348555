"""The reading view (webui/reading.py): escaped, aligned, highlighted, readable in both themes."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from summarizer.result import (
    Bullet,
    Coverage,
    Flag,
    LanguageInfo,
    Sentence,
    SummaryResult,
)
from webui import reading
from webui.reading import DARK, LIGHT, Palette

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "</p></div><svg onload=alert(1)>",
    '" onmouseover="alert(1)',
    "&lt;b&gt; &amp; <!-- comment -->",
    "{{7*7}} ${x} `y` \x00\x1b[31m",
]

# The markup the view writes itself, and the only attributes it uses.
ALLOWED_TAGS = {
    "style", "script", "div", "section", "h2", "ol", "li", "span", "button", "p", "label", "input",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "class", "id", "lang", "type", "aria-pressed", "aria-controls", "aria-label", "aria-hidden",
    "aria-labelledby", "title", "tabindex", "role", "data-rv-sources", "data-rv-s",
}  # fmt: skip


class Collector(HTMLParser):
    """Every start tag with its attributes, and the text inside each element (by class)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[tuple[str, ...], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag != "input":  # a void element: never closed
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = tuple(str(attrs.get("class") or "") for _, attrs in self.stack)
        self.texts.append((classes, data))

    def text_of(self, css_class: str) -> list[str]:
        return [
            data for classes, data in self.texts if classes and css_class in classes[-1].split()
        ]


def parse(markup: str) -> Collector:
    collector = Collector()
    collector.feed(markup)
    collector.close()
    assert collector.stack == [], "an element is left open"
    return collector


def make_result(
    count: int = 6,
    *,
    lang: str = "id",
    bullets: tuple[Bullet, ...] | None = None,
    texts: list[str] | None = None,
) -> SummaryResult:
    texts = texts or [f"Kalimat nomor {i}." for i in range(count)]
    sentences = tuple(
        Sentence(
            index=i,
            paragraph=i // 2,
            text=text,
            translation=text if lang == "en" else f"Sentence number {i}: {text}",
        )
        for i, text in enumerate(texts)
    )
    if bullets is None:
        bullets = (Bullet("First bullet.", (0, 2)), Bullet("Second bullet.", (4,)))
    return SummaryResult(
        language=LanguageInfo(lang, 0.99, lang),
        sentences=sentences,
        bullets=bullets,
        models={},
        timings={},
        warnings=(),
        coverage=Coverage(len(sentences), len(sentences), 1, 1),
    )


def rows(markup: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parse(markup).tags if "rv-row" in str(attrs.get("class"))]


# --- safety ------


def test_untrusted_text_is_escaped_everywhere() -> None:
    bullets = tuple(
        Bullet(text, (0,), flags=(Flag("name", text, "m"), Flag("number", text, "m")))
        for text in HOSTILE
    )
    result = make_result(lang="id", bullets=bullets, texts=HOSTILE)
    markup = reading.reading_html(result)
    parsed = parse(markup)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert {name for _, attrs in parsed.tags for name in attrs} <= ALLOWED_ATTRIBUTES
    # One style sheet and one script, both the module's fixed text.
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert [tag for tag, _ in parsed.tags].count("style") == 1
    assert markup.count(reading.READING_SCRIPT) == 1
    assert markup.count(reading.reading_css()) == 1
    # Every hostile string reads back as written (control characters removed), in the original,
    # the translation and the bullet.
    cleaned = [re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text) for text in HOSTILE]
    assert parsed.text_of("rv-id") == cleaned
    assert parsed.text_of("rv-bullet-text") == cleaned
    assert all(
        english.endswith(text)
        for english, text in zip(parsed.text_of("rv-en"), cleaned, strict=True)
    )


def test_no_event_handler_or_link_can_come_from_data() -> None:
    result = make_result(texts=HOSTILE, bullets=(Bullet(HOSTILE[1], (0, 1)),))
    lowered = reading.reading_html(result).lower()
    assert "onerror=" not in lowered.replace("onerror=&quot;", "")
    assert "<img" not in lowered and "<svg" not in lowered and "href" not in lowered


# --- alignment and languages ------


def test_one_row_per_sentence_original_and_english_side_by_side() -> None:
    result = make_result(7)
    parsed = parse(reading.reading_html(result))
    assert parsed.text_of("rv-num") == [str(i + 1) for i in range(7)]
    assert parsed.text_of("rv-id") == [s.text for s in result.sentences]
    assert parsed.text_of("rv-en") == [s.translation for s in result.sentences]
    langs = [(attrs["class"], attrs.get("lang")) for tag, attrs in parsed.tags if tag == "p"]
    assert ("rv-id", "id") in langs and ("rv-en", "en") in langs
    cells = [(cls, lang) for cls, lang in langs if cls in ("rv-id", "rv-en")]
    assert cells == [("rv-id", "id"), ("rv-en", "en")] * 7


def test_new_paragraphs_are_marked() -> None:
    marked = [
        "rv-paragraph" in str(row["class"]) for row in rows(reading.reading_html(make_result(6)))
    ]
    assert marked == [False, False, True, False, True, False]  # two sentences per paragraph


def test_english_article_is_one_column_never_english_beside_english() -> None:
    result = make_result(4, lang="en")
    markup = reading.reading_html(result)
    parsed = parse(markup)
    assert parsed.text_of("rv-id") == []
    assert parsed.text_of("rv-en") == [s.text for s in result.sentences]
    assert 'lang="id"' not in markup
    classes = {str(attrs.get("class")) for _, attrs in parsed.tags}
    assert "rv-columns" not in classes and "rv-switch" not in classes
    assert "not translated" in markup


def test_odd_language_code_is_not_written_as_an_attribute() -> None:
    markup = reading.rows_html(make_result(2).sentences, source_lang='x" onclick="y')
    assert "onclick" not in markup and "lang=" in markup  # the English cells keep lang="en"


def test_pending_translations_are_shown_as_such() -> None:
    result = make_result(3)
    parsed = parse(reading.reading_html(result, pending={1, 2}))
    assert parsed.text_of("rv-en") == [
        result.sentences[0].translation,
        "translating…",
        "translating…",
    ]


# --- bullets and highlight ------


def test_bullets_are_a_list_with_their_sentence_numbers() -> None:
    parsed = parse(reading.reading_html(make_result(6)))
    items = [attrs for tag, attrs in parsed.tags if tag == "li"]
    assert [item["data-rv-sources"] for item in items] == ["1 3", "5"]
    assert parsed.text_of("rv-bullet-text") == ["First bullet.", "Second bullet."]
    assert parsed.text_of("rv-cite") == ["Sentences 1, 3", "Sentence 5"]
    assert not any(tag in {"input"} and attrs.get("type") == "radio" for tag, attrs in parsed.tags)


@pytest.mark.parametrize("chosen", [0, 1, None])
def test_the_chosen_bullets_sentences_are_highlighted(chosen: int | None) -> None:
    result = make_result(6)
    markup = reading.reading_html(result, chosen)
    highlighted = [row["data-rv-s"] for row in rows(markup) if "rv-hl" in str(row["class"])]
    expected = [] if chosen is None else [str(i + 1) for i in result.bullets[chosen].sources]
    assert highlighted == expected
    pressed = [attrs["aria-pressed"] for tag, attrs in parse(markup).tags if tag == "button"]
    assert pressed == ["true" if position == chosen else "false" for position in range(2)]


def test_a_bullet_without_sources_says_so_and_has_no_button() -> None:
    bullets = (Bullet("Unsupported.", ()), Bullet("Beyond the text.", (99,)))
    parsed = parse(reading.reading_html(make_result(3, bullets=bullets)))
    assert parsed.text_of("rv-none") == ["No supporting sentence found"] * 2
    assert [tag for tag, _ in parsed.tags].count("button") == 0
    assert not any("rv-hl" in str(row.get("class")) for _, row in parsed.tags)


def test_no_bullets() -> None:
    parsed = parse(reading.reading_html(make_result(3, bullets=())))
    assert parsed.text_of("rv-none") == ["The model produced no bullets for this text."]


def test_flags_are_one_line_per_bullet() -> None:
    flags = (
        Flag("number", "11,000", "The number '11,000' does not appear in the article."),
        Flag("name", "Lavrov", "The name 'Lavrov' does not appear in the article."),
        Flag("date", "Monday", "The day 'Monday' does not appear in the article."),
        Flag("unsupported", "x", "No sentence in the article supports this bullet."),
    )
    line = reading.bullet_flags_line(flags)
    assert line == (
        "Not in the article: the number ‘11,000’, the name ‘Lavrov’, the date ‘Monday’. "
        "No sentence of the article supports this bullet."
    )
    parsed = parse(reading.reading_html(make_result(3, bullets=(Bullet("b", (0,), flags=flags),))))
    assert parsed.text_of("rv-flags") == ["⚠ " + line]
    # Not announced as an alert.
    assert not any(attrs.get("role") == "alert" for _, attrs in parsed.tags)
    assert reading.bullet_flags_line(()) == ""


# --- themes ------


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_text_numbers_and_flags_are_readable_on_every_background(palette: Palette) -> None:
    for background in (palette.page, palette.highlight):
        assert contrast(palette.text, background) >= 7, background
        assert contrast(palette.muted, background) >= 4.5, background  # sentence numbers
    assert contrast(palette.flag, palette.page) >= 4.5
    assert contrast(palette.accent, palette.page) >= 3  # a non-text mark (WCAG 1.4.11)


def test_the_style_sheet_follows_the_theme_with_a_light_fallback() -> None:
    css = reading.reading_css()
    for name in ("muted", "highlight", "accent", "flag", "rule"):
        light, dark = getattr(LIGHT, name), getattr(DARK, name)
        assert f"--rv-{name}:{light};" in css
        assert f"--rv-{name}:light-dark({light},{dark});" in css
        # The fallback comes first, so a browser without light-dark() keeps it.
        assert css.index(f"--rv-{name}:{light};") < css.index(f"--rv-{name}:light-dark(")
    assert f"@media (max-width:{reading.PHONE_MAX_WIDTH_PX}px)" in css
