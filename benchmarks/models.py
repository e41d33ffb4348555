"""The benchmark's models: real architectures, random weights, built once and cached, converted
to CTranslate2 by the library's own conversion cache.

No model hub is reachable where this runs, so the models have the published configs of
Helsinki-NLP/opus-mt-id-en and sshleifer/distilbart-cnn-12-6 (layer counts, widths, heads,
vocabulary sizes, position limits) and random weights, built by :mod:`summarizer.testing`.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.models import Role, convert_model
from summarizer.testing import TINY_SIZES, build_bart, build_marian

from .texts import english_corpus, indonesian_corpus

# Published configs (architecture only). opus-mt-id-en: MarianMT, 6+6 layers, d_model 512,
# 8 heads, FFN 2048, swish, sinusoidal positions, 512 positions, shared vocabulary of 54,796
# with <pad> last. distilbart-cnn-12-6: BART, 12 encoder + 6 decoder layers, d_model 1024,
# 16 heads, FFN 4096, gelu, 1024 positions, vocabulary 50,264; it forces <s> first and
# generates with 4 beams, length_penalty 2.0, no_repeat_ngram_size 3, 56-142 tokens.
MARIAN_REAL = {
    "d_model": 512,
    "encoder_layers": 6,
    "decoder_layers": 6,
    "encoder_attention_heads": 8,
    "decoder_attention_heads": 8,
    "encoder_ffn_dim": 2048,
    "decoder_ffn_dim": 2048,
    "max_position_embeddings": 512,
    "vocab_size": 54796,
}
BART_REAL = {
    "d_model": 1024,
    "encoder_layers": 12,
    "decoder_layers": 6,
    "encoder_attention_heads": 16,
    "decoder_attention_heads": 16,
    "encoder_ffn_dim": 4096,
    "decoder_ffn_dim": 4096,
    "max_position_embeddings": 1024,
    "vocab_size": 50264,
}
MARIAN_SMOKE = {**MARIAN_REAL, **TINY_SIZES, "vocab_size": 0}  # 0: the trained vocabulary only
BART_SMOKE = {**BART_REAL, **TINY_SIZES, "vocab_size": 0}
# Subword vocabularies trained here, sized so that tokens per word on the benchmark texts are
# typical of news text under real subword vocabularies (~1.3-1.4; an estimate).
MARIAN_SPM_VOCAB = 7000
BART_BPE_VOCAB = 6000
# opus-mt-id-en's English sentencepiece model has 32,000 pieces ("spm32k-spm32k"): the output
# layer a translation keeps with Settings.target_pieces_only. The benchmark's own target model
# is padded to that size with unused pieces, so the kept layer has the real size.
MARIAN_TARGET_PIECES = 32000
MODELS_REVISION = 3  # bump to rebuild the cached benchmark models


@dataclass(frozen=True)
class BenchmarkModels:
    translation: Path
    summarization: Path
    built_seconds: float  # 0.0 when they came from the cache

    def architectures(self, smoke: bool) -> dict[str, dict[str, int]]:
        if smoke:
            return {"translation": MARIAN_SMOKE, "summarization": BART_SMOKE}
        return {"translation": MARIAN_REAL, "summarization": BART_REAL}


def ensure_models(root: Path, smoke: bool) -> BenchmarkModels:
    """Benchmark model directories, built once and cached under ``root``."""
    marian_spec = MARIAN_SMOKE if smoke else MARIAN_REAL
    bart_spec = BART_SMOKE if smoke else BART_REAL
    key = zlib.crc32(
        json.dumps(
            [marian_spec, bart_spec, MARIAN_SPM_VOCAB, BART_BPE_VOCAB, MODELS_REVISION]
        ).encode()
    )
    base = root / f"{'smoke' if smoke else 'real'}-{key:08x}"
    marian, bart = base / "opus-mt-id-en-random", base / "distilbart-cnn-12-6-random"
    if (base / "done").is_file():
        return BenchmarkModels(marian, bart, 0.0)
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        build_marian_model(staging / marian.name, marian_spec)
        build_bart_model(staging / bart.name, bart_spec)
        (staging / "done").write_text(time.strftime("%Y-%m-%dT%H:%M:%S"))
        if base.exists():
            shutil.rmtree(base)
        os.rename(staging, base)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BenchmarkModels(marian, bart, time.perf_counter() - started)


def _architecture(spec: dict[str, int]) -> dict[str, int]:
    return {name: value for name, value in spec.items() if name != "vocab_size"}


def build_marian_model(out: Path, spec: dict[str, int]) -> None:
    build_marian(
        out,
        indonesian_corpus(),
        vocab_size=MARIAN_SPM_VOCAB,
        spm_type="bpe",
        padded_vocab_size=spec["vocab_size"] or None,
        config={
            **_architecture(spec),
            "activation_function": "swish",
            "scale_embedding": True,
            "share_encoder_decoder_embeddings": True,
        },
        generation={"max_length": spec["max_position_embeddings"], "num_beams": 4},
        eos_bias=None,
    )
    if spec["vocab_size"]:
        pad_target_pieces(out, MARIAN_TARGET_PIECES)


def pad_target_pieces(out: Path, size: int) -> None:
    """The target sentencepiece model padded to ``size`` pieces with the vocabulary's unused
    entries, as unused pieces: segmentation is unchanged (sentencepiece never outputs an unused
    piece), and the pieces the model may output number as many as in the real model."""
    from sentencepiece import sentencepiece_model_pb2

    model = sentencepiece_model_pb2.ModelProto()
    model.ParseFromString((out / "target.spm").read_bytes())
    have = {piece.piece for piece in model.pieces}
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    unused = (token for token in vocab if token.startswith("▁zzunused") and token not in have)
    for token in itertools.islice(unused, max(0, size - len(model.pieces))):
        model.pieces.add(
            piece=token, score=0.0, type=sentencepiece_model_pb2.ModelProto.SentencePiece.UNUSED
        )
    (out / "target.spm").write_bytes(model.SerializeToString())


def build_bart_model(out: Path, spec: dict[str, int]) -> None:
    build_bart(
        out,
        english_corpus(),
        vocab_size=BART_BPE_VOCAB,
        padded_vocab_size=spec["vocab_size"] or None,
        config={**_architecture(spec), "activation_function": "gelu", "scale_embedding": False},
        generation={
            "num_beams": 4,
            "length_penalty": 2.0,
            "min_length": 56,
            "max_length": 142,
            "no_repeat_ngram_size": 3,
            "early_stopping": True,
        },
        eos_bias=None,
    )


def convert_models(settings: Settings) -> dict[str, Any]:
    """Convert both models into the CTranslate2 cache now, so the cold start finds them there."""
    if settings.backend == "transformers":
        return {}
    report = {}
    for role in Role:
        done = convert_model(role.model(settings), role.setting, settings)
        report[role] = {
            "path": str(done.path),
            "converted_now": done.converted,
            "seconds": round(done.seconds, 1),
            "peak_rss_mb": done.peak_rss_mb,
            "size_mb": round(sum(f.stat().st_size for f in done.path.iterdir()) / 2**20, 1),
        }
    return report
