"""Tokenizers that serve without transformers (and so without torch).

transformers 5 imports torch as soon as a tokenizer loads, and torch costs a serving process some
220 MB and 770 modules it never uses: CTranslate2 runs both models. So the conversion (which needs
transformers and torch anyway, in its own process) also writes, beside the converted model, what
tokenising needs (:func:`export`), and the CTranslate2 backend reads it back with sentencepiece or
``tokenizers`` alone (:func:`load`):

* a tokenizer on the ``tokenizers`` library (BART's byte-level BPE, and most others in
  transformers 5): its own ``tokenizer.json``, saved from the loaded transformers tokenizer, so
  ids, tokens and decoding are the library's own;
* Marian's sentencepiece tokenizer (opus-mt): its source and target ``.spm`` models and
  ``vocab.json``, tokenised as :class:`MarianTokenizer` does (:class:`MarianPieces`).

The facts the backend needs besides (special tokens, input limits, the forced first token) are
written beside them in ``summarizer-tokenizer.json``. A tokenizer of any other kind is not
exported: the backend then loads the transformers one, as before.

Both serving tokenizers answer the calls the backends make of a transformers tokenizer, and give
the same answers; tests/test_tokenizers.py holds them to it.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLDER = "tokenizer"  # inside the converted model's folder
FACTS = "summarizer-tokenizer.json"
FORMAT = 1
SPIECE_UNDERLINE = "▁"
# CTranslate2's vocabulary map, in the converted model's own folder: here one line, the tokens the
# model may output (see target_pieces).
OUTPUT_VOCABULARY = "vmap.txt"
# A restricted output layer is only worth its bookkeeping when it leaves out this much of the
# vocabulary (opus-mt-id-en: 32,000 English pieces of 54,796 entries leave out 42%).
MIN_LEFT_OUT = 0.1


@dataclass(frozen=True)
class ModelFacts:
    """What loading needs of the model besides its tokenizer (read from its configs at export)."""

    max_position_embeddings: int | None
    target_prefix: str | None  # the token generation is forced to start with (BART's <s>)


# --- export (the conversion process: transformers is loaded there) ------------------------------


def export(location: str, output_dir: str | Path) -> bool:
    """Write what serving ``location``'s tokenizer needs into ``output_dir``/tokenizer.

    Runs where transformers is loaded (the conversion). False when the tokenizer is of a kind
    served only through transformers (nothing written).
    """
    import transformers

    tokenizer = transformers.AutoTokenizer.from_pretrained(location)
    config = transformers.AutoConfig.from_pretrained(location)
    generation = generation_config(transformers.GenerationConfig, location)
    folder = Path(output_dir) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    kind = _export_files(tokenizer, folder)
    if kind is None:
        shutil.rmtree(folder)
        return False
    forced_bos = getattr(generation, "forced_bos_token_id", None)
    facts = {
        "format": FORMAT,
        "kind": kind,
        "model_max_length": tokenizer.model_max_length,
        "max_position_embeddings": getattr(config, "max_position_embeddings", None),
        "target_prefix": (
            tokenizer.convert_ids_to_tokens(forced_bos) if forced_bos is not None else None
        ),
        "eos_token": tokenizer.eos_token,
        "unk_token": tokenizer.unk_token,
        "special_tokens": list(tokenizer.all_special_tokens),
        "special_ids": list(tokenizer.all_special_ids),
        "added_tokens": [_added_token(token, id_) for id_, token in _added(tokenizer).items()],
        "clean_up": _cleans_up(tokenizer),
    }
    (folder / FACTS).write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
    return True


def _export_files(tokenizer: Any, folder: Path) -> str | None:
    """The tokenizer's files in ``folder``; its kind, or None when it has no light form."""
    if getattr(tokenizer, "split_special_tokens", False):
        return None
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is not None:
        backend.save(str(folder / "tokenizer.json"))
        return "tokenizers"
    if type(tokenizer).__name__ == "MarianTokenizer" and not tokenizer.separate_vocabs:
        source, target = tokenizer.spm_files
        shutil.copyfile(source, folder / "source.spm")
        shutil.copyfile(target, folder / "target.spm")
        vocab = json.dumps(tokenizer.encoder, ensure_ascii=False)
        (folder / "vocab.json").write_text(vocab, encoding="utf-8")
        output = output_tokens(tokenizer)
        if output is not None:
            # Beside model.bin, where CTranslate2 reads it (and uses it when asked: use_vmap).
            line = "\t" + " ".join(output) + "\n"
            (folder.parent / OUTPUT_VOCABULARY).write_text(line, encoding="utf-8")
        return "marian"
    return None


def output_tokens(tokenizer: Any) -> list[str] | None:
    """The tokens a transformers Marian tokenizer's model writes its output with
    (:func:`target_pieces`), or None when there is no smaller set than its whole vocabulary."""
    if type(tokenizer).__name__ != "MarianTokenizer" or tokenizer.separate_vocabs:
        return None
    return target_pieces(
        tokenizer.spm_files[1], tokenizer.encoder, (tokenizer.eos_token, tokenizer.unk_token)
    )


def target_pieces(
    target_spm: str | Path, vocab: Mapping[str, int], always: Sequence[str]
) -> list[str] | None:
    """The vocabulary entries a translation model writes the target language with, in id order.

    opus-mt models segment each language with its own sentencepiece model (32,000 pieces each,
    "spm32k-spm32k") but share one vocabulary of both: its model has only ever been trained to
    output the target model's pieces, so the source language's pieces can be left out of its
    output layer, which costs a decoding step the most. These are the target model's pieces (its
    control and unknown pieces aside) found in ``vocab``, plus the ``always`` tokens (end of
    sequence, unknown). None when that leaves out less than :data:`MIN_LEFT_OUT` of ``vocab``
    (one sentencepiece model for both languages, say).
    """
    import sentencepiece

    model = sentencepiece.SentencePieceProcessor(model_file=str(target_spm))
    pieces = {
        model.id_to_piece(index)
        for index in range(model.get_piece_size())
        if not (model.is_control(index) or model.is_unknown(index))
    }
    kept = sorted(
        (index, token) for token, index in vocab.items() if token in pieces or token in always
    )
    if len(kept) > (1 - MIN_LEFT_OUT) * len(vocab):
        return None
    return [token for _, token in kept]


def _added(tokenizer: Any) -> Mapping[int, Any]:
    return getattr(tokenizer, "added_tokens_decoder", None) or {}


def _added_token(token: Any, id_: int) -> dict[str, Any]:
    return {
        "id": int(id_),
        "content": str(token),
        **{flag: bool(getattr(token, flag, False)) for flag in ("lstrip", "rstrip", "single_word")},
    }


def _cleans_up(tokenizer: Any) -> bool:
    """Whether decoding cleans up spaces, as transformers decides (for BPE only when forced)."""
    if not getattr(tokenizer, "clean_up_tokenization_spaces", False):
        return False
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is not None and type(backend.model).__name__ == "BPE":
        force = "clean_up_tokenization_spaces_for_bpe_even_though_it_will_corrupt_output"
        return bool(getattr(tokenizer, force, False))
    return True


def generation_config(generation_config_class: Any, source: str) -> Any:
    """The model's generation config (None if it has none), as from_pretrained reads it."""
    try:
        return generation_config_class.from_pretrained(source)
    except OSError:
        # No generation_config.json (distilbart-cnn-12-6 has none): as from_pretrained does for
        # the model, read the generation settings (e.g. forced_bos_token_id) from config.json.
        try:
            return generation_config_class.from_pretrained(
                source, config_file_name="config.json", _from_model_config=True
            )
        except Exception:
            return None
    except Exception:
        return None


# --- serving (no transformers) ------------------------------------------------------------------


def load(converted_dir: str | Path) -> tuple[Any, ModelFacts] | None:
    """The serving tokenizer and model facts exported beside a converted model; None when there
    are none (a tokenizer only transformers serves, or a conversion older than this module)."""
    folder = Path(converted_dir) / FOLDER
    try:
        facts = json.loads((folder / FACTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if facts.get("format") != FORMAT or facts.get("kind") not in _KINDS:
        return None
    tokenizer = _KINDS[facts["kind"]](folder, facts)
    model = ModelFacts(
        max_position_embeddings=facts.get("max_position_embeddings"),
        target_prefix=facts.get("target_prefix"),
    )
    return tokenizer, model


class ServingTokenizer:
    """What both serving tokenizers share: special tokens, limits, and the transformers-style
    calls the backends make (``tokenizer(texts, add_special_tokens=True)["input_ids"]``,
    ``convert_ids_to_tokens``, ``convert_tokens_to_ids``, ``decode``)."""

    def __init__(self, facts: Mapping[str, Any]) -> None:
        self.model_max_length: int = facts["model_max_length"]
        self.eos_token: str = facts["eos_token"]
        self.unk_token: str = facts["unk_token"]
        self.all_special_tokens: list[str] = list(facts["special_tokens"])
        self.all_special_ids: list[int] = list(facts["special_ids"])
        self._clean_up: bool = facts["clean_up"]

    @property
    def eos_token_id(self) -> int:
        return self.convert_tokens_to_ids([self.eos_token])[0]

    def __call__(
        self, texts: Sequence[str], add_special_tokens: bool = True, verbose: bool = False
    ) -> dict[str, list[list[int]]]:
        del verbose  # nothing is ever truncated here, so there is nothing to warn about
        return {"input_ids": self.encode_batch(list(texts), add_special_tokens)}

    def decode(self, ids: Sequence[int], skip_special_tokens: bool = False) -> str:
        text = self._decode(list(ids), skip_special_tokens)
        return clean_up_tokenization(text) if self._clean_up else text

    def encode_batch(self, texts: list[str], add_special_tokens: bool) -> list[list[int]]:
        raise NotImplementedError

    def convert_ids_to_tokens(self, ids: Sequence[int]) -> list[str]:
        raise NotImplementedError

    def convert_tokens_to_ids(self, tokens: Sequence[str]) -> list[int]:
        raise NotImplementedError

    def _decode(self, ids: list[int], skip_special_tokens: bool) -> str:
        raise NotImplementedError


class TokenizersJson(ServingTokenizer):
    """A ``tokenizers`` tokenizer from the ``tokenizer.json`` transformers itself used."""

    def __init__(self, folder: Path, facts: Mapping[str, Any]) -> None:
        from tokenizers import Tokenizer

        super().__init__(facts)
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_truncation()  # never truncate: callers chunk by the counts
        self._tokenizer.no_padding()
        self._unk_id = self._tokenizer.token_to_id(self.unk_token)

    def encode_batch(self, texts: list[str], add_special_tokens: bool) -> list[list[int]]:
        encoded = self._tokenizer.encode_batch(texts, add_special_tokens=add_special_tokens)
        return [item.ids for item in encoded]

    def convert_ids_to_tokens(self, ids: Sequence[int]) -> list[str]:
        return [self._tokenizer.id_to_token(int(index)) for index in ids]

    def convert_tokens_to_ids(self, tokens: Sequence[str]) -> list[int]:
        found = (self._tokenizer.token_to_id(token) for token in tokens)
        return [self._unk_id if index is None else index for index in found]

    def _decode(self, ids: list[int], skip_special_tokens: bool) -> str:
        return self._tokenizer.decode(ids, skip_special_tokens=skip_special_tokens)


class MarianPieces(ServingTokenizer):
    """opus-mt's tokenizer on sentencepiece, as transformers' ``MarianTokenizer`` tokenises:
    added tokens split out first, a leading ``>>lang<<`` code kept whole, the rest encoded by the
    source sentencepiece model and looked up in ``vocab.json`` (else ``<unk>``), ``</s>`` last.
    Decoding uses the source model too, as MarianTokenizer does for a shared vocabulary."""

    def __init__(self, folder: Path, facts: Mapping[str, Any]) -> None:
        import sentencepiece

        super().__init__(facts)
        self._source = sentencepiece.SentencePieceProcessor(model_file=str(folder / "source.spm"))
        self._encoder: dict[str, int] = json.loads(
            (folder / "vocab.json").read_text(encoding="utf-8")
        )
        self._decoder = {index: token for token, index in self._encoder.items()}
        added = facts["added_tokens"]
        self._added_ids = {item["content"]: item["id"] for item in added}
        self._added_tokens = {item["id"]: item["content"] for item in added}
        self._added_flags = {item["content"]: item for item in added}
        contents = sorted(self._added_ids, key=len, reverse=True)
        self._splitter = (
            re.compile("(" + "|".join(re.escape(token) for token in contents) + ")")
            if contents
            else None
        )
        self._special = set(self.all_special_tokens)
        self._unk_id = self._encoder[self.unk_token]

    def encode_batch(self, texts: list[str], add_special_tokens: bool) -> list[list[int]]:
        eos = [self.eos_token_id] if add_special_tokens else []
        return [self.convert_tokens_to_ids(self.tokenize(text)) + eos for text in texts]

    def tokenize(self, text: str) -> list[str]:
        """Tokens as ``PreTrainedTokenizer.tokenize`` gives them (added tokens kept whole)."""
        parts = [part for part in self._splitter.split(text) if part] if self._splitter else [text]
        self._strip_around_added(parts)
        tokens: list[str] = []
        for part in parts:
            if not part:
                continue
            if part in self._added_ids or part in self._special:
                tokens.append(part)
            else:
                tokens.extend(self._pieces(part))
        return tokens

    def _strip_around_added(self, parts: list[str]) -> None:
        """lstrip, rstrip and single_word of added tokens, as transformers applies them."""
        for index, part in enumerate(parts):
            flags = self._added_flags.get(part)
            if flags is None:
                continue
            left = parts[index - 1] if index > 0 else None
            right = parts[index + 1] if index < len(parts) - 1 else None
            if flags["rstrip"] and right:
                parts[index + 1] = right.lstrip()
            if flags["lstrip"] and left:
                parts[index - 1] = left.rstrip()
            if flags["single_word"]:
                if left and left[-1] != " ":
                    parts[index - 1] += part
                    parts[index] = ""
                elif right and right[0] != " ":
                    parts[index + 1] = part + parts[index + 1]
                    parts[index] = ""

    def _pieces(self, text: str) -> list[str]:
        code: list[str] = []
        if text.startswith(">>") and (end := text.find("<<")) != -1:
            code, text = [text[: end + 2]], text[end + 2 :]
        return code + self._source.encode(text, out_type=str)

    def convert_ids_to_tokens(self, ids: Sequence[int]) -> list[str]:
        return [self._token(int(index)) for index in ids]

    def _token(self, index: int) -> str:
        if index in self._added_tokens:
            return self._added_tokens[index]
        if index in self._decoder:
            return self._decoder[index]
        piece = self._source.id_to_piece(index) if 0 <= index < len(self._source) else ""
        return piece or self.unk_token

    def convert_tokens_to_ids(self, tokens: Sequence[str]) -> list[int]:
        found = (self._added_ids.get(token, self._encoder.get(token)) for token in tokens)
        return [self._unk_id if index is None else index for index in found]

    def _decode(self, ids: list[int], skip_special_tokens: bool) -> str:
        skipped = set(self.all_special_ids) if skip_special_tokens else set()
        tokens = [self._token(index) for index in ids if index not in skipped]
        out, pending = "", []
        for token in tokens:
            if token in self._special:  # never decoded by sentencepiece
                out += self._source.decode_pieces(pending) + token + " "
                pending = []
            else:
                pending.append(token)
        out += self._source.decode_pieces(pending)
        return out.replace(SPIECE_UNDERLINE, " ").strip()


def clean_up_tokenization(text: str) -> str:
    """transformers' ``clean_up_tokenization``: no space before punctuation and contractions."""
    for spaced, joined in _CLEAN_UPS:
        text = text.replace(spaced, joined)
    return text


_CLEAN_UPS = (
    (" .", "."),
    (" ?", "?"),
    (" !", "!"),
    (" ,", ","),
    (" ' ", "'"),
    (" n't", "n't"),
    (" 'm", "'m"),
    (" 's", "'s"),
    (" 've", "'ve"),
    (" 're", "'re"),
)

_KINDS = {"tokenizers": TokenizersJson, "marian": MarianPieces}
