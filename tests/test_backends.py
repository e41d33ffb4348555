"""Backends: CTranslate2 and transformers behind one interface, the conversion cache, fallback.

Tiny random-weight models (summarizer.testing) stand in for the real ones; they convert to
CTranslate2 exactly like opus-mt and distilbart do. Conversion runs in this process here
(``convert_in_subprocess=False``: the default child process only costs start-up time; one test
covers it).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from summarizer.config import COMPUTE_TYPES, Settings, available_cpus
from summarizer.errors import ConfigError, GenerationError, ModelLoadError
from summarizer.models import (
    BackendPool,
    CTranslate2Backend,
    Generated,
    GenerationOptions,
    ModelLock,
    Role,
    Seq2SeqBackend,
    TransformersBackend,
    checked_compute_type,
    load_backend,
)
from summarizer.models import _convert as convert
from summarizer.models import _pool as backends
from summarizer.pipeline import Pipeline
from summarizer.testing import build_bart, build_marian

from .fakes import FakeBackend, RecordingBackend, first_sentence, word_tokenizer

ROLES = {role: role.setting for role in Role}  # the variable that chooses each role's model
SENTENCES = [
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.",
    "Harga beras naik 3,5 persen.",
    "Menurut pejabat Barat, sekitar 11.000 tentara dikirim ke Rusia selama setahun terakhir.",
    "Kim Jong Un menegaskan dukungan penuh kepada Rusia.",
    "Rusia.",
]


def settings_for(tmp_path: Path, **changes: object) -> Settings:
    values: dict[str, object] = {"convert_in_subprocess": False, **changes}
    return Settings(cache_dir=str(tmp_path / "cache"), **values)  # type: ignore[arg-type]


def model_dir(tiny_models, role: str) -> Path:
    return tiny_models.marian if role == "translation" else tiny_models.bart


def both(
    path: Path, role: str, settings: Settings
) -> tuple[CTranslate2Backend, TransformersBackend]:
    return (
        CTranslate2Backend.load(str(path), ROLES[role], settings),
        TransformersBackend.load(str(path), ROLES[role], settings),
    )


def undecided(path: Path, scale: float, *, forced_bos: bool = False) -> Path:
    """Remove the builders' end-of-sequence bias, so outputs run to the length limit.

    ``scale`` multiplies the (tied) embeddings: at 1 the random logits are nearly flat; larger
    values give the clear margins between the best and next tokens that trained models have.
    ``forced_bos`` makes transformers force ``<s>`` first, as distilbart-cnn's config does.
    """
    import torch
    from transformers import AutoModelForSeq2SeqLM

    model = AutoModelForSeq2SeqLM.from_pretrained(path)
    with torch.no_grad():
        model.final_logits_bias.zero_()
        model.get_input_embeddings().weight.mul_(scale)
        for token in (model.config.pad_token_id, model.config.bos_token_id):
            if token is not None and token != model.config.eos_token_id:
                model.final_logits_bias[0, token] = -1e4  # content tokens only, as in real output
    if forced_bos:
        model.generation_config.forced_bos_token_id = model.config.bos_token_id
    model.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def undecided_models(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, float], Path]:
    root = tmp_path_factory.mktemp("undecided")
    models = {}
    for scale in (1.0, 20.0):
        models["translation", scale] = undecided(
            build_marian(root / f"marian-{scale}", SENTENCES, seed=1), scale
        )
        models["summarization", scale] = undecided(
            build_bart(root / f"bart-{scale}", SENTENCES, seed=1), scale, forced_bos=True
        )
    return models


# --- one interface, same outputs ------------------------------------------------------------


@pytest.mark.parametrize("role", ["translation", "summarization"])
@pytest.mark.parametrize("compute_type", ["int8", "float32"])
def test_both_backends_run_through_the_same_interface(
    tiny_models, tmp_path, role: str, compute_type: str
) -> None:
    settings = settings_for(tmp_path, compute_type=compute_type)
    fast, reference = both(model_dir(tiny_models, role), role, settings)
    assert (fast.name, reference.name) == ("ctranslate2", "transformers")
    assert fast.model_id == reference.model_id
    assert fast.max_input_tokens == reference.max_input_tokens
    assert fast.count_tokens(SENTENCES) == reference.count_tokens(SENTENCES)
    assert fast.count_tokens([]) == [] and fast.generate([], GenerationOptions(8)) == []
    for options in (
        GenerationOptions(max_new_tokens=8),
        GenerationOptions(max_new_tokens=12, min_new_tokens=4),
        GenerationOptions(max_new_tokens=12, min_new_tokens=3, num_beams=3),
        GenerationOptions(
            max_new_tokens=12, num_beams=2, no_repeat_ngram_size=3, repetition_penalty=1.3
        ),
    ):
        got = fast.generate(SENTENCES, options)
        assert all(isinstance(item, Generated) for item in got)
        # The tiny models' logits are decisive (see summarizer.testing), so even int8 agrees.
        assert got == reference.generate(SENTENCES, options), options


@pytest.mark.parametrize("role", ["translation", "summarization"])
@pytest.mark.parametrize(("compute_type", "scale"), [("float32", 1.0), ("int8", 20.0)])
def test_greedy_outputs_agree_token_for_token(
    undecided_models, tmp_path, role: str, compute_type: str, scale: float
) -> None:
    """Long random outputs agree token for token, except the last of a cut one.

    Outputs that end with end-of-sequence before the limit are identical. For outputs cut at
    ``max_new_tokens`` there is one known difference: transformers replaces the last token with
    end-of-sequence there (``forced_eos_token_id`` in BART and Marian configs) while CTranslate2
    keeps the token it generated, so the transformers text is a prefix of the CTranslate2 text,
    one token shorter, and both say "not finished". int8 is checked on models with clear logit
    margins: with nearly flat random logits (scale 1) int8 rounding flips near-ties, which says
    nothing about trained models (CTranslate2's opus-mt int8 figures: see benchmarks/RESULTS.md).
    """
    settings = settings_for(tmp_path, compute_type=compute_type)
    fast, reference = both(undecided_models[role, scale], role, settings)
    options = GenerationOptions(max_new_tokens=20, min_new_tokens=12)
    got, expected = fast.generate(SENTENCES, options), reference.generate(SENTENCES, options)
    for ours, theirs in zip(got, expected, strict=True):
        assert theirs.tokens >= 11
        if theirs.finished:
            assert ours == theirs
        else:
            assert not ours.finished
            assert ours.tokens == theirs.tokens + 1
            assert ours.text.startswith(theirs.text)


def test_bart_forced_bos_becomes_a_target_prefix(undecided_models, tmp_path) -> None:
    fast, _ = both(undecided_models["summarization", 1.0], "summarization", settings_for(tmp_path))
    assert fast.target_prefix == "<s>"


def test_forced_bos_is_read_from_config_json_as_transformers_does(tmp_path) -> None:
    """distilbart-cnn-12-6 has no generation_config.json; its config.json forces <s>."""
    path = build_bart(tmp_path / "bart", SENTENCES)
    (path / "generation_config.json").unlink()
    config = json.loads((path / "config.json").read_text())
    config["forced_bos_token_id"] = config["bos_token_id"]
    (path / "config.json").write_text(json.dumps(config))
    fast, reference = both(path, "summarization", settings_for(tmp_path))
    assert reference.model.generation_config.forced_bos_token_id == config["bos_token_id"]
    assert fast.target_prefix == "<s>"
    options = GenerationOptions(max_new_tokens=10, min_new_tokens=4)
    assert fast.generate(SENTENCES, options) == reference.generate(SENTENCES, options)


def test_finished_means_end_of_sequence_before_the_limit(tiny_models, tmp_path) -> None:
    settings = settings_for(tmp_path)
    for backend in both(tiny_models.marian, "translation", settings):
        # The tiny Marian model says one word and stops: finished within 8 tokens...
        assert all(item.finished for item in backend.generate(SENTENCES, GenerationOptions(8)))
        # ...but not when held to exactly one token.
        cut = backend.generate(SENTENCES, GenerationOptions(max_new_tokens=1, min_new_tokens=1))
        assert not any(item.finished for item in cut), backend.name


def test_model_generation_defaults_do_not_override_requested_lengths(tmp_path) -> None:
    """distilbart-cnn's generation config says min_length=56; a request for fewer must win."""
    path = build_bart(tmp_path / "bart", SENTENCES)
    config_path = path / "generation_config.json"
    config = json.loads(config_path.read_text())
    config["min_length"] = 30
    config_path.write_text(json.dumps(config))
    for backend in both(path, "summarization", settings_for(tmp_path)):
        out = backend.generate(SENTENCES[:2], GenerationOptions(max_new_tokens=40))
        assert all(item.tokens < 5 and item.finished for item in out), backend.name
        out = backend.generate(SENTENCES[:2], GenerationOptions(40, min_new_tokens=10))
        assert all(item.tokens >= 9 for item in out), backend.name


def test_oversized_input_is_refused_not_truncated(tiny_models, tmp_path) -> None:
    fast, _ = both(tiny_models.marian, "translation", settings_for(tmp_path))
    long_text = " ".join(SENTENCES * 20)
    assert fast.count_tokens([long_text])[0] > fast.max_input_tokens
    with pytest.raises(GenerationError):
        fast.generate([long_text], GenerationOptions(8))


def test_concurrent_requests_share_one_backend_safely(tiny_models, tmp_path) -> None:
    fast, _ = both(tiny_models.bart, "summarization", settings_for(tmp_path))
    expected = fast.generate(SENTENCES, GenerationOptions(8))
    results: list[list[Generated]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                fast.count_tokens(SENTENCES)
                results.append(fast.generate(SENTENCES, GenerationOptions(8)))
        except BaseException as error:  # pragma: no cover - the failure being tested for
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 20 and all(result == expected for result in results)


def test_threads_follow_the_available_cpus(tiny_models, tmp_path, monkeypatch) -> None:
    import ctranslate2

    seen: list[dict[str, object]] = []
    real = ctranslate2.Translator

    def recording(*args: object, **kwargs: object) -> object:
        seen.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", recording)
    CTranslate2Backend.load(str(tiny_models.marian), ROLES["translation"], settings_for(tmp_path))
    CTranslate2Backend.load(
        str(tiny_models.marian), ROLES["translation"], settings_for(tmp_path, threads=1)
    )
    workers = min(2, available_cpus())  # SUMMARIZER_MODEL_WORKERS auto: the threads split
    threads = [(kwargs["inter_threads"], kwargs["intra_threads"]) for kwargs in seen]
    assert threads == [(workers, available_cpus() // workers), (1, 1)]
    assert all(kwargs["device"] == "cpu" for kwargs in seen)
    assert seen[0]["compute_type"] == "int8"


# --- the converted-model cache --------------------------------------------------------------


def test_loading_a_model_leaves_the_process_thread_count_alone(tiny_models, tmp_path) -> None:
    """Loading is no process-wide side effect: torch's thread count stays the process owner's."""
    import torch

    before = torch.get_num_threads()
    wanted = 1 if before != 1 else 2
    settings = settings_for(tmp_path, backend="transformers", threads=wanted)
    for role in ("translation", "summarization"):
        backend = BackendPool().get(
            role, settings.replace(**{f"{role}_model": str(model_dir(tiny_models, role))})
        )
        backend.generate(SENTENCES[:1], GenerationOptions(4))
        assert torch.get_num_threads() == before


def test_converted_model_is_cached_and_reused(tiny_models, tmp_path, monkeypatch) -> None:
    settings = settings_for(tmp_path)
    first = CTranslate2Backend.load(str(tiny_models.bart), ROLES["summarization"], settings)
    assert first.converted.converted
    entry = first.converted.path
    assert entry.parent == tmp_path / "cache" / "ct2"
    marker = json.loads((entry / convert.MARKER).read_text())
    assert marker["quantization"] == "int8" and marker["model"] == str(tiny_models.bart)

    def no_conversion(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("converted a second time")

    real_convert = convert.convert
    monkeypatch.setattr(convert, "convert", no_conversion)
    second = CTranslate2Backend.load(str(tiny_models.bart), ROLES["summarization"], settings)
    assert not second.converted.converted and second.converted.path == entry
    options = GenerationOptions(10, 3)
    assert second.generate(SENTENCES, options) == first.generate(SENTENCES, options)
    monkeypatch.setattr(convert, "convert", real_convert)
    # Another compute type is another entry, converted once too.
    other = CTranslate2Backend.load(
        str(tiny_models.bart), ROLES["summarization"], settings.replace(compute_type="float32")
    )
    assert other.converted.path != entry and entry.is_dir()
    assert [path.name for path in (tmp_path / "cache" / "ct2").iterdir()].count(entry.name) == 1


def test_changed_source_model_is_converted_again(tiny_models, tmp_path) -> None:
    source = tmp_path / "marian"
    shutil.copytree(tiny_models.marian, source)
    settings = settings_for(tmp_path)
    old = CTranslate2Backend.load(str(source), ROLES["translation"], settings).converted
    assert old.converted
    build_marian(source, SENTENCES, seed=7)  # new weights in place: new sizes or times
    new = CTranslate2Backend.load(str(source), ROLES["translation"], settings).converted
    assert new.converted and new.path != old.path
    assert not old.path.exists()  # the stale conversion was removed
    again = CTranslate2Backend.load(str(source), ROLES["translation"], settings).converted
    assert not again.converted and again.path == new.path


def test_abandoned_staging_directories_are_cleaned_up(tiny_models, tmp_path) -> None:
    root = tmp_path / "cache" / "ct2"
    old, fresh = root / ".tmp-killed-midway", root / ".tmp-in-progress-elsewhere"
    for directory in (old, fresh):
        directory.mkdir(parents=True)
        (directory / "model.bin").write_bytes(b"partial")
    long_ago = time.time() - convert.STAGING_MAX_AGE - 60
    os.utime(old, (long_ago, long_ago))
    CTranslate2Backend.load(str(tiny_models.marian), ROLES["translation"], settings_for(tmp_path))
    assert not old.exists() and fresh.exists()


def test_failed_conversion_leaves_nothing_behind(tiny_models, tmp_path, monkeypatch) -> None:
    def half_written(_location: str, output_dir: str, _quantization: object) -> None:
        (Path(output_dir) / "model.bin").write_bytes(b"partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(convert, "convert", half_written)
    settings = settings_for(tmp_path, backend="ctranslate2")
    with pytest.raises(ModelLoadError, match="disk full"):
        load_backend(str(tiny_models.marian), ROLES["translation"], settings)
    assert list((tmp_path / "cache" / "ct2").iterdir()) == []


def test_conversion_runs_in_a_child_process_by_default(tiny_models, tmp_path, monkeypatch) -> None:
    def not_here(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("converted in the server process")

    monkeypatch.setattr(convert, "convert", not_here)
    assert Settings().convert_in_subprocess
    settings = settings_for(tmp_path, convert_in_subprocess=True)
    backend = CTranslate2Backend.load(str(tiny_models.marian), ROLES["translation"], settings)
    assert backend.converted.converted and backend.converted.peak_rss_mb
    assert backend.generate(SENTENCES[:2], GenerationOptions(8))[0].finished


# --- choosing a backend -----------------------------------------------------------------------


def test_auto_prefers_ctranslate2_and_shares_it(tiny_models, tmp_path) -> None:
    pool = BackendPool()
    settings = settings_for(
        tmp_path,
        translation_model=str(tiny_models.marian),
        summarization_model=str(tiny_models.bart),
    )
    assert settings.backend == "auto" and settings.compute_type == "int8"
    backend = pool.get("summarization", settings)
    assert backend.name == "ctranslate2" and backend.fallback_reason is None
    assert pool.get("summarization", settings).translator is backend.translator
    assert pool.get("translation", settings).name == "ctranslate2"
    chosen = pool.get("translation", settings.replace(backend="transformers"))
    assert chosen.name == "transformers"


def test_auto_falls_back_to_transformers_and_says_why(tiny_models, tmp_path, monkeypatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise convert.ConversionError("unsupported architecture")

    monkeypatch.setattr(convert, "ensure_converted", broken)
    path, setting = str(tiny_models.marian), ROLES["translation"]
    backend = load_backend(path, setting, settings_for(tmp_path, backend="auto"))
    assert backend.name == "transformers"
    assert "unsupported architecture" in backend.fallback_reason
    assert len(backend.generate(SENTENCES[:2], GenerationOptions(8))) == 2
    with pytest.raises(ModelLoadError, match="unsupported architecture") as raised:
        load_backend(path, setting, settings_for(tmp_path, backend="ctranslate2"))
    assert "SUMMARIZER_BACKEND=transformers" in str(raised.value)


def test_a_missing_model_is_reported_not_fallen_back_from(tmp_path, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(
        backends.TransformersBackend, "load", classmethod(lambda *_a: calls.append("hf"))
    )
    with pytest.raises(ModelLoadError, match="no such directory"):
        load_backend(str(tmp_path / "absent"), ROLES["translation"], settings_for(tmp_path))
    assert calls == []


# --- the backend contract -----------------------------------------------------------------------


def test_a_backend_without_generate_cannot_be_built() -> None:
    class CountsOnly(Seq2SeqBackend):
        name = "counts-only"

    with pytest.raises(TypeError, match=r"abstract.*generate"):
        CountsOnly("m", word_tokenizer, max_input_tokens=8, lock=ModelLock(1.0))  # type: ignore[abstract]


def test_every_backend_shares_the_contract(tiny_models, tmp_path) -> None:
    fake = FakeBackend(max_input_tokens=12)
    wrapped = RecordingBackend(fake)
    for backend in (*both(tiny_models.marian, "translation", settings_for(tmp_path)), fake):
        assert isinstance(backend, Seq2SeqBackend) and backend.fallback_reason is None
        assert isinstance(backend.lock, ModelLock)
    # count_tokens is the base class's, over each backend's own tokenizer.
    assert fake.count_tokens(["tiga kata saja", ""]) == [4, 1] and fake.count_tokens([]) == []
    assert (wrapped.model_id, wrapped.name, wrapped.max_input_tokens, wrapped.lock) == (
        fake.model_id,
        fake.name,
        fake.max_input_tokens,
        fake.lock,
    )
    assert wrapped.generate(["Halo dunia."], GenerationOptions(4))[0].text == "Halo dunia."
    assert wrapped.inputs == fake.inputs == ["Halo dunia."]


def test_a_fallback_reason_reaches_the_warnings_through_a_wrapper() -> None:
    reason = "CTranslate2 is unavailable for m (no converter); using plain transformers"
    translator = RecordingBackend(FakeBackend(max_input_tokens=200, fallback_reason=reason))
    summarizer = FakeBackend(max_input_tokens=400, respond=first_sentence)
    assert translator.fallback_reason == reason and summarizer.fallback_reason is None
    text = (
        "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin. Jalan tol "
        "sepanjang 40 kilometer itu menghubungkan Semarang dan Solo."
    )
    result = Pipeline(
        Settings(), translation_backend=translator, summarization_backend=summarizer
    ).run(text, source_lang="id")
    # The result says so to any reader; the reason (it may name a directory) is the log's.
    assert any("slower than usual" in w and "translation model" in w for w in result.warnings)
    assert reason not in " ".join(result.warnings)


# --- compute types against the CPU ----------------------------------------------------------------


def test_a_compute_type_the_cpu_lacks_is_a_clear_error() -> None:
    amd_epyc = {"int8", "int8_float32", "float32"}  # no int16
    assert checked_compute_type("int8", amd_epyc) == "int8"
    with pytest.raises(
        ConfigError,
        match=r"SUMMARIZER_COMPUTE_TYPE='int16' is not supported by this CPU; "
        r"it supports: float32, int8, int8_float32, auto, default\.",
    ):
        checked_compute_type("int16", amd_epyc)
    # "auto" and "default" let CTranslate2 choose a type the CPU has.
    assert checked_compute_type("auto", amd_epyc) == "auto"
    assert checked_compute_type("default", set()) == "default"


@pytest.mark.parametrize(
    "compute_type", [kind for kind in COMPUTE_TYPES if kind not in ("auto", "default")]
)
def test_compute_types_on_this_cpu(tiny_models, tmp_path, compute_type: str) -> None:
    """Each explicit type loads where this CPU runs it, and is refused by name where it does not."""
    import ctranslate2

    settings = settings_for(tmp_path, compute_type=compute_type)
    path, setting = str(tiny_models.marian), ROLES["translation"]
    if compute_type not in ctranslate2.get_supported_compute_types("cpu"):
        with pytest.raises(ConfigError, match=f"SUMMARIZER_COMPUTE_TYPE='{compute_type}'"):
            load_backend(path, setting, settings)
        return
    backend = load_backend(path, setting, settings)
    # CTranslate2 names the type it runs: int8 on a CPU is int8_float32.
    assert backend.name == "ctranslate2" and backend.compute_type.startswith(compute_type)
    assert backend.generate(SENTENCES[:2], GenerationOptions(8))[0].finished


def test_an_unsupported_compute_type_is_refused_not_fallen_back_from(
    tiny_models, tmp_path, monkeypatch
) -> None:
    """On a CPU without int16 (AMD EPYC), as CTranslate2 reports it there."""
    import ctranslate2

    monkeypatch.setattr(
        ctranslate2, "get_supported_compute_types", lambda _device: {"int8", "float32"}
    )
    settings = settings_for(tmp_path, compute_type="int16", backend="auto")
    with pytest.raises(ConfigError, match=r"SUMMARIZER_COMPUTE_TYPE='int16'.*supports: float32"):
        load_backend(str(tiny_models.marian), ROLES["translation"], settings)
    assert not (tmp_path / "cache" / "ct2").exists()  # refused before any conversion
    auto = load_backend(
        str(tiny_models.marian), ROLES["translation"], settings.replace(compute_type="auto")
    )
    assert auto.name == "ctranslate2" and auto.compute_type not in ("auto", "default")


def test_another_compute_type_reuses_the_converted_model(tiny_models, tmp_path) -> None:
    import ctranslate2

    backend = CTranslate2Backend.load(
        str(tiny_models.bart), ROLES["summarization"], settings_for(tmp_path)
    )
    other = backend.with_compute_type("float32")
    assert (backend.compute_type, other.compute_type) == ("int8_float32", "float32")
    assert other.converted.path == backend.converted.path and other.lock is not backend.lock
    options = GenerationOptions(10, 3)
    assert other.generate(SENTENCES, options) == backend.generate(SENTENCES, options)
    supported = ctranslate2.get_supported_compute_types("cpu")
    missing = [kind for kind in ("int16", "int8_float32") if kind not in supported]
    for kind in missing:
        with pytest.raises(ConfigError, match="SUMMARIZER_COMPUTE_TYPE"):
            backend.with_compute_type(kind)


def test_one_table_maps_each_role_to_its_settings() -> None:
    settings = Settings(translation_model="t-model", summarization_model="s-model")
    assert [role.model(settings) for role in Role] == ["t-model", "s-model"]
    assert ROLES == {
        "translation": "SUMMARIZER_TRANSLATION_MODEL",
        "summarization": "SUMMARIZER_SUMMARIZATION_MODEL",
    }
    assert all(Role.for_setting(role.setting) is role for role in Role)
    assert Role.for_setting("SUMMARIZER_BACKEND") is None
