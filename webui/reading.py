"""The reading view: the summary as a list, and the article beside its English translation.

:func:`reading_html` turns a :class:`SummaryResult` into one block of HTML for ``st.html``:

* the bullets as an ordered list a person can read and copy; each names its source sentences on a
  button, and its flags (numbers, dates, names the article lacks) on one line after it;
* the article as aligned rows: sentence number, the original (``lang="id"``) and its English
  translation side by side; on a phone English comes first and a switch shows the original;
* the chosen bullet's sentences highlighted in both languages (the first bullet's when the page is
  drawn), and, when another is chosen, scrolled into view inside the text's box.

Safety: every piece of text (sentences, translations, bullets, flag spans) is ``html.escape``d;
the only things generated from data are escaped text and integers (sentence numbers, in
``data-`` attributes and ids). The script (:data:`READING_SCRIPT`) is a fixed string that reads
only those attributes; no text ever reaches it. Colours (:data:`LIGHT`, :data:`DARK`) follow the
page's theme through CSS ``light-dark()``: Streamlit sets ``color-scheme`` from its theme, which
itself follows the viewer's OS unless they chose one in its menu.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from summarizer.lang import language_name
from summarizer.output import clean, numbers
from summarizer.result import Bullet, Flag, Sentence, SummaryResult
from webui.checks import check_css, sentence_check_html

__all__ = [
    "DARK",
    "LIGHT",
    "READING_SCRIPT",
    "Palette",
    "bullet_flags_line",
    "bullets_html",
    "partial_html",
    "reading_css",
    "reading_html",
    "rows_html",
    "scroll_marker_html",
]

# A language code as a lang attribute takes it; anything else is not written.
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def _text(text: object) -> str:
    return html.escape(clean(text), quote=True)


# --- colours ------


@dataclass(frozen=True)
class Palette:
    """The colours of one theme. ``page`` and ``text`` are the page theme's (.streamlit/config.toml;
    the view does not set them; they are here so the tests can check every contrast it creates)."""

    page: str
    text: str
    muted: str  # sentence numbers, headings of the columns, notes
    highlight: str  # background of a chosen bullet's sentences
    accent: str  # the bar beside a highlighted row, the chosen bullet's border
    flag: str  # the flags line
    rule: str  # lines between rows


# Each colour role, light theme then dark theme, side by side so each pair reads together.
_COLOURS = {
    "page": ("#ffffff", "#171614"),
    "text": ("#1f2328", "#edebe8"),
    "muted": ("#575a63", "#c3c6cd"),
    "highlight": ("#fff1a6", "#4a3b00"),
    "accent": ("#b8860b", "#f0c000"),
    "flag": ("#8a4b00", "#ffc46b"),
    "rule": ("#e3e4e8", "#2b2f38"),
}
LIGHT = Palette(**{role: light for role, (light, _dark) in _COLOURS.items()})
DARK = Palette(**{role: dark for role, (_light, dark) in _COLOURS.items()})


def _theme_variables() -> str:
    names = ("muted", "highlight", "accent", "flag", "rule")
    # The light colour alone first: a browser without light-dark() keeps it.
    fallback = "".join(f"--rv-{name}:{getattr(LIGHT, name)};" for name in names)
    themed = "".join(
        f"--rv-{name}:light-dark({getattr(LIGHT, name)},{getattr(DARK, name)});" for name in names
    )
    return fallback + themed


# --- CSS ------

PHONE_MAX_WIDTH_PX = 640  # at most this wide: one column, English first, the original on a switch

_CSS = """
.rv{%(variables)s font-size:1rem;line-height:1.6;color:inherit}
.rv *{box-sizing:border-box}
.rv-bullet-text,.rv-row p{overflow-wrap:anywhere}
.rv-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);
  grid-template-areas:"text summary";gap:1.25rem 2rem;align-items:start}
.rv-summary{grid-area:summary}
.rv-article{grid-area:text}
.rv h2{font-size:1.35rem;font-weight:600;margin:0 0 .5rem 0;padding:0;line-height:1.3}
.rv-bullets{margin:0;padding-left:1.6rem}
.rv-bullet{margin:0 0 .7rem 0;padding:.15rem .4rem;border-left:3px solid transparent;
  border-radius:3px;cursor:pointer}
.rv-bullet.rv-chosen{border-left-color:var(--rv-accent)}
.rv-bullet::marker{font-weight:600}
.rv-meta{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline;margin-top:.15rem;
  font-size:.85rem}
.rv-cite{font:inherit;font-size:.85rem;color:inherit;background:transparent;cursor:pointer;
  border:1px solid var(--rv-muted);border-radius:999px;padding:0 .55rem;line-height:1.5}
.rv-cite[aria-pressed="true"]{background:var(--rv-highlight);border-color:var(--rv-accent)}
.rv-cite:focus-visible,.rv-box:focus-visible,.rv-switch input:focus-visible{
  outline:2px solid var(--rv-accent);outline-offset:2px}
.rv-none{color:var(--rv-muted)}
.rv-flags{color:var(--rv-flag);margin:0}
.rv-columns,.rv-row{display:grid;grid-template-columns:2.4rem minmax(0,1fr) minmax(0,1fr);
  gap:0 1rem}
.rv-columns{font-size:.85rem;font-weight:600;color:var(--rv-muted);padding:0 .5rem .25rem}
.rv-single .rv-columns,.rv-single .rv-row{grid-template-columns:2.4rem minmax(0,1fr)}
.rv-box{position:relative;max-height:70vh;overflow-y:auto;border:1px solid var(--rv-rule);
  border-radius:.5rem;padding:.25rem 0}
.rv-row{padding:.3rem .5rem;border-left:3px solid transparent}
.rv-row + .rv-row{border-top:1px solid var(--rv-rule)}
.rv-row.rv-paragraph{border-top:2px solid var(--rv-rule);margin-top:.5rem}
.rv-row.rv-hl{background:var(--rv-highlight);border-left-color:var(--rv-accent)}
.rv .rv-row p,.rv p.rv-flags,.rv p.rv-switch{margin:0}
.rv-num{color:var(--rv-muted);font-size:.8rem;font-variant-numeric:tabular-nums;
  text-align:right;padding-top:.15rem}
.rv-pending{color:var(--rv-muted);font-style:italic}
.rv-switch{display:none;font-size:.9rem;margin:0 0 .4rem 0}
.rv-switch label{cursor:pointer}
@media (max-width:%(phone)dpx){
  .rv-grid{grid-template-columns:minmax(0,1fr);grid-template-areas:"summary" "text"}
  .rv-switch{display:block}
  .rv-columns{display:none}
  .rv-row{grid-template-columns:2rem minmax(0,1fr)}
  .rv-row .rv-en{grid-column:2;grid-row:1}
  .rv-row .rv-id{grid-column:2;grid-row:2;display:none;color:var(--rv-muted);font-size:.92rem}
  .rv:has(.rv-switch input:checked) .rv-row .rv-id{display:block}
  .rv-box{max-height:60vh}
}
@media (prefers-reduced-motion:reduce){.rv-box{scroll-behavior:auto}}
"""


def reading_css() -> str:
    """The view's style sheet (fixed: nothing in it comes from a result)."""
    values = {"variables": _theme_variables(), "phone": PHONE_MAX_WIDTH_PX}
    return _CSS % values + check_css(PHONE_MAX_WIDTH_PX)


# The view's behaviour. Fixed text: it reads only the data-rv-* attributes and classes written by
# this module (integers and fixed names), never any text of the article or the models. Installed
# once per page; clicks are handled for any reading view drawn later (Streamlit redraws the block).
READING_SCRIPT = """
(() => {
  if (window.__readingView) return;
  window.__readingView = true;
  const smooth = () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  function choose(bullet) {
    const view = bullet.closest('.rv');
    if (!view) return;
    const wanted = new Set((bullet.dataset.rvSources || '').split(' ').filter(Boolean));
    view.querySelectorAll('.rv-bullet').forEach((item) => {
      const chosen = item === bullet;
      item.classList.toggle('rv-chosen', chosen);
      const button = item.querySelector('.rv-cite');
      if (button) button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
    });
    let first = null;
    view.querySelectorAll('.rv-row').forEach((row) => {
      const on = wanted.has(row.dataset.rvS);
      row.classList.toggle('rv-hl', on);
      if (on && first === null) first = row;
    });
    if (first === null) return;
    const box = first.closest('.rv-box');
    if (box) {
      box.scrollTo({top: Math.max(0, first.offsetTop - 8), behavior: smooth() ? 'smooth' : 'auto'});
    }
  }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const bullet = target && target.closest('.rv-bullet');
    if (!bullet) return;
    // Selecting text in a bullet (to copy it) is not a choice.
    const selection = window.getSelection();
    if (!target.closest('.rv-cite') && selection && !selection.isCollapsed) return;
    choose(bullet);
  });
})();
"""


# --- bullets ------

_FLAG_NOUNS = {"number": "the number", "date": "the date", "name": "the name"}


def bullet_flags_line(flags: Sequence[Flag]) -> str:
    """A bullet's flags as one plain-text line (empty when there are none).

    "Not in the article: the number ‘11,000’, the name ‘Lavrov’. No sentence of the article
    supports this bullet."
    """
    missing = [
        f"{_FLAG_NOUNS[flag.kind]} ‘{flag.span}’" for flag in flags if flag.kind in _FLAG_NOUNS
    ]
    parts = [f"Not in the article: {', '.join(missing)}."] if missing else []
    if any(flag.kind == "unsupported" for flag in flags):
        parts.append("No sentence of the article supports this bullet.")
    other = [flag.message for flag in flags if flag.kind not in _FLAG_NOUNS]
    parts += [message for message in other if message not in parts and "supports" not in message]
    return " ".join(parts)


def _bullet_item(position: int, bullet: Bullet, chosen: bool, known: Collection[int]) -> str:
    sources = [index for index in bullet.sources if index in known]
    data = " ".join(str(index + 1) for index in sources)
    classes = "rv-bullet rv-chosen" if chosen else "rv-bullet"
    if sources:
        noun = "Sentence" if len(sources) == 1 else "Sentences"
        pressed = "true" if chosen else "false"
        where = (
            f'<button type="button" class="rv-cite" aria-pressed="{pressed}" '
            f'aria-controls="rv-box" title="Highlight these sentences in the article">'
            f"{noun} {numbers(sources)}</button>"
        )
    else:
        where = '<span class="rv-none">No supporting sentence found</span>'
    flags = bullet_flags_line(bullet.flags)
    flag_line = f'<p class="rv-flags">⚠ {_text(flags)}</p>' if flags else ""
    return (
        f'<li class="{classes}" id="rv-b{position + 1}" data-rv-sources="{data}">'
        f'<span class="rv-bullet-text">{_text(bullet.text)}</span>'
        f'<div class="rv-meta">{where}{flag_line}</div></li>'
    )


def bullets_html(
    bullets: Sequence[Bullet], sentences: Sequence[Sentence], chosen: int | None = 0
) -> str:
    """The summary: an ordered list of bullets, ``chosen`` (a position) marked as selected."""
    if not bullets:
        return '<p class="rv-none">The model produced no bullets for this text.</p>'
    known = {sentence.index for sentence in sentences}
    items = "".join(
        _bullet_item(position, bullet, position == chosen, known)
        for position, bullet in enumerate(bullets)
    )
    return f'<ol class="rv-bullets">{items}</ol>'


# --- the aligned article ------


def _lang(code: str) -> str:
    return f' lang="{code}"' if _LANG_CODE.fullmatch(code) else ""


def rows_html(
    sentences: Sequence[Sentence],
    highlighted: Collection[int] = (),
    *,
    source_lang: str = "id",
    translated: bool = True,
    pending: Collection[int] = (),
) -> str:
    """One row per sentence: its number, the original and (when ``translated``) the English.

    ``pending`` holds indices whose translation is not ready yet (shown as "translating…").
    Rows of a new paragraph are marked, so paragraphs stay visible in the aligned view.
    """
    rows = []
    previous = None
    for sentence in sentences:
        number = sentence.index + 1
        classes = ["rv-row"]
        if previous is not None and sentence.paragraph != previous:
            classes.append("rv-paragraph")
        if sentence.index in highlighted:
            classes.append("rv-hl")
        previous = sentence.paragraph
        cells = f'<span class="rv-num" aria-label="Sentence {number}">{number}</span>'
        original_class = "rv-id" if translated else "rv-en"
        cells += f'<p class="{original_class}"{_lang(source_lang)}>{_text(sentence.text)}</p>'
        if translated:
            if sentence.index in pending:
                cells += '<p class="rv-en rv-pending" lang="en">translating…</p>'
            else:
                cells += f'<p class="rv-en" lang="en">{_text(sentence.translation)}</p>'
                cells += sentence_check_html(sentence)  # the translation check's note, if any
        rows.append(
            f'<div class="{" ".join(classes)}" id="rv-s{number}" data-rv-s="{number}">{cells}</div>'
        )
    return "".join(rows)


def article_html(
    sentences: Sequence[Sentence],
    highlighted: Collection[int] = (),
    *,
    source_lang: str = "id",
    pending: Collection[int] = (),
) -> str:
    """The article section: column headings, the phone switch and the scrolling box of rows."""
    translated = source_lang != "en"
    original = language_name(source_lang, unknown="Original")
    if translated:
        heading = "The article in English"
        columns = (
            '<div class="rv-columns" aria-hidden="true"><span>#</span>'
            f"<span>{_text(original)}</span><span>English</span></div>"
        )
        switch = (
            '<p class="rv-switch"><label><input type="checkbox"> '
            f"Show the {_text(original)} original under each sentence</label></p>"
        )
    else:
        heading = "The article (English, not translated)"
        columns, switch = "", ""
    rows = rows_html(
        sentences, highlighted, source_lang=source_lang, translated=translated, pending=pending
    )
    return (
        f'<section class="rv-article" aria-labelledby="rv-article-h">'
        f'<h2 id="rv-article-h">{_text(heading)}</h2>{switch}{columns}'
        f'<div class="rv-box" id="rv-box" tabindex="0" role="region" '
        f'aria-label="Article sentences">{rows}</div></section>'
    )


# --- the whole view ------


def _view(classes: str, summary: str, article: str) -> str:
    return (
        f"<style>{reading_css()}</style>"
        f'<div class="{classes}" id="reading-view"><div class="rv-grid">{summary}{article}'
        f"</div></div><script>{READING_SCRIPT}</script>"
    )


def _summary_section(body: str) -> str:
    return (
        '<section class="rv-summary" aria-labelledby="rv-summary-h">'
        f'<h2 id="rv-summary-h">Summary</h2>{body}</section>'
    )


def partial_html(sentences: Sequence[Sentence], pending: Collection[int]) -> str:
    """The view while a run goes on: the sentences translated so far, the summary to come."""
    translated = bool(pending) or any(s.translation != s.text for s in sentences)
    source_lang = "id" if translated else "en"
    summary = _summary_section(
        '<p class="rv-none">The summary follows once the article is translated.</p>'
    )
    article = article_html(sentences, source_lang=source_lang, pending=pending)
    return _view("rv" if translated else "rv rv-single", summary, article)


# Brings a new result into view once (per run key): the result's top, or, when the summary would
# still be below the middle of the screen (a phone), the summary's heading. Fixed text; the key is
# an integer-based string written by the page.
SCROLL_SCRIPT = """
(() => {
  const mark = document.getElementById('rv-result');
  if (!mark) return;
  const key = mark.dataset.rvRun;
  if (window.__readingScrolled === key) return;
  window.__readingScrolled = key;
  let tries = 0;
  const go = () => {
    const summary = document.getElementById('rv-summary-h');
    if (!summary && tries++ < 50) { setTimeout(go, 100); return; }
    mark.scrollIntoView({block: 'start'});
    if (summary && summary.getBoundingClientRect().top > window.innerHeight * 0.45) {
      summary.scrollIntoView({block: 'start'});
    }
  };
  go();
})();
"""


def scroll_marker_html(run: int, phase: str) -> str:
    """The top of the result area; brings it into view once per ``run`` and ``phase``."""
    if phase not in ("partial", "done"):
        raise ValueError(f"unknown phase {phase!r}")
    key = f"{int(run)}-{phase}"
    return (
        "<style>#rv-result,#rv-summary-h{scroll-margin-top:4.5rem}</style>"
        f'<div id="rv-result" data-rv-run="{key}"></div><script>{SCROLL_SCRIPT}</script>'
    )


def reading_html(
    result: SummaryResult, chosen: int | None = 0, *, pending: Collection[int] = ()
) -> str:
    """The reading view of ``result`` for ``st.html``: style, summary, aligned article, script.

    ``chosen``: the bullet whose sentences are highlighted as drawn (None: none).
    """
    bullets = result.bullets
    highlighted: Collection[int] = ()
    if chosen is not None and 0 <= chosen < len(bullets):
        highlighted = frozenset(bullets[chosen].sources)
    source_lang = result.language.used
    classes = "rv" if source_lang != "en" else "rv rv-single"
    summary = (
        '<section class="rv-summary" aria-labelledby="rv-summary-h">'
        '<h2 id="rv-summary-h">Summary</h2>'
        f"{bullets_html(bullets, result.sentences, chosen)}</section>"
    )
    article = article_html(result.sentences, highlighted, source_lang=source_lang, pending=pending)
    return (
        f"<style>{reading_css()}</style>"
        f'<div class="{classes}" id="reading-view"><div class="rv-grid">{summary}{article}'
        f"</div></div><script>{READING_SCRIPT}</script>"
    )
