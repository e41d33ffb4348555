"""The API's limits: 429 with Retry-After and the error JSON, per visitor and per key, behind
trusted and untrusted proxies; the token's old behaviour; GET /metrics off, on, with its token."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from summarizer.api import create_app
from summarizer.config import Settings
from summarizer.errors import ConfigError

TEXT = "Presiden meresmikan jalan tol baru di Jawa Tengah pada hari Senin. " * 3


@dataclass(frozen=True)
class Done:
    def to_dict(self) -> dict[str, Any]:
        return {"bullets": []}


@dataclass
class QuickPipeline:
    """Stands in for Pipeline: every summary is done at once."""

    settings: Settings

    def summarize(self, article: Any, **_options: Any) -> Done:
        return Done()


def api(tmp_path: Path, **settings: Any) -> Any:
    return create_app(
        Settings(share_db=str(tmp_path / "shares.sqlite3"), **settings), QuickPipeline
    )


def client(app: Any, ip: str = "198.51.100.1", **headers: str) -> TestClient:
    return TestClient(app, client=(ip, 40_000), headers=headers)


def summarize(test_client: TestClient, text: str = TEXT, **headers: str) -> Any:
    return test_client.post("/v1/summarize", json={"text": text}, headers=headers)


def assert_rate_limited(response: Any, match: str, longest: int = 600) -> int:
    """A 429 in the error contract; ``longest``: the most it may ask to wait (runs: 10 minutes,
    a moving window; characters: two hours, a sliding window counter over two windows)."""
    assert response.status_code == 429, response.text
    assert response.json() == {
        "error": {"type": "rate_limited", "message": response.json()["error"]["message"]}
    }
    message = response.json()["error"]["message"]
    assert match in message and "you can run again in" in message
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= longest
    return retry_after


def test_a_visitor_over_the_limit_gets_429_with_retry_after_and_the_error_json(tmp_path) -> None:
    app = api(tmp_path, runs_per_10_minutes=2)
    visitor = client(app)
    assert [summarize(visitor).status_code for _ in range(2)] == [200, 200]
    assert_rate_limited(summarize(visitor), "This demo allows 2 runs per 10 minutes per visitor")
    assert summarize(client(app, ip="198.51.100.2")).status_code == 200  # another visitor
    assert "429" in app.openapi()["paths"]["/v1/summarize"]["post"]["responses"]


def test_characters_per_hour_on_the_api(tmp_path) -> None:
    app = api(tmp_path, chars_per_hour=len(TEXT) * 2)
    visitor = client(app)
    assert summarize(visitor).status_code == 200
    assert summarize(visitor).status_code == 200
    assert_rate_limited(summarize(visitor), "characters per hour per visitor", 7200)


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(tmp_path) -> None:
    trusted = api(tmp_path / "trusted", runs_per_10_minutes=1, trusted_proxies=("10.0.0.0/8",))
    proxy = client(trusted, ip="10.0.0.5")
    assert summarize(proxy, **{"X-Forwarded-For": "203.0.113.1"}).status_code == 200
    assert summarize(proxy, **{"X-Forwarded-For": "203.0.113.2"}).status_code == 200  # another
    # The visitor cannot escape by writing an address of their own left of the proxy's.
    spoofed = {"X-Forwarded-For": "1.1.1.1, 203.0.113.1"}
    assert_rate_limited(summarize(proxy, **spoofed), "per visitor")

    untrusted = api(tmp_path / "untrusted", runs_per_10_minutes=1)
    direct = client(untrusted, ip="198.51.100.7")
    assert summarize(direct, **{"X-Forwarded-For": "203.0.113.1"}).status_code == 200
    # A changed header does not make a new visitor: the connection's address counts.
    assert_rate_limited(summarize(direct, **{"X-Forwarded-For": "203.0.113.2"}), "per visitor")


def test_a_key_has_its_own_allowance_and_a_revoked_key_is_refused(tmp_path) -> None:
    app = api(tmp_path, runs_per_10_minutes=1)
    key, token = app.state.quota.keys.add("partner", runs_per_minute=3)
    partner = client(app, Authorization=f"Bearer {token}")
    assert [summarize(partner).status_code for _ in range(3)] == [200, 200, 200]
    assert_rate_limited(summarize(partner), "This API key allows 3 runs per minute")
    assert summarize(client(app)).status_code == 200  # anonymous visitors: their own allowance
    app.state.quota.keys.revoke(key.name)
    refused = summarize(partner)
    assert refused.status_code == 401 and refused.json()["error"]["type"] == "unauthorized"
    wrong = summarize(client(app, Authorization="Bearer sum_not-a-key"))
    assert wrong.status_code == 401  # keys exist: an unknown key is not waved through


def test_the_api_token_alone_keeps_todays_behaviour(tmp_path) -> None:
    app = api(tmp_path, api_token="operator-secret", runs_per_10_minutes=1)
    assert summarize(client(app)).status_code == 401  # no token: refused, as before
    operator = client(app, Authorization="Bearer operator-secret")
    assert [summarize(operator).status_code for _ in range(3)] == [200, 200, 200]  # not limited
    _key, token = app.state.quota.keys.add("partner", runs_per_minute=1)
    partner = client(app, Authorization=f"Bearer {token}")
    assert summarize(partner).status_code == 200  # a key opens it too, with its allowance
    assert summarize(partner).status_code == 429


def test_detect_and_health_are_not_runs(tmp_path) -> None:
    app = api(tmp_path, runs_per_10_minutes=1)
    visitor = client(app)
    assert summarize(visitor).status_code == 200
    assert visitor.get("/healthz").status_code == 200
    assert_rate_limited(summarize(visitor), "per visitor")


# --- /metrics ----------------------------------------------------------------------------------


def test_metrics_are_off_by_default(tmp_path) -> None:
    response = client(api(tmp_path, api_token="t")).get(
        "/metrics", headers={"Authorization": "Bearer t"}
    )
    assert response.status_code == 404 and response.json()["error"]["type"] == "not_found"


def test_metrics_on_need_a_token(tmp_path) -> None:
    with pytest.raises(ConfigError, match="SUMMARIZER_METRICS=1 needs a token") as error:
        api(tmp_path, metrics=True)
    assert "SUMMARIZER_METRICS_TOKEN" in str(error.value)


def test_metrics_with_their_token_show_runs_rejections_model_seconds_and_queue(tmp_path) -> None:
    app = api(tmp_path, metrics=True, metrics_token="scrape", runs_per_10_minutes=1)
    visitor = client(app)
    summarize(visitor)
    summarize(visitor)  # refused
    _key, token = app.state.quota.keys.add("partner")
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {token}"}):
        refused = visitor.get("/metrics", headers=headers)
        assert refused.status_code == 401 and refused.headers["WWW-Authenticate"] == "Bearer"
    response = visitor.get("/metrics", headers={"Authorization": "Bearer scrape"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = response.text
    assert "summarizer_runs_total 1\n" in text
    assert 'summarizer_rejections_total{reason="rate_runs"} 1\n' in text
    assert "# TYPE summarizer_model_seconds_total counter\n" in text
    assert "summarizer_queue_length 0\n" in text
    assert "/metrics" not in app.openapi()["paths"]


def test_metrics_fall_back_to_the_api_token(tmp_path) -> None:
    app = api(tmp_path, metrics=True, api_token="operator")
    assert client(app).get("/metrics", headers={"Authorization": "Bearer operator"}).is_success
