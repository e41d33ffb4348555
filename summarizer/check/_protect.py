"""Names kept as names, and glossary terms rendered as asked, while translating.

Before translation each glossary term and each name the source clearly marks (see
:func:`~summarizer.check._names.protectable_names`: "KwaZulu-Natal", "Erdoğan") is replaced by a
placeholder word the model copies ("Zxaq"); afterwards each placeholder is replaced by the
glossary's rendering or the name as written. A sentence whose output lost a placeholder is
translated again without them, so nothing of the source is lost to the scheme; the check then
judges that translation as any other.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.check._glossary import Glossary
from summarizer.check._names import protectable_names
from summarizer.result import TermApplied

_PLACEHOLDER = "Zx{}q"
_PLACEHOLDER_RE = re.compile(r"\bzx([a-z]+)q\b", re.IGNORECASE)

NO_GLOSSARY = Glossary()
Translate = Callable[[Sequence[str]], Sequence[str]]


@dataclass(frozen=True)
class Slot:
    placeholder: str
    term: str  # as the source writes it
    rendering: str  # what goes into the English
    origin: str  # "glossary" or "name"


@dataclass(frozen=True)
class Protected:
    """One text ready for the model: ``text`` with placeholders, and what each stands for."""

    original: str
    text: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class ProtectedTranslation:
    translations: tuple[str, ...]
    terms: tuple[TermApplied, ...]  # ``sentence``: the position among the texts translated
    warnings: tuple[str, ...]


def _label(number: int) -> str:
    letters = string.ascii_lowercase
    label = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        label = letters[rest] + label
    return label


def _glossary_spans(text: str, glossary: Glossary) -> list[tuple[int, int, str]]:
    """(start, end, rendering) of each glossary term in ``text``, longest terms first."""
    found: list[tuple[int, int, str]] = []
    for term, rendering in sorted(glossary.entries, key=lambda entry: -len(entry[0])):
        # Whole words, and not the tail of a hyphenated name ("Natal" of "KwaZulu-Natal").
        pattern = rf"(?<!\w)(?<!\w-){re.escape(term)}(?!\w)"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if all(match.end() <= s or match.start() >= e for s, e, _ in found):
                found.append((match.start(), match.end(), rendering or match.group()))
    return found


def protect(text: str, glossary: Glossary = NO_GLOSSARY, *, names: bool = True) -> Protected:
    """``text`` with its glossary terms and (``names``) protectable names as placeholders."""
    spans = [(s, e, rendering, "glossary") for s, e, rendering in _glossary_spans(text, glossary)]
    if names:
        for name in protectable_names(text):
            if all(name.end <= s or name.start >= e for s, e, _, _ in spans):
                spans.append((name.start, name.end, name.text, "name"))
    spans.sort()
    slots = []
    pieces = []
    position = 0
    for number, (start, end, rendering, origin) in enumerate(spans):
        placeholder = _PLACEHOLDER.format(_label(number))
        slots.append(Slot(placeholder, text[start:end], rendering, origin))
        pieces += [text[position:start], placeholder]
        position = end
    pieces.append(text[position:])
    return Protected(text, "".join(pieces), tuple(slots))


def restore(english: str, protected: Protected) -> tuple[str, bool]:
    """``english`` with each placeholder replaced; and whether every placeholder came back
    exactly once (when not, the caller translates the original instead)."""
    by_label = {slot.placeholder.lower(): slot for slot in protected.slots}
    seen: list[str] = []

    def put_back(match: re.Match) -> str:
        key = match.group().lower()
        slot = by_label.get(key)
        if slot is None:
            return match.group()
        seen.append(key)
        return slot.rendering

    restored = _PLACEHOLDER_RE.sub(put_back, english)
    complete = sorted(seen) == sorted(by_label) and not _PLACEHOLDER_RE.search(restored)
    return restored, complete


def translate_protected(
    texts: Sequence[str],
    translate: Translate,
    glossary: Glossary = NO_GLOSSARY,
    *,
    names: bool = True,
) -> ProtectedTranslation:
    """Translate ``texts`` with ``translate`` (one English text per input, in order), keeping
    names and glossary terms as described in the module docstring."""
    protected = [protect(text, glossary, names=names) for text in texts]
    outputs = list(translate([item.text for item in protected]))
    return finish(protected, outputs, translate)


def finish(
    protected: Sequence[Protected], outputs: Sequence[str], translate: Translate
) -> ProtectedTranslation:
    """The translations of ``protected`` from the model's ``outputs``: placeholders restored, and
    each text whose output lost one translated again as written (with ``translate``)."""
    translations: list[str] = []
    terms: list[TermApplied] = []
    lost: list[int] = []
    for position, (item, output) in enumerate(zip(protected, outputs, strict=True)):
        restored, complete = restore(output, item)
        translations.append(restored)
        if not item.slots:
            continue
        if complete:
            terms += [
                TermApplied(position, slot.term, slot.rendering, slot.origin) for slot in item.slots
            ]
        else:
            lost.append(position)
    warnings: list[str] = []
    if lost:
        again = list(translate([protected[position].original for position in lost]))
        for position, english in zip(lost, again, strict=True):
            translations[position] = english
            missed = list(
                dict.fromkeys(s.term for s in protected[position].slots if s.origin == "glossary")
            )
            if missed:
                warnings.append(
                    f"The glossary could not be applied to sentence {position + 1} "
                    f"({', '.join(missed)}): it was translated without it."
                )
    return ProtectedTranslation(tuple(translations), tuple(terms), tuple(warnings))


def placeholders_in(text: str) -> list[str]:
    """The placeholders in ``text``, in order (what a model that copies them gives back)."""
    return [match.group() for match in _PLACEHOLDER_RE.finditer(text)]


def restore_partial(english: str, protected: Protected) -> str:
    """``english`` with its placeholders replaced, for showing a translation before it is
    final (a placeholder the model lost stays lost until :func:`finish`)."""
    return restore(english, protected)[0]
