"""The page (app.py) for browser tests, each summary held for ``HELD_PAGE_RUN_S`` seconds once it
has its turn, so that a second visitor finds the first one running.

Run as ``streamlit run tests/held_page.py`` (see tests/test_browser.py's ``start_app``), with the
checkout on ``PYTHONPATH`` (the test sets it: Streamlit puts only the script's folder on the
path). The hold
starts at the first translation report, after the run's models are loaded, that is inside its turn
in the page's queue; it reports progress every 0.1 s meanwhile, so Stop still ends the run.
"""

from __future__ import annotations

import os
import runpy
import time
from pathlib import Path
from typing import Any

from summarizer.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def held(summarize: Any) -> Any:
    def summarize_held(self: Pipeline, article: Any, **options: Any) -> Any:
        progress = options["progress"]
        seconds = float(os.environ.get("HELD_PAGE_RUN_S", "0"))
        holding = [seconds > 0]

        def report(stage: str, done: int, total: int) -> None:
            progress(stage, done, total)
            if stage == "translate" and holding[0]:
                holding[0] = False
                deadline = time.monotonic() + seconds
                while time.monotonic() < deadline:
                    time.sleep(0.1)
                    progress(stage, done, total)

        return summarize(self, article, **{**options, "progress": report})

    summarize_held.held = True  # type: ignore[attr-defined]
    return summarize_held


if not getattr(Pipeline.summarize, "held", False):  # the script runs again on every rerun
    Pipeline.summarize = held(Pipeline.summarize)  # type: ignore[method-assign]

runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
