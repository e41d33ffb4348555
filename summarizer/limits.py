"""The fixed rules every front end shares: bullet and beam ranges, URL length, upload types.

Each rule is written here once and imported wherever it is checked or shown (settings, pipeline,
CLI, page). Limits a server operator may change (characters, upload and page sizes, timeouts) are
fields of :class:`summarizer.config.Settings`; their allowed ranges are written here too.
"""

from __future__ import annotations

from summarizer.errors import InputError

MIN_BULLETS, MAX_BULLETS = 1, 10
BULLETS_RANGE = range(MIN_BULLETS, MAX_BULLETS + 1)  # ``n in BULLETS_RANGE``; inclusive ends above
MIN_BEAMS, MAX_BEAMS = 1, 8
BEAMS_RANGE = range(MIN_BEAMS, MAX_BEAMS + 1)

# Longest URL accepted (fetching, share links); browsers and servers commonly stop near here.
MAX_URL_LENGTH = 2048

# How much of a file or page is looked at to tell text from binary data, or to find a charset.
SNIFF_BYTES = 8192

# Files a reader may give (by extension, lowercase, no dot); HTML goes through page extraction,
# PDF and Word documents through document reading.
HTML_TYPES = ("html", "htm")
TEXT_TYPES = ("txt", "md")
DOCUMENT_TYPES = ("pdf", "docx")  # read by summarizer.inputs._documents
UPLOAD_TYPES = (*TEXT_TYPES, *HTML_TYPES, *DOCUMENT_TYPES)


def check_bullets(wanted: object) -> int:
    """``wanted`` if it is a whole number of bullets in :data:`BULLETS_RANGE`; else InputError.

    The in-process and the remote pipeline both check with this (the API's schema states the same
    range, from the same constants)."""
    if isinstance(wanted, bool) or not isinstance(wanted, int) or wanted not in BULLETS_RANGE:
        raise InputError(f"The number of bullets must be between {MIN_BULLETS} and {MAX_BULLETS}.")
    return wanted


# An API key's allowance when ``keys add`` is given none (summarizer.quota); 0 there = no limit.
DEFAULT_KEY_RUNS_PER_MINUTE = 10
DEFAULT_KEY_CHARS_PER_DAY = 1_000_000
