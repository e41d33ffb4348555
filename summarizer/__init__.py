"""Cross-lingual news summarizer: Indonesian article → English translation → grounded bullets.

Importing the package is cheap: models load on first use (see
:class:`summarizer.models.BackendPool`).
"""

from summarizer.config import Settings
from summarizer.errors import SummarizerError
from summarizer.result import Bullet, Sentence, SummaryResult

__all__ = ["Bullet", "Pipeline", "Sentence", "Settings", "SummarizerError", "SummaryResult"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # Pipeline pulls in the model stack lazily; keep `import summarizer` light.
    if name == "Pipeline":
        from summarizer.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
