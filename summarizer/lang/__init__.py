"""Language: the accept/refuse decision, the regional-language lexicons and the language names."""

from ._decide import REGIONAL, choose_language, decide, english_sentence_mask, write_jsonl_decisions
from ._names import SOURCE_LANG_LABELS, SOURCE_LANGS, language_name

__all__ = [
    "REGIONAL",
    "SOURCE_LANGS",
    "SOURCE_LANG_LABELS",
    "choose_language",
    "decide",
    "english_sentence_mask",
    "language_name",
    "write_jsonl_decisions",
]
