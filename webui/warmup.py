"""Getting the models ready when a run first needs them, so a first start shows what it is doing.

On a fresh server the models are downloaded (hundreds of MB) and converted before the first
summary. Run as a job's ``models`` step (:class:`webui.job.Job`: when the run reaches its model
loading, after its input is checked), that happens with progress the page shows ("Downloading the
translation model (first start only): 120.0 of 300.0 MB"), instead of minutes behind "Loading the
models". Only the in-process pipeline needs it: with
``SUMMARIZER_API_URL`` set, the API's server holds the models.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from summarizer.config import Settings
from summarizer.models import _lifecycle as models
from webui import results
from webui.job import ModelReport, ModelStep

# One preparation at a time in this process: two visitors on a fresh server would otherwise
# download and convert the same models side by side (a conversion takes up to 2 GB).
_PREPARING = threading.Lock()


def models_step(
    settings: Settings,
    *,
    all_ready: Callable[[Settings], bool] | None = None,
    prepare: Callable[..., object] | None = None,
) -> ModelStep | None:
    """The step that readies ``settings``' models for a job; None when the page runs remotely.

    ``all_ready`` and ``prepare`` default to :mod:`summarizer.models._lifecycle`' (tests pass
    stand-ins).
    """
    if settings.api_url:
        return None
    all_ready = all_ready or models.all_ready
    prepare = prepare or _prepare_for_the_page

    def step(report: ModelReport) -> None:
        if all_ready(settings):  # the usual case: on disk, nothing to show
            return
        report(None)  # "getting the models ready", also while another run holds the lock
        with _PREPARING:
            if not all_ready(settings):  # another run may have readied them meanwhile
                prepare(settings, progress=report)

    return step


def _prepare_for_the_page(settings: Settings, progress: ModelReport) -> None:
    """:func:`summarizer.models.prepare`, loading into the page's pool, where its runs find them."""
    models.prepare(settings, progress=progress, pool=results.backend_pool())
