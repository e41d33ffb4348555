"""Generation: translation and map-reduce summarisation over a backend, with the output guards."""

from ._summarize import SummaryOutcome, summarize_sentences
from ._translate import translate_many, translate_texts

__all__ = ["SummaryOutcome", "summarize_sentences", "translate_many", "translate_texts"]
