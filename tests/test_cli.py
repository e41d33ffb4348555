from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.inputs import extract_article

from .conftest import FIXTURES, KLIKWARTAKU, TinyModels
from .servers import LoopbackServer, send

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_summarize_json_end_to_end_in_a_subprocess(tiny_env: TinyModels) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer",
            "summarize",
            str(KLIKWARTAKU),
            "--json",
            "--bullets",
            "3",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    sentences = data["sentences"]
    assert [s["index"] for s in sentences] == list(range(len(sentences)))
    assert all(s["translation"].strip() for s in sentences)
    assert sentences[0]["text"].startswith("Kim Jong Un Tegaskan")
    assert sentences[-1]["text"].endswith("geopolitik global.")
    assert 1 <= len(data["bullets"]) <= 3
    assert data["language"]["used"] == "id"
    assert data["models"]["translation"] == str(tiny_env.marian)
    assert "Traceback" not in completed.stderr


def test_plain_output_lists_bullets_with_their_source_sentences(tiny_env: TinyModels) -> None:
    code, out, _err = run_cli("summarize", str(KLIKWARTAKU), "--bullets", "2")
    assert code == 0
    bullet_lines = [line for line in out.splitlines() if line.startswith("- ")]
    assert 1 <= len(bullet_lines) <= 2
    assert all("[sentences " in line or "[no supporting sentence]" in line for line in bullet_lines)


def test_models_can_be_given_as_flags(tiny_models: TinyModels) -> None:
    code, out, err = run_cli(
        "summarize",
        str(KLIKWARTAKU),
        "--translation-model",
        str(tiny_models.marian),
        "--summarization-model",
        str(tiny_models.bart),
        "--backend",
        "transformers",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["models"]["summarization"] == str(tiny_models.bart)


def test_stdin_input(tiny_env: TinyModels, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(KLIKWARTAKU.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _err = run_cli("summarize", "-", "--json")
    assert code == 0
    assert json.loads(out)["language"]["used"] == "id"


def test_detect_json() -> None:
    code, out, _err = run_cli("detect", str(KLIKWARTAKU), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["language"] == "id"
    assert data["probability"] > 0.9
    assert data["candidates"][0]["language"] == "id"


@pytest.mark.parametrize(
    ("argv", "content", "expected_code", "message"),
    [
        (["summarize", "{path}"], "   \n  ", 1, "empty"),
        (["summarize", "{path}"], "12345 !!! 678 ???", 1, "letters"),
        (["summarize", "{missing}"], None, 1, "Cannot read"),
        (["summarize", "{path}", "--bullets", "0"], "Teks.", 2, "--bullets=0 is out of range"),
        (["summarize", "{path}", "--beams", "9"], "Teks.", 2, "--beams=9 is out of range"),
        (["summarize", "{path}", "--translation-model", " "], "Teks.", 2, "--translation-model"),
        (["detect", "{path}"], "Halo", 1, "Too little text"),
    ],
)
def test_bad_input_gives_one_clear_line_and_no_traceback(
    tmp_path: Path, argv: list[str], content: str | None, expected_code: int, message: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    args = [a.format(path=path, missing=tmp_path / "missing.txt") for a in argv]
    code, out, err = run_cli(*args)
    assert code == expected_code
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("error: ") and message.lower() in err.lower()
    assert "SUMMARIZER_" not in err or "--" not in message  # a flag is named as typed
    assert "Traceback" not in err


def test_a_bad_environment_value_is_still_named_by_its_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_BULLETS", "0")
    path = tmp_path / "a.txt"
    path.write_text("Teks.", encoding="utf-8")
    code, _out, err = run_cli("summarize", str(path))
    assert code == 2 and err.startswith("error: SUMMARIZER_BULLETS=0 is out of range; use 1–10.")


@pytest.mark.parametrize(
    ("codec", "bom"),
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32", b"")],
)
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(
    tmp_path: Path, codec: str, bom: bytes
) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(bom + KLIKWARTAKU.read_text(encoding="utf-8").encode(codec))
    code, out, err = run_cli("detect", str(path), "--json")
    assert code == 0, err
    assert json.loads(out)["language"] == "id"


def test_a_lone_surrogate_is_a_replacement_character_not_a_crash(
    tmp_path: Path, tiny_env: TinyModels
) -> None:
    text = KLIKWARTAKU.read_text(encoding="utf-8").replace("Rusia", "Rusia \ud800", 1)
    path = tmp_path / "surrogate.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"))
    code, out, err = run_cli("summarize", str(path), "--json", "--bullets", "1")
    assert code == 0, err
    data = json.loads(out)
    assert any("\ufffd" in sentence["text"] for sentence in data["sentences"])
    assert any("could not be read" in warning for warning in data["warnings"])


def test_a_surrogate_in_a_typed_url_is_an_ordinary_refusal() -> None:
    # A non-UTF-8 byte in argv reaches Python as a lone surrogate (surrogateescape).
    code, out, err = run_cli("extract", "--url", "http://kompas.com/\udcff")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and "unexpected" not in err
    code, _out, err = run_cli("summarize", "--url", "ftp://kompas.com/\udcff")
    assert code == 1 and "http:// or https://" in err and "unexpected" not in err


def test_an_html_file_is_extracted_like_a_fetched_page(tiny_env: TinyModels) -> None:
    page = FIXTURES / "html" / "kompas-singlepage2.html"
    code, out, err = run_cli("summarize", str(page), "--json", "--bullets", "1")
    assert code == 0, err
    data = json.loads(out)
    article = extract_article(page.read_bytes(), page.name)
    assert data["source"]["title"] == article.title
    joined = " ".join(sentence["text"] for sentence in data["sentences"])
    assert joined.split() == " ".join(article.paragraphs).split()
    assert "HTML" not in " ".join(data["warnings"])  # not the pasted-HTML cleaner


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, _out, err = run_cli("summarize", str(path))
    assert code == 1 and "does not look like text" in err


def test_unloadable_model_names_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(KLIKWARTAKU.read_text(encoding="utf-8"), encoding="utf-8")
    code, _out, err = run_cli(
        "summarize", str(path), "--translation-model", str(tmp_path / "nowhere")
    )
    assert code == 1
    assert "SUMMARIZER_TRANSLATION_MODEL" in err and "nowhere" in err


@pytest.fixture
def news_site(monkeypatch: pytest.MonkeyPatch):
    page = (FIXTURES / "html" / "kompas-singlepage2.html").read_bytes()
    server = LoopbackServer(
        {"/berita": send(200, page), "/pdf": send(200, b"%PDF-1.4", "application/pdf")}
    )
    monkeypatch.setenv("SUMMARIZER_ALLOW_LOOPBACK_URLS", "1")
    monkeypatch.setenv("SUMMARIZER_ALLOWED_PORTS", f"{server.port},80,443")
    yield server
    server.close()


def test_extract_url_prints_the_clean_article_as_json(news_site: LoopbackServer) -> None:
    code, out, err = run_cli("extract", "--url", news_site.url("/berita"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"url", "final_url", "title", "date", "author", "site", "text", "paragraphs"} <= set(
        data
    )
    assert data["final_url"] == news_site.url("/berita")
    assert data["title"] and len(data["text"].split()) > 100
    assert "Baca juga" not in data["text"]


def test_summarize_url_uses_the_same_fetcher(news_site: LoopbackServer, tiny_env) -> None:
    code, out, err = run_cli("summarize", "--url", news_site.url("/berita"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["source"]["url"] == news_site.url("/berita") and data["source"]["title"]
    assert data["sentences"] and data["bullets"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", "only fetches public web pages"),
        ("file:///etc/passwd", "http"),
        ("{base}/pdf", "PDF"),
    ],
)
def test_bad_urls_fail_in_one_line(news_site: LoopbackServer, url: str, message: str) -> None:
    base = news_site.url("")
    code, out, err = run_cli("extract", "--url", url.format(base=base))
    assert code == 1 and out == ""
    assert err.startswith("error: ") and message.lower() in err.lower()
    assert len(err.strip().splitlines()) == 1
