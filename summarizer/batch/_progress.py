"""The batch progress bar on stderr (tqdm): articles done, failed, the rate per minute and the
time left."""

from __future__ import annotations

import time
from typing import TextIO

from tqdm import tqdm


class BatchProgress:
    def __init__(self, total: int, file: TextIO | None, *, enabled: bool = True) -> None:
        self.failed = 0
        self._started = time.monotonic()
        self._bar = tqdm(
            total=total,
            file=file,
            disable=not enabled,
            unit="article",
            dynamic_ncols=True,
            mininterval=0.5,
            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}{postfix}]",
        )
        self._show()

    def update(self, *, ok: bool) -> None:
        if not ok:
            self.failed += 1
        self._bar.update(1)
        self._show()

    def _show(self) -> None:
        minutes = max(time.monotonic() - self._started, 1e-9) / 60
        rate = self._bar.n / minutes if self._bar.n else 0.0
        self._bar.set_postfix_str(f"{self.failed} failed, {rate:.1f}/min", refresh=False)

    def close(self) -> None:
        self._bar.close()
