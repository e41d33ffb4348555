"""The glossary: terms that must be rendered a set way, or left as they are, when translating.

A glossary file is UTF-8 text, one term a line: ``Indonesian term<TAB>English rendering``; a line
with the term alone (no tab) keeps the term as written. Blank lines and lines starting with "#"
are skipped. Terms match whole words, ignoring case; the longest term wins where two overlap.
Every problem is a :class:`ConfigError` that names the flag, variable or field the person set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from summarizer.errors import ConfigError, InputError

MAX_GLOSSARY_BYTES = 1_000_000
MAX_TERMS = 10_000
MAX_TERM_CHARS = 200


@dataclass(frozen=True)
class Glossary:
    """(term, rendering) pairs; a rendering of "" keeps the term as the source writes it."""

    entries: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def merged(self, other: Glossary) -> Glossary:
        """This glossary with ``other``'s entries added; ``other`` wins for a term in both."""
        table = {term.casefold(): (term, rendering) for term, rendering in self.entries}
        table.update({term.casefold(): (term, rendering) for term, rendering in other.entries})
        return Glossary(tuple(table.values()))


def _entry(term: str, rendering: str, where: str, setting: str) -> tuple[str, str]:
    term, rendering = " ".join(term.split()), " ".join(rendering.split())
    if not term:
        raise ConfigError(f"{where}: the Indonesian term is empty.", setting=setting)
    if len(term) > MAX_TERM_CHARS or len(rendering) > MAX_TERM_CHARS:
        raise ConfigError(
            f"{where}: a term or rendering is over {MAX_TERM_CHARS} characters.", setting=setting
        )
    if not any(char.isalnum() for char in term):
        raise ConfigError(f"{where}: the term {term!r} has no letters or digits.", setting=setting)
    return term, rendering


def _built(entries: list[tuple[str, str]], label: str, setting: str) -> Glossary:
    if len(entries) > MAX_TERMS:
        raise ConfigError(f"{label}: the glossary has over {MAX_TERMS} terms.", setting=setting)
    seen: dict[str, str] = {}
    for term, _rendering in entries:
        key = term.casefold()
        if key in seen:
            raise ConfigError(f"{label}: the term {term!r} is listed twice.", setting=setting)
        seen[key] = term
    return Glossary(tuple(entries))


def parse_glossary(text: str, label: str, *, setting: str | None = None) -> Glossary:
    """The glossary written in ``text`` (TSV, see the module docstring); ``label`` names where it
    came from ("--glossary", "SUMMARIZER_GLOSSARY") in any error, whose ``setting`` is
    ``setting`` (default: ``label``)."""
    setting = setting or label
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > 2:
            raise ConfigError(
                f"{label}: line {number} has {len(fields)} tab-separated fields; write "
                "'Indonesian term<TAB>English rendering', or the term alone to keep it.",
                setting=setting,
            )
        rendering = fields[1] if len(fields) == 2 else ""
        entries.append(_entry(fields[0], rendering, f"{label}, line {number}", setting))
    return _built(entries, label, setting)


def read_glossary(path: str, label: str) -> Glossary:
    """The glossary in the file at ``path``; errors name ``label`` and the file."""
    setting = label
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_GLOSSARY_BYTES + 1)
    except OSError as error:
        raise ConfigError(
            f"{label}: cannot read the glossary file {path}: {error.strerror or error}.",
            setting=setting,
        ) from None
    if len(data) > MAX_GLOSSARY_BYTES:
        raise ConfigError(
            f"{label}: the glossary file {path} is over {MAX_GLOSSARY_BYTES} bytes.",
            setting=setting,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(
            f"{label}: the glossary file {path} is not UTF-8 text.", setting=setting
        ) from None
    return parse_glossary(text, f"{label} ({path})", setting=label)


def glossary_from_mapping(mapping: Mapping[str, str], label: str) -> Glossary:
    """A glossary given as {term: rendering} in a request (the API's ``glossary`` field): a
    problem is an :class:`InputError` naming ``label``."""
    try:
        entries = []
        for term, rendering in mapping.items():
            if not isinstance(term, str) or not isinstance(rendering, str):
                raise ConfigError(f"{label}: terms and renderings must be strings.", setting=label)
            entries.append(_entry(term, rendering, f"{label}, term {term!r}", label))
        return _built(entries, label, label)
    except ConfigError as error:
        raise InputError(str(error)) from None
