"""Format-neutral exports of a :class:`SummaryResult`: JSON and a Markdown document.

Any front end (CLI, page, API) offers the same files. All text from the article or the models is
escaped for CommonMark, so the Markdown file renders exactly as written in any viewer; links in it
(the source URL) stay usable. Nothing here knows a particular renderer or page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .languages import language_name
from .result import LanguageInfo, Sentence, SummaryResult

__all__ = [
    "clean",
    "download_stem",
    "escape_markdown",
    "language_line",
    "numbers",
    "to_json",
    "to_markdown",
]

# C0/C1 control characters (tab and newline excepted): invisible noise that models sometimes emit.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")
# Every ASCII character that can start or end a Markdown construct: CommonMark, GFM (tables,
# strikethrough), math ($), directives and emoji shortcodes (:), HTML (<, >, & are written as
# entities below). A backslash before ASCII punctuation always means "this character, literally"
# in CommonMark, so over-escaping is harmless.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:^=\"'])")


def clean(text: object) -> str:
    """``text`` as a string without control characters (tab and newline kept)."""
    return _CONTROL.sub("", str(text))


def escape_markdown(text: object) -> str:
    """``text`` as inert, single-line Markdown: rendered, it shows exactly these characters.

    Whitespace runs (newlines included) become one space, so no block structure (headings, lists,
    code blocks, tables) can start; punctuation is backslash-escaped and ``& < >`` become entities,
    so no emphasis, link, image, math, directive or HTML can either.
    """
    flat = _WHITESPACE.sub(" ", clean(text)).strip()
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbers(indices: Iterable[int]) -> str:
    """Sentence indices as the 1-based numbers a reader sees: "1, 4, 5"."""
    return ", ".join(str(index + 1) for index in indices)


def language_line(language: LanguageInfo, chosen: str = "auto") -> str:
    """One plain-text line: the detected language and its probability, and the language used."""
    used = language_name(language.used)
    if language.detected == "unknown":
        detected = "not detected"
    else:
        detected = (
            f"detected {language_name(language.detected)} (probability {language.probability:.0%})"
        )
    text = f"Language: {used} — {detected}"
    if chosen != "auto":
        text += f"; {used} was chosen in the settings"
    elif language.used != language.detected:
        text += f"; treated as {used}"
    return text + "."


def to_json(result: SummaryResult) -> str:
    return result.to_json()


def to_markdown(result: SummaryResult) -> str:
    """The result as a Markdown document: source, bullets with their sentence numbers, the
    translation and the original (numbered the same way), notes and model ids."""
    lines = _source_lines(result)
    lines += ["", "## Summary", ""]
    if not result.bullets:
        lines.append("_No bullets were produced._")
    for position, bullet in enumerate(result.bullets):
        where = (
            f"sentences {numbers(bullet.sources)}" if bullet.sources else "no supporting sentence"
        )
        lines.append(f"{position + 1}. {escape_markdown(bullet.text)} _\\({where}\\)_")
        lines += [f"    - ⚠ {escape_markdown(flag.message)}" for flag in bullet.flags]
    lines += ["", "## Translation", ""]
    lines += _numbered_paragraphs(result.sentences, translated=True)
    lines += ["", f"## Original ({language_name(result.language.used)})", ""]
    lines += _numbered_paragraphs(result.sentences, translated=False)
    lines += ["", "## Notes", ""]
    lines += [f"- {escape_markdown(note)}" for note in (result.coverage.line, *result.warnings)]
    lines += ["", "## Models", ""]
    for role, model in result.models.items():
        lines.append(f"- **{escape_markdown(role)}:** {escape_markdown(model)}")
    lines += [
        "",
        "_Machine translation and summary: check each bullet against the sentences it cites._",
        "",
    ]
    return "\n".join(lines)


def _source_lines(result: SummaryResult) -> list[str]:
    source = result.source
    title = escape_markdown(source.title) if source.title else "Summary"
    lines = [f"# {title}", ""]
    details = [
        ("Source", source.url),
        ("Page read", source.final_url if source.final_url != source.url else None),
        ("Site", source.site),
        ("Date", source.date),
        ("Author", source.author),
    ]
    lines += [f"- **{label}:** {escape_markdown(value)}" for label, value in details if value]
    lines.append(f"- **Language:** {escape_markdown(language_line(result.language))}")
    return lines


def _numbered_paragraphs(sentences: Sequence[Sentence], *, translated: bool) -> list[str]:
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        text = sentence.translation if translated else sentence.text
        paragraphs.setdefault(sentence.paragraph, []).append(
            f"**\\[{sentence.index + 1}\\]** {escape_markdown(text)}"
        )
    out: list[str] = []
    for _, parts in sorted(paragraphs.items()):
        out += [" ".join(parts), ""]
    return out[:-1]


def download_stem(result: SummaryResult) -> str:
    """A safe file name stem: "summary" plus a slug of the title when there is one."""
    title = result.source.title or ""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50].strip("-")
    return f"summary-{slug}" if slug else "summary"
