"""A translation model outputs only its target language's pieces (``target_pieces_only``).

opus-mt segments each language with its own sentencepiece model but shares one vocabulary: the
conversion writes the target pieces beside the model (CTranslate2's ``vmap.txt``), CTranslate2
decodes with only those in its output layer, and transformers suppresses the rest, so both
backends still agree token for token.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sentencepiece

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.models import (
    CTranslate2Backend,
    Generated,
    GenerationOptions,
    TransformersBackend,
)
from summarizer.models._tokenizers import OUTPUT_VOCABULARY, target_pieces
from summarizer.testing import DEFAULT_CORPUS, build_marian

SETTING = "SUMMARIZER_TRANSLATION_MODEL"
ENGLISH = [
    "The president opened a new toll road in Central Java on Monday.",
    "Rice prices rose by three and a half percent this week.",
    "Thousands of soldiers were sent abroad during the last year.",
    "The minister said the plan would not be delayed again.",
    "Residents of the coastal town welcomed the decision with relief.",
    "Heavy rain flooded several villages, and schools were closed.",
]
SOURCES = list(DEFAULT_CORPUS)[:6]


def decisive(path: Path, prefer: int | None = None) -> Path:
    """Clear margins between the best and next tokens, as trained models have (see
    tests/test_backends.py ``undecided``); ``prefer`` biases the output towards one id."""
    import torch
    from transformers import AutoModelForSeq2SeqLM

    model = AutoModelForSeq2SeqLM.from_pretrained(path)
    with torch.no_grad():
        model.final_logits_bias.zero_()
        model.get_input_embeddings().weight.mul_(20.0)
        model.final_logits_bias[0, model.config.pad_token_id] = -1e4
        if prefer is not None:
            model.final_logits_bias[0, prefer] = 1e3
    model.save_pretrained(path)
    return path


def pieces_of(path: Path, name: str) -> set[str]:
    model = sentencepiece.SentencePieceProcessor(model_file=str(path / name))
    return {model.id_to_piece(index) for index in range(model.get_piece_size())}


@pytest.fixture(scope="module")
def two_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Marian model with a source and a target sentencepiece model of its own."""
    return build_marian(
        tmp_path_factory.mktemp("marian") / "m", SOURCES, target_corpus=ENGLISH, eos_bias=None
    )


def settings_for(tmp_path: Path, **changes: object) -> Settings:
    values: dict[str, object] = {"convert_in_subprocess": False, **changes}
    return Settings(cache_dir=str(tmp_path / "cache"), **values)  # type: ignore[arg-type]


def source_only(path: Path) -> list[str]:
    vocab = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
    english = pieces_of(path, "target.spm")
    return [token for token in vocab if token not in english and not token.startswith("<")]


def test_the_target_pieces_are_the_target_models_own_and_the_end_token(two_languages) -> None:
    vocab = json.loads((two_languages / "vocab.json").read_text(encoding="utf-8"))
    kept = target_pieces(two_languages / "target.spm", vocab, ("</s>", "<unk>"))
    assert kept is not None
    english = pieces_of(two_languages, "target.spm")
    assert set(kept) == {token for token in vocab if token in english} | {"</s>", "<unk>"}
    assert kept == sorted(kept, key=vocab.__getitem__)  # in id order
    assert source_only(two_languages)  # the Indonesian model's own pieces are left out


def test_one_model_for_both_languages_has_no_smaller_output(tmp_path) -> None:
    path = build_marian(tmp_path / "joint", SOURCES)
    vocab = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
    assert target_pieces(path / "target.spm", vocab, ("</s>", "<unk>")) is None
    backend = CTranslate2Backend.load(str(path), SETTING, settings_for(tmp_path))
    assert not (Path(backend.converted.path) / OUTPUT_VOCABULARY).exists()
    assert not backend.target_pieces_only


def test_the_conversion_writes_them_where_ctranslate2_reads_them(two_languages, tmp_path) -> None:
    backend = CTranslate2Backend.load(str(two_languages), SETTING, settings_for(tmp_path))
    written = (Path(backend.converted.path) / OUTPUT_VOCABULARY).read_text(encoding="utf-8")
    assert written.startswith("\t") and written.count("\n") == 1  # the always-allowed line
    vocab = json.loads((two_languages / "vocab.json").read_text(encoding="utf-8"))
    assert written.split() == target_pieces(two_languages / "target.spm", vocab, ("</s>", "<unk>"))
    assert backend.target_pieces_only


@pytest.mark.parametrize("num_beams", [1, 2])
def test_a_preferred_source_piece_never_reaches_the_output(tmp_path, num_beams: int) -> None:
    """A model biased towards an Indonesian-only piece writes it when nothing stops it; with the
    target pieces only, it writes target pieces alone, and both backends agree either way."""
    built = build_marian(tmp_path / "m", SOURCES, target_corpus=ENGLISH, eos_bias=None)
    vocab = json.loads((built / "vocab.json").read_text(encoding="utf-8"))
    preferred = source_only(built)[0]
    path = decisive(built, prefer=vocab[preferred])
    options = GenerationOptions(max_new_tokens=10, min_new_tokens=10, num_beams=num_beams)
    english = pieces_of(path, "target.spm") | {"</s>"}
    for only in (True, False):
        settings = settings_for(tmp_path / str(only), target_pieces_only=only)
        fast = CTranslate2Backend.load(str(path), SETTING, settings)
        reference = TransformersBackend.load(str(path), SETTING, settings)
        agree(fast.generate(SOURCES, options), reference.generate(SOURCES, options))
        written = [set(tokens) for tokens in output_tokens(fast, num_beams)]
        if only:
            assert all(tokens <= english for tokens in written)
        else:
            assert all(preferred in tokens for tokens in written)


def agree(got: list[Generated], expected: list[Generated]) -> None:
    """Token for token, but for the last token of a cut output, which transformers replaces
    by end-of-sequence (see tests/test_backends.py, greedy agreement)."""
    for ours, theirs in zip(got, expected, strict=True):
        assert not ours.finished and not theirs.finished  # biased away from stopping
        assert ours.tokens == theirs.tokens + 1 and ours.text.startswith(theirs.text)


def output_tokens(backend: CTranslate2Backend, num_beams: int) -> list[list[str]]:
    """The tokens the backend's model writes for SOURCES, as the backend asks for them."""
    source = [backend.tokenizer.convert_ids_to_tokens(ids) for ids in backend.token_ids(SOURCES)]
    results = backend.translator.translate_batch(
        source,
        beam_size=num_beams,
        max_decoding_length=10,
        min_decoding_length=10,
        use_vmap=backend.target_pieces_only,
    )
    return [result.hypotheses[0] for result in results]


def test_the_setting_reads_as_a_boolean() -> None:
    assert Settings.from_env({"SUMMARIZER_TARGET_PIECES_ONLY": "0"}).target_pieces_only is False
    assert Settings().target_pieces_only is True
    with pytest.raises(ConfigError, match="SUMMARIZER_TARGET_PIECES_ONLY"):
        Settings.from_env({"SUMMARIZER_TARGET_PIECES_ONLY": "maybe"})
