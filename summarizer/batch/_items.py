"""The batch input: JSON Lines, one article per line, read and checked before any work.

A line is ``{"id": ..., "text": ...}`` or ``{"id": ..., "url": ...}`` with optional ``bullets``
and ``source_lang``. A line that is not such an object, or has no usable id, and ids that occur
twice, are refused for the whole file (nothing is done, the message names the lines): the output
keys every result by its id. A line with an id whose other fields are wrong becomes that
article's error line; the others go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from summarizer.errors import InputError

ArticleId = str | int
FIELDS = ("id", "text", "url", "bullets", "source_lang")
_SHOWN = 5  # problems named in one message
# Articles translated together. Eight short articles (~20 sentences each) fill several
# length-sorted model batches of up to 32; a bigger group only delays its first results.
GROUP_SIZE = 8


@dataclass(frozen=True)
class BatchItem:
    """One article of the input: its id, its text or URL, and its options as given."""

    id: ArticleId
    line: int  # 1-based line number in the input
    text: str | None = None
    url: str | None = None
    bullets: int | None = None
    source_lang: str | None = None
    problem: str | None = None  # why this line cannot be summarized (its error line says so)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BatchItem:
        return cls(**data)


def read_items(lines: Iterable[str], name: str = "the input") -> list[BatchItem]:
    """Every article of ``lines`` (blank lines skipped), in order.

    Raises InputError, before any work, for lines that are not JSON objects with an id (a string
    or an integer) and for duplicate ids.
    """
    items: list[BatchItem] = []
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items.append(_item(number, line))
        except ValueError as error:
            problems.append(f"line {number}: {error}")
    if problems:
        raise InputError(
            f"{name} is not JSON Lines of articles ({_listed(problems)}); each line must be an "
            'object such as {"id": "a1", "text": "..."} or {"id": "a2", "url": "https://..."}.'
        )
    _check_unique(items, name)
    return items


def _item(number: int, line: str) -> BatchItem:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        raise ValueError("not valid JSON") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    article_id = data.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)) or article_id == "":
        raise ValueError('no "id" (a string or an integer)')
    problem = _problem(data)
    if problem is not None:
        return BatchItem(article_id, number, problem=problem)
    return BatchItem(
        article_id,
        number,
        text=data.get("text"),
        url=data.get("url"),
        bullets=data.get("bullets"),
        source_lang=data.get("source_lang"),
    )


def _problem(data: dict[str, Any]) -> str | None:
    """What is wrong with an article line that has an id, or None."""
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        return f"Unknown field {', '.join(map(repr, unknown))}; the fields are {', '.join(FIELDS)}."
    given = [name for name in ("text", "url") if data.get(name) is not None]
    if len(given) != 1:
        return 'Give either "text" or "url" for each article, not both or neither.'
    if not isinstance(data[given[0]], str):
        return f'"{given[0]}" must be a string.'
    bullets = data.get("bullets")
    if bullets is not None and (isinstance(bullets, bool) or not isinstance(bullets, int)):
        return '"bullets" must be a whole number.'
    if data.get("source_lang") is not None and not isinstance(data["source_lang"], str):
        return '"source_lang" must be a string.'
    return None


def _check_unique(items: list[BatchItem], name: str) -> None:
    lines: dict[ArticleId, list[int]] = {}
    for item in items:
        lines.setdefault(item.id, []).append(item.line)
    repeated = [
        f"{article_id!r} on lines {', '.join(map(str, numbers))}"
        for article_id, numbers in lines.items()
        if len(numbers) > 1
    ]
    if repeated:
        raise InputError(
            f"Duplicate ids in {name}: {_listed(repeated)}. Every article needs its own id; "
            "nothing was summarized."
        )


def _listed(problems: list[str]) -> str:
    shown = "; ".join(problems[:_SHOWN])
    more = len(problems) - _SHOWN
    return f"{shown}; and {more} more" if more > 0 else shown


def groups_of(items: Sequence[BatchItem], size: int = GROUP_SIZE) -> list[list[BatchItem]]:
    """``items`` in consecutive groups of ``size``: the same groups on every engine."""
    return [list(items[start : start + size]) for start in range(0, len(items), size)]
