"""Text preparation: cleaning, sentence segmentation and the boilerplate rules."""

from ._boilerplate import PAGE_RULES, RULES, BoilerplateRule, matching_rule
from ._segment import (
    PreparedText,
    check_file_bytes,
    decode_text,
    find_url,
    prepare,
    split_at_clauses,
    split_sentences,
    valid_text,
)

__all__ = [
    "PAGE_RULES",
    "RULES",
    "BoilerplateRule",
    "PreparedText",
    "check_file_bytes",
    "decode_text",
    "find_url",
    "matching_rule",
    "prepare",
    "split_at_clauses",
    "split_sentences",
    "valid_text",
]
