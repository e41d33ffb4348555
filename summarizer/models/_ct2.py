"""CTranslate2: the fast backend, on a converted copy of the model.

The transformers model is converted on first load (int8 weights by default, see
``Settings.compute_type``), cached on disk and reused (:mod:`summarizer.models._convert`). The
conversion also exports the tokenizer (:mod:`summarizer.models._tokenizers`), which tokenises and
counts here with sentencepiece or ``tokenizers`` alone, exactly as the transformers tokenizer does:
serving loads neither transformers nor torch. Only the converted model stays in memory: the fp32
transformers weights are loaded by the conversion process alone.

The device is ``Settings.device`` (:func:`resolve_device`): "cuda" runs on the first GPU
CTranslate2 sees and is a :class:`ConfigError` naming ``SUMMARIZER_DEVICE`` where it sees none;
"auto" takes a GPU when there is one, else the CPU. On a GPU the default int8 runs as
int8_float16 (int8 weights, float16 activations), else float16 (:func:`device_compute_type`).

A loaded model runs ``Settings.effective_model_workers`` calls at once (CTranslate2's
``inter_threads``: replicas sharing one copy of the weights, each on ``threads_per_worker``
threads; on a GPU, CUDA streams). Its lock admits that many callers, and each call is cut into a
batch per worker (:func:`split_batches`), submitted asynchronously so that one caller's batches
run side by side; the batcher reads the same cut (``sub_batches``) to merge callers exactly.

The compute type is checked against what this device can run (CTranslate2 says which: AMD EPYC,
for one, has no int16) when the model loads: an explicit type the device lacks is a
:class:`ConfigError` naming ``SUMMARIZER_COMPUTE_TYPE``; "auto" and "default" let CTranslate2
pick a supported type, and ``backend.compute_type`` says which one it picked.
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, TypeVar

import summarizer.models._convert as convert
import summarizer.models._tokenizers as tokenizers
from summarizer.config import CPU_BATCH_TOKENS, Settings, env_name
from summarizer.errors import ConfigError, first_line
from summarizer.models._base import (
    Generated,
    GenerationOptions,
    ModelLock,
    Seq2SeqBackend,
    decoded,
    input_limit,
    resolve_device,
)
from summarizer.models._hf import load_tokenizer_and_config, model_location

log = logging.getLogger(__name__)

# Compute types CTranslate2 resolves itself to one the device supports.
SELF_RESOLVING_COMPUTE_TYPES = ("auto", "default")
# On a GPU, the default int8 becomes the first of these the GPU runs (then plain int8).
GPU_TYPES_FOR_INT8 = ("int8_float16", "float16")
DEVICE_NAMES = {"cpu": "CPU", "cuda": "GPU"}

T = TypeVar("T")

# glibc's mallopt parameters; the size from which a buffer gets a mapping of its own, and the
# heaps (arenas) the process's threads share (map_large_buffers).
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
LARGE_BUFFER_BYTES = 8 * 2**20
HEAP_ARENAS = 2


class CTranslate2Unavailable(Exception):
    """CTranslate2 could not convert or load the model (the reason is the message)."""


def supported_compute_types(device: str = "cpu") -> frozenset[str]:
    """The compute types CTranslate2 can run on this machine's ``device`` ("cpu" or "cuda")."""
    import ctranslate2

    return frozenset(ctranslate2.get_supported_compute_types(device))


def cuda_device_count() -> int:
    """GPUs CTranslate2 can use (0 without CUDA, or without CTranslate2)."""
    try:
        import ctranslate2

        return int(ctranslate2.get_cuda_device_count())
    except Exception:  # no CTranslate2, or a CUDA driver that fails to answer: no GPU to use
        return 0


def device_compute_type(requested: str, device: str, supported: Collection[str]) -> str:
    """The compute type to ask for on ``device``: on a GPU the default int8 becomes int8_float16
    (else float16) where the GPU runs it; every other request is unchanged."""
    if device == "cuda" and requested == "int8":
        return next((kind for kind in GPU_TYPES_FOR_INT8 if kind in supported), requested)
    return requested


def checked_compute_type(requested: str, supported: Collection[str], device: str = "cpu") -> str:
    """``requested`` when the device can run it (or CTranslate2 picks one itself), else
    ConfigError."""
    if requested in SELF_RESOLVING_COMPUTE_TYPES or requested in supported:
        return requested
    choices = ", ".join([*sorted(supported), *SELF_RESOLVING_COMPUTE_TYPES])
    setting = env_name("compute_type")
    raise ConfigError(
        f"{setting}={requested!r} is not supported by this {DEVICE_NAMES.get(device, device)}; "
        f"it supports: {choices}.",
        setting=setting,
    )


def checked_device_and_type(settings: Settings) -> tuple[str, str]:
    """(device, compute type) for ``settings``, both checked against this machine."""
    device = resolve_device(settings.device, cuda_device_count() if settings.device != "cpu" else 0)
    supported = _unavailable_on_error(lambda: supported_compute_types(device))
    requested = device_compute_type(settings.compute_type, device, supported)
    return device, checked_compute_type(requested, supported, device)


class CTranslate2Backend(Seq2SeqBackend):
    """CTranslate2 inference on a converted copy of the model, with the model's own tokenizer.

    Generation options map one to one (beam size, length limits, n-gram blocking, penalties).
    Where transformers forces ``<s>`` as BART's first generated token (``forced_bos_token_id``),
    it is given to CTranslate2 as a one-token target prefix; Marian's ``<pad>`` start token is
    CTranslate2's zero start embedding. One difference remains by design: transformers replaces
    the last token with end-of-sequence when an output reaches ``max_new_tokens``
    (``forced_eos_token_id``), CTranslate2 keeps the token it generated; both report such an
    output as not finished.
    """

    name = "ctranslate2"

    def __init__(
        self,
        model_id: str,
        tokenizer: Any,
        translator: Any,
        settings: Settings,
        *,
        max_input_tokens: int,
        target_prefix: str | None = None,
        converted: Any = None,
        device: str = "cpu",
    ) -> None:
        super().__init__(
            model_id,
            tokenizer,
            max_input_tokens=max_input_tokens,
            lock=ModelLock(settings.busy_timeout, settings.effective_model_workers),
        )
        self.translator = translator
        self.settings = settings
        self.target_prefix = target_prefix
        self.converted = (
            converted  # summarizer.models._convert.ConvertedModel: path, converted, seconds
        )
        self.device = device  # "cpu" or "cuda": where the model runs
        # What CTranslate2 runs: "auto" and "default" become a concrete type here.
        self.compute_type = getattr(translator, "compute_type", settings.compute_type)
        self._eos = tokenizer.eos_token
        self.workers = settings.effective_model_workers  # model calls run at once (its replicas)
        # Output only the target language's pieces (the conversion wrote them beside the model).
        self.target_pieces_only = bool(
            converted is not None
            and settings.target_pieces_only
            and (Path(converted.path) / tokenizers.OUTPUT_VOCABULARY).is_file()
        )

    @classmethod
    def load(cls, model_id: str, setting: str, settings: Settings) -> CTranslate2Backend:
        """The model converted (once) and loaded, with the tokenizer its conversion exported.

        Raises ModelLoadError when the model itself cannot be found (transformers would fail
        too), ConfigError when the device cannot run ``settings.compute_type`` (or
        ``settings.device`` names a GPU there is none of), and :class:`CTranslate2Unavailable`
        when only the CTranslate2 part fails.
        """
        location = model_location(model_id, setting)
        device, compute_type = checked_device_and_type(settings)
        converted = _unavailable_on_error(
            lambda: convert_model(model_id, setting, settings, location)
        )
        tokenizer, max_input_tokens, prefix = _tokenizer(converted.path, model_id, setting)
        translator, device, gpu_refusal = _translator_on(
            converted.path, settings, device, compute_type, tokenizer.eos_token
        )
        backend = cls(
            model_id,
            tokenizer,
            translator,
            settings,
            max_input_tokens=max_input_tokens,
            target_prefix=prefix,
            converted=converted,
            device=device,
        )
        if gpu_refusal:
            backend.fallback_reason = gpu_refusal
        return backend

    def with_compute_type(self, compute_type: str) -> CTranslate2Backend:
        """The same converted model loaded with another compute type (checked against the
        device).

        CTranslate2 converts the weights when it loads them, so this needs no new conversion.
        """
        checked = checked_compute_type(
            compute_type, supported_compute_types(self.device), self.device
        )
        settings = self.settings.replace(compute_type=checked)
        return CTranslate2Backend(
            self.model_id,
            self.tokenizer,
            _translator(self.converted.path, checked, settings, self.device),
            settings,
            max_input_tokens=self.max_input_tokens,
            target_prefix=self.target_prefix,
            converted=self.converted,
            device=self.device,
        )

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not texts:
            return []
        with self.hold():
            encoded = self.token_ids(texts)
            lengths = [len(ids) for ids in encoded]
            self.check_fits(lengths)
            source = [self.tokenizer.convert_ids_to_tokens(ids) for ids in encoded]
            prefix = [self.target_prefix] if self.target_prefix else None
            positions: list[int] = []
            pending: list[Any] = []
            for batch in self.sub_batches(lengths):
                positions += batch
                pending += self._submit([source[i] for i in batch], prefix, options)
            hypotheses: list[Any] = [None] * len(texts)
            for position, tokens in zip(positions, _waited(pending), strict=True):
                hypotheses[position] = tokens
            generated = [self._decode(tokens) for tokens in hypotheses]
        release_free_memory()
        return generated

    def sub_batches(self, lengths: Sequence[int]) -> list[list[int]]:
        """The call cut for the model's workers: longest first, into one batch per worker (so
        that one caller's batch keeps every worker busy), each cut again at
        :data:`CPU_BATCH_TOKENS` padded tokens on a CPU."""
        limit = CPU_BATCH_TOKENS if self.device == "cpu" else None
        return split_batches(lengths, self.workers, limit)

    def _submit(
        self, source: list[list[str]], prefix: list[str] | None, options: GenerationOptions
    ) -> list[Any]:
        """One model batch handed to the workers (asynchronous: the batches of one call run in
        parallel); its results are waited for by the caller."""
        return self.translator.translate_batch(
            source,
            target_prefix=[prefix] * len(source) if prefix else None,
            beam_size=options.num_beams,
            max_decoding_length=options.max_new_tokens,
            min_decoding_length=options.min_new_tokens,
            no_repeat_ngram_size=options.no_repeat_ngram_size,
            repetition_penalty=options.repetition_penalty,
            length_penalty=options.length_penalty,
            return_end_token=True,
            max_input_length=0,
            use_vmap=self.target_pieces_only,
            asynchronous=True,
        )

    def _decode(self, tokens: Sequence[str]) -> Generated:
        finished = bool(tokens) and tokens[-1] == self._eos
        ids = self.tokenizer.convert_tokens_to_ids(list(tokens))
        return decoded(self.tokenizer, ids, finished)


def _waited(results: list[Any]) -> list[Any]:
    """The best hypothesis of each asynchronous result, every one waited for before the first
    error is raised (no batch may still run once the caller lets go of the model)."""
    outcomes: list[Any] = []
    for result in results:
        try:
            outcomes.append(result.result().hypotheses[0])
        except Exception as error:
            outcomes.append(error)
    for outcome in outcomes:
        if isinstance(outcome, Exception):
            raise outcome
    return outcomes


def split_batches(lengths: Sequence[int], workers: int, max_tokens: int | None) -> list[list[int]]:
    """Positions of inputs with these token counts in model batches: sorted longest first (as
    CTranslate2 sorts a batch, stable among equals), cut into ``workers`` runs of equal count,
    each cut again where its padded size (inputs x its longest) would pass ``max_tokens``."""
    order = sorted(range(len(lengths)), key=lambda position: -lengths[position])
    if not order:
        return []
    per_worker = math.ceil(len(order) / max(1, workers))
    batches: list[list[int]] = []
    for start in range(0, len(order), per_worker):
        batch: list[int] = []
        for position in order[start : start + per_worker]:
            if batch and max_tokens and (len(batch) + 1) * lengths[batch[0]] > max_tokens:
                batches.append(batch)
                batch = []
            batch.append(position)
        batches.append(batch)
    return batches


def convert_model(
    model_id: str, setting: str, settings: Settings, location: str | None = None
) -> Any:
    """The converted CTranslate2 copy of ``model_id`` for ``settings.compute_type`` (cached;
    a :class:`summarizer.models._convert.ConvertedModel`), converting it first when there is
    none. ``location``: where the model is (default: resolved from ``model_id``)."""
    source = convert.model_source(model_id, location or model_location(model_id, setting))
    return convert.ensure_converted(
        source,
        convert.quantization_for(settings.compute_type),
        settings.cache_dir,
        in_subprocess=settings.convert_in_subprocess,
    )


def _tokenizer(path: Any, model_id: str, setting: str) -> tuple[Any, int, str | None]:
    """(tokenizer, input limit, forced first token) from what the conversion exported beside the
    model; through transformers where it exported nothing (a tokenizer only transformers serves).
    """
    exported = tokenizers.load(path)
    if exported is not None:
        tokenizer, facts = exported
        return tokenizer, input_limit(tokenizer, facts), facts.target_prefix
    tokenizer, config, generation = load_tokenizer_and_config(model_id, setting)
    forced_bos = getattr(generation, "forced_bos_token_id", None)
    prefix = tokenizer.convert_ids_to_tokens(forced_bos) if forced_bos is not None else None
    return tokenizer, input_limit(tokenizer, config), prefix


def _translator(path: Any, compute_type: str, settings: Settings, device: str = "cpu") -> Any:
    import ctranslate2

    map_large_buffers()  # before the model's threads allocate anything
    return ctranslate2.Translator(
        str(path),
        device=device,
        compute_type=compute_type,
        intra_threads=settings.threads_per_worker,
        inter_threads=settings.effective_model_workers,
    )


def _translator_on(
    path: Any, settings: Settings, device: str, compute_type: str, probe_token: str
) -> tuple[Any, str, str | None]:
    """The model loaded on ``device``: (translator, where it runs, why not on the GPU).

    On a GPU, one token is generated at once: CTranslate2 loads cuBLAS only at its first matrix
    product, so a GPU it cannot use would otherwise fail the first visitor's request, not the
    load. A GPU that ``SUMMARIZER_DEVICE=auto`` chose but CTranslate2 cannot use (its CUDA
    libraries missing, say) is not worth failing over: the model runs on the CPU, and the third
    item says why for the front end to show. With ``cuda`` asked for, that is an error, with the
    hint.
    """
    try:
        translator = _translator(path, compute_type, settings, device)
        if device == "cuda":
            translator.translate_batch([[probe_token]], beam_size=1, max_decoding_length=1)
        return translator, device, None
    except Exception as error:
        reason = with_cuda_hint(first_line(error))
        if device != "cuda" or settings.device != "auto":
            raise CTranslate2Unavailable(reason) from error
    cpu_settings = settings.replace(device="cpu")
    _, cpu_type = checked_device_and_type(cpu_settings)
    translator = _unavailable_on_error(lambda: _translator(path, cpu_type, cpu_settings, "cpu"))
    note = f"CTranslate2 could not use the GPU ({reason}); the model runs on the CPU"
    log.warning("%s", note)
    return translator, "cpu", note


def with_cuda_hint(message: str) -> str:
    """``message``, with what to install when it is CTranslate2 missing a CUDA library.

    CTranslate2 4.x's wheels are built against CUDA 12 and load cuBLAS 12 (and cuDNN 9) when
    they first use a GPU; a machine with only CUDA 13's libraries has a GPU CTranslate2 sees but
    cannot run on (seen on an H200 with CUDA 13, README "Devices").
    """
    for library, package in (
        ("libcublas", "nvidia-cublas-cu12"),
        ("libcudnn", "nvidia-cudnn-cu12"),
    ):
        if library in message:
            return f"{message}. CTranslate2 needs CUDA 12's {library}: pip install {package}"
    return message


def map_large_buffers() -> None:
    """Give every buffer of :data:`LARGE_BUFFER_BYTES` or more its own memory mapping, handed
    back to the system as soon as it is freed, and let the model's threads share
    :data:`HEAP_ARENAS` heaps (glibc's ``M_MMAP_THRESHOLD`` and ``M_ARENA_MAX``; a no-op where
    there is no ``mallopt``, and each left alone where the process's owner set it:
    ``MALLOC_MMAP_THRESHOLD_``, ``MALLOC_ARENA_MAX``).

    glibc starts at 128 KB but raises the threshold to the size of each large block freed, up to
    32 MB, so after the first call CTranslate2's per-layer activations (10–70 MB on a long input)
    came from the heaps instead, one per thread, where freed blocks stay resident and fragment: a
    serving process crept from 670 to 780 MB between calls, and its peak over the benchmark's
    short and long articles rose to 930–1,040 MB. With 8 MB and 2 heaps it stays at 650 MB
    between calls and peaks at 860–880 MB. The 2 heaps cost the summary about 8 % (8 MB alone
    costs nothing measurable but peaks at 955 MB); 1 MB costs a third more time, as each mapping's
    pages are zeroed anew (README, "Memory of a serving process").
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        mallopt(M_MMAP_THRESHOLD, LARGE_BUFFER_BYTES)
    if "MALLOC_ARENA_MAX" not in os.environ:
        mallopt(M_ARENA_MAX, HEAP_ARENAS)


def release_free_memory() -> None:
    """Hand the memory a model call freed back to the system (glibc's ``malloc_trim``; a no-op
    where there is none). CTranslate2's buffers are freed after each call but stay resident in
    the allocator's per-thread arenas: some 100 MB that would otherwise sit under the next
    call's peak."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def _unavailable_on_error(step: Callable[[], T]) -> T:
    """``step()``; any failure (ImportError, ConversionError, the loader's RuntimeError) becomes
    CTranslate2Unavailable, so that "auto" can fall back to transformers with the reason."""
    try:
        return step()
    except Exception as error:
        raise CTranslate2Unavailable(first_line(error)) from error
