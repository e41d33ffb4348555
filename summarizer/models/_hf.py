"""Plain transformers (PyTorch): the reference backend and the fallback, and model loading.

The loading helpers here (tokenizer, config, model location) serve the CTranslate2 backend too
where its conversion exported no serving tokenizer (:mod:`summarizer.models._tokenizers`); either
way it tokenises as the transformers tokenizer does, so token counts and decoded text are the same.

Loading a model changes nothing outside it: torch's thread count is the process's (set by whoever
owns the process, e.g. ``OMP_NUM_THREADS``), never changed here; ``Settings.threads`` sizes the
CTranslate2 backend, whose thread pool belongs to each model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.config import Settings
from summarizer.errors import ModelLoadError, first_line
from summarizer.models._base import (
    Generated,
    GenerationOptions,
    ModelLock,
    Seq2SeqBackend,
    decoded,
    input_limit,
    resolve_device,
)
from summarizer.models._source import resolve
from summarizer.models._tokenizers import generation_config, output_tokens


class TransformersBackend(Seq2SeqBackend):
    """Plain transformers (PyTorch) inference: the reference implementation and the fallback."""

    name = "transformers"

    def __init__(self, model_id: str, tokenizer: Any, model: Any, settings: Settings) -> None:
        super().__init__(
            model_id,
            tokenizer,
            max_input_tokens=input_limit(tokenizer, model.config),
            lock=ModelLock(settings.busy_timeout),
        )
        self.model = model
        self.device = str(getattr(model, "device", "cpu")).split(":")[0]  # "cpu" or "cuda"
        # BART and Marian force end-of-sequence at the length limit: an output ending there may
        # have been cut, not finished.
        self._forced_eos = _generation_value(model, "forced_eos_token_id") is not None
        # Every call passes max_new_tokens; the model's own max_length (512 for opus-mt, 142 for
        # distilbart-cnn) would only add a "both were set" warning to each call.
        generation_config = getattr(model, "generation_config", None)
        if generation_config is not None:
            generation_config.max_length = None
        # The source language's pieces kept out of the output, as the CTranslate2 backend does.
        self._suppressed = _non_target_ids(tokenizer) if settings.target_pieces_only else []

    @classmethod
    def load(cls, model_id: str, setting: str, settings: Settings) -> TransformersBackend:
        device = torch_device(settings.device)
        tokenizer, model = load_transformers_model(model_id, setting)
        return cls(model_id, tokenizer, model.to(device), settings)

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[Generated]:
        if not texts:
            return []
        import torch

        with self.hold():
            batch = self.tokenizer(list(texts), return_tensors="pt", padding=True)
            self.check_fits([batch["input_ids"].shape[1]])
            batch = batch.to(self.model.device)
            with torch.inference_mode():
                output_ids = self.model.generate(
                    **batch, **_generate_kwargs(options), suppress_tokens=self._suppressed or None
                )
            return [self._decode(row, options.max_new_tokens) for row in output_ids]

    def _decode(self, row: Any, max_new_tokens: int) -> Generated:
        ids = row.tolist()
        eos = self.tokenizer.eos_token_id
        # The first id is the decoder start token; an end-of-sequence after it means "finished",
        # unless it sits exactly at the length limit where the model forces one.
        new = ids[1:]
        finished = eos in new and (new.index(eos) + 1 < max_new_tokens or not self._forced_eos)
        return decoded(self.tokenizer, ids, finished)


def _non_target_ids(tokenizer: Any) -> list[int]:
    """Vocabulary ids a translation model never outputs (:func:`output_tokens`); none for others."""
    output = output_tokens(tokenizer)
    if output is None:
        return []
    kept = set(output)
    return sorted(index for token, index in tokenizer.get_vocab().items() if token not in kept)


def torch_device(requested: str) -> str:
    """``Settings.device`` for torch: "cuda" where torch sees a CUDA GPU (see resolve_device)."""
    if requested == "cpu":
        return "cpu"
    import torch

    return resolve_device(requested, torch.cuda.device_count() if torch.cuda.is_available() else 0)


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


def _transformers(model_id: str, setting: str) -> Any:
    """The transformers package, quiet; a broken install is a ModelLoadError."""
    try:
        import transformers
    except ImportError as error:  # pragma: no cover - a broken install
        raise ModelLoadError(
            model_id, f"transformers is not installed ({error})", setting
        ) from None
    transformers.utils.logging.disable_progress_bar()  # no loading bars on a CLI user's terminal
    return transformers


def load_transformers_model(model_id: str, setting: str) -> tuple[Any, Any]:
    """Tokenizer and model from a hub id or a local directory; failures become ModelLoadError."""
    tokenizer, model = _from_pretrained(model_id, setting, "AutoModelForSeq2SeqLM")
    model.eval()
    return tokenizer, model


def load_tokenizer_and_config(model_id: str, setting: str) -> tuple[Any, Any, Any]:
    """Tokenizer, config and generation config (None if absent), without the model weights."""
    tokenizer, config = _from_pretrained(model_id, setting, "AutoConfig")
    transformers = _transformers(model_id, setting)
    source = model_location(model_id, setting)
    return tokenizer, config, generation_config(transformers.GenerationConfig, source)


def _from_pretrained(model_id: str, setting: str, second: str) -> tuple[Any, Any]:
    """The tokenizer and ``transformers.<second>`` from the model; failures: ModelLoadError."""
    transformers = _transformers(model_id, setting)
    source = model_location(model_id, setting)
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(source)
        loaded = getattr(transformers, second).from_pretrained(source)
    except Exception as error:  # transformers raises many types: OSError, ValueError, HTTP errors
        raise ModelLoadError(model_id, _load_reason(error), setting) from None
    return tokenizer, loaded


def model_location(model_id: str, setting: str) -> str:
    """What from_pretrained gets: a local directory, the hub id's cached snapshot, or (hub id not
    cached) its fresh download; see summarizer.models._source, cache first."""
    return str(resolve(model_id, setting))


# transformers wraps hub and file errors in OSError and ValueError, so its errors are told apart by
# their first line: (words, reason) rows; the first row with a word in the line decides.
_LOAD_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("offline", "connection", "resolve"), "the model hub could not be reached (offline?)"),
    (("not a valid model identifier", "repository not found"), "no such model on the hub"),
)


def _load_reason(error: Exception) -> str:
    text = first_line(error, limit=200)
    lowered = text.lower()
    return next((why for words, why in _LOAD_REASONS if any(w in lowered for w in words)), text)
