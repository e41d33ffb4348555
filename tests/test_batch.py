"""``python -m summarizer batch``: JSON Lines in, one line out per article, resumable.

Tiny random models: records are checked for structure, ids and errors, never for words.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from summarizer.batch import HOST_DELAY, PER_HOST, BatchOptions, read_items, run_batch
from summarizer.cli import main
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.inputs import from_text
from summarizer.pipeline import Pipeline

from .conftest import FIXTURES, INDOSUM, TinyModels
from .fakes import FakeBackend, first_sentence
from .servers import LoopbackServer, send

ROOT = Path(__file__).resolve().parent.parent
PAGE = (FIXTURES / "html" / "kompas-singlepage2.html").read_bytes()


def indosum_texts(count: int) -> list[str]:
    """The first paragraphs of the IndoSum sample's articles, cycled: short Indonesian news."""
    articles = [json.loads(line)["article"] for line in INDOSUM.read_text().splitlines()]
    return ["\n\n".join(articles[n % len(articles)].split("\n")[:3]) for n in range(count)]


def write_lines(path: Path, rows: list[dict[str, Any] | str]) -> Path:
    text = "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")
    return path


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def without_timings(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "timings"}


@pytest.fixture(autouse=True)
def _one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """One model thread: on a shared, loaded machine, tiny models on two threads each run tens of
    times slower (threads waiting for each other)."""
    monkeypatch.setenv("SUMMARIZER_THREADS", "1")


@pytest.fixture
def news_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    server = LoopbackServer(
        {"/berita": send(200, PAGE), "/pdf": send(200, b"%PDF-1.4", "application/pdf")}
    )
    monkeypatch.setenv("SUMMARIZER_ALLOW_LOOPBACK_URLS", "1")
    monkeypatch.setenv("SUMMARIZER_ALLOWED_PORTS", f"{server.port},80,443")
    yield server
    server.close()


def mixed_rows(site: LoopbackServer) -> list[dict[str, Any]]:
    texts = indosum_texts(4)
    return [
        {"id": "t1", "text": texts[0]},
        {"id": "u1", "url": site.url("/berita"), "bullets": 2},
        {"id": "empty", "text": "   "},
        {"id": 7, "text": texts[1], "source_lang": "id"},
        {"id": "pdf", "url": site.url("/pdf")},
        {"id": "both", "text": texts[2], "url": site.url("/berita")},
        {"id": "lang", "text": texts[3], "source_lang": "xx"},
        {"id": "missing", "url": site.url("/nothing-here")},
        {"id": "t2", "text": texts[3], "bullets": 1},
    ]


def test_text_and_url_lines_with_bad_ones_mixed_in(
    tiny_env: TinyModels, news_site: LoopbackServer, tmp_path: Path
) -> None:
    source = write_lines(tmp_path / "in.jsonl", mixed_rows(news_site))
    code, _, err = run_cli("batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1, err  # some articles failed; the others were all done
    records = read_records(tmp_path / "out.jsonl")
    assert sorted(map(str, (r["id"] for r in records))) == sorted(
        ["t1", "u1", "empty", "7", "pdf", "both", "lang", "missing", "t2"]
    )
    by_id = {record["id"]: record for record in records}
    assert next(iter(by_id)) == next(iter(records[0])) or True
    for good in ("t1", "u1", 7, "t2"):
        record = by_id[good]
        assert next(iter(record)) == "id"  # then the JSON of summarize --json
        assert {"language", "sentences", "bullets", "models", "coverage", "source"} <= set(record)
        assert record["sentences"] and record["bullets"]
    assert len(by_id["u1"]["bullets"]) <= 2 and by_id["u1"]["source"]["url"] == news_site.url(
        "/berita"
    )
    assert len(by_id["t2"]["bullets"]) == 1
    errors = {key: by_id[key]["error"] for key in ("empty", "pdf", "both", "lang", "missing")}
    assert errors["empty"]["type"] == "InputError"
    # a link to a PDF is read as a document; this one is only a header, so it is damaged
    assert errors["pdf"]["type"] == "CorruptDocumentError"
    assert errors["both"]["type"] == "InputError" and "not both" in errors["both"]["message"]
    assert errors["lang"]["type"] == "InputError" and "xx" in errors["lang"]["message"]
    assert errors["missing"]["type"] == "HTTPStatusError"
    assert all(set(error) == {"type", "message"} and error["message"] for error in errors.values())
    assert "5 failed" in err and "5 of 9 articles have an error line" in err


def test_a_group_of_one_gives_exactly_the_one_article_result(
    tiny_settings: Settings, tmp_path: Path
) -> None:
    texts = indosum_texts(3)
    source = write_lines(tmp_path / "in.jsonl", [{"id": n, "text": t} for n, t in enumerate(texts)])
    out = tmp_path / "out.jsonl"
    options = BatchOptions(group_size=1, progress=False)
    report = run_batch(str(source), str(out), tiny_settings, options)
    assert report.ok and report.succeeded == 3
    pipeline = Pipeline(tiny_settings)
    for record in read_records(out):
        alone = pipeline.summarize(from_text(texts[record["id"]], tiny_settings)).to_dict()
        assert without_timings(record) == {"id": record["id"], **without_timings(alone)}


def test_articles_translated_together_each_get_their_own_sentences(tiny_settings: Settings) -> None:
    texts = indosum_texts(5)
    pipeline = Pipeline(tiny_settings)
    articles = [from_text(text, tiny_settings) for text in texts]
    articles.insert(2, from_text("", tiny_settings))  # fails alone
    outcomes = pipeline.summarize_many(articles)
    assert isinstance(outcomes[2], InputError)
    for article, outcome in zip(
        articles[:2] + articles[3:], outcomes[:2] + outcomes[3:], strict=True
    ):
        alone = pipeline.summarize(article)
        assert not isinstance(outcome, Exception)
        assert [s.text for s in outcome.sentences] == [s.text for s in alone.sentences]
        assert outcome.bullets and outcome.coverage == alone.coverage


def test_duplicate_ids_are_refused_before_any_work(tiny_env: TinyModels, tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}, {"id": "a", "url": "z"}]
    source = write_lines(tmp_path / "in.jsonl", rows)
    code, _, err = run_cli("batch", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    assert "Duplicate ids" in err and "'a' on lines 1, 3" in err and "nothing was summarized" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_lines_without_an_id_are_refused_naming_them() -> None:
    lines = [
        '{"id": "a", "text": "x"}',
        "",
        "not json",
        '["a"]',
        '{"text": "no id"}',
        '{"id": true}',
    ]
    with pytest.raises(InputError) as refused:
        read_items(lines)
    message = str(refused.value)
    for number in (3, 4, 5, 6):
        assert f"line {number}:" in message
    assert "line 1:" not in message and "line 2:" not in message


def test_stdin_to_stdout_and_exit_status_zero(
    tiny_env: TinyModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"id": f"s{n}", "text": text} for n, text in enumerate(indosum_texts(3))]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(r) for r in rows)))
    code, out, err = run_cli("batch", "-", "-o", "-")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["s0", "s1", "s2"]
    assert "3 articles summarized, 0 failed" in err


# --- resume -------------------------------------------------------------------------------------


def slow_page(pause: float) -> Any:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(pause)
        send(200, PAGE)(handler)

    return route


def test_a_killed_run_resumes_with_every_id_exactly_once(
    tiny_env: TinyModels, news_site: LoopbackServer, tmp_path: Path
) -> None:
    news_site.routes["/slow"] = slow_page(0.2)
    texts = indosum_texts(8)
    rows: list[dict[str, Any] | str] = []
    for n in range(24):  # text groups first, then slow URLs: the run is killed among them
        rows.append(
            {"id": f"a{n}", "text": texts[n % 8]}
            if n < 8
            else {"id": f"a{n}", "url": news_site.url("/slow")}
        )
    source = write_lines(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    child = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(out), "--no-progress"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(_lines(out)) < 8:
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    before = read_records(out)
    assert 8 <= len(before) < 24, "the kill came mid-run"
    # A kill in the middle of writing a line leaves it cut short: it is found and redone.
    cut_id = rows[len(before)]["id"]  # type: ignore[index]
    with out.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": cut_id, "language": {"detected": "id"}})[:25])

    code, _, err = run_cli("batch", str(source), "-o", str(out), "--no-progress")
    assert code == 0, err
    ids = [record["id"] for record in read_records(out)]
    assert sorted(ids) == sorted(row["id"] for row in rows)  # type: ignore[index]
    assert len(ids) == len(set(ids)) == 24
    assert f"{len(before)} already in the output" in err

    again_code, _, again_err = run_cli("batch", str(source), "-o", str(out), "--no-progress")
    assert again_code == 0 and "0 articles summarized" in again_err  # nothing done twice
    assert len(read_records(out)) == 24


def _lines(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().split(b"\n")[:-1]] if path.exists() else []


def test_error_lines_already_in_the_output_still_fail_the_exit_status(
    tiny_env: TinyModels, tmp_path: Path
) -> None:
    source = write_lines(
        tmp_path / "in.jsonl", [{"id": "a", "text": ""}, {"id": "b", "text": indosum_texts(1)[0]}]
    )
    out = tmp_path / "out.jsonl"
    assert run_cli("batch", str(source), "-o", str(out), "--no-progress")[0] == 1
    code, _, err = run_cli("batch", str(source), "-o", str(out), "--no-progress")
    assert code == 1 and "1 of 2 articles have an error line" in err
    assert len(read_records(out)) == 2


def test_no_resume_starts_over_and_two_workers_each_load_their_models(
    tiny_settings: Settings, tmp_path: Path
) -> None:
    texts = indosum_texts(5)
    source = write_lines(tmp_path / "in.jsonl", [{"id": n, "text": t} for n, t in enumerate(texts)])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": 0, "error": {"type": "X", "message": "old"}}\n{"id": 1, "langu')
    options = BatchOptions(workers=2, group_size=2, resume=False, progress=False)
    report = run_batch(str(source), str(out), tiny_settings, options)
    assert (report.skipped, report.succeeded, report.failed) == (0, 5, 0)
    assert sorted(record["id"] for record in read_records(out)) == [0, 1, 2, 3, 4]


def test_an_output_that_is_not_batch_results_is_not_appended_to(
    tiny_env: TinyModels, tmp_path: Path
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [{"id": "a", "text": "x"}])
    out = tmp_path / "notes.txt"
    out.write_text("my notes\nmore\n")
    code, _, err = run_cli("batch", str(source), "-o", str(out))
    assert code == 1 and "is not a batch result line" in err
    assert out.read_text() == "my notes\nmore\n"


# --- politeness ---------------------------------------------------------------------------------


@dataclass
class ConnectionCounter:
    """Requests in progress per Host header, the most seen at once, and each start time."""

    pause: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    now: dict[str, int] = field(default_factory=dict)
    most: dict[str, int] = field(default_factory=dict)
    starts: dict[str, list[float]] = field(default_factory=dict)
    total_most: int = 0

    def route(self, handler: BaseHTTPRequestHandler) -> None:
        host = handler.headers["Host"].split(":")[0]
        with self.lock:
            self.now[host] = self.now.get(host, 0) + 1
            self.most[host] = max(self.most.get(host, 0), self.now[host])
            self.total_most = max(self.total_most, sum(self.now.values()))
            self.starts.setdefault(host, []).append(time.monotonic())
        try:
            time.sleep(self.pause)
            send(200, PAGE)(handler)
        finally:
            with self.lock:
                self.now[host] -= 1


def test_at_most_two_fetches_at_once_per_host_spaced_apart(
    tiny_env: TinyModels, news_site: LoopbackServer, tmp_path: Path
) -> None:
    counter = ConnectionCounter(pause=0.6)
    news_site.routes["/count"] = counter.route
    rows = [
        {"id": f"{host}-{n}", "url": news_site.url("/count", host=host)}
        for n in range(5)
        for host in ("127.0.0.1", "localhost")
    ]
    source = write_lines(tmp_path / "in.jsonl", rows)
    code, _, err = run_cli("batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress")
    assert code == 0, err
    assert counter.most == {"127.0.0.1": PER_HOST, "localhost": PER_HOST}
    assert counter.total_most > PER_HOST  # different hosts are fetched at the same time
    for starts in counter.starts.values():
        gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
        assert len(starts) == 5 and min(gaps) >= HOST_DELAY * 0.9


def test_a_model_that_does_not_load_stops_the_run_without_error_lines(
    tiny_env: TinyModels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_TRANSLATION_MODEL", str(tmp_path / "nowhere"))
    source = write_lines(tmp_path / "in.jsonl", [{"id": "a", "text": indosum_texts(1)[0]}])
    out = tmp_path / "out.jsonl"
    code, _, err = run_cli("batch", str(source), "-o", str(out), "--no-progress")
    assert code == 1 and "SUMMARIZER_TRANSLATION_MODEL" in err
    assert out.read_text() == ""  # a rerun with the model fixed does every article


def test_the_glossary_applies_to_every_article_of_a_joint_batch(tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("Natal\tChristmas Day\n", encoding="utf-8")
    settings = Settings(source_lang="id", glossary=str(glossary))
    text = "Perayaan Natal tahun ini digelar sederhana. Warga berkumpul di alun-alun kota."
    rows = [{"id": name, "text": text} for name in ("a", "b", "c")]
    source = write_lines(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"

    def copying(settings: Settings) -> Pipeline:  # a translator that copies what it is given
        return Pipeline(
            settings,
            translation_backend=FakeBackend(respond=lambda text, _options: text),
            summarization_backend=FakeBackend(respond=first_sentence),
        )

    report = run_batch(
        str(source), str(out), settings, BatchOptions(progress=False), pipeline=copying
    )
    assert report.ok and report.succeeded == 3
    for record in read_records(out):
        kept = {(term["term"], term["rendering"], term["origin"]) for term in record["terms"]}
        assert ("Natal", "Christmas Day", "glossary") in kept
        assert "Perayaan Christmas Day" in record["sentences"][0]["translation"]


def test_a_bad_glossary_stops_the_batch_before_any_work(
    tiny_env: TinyModels, tmp_path: Path
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [{"id": "a", "text": indosum_texts(1)[0]}])
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "missing.tsv")
    code, _, err = run_cli("batch", str(source), "-o", str(out), "--glossary", missing)
    assert code == 2
    assert err.startswith("error: --glossary: cannot read the glossary file")
    assert not out.exists() or out.read_text() == ""
