"""Translation you can check: each English sentence held against its Indonesian source.

No model is involved: the grounding package's number, date and name readers are applied to both
languages, with negation cues, a length ratio and a language check. Each doubt is a
:class:`~summarizer.result.Finding` (kind: number, name, negation, omission, untranslated).
"""

from summarizer.check._check import check_sentences, check_translation
from summarizer.check._names import protectable_names, source_names

__all__ = ["check_sentences", "check_translation", "protectable_names", "source_names"]
