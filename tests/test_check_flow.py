"""The translation check through the pipeline, the CLI, the API and ``evaluate``.

A scripted translator that mistranslates names (as opus-mt turns "Natal" into "Christmas")
shows names and glossary terms kept end to end; tiny random-weight models show the
placeholder/restore structure and ``evaluate`` on real backends (their words mean nothing).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from summarizer.api import create_app
from summarizer.cli import main
from summarizer.config import Settings
from summarizer.models import BackendPool, GenerationOptions, Role
from summarizer.pipeline import Pipeline

from .conftest import TinyModels
from .fakes import FakeBackend, RecordingBackend, first_sentence

ARTICLE = (
    "Presiden Afrika Selatan mengunjungi KwaZulu-Natal pada Senin bersama para menteri. "
    "Ribuan warga menyambut kedatangan rombongan itu di sepanjang jalan utama kota. "
    "Perayaan Natal tahun ini digelar sederhana karena banjir besar melanda wilayah tersebut."
)


def mistranslate(text: str, _options: GenerationOptions) -> str:
    """Copies its input, except that the word Natal becomes Christmas."""
    return text.replace("Natal", "Christmas")


def scripted_pipeline(settings: Settings | None = None) -> tuple[Pipeline, FakeBackend]:
    translator = FakeBackend(respond=mistranslate, model_id="scripted-translator")
    summarizer = FakeBackend(respond=first_sentence, model_id="scripted-summarizer")
    pipeline = Pipeline(
        settings or Settings(source_lang="id"),
        translation_backend=translator,
        summarization_backend=summarizer,
    )
    return pipeline, translator


def test_names_are_kept_and_the_glossary_applied_through_the_pipeline() -> None:
    pipeline, translator = scripted_pipeline()
    partials: list[str] = []
    result = pipeline.run(
        ARTICLE,
        glossary={"Natal": "Christmas"},
        partial=lambda sentences, _pending: partials.extend(s.translation for s in sentences),
    )
    assert any("Zxaq" in text for text in translator.inputs)  # the model saw placeholders
    assert not any("Zx" in text for text in partials)  # the reader never does
    first, _, third = result.sentences
    assert "KwaZulu-Natal" in first.translation and "Christmas" not in first.translation
    assert "Perayaan Christmas" in third.translation  # the glossary's rendering
    assert (0, "KwaZulu-Natal", "KwaZulu-Natal", "name") in {
        (t.sentence, t.term, t.rendering, t.origin) for t in result.terms
    }
    assert (2, "Natal", "Christmas", "glossary") in {
        (t.sentence, t.term, t.rendering, t.origin) for t in result.terms
    }
    # The scripted "translation" copies the Indonesian: the check says so on every sentence.
    assert all(s.flags and s.flags[0].kind == "untranslated" for s in result.sentences)
    data = json.loads(result.to_json())
    assert data["sentences"][0]["flags"][0]["kind"] == "untranslated"
    assert data["terms"]


def test_a_mistranslation_the_model_insists_on_is_flagged_and_reaches_the_bullet() -> None:
    translator = FakeBackend(
        respond=lambda text, _o: (
            "The South African president visited KwaZulu-Christmas on Monday with ministers."
            if "Senin" in text
            else "Thousands of residents welcomed the group along the city's main road."
        ),
    )
    pipeline = Pipeline(
        Settings(source_lang="id"),
        translation_backend=translator,
        summarization_backend=FakeBackend(respond=first_sentence),
    )
    result = pipeline.run(ARTICLE.rsplit(" Perayaan", 1)[0], bullets=1)
    (finding,) = result.sentences[0].flags
    assert (finding.kind, finding.span, finding.source_span) == (
        "name",
        "KwaZulu-Christmas",
        "KwaZulu-Natal",
    )
    (bullet,) = result.bullets
    assert any(
        f.kind == "translation" and "doubtful translation of sentence 1" in f.message
        for f in bullet.flags
    )


def test_the_glossary_file_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "glossary.tsv"
    path.write_text("Natal\tChristmas\n", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_GLOSSARY", str(path))
    monkeypatch.setenv("SUMMARIZER_SOURCE_LANG", "id")
    pipeline, _ = scripted_pipeline(Settings.from_env())
    result = pipeline.run(ARTICLE)
    assert ("Natal", "Christmas", "glossary") in {
        (t.term, t.rendering, t.origin) for t in result.terms
    }


def test_a_bad_glossary_in_the_environment_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "glossary.tsv"
    path.write_text("a\tb\tc\n", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_GLOSSARY", str(path))
    out, err = io.StringIO(), io.StringIO()
    code = main(["detect", "-"], stdout=out, stderr=err)
    assert code == 2
    assert err.getvalue().startswith("error: SUMMARIZER_GLOSSARY")


def test_a_bad_glossary_flag_is_named(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    missing = str(tmp_path / "missing.tsv")
    assert main(["summarize", "-", "--glossary", missing], stdout=out, stderr=err) == 2
    assert err.getvalue().startswith("error: --glossary: cannot read the glossary file")


def test_the_api_takes_a_glossary(tmp_path: Path) -> None:
    app = create_app(Settings(source_lang="id"), lambda s: scripted_pipeline(s)[0])
    client = TestClient(app)
    response = client.post(
        "/v1/summarize", json={"text": ARTICLE, "glossary": {"Natal": "Christmas"}}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert {"term": "Natal", "rendering": "Christmas", "origin": "glossary", "sentence": 2} in body[
        "terms"
    ]
    assert all("flags" in sentence for sentence in body["sentences"])
    bad = client.post("/v1/summarize", json={"text": ARTICLE, "glossary": {"  ": "x"}})
    assert bad.status_code == 422 and "glossary" in bad.json()["error"]["message"]
    wrong_type = client.post("/v1/summarize", json={"text": ARTICLE, "glossary": ["Natal"]})
    assert wrong_type.status_code == 422


# --- tiny random models ------


def test_placeholders_go_through_a_real_model_and_never_reach_the_result(
    tiny_settings: Settings,
) -> None:
    translator = RecordingBackend(BackendPool().get(Role.TRANSLATION, tiny_settings))
    pipeline = Pipeline(tiny_settings.replace(source_lang="id"), translation_backend=translator)
    result = pipeline.run(ARTICLE, glossary={"banjir": "flood"})
    assert any("Zxaq" in text for text in translator.inputs)
    # Every placeholder came back (restored) or the sentence was translated again as written.
    assert not any("zx" in s.translation.lower() for s in result.sentences)
    originals = {s.text for s in result.sentences}
    retried = [text for text in translator.inputs if text in originals]
    restored = {t.sentence for t in result.terms}
    protected = {
        i for i, s in enumerate(result.sentences) if "KwaZulu" in s.text or "banjir" in s.text
    }
    assert protected <= restored | {s.index for s in result.sentences if s.text in retried}
    assert all(isinstance(s.flags, tuple) for s in result.sentences)


def test_summarize_json_carries_flags_and_terms(tiny_env: TinyModels, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("banjir\tflood\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    argv = ["summarize", str(article), "--json", "--glossary", str(glossary), "--bullets", "1"]
    assert main(argv, stdout=out, stderr=err) == 0, err.getvalue()
    data = json.loads(out.getvalue())
    assert all(isinstance(s["flags"], list) for s in data["sentences"])
    assert isinstance(data["terms"], list)


def test_evaluate_translation_and_summary_with_tiny_models(
    tiny_env: TinyModels, tmp_path: Path
) -> None:
    refs = tmp_path / "refs.tsv"
    refs.write_text(
        "Harga beras naik 10 persen.\tRice prices rose 10 percent.\n"
        "Presiden mengunjungi Jakarta pada Senin.\tThe president visited Jakarta on Monday.\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    assert main(["evaluate", "translation", str(refs), "--json"], stdout=out, stderr=err) == 0
    report: dict[str, Any] = json.loads(out.getvalue())
    assert report["sentences"] == 2 and len(report["per_sentence"]) == 2
    assert 0 <= report["bleu"] <= 100 and 0 <= report["chrf"] <= 100
    assert 0 <= report["flag_rate"] <= 1
    assert {"source", "reference", "translation", "bleu", "chrf", "flags"} <= set(
        report["per_sentence"][0]
    )
    summaries = tmp_path / "refs.jsonl"
    summaries.write_text(
        json.dumps({"text": ARTICLE, "reference": "The president visited KwaZulu-Natal."}) + "\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["evaluate", "summary", str(summaries)], stdout=out, stderr=err) == 0
    lines = out.getvalue().splitlines()
    assert any(line.startswith("ROUGE-1: ") for line in lines)
    assert any(line.startswith("bullets on a doubtful translation: ") for line in lines)


def test_evaluate_refuses_a_bad_reference_file(tmp_path: Path) -> None:
    refs = tmp_path / "refs.tsv"
    refs.write_text("only one column\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["evaluate", "translation", str(refs)], stdout=out, stderr=err) == 1
    assert "line 1" in err.getvalue() and "source<TAB>English reference" in err.getvalue()
