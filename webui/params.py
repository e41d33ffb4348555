"""The page's query parameters: the share link it writes, and what a link it is opened with asks.

:func:`parse_share_params` is a pure function of the parameters (each name with every value it was
given, as the browser sent them), so it is tested on its own with generated values
(tests/test_page_params.py). Whatever a link holds, it never raises: each parameter is used, or
ignored with a note saying why. Notes never repeat a value from the link (an unknown parameter's
name is shown, cut short and without control characters).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit, urlunsplit

from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MAX_URL_LENGTH, MIN_BEAMS, MIN_BULLETS
from summarizer.output import SHARE_ID_PATTERN

__all__ = ["ShareState", "parse_share_params", "saved_params", "share_link", "share_params"]

# Parameters Streamlit itself reads from the address; never ours to judge.
STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})
# Only ASCII digits: str.isdigit() accepts "²" and "①", which int() refuses, and int() accepts
# "١٠" (Arabic-Indic); a link's number is plain 0-9, at most a few of them (no giant int()).
_SMALL_NUMBER = re.compile(r"[0-9]{1,6}")
_NAME_SHOWN = 30  # an unknown parameter's name is cut to this length in a note


@dataclass(frozen=True)
class ShareState:
    """What a share link asks for; ``problems`` lists parameters that were ignored, and why."""

    url: str | None = None
    bullets: int | None = None
    beams: int | None = None
    lang: str | None = None
    share_id: str | None = None  # ?r=: a result saved with Share
    problems: tuple[str, ...] = field(default=())


def share_params(url: str, bullets: int, lang: str, beams: int) -> dict[str, str]:
    """The query parameters that reproduce a URL summary: every setting that changes the result
    (pasted text never goes into an address; Share stores it and links to it by ``r``)."""
    return {"url": url, "bullets": str(bullets), "beams": str(beams), "lang": lang}


def saved_params(share_id: str) -> dict[str, str]:
    """The query parameters of a result saved with Share."""
    return {"r": share_id}


def share_link(base_url: str | None, params: Mapping[str, str]) -> str:
    """``base_url`` (the app's address; any query or fragment dropped) with ``params``."""
    query = urlencode(params)
    if not base_url:
        return "?" + query
    parts = urlsplit(base_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


# --- reading a link ----------------------------------------------------------------------------

# Each reader takes the stripped value and returns what the page uses, or a note why it is not.
Reader = Callable[[str], tuple[object | None, str | None]]


def _has_control(text: str) -> bool:
    return any(unicodedata.category(char) in ("Cc", "Cs") for char in text)


def _read_bullets(raw: str) -> tuple[object | None, str | None]:
    if _SMALL_NUMBER.fullmatch(raw) and MIN_BULLETS <= int(raw) <= MAX_BULLETS:
        return int(raw), None
    return None, (
        f"The link's number of bullets is not {MIN_BULLETS}–{MAX_BULLETS}; the default is used."
    )


def _read_beams(raw: str) -> tuple[object | None, str | None]:
    if _SMALL_NUMBER.fullmatch(raw) and MIN_BEAMS <= int(raw) <= MAX_BEAMS:
        return int(raw), None
    return None, f"The link's beam size is not {MIN_BEAMS}–{MAX_BEAMS}; the default is used."


def _read_share_id(raw: str) -> tuple[object | None, str | None]:
    # A share id as Share makes it: the store's own pattern (the store checks it again).
    if SHARE_ID_PATTERN.fullmatch(raw):
        return raw, None
    return None, "The link's shared-result id is not one this page makes; check the whole link."


def _read_lang(raw: str) -> tuple[object | None, str | None]:
    if raw.lower() in SOURCE_LANGS:
        return raw.lower(), None
    choices = ", ".join(SOURCE_LANGS[:-1]) + f" or {SOURCE_LANGS[-1]}"
    return None, f"The link's language is not {choices}; it is detected instead."


def _read_url(raw: str) -> tuple[object | None, str | None]:
    if len(raw) > MAX_URL_LENGTH:
        return None, "The link's article address is too long to use."
    if _has_control(raw):
        return None, "The link's article address holds control characters; it is not used."
    return raw, None


READERS: dict[str, Reader] = {
    "url": _read_url,
    "bullets": _read_bullets,
    "beams": _read_beams,
    "lang": _read_lang,
    "r": _read_share_id,
}
_WHAT = {
    "url": "article address",
    "bullets": "number of bullets",
    "beams": "beam size",
    "lang": "language",
    "r": "shared-result id",
}


def parse_share_params(params: Mapping[str, str | Sequence[str]]) -> ShareState:
    """Read ``?url=…&bullets=…&lang=…``: each value used, or ignored with a note; never raises.

    ``params`` maps each name to its value, or to every value it was given (a repeated
    parameter: the last one counts, as in Streamlit's ``st.query_params``, with a note when they
    differ). Empty values and unknown names are noted too.
    """
    found: dict[str, object] = {}
    problems: list[str] = []
    unknown: list[str] = []
    for name, given in params.items():
        values = [given] if isinstance(given, str) else list(given)
        if name in STREAMLIT_PARAMS:
            continue
        if name not in READERS:
            unknown.append(name)
            continue
        value, problem = _read_one(name, values)
        if problem:
            problems.append(problem)
        if value is not None:
            found[name] = value
    if unknown:
        problems.append(_unknown_note(unknown))
    return ShareState(
        url=found.get("url"),  # type: ignore[arg-type]
        bullets=found.get("bullets"),  # type: ignore[arg-type]
        beams=found.get("beams"),  # type: ignore[arg-type]
        lang=found.get("lang"),  # type: ignore[arg-type]
        share_id=found.get("r"),  # type: ignore[arg-type]
        problems=tuple(problems),
    )


def _read_one(name: str, values: list[str]) -> tuple[object, str | None]:
    what = _WHAT[name]
    stripped = [str(value).strip() for value in values]
    if not stripped or not stripped[-1]:
        return None, f"The link's {what} is empty; it is not used."
    value, problem = READERS[name](stripped[-1])
    if problem is None and len(set(stripped)) > 1:
        problem = f"The link gives its {what} more than once; the last one is used."
    return value, problem


def _unknown_note(names: list[str]) -> str:
    shown = [
        "".join(char for char in name if not _has_control(char))[:_NAME_SHOWN] for name in names
    ]
    listed = ", ".join(f"'{name}'" for name in shown[:5]) + (" and more" if len(shown) > 5 else "")
    return f"This page does not use the link's {listed}; ignored."
