"""Text preparation: byte decoding, cleaning, sentence segmentation and the boilerplate rules."""

from ._boilerplate import PAGE_RULES, RULES, BoilerplateRule, matching_rule
from ._decode import decode_marked
from ._segment import (
    PreparedText,
    check_file_bytes,
    check_file_size,
    decode_text,
    find_url,
    prepare,
    split_at_clauses,
    split_sentences,
    valid_text,
)
from ._sites import PAYWALL, SITE_SUFFIX, SQUASHED_SITE_SUFFIX

__all__ = [
    "PAGE_RULES",
    "PAYWALL",
    "RULES",
    "SITE_SUFFIX",
    "SQUASHED_SITE_SUFFIX",
    "BoilerplateRule",
    "PreparedText",
    "check_file_bytes",
    "check_file_size",
    "decode_marked",
    "decode_text",
    "find_url",
    "matching_rule",
    "prepare",
    "split_at_clauses",
    "split_sentences",
    "valid_text",
]
