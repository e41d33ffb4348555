"""The translation check in the reading view: a visible mark and its reason on a flagged sentence.

An English sentence with findings (:mod:`summarizer.check`) carries a "⚠ Check:" note right under
its text, in the flag colour, with every reason written out, so it reads the same on a desktop
and a phone, with no hovering. Every reason is ``html.escape``d; the CSS is fixed text.
"""

from __future__ import annotations

import html

from summarizer.output import clean
from summarizer.result import Sentence

__all__ = ["CHECK_CSS", "sentence_check_html"]

CHECK_CSS = """
.rv-check{display:block;margin-top:.2rem;color:var(--rv-flag);font-size:.88rem;line-height:1.45}
.rv-check-mark{font-weight:600}
"""


def sentence_check_html(sentence: Sentence) -> str:
    """The note for ``sentence``'s findings, to sit inside its English cell ("" when none)."""
    if not sentence.flags:
        return ""
    reasons = " ".join(html.escape(clean(flag.message), quote=True) for flag in sentence.flags)
    count = len(sentence.flags)
    label = f"{count} doubt{'s' if count != 1 else ''} about this translation"
    return (
        f'<span class="rv-check" role="note" aria-label="{label}">'
        f'<span class="rv-check-mark">⚠ Check:</span> {reasons}</span>'
    )
