"""Format-neutral exports of a :class:`SummaryResult`: JSON and a Markdown document.

Any front end (CLI, page, API) offers the same files. All text from the article or the models is
escaped for CommonMark, so the Markdown file renders exactly as written in any viewer; links in it
(the source URL) stay usable. Nothing here knows a particular renderer or page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

from summarizer.lang import language_name
from summarizer.result import DocumentInfo, LanguageInfo, Sentence, SummaryResult

__all__ = [
    "check_line",
    "clean",
    "coverage_line",
    "download_stem",
    "escape_markdown",
    "language_line",
    "language_note",
    "numbers",
    "readable_markdown",
    "sentence_flags_line",
    "to_json",
    "to_markdown",
]

# C0/C1 control characters (tab and newline excepted): invisible noise that models sometimes emit.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")
_STEM_WORDS_MAX = 50  # longest title slug in a download's file name
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


# In running text (never at a line's start: every line of the document begins with fixed
# markup), only these start inline Markdown: emphasis, code, links/images, HTML, tables,
# strikethrough, math. Dots, dashes, colons and slashes stay as written, so dates, numbers and
# URLs read normally in the file and a URL stays a working link.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$])")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def readable_markdown(text: object) -> str:
    """``text`` as inert inline Markdown that still reads as plain text in the file.

    Whitespace runs become one space; only characters that could start inline markup are
    backslash-escaped (and ``&`` when it would start an entity). For running text placed after
    fixed markup on its line, never at a line's start.
    """
    flat = _WHITESPACE.sub(" ", clean(text)).strip()
    return _ENTITY.sub("\\\\&", _INLINE_SPECIAL.sub(r"\\\1", flat))


def coverage_line(result: SummaryResult) -> str:
    """How much of the article was translated and summarised, true for English input too: it
    never says "Translated" of a sentence that did not go through the translation model."""
    coverage = result.coverage
    total, translated = coverage.sentences_total, coverage.sentences_translated
    chunks = f"summarised {coverage.chunks_summarized}/{coverage.chunks_total} parts"
    if result.language.used == "en":
        text = f"{total} sentences, not translated (English); {chunks}."
    else:
        kept = total - translated  # sentences already in English, kept as written
        kept_note = f" ({kept} already in English, kept as written)" if kept > 0 else ""
        text = f"Translated {translated}/{total} sentences{kept_note}; {chunks}."
        text += " " + check_line(result)
    if coverage.skipped:
        text += " Skipped: " + "; ".join(coverage.skipped)
    return text


def check_line(result: SummaryResult) -> str:
    """How many English sentences the translation check flagged (summarizer.check)."""
    flagged = sum(1 for sentence in result.sentences if sentence.flags)
    if not flagged:
        return "Translation check: no sentence flagged."
    noun = "sentence" if flagged == 1 else "sentences"
    return f"Translation check: {flagged} {noun} flagged."


def sentence_flags_line(sentence: Sentence) -> str:
    """A sentence's translation findings as one plain-text line ("" when there are none)."""
    return " ".join(finding.message for finding in sentence.flags)


def language_note(language: LanguageInfo, chosen: str) -> str | None:
    """When the language chosen in the settings is not the one detected: what was detected and
    what that means. None when the choice agrees with detection (or detection was automatic)."""
    if chosen == "auto" or language.detected in ("unknown", chosen):
        return None
    detected = f"{language_name(language.detected)} ({language.probability:.0%})"
    if chosen == "en":
        consequence = "so it was summarised as English, without translation"
    else:
        consequence = f"so it was translated as {language_name(chosen)}"
    return (
        f"This text looks like {detected}, but {language_name(chosen)} was chosen in the "
        f"settings, {consequence}."
    )


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


def to_json(result: SummaryResult, settings: Mapping[str, object] | None = None) -> str:
    """The result as JSON; with ``settings`` (bullets, beams, source language, models…) under
    "settings", so the run can be repeated. ``SummaryResult.from_json`` ignores that key."""
    if settings is None:
        return result.to_json()
    return json.dumps(
        {"settings": dict(settings), **result.to_dict()}, ensure_ascii=False, indent=2
    )


def to_markdown(result: SummaryResult) -> str:
    """The result as a Markdown document that reads well as plain text and rendered: source,
    bullets with their sentence numbers, the article sentence by sentence (English with the
    original under it, numbered like the bullets), notes and model ids."""
    lines = _source_lines(result)
    lines += ["", "## Summary", ""]
    if not result.bullets:
        lines.append("_No bullets were produced._")
    for position, bullet in enumerate(result.bullets):
        where = (
            f"sentences {numbers(bullet.sources)}" if bullet.sources else "no supporting sentence"
        )
        lines.append(f"{position + 1}. {readable_markdown(bullet.text)} ({where})")
        if bullet.flags:
            flags = "; ".join(readable_markdown(flag.message) for flag in bullet.flags)
            lines.append(f"   - Check: {flags}")
    lines += _glossary_lines(result)
    lines += ["", *_aligned_sentences(result)]
    lines += ["", "## Notes", ""]
    notes = (coverage_line(result), *result.warnings)
    lines += [f"- {readable_markdown(note)}" for note in notes]
    lines += ["", "## Models", ""]
    for role, model in result.models.items():
        lines.append(f"- {readable_markdown(role)}: {readable_markdown(model)}")
    lines += [
        "",
        "_Machine translation and summary: check each bullet against the sentences it cites._",
        "",
    ]
    return "\n".join(lines)


def _glossary_lines(result: SummaryResult) -> list[str]:
    """The glossary terms and protected names as applied, sentence by sentence."""
    if not result.terms:
        return []
    lines = ["", "## Kept while translating", ""]
    for term in result.terms:
        how = "glossary" if term.origin == "glossary" else "name kept as written"
        lines.append(
            f"- Sentence {term.sentence + 1}: {readable_markdown(term.term)} → "
            f"{readable_markdown(term.rendering)} ({how})"
        )
    return lines


def _link(url: str) -> str:
    """A URL as a Markdown autolink (literal inside, so it stays exactly as written)."""
    if url.lower().startswith(("http://", "https://")) and not re.search(r"[\s<>]", url):
        return f"<{url}>"
    return readable_markdown(url)


def document_line(document: DocumentInfo) -> str:
    """A document's provenance in one line: "report.pdf (PDF, 60 pages; the first 50 read)"."""
    parts = [document.kind.upper()]
    if document.pages:
        parts.append(f"{document.pages} page{'s' if document.pages != 1 else ''}")
    details = ", ".join(parts)
    if document.pages and document.pages_read and document.pages_read < document.pages:
        details += f"; the first {document.pages_read} read"
    return f"{document.file_name} ({details})"


def _source_lines(result: SummaryResult) -> list[str]:
    source = result.source
    title = readable_markdown(source.title) if source.title else "Summary"
    lines = [f"# {title}", ""]
    links = [
        ("Source", source.url),
        ("Page read", source.final_url if source.final_url != source.url else None),
    ]
    lines += [f"- **{label}:** {_link(value)}" for label, value in links if value]
    details = [("Site", source.site), ("Date", source.date), ("Author", source.author)]
    if source.document is not None:
        details.append(("Document", document_line(source.document)))
    lines += [f"- **{label}:** {readable_markdown(value)}" for label, value in details if value]
    lines.append(f"- **Language:** {readable_markdown(language_line(result.language))}")
    return lines


def _aligned_sentences(result: SummaryResult) -> list[str]:
    """Each sentence numbered, its English and (when translated) its original under it;
    paragraphs separated by a rule."""
    translated = result.language.used != "en"
    original = language_name(result.language.used)
    heading = (
        f"## The article in English, with the {original} original"
        if translated
        else "## The article (English, not translated)"
    )
    lines = [heading, ""]
    previous = None
    for sentence in result.sentences:
        if previous is not None and sentence.paragraph != previous:
            lines += ["* * *", ""]
        previous = sentence.paragraph
        number = f"**{sentence.index + 1}.**"
        if translated:
            # A backslash at a line's end is a hard line break: the original goes under it.
            lines.append(f"{number} {readable_markdown(sentence.translation)}\\")
            lines.append(f"{original}: {readable_markdown(sentence.text)}")
            if sentence.flags:
                lines[-1] += "\\"
                lines.append(f"⚠ Check: {readable_markdown(sentence_flags_line(sentence))}")
        else:
            lines.append(f"{number} {readable_markdown(sentence.text)}")
        lines.append("")
    return lines[:-1]


def download_stem(result: SummaryResult) -> str:
    """A safe file name stem: "summary" plus a slug of the title when there is one."""
    title = result.source.title or ""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(slug) > _STEM_WORDS_MAX:
        # Cut at the last word boundary that fits; one overlong word is cut where it must be.
        cut = slug[: _STEM_WORDS_MAX + 1].rfind("-")
        slug = slug[: cut if cut > 0 else _STEM_WORDS_MAX]
    return f"summary-{slug}" if slug else "summary"
