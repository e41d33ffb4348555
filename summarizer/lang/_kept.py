"""A second opinion from py3langid, whose model ships inside its wheel (BSD-3-Clause).

py3langid's model knows Javanese and Acehnese (langdetect knows neither) and tells short English
from Catalan or Estonian better than langdetect. It is loaded once, under a lock, on first use
(about three seconds); nothing is loaded at import time.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["best_guess"]

_LOCK = threading.Lock()
_identifier: LanguageIdentifier | None = None


def _load() -> LanguageIdentifier:
    global _identifier
    if _identifier is None:
        with _LOCK:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def best_guess(text: str) -> tuple[str, float]:
    """py3langid's most likely language for ``text`` and its (normalised) probability."""
    language, probability = _load().classify(text)
    return str(language), round(float(probability), 4)
