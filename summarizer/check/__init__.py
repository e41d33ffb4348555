"""Translation you can check: each English sentence held against its Indonesian source.

No model is involved: the grounding package's number, date and name readers are applied to both
languages, with negation cues, a length ratio and a language check. Each doubt is a
:class:`~summarizer.result.Finding` (kind: number, name, negation, omission, untranslated).
Around the translation itself, names the source marks and glossary terms are kept as asked
(``translate_protected``); and the bullets resting on a doubtful span are flagged too.
"""

from summarizer.check._bullets import flag_doubtful_bullets
from summarizer.check._check import check_sentences, check_translation
from summarizer.check._coverage import MIN_LENGTH_RATIO
from summarizer.check._glossary import (
    Glossary,
    glossary_from_mapping,
    parse_glossary,
    read_glossary,
)
from summarizer.check._jsonl import check_jsonl, write_jsonl_checks
from summarizer.check._names import protectable_names, source_names
from summarizer.check._protect import (
    NO_GLOSSARY,
    Protected,
    ProtectedTranslation,
    finish,
    placeholders_in,
    protect,
    restore,
    restore_partial,
    translate_protected,
)

__all__ = [
    "MIN_LENGTH_RATIO",
    "NO_GLOSSARY",
    "Glossary",
    "Protected",
    "ProtectedTranslation",
    "check_jsonl",
    "check_sentences",
    "check_translation",
    "finish",
    "flag_doubtful_bullets",
    "glossary_from_mapping",
    "parse_glossary",
    "placeholders_in",
    "protect",
    "protectable_names",
    "read_glossary",
    "restore",
    "restore_partial",
    "source_names",
    "translate_protected",
    "write_jsonl_checks",
]
