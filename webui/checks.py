"""The translation check in the reading view: a visible mark and its reason on a flagged sentence.

An English sentence with findings (:mod:`summarizer.check`) carries a "⚠ Check:" note right under
its text (its own element in the row's grid: under the English column on a desktop, under the
English and above the original on a phone), in the flag colour, with every reason written out, so
it reads without hovering. Every reason is ``html.escape``d; the CSS is fixed text.
"""

from __future__ import annotations

import html

from summarizer.output import clean
from summarizer.result import Sentence

__all__ = ["check_css", "sentence_check_html"]

_CSS = """
.rv .rv-row p.rv-check{grid-column:3;margin:.2rem 0 0 0;color:var(--rv-flag);font-size:.88rem;
  line-height:1.45;overflow-wrap:anywhere}
.rv-check-mark{font-weight:600}
@media (max-width:%(phone)dpx){
  .rv .rv-row p.rv-check{grid-column:2;grid-row:2}
  .rv-row:has(.rv-check) .rv-id{grid-row:3}
}
"""


def check_css(phone_max_width_px: int) -> str:
    """The note's style; at most ``phone_max_width_px`` wide, the reading view's phone layout."""
    return _CSS % {"phone": int(phone_max_width_px)}


def sentence_check_html(sentence: Sentence) -> str:
    """The note for ``sentence``'s findings, to follow its English cell in the row ("" when
    none)."""
    if not sentence.flags:
        return ""
    reasons = " ".join(html.escape(clean(flag.message), quote=True) for flag in sentence.flags)
    count = len(sentence.flags)
    label = f"{count} doubt{'s' if count != 1 else ''} about this translation"
    return (
        f'<p class="rv-check" role="note" aria-label="{label}">'
        f'<span class="rv-check-mark">⚠ Check:</span> {reasons}</p>'
    )
