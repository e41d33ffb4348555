"""The share store: SQLite (default) and a real PostgreSQL server started for this test session."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.errors import (
    ConfigError,
    ShareError,
    ShareNotFoundError,
    ShareTooLargeError,
    SummarizerError,
)
from summarizer.output._share import (
    TABLE,
    PostgresShareStore,
    SharedResult,
    ShareStore,
    SQLiteShareStore,
    open_store,
)
from summarizer.result import (
    Bullet,
    Candidate,
    Coverage,
    Flag,
    LanguageInfo,
    Sentence,
    SourceInfo,
    SummaryResult,
)
from tests.pg import postgres_server, require_postgres

ROOT = Path(__file__).resolve().parents[1]
DAY = 86_400.0


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def sample_result(marker: str = "") -> SummaryResult:
    """Every kind of field: nested tuples, flags, scores, dicts, optional metadata, non-ASCII."""
    return SummaryResult(
        language=LanguageInfo("id", 0.9999971, "id", (Candidate("id", 0.9999971),)),
        sentences=(
            Sentence(0, 0, f"Harga beras naik 3,5 persen {marker}", "Rice rose 3.5 percent."),
            Sentence(1, 1, "Pemerintah — “bantuan” Rp 2 triliun.", "The government: Rp 2 tn."),
        ),
        bullets=(
            Bullet("Rice rose 3.5 percent.", (0,), (0.8731,), ()),
            Bullet("Aid of Rp 3 trillion.", (1,), (0.51,), (Flag("number", "3", "Not in it."),)),
        ),
        models={"translation": "m/a", "summarization": "m/b", "backend": "x"},
        timings={"translate": 0.1234, "summarize": 2.0},
        warnings=("1 sentence is already in English and kept as written.",),
        coverage=Coverage(2, 2, 1, 1, ("boilerplate line: Baca juga",)),
        source=SourceInfo(url="https://example.id/a", title="Judul", date="2024-05-01"),
    )


def sample_record(marker: str = "", text: str = "Harga beras naik.") -> SharedResult:
    return SharedResult.of("text", text, sample_result(marker), Settings(), bullets=2)


# --- the stores under test ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    require_postgres()
    with postgres_server() as dsn:
        yield dsn


StoreFactory = Callable[..., ShareStore]


@pytest.fixture(params=["sqlite", "postgres"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """Builds stores of one kind on one fresh database; several calls share it (a restart)."""
    if request.param == "sqlite":
        path = tmp_path / "shares.sqlite3"
        return lambda **limits: SQLiteShareStore(path, **limits)
    dsn = request.getfixturevalue("postgres_dsn")
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
    return lambda **limits: PostgresShareStore(dsn, **limits)


def test_round_trip_is_identical(make_store: StoreFactory) -> None:
    clock = Clock()
    store = make_store(clock=clock)
    record = sample_record(text="Teks dengan \x00 NUL, \ud800 surrogate dan emoji 📰.")
    share_id = store.save(record)
    loaded = store.load(share_id)
    assert loaded == replace(record, created=clock.now, expires=clock.now + 30 * DAY)
    assert loaded.result == sample_result()
    assert loaded.result.to_json() == sample_result().to_json()


def test_ids_are_random_and_at_least_128_bits(make_store: StoreFactory) -> None:
    store = make_store()
    ids = {store.save(sample_record()) for _ in range(20)}
    assert len(ids) == 20
    for share_id in ids:
        assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", share_id)  # 22 base64 chars = 132 bits


@pytest.mark.parametrize(
    "share_id", ["", "abc", "x" * 200, "../../etc/passwd", "'; DROP TABLE x; --" + "a" * 22]
)
def test_unknown_or_malformed_ids_are_not_found(make_store: StoreFactory, share_id: str) -> None:
    store = make_store()
    store.save(sample_record())
    with pytest.raises(ShareNotFoundError, match="No shared result has this id"):
        store.load(share_id)


def test_a_well_formed_unknown_id_is_not_found(make_store: StoreFactory) -> None:
    store = make_store()
    with pytest.raises(ShareNotFoundError, match="Check that the whole link was copied"):
        store.load("A" * 22)


def test_records_expire_and_are_purged(make_store: StoreFactory) -> None:
    clock = Clock()
    store = make_store(days=2, clock=clock)
    share_id = store.save(sample_record())
    clock.now += 2 * DAY - 1
    assert store.load(share_id).input == "Harga beras naik."
    clock.now += 1
    with pytest.raises(ShareNotFoundError, match=r"expired on 2023-11-16; .* kept for 2 days"):
        store.load(share_id)
    assert store.purge_expired() == 1
    assert store.purge_expired() == 0
    with pytest.raises(ShareNotFoundError, match="No shared result has this id"):
        store.load(share_id)


def test_saving_drops_expired_records(make_store: StoreFactory) -> None:
    clock = Clock()
    store = make_store(days=1, clock=clock)
    old = store.save(sample_record())
    clock.now += 2 * DAY
    store.save(sample_record())
    with pytest.raises(ShareNotFoundError, match="No shared result"):
        store.load(old)


def test_a_record_over_the_size_cap_is_refused(make_store: StoreFactory) -> None:
    store = make_store(max_record_bytes=5_000)
    with pytest.raises(ShareTooLargeError, match=r"too large to share .*SHARE_MAX_RECORD_BYTES"):
        store.save(sample_record(text="kata " * 2_000))
    assert store.load(store.save(sample_record())).input == "Harga beras naik."


def test_the_record_cap_evicts_the_oldest_first(make_store: StoreFactory) -> None:
    store = make_store(max_records=3)
    ids = [store.save(sample_record(str(n))) for n in range(5)]
    for share_id in ids[:2]:
        with pytest.raises(ShareNotFoundError):
            store.load(share_id)
    assert [store.load(share_id).result.sentences[0].text[-1] for share_id in ids[2:]] == [
        "2",
        "3",
        "4",
    ]


def test_the_byte_cap_evicts_the_oldest_first(make_store: StoreFactory) -> None:
    size = len(sample_record("0").payload())
    store = make_store(max_bytes=int(size * 2.5))
    ids = [store.save(sample_record(str(n))) for n in range(4)]
    with pytest.raises(ShareNotFoundError):
        store.load(ids[1])
    assert store.load(ids[2]) and store.load(ids[3])


def test_records_survive_a_restart_in_a_new_process(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    store = make_store()
    share_id = store.save(sample_record())
    location = str(store.path) if isinstance(store, SQLiteShareStore) else store.dsn
    script = (
        "import sys; from summarizer.config import Settings; from summarizer.output._share import "
        "open_store; print(open_store(Settings.from_env()).load(sys.argv[1]).result_json)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script, share_id],
        env={"SUMMARIZER_SHARE_DB": location, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert SummaryResult.from_json(shown.stdout) == sample_result()


def test_concurrent_saves_all_land(make_store: StoreFactory) -> None:
    store = make_store()
    saved: list[str] = []
    lock = threading.Lock()

    def share(n: int) -> None:
        for k in range(4):
            share_id = store.save(sample_record(f"{n}-{k}"))
            with lock:
                saved.append(share_id)

    threads = [threading.Thread(target=share, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(saved)) == 24
    assert all(store.load(share_id).input for share_id in saved)


# --- choosing a store, and failures ------------------------------------------------------------


def test_sqlite_is_the_default_under_the_cache_dir(tmp_path: Path) -> None:
    store = open_store(Settings(cache_dir=str(tmp_path / "cache")))
    assert isinstance(store, SQLiteShareStore)
    assert store.path == tmp_path / "cache" / "shares.sqlite3"
    assert store.path.exists()


def test_settings_come_from_the_environment(tmp_path: Path) -> None:
    env = {
        "SUMMARIZER_SHARE_DB": str(tmp_path / "s" / "links.db"),
        "SUMMARIZER_SHARE_DAYS": "7",
        "SUMMARIZER_SHARE_MAX_RECORDS": "9",
    }
    store = open_store(Settings.from_env(env))
    assert isinstance(store, SQLiteShareStore)
    assert (store.path, store.days, store.max_records) == (tmp_path / "s" / "links.db", 7, 9)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("SUMMARIZER_SHARE_DAYS", "0"), ("SUMMARIZER_SHARE_MAX_RECORD_BYTES", "big")],
)
def test_bad_share_settings_name_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        Settings.from_env({variable: value})


def test_postgres_url_chooses_postgres(postgres_dsn: str) -> None:
    store = open_store(Settings(share_db=postgres_dsn, share_days=3))
    assert isinstance(store, PostgresShareStore)
    assert store.days == 3


def test_unreachable_postgres_is_a_safe_share_error() -> None:
    dsn = "postgresql://secretuser:hunter2@127.0.0.1:9/db"  # port 9: nothing listens
    with pytest.raises(ShareError, match="unavailable right now") as raised:
        PostgresShareStore(dsn, connect_timeout=2)
    assert "hunter2" not in str(raised.value) and "127.0.0.1" not in str(raised.value)


def test_unwritable_sqlite_location_is_a_share_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ShareError, match="unavailable right now"):
        SQLiteShareStore(blocker / "shares.sqlite3")


def test_share_errors_are_summarizer_errors() -> None:
    assert issubclass(ShareNotFoundError, SummarizerError)
    assert issubclass(ShareTooLargeError, ShareError)


def test_record_refuses_an_unknown_input_kind() -> None:
    with pytest.raises(SummarizerError, match="text or a URL"):
        replace(sample_record(), input_kind="file")


def test_summary_result_json_round_trip_is_exact() -> None:
    result = sample_result("é")
    again = SummaryResult.from_json(result.to_json())
    assert again == result
    assert isinstance(again.bullets[1].flags[0], Flag)
    assert again.translation == result.translation
    assert json.loads(again.to_json()) == json.loads(result.to_json())
