"""The benchmark: the summarizer's fast path against a plain transformers baseline (run.py)."""
