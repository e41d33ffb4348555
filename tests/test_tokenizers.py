"""Serving without torch: the tokenizers a conversion exports give the transformers tokenizer's
ids, tokens and text, and a summary on the CTranslate2 backend loads neither torch nor
transformers (the CLI, the API and the page, each in a fresh process)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.models import CTranslate2Backend, Role
from summarizer.models import _tokenizers as tokenizers
from summarizer.testing import build_bart

from .conftest import FIXTURES, KLIKWARTAKU

REPO = Path(__file__).resolve().parents[1]
LANGID = FIXTURES / "corpus" / "langid"
TRICKY = [
    "",
    " ",
    "  dua  spasi\tdan tab\n",
    "Harga beras naik 3,5 persen</s> lalu <unk> dan <pad>.",
    "</s></s>",
    ">>eng<< Kalimat dengan kode bahasa di depan.",
    "Emoji 😀 dan huruf Ελληνικά, 中文, café, naïve — “kutipan” ‘tunggal’ … ½",
    "<s>Mask <mask> here</s>",
    "Tom's and we're and can't , . ? !",
    "1.234.567,89 Rp20.000 (30/11/2024) #tagar @nama https://contoh.id/a?b=c",
]


def texts() -> list[str]:
    """Real Indonesian and English sentences, and edge cases."""
    article = [line for line in KLIKWARTAKU.read_text("utf-8").splitlines() if line.strip()]
    english = (LANGID / "lingua-sentences-en.txt").read_text("utf-8").splitlines()[:150]
    indonesian = (LANGID / "lingua-sentences-id.txt").read_text("utf-8").splitlines()[:150]
    return [*article, *english, *indonesian, *TRICKY]


def reference_and_served(location: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from transformers import AutoTokenizer

    out = tmp_path / "converted"
    assert tokenizers.export(str(location), out)
    served = tokenizers.load(out)
    assert served is not None
    return AutoTokenizer.from_pretrained(str(location)), served[0]


def bart_without_tokenizer_json(tiny_models, tmp_path: Path) -> Path:
    """As distilbart-cnn-12-6 ships: vocab.json and merges.txt, no tokenizer.json."""
    path = tmp_path / "bart-files"
    shutil.copytree(tiny_models.bart, path)
    (path / "tokenizer.json").unlink()
    return path


@pytest.fixture(params=["marian", "bart", "bart-files"])
def model(request, tiny_models, tmp_path) -> Path:
    if request.param == "bart-files":
        return bart_without_tokenizer_json(tiny_models, tmp_path)
    return getattr(tiny_models, request.param)


def test_ids_tokens_and_text_are_the_transformers_tokenizers(model, tmp_path) -> None:
    reference, served = reference_and_served(model, tmp_path)
    assert type(served).__module__ == tokenizers.__name__
    sample = texts()
    ids = reference(sample, add_special_tokens=True, verbose=False)["input_ids"]
    assert served(sample, add_special_tokens=True, verbose=False)["input_ids"] == ids
    assert (
        served(sample, add_special_tokens=False)["input_ids"]
        == reference(sample, add_special_tokens=False)["input_ids"]
    )
    for row in ids:
        tokens = reference.convert_ids_to_tokens(row)
        assert served.convert_ids_to_tokens(row) == tokens
        assert served.convert_tokens_to_ids(tokens) == reference.convert_tokens_to_ids(tokens)
        for skip in (True, False):
            assert served.decode(row, skip_special_tokens=skip) == reference.decode(
                row, skip_special_tokens=skip
            )
    assert (served.eos_token, served.eos_token_id, served.model_max_length) == (
        reference.eos_token,
        reference.eos_token_id,
        reference.model_max_length,
    )
    assert sorted(served.all_special_ids) == sorted(reference.all_special_ids)


def test_any_generated_ids_decode_as_transformers_decodes_them(model, tmp_path) -> None:
    """What a model generates is any id sequence: special ids, unknown pieces and all."""
    reference, served = reference_and_served(model, tmp_path)
    size = len(reference)
    chance = random.Random(0)
    for _ in range(300):
        row = [chance.randrange(size) for _ in range(chance.randrange(0, 30))]
        tokens = reference.convert_ids_to_tokens(row)
        assert served.convert_ids_to_tokens(row) == tokens
        assert served.convert_tokens_to_ids(tokens) == reference.convert_tokens_to_ids(tokens)
        assert served.decode(row, skip_special_tokens=True) == reference.decode(
            row, skip_special_tokens=True
        )
    invented = ["▁zzznotatoken", "notatoken", "<s>", "</s>", "<pad>"]
    assert served.convert_tokens_to_ids(invented) == reference.convert_tokens_to_ids(invented)


def test_a_forced_first_token_and_the_limits_are_exported(tmp_path) -> None:
    path = build_bart(tmp_path / "bart", max_positions=64)
    (path / "generation_config.json").unlink()  # read from config.json, as transformers does
    config = json.loads((path / "config.json").read_text())
    config["forced_bos_token_id"] = config["bos_token_id"]
    (path / "config.json").write_text(json.dumps(config))
    tokenizers.export(str(path), tmp_path / "out")
    _tokenizer, facts = tokenizers.load(tmp_path / "out")  # type: ignore[misc]
    assert facts == tokenizers.ModelFacts(max_position_embeddings=64, target_prefix="<s>")


def test_a_conversion_without_an_exported_tokenizer_loads_the_transformers_one(
    tiny_models, tmp_path
) -> None:
    settings = Settings(cache_dir=str(tmp_path / "cache"), convert_in_subprocess=False)
    role = Role.TRANSLATION
    fast = CTranslate2Backend.load(str(tiny_models.marian), role.setting, settings)
    assert type(fast.tokenizer).__name__ == "MarianPieces"
    shutil.rmtree(fast.converted.path / tokenizers.FOLDER)
    again = CTranslate2Backend.load(str(tiny_models.marian), role.setting, settings)
    assert type(again.tokenizer).__name__ == "MarianTokenizer"
    assert again.max_input_tokens == fast.max_input_tokens


# --- no torch when serving ----------------------------------------------------------------------

SERVE_SCRIPT = """
import io, json, sys
from contextlib import redirect_stdout
mode = sys.argv[1]
if mode == "cli":
    from summarizer.cli import main
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["summarize", sys.argv[2], "--json", "--bullets", "2"])
    assert code == 0, out.getvalue()
    assert json.loads(out.getvalue())["bullets"]
elif mode == "page":
    from streamlit.testing.v1 import AppTest
    page = AppTest.from_file(sys.argv[3], default_timeout=120)
    page.run()
    page.text_area(key="text").set_value(open(sys.argv[2], encoding="utf-8").read())
    page.button(key="run_text").click().run()
    assert not page.exception and not page.error, [e.value for e in page.error]
    assert page.session_state["page"].shown is not None
else:
    from fastapi.testclient import TestClient
    from summarizer.api import create_app
    text = open(sys.argv[2], encoding="utf-8").read()
    response = TestClient(create_app()).post("/v1/summarize", json={"text": text, "bullets": 2})
    assert response.status_code == 200, response.text
heavy = sorted(name for name in ("torch", "transformers") if name in sys.modules)
print(json.dumps({"heavy": heavy}))
"""


@pytest.mark.parametrize("front_end", ["cli", "api", "page"])
def test_a_summary_on_ctranslate2_imports_neither_torch_nor_transformers(
    tiny_models, tmp_path, front_end
) -> None:
    env = {
        **os.environ,
        "SUMMARIZER_TRANSLATION_MODEL": str(tiny_models.marian),
        "SUMMARIZER_SUMMARIZATION_MODEL": str(tiny_models.bart),
        "SUMMARIZER_BACKEND": "ctranslate2",
        "SUMMARIZER_NUM_BEAMS": "1",
        "SUMMARIZER_CONVERT_IN_SUBPROCESS": "0",  # here, to convert beforehand (torch is here)
        "PYTHONPATH": str(REPO),
    }
    settings = Settings.from_env(env)
    for role in Role:  # converted beforehand, as `models prepare` or the image build does
        CTranslate2Backend.load(role.model(settings), role.setting, settings)
    completed = subprocess.run(
        [sys.executable, "-c", SERVE_SCRIPT, front_end, str(KLIKWARTAKU), str(REPO / "app.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert json.loads(completed.stdout.strip().splitlines()[-1]) == {"heavy": []}
