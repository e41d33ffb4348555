"""The one table of news-site words: the paywall phrases and the domain endings of site names.

The boilerplate rules (:mod:`summarizer.text._boilerplate`), segmentation's trailing-slogan rule
(:mod:`summarizer.text._segment`) and page extraction (:mod:`summarizer.inputs`) all compile their
patterns from here, so a phrase that makes extraction warn "for subscribers only" is also one the
paywall rule removes, and every rule knows the same site domains.
"""

from __future__ import annotations

import re

__all__ = [
    "PAYWALL",
    "PAYWALL_PATTERN",
    "PAYWALL_PHRASES",
    "SITE_SUFFIX",
    "SITE_SUFFIXES",
    "SQUASHED_SITE_SUFFIX",
]

# Subscriber-only notices (regular expressions, matched case-insensitively anywhere in a line).
PAYWALL_PHRASES = (
    r"(?:khusus|hanya untuk) (?:pelanggan|member|anggota)",
    r"berlangganan untuk (?:membaca|melanjutkan)",
    r"konten (?:premium|eksklusif)",
    r"artikel premium",
    r"subscribe to (?:continue|read)",
)
# The endings of news-site domain names ("kompas.com", "viva.co.id", "tempo.co", "mkini.my").
SITE_SUFFIXES = ("co.id", "com", "id", "net", "org", "co", "tv", "news", "my")


def _alternatives(items: tuple[str, ...]) -> str:
    """One non-capturing group of ``items``, longest first (so "co.id" wins over "co")."""
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


PAYWALL_PATTERN = "(?:" + "|".join(PAYWALL_PHRASES) + ")"
PAYWALL = re.compile(PAYWALL_PATTERN, re.IGNORECASE)
# A domain ending as a pattern: "(?:co\.id|news|com|...)".
SITE_SUFFIX = _alternatives(tuple(re.escape(suffix) for suffix in SITE_SUFFIXES))
# The same endings with their dots removed ("coid"), for names squashed to their letters.
SQUASHED_SITE_SUFFIX = _alternatives(tuple(suffix.replace(".", "") for suffix in SITE_SUFFIXES))
