"""The page's per-visitor limit: a run over it is refused at once with the limit and when to come
back; opening a share link (``?r=``) is a read and never counts. The model is scripted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarizer.config import Settings
from summarizer.errors import RateLimitedError
from summarizer.output import SharedResult, open_store
from summarizer.pipeline import Pipeline
from summarizer.quota import Caller, Client, Quota
from tests.test_app import error_text, new_app, started, state_of, submit_text
from tests.test_share import sample_result

TEXT = "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin."
LOCAL_VISITOR = Caller(Client(None, "127.0.0.1"))  # the page on loopback, as in these tests


@pytest.fixture
def limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("SUMMARIZER_SHARE_DB", str(tmp_path / "shares.sqlite3"))
    monkeypatch.setenv("SUMMARIZER_RUNS_PER_10_MINUTES", "1")
    runs: list[str] = []

    def summarize(_self: Pipeline, article: Any, **_options: Any) -> Any:
        runs.append(article.text)
        return sample_result()

    monkeypatch.setattr(Pipeline, "summarize", summarize)
    return Settings.from_env()


def wait_for_the_run(at: Any) -> Any:
    while state_of(at).running is not None:
        at.run()
    assert not at.exception
    return at


def test_a_run_over_the_visitors_limit_is_refused_with_the_limit_and_when(limited) -> None:
    at = wait_for_the_run(submit_text(started(), TEXT))
    assert state_of(at).shown is not None  # the first run, within the limit
    submit_text(at, TEXT + " Lagi.")
    assert state_of(at).running is None and state_of(at).runs == 1  # no run started
    assert state_of(at).shown is not None  # the visitor keeps the result they have
    message = error_text(at)
    assert "This demo allows 1 run per 10 minutes per visitor; you can run again in " in message
    assert "min." in message
    # A second tab (another session, the same address) shares the allowance.
    assert "This demo allows 1 run" in error_text(submit_text(started(), TEXT))


def test_a_share_link_never_counts_against_the_limit(limited) -> None:
    share_id = open_store(limited).save(SharedResult.of("text", TEXT, sample_result(), limited))
    quota = Quota(limited)
    for _ in range(3):
        at = new_app()
        at.query_params["r"] = share_id
        at.run()
        assert not at.exception and state_of(at).shown is not None
    quota.check(LOCAL_VISITOR)  # the visitor's one run is still there
    quota.run(LOCAL_VISITOR, len(TEXT), lambda: None)
    with pytest.raises(RateLimitedError):
        quota.check(LOCAL_VISITOR)
