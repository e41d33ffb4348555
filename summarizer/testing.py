"""Random-weight models with the real architectures, for tests, the benchmark and local demos.

No model hub is reachable where this project is built and tested, so tests build tiny MarianMT and
BART models here: a tokenizer trained on a few sentences, a small config, random weights, saved to a
directory and later loaded back through the same ``from_pretrained`` path users take. What such a
model emits is meaningless; tests assert structure, alignment and limits, never words.

Nothing here is imported by the library itself.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypedDict, Unpack

DEFAULT_CORPUS = (
    "Pemimpin Korea Utara Kim Jong Un kembali menegaskan dukungan penuh kepada Rusia.",
    "Menurut pejabat Barat, sekitar 11.000 tentara dikirim ke Rusia selama setahun terakhir.",
    "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.",
    "Harga beras naik 3,5 persen dan pemerintah menyiapkan Rp 2 triliun untuk bantuan.",
    "North Korean leader Kim Jong Un reaffirmed his full support for Russia.",
    "According to Western officials, about 11,000 soldiers were sent to Russia last year.",
    "President Joko Widodo opened a new toll road in Central Java on Monday.",
    "Rice prices rose 3.5 percent and the government set aside Rp 2 trillion for aid.",
)

# Layer sizes of the tiny models: small enough to build and run in milliseconds.
TINY_SIZES = {
    "d_model": 32,
    "encoder_layers": 1,
    "decoder_layers": 1,
    "encoder_attention_heads": 2,
    "decoder_attention_heads": 2,
    "encoder_ffn_dim": 64,
    "decoder_ffn_dim": 64,
}


def train_sentencepiece(
    lines: Iterable[str], vocab_size: int = 250, model_type: str = "unigram"
) -> bytes:
    """A sentencepiece model trained on ``lines``, as the bytes of a .spm file (as in opus-mt:
    ``</s>`` is id 0, ``<unk>`` id 1, no ``<s>`` or ``<pad>`` pieces)."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=1.0,
        bos_id=-1,
        eos_id=0,
        unk_id=1,
        pad_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return model.getvalue()


EOS_BIAS = 20.0


class BuildOptions(TypedDict, total=False):
    """What :func:`build_marian` and :func:`build_bart` take beyond their tokenizer's sizes.

    ``padded_vocab_size`` pads the vocabulary with unused entries to a real size; ``config``
    overrides any model config value (the benchmark passes the real sizes); ``generation`` gives
    the model a generation config (else it has none of its own); ``eos_bias`` (default
    :data:`EOS_BIAS`) makes it stop as soon as its minimum length allows, so output lengths are
    deterministic, and None leaves the logits alone; ``seed`` (default 0) seeds the weights.
    """

    padded_vocab_size: int | None
    config: Mapping[str, Any] | None
    generation: Mapping[str, Any] | None
    eos_bias: float | None
    seed: int


def build_marian(
    out_dir: str | Path,
    corpus: Iterable[str] = DEFAULT_CORPUS,
    *,
    max_positions: int = 128,
    vocab_size: int = 250,
    spm_type: str = "unigram",
    target_corpus: Iterable[str] | None = None,
    **options: Unpack[BuildOptions],
) -> Path:
    """A random-weight MarianMT model (Indonesian→English shaped) saved to ``out_dir``.

    Tiny by default (see :class:`BuildOptions`). As in opus-mt, ``<pad>`` is the last vocabulary
    id and ``config.vocab_size == len(tokenizer)`` (CTranslate2's converter relies on both).
    ``target_corpus``: English for a target sentencepiece model of its own, as opus-mt's
    "spm32k-spm32k" (the vocabulary then holds both models' pieces); by default one model
    segments both sides.
    """
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out = _directory(out_dir)
    spm_bytes = train_sentencepiece(corpus, vocab_size, spm_type)
    target_bytes = (
        spm_bytes
        if target_corpus is None
        else train_sentencepiece(target_corpus, vocab_size, spm_type)
    )
    (out / "source.spm").write_bytes(spm_bytes)
    (out / "target.spm").write_bytes(target_bytes)
    pieces = dict.fromkeys(
        [*_sentencepiece_pieces(spm_bytes), *_sentencepiece_pieces(target_bytes)]
    )
    vocab = {piece: index for index, piece in enumerate(pieces)}
    size = max(options.get("padded_vocab_size") or 0, len(vocab) + 1)
    _write_vocab(out, {**_padded(vocab, size - 1, "▁zzunused"), "<pad>": size - 1})
    sizes = _sizes(max_positions, options)
    tokenizer = MarianTokenizer(
        source_spm=str(out / "source.spm"),
        target_spm=str(out / "target.spm"),
        vocab=str(out / "vocab.json"),
        source_lang="id",
        target_lang="en",
        model_max_length=sizes["max_position_embeddings"],
    )
    pad, eos = tokenizer.pad_token_id, tokenizer.eos_token_id
    special = {"pad_token_id": pad, "eos_token_id": eos, "decoder_start_token_id": pad}
    model_config = MarianConfig(
        **{**sizes, "vocab_size": len(tokenizer)}, **special, forced_eos_token_id=eos
    )
    # As opus-mt's generation config: never generate <pad>, always end with </s>.
    generation = {**special, "bad_words_ids": [[pad]], "forced_eos_token_id": eos}
    return _save(out, MarianMTModel, model_config, tokenizer, generation, options)


def build_bart(
    out_dir: str | Path,
    corpus: Iterable[str] = DEFAULT_CORPUS,
    *,
    max_positions: int = 512,
    vocab_size: int = 400,
    **options: Unpack[BuildOptions],
) -> Path:
    """A random-weight BART summariser (distilbart-cnn shaped) saved to ``out_dir``.

    Tiny by default (see :class:`BuildOptions`).
    """
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizer

    out = _directory(out_dir)
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(
        list(corpus),
        vocab_size=vocab_size,
        min_frequency=1,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        show_progress=False,
    )
    bpe.save_model(str(out))
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    _write_vocab(out, _padded(vocab, options.get("padded_vocab_size") or 0, "zzunused"))
    sizes = _sizes(max_positions, options)
    tokenizer = BartTokenizer(
        vocab=str(out / "vocab.json"),
        merges=str(out / "merges.txt"),
        model_max_length=sizes["max_position_embeddings"],
    )
    bos, eos = tokenizer.bos_token_id, tokenizer.eos_token_id
    special = {
        "pad_token_id": tokenizer.pad_token_id,
        "bos_token_id": bos,
        "eos_token_id": eos,
        "decoder_start_token_id": eos,
        "forced_bos_token_id": bos,
        "forced_eos_token_id": eos,
    }
    model_config = BartConfig(**{**sizes, "vocab_size": len(tokenizer)}, **special)
    return _save(out, BartForConditionalGeneration, model_config, tokenizer, special, options)


def _directory(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _padded(vocab: dict[str, int], size: int, unused_prefix: str) -> dict[str, int]:
    """``vocab`` with unused entries up to ``size`` ids (a real vocabulary's size)."""
    unused = {f"{unused_prefix}{index}": index for index in range(len(vocab), size)}
    return {**vocab, **unused}


def _write_vocab(out: Path, vocab: Mapping[str, int]) -> None:
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")


def _sizes(max_positions: int, options: BuildOptions) -> dict[str, Any]:
    return {**TINY_SIZES, "max_position_embeddings": max_positions, **(options.get("config") or {})}


def _save(
    out: Path,
    model_class: Any,
    model_config: Any,
    tokenizer: Any,
    generation_defaults: Mapping[str, Any],
    options: BuildOptions,
) -> Path:
    """The model with seeded random weights, its generation config and biased output, saved to
    ``out`` with its tokenizer."""
    import torch
    from transformers import GenerationConfig

    torch.manual_seed(options.get("seed", 0))
    model = model_class(model_config)
    generation = options.get("generation")
    if generation is not None:
        model.generation_config = GenerationConfig(**generation_defaults, **generation)
    _bias_output(model, model_config.eos_token_id, options.get("eos_bias", EOS_BIAS))
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def _sentencepiece_pieces(spm_bytes: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=spm_bytes)
    return [processor.id_to_piece(index) for index in range(processor.get_piece_size())]


def _bias_output(model: Any, eos_id: int, eos_bias: float | None) -> None:
    """Shift the output logits so a random model stops as soon as its minimum length allows."""
    import torch

    if eos_bias is None:
        return
    bias = model.final_logits_bias
    with torch.no_grad():
        bias.zero_()
        bias[0, eos_id] = eos_bias
