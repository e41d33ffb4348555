"""Language: the accept/refuse decision, the regional-language lexicons, the one English
stop-word and Indonesian function-word lists, and the language names."""

from ._decide import REGIONAL, choose_language, decide, english_sentence_mask, write_jsonl_decisions
from ._lexicon import english_stopwords, indonesian_function_words
from ._names import SOURCE_LANG_LABELS, SOURCE_LANGS, language_name

__all__ = [
    "REGIONAL",
    "SOURCE_LANGS",
    "SOURCE_LANG_LABELS",
    "choose_language",
    "decide",
    "english_sentence_mask",
    "english_stopwords",
    "indonesian_function_words",
    "language_name",
    "write_jsonl_decisions",
]
