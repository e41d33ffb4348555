"""Benchmark: the summarizer's fast path against a plain transformers baseline, on this machine.

    python benchmarks/run.py [--smoke] [--json PATH]

What one run measures (all on the current machine, threads = the CPUs available to it):

* ours: the real pipeline (``summarizer.pipeline.Pipeline``) with the backends it uses in
  production (``Settings.backend="auto"``: CTranslate2, int8, beam size from the settings,
  sentences batched by length), run in a fresh child process that loads nothing else:
  - cold start: imports + loading both models from the converted-model cache + the first request;
  - warm end-to-end time for the short article (klikwartaku, ~350 words) and for a long one
    (~2,500 words, real IndoSum articles joined), each split by pipeline stage;
  - peak RSS of that process (both models loaded, all requests done).
* baseline, written here with plain transformers: fp32 models, every sentence translated on its
  own with num_beams=4, then the translation summarised with num_beams=4 (chunked by the same
  token limit and map-reduced the same way as the pipeline does).

No model hub is reachable where this runs, so the models have the real architectures (the
published configs of Helsinki-NLP/opus-mt-id-en and sshleifer/distilbart-cnn-12-6: layer counts,
widths, heads, vocabulary sizes, position limits) and random weights. They are built once and
cached (``--models-dir``, default ``~/.cache/summarizer-bench``), and converted to CTranslate2
once by the library's own conversion cache. Random weights say nothing about quality, and they
never stop on their own, so generated lengths are pinned on both sides, as a function of the
input only: a translation is ``ceil(1.1 x source tokens)`` tokens, a summary
``min(128, input tokens)`` tokens (``min_new_tokens = max_new_tokens``). And since random output
is not English, each model output is replaced by English text of the pinned length, picked
deterministically from a fixed English corpus by the input: both sides then summarise identical
English text, with realistic sentence and token counts, so they do identical model work (ours
decodes a batch to the longest pinned length in it, which is never less). Timings are printed and
written as JSON; nothing here asserts them (``--smoke`` runs in CI with tiny models).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures"
SHORT_ARTICLE = FIXTURES / "corpus" / "articles" / "klikwartaku-kim-lavrov.txt"
INDOSUM = FIXTURES / "corpus" / "summaries" / "indosum_sample20.jsonl"
LANGID = FIXTURES / "corpus" / "langid"
GOLD = FIXTURES / "html" / "gold.json"
LONG_WORDS = 2500
SMOKE_LONG_WORDS = 700

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
TINY_SIZES = {
    "d_model": 32,
    "encoder_ffn_dim": 64,
    "decoder_ffn_dim": 64,
    "encoder_layers": 1,
    "decoder_layers": 1,
    "encoder_attention_heads": 2,
    "decoder_attention_heads": 2,
}
MARIAN_SMOKE = {**MARIAN_REAL, **TINY_SIZES, "vocab_size": 0}  # 0: the trained vocabulary only
BART_SMOKE = {**BART_REAL, **TINY_SIZES, "vocab_size": 0}
# Subword vocabularies trained here, sized so that tokens per word on the benchmark texts are
# typical of news text under real subword vocabularies (~1.3-1.4; an estimate).
MARIAN_SPM_VOCAB = 7000
BART_BPE_VOCAB = 6000
MODELS_REVISION = 2  # bump to rebuild the cached benchmark models

# Pinned generation lengths (see the module docstring), shared by both sides.
TRANSLATION_LENGTH_RATIO = 1.1
SUMMARY_TOKENS = 128
SMOKE_SUMMARY_TOKENS = 24
ENGLISH_TOKENS_PER_WORD = 1.3
BASELINE_BEAMS = 4

TARGETS = {
    "speedup_vs_baseline": (">=", 5.0),
    "peak_rss_mb": ("<=", 1500.0),
    "long_over_short_ratio": ("<=", 6.0),
}


# --- texts --------------------------------------------------------------------------------------


def short_article() -> str:
    return SHORT_ARTICLE.read_text(encoding="utf-8")


def long_article(words: int = LONG_WORDS) -> str:
    """Real IndoSum articles, joined paragraph by paragraph until ``words`` words."""
    paragraphs: list[str] = []
    count = 0
    for line in INDOSUM.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)["article"]
        for paragraph in article.split("\n"):
            if count >= words:
                return "\n\n".join(paragraphs)
            if paragraph.strip():
                paragraphs.append(paragraph.strip())
                count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def english_pool() -> list[str]:
    """English words in reading order (lingua-py test sentences, Apache-2.0)."""
    lines = (LANGID / "lingua-sentences-en.txt").read_text(encoding="utf-8").splitlines()
    return [word for line in lines for word in line.split()]


_POOL: list[str] = []


def english_text(key: str, tokens: int, *, sentence_words: int = 0) -> str:
    """Deterministic English of about ``tokens`` tokens, chosen by ``key`` (the model input)."""
    if not _POOL:
        _POOL.extend(english_pool())
    words = max(1, round(tokens / ENGLISH_TOKENS_PER_WORD))
    start = zlib.crc32(key.encode("utf-8")) % len(_POOL)
    picked = [_POOL[(start + offset) % len(_POOL)].strip(".,;:!?\"'()") for offset in range(words)]
    picked = [word for word in picked if word] or ["news"]
    step = sentence_words or len(picked)
    sentences = []
    for begin in range(0, len(picked), step):
        part = picked[begin : begin + step]
        sentences.append(part[0][:1].upper() + " ".join(part)[1:] + ".")
    return " ".join(sentences)


def pinned_translation_tokens(source_tokens: int, limit: int) -> int:
    return max(2, min(limit - 2, math.ceil(TRANSLATION_LENGTH_RATIO * source_tokens)))


def pinned_summary_tokens(input_tokens: int, smoke: bool) -> int:
    return max(8, min(SMOKE_SUMMARY_TOKENS if smoke else SUMMARY_TOKENS, input_tokens))


class Pinned:
    """A backend whose outputs have pinned lengths and English stand-in text (module docstring).

    It runs the real model with ``min_new_tokens = max_new_tokens`` (the batch's longest pinned
    length) and the caller's other options, then answers with English text of each input's own
    pinned length, reported finished.
    """

    def __init__(self, inner: Any, role: str, smoke: bool) -> None:
        self.inner = inner
        self.role = role
        self.smoke = smoke
        self.model_id = inner.model_id
        self.name = inner.name
        self.max_input_tokens = inner.max_input_tokens
        self.fallback_reason = getattr(inner, "fallback_reason", None)
        self.calls = 0
        self.inputs = 0
        self.decoded_tokens = 0

    def pin(self, tokens: int) -> int:
        if self.role == "translation":
            return pinned_translation_tokens(tokens, self.max_input_tokens)
        return pinned_summary_tokens(tokens, self.smoke)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def generate(self, texts: Sequence[str], options: Any) -> list[Any]:
        from summarizer.backends import Generated

        lengths = [self.pin(count) for count in self.inner.count_tokens(texts)]
        longest = max(lengths, default=0)
        pinned = dataclasses.replace(options, max_new_tokens=longest, min_new_tokens=longest)
        self.inner.generate(texts, pinned)
        self.calls += 1
        self.inputs += len(texts)
        self.decoded_tokens += longest * len(texts)
        return [
            Generated(stand_in(self.role, text, length), length, True)
            for text, length in zip(texts, lengths, strict=True)
        ]


def stand_in(role: str, text: str, length: int) -> str:
    if role == "translation":
        return english_text(text, length)
    return english_text(text, length, sentence_words=16)


# --- benchmark models -----------------------------------------------------------------------------


def indonesian_corpus() -> list[str]:
    lines = [
        paragraph
        for line in INDOSUM.read_text(encoding="utf-8").splitlines()
        for paragraph in json.loads(line)["article"].split("\n")
        if paragraph.strip()
    ]
    lines += [line for line in short_article().splitlines() if line.strip()]
    lines += (LANGID / "lingua-sentences-id.txt").read_text(encoding="utf-8").splitlines()
    if GOLD.is_file():
        for page in json.loads(GOLD.read_text(encoding="utf-8")):
            lines += [line for line in str(page.get("content", "")).splitlines() if line.strip()]
    with (LANGID / "nusax_12lang_50.csv").open(encoding="utf-8") as handle:
        lines += [row["indonesian"] for row in csv.DictReader(handle) if row.get("indonesian")]
    return lines


def english_corpus() -> list[str]:
    lines = (LANGID / "lingua-sentences-en.txt").read_text(encoding="utf-8").splitlines()
    with (LANGID / "nusax_12lang_50.csv").open(encoding="utf-8") as handle:
        lines += [row["english"] for row in csv.DictReader(handle) if row.get("english")]
    return lines


def ensure_models(root: Path, smoke: bool) -> tuple[Path, Path, float]:
    """Benchmark model directories (built once, cached under ``root``) and build seconds."""
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
        return marian, bart, 0.0
    started = time.perf_counter()
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=root if root.is_dir() else None))
    try:
        build_marian_model(staging / marian.name, marian_spec)
        build_bart_model(staging / bart.name, bart_spec)
        (staging / "done").write_text(time.strftime("%Y-%m-%dT%H:%M:%S"))
        if base.exists():
            shutil.rmtree(base)
        root.mkdir(parents=True, exist_ok=True)
        os.rename(staging, base)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return marian, bart, time.perf_counter() - started


def build_marian_model(out: Path, spec: dict[str, int]) -> None:
    from summarizer.testing import build_marian

    build_marian(
        out,
        indonesian_corpus(),
        vocab_size=MARIAN_SPM_VOCAB,
        spm_type="bpe",
        padded_vocab_size=spec["vocab_size"] or None,
        config={
            **{name: value for name, value in spec.items() if name != "vocab_size"},
            "activation_function": "swish",
            "scale_embedding": True,
            "share_encoder_decoder_embeddings": True,
        },
        generation={"max_length": spec["max_position_embeddings"], "num_beams": 4},
        eos_bias=None,
    )


def build_bart_model(out: Path, spec: dict[str, int]) -> None:
    from summarizer.testing import build_bart

    build_bart(
        out,
        english_corpus(),
        vocab_size=BART_BPE_VOCAB,
        padded_vocab_size=spec["vocab_size"] or None,
        config={
            **{name: value for name, value in spec.items() if name != "vocab_size"},
            "activation_function": "gelu",
            "scale_embedding": False,
        },
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


# --- ours: the pipeline in a fresh process --------------------------------------------------------


def run_ours(config: dict[str, Any]) -> dict[str, Any]:
    """Cold start, warm runs and peak RSS of the real pipeline (runs in the child process)."""
    imported_at = time.perf_counter()
    import psutil

    from summarizer.backends import get_backend
    from summarizer.config import Settings
    from summarizer.convert import peak_rss_mb
    from summarizer.pipeline import Pipeline

    process = psutil.Process()
    settings = Settings(**config["settings"])
    smoke = config["smoke"]
    imports = time.perf_counter() - imported_at
    loaded_at = time.perf_counter()
    translation = Pinned(get_backend("translation", settings), "translation", smoke)
    summarization = Pinned(get_backend("summarization", settings), "summarization", smoke)
    load = time.perf_counter() - loaded_at
    rss_loaded = process.memory_info().rss / 2**20
    pipeline = Pipeline(
        settings, translation_backend=translation, summarization_backend=summarization
    )
    texts = config["texts"]
    first_at = time.perf_counter()
    first = pipeline.run(texts["short"], source_lang="auto")
    first_request = time.perf_counter() - first_at
    cold = time.perf_counter() - STARTED
    if first.language.used != "id":
        raise SystemExit(f"the short article was detected as {first.language.used!r}, not 'id'")
    runs: dict[str, Any] = {}
    for name, repeats in (("short", config["repeats"]), ("long", config["long_repeats"])):
        samples = []
        for _ in range(repeats):
            calls_before = (translation.calls, summarization.calls)
            inputs_before = summarization.inputs
            tokens_before = (translation.decoded_tokens, summarization.decoded_tokens)
            started = time.perf_counter()
            result = pipeline.run(texts[name], source_lang="auto")
            samples.append(
                {
                    "seconds": time.perf_counter() - started,
                    "stages": dict(result.timings),
                    "translation_calls": translation.calls - calls_before[0],
                    "summarization_calls": summarization.calls - calls_before[1],
                    "summarization_inputs": summarization.inputs - inputs_before,
                    "translation_tokens": translation.decoded_tokens - tokens_before[0],
                    "summary_tokens": summarization.decoded_tokens - tokens_before[1],
                }
            )
        runs[name] = {
            **summarise_samples(samples),
            "sentences": len(result.sentences),
            "bullets": len(result.bullets),
            "coverage": result.coverage.line,
            "translations": [sentence.translation for sentence in result.sentences],
            "warnings": list(result.warnings),
        }
    peak = peak_rss_mb()  # before the comparison below loads more models
    compute_types = (
        compare_compute_types(pipeline, texts["short"], config["repeats"])
        if config.get("compare_compute_types")
        else {}
    )
    return {
        "imports_seconds": imports,
        "load_seconds": load,
        "first_request_seconds": first_request,
        "cold_start_seconds": cold,
        "rss_after_load_mb": rss_loaded,
        "peak_rss_mb": peak,
        "compute_types": compute_types,
        "backends": {
            role: {
                "name": backend.name,
                "compute_type": getattr(backend.inner, "compute_type", "float32"),
                "fallback_reason": backend.fallback_reason,
                "converted_now": converted_now(backend.inner),
            }
            for role, backend in (("translation", translation), ("summarization", summarization))
        },
        "runs": runs,
    }


def compare_compute_types(pipeline: Any, text: str, repeats: int) -> dict[str, float]:
    """Warm short-article seconds with each CTranslate2 compute type (speed only).

    Every type loads the same converted model (CTranslate2 converts the weights at load time),
    so this measures speed; the quality evidence for the default is cited in RESULTS.md.
    """
    import ctranslate2

    backends = [pipeline.translation_backend().inner, pipeline.summarization_backend().inner]
    if any(getattr(backend, "name", "") != "ctranslate2" for backend in backends):
        return {}
    original = [backend.translator for backend in backends]
    seconds: dict[str, float] = {}
    try:
        for compute_type in ("int8", "int16", "float32"):
            for backend in backends:
                backend.translator = ctranslate2.Translator(
                    str(backend.converted.path),
                    device="cpu",
                    compute_type=compute_type,
                    intra_threads=pipeline.settings.effective_threads,
                    inter_threads=1,
                )
            pipeline.run(text, source_lang="auto")  # warm-up
            samples = []
            for _ in range(repeats):
                started = time.perf_counter()
                pipeline.run(text, source_lang="auto")
                samples.append(time.perf_counter() - started)
            seconds[compute_type] = statistics.median(samples)
    finally:
        for backend, translator in zip(backends, original, strict=True):
            backend.translator = translator
    return seconds


def converted_now(backend: Any) -> bool:
    """Whether loading this backend had to convert the model (the cold start should not)."""
    converted = getattr(backend, "converted", None)
    return bool(getattr(converted, "converted", False))


def summarise_samples(samples: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [sample["seconds"] for sample in samples]
    stages = {
        stage: statistics.median(sample["stages"].get(stage, 0.0) for sample in samples)
        for stage in samples[0]["stages"]
    }
    other = statistics.median(
        sample["seconds"]
        - sample["stages"].get("translate", 0.0)
        - sample["stages"].get("summarize", 0.0)
        for sample in samples
    )
    keep = (
        "translation_calls",
        "summarization_calls",
        "summarization_inputs",
        "translation_tokens",
        "summary_tokens",
    )
    return {
        "seconds": statistics.median(seconds),
        "samples": seconds,
        "stages": stages,
        "other_seconds": other,
        **{key: samples[-1][key] for key in keep if key in samples[-1]},
    }


def child_main(config_path: str) -> int:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    if config.get("in_process_conversion"):
        from summarizer import convert

        convert.IN_SUBPROCESS = False
    print(json.dumps(run_ours(config)))
    return 0


def spawn_ours(config: dict[str, Any], workdir: Path) -> dict[str, Any]:
    path = workdir / "ours-config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(path)],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
    )
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-4000:])
        raise SystemExit(f"the pipeline process failed (exit status {completed.returncode})")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# --- baseline: plain transformers ---------------------------------------------------------------


class Baseline:
    """fp32 transformers; one sentence at a time, 4 beams; then summarised with 4 beams."""

    def __init__(self, marian: Path, bart: Path, threads: int, smoke: bool) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        torch.set_num_threads(threads)
        self.smoke = smoke
        self.translation_tokenizer = AutoTokenizer.from_pretrained(marian)
        self.translation_model = AutoModelForSeq2SeqLM.from_pretrained(marian).float().eval()
        self.summary_tokenizer = AutoTokenizer.from_pretrained(bart)
        self.summary_model = AutoModelForSeq2SeqLM.from_pretrained(bart).float().eval()
        self.translation_limit = self.translation_model.config.max_position_embeddings
        self.max_input_tokens = min(
            self.summary_tokenizer.model_max_length,
            self.summary_model.config.max_position_embeddings,
        )
        self.summary_calls = 0

    def _generate(self, model: Any, tokenizer: Any, text: str, length: int, **extra: Any) -> None:
        import torch

        batch = tokenizer([text], return_tensors="pt")
        with torch.inference_mode():
            model.generate(
                **batch,
                num_beams=BASELINE_BEAMS,
                max_new_tokens=length,
                min_length=length + 1,
                do_sample=False,
                early_stopping=True,
                **extra,
            )

    def translate(self, sentence: str) -> str:
        tokens = len(self.translation_tokenizer(sentence)["input_ids"])
        length = pinned_translation_tokens(tokens, self.translation_limit)
        self._generate(self.translation_model, self.translation_tokenizer, sentence, length)
        return stand_in("translation", sentence, length)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.summary_tokenizer(list(texts))["input_ids"]]

    def summarize_chunk(self, chunk: str) -> str:
        length = pinned_summary_tokens(self.count_tokens([chunk])[0], self.smoke)
        self._generate(
            self.summary_model, self.summary_tokenizer, chunk, length, no_repeat_ngram_size=3
        )
        self.summary_calls += 1
        return stand_in("summarization", chunk, length)

    def run(self, text: str, seed: int = 0) -> dict[str, Any]:
        from summarizer.detect import english_sentence_mask
        from summarizer.segment import prepare, split_sentences
        from summarizer.summarize import MAX_REDUCE_ROUNDS, plan_chunks

        started = time.perf_counter()
        segments = [segment.text for segment in prepare(text).segments]
        english = english_sentence_mask(segments, seed=seed)
        translations = [
            segment if keep else self.translate(segment)
            for segment, keep in zip(segments, english, strict=True)
        ]
        translated = time.perf_counter()
        self.summary_calls = 0
        # The same chunking and map-reduce as the pipeline (summarizer.summarize), so that both
        # sides hand the model the same chunks.
        chunks = plan_chunks([t for t in translations if t.strip()], self)
        for _ in range(MAX_REDUCE_ROUNDS):
            if len(chunks) == 1:
                break
            partials = [self.summarize_chunk(chunk) for chunk in chunks]
            sentences = [s for partial in partials for s in split_sentences(partial) if s.strip()]
            chunks = plan_chunks(sentences, self)
        self.summarize_chunk(chunks[0])
        finished = time.perf_counter()
        return {
            "seconds": finished - started,
            "stages": {"translate": translated - started, "summarize": finished - translated},
            "translation_calls": len(segments) - sum(english),
            "summarization_calls": self.summary_calls,
            "summarization_inputs": self.summary_calls,
            "translations": translations,
        }


# --- machine, table, JSON -----------------------------------------------------------------------


def describe_machine() -> dict[str, Any]:
    import ctranslate2
    import psutil
    import torch
    import transformers

    from summarizer.config import _cgroup_cpu_limit, available_cpus

    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_limit = None
    try:
        raw = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        memory_limit = None if raw == "max" else round(int(raw) / 2**20)
    except (OSError, ValueError):
        pass
    return {
        "cpu": model,
        "logical_cpus": os.cpu_count(),
        "available_cpus": available_cpus(),
        "cgroup_cpu_limit": _cgroup_cpu_limit(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cgroup_memory_limit_mb": memory_limit,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "ctranslate2": ctranslate2.__version__,
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
    }


def words(text: str) -> int:
    return len(text.split())


def verdict(name: str, value: float | None) -> dict[str, Any]:
    op, target = TARGETS[name]
    met = None if value is None else (value >= target if op == ">=" else value <= target)
    return {"value": value, "target": f"{op} {target:g}", "met": met}


def table(report: dict[str, Any]) -> str:
    ours, base = report["ours"], report["baseline"]
    short, long = ours["runs"]["short"], ours["runs"]["long"]
    settings = report["settings"]
    ours_label = (
        f"ours: {ours['backends']['translation']['name']} {settings['compute_type']}, "
        f"batched by length, beams {settings['num_beams']}"
    )
    base_label = f"baseline: transformers fp32, per sentence, beams {BASELINE_BEAMS}"
    rows: list[tuple[str, str, str]] = []

    def sec(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f} s"

    for label, mine, theirs, text_words in (
        ("Short article", short, base["short"], report["texts"]["short_words"]),
        ("Long article", long, base.get("long"), report["texts"]["long_words"]),
    ):
        rows.append(
            (
                f"**{label}** ({text_words:,} words, {mine['sentences']} sentences), warm",
                f"**{sec(mine['seconds'])}**",
                f"**{sec(theirs['seconds'])}**" if theirs else "not run",
            )
        )
        for stage in ("translate", "summarize"):
            rows.append(
                (
                    f"  {stage}",
                    sec(mine["stages"].get(stage)),
                    sec(theirs["stages"][stage]) if theirs else "-",
                )
            )
        rows.append(
            (
                "  prepare, detect, load, ground",
                sec(mine["other_seconds"]),
                "-",
            )
        )
    rows.append(
        (
            "Cold start: imports + model load + first request",
            f"{sec(ours['cold_start_seconds'])} ({ours['imports_seconds']:.1f} + "
            f"{ours['load_seconds']:.1f} + {ours['first_request_seconds']:.1f})",
            "-",
        )
    )
    rows.append(("Peak RSS, both models loaded", f"{ours['peak_rss_mb']:,.0f} MB", "-"))
    lines = [f"| | {ours_label} | {base_label} |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    compute_types = ours.get("compute_types") or {}
    if compute_types:
        shown = ", ".join(f"{name} {value:.2f} s" for name, value in compute_types.items())
        lines.append("")
        lines.append(f"Ours on the short article by CTranslate2 compute type (warm): {shown}.")
    lines.append("")
    lines.append("| Target | Value | Met |")
    lines.append("|---|---|---|")
    for name, result in report["targets"].items():
        value = result["value"]
        shown = "-" if value is None else f"{value:,.2f}"
        met = {True: "yes", False: "**no**", None: "-"}[result["met"]]
        lines.append(f"| {name} {result['target']} | {shown} | {met} |")
    return "\n".join(lines)


# --- main -----------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny models: seconds, for CI")
    parser.add_argument("--json", metavar="PATH", help="write the full report here")
    parser.add_argument(
        "--models-dir",
        default=str(Path.home() / ".cache" / "summarizer-bench"),
        help="where benchmark models and their conversions are cached",
    )
    parser.add_argument("--compute-type", default=None, help="default: the Settings default")
    parser.add_argument("--num-beams", type=int, default=None, help="default: Settings default")
    parser.add_argument("--batch-size", type=int, default=None, help="translation batch size")
    parser.add_argument("--backend", default="auto", help="ours: auto|ctranslate2|transformers")
    parser.add_argument("--repeats", type=int, help="warm runs of the short article (3; smoke 1)")
    parser.add_argument("--long-repeats", type=int, help="warm runs of the long one (2; smoke 1)")
    parser.add_argument(
        "--baseline-repeats",
        type=int,
        help="runs of the baseline on the short article (2; smoke 1)",
    )
    parser.add_argument(
        "--baseline-long",
        action=argparse.BooleanOptionalAction,
        help="also time the baseline on the long article (minutes; default: yes, smoke: no)",
    )
    parser.add_argument(
        "--compare-compute-types",
        action=argparse.BooleanOptionalAction,
        help="also time ours with int8, int16 and float32 (default: yes, smoke: no)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name, full, smoke in (
        ("repeats", 3, 1),
        ("long_repeats", 2, 1),
        ("baseline_repeats", 2, 1),
        ("baseline_long", True, False),
        ("compare_compute_types", True, False),
    ):
        if getattr(args, name) is None:
            setattr(args, name, smoke if args.smoke else full)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    quiet_transformers()
    if args.child:
        return child_main(args.child)
    from summarizer.config import Settings

    say: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    machine = describe_machine()
    root = Path(args.models_dir).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    texts = {
        "short": short_article(),
        "long": long_article(SMOKE_LONG_WORDS if args.smoke else LONG_WORDS),
    }
    say(f"benchmark models under {root} ...")
    marian, bart, build_seconds = ensure_models(root, args.smoke)
    defaults = Settings()
    settings = {
        "translation_model": str(marian),
        "summarization_model": str(bart),
        "cache_dir": str(root / "cache"),
        "backend": args.backend,
        "compute_type": args.compute_type or defaults.compute_type,
        "num_beams": args.num_beams or defaults.num_beams,
        "translation_batch_size": args.batch_size or defaults.translation_batch_size,
    }
    resolved = Settings(**settings)
    conversion = convert_models(resolved, in_process=args.smoke)
    say("ours: cold start and warm runs in a fresh process ...")
    with tempfile.TemporaryDirectory() as workdir:
        ours = spawn_ours(
            {
                "settings": settings,
                "smoke": args.smoke,
                "texts": texts,
                "repeats": max(1, args.repeats),
                "long_repeats": max(1, args.long_repeats),
                "in_process_conversion": args.smoke,
                "compare_compute_types": args.compare_compute_types,
            },
            Path(workdir),
        )
    say("baseline: plain transformers fp32 ...")
    baseline_runs = run_baseline(
        marian,
        bart,
        resolved.effective_threads,
        args.smoke,
        texts,
        args.baseline_long,
        max(1, args.baseline_repeats),
    )
    report = assemble(args, machine, texts, settings, resolved, ours, baseline_runs)
    report["models"] = {
        "translation": str(marian),
        "summarization": str(bart),
        "built_seconds": round(build_seconds, 1),
        "conversion": conversion,
        "architectures": {
            "translation": MARIAN_SMOKE if args.smoke else MARIAN_REAL,
            "summarization": BART_SMOKE if args.smoke else BART_REAL,
        },
    }
    print(table(report))
    print()
    print(f"Machine: {machine_line(machine)}")
    for name in ("speedup_vs_baseline", "ours_seconds", "baseline_seconds", "long_seconds"):
        print(f"{name}: {report[name]}")
    for name in ("long_over_short_ratio", "peak_rss_mb", "cold_start_seconds"):
        print(f"{name}: {report[name]}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def quiet_transformers() -> None:
    """No progress bars or per-call generation warnings from transformers in the output."""
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()


def convert_models(settings: Any, *, in_process: bool) -> dict[str, Any]:
    """Convert both models into the CTranslate2 cache now, so the cold start finds them there."""
    if settings.backend == "transformers":
        return {}
    from summarizer import convert
    from summarizer.backends import SETTING_FOR_ROLE, model_location

    convert.IN_SUBPROCESS = not in_process
    report = {}
    for role, model_id in (
        ("translation", settings.translation_model),
        ("summarization", settings.summarization_model),
    ):
        source = convert.model_source(model_id, model_location(model_id, SETTING_FOR_ROLE[role]))
        done = convert.ensure_converted(
            source, convert.quantization_for(settings.compute_type), settings.cache_dir
        )
        report[role] = {
            "path": str(done.path),
            "converted_now": done.converted,
            "seconds": round(done.seconds, 1),
            "peak_rss_mb": done.peak_rss_mb,
            "size_mb": round(sum(f.stat().st_size for f in done.path.iterdir()) / 2**20, 1),
        }
    return report


def run_baseline(
    marian: Path,
    bart: Path,
    threads: int,
    smoke: bool,
    texts: dict[str, str],
    long: bool,
    repeats: int,
) -> dict[str, Any]:
    baseline = Baseline(marian, bart, threads, smoke)
    baseline.translate("Presiden meresmikan jalan tol baru.")  # warm-up
    baseline.summarize_chunk("The president opened a new toll road on Monday.")
    samples = [baseline.run(texts["short"]) for _ in range(repeats)]
    runs = {"short": {**samples[-1], **summarise_samples(samples)}}
    if long:
        runs["long"] = baseline.run(texts["long"])
    return runs


def assemble(
    args: argparse.Namespace,
    machine: dict[str, Any],
    texts: dict[str, str],
    settings: dict[str, Any],
    resolved: Any,
    ours: dict[str, Any],
    baseline: dict[str, Any],
) -> dict[str, Any]:
    short, long = ours["runs"]["short"], ours["runs"]["long"]
    identical = {
        name: ours["runs"][name]["translations"] == baseline[name]["translations"]
        for name in baseline
    }
    for run in (*ours["runs"].values(), *baseline.values()):
        run.pop("translations", None)
    speedup = baseline["short"]["seconds"] / short["seconds"]
    ratio = long["seconds"] / short["seconds"]
    machine["load_average_at_end"] = [round(value, 2) for value in os.getloadavg()]
    return {
        "smoke": args.smoke,
        "speedup_vs_baseline": round(speedup, 2),
        "ours_seconds": round(short["seconds"], 3),
        "baseline_seconds": round(baseline["short"]["seconds"], 3),
        "long_seconds": round(long["seconds"], 3),
        "baseline_long_seconds": (
            round(baseline["long"]["seconds"], 3) if "long" in baseline else None
        ),
        "long_over_short_ratio": round(ratio, 2),
        "peak_rss_mb": round(ours["peak_rss_mb"], 1),
        "cold_start_seconds": round(ours["cold_start_seconds"], 2),
        "targets": {
            "speedup_vs_baseline": verdict("speedup_vs_baseline", speedup),
            "peak_rss_mb": verdict("peak_rss_mb", ours["peak_rss_mb"]),
            "long_over_short_ratio": verdict("long_over_short_ratio", ratio),
        },
        "identical_english_on_both_sides": identical,
        "machine": machine,
        "settings": {**settings, "threads": resolved.effective_threads},
        "pinned_lengths": {
            "translation": f"ceil({TRANSLATION_LENGTH_RATIO} x source tokens)",
            "summary": f"min({SMOKE_SUMMARY_TOKENS if args.smoke else SUMMARY_TOKENS}, "
            "input tokens)",
        },
        "texts": {
            "short_words": words(texts["short"]),
            "long_words": words(texts["long"]),
        },
        "ours": ours,
        "baseline": baseline,
    }


def machine_line(machine: dict[str, Any]) -> str:
    limit = machine["cgroup_memory_limit_mb"]
    return (
        f"{machine['cpu']}, {machine['available_cpus']} CPUs available "
        f"({machine['logical_cpus']} logical), {machine['memory_gb']} GB RAM"
        f"{f' (cgroup limit {limit} MB)' if limit else ''}, {machine['os']}, "
        f"Python {machine['python']}, torch {machine['torch']}, "
        f"transformers {machine['transformers']}, ctranslate2 {machine['ctranslate2']}; "
        f"load average {machine['load_average_at_start'][0]} at start"
    )


if __name__ == "__main__":
    sys.exit(main())
