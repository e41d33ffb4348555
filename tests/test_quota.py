"""Per-visitor limits, API keys and metrics (summarizer.quota), on SQLite with a scripted clock."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from limits import RateLimitItemPerSecond
from limits.strategies import (
    FixedWindowRateLimiter,
    MovingWindowRateLimiter,
    SlidingWindowCounterRateLimiter,
)

from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, QuotaError, RateLimitedError
from summarizer.quota import (
    Caller,
    Client,
    KeyStore,
    Metrics,
    Quota,
    SQLiteDatabase,
    SqlStorage,
    client_for,
    hash_token,
    visitor_allowance,
)

NOON = 1_800_000_000.0 // 86_400 * 86_400 + 43_200  # midday UTC: far from a day's edge


class Clock:
    def __init__(self, now: float = NOON) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def database(tmp_path: Path) -> SQLiteDatabase:
    return SQLiteDatabase(tmp_path / "shares.sqlite3")


def quota_of(database: SQLiteDatabase, clock: Clock, **settings: object) -> Quota:
    return Quota(Settings(**settings), database=database, clock=clock)  # type: ignore[arg-type]


def visitor(ip: str | None, session: str | None = None) -> Caller:
    return Caller(Client(session, ip))


def run_once(quota: Quota, caller: Caller, chars: int = 100) -> str:
    return quota.run(caller, chars, lambda: "ran")


# --- who a visitor is -----------------------------------------------------------------------------


def test_an_untrusted_peer_is_the_visitor_whatever_its_header_says() -> None:
    client = client_for("s1", "203.0.113.7", "198.51.100.1, 10.0.0.2", ())
    assert client == Client("s1", "203.0.113.7")
    assert client_for(None, "203.0.113.7", "1.2.3.4", ["10.0.0.0/8"]).ip == "203.0.113.7"


def test_behind_a_trusted_proxy_the_right_most_untrusted_address_is_the_visitor() -> None:
    # The visitor wrote "6.6.6.6" themselves; the proxy appended the address it saw.
    header = "6.6.6.6, 198.51.100.20"
    assert client_for(None, "10.1.2.3", header, ["10.0.0.0/8"]).ip == "198.51.100.20"
    # Two proxies deep: both trusted (a CIDR and a single address), both skipped.
    header = "6.6.6.6, 198.51.100.20, 192.168.5.5"
    trusted = ["10.0.0.0/8", "192.168.5.5"]
    assert client_for(None, "10.1.2.3", header, trusted).ip == "198.51.100.20"


def test_a_header_of_trusted_addresses_only_gives_the_left_most() -> None:
    assert client_for(None, "127.0.0.1", "10.0.0.9", ["127.0.0.1", "10.0.0.0/8"]).ip == "10.0.0.9"
    assert client_for(None, "127.0.0.1", None, ["127.0.0.1"]).ip == "127.0.0.1"


def test_garbage_in_the_header_stops_at_the_proxy_that_passed_it() -> None:
    assert client_for(None, "10.0.0.1", "not-an-ip", ["10.0.0.0/8"]).ip == "10.0.0.1"


def test_ipv6_visitors_count_by_their_64_network_and_mapped_ipv4_as_ipv4() -> None:
    assert client_for(None, "2001:db8:1:2:aaaa::1", None, ()).ip == "2001:db8:1:2::/64"
    assert client_for(None, "::ffff:203.0.113.9", None, ()).ip == "203.0.113.9"
    assert client_for("s", None, None, ()).identities == ("session:s",)
    assert Client("s", "1.2.3.4").identities == ("ip:1.2.3.4", "session:s")


def test_trusted_proxies_setting_is_parsed_and_checked() -> None:
    env = {"SUMMARIZER_TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1"}
    assert Settings.from_env(env).trusted_proxies == ("10.0.0.0/8", "127.0.0.1")
    with pytest.raises(ConfigError, match=r"SUMMARIZER_TRUSTED_PROXIES.*'10\.0\.0\.300'"):
        Settings.from_env({"SUMMARIZER_TRUSTED_PROXIES": "10.0.0.300"})
    with pytest.raises(ConfigError, match="SUMMARIZER_RUNS_PER_10_MINUTES"):
        Settings.from_env({"SUMMARIZER_RUNS_PER_10_MINUTES": "-1"})


# --- the storage under the limits library's own strategies ---------------------------------------


def test_the_sql_storage_serves_the_limits_librarys_strategies(database, clock) -> None:
    storage = SqlStorage(database, clock=clock)
    item = RateLimitItemPerSecond(3, 60)
    fixed = FixedWindowRateLimiter(storage)
    assert [fixed.hit(item, "a") for _ in range(4)] == [True, True, True, False]
    assert storage.get_expiry(item.key_for("a")) == clock() + 60
    clock.advance(61)
    assert fixed.hit(item, "a")
    sliding = SlidingWindowCounterRateLimiter(storage)
    assert [sliding.hit(item, "b", cost=2) for _ in range(2)] == [True, False]
    assert sliding.test(item, "b", cost=1) and not sliding.test(item, "b", cost=2)
    moving = MovingWindowRateLimiter(storage)
    assert [moving.hit(item, "c") for _ in range(4)] == [True, True, True, False]
    clock.advance(30)
    assert moving.get_window_stats(item, "c").remaining == 0
    assert moving.get_window_stats(item, "c").reset_time == clock() + 30
    clock.advance(30)
    assert moving.hit(item, "c") and not moving.hit(item, "c", cost=3)
    assert storage.check() and storage.reset() > 0 and storage.get(item.key_for("a")) == 0


# --- per-visitor limits --------------------------------------------------------------------------


def test_each_visitor_has_its_own_runs_and_the_refusal_says_the_limit_and_when(
    database, clock
) -> None:
    quota = quota_of(database, clock, runs_per_10_minutes=2)
    alice, bob = visitor("198.51.100.1", "a"), visitor("198.51.100.2", "b")
    assert run_once(quota, alice) == "ran"
    clock.advance(60)
    assert run_once(quota, alice) == "ran"
    with pytest.raises(RateLimitedError) as refused:
        run_once(quota, alice)
    error = refused.value
    assert error.reason == "rate_runs" and error.retry_after == 540  # the first run leaves then
    assert error.public == str(error)  # nothing in it a visitor may not read
    assert str(error) == (
        "This demo allows 2 runs per 10 minutes per visitor; you can run again in 9 min."
    )
    assert run_once(quota, bob) == "ran"  # another visitor is not affected
    clock.advance(360)
    with pytest.raises(RateLimitedError, match="you can run again in 3 min"):
        run_once(quota, alice)
    clock.advance(180)
    assert run_once(quota, alice) == "ran"  # when the message said
    with pytest.raises(RateLimitedError, match=r"in 1 min\.$"):  # any 10 minutes: the second run
        run_once(quota, alice)


def test_new_tabs_share_their_address_allowance(database, clock) -> None:
    quota = quota_of(database, clock, runs_per_10_minutes=1)
    run_once(quota, visitor("198.51.100.1", "tab-1"))
    with pytest.raises(RateLimitedError):
        run_once(quota, visitor("198.51.100.1", "tab-2"))
    with pytest.raises(RateLimitedError):  # and a session keeps its count when its address changes
        run_once(quota, visitor("198.51.100.99", "tab-1"))


def test_characters_per_hour_are_counted_and_one_text_over_it_is_an_input_error(
    database, clock
) -> None:
    quota = quota_of(database, clock, chars_per_hour=10_000)
    caller = visitor("198.51.100.1")
    run_once(quota, caller, chars=6_000)
    quota.check(caller)  # a run of unknown length still fits
    with pytest.raises(RateLimitedError) as refused:
        run_once(quota, caller, chars=6_000)
    assert refused.value.reason == "rate_chars"
    assert "This demo allows 10,000 characters per hour per visitor" in str(refused.value)
    run_once(quota, caller, chars=4_000)  # what is left still fits
    with pytest.raises(InputError, match=r"This text has 12,000 characters\..*shorter text"):
        run_once(quota, visitor("198.51.100.2"), chars=12_000)


def test_a_refused_run_does_no_work_and_no_limit_means_no_store(tmp_path, clock) -> None:
    quota = quota_of(SQLiteDatabase(tmp_path / "q.sqlite3"), clock, runs_per_10_minutes=1)
    done: list[int] = []
    quota.run(visitor("198.51.100.1"), 10, lambda: done.append(1))
    with pytest.raises(RateLimitedError):
        quota.run(visitor("198.51.100.1"), 10, lambda: done.append(2))
    assert done == [1]
    unlimited = quota_of(SQLiteDatabase(tmp_path / "none.sqlite3"), clock)
    for _ in range(50):
        run_once(unlimited, visitor("198.51.100.1"))
    assert not (tmp_path / "none.sqlite3").exists()


def test_retry_after_is_when_a_run_fits_again_not_earlier(database, clock) -> None:
    rng = random.Random(7)
    quota = quota_of(database, clock, runs_per_10_minutes=4, chars_per_hour=5_000)
    caller = visitor("198.51.100.1")
    refusals = 0
    for _ in range(400):
        clock.advance(rng.uniform(0, 400))
        chars = rng.randint(1, 3_000)
        try:
            quota.check(caller, chars)
        except RateLimitedError as error:
            refusals += 1
            if error.retry_after > 2:
                clock.advance(error.retry_after - 2)
                with pytest.raises(RateLimitedError):
                    quota.check(caller, chars)
                clock.advance(2)
            else:
                clock.advance(error.retry_after)
            quota.check(caller, chars)  # fits now
        run_once(quota, caller, chars)
    assert refusals > 60


def test_the_store_failing_lets_visitors_run_and_logs_it(tmp_path, clock, caplog) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    quota = quota_of(SQLiteDatabase(blocker / "q.sqlite3"), clock, runs_per_10_minutes=1)
    assert run_once(quota, visitor("198.51.100.1")) == "ran"
    assert run_once(quota, visitor("198.51.100.1")) == "ran"
    assert "rate limits not" in caplog.text


# --- keys -----------------------------------------------------------------------------------------


def test_a_key_selects_its_allowance_and_is_refused_once_revoked(database, clock) -> None:
    quota = quota_of(database, clock, runs_per_10_minutes=1)
    key, token = quota.keys.add("partner", runs_per_minute=2, chars_per_day=1_000)
    anywhere = Client(None, "198.51.100.1")
    caller = quota.caller(token, anywhere)
    assert caller is not None and caller.key == key
    assert [run_once(quota, caller), run_once(quota, caller)] == ["ran", "ran"]  # not 1 per 10 min
    with pytest.raises(RateLimitedError, match="This API key allows 2 runs per minute; ") as over:
        run_once(quota, quota.caller(token, Client(None, "198.51.100.2")))  # any address
    assert over.value.reason == "key_quota"
    clock.advance(120)
    with pytest.raises(RateLimitedError, match="This API key allows 1,000 characters per day"):
        run_once(quota, caller, chars=900)
    quota.keys.revoke("partner")
    assert quota.caller(token, anywhere) is None
    usage = quota.usage.report(quota.keys.list())[0]
    assert (usage.runs_today, usage.chars_today, usage.refused_today) == (2, 200, 2)


def test_who_the_bearer_makes_the_caller(database, clock) -> None:
    anywhere = Client(None, "198.51.100.1")
    open_quota = quota_of(database, clock)
    assert open_quota.caller(None, anywhere) == Caller(anywhere)
    assert open_quota.caller("whatever", anywhere) == Caller(anywhere)  # ignored, as before
    assert open_quota.caller("sum_unknown", anywhere) is None  # a key that is none: refused
    _key, token = open_quota.keys.add("partner")
    assert open_quota.caller(token, anywhere).key.name == "partner"
    closed = quota_of(database, clock, api_token="operator-secret", runs_per_10_minutes=1)
    assert closed.caller(None, anywhere) is None  # the token alone: as before
    operator = closed.caller("operator-secret", anywhere)
    assert operator is not None and operator.operator
    for _ in range(5):
        run_once(closed, operator)  # the operator (or the page calling its API) is not limited


def test_keys_are_stored_hashed_never_in_plain(tmp_path, clock) -> None:
    path = tmp_path / "shares.sqlite3"
    keys = KeyStore(SQLiteDatabase(path), clock=clock)
    tokens = [keys.add(f"k{i}")[1] for i in range(3)]
    assert len(set(tokens)) == 3 and all(len(token) > 40 for token in tokens)
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(path.name))
    for token in tokens:
        assert token.encode() not in stored
        assert hash_token(token).encode() in stored  # what is kept instead
    with sqlite3.connect(path) as connection:
        hashes = [row[0] for row in connection.execute("SELECT hash FROM summarizer_api_keys")]
    assert sorted(hashes) == sorted(hash_token(token) for token in tokens)
    assert keys.find(tokens[0]).name == "k0" and keys.find("sum_guess") is None


def test_key_names_are_checked_and_unique(database, clock) -> None:
    keys = KeyStore(database, clock=clock)
    keys.add("partner-news")
    with pytest.raises(InputError, match="exists already"):
        keys.add("partner-news")
    with pytest.raises(InputError, match="not a usable key name"):
        keys.add("two words")
    with pytest.raises(InputError, match="No key is named 'nobody'"):
        keys.revoke("nobody")


def test_an_unreachable_key_store_is_a_safe_quota_error() -> None:
    from summarizer.quota import PostgresDatabase

    keys = KeyStore(PostgresDatabase("postgresql://secretuser:hunter2@127.0.0.1:9/db"))
    with pytest.raises(QuotaError) as failed:
        keys.find("sum_x")
    assert "hunter2" not in str(failed.value) and "hunter2" not in failed.value.public
    assert failed.value.public == "API keys cannot be checked right now; please try again later."


# --- metrics -------------------------------------------------------------------------------------


def test_metrics_render_counters_rejections_and_gauges_in_prometheus_text() -> None:
    metrics = Metrics()
    text = metrics.render()
    assert "summarizer_queue_length 0" in text  # until the queue registers its gauge
    assert 'summarizer_rejections_total{reason="queue_full"} 0' in text
    metrics.record_run(1.5)
    metrics.record_run(0.25)
    metrics.reject("rate_runs")
    waiting = [1, 2, 3]
    metrics.gauge("summarizer_queue_length", "Jobs waiting.", read=lambda: len(waiting))
    metrics.gauge("summarizer_broken", "Fails.", read=lambda: 1 / 0)
    text = metrics.render()
    assert "# TYPE summarizer_runs_total counter\nsummarizer_runs_total 2\n" in text
    assert "summarizer_model_seconds_total 1.75" in text
    assert 'summarizer_rejections_total{reason="rate_runs"} 1' in text
    assert "# HELP summarizer_queue_length Jobs waiting.\n" in text
    assert "summarizer_queue_length 3" in text and "summarizer_broken NaN" in text
    with pytest.raises(ValueError):
        metrics.reject('x"} 1\nfake')


def test_refusals_are_counted_in_the_metrics(database, clock) -> None:
    quota = quota_of(database, clock, runs_per_10_minutes=1)
    run_once(quota, visitor("198.51.100.1"))
    for _ in range(2):
        with pytest.raises(RateLimitedError):
            run_once(quota, visitor("198.51.100.1"))
    snapshot = quota.metrics.snapshot()
    assert snapshot["summarizer_runs_total"] == 1
    assert snapshot["summarizer_rejections_total"]["rate_runs"] == 2


def test_the_public_demo_preset_limits_visitors_and_fits_the_longest_text() -> None:
    import re

    text = (Path(__file__).parents[1] / "docs" / "public-demo.md").read_text(encoding="utf-8")
    block = re.search(r"```env\n(.*?)```", text, re.S)
    assert block is not None
    preset = Settings.from_env(dict(line.split("=", 1) for line in block.group(1).splitlines()))
    assert preset.runs_per_10_minutes > 0 and preset.chars_per_hour > 0
    assert preset.chars_per_hour >= 2 * preset.max_chars  # the longest text fits, twice an hour
    assert Settings().runs_per_10_minutes == Settings().chars_per_hour == 0  # off by default


def test_the_sidebar_states_each_visitor_limit_that_is_on() -> None:
    from webui.views.sidebar import limits_text

    unlimited = limits_text(Settings())
    assert not any("per visitor" in line for line in unlimited)
    limited = limits_text(Settings(runs_per_10_minutes=5, chars_per_hour=100_000))
    assert "This demo allows 5 runs per 10 minutes per visitor." in limited
    assert "This demo allows 100,000 characters per hour per visitor." in limited
    one = visitor_allowance(1, 0).sentences()
    assert one == ["This demo allows 1 run per 10 minutes per visitor."]
