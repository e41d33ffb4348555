"""Model loading and generation: the only module that touches a model.

A backend wraps one sequence-to-sequence model (the translator or the summariser) behind a small
interface: count tokens with the model's own tokenizer, and generate for a batch of texts. The
translate and summarize modules do their preprocessing and postprocessing around it, so they can be
tested with fakes that follow the same protocol.

Two implementations follow the same protocol:

* :class:`CTranslate2Backend`: the fast path. The transformers model is converted to CTranslate2 on
  first load (int8 weights by default, see ``Settings.compute_type``), cached on disk and reused
  (:mod:`summarizer.convert`); the transformers tokenizer still tokenises and counts, so token
  counts and decoded text are the same as with plain transformers. Only the converted model stays
  in memory: the fp32 transformers weights are loaded by the conversion process alone.
* :class:`TransformersBackend`: plain transformers (PyTorch), the reference and the fallback.

``Settings.backend`` picks one: "ctranslate2", "transformers", or "auto" (CTranslate2 when its
conversion and load work, otherwise transformers, with the reason in ``backend.fallback_reason``
for the app to show). Both use ``Settings.effective_threads`` threads (cgroup-aware).

Models load lazily, once per process (see :func:`get_backend`), and each backend serialises its
own use with a lock: tokenizers and models are not safe to use from several threads at once, and a
request that waits longer than ``busy_timeout`` gets a :class:`BusyError` instead of hanging.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .config import Settings, env_name
from .errors import BusyError, GenerationError, ModelLoadError

# Tokenizers report a huge sentinel when they have no limit of their own.
_NO_LIMIT = 100_000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GenerationOptions:
    max_new_tokens: int
    min_new_tokens: int = 0
    num_beams: int = 1
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    length_penalty: float = 1.0


@dataclass(frozen=True)
class Generated:
    text: str
    tokens: int  # generated tokens, special tokens excluded
    finished: bool  # False when generation stopped at max_new_tokens instead of end-of-sequence


class Seq2SeqBackend(Protocol):
    model_id: str
    name: str  # "transformers" or "ctranslate2"
    max_input_tokens: int  # the most tokens (special tokens included) one input may have
    # The real backends also carry ``fallback_reason: str | None``: why "auto" could not use
    # CTranslate2 (None when it did, or when no fallback happened). Read it with getattr.

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens each text takes as model input, special tokens included."""
        ...

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        """One output per input, in order. Inputs must fit ``max_input_tokens``."""
        ...


class ModelLock:
    """Serialises use of one model; waiting longer than ``timeout`` seconds raises BusyError."""

    def __init__(self, timeout: float) -> None:
        self._lock = threading.Lock()
        self.timeout = timeout

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        if not self._lock.acquire(timeout=self.timeout):
            raise BusyError(
                "The server is busy with other requests right now. Please try again in a minute."
            )
        try:
            yield
        finally:
            self._lock.release()


def input_limit(tokenizer: Any, config: Any) -> int:
    """The model's input limit: the tokenizer's, capped by the model's position embeddings."""
    limits = [
        int(value)
        for value in (
            getattr(tokenizer, "model_max_length", None),
            getattr(config, "max_position_embeddings", None),
        )
        if isinstance(value, int) and 0 < value < _NO_LIMIT
    ]
    if not limits:
        raise GenerationError("The model does not state its input limit; cannot chunk safely.")
    return min(limits)


class TransformersBackend:
    """Plain transformers (PyTorch) inference: the reference implementation and the fallback."""

    name = "transformers"
    fallback_reason: str | None = None

    def __init__(self, model_id: str, tokenizer: Any, model: Any, settings: Settings) -> None:
        self.model_id = model_id
        self.tokenizer = tokenizer
        self.model = model
        self.max_input_tokens = input_limit(tokenizer, model.config)
        self._lock = ModelLock(settings.busy_timeout)
        # BART and Marian force end-of-sequence at the length limit: an output ending there may
        # have been cut, not finished.
        self._forced_eos = _generation_value(model, "forced_eos_token_id") is not None
        # Every call passes max_new_tokens; the model's own max_length (512 for opus-mt, 142 for
        # distilbart-cnn) would only add a "both were set" warning to each call.
        generation_config = getattr(model, "generation_config", None)
        if generation_config is not None:
            generation_config.max_length = None

    @classmethod
    def load(cls, model_id: str, setting: str, settings: Settings) -> TransformersBackend:
        tokenizer, model = load_transformers_model(model_id, setting)
        set_torch_threads(settings.effective_threads)
        return cls(model_id, tokenizer, model, settings)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        with self._lock.hold():
            # verbose=False: counting a text over the limit is the point, not a mistake.
            encoded = self.tokenizer(list(texts), add_special_tokens=True, verbose=False)[
                "input_ids"
            ]
        return [len(ids) for ids in encoded]

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not texts:
            return []
        import torch

        with self._lock.hold():
            # No truncation: callers chunk by count_tokens first; an oversized input is a bug.
            batch = self.tokenizer(list(texts), return_tensors="pt", padding=True)
            if batch["input_ids"].shape[1] > self.max_input_tokens:
                raise GenerationError("An input longer than the model's limit reached generation.")
            with torch.inference_mode():
                output_ids = self.model.generate(**batch, **_generate_kwargs(options))
            return [self._decode(row, options.max_new_tokens) for row in output_ids]

    def _decode(self, row: Any, max_new_tokens: int) -> Generated:
        ids = row.tolist()
        eos = self.tokenizer.eos_token_id
        # The first id is the decoder start token; an end-of-sequence after it means "finished",
        # unless it sits exactly at the length limit where the model forces one.
        new = ids[1:]
        finished = eos in new and (new.index(eos) + 1 < max_new_tokens or not self._forced_eos)
        return _decoded(self.tokenizer, ids, finished)


def _decoded(tokenizer: Any, ids: Sequence[int], finished: bool) -> Generated:
    special = set(tokenizer.all_special_ids)
    content = [token for token in ids if token not in special]
    text = tokenizer.decode(content, skip_special_tokens=True)
    return Generated(text=text.strip(), tokens=len(content), finished=finished)


def _generation_value(model_or_config: Any, name: str) -> Any:
    """A generation setting from the model's generation config, else from its config."""
    for holder in (
        getattr(model_or_config, "generation_config", None),
        getattr(model_or_config, "config", None),
        model_or_config,
    ):
        value = getattr(holder, name, None) if holder is not None else None
        if value is not None:
            return value
    return None


def _generate_kwargs(options: GenerationOptions) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "max_new_tokens": options.max_new_tokens,
        "num_beams": options.num_beams,
        "do_sample": False,
        "repetition_penalty": options.repetition_penalty,
        "length_penalty": options.length_penalty,
        "no_repeat_ngram_size": options.no_repeat_ngram_size,
    }
    # The model's own generation defaults (e.g. BART-CNN's min_length=56) must not override the
    # lengths computed for each input.
    # min_length counts the decoder start token as well; setting it (rather than min_new_tokens
    # next to the config's min_length) replaces the model default instead of adding to it.
    kwargs["min_length"] = options.min_new_tokens + 1 if options.min_new_tokens else 0
    if options.num_beams > 1:
        kwargs["early_stopping"] = True
    return kwargs


def load_transformers_model(model_id: str, setting: str) -> tuple[Any, Any]:
    """Tokenizer and model from a hub id or a local directory; failures become ModelLoadError."""
    try:
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    except ImportError as error:  # pragma: no cover - a broken install
        raise ModelLoadError(
            model_id, f"transformers is not installed ({error})", setting
        ) from None
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # no loading bars on a CLI user's terminal
    source = model_location(model_id, setting)
    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
        model = AutoModelForSeq2SeqLM.from_pretrained(source)
    except Exception as error:  # transformers raises many types: OSError, ValueError, HTTP errors
        raise ModelLoadError(model_id, _load_reason(error), setting) from None
    model.eval()
    return tokenizer, model


def model_location(model_id: str, setting: str) -> str:
    """What from_pretrained gets: a local directory, the hub id's cached snapshot, or (hub id not
    cached) its fresh download; see summarizer.models, cache first."""
    from .models import resolve

    return str(resolve(model_id, setting))


def _load_reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    lowered = text.lower()
    if "offline" in lowered or "connection" in lowered or "resolve" in lowered:
        return "the model hub could not be reached (offline?)"
    if "not a valid model identifier" in lowered or "repository not found" in lowered:
        return "no such model on the hub"
    return text[:200]


def set_torch_threads(threads: int) -> None:
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


class CTranslate2Backend:
    """CTranslate2 inference on a converted copy of the model, with the transformers tokenizer.

    Generation options map one to one (beam size, length limits, n-gram blocking, penalties).
    Where transformers forces ``<s>`` as BART's first generated token (``forced_bos_token_id``),
    it is given to CTranslate2 as a one-token target prefix; Marian's ``<pad>`` start token is
    CTranslate2's zero start embedding. One difference remains by design: transformers replaces
    the last token with end-of-sequence when an output reaches ``max_new_tokens``
    (``forced_eos_token_id``), CTranslate2 keeps the token it generated; both report such an
    output as not finished.
    """

    name = "ctranslate2"
    fallback_reason: str | None = None

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
    ) -> None:
        self.model_id = model_id
        self.tokenizer = tokenizer
        self.translator = translator
        self.max_input_tokens = max_input_tokens
        self.target_prefix = target_prefix
        self.converted = converted  # summarizer.convert.ConvertedModel: path, converted, seconds
        self.compute_type = getattr(translator, "compute_type", settings.compute_type)
        self._eos = tokenizer.eos_token
        self._lock = ModelLock(settings.busy_timeout)

    @classmethod
    def load(cls, model_id: str, setting: str, settings: Settings) -> CTranslate2Backend:
        """Tokenizer and config through transformers; the model converted (once) and loaded.

        Raises ModelLoadError when the model itself cannot be found or read (transformers would
        fail too), and :class:`CTranslate2Unavailable` when only the CTranslate2 part fails.
        """
        tokenizer, config, generation = load_tokenizer_and_config(model_id, setting)
        max_input_tokens = input_limit(tokenizer, config)
        try:
            import ctranslate2

            from . import convert

            source = convert.model_source(model_id, model_location(model_id, setting))
            converted = convert.ensure_converted(
                source, convert.quantization_for(settings.compute_type), settings.cache_dir
            )
            translator = ctranslate2.Translator(
                str(converted.path),
                device="cpu",
                compute_type=settings.compute_type,
                intra_threads=settings.effective_threads,
                inter_threads=1,
            )
        except Exception as error:  # ImportError, ConversionError, RuntimeError from the loader
            text = str(error).strip()
            reason = text.splitlines()[0][:300] if text else type(error).__name__
            raise CTranslate2Unavailable(reason) from error
        forced_bos = getattr(generation, "forced_bos_token_id", None)
        prefix = tokenizer.convert_ids_to_tokens(forced_bos) if forced_bos is not None else None
        return cls(
            model_id,
            tokenizer,
            translator,
            settings,
            max_input_tokens=max_input_tokens,
            target_prefix=prefix,
            converted=converted,
        )

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        with self._lock.hold():
            # verbose=False: counting a text over the limit is the point, not a mistake.
            encoded = self.tokenizer(list(texts), add_special_tokens=True, verbose=False)[
                "input_ids"
            ]
        return [len(ids) for ids in encoded]

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not texts:
            return []
        with self._lock.hold():
            encoded = self.tokenizer(list(texts), add_special_tokens=True, verbose=False)[
                "input_ids"
            ]
            # No truncation: callers chunk by count_tokens first; an oversized input is a bug.
            if max(len(ids) for ids in encoded) > self.max_input_tokens:
                raise GenerationError("An input longer than the model's limit reached generation.")
            source = [self.tokenizer.convert_ids_to_tokens(ids) for ids in encoded]
            prefix = [[self.target_prefix] for _ in source] if self.target_prefix else None
            results = self.translator.translate_batch(
                source,
                target_prefix=prefix,
                beam_size=options.num_beams,
                max_decoding_length=options.max_new_tokens,
                min_decoding_length=options.min_new_tokens,
                no_repeat_ngram_size=options.no_repeat_ngram_size,
                repetition_penalty=options.repetition_penalty,
                length_penalty=options.length_penalty,
                return_end_token=True,
                max_input_length=0,
            )
            return [self._decode(result.hypotheses[0]) for result in results]

    def _decode(self, tokens: Sequence[str]) -> Generated:
        finished = bool(tokens) and tokens[-1] == self._eos
        ids = self.tokenizer.convert_tokens_to_ids(list(tokens))
        return _decoded(self.tokenizer, ids, finished)


class CTranslate2Unavailable(Exception):
    """CTranslate2 could not convert or load the model (the reason is the message)."""


def load_tokenizer_and_config(model_id: str, setting: str) -> tuple[Any, Any, Any]:
    """Tokenizer, config and generation config (None if absent), without the model weights."""
    try:
        from transformers import AutoConfig, AutoTokenizer, GenerationConfig
    except ImportError as error:  # pragma: no cover - a broken install
        raise ModelLoadError(
            model_id, f"transformers is not installed ({error})", setting
        ) from None
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # no loading bars on a CLI user's terminal
    source = model_location(model_id, setting)
    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
        config = AutoConfig.from_pretrained(source)
    except Exception as error:  # transformers raises many types: OSError, ValueError, HTTP errors
        raise ModelLoadError(model_id, _load_reason(error), setting) from None
    try:
        generation = GenerationConfig.from_pretrained(source)
    except OSError:
        # No generation_config.json (distilbart-cnn-12-6 has none): as from_pretrained does for
        # the model, read the generation settings (e.g. forced_bos_token_id) from config.json.
        try:
            generation = GenerationConfig.from_pretrained(
                source, config_file_name="config.json", _from_model_config=True
            )
        except Exception:
            generation = None
    except Exception:
        generation = None
    return tokenizer, config, generation


# --- one backend per (role, model, settings that change loading), shared by all requests -------

_BACKENDS: dict[tuple[Any, ...], Seq2SeqBackend] = {}
_BACKENDS_LOCK = threading.Lock()

SETTING_FOR_ROLE = {
    "translation": env_name("translation_model"),
    "summarization": env_name("summarization_model"),
}


# Models kept loaded per role: a public demo has little memory, so loading another model (a
# visitor's choice in the app) lets go of the previous one; requests still using it finish first.
MAX_LOADED_PER_ROLE = 1


def get_backend(role: str, settings: Settings) -> Seq2SeqBackend:
    """The shared backend for ``role`` ("translation" or "summarization"), loaded on first use."""
    model_id = settings.translation_model if role == "translation" else settings.summarization_model
    key = (role, model_id, settings.backend, settings.compute_type, settings.threads)
    with _BACKENDS_LOCK:
        backend = _BACKENDS.get(key)
        if backend is None:
            backend = _load_backend(model_id, SETTING_FOR_ROLE[role], settings)
            same_role = [other for other in _BACKENDS if other[0] == role]
            for old in same_role[: max(0, len(same_role) - MAX_LOADED_PER_ROLE + 1)]:
                del _BACKENDS[old]
            _BACKENDS[key] = backend
    return backend


def _load_backend(model_id: str, setting: str, settings: Settings) -> Seq2SeqBackend:
    if settings.backend == "transformers":
        return TransformersBackend.load(model_id, setting, settings)
    try:
        return CTranslate2Backend.load(model_id, setting, settings)
    except CTranslate2Unavailable as error:
        if settings.backend == "ctranslate2":
            raise ModelLoadError(
                model_id,
                f"CTranslate2 could not convert or load it ({error}); "
                f"set {env_name('backend')}=transformers to use plain transformers",
                setting,
            ) from None
        reason = f"CTranslate2 is unavailable for {model_id} ({error}); using plain transformers"
    log.warning("%s", reason)
    backend = TransformersBackend.load(model_id, setting, settings)
    backend.fallback_reason = reason
    return backend


def clear_backends() -> None:
    """Forget loaded models (tests; the app's "reload models" action)."""
    with _BACKENDS_LOCK:
        _BACKENDS.clear()
