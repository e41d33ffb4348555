"""How long a run takes, per character of its article: a small moving estimate.

The queue asks it how long the runs ahead of a visitor will take. It keeps the last ``window``
finished runs and answers with their total seconds over their total characters (long articles
weigh more than short ones, as they take longer), blended with a prior worth ``prior_chars``
characters, so that the first runs after a start do not swing the estimate, and a start with no
history answers with the prior. Every run also costs a fixed ``overhead_s`` (reading, detecting,
grounding), so a very short article is not promised in no time at all.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

# Measured on a 2-CPU machine (README, Performance): a 2,400-character article in 2.5 s and a
# 17,000-character one in 13.4 s, CTranslate2 int8, warm. A shared demo is slower: 1.5 ms a
# character, and a 3,000-character prior weight (one ordinary article).
PRIOR_S_PER_CHAR = 0.0015
PRIOR_CHARS = 3_000
OVERHEAD_S = 1.0
WINDOW = 20
TYPICAL_CHARS = 3_000  # an article whose length is not known yet (a link being fetched)


@dataclass(frozen=True)
class Observed:
    chars: int
    seconds: float


class RunTimeEstimator:
    """Seconds a run of ``chars`` characters takes, from the last ``window`` runs. Thread-safe."""

    def __init__(
        self,
        *,
        prior_s_per_char: float = PRIOR_S_PER_CHAR,
        prior_chars: int = PRIOR_CHARS,
        overhead_s: float = OVERHEAD_S,
        window: int = WINDOW,
    ) -> None:
        self.prior_s_per_char = prior_s_per_char
        self.prior_chars = prior_chars
        self.overhead_s = overhead_s
        self._runs: deque[Observed] = deque(maxlen=window)
        self._lock = threading.Lock()

    def record(self, chars: int, seconds: float) -> None:
        """A run of ``chars`` characters that finished in ``seconds``."""
        if chars > 0 and seconds >= 0:
            with self._lock:
                self._runs.append(Observed(chars, seconds))

    def seconds_per_char(self) -> float:
        with self._lock:
            runs = tuple(self._runs)
        seconds = sum(max(run.seconds - self.overhead_s, 0.0) for run in runs)
        chars = sum(run.chars for run in runs)
        prior = self.prior_s_per_char * self.prior_chars
        return (seconds + prior) / (chars + self.prior_chars)

    def estimate(self, chars: int) -> float:
        """Seconds a run of ``chars`` characters is expected to take."""
        return self.overhead_s + self.seconds_per_char() * max(chars, 0)

    @property
    def runs(self) -> int:
        """Finished runs the estimate is based on (besides the prior)."""
        with self._lock:
            return len(self._runs)
