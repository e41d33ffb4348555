"""Each translated sentence held against its source: every kind of check, in one call."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from summarizer.check._coverage import omission_findings, untranslated_findings
from summarizer.check._names import name_findings
from summarizer.check._negation import negation_findings
from summarizer.check._numbers import number_findings
from summarizer.check._speech import without_retractions
from summarizer.result import Finding, Sentence


def check_translation(source: str, english: str) -> tuple[Finding, ...]:
    """The findings of one English sentence against its Indonesian source, in a fixed order
    (untranslated, number, name, negation, omission); none when the translation is faithful
    as far as these checks can tell. An untranslated sentence gets only that finding."""
    if not isinstance(source, str) or not isinstance(english, str):
        raise TypeError("source and english must be strings")
    if not source.strip():
        return ()
    if not english.strip():
        message = "The translation is empty: the whole sentence is missing."
        return (Finding("omission", "", source.strip(), message),)
    untranslated = untranslated_findings(source, english)
    if untranslated:
        return tuple(untranslated)
    said = without_retractions(source)  # "tiga, eh, empat tahun": what the speaker meant
    found = [
        *number_findings(said, english),
        *name_findings(said, english),
        *negation_findings(said, english),
        *omission_findings(said, english),
    ]
    unique: dict[tuple[str, str, str | None], Finding] = {}
    for finding in found:
        if finding.source_span == said.strip():  # a whole-sentence finding shows the source
            finding = replace(finding, source_span=source.strip())
        unique.setdefault((finding.kind, finding.span, finding.source_span), finding)
    return tuple(unique.values())


def check_sentences(
    sentences: Sequence[Sentence], translated: Collection[int] | None = None
) -> tuple[Sentence, ...]:
    """``sentences`` with ``flags`` set from :func:`check_translation`.

    Only sentences whose ``index`` is in ``translated`` are checked (default: every one whose
    translation differs from its text); a sentence kept as written is no translation to doubt.
    """
    checked = []
    for sentence in sentences:
        wanted = (
            sentence.index in translated
            if translated is not None
            else sentence.translation != sentence.text
        )
        flags = check_translation(sentence.text, sentence.translation) if wanted else ()
        checked.append(replace(sentence, flags=flags))
    return tuple(checked)
