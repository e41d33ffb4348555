"""Flags carried on to the bullets: a bullet resting on a doubtful translation says so.

A number or name of a bullet is supported by the sentences whose English states it. When every
such sentence has a finding on that very number or name ("2.5 million" where the original says
"1,5 juta"; "KwaZulu-Christmas"), the bullet gets a ``translation`` flag: "supported only by a
doubtful translation of sentence 4". A bullet citing a sentence whose negation was lost or added
in translation is flagged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from summarizer.ground import PART_RE, extract_names, normal_word, number_mentions
from summarizer.result import Bullet, Finding, Flag, Sentence

_KIND = "translation"


def _values(text: str) -> set[Decimal]:
    return {mention.value for mention in number_mentions(text, "en")}


def _words(text: str) -> set[str]:
    return {normal_word(match.group()) for match in PART_RE.finditer(text)}


def _states(sentence: Sentence, fact: str, number: Decimal | None) -> bool:
    if number is not None:
        return number in _values(sentence.translation)
    return _words(fact) <= _words(sentence.translation)


def _doubted(finding: Finding, fact: str, number: Decimal | None) -> bool:
    if finding.kind not in ("number", "name") or not finding.span:
        return False
    if number is not None:
        return finding.kind == "number" and number in _values(finding.span)
    return finding.kind == "name" and bool(_words(fact) & _words(finding.span))


def _numbers(sentence: Sequence[Sentence]) -> list[int]:
    return [s.index + 1 for s in sentence]


def _message(fact: str, doubtful: list[Sentence]) -> str:
    numbers = ", ".join(str(n) for n in _numbers(doubtful))
    noun = "sentence" if len(doubtful) == 1 else "sentences"
    return f"‘{fact}’ is supported only by a doubtful translation of {noun} {numbers}."


def _facts(text: str) -> list[tuple[str, Decimal | None]]:
    facts: list[tuple[str, Decimal | None]] = []
    for mention in number_mentions(text, "en"):
        if not (mention.spelled and mention.value <= 1):
            facts.append((mention.span.text, mention.value))
    facts += [(name, None) for name in sorted(extract_names(text))]
    return facts


def _bullet_flags(bullet: Bullet, sentences: Sequence[Sentence]) -> list[Flag]:
    flags = []
    for fact, number in _facts(bullet.text):
        stating = [s for s in sentences if _states(s, fact, number)]
        doubtful = [s for s in stating if any(_doubted(f, fact, number) for f in s.flags)]
        if stating and len(doubtful) == len(stating):
            flags.append(Flag(_KIND, fact, _message(fact, doubtful)))
    by_index = {sentence.index: sentence for sentence in sentences}
    for index in bullet.sources:
        cited = by_index.get(index)
        if cited is not None and any(f.kind == "negation" for f in cited.flags):
            message = (
                f"It draws on sentence {index + 1}, whose translation may have lost or added "
                "a negation."
            )
            flags.append(Flag(_KIND, bullet.text.strip(), message))
    return flags


def flag_doubtful_bullets(
    bullets: Sequence[Bullet], sentences: Sequence[Sentence]
) -> tuple[Bullet, ...]:
    """``bullets`` with a ``translation`` flag for each number or name that only flagged
    translation spans support, and for each cited sentence whose negation is in doubt."""
    flagged = []
    for bullet in bullets:
        extra = [f for f in _bullet_flags(bullet, sentences) if f not in bullet.flags]
        flagged.append(replace(bullet, flags=(*bullet.flags, *extra)) if extra else bullet)
    return tuple(flagged)
