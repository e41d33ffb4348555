from __future__ import annotations

import json

import pytest

from summarizer.config import Settings
from summarizer.errors import InputError, LanguageError, ModelLoadError
from summarizer.inputs import ArticleInput, from_text
from summarizer.models import BackendPool
from summarizer.output import _export as export
from summarizer.pipeline import Pipeline
from summarizer.result import SourceInfo

from .conftest import INDOSUM
from .fakes import FakeBackend, RecordingBackend, first_sentence


def long_indonesian_article(words: int = 4000) -> tuple[str, str]:
    """Real IndoSum articles joined to ~``words`` words, ending with a unique marker sentence."""
    paragraphs: list[str] = []
    for line in INDOSUM.read_text(encoding="utf-8").splitlines():
        paragraphs.extend(json.loads(line)["article"].split("\n\n"))
        if sum(len(p.split()) for p in paragraphs) >= words:
            break
    marker = "Kalimat terakhir ini memuat penanda ZQXWV untuk pengujian."
    return "\n\n".join([*paragraphs, marker]), "ZQXWV"


def test_klikwartaku_gives_an_aligned_result(
    tiny_settings: Settings, klikwartaku_text: str
) -> None:
    result = Pipeline(tiny_settings).run(klikwartaku_text)
    assert result.language.used == "id"
    assert result.language.detected == "id"
    assert 0.5 < result.language.probability <= 1.0
    assert (
        result.sentences[0].text == "Kim Jong Un Tegaskan Dukungan Penuh Rusia dalam Perang Ukraina"
    )
    assert [s.index for s in result.sentences] == list(range(len(result.sentences)))
    assert all(s.translation.strip() for s in result.sentences)
    assert result.sentences[-1].text.endswith("geopolitik global.")
    paragraphs = [s.paragraph for s in result.sentences]
    assert paragraphs == sorted(paragraphs) and paragraphs[-1] > 5
    assert 1 <= len(result.bullets) <= 5
    assert result.models["translation"] == tiny_settings.translation_model
    assert set(result.timings) >= {"prepare", "detect", "translate", "summarize", "ground"}
    assert any("boilerplate" in w.lower() or "removed" in w.lower() for w in result.warnings)
    data = json.loads(result.to_json())
    assert set(data) >= {"language", "sentences", "bullets", "models", "timings", "warnings"}
    assert set(data["language"]) >= {"detected", "probability", "used"}
    assert set(data["sentences"][0]) == {"index", "paragraph", "text", "translation", "flags"}
    assert set(data["bullets"][0]) >= {"text", "sources", "scores", "flags"}


def test_long_article_is_processed_to_its_last_sentence(tiny_settings: Settings) -> None:
    text, marker = long_indonesian_article()
    assert len(text.split()) > 3500
    translator = RecordingBackend(BackendPool().get("translation", tiny_settings))
    summarizer = RecordingBackend(BackendPool().get("summarization", tiny_settings))
    result = Pipeline(
        tiny_settings, translation_backend=translator, summarization_backend=summarizer
    ).run(text, bullets=4)
    assert marker in result.sentences[-1].text
    assert any(marker in piece for piece in translator.inputs)
    limit = translator.max_input_tokens
    assert max(translator.count_tokens(translator.inputs)) <= limit
    # The summariser saw the last sentence's translation, in chunks that fit its window.
    first_round = summarizer.inputs[: result.coverage.chunks_total]
    assert " ".join(first_round) == " ".join(s.translation for s in result.sentences)
    assert first_round[-1].endswith(result.sentences[-1].translation)
    assert max(summarizer.count_tokens(summarizer.inputs)) <= summarizer.max_input_tokens
    assert result.coverage.sentences_translated == result.coverage.sentences_total
    assert result.coverage.chunks_summarized == result.coverage.chunks_total > 2
    assert 1 <= len(result.bullets) <= 4


def test_long_english_article_reaches_the_summarizer_in_full(tiny_settings: Settings) -> None:
    sentence = "The committee met again on Monday to discuss the budget for next year."
    text = " ".join([sentence] * 120) + " The very last sentence mentions ZQXWV."
    summarizer = RecordingBackend(BackendPool().get("summarization", tiny_settings))
    result = Pipeline(tiny_settings, summarization_backend=summarizer).run(text, source_lang="en")
    assert result.language.used == "en"
    assert all(s.translation == s.text for s in result.sentences)
    assert result.models["translation"].startswith("none")
    first_round = summarizer.inputs[: result.coverage.chunks_total]
    assert "ZQXWV" in " ".join(first_round)


def test_english_input_is_not_translated() -> None:
    translator = FakeBackend(respond=lambda _t, _o: pytest.fail("translated English"))
    summarizer = FakeBackend(max_input_tokens=400, respond=first_sentence)
    text = (
        "The central bank raised interest rates by a quarter point on Thursday. Officials said "
        "inflation remained above the target. Markets had expected the move for several weeks."
    )
    result = Pipeline(
        Settings.from_env(), translation_backend=translator, summarization_backend=summarizer
    ).run(text)
    assert result.language.used == "en"
    assert (
        result.bullets[0].text
        == "The central bank raised interest rates by a quarter point on Thursday."
    )
    assert result.bullets[0].sources[0] == 0
    # Nothing went through the translation model, and the coverage line never says otherwise.
    assert result.coverage.sentences_translated == 0 and result.coverage.sentences_total == 3
    line = export.coverage_line(result)
    assert line.startswith("3 sentences, not translated (English);") and "Translated" not in line


def test_mixed_text_keeps_english_sentences(tiny_settings: Settings) -> None:
    text = (
        "Pemerintah Indonesia mengumumkan kebijakan baru tentang harga beras pada hari Senin. "
        "The new policy will take effect across the country next month, officials said. "
        "Menteri Perdagangan menyatakan bahwa stok beras nasional masih aman hingga akhir tahun."
    )
    translator = RecordingBackend(BackendPool().get("translation", tiny_settings))
    result = Pipeline(tiny_settings, translation_backend=translator).run(text)
    assert result.language.used == "id"
    english = result.sentences[1]
    assert english.translation == english.text
    assert english.text not in translator.inputs
    assert any("already in English" in warning for warning in result.warnings)
    assert result.coverage.sentences_translated == 2 and result.coverage.sentences_total == 3
    assert export.coverage_line(result).startswith(
        "Translated 2/3 sentences (1 already in English, kept as written);"
    )


def test_unsupported_language_is_named() -> None:
    text = (
        "Het kabinet heeft vandaag nieuwe maatregelen aangekondigd om de woningnood aan te "
        "pakken. De minister zei dat er volgend jaar meer huizen gebouwd moeten worden."
    )
    with pytest.raises(LanguageError, match="Dutch"):
        Pipeline(Settings.from_env()).run(text)


def test_too_long_text_is_refused_with_the_limit_named() -> None:
    settings = Settings.from_env({"SUMMARIZER_MAX_CHARS": "1000"})
    with pytest.raises(InputError, match=r"limit is 1,000.*SUMMARIZER_MAX_CHARS"):
        Pipeline(settings).run("Kalimat yang panjang sekali. " * 100)


def test_unloadable_model_names_model_and_setting(tmp_path) -> None:
    missing = tmp_path / "no-such-model"
    settings = Settings.from_env({"SUMMARIZER_TRANSLATION_MODEL": str(missing)})
    with pytest.raises(ModelLoadError) as caught:
        Pipeline(settings).run("Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah.")
    message = str(caught.value)
    assert str(missing) in message and "SUMMARIZER_TRANSLATION_MODEL" in message


def test_broken_model_directory_is_a_clear_error(tmp_path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{not json")
    settings = Settings.from_env({"SUMMARIZER_SUMMARIZATION_MODEL": str(broken)})
    with pytest.raises(ModelLoadError, match="SUMMARIZER_SUMMARIZATION_MODEL"):
        BackendPool().get("summarization", settings)


def test_a_backend_fallback_is_said_in_the_warnings() -> None:
    translator = FakeBackend(max_input_tokens=200)
    translator.fallback_reason = (
        "CTranslate2 is unavailable for m (no converter); using plain transformers"
    )
    summarizer = FakeBackend(max_input_tokens=400, respond=first_sentence)
    text = (
        "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin. Jalan tol "
        "sepanjang 40 kilometer itu menghubungkan Semarang dan Solo."
    )
    result = Pipeline(
        Settings.from_env(), translation_backend=translator, summarization_backend=summarizer
    ).run(text)
    assert any("slower than usual" in w and "CTranslate2" in w for w in result.warnings)


ENGLISH = (
    "The central bank raised interest rates by a quarter point on Thursday. Officials said "
    "inflation remained above the target. Markets had expected the move for several weeks."
)


def fake_pipeline(settings: Settings | None = None) -> Pipeline:
    return Pipeline(
        settings or Settings.from_env(),
        translation_backend=FakeBackend(max_input_tokens=200),
        summarization_backend=FakeBackend(max_input_tokens=400, respond=first_sentence),
    )


def test_summarize_keeps_the_article_source_and_puts_its_warnings_first() -> None:
    source = SourceInfo(url="https://example.com/a", title="Rates")
    article = ArticleInput("url", ENGLISH, source, ("The text may be partial.",))
    result = fake_pipeline().summarize(article, bullets=1)
    assert result.source == source
    assert result.warnings[0] == "The text may be partial."
    assert result.bullets[0].sources == (0,)
    plain = fake_pipeline().run(ENGLISH, bullets=1)
    assert result.warnings[1:] == plain.warnings and result.sentences == plain.sentences


def test_pipeline_has_no_url_flow_of_its_own() -> None:
    assert not hasattr(Pipeline, "run_url")  # URLs go through summarizer.inputs.from_url


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"bullets": 0}, "between 1 and 10"),
        ({"bullets": 11}, "between 1 and 10"),
        ({"bullets": True}, "between 1 and 10"),
        ({"source_lang": "fr"}, "use auto, id, en"),
    ],
)
def test_bad_run_options_are_refused(options: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        fake_pipeline().summarize(from_text(ENGLISH, Settings.from_env()), **options)


def test_lone_surrogates_reaching_the_pipeline_become_replacement_characters() -> None:
    text = ENGLISH.replace("Officials", "Officials \ud800\udc00x")
    pipeline = fake_pipeline()
    assert pipeline.detect(text).language == "en"
    result = pipeline.run(text, bullets=1)
    assert "Officials \ufffd\ufffdx said" in result.sentences[1].text
    result.to_json().encode("utf-8")  # nothing unencodable is left
    assert any("could not be read" in warning for warning in result.warnings)


def test_partial_translations_grow_batch_by_batch_to_the_result(tiny_settings: Settings) -> None:
    """``partial`` first sees every sentence pending, then the first sentence (translated alone,
    first), then each batch's translations."""
    settings = tiny_settings.replace(translation_batch_size=2)
    translator = FakeBackend(max_input_tokens=64, respond=lambda text, _o: f"EN {text}")
    summarizer = FakeBackend(max_input_tokens=512, respond=first_sentence)
    seen: list[tuple[tuple[str, ...], frozenset[int]]] = []
    text = " ".join(f"Kalimat ke-{i} berisi berita tentang banjir di kota." for i in range(5))
    result = Pipeline(
        settings, translation_backend=translator, summarization_backend=summarizer
    ).run(
        text,
        source_lang="id",
        partial=lambda sentences, pending: seen.append(
            (tuple(s.translation for s in sentences), pending)
        ),
    )
    assert seen[0] == (("",) * 5, frozenset(range(5)))
    assert [len(pending) for _, pending in seen] == [5, 4, 2, 0]  # the first, then batches of two
    assert seen[1][1] == frozenset(range(1, 5))
    for translations, pending in seen:
        for index, translation in enumerate(translations):
            final = result.sentences[index].translation
            assert translation == ("" if index in pending else final)
