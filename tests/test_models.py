"""Models prepared ahead, cache first: the real download path against a loopback stand-in hub.

huggingface_hub reads ``HF_ENDPOINT`` when it is imported, so everything that talks to the hub
runs in a child process (``python -m summarizer ...``) with the stand-in's address, and with
empty caches (``HF_HOME``, ``SUMMARIZER_CACHE_DIR``) in the test's temporary directory. The
stand-in serves the tiny test models under the default hub ids.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer import models
from summarizer.cli._models import ProgressPrinter
from summarizer.config import (
    DEFAULT_SUMMARIZATION_MODEL,
    DEFAULT_TRANSLATION_MODEL,
    Settings,
)
from summarizer.errors import ModelLoadError
from summarizer.models import _hub as hub
from tests.conftest import KLIKWARTAKU, TinyModels
from tests.hub_server import SilentServer, StandInHub, child_env, closed_port_url

ROOT = Path(__file__).resolve().parent.parent
# A hang guard only (the machine is shared and slow at times); nothing here asserts timings.
CHILD_TIMEOUT = 300
PREPARE_HINT = re.escape("python -m summarizer models prepare")


@dataclass
class Sandbox:
    """Empty caches and a clean environment for child processes."""

    root: Path
    endpoint: str

    def env(self, **extra: str) -> dict[str, str]:
        # Greedy decoding keeps tiny-model runs fast.
        settings = {"SUMMARIZER_NUM_BEAMS": "1", "PYTHONPATH": str(ROOT), **extra}
        return child_env(self.endpoint, self.root, **settings)

    def run(self, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "summarizer", *args],
            env=self.env(**extra),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )

    def status(self, *args: str) -> dict[str, dict[str, object]]:
        completed = self.run("models", "status", "--json", *args)
        assert completed.returncode == 0, completed.stderr
        return {item["role"]: item for item in json.loads(completed.stdout)["models"]}


def _served_copy(source: Path, target: Path) -> Path:
    """The model folder as a hub repository holds it: with copies loading does not need."""
    shutil.copytree(source, target)
    for extra in ("tf_model.h5", "flax_model.msgpack", "rust_model.ot", "README.md"):
        (target / extra).write_bytes(b"not needed to load the model" * 100)
    return target


@pytest.fixture
def stand_in(tiny_models: TinyModels, tmp_path: Path) -> Iterator[StandInHub]:
    served = {
        DEFAULT_TRANSLATION_MODEL: _served_copy(tiny_models.marian, tmp_path / "repo-marian"),
        DEFAULT_SUMMARIZATION_MODEL: _served_copy(tiny_models.bart, tmp_path / "repo-bart"),
    }
    server = StandInHub(served)
    yield server
    server.close()


def weight_downloads(server: StandInHub) -> list[str]:
    return [path for path in server.downloads() if path.endswith("/model.safetensors")]


def dockerfile_prepare_command() -> list[str]:
    """The command the Dockerfile's build runs to prepare the models."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    match = re.search(r"^RUN .*?\bthen (python -m summarizer models prepare[^;]*);", text, re.M)
    assert match, "the Dockerfile no longer prepares the models with `models prepare`"
    return shlex.split(match.group(1))


# --- the real download path (child processes, loopback stand-in hub) --------------------------


def test_dockerfile_prepare_then_status_then_offline_summary(
    stand_in: StandInHub, tmp_path: Path
) -> None:
    sandbox = Sandbox(tmp_path / "caches", stand_in.url)
    before = sandbox.status()
    assert {role: item["ready"] for role, item in before.items()} == {
        "translation": False,
        "summarization": False,
    }
    assert before["translation"]["model"] == DEFAULT_TRANSLATION_MODEL
    assert before["summarization"]["downloaded"] is False

    command = dockerfile_prepare_command()  # exactly what the container build runs
    prepared = sandbox.run(*command[3:])
    assert prepared.returncode == 0, prepared.stderr
    assert f"Downloading the translation model {DEFAULT_TRANSLATION_MODEL}:" in prepared.stderr
    assert re.search(r"of [\d.]+ MB", prepared.stderr)
    assert "Converting the summarization model" in prepared.stderr
    assert "step 1 of 2" in prepared.stderr and "step 2 of 2" in prepared.stderr
    downloaded = {path.rsplit("/", 1)[-1] for path in stand_in.downloads()}
    assert "model.safetensors" in downloaded and "config.json" in downloaded
    assert not downloaded & {"tf_model.h5", "flax_model.msgpack", "rust_model.ot", "README.md"}

    after = sandbox.status()
    for item in after.values():
        assert item["ready"] is True and item["downloaded"] is True and item["converted"] is True
        assert item["model_bytes"] > 0 and item["converted_bytes"] > 0
        assert str(tmp_path) in str(item["model_dir"])

    # The hub is now gone, and a slow one (accepts, never answers) stands at its address:
    # summarising must not even connect to it.
    stand_in.close()
    silent = SilentServer()
    try:
        offline = Sandbox(sandbox.root, silent.url)
        summary = offline.run("summarize", str(KLIKWARTAKU), "--json")
        assert summary.returncode == 0, summary.stderr
        assert json.loads(summary.stdout)["bullets"]
        # As the image's runtime stage serves: on CTranslate2, importing neither torch nor
        # transformers (which its requirements-serve.txt leaves out).
        served = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "summarizer", "summarize", str(KLIKWARTAKU)],
            env=offline.env(SUMMARIZER_BACKEND="ctranslate2"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )
        assert served.returncode == 0, served.stderr[-2000:]
        imported = {line.rsplit("|", 1)[-1].strip() for line in served.stderr.splitlines()}
        assert "ctranslate2" in imported and not imported & {"torch", "transformers"}
        assert silent.connections == []
    finally:
        silent.close()


def test_interrupted_download_fails_clearly_and_a_retry_succeeds(
    stand_in: StandInHub, tmp_path: Path
) -> None:
    sandbox = Sandbox(tmp_path / "caches", stand_in.url)
    stand_in.interrupt = {"model.safetensors"}
    failed = sandbox.run("models", "prepare", "--backend", "transformers")
    assert failed.returncode == 1
    # huggingface_hub retried the cut file a few times itself (no more), then gave up.
    assert 2 <= len(weight_downloads(stand_in)) <= 8
    lines = failed.stderr.strip().splitlines()
    assert re.fullmatch(
        rf"error: Could not load the model '{re.escape(DEFAULT_TRANSLATION_MODEL)}': "
        r"the download was interrupted \(.+\); run the same command again to retry\. .*",
        lines[-1],
    )
    assert sandbox.status("--backend", "transformers")["translation"]["ready"] is False

    stand_in.interrupt = set()
    weights_before = len(weight_downloads(stand_in))
    retried = sandbox.run("models", "prepare", "--backend", "transformers")
    assert retried.returncode == 0, retried.stderr
    assert len(weight_downloads(stand_in)) > weights_before  # fetched again, this time whole
    status = sandbox.status("--backend", "transformers")
    assert all(item["ready"] for item in status.values())


def test_unreachable_hub_with_empty_caches_fails_with_what_to_do(tmp_path: Path) -> None:
    sandbox = Sandbox(tmp_path / "caches", closed_port_url())
    for args in (
        ("models", "prepare", "--backend", "transformers"),
        ("summarize", str(KLIKWARTAKU), "--backend", "transformers"),
    ):
        completed = sandbox.run(*args)
        assert completed.returncode == 1
        message = completed.stderr.strip().splitlines()[-1]
        assert message.startswith(f"error: Could not load the model '{DEFAULT_TRANSLATION_MODEL}'")
        assert "the model hub could not be reached" in message
        assert re.search(PREPARE_HINT, message)
        assert "SUMMARIZER_TRANSLATION_MODEL" in message  # or a local directory


def test_slow_hub_with_empty_caches_fails_after_one_short_wait(tmp_path: Path) -> None:
    silent = SilentServer()
    try:
        completed = Sandbox(tmp_path / "caches", silent.url).run(
            "models", "prepare", "--backend", "transformers"
        )
    finally:
        silent.close()
    assert completed.returncode == 1
    assert "the model hub could not be reached (" in completed.stderr
    assert re.search(PREPARE_HINT, completed.stderr)
    # One metadata request for the model (plus at most one for huggingface_hub's own daily
    # registry look-up), each with a short timeout: no rounds of retries.
    assert 1 <= len(silent.connections) <= 2


def test_offline_mode_without_prepared_models_says_what_to_do(tmp_path: Path) -> None:
    completed = Sandbox(tmp_path / "caches", closed_port_url()).run(
        "models", "prepare", HF_HUB_OFFLINE="1"
    )
    assert completed.returncode == 1
    assert "HF_HUB_OFFLINE=1 forbids downloads" in completed.stderr
    assert re.search(PREPARE_HINT, completed.stderr)


# --- the pieces, in process (no network) -----------------------------------------------------


def test_wanted_files_take_one_copy_of_the_weights_and_what_loading_needs() -> None:
    repo = [
        ".gitattributes",
        "README.md",
        "config.json",
        "generation_config.json",
        "source.spm",
        "target.spm",
        "vocab.json",
        "tokenizer_config.json",
        "merges.txt",
        "pytorch_model.bin",
        "model.safetensors",
        "tf_model.h5",
        "flax_model.msgpack",
        "rust_model.ot",
        "onnx/encoder_model.onnx",
        "onnx/config.json",
    ]
    assert hub.wanted_files(repo) == [
        "config.json",
        "generation_config.json",
        "merges.txt",
        "model.safetensors",
        "source.spm",
        "target.spm",
        "tokenizer_config.json",
        "vocab.json",
    ]
    without_safetensors = [name for name in repo if name != "model.safetensors"]
    assert "pytorch_model.bin" in hub.wanted_files(without_safetensors)
    sharded = [
        "config.json",
        "model.safetensors.index.json",
        "model-00001-of-00002.safetensors",
        "model-00002-of-00002.safetensors",
        "pytorch_model.bin.index.json",
    ]
    assert hub.wanted_files(sharded) == sorted(sharded[:4])
    with pytest.raises(hub.HubError, match="no PyTorch or safetensors weights"):
        hub.wanted_files(["config.json", "tf_model.h5"])


def test_a_missing_directory_is_an_error_naming_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"no such directory.*SUMMARIZER_TRANSLATION_MODEL"):
        models.resolve(str(tmp_path / "nowhere"), "SUMMARIZER_TRANSLATION_MODEL")
    with pytest.raises(ModelLoadError, match="no such directory"):
        models.resolve("not a hub id", "SUMMARIZER_TRANSLATION_MODEL")
    assert models.resolve(str(tmp_path), "SUMMARIZER_TRANSLATION_MODEL") == tmp_path


def test_status_of_local_directories_needs_no_hub(tiny_models: TinyModels, tmp_path: Path) -> None:
    settings = Settings(
        translation_model=str(tiny_models.marian),
        summarization_model=str(tmp_path / "missing"),
        backend="transformers",
        cache_dir=str(tmp_path / "cache"),
    )
    translation, summarization = models.status(settings)
    assert (translation.ready, translation.source, translation.converted) == (True, "local", None)
    assert translation.model_bytes > 0
    assert (summarization.ready, summarization.downloaded) == (False, False)
    assert json.loads(json.dumps(translation.to_dict()))["model"] == str(tiny_models.marian)
    auto = models.status(settings.replace(backend="auto"))[0]
    assert (auto.ready, auto.converted) == (False, False)  # the fast backend needs a conversion


def test_progress_reaches_the_callers_thread_while_work_runs() -> None:
    import threading

    seen: list[str] = []
    result = models.run_reporting(
        lambda: threading.Event().wait(0.6) or "done",
        lambda: seen.append(threading.current_thread().name),
    )
    assert result == "done"
    assert len(seen) >= 2 and set(seen) == {threading.current_thread().name}
    with pytest.raises(ValueError, match="boom"):
        models.run_reporting(lambda: (_ for _ in ()).throw(ValueError("boom")), lambda: None)


def test_progress_printer_prints_each_step_and_every_tenth_of_a_download() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream)
    total = 1000
    for done in range(0, total + 1, 10):
        event = models.ModelProgress("translation", "m", "download", done, total, f"{done}")
        printer(event)
    printer(models.ModelProgress("translation", "m", "convert", 0, 2, "converting"))
    printer(models.ModelProgress("translation", "m", "convert", 0, 2, "converting"))
    lines = stream.getvalue().splitlines()
    assert lines == [*(str(step * 100) for step in range(11)), "converting"]


def test_public_demo_preset_is_valid_and_locks_model_choice() -> None:
    text = (ROOT / "docs" / "public-demo.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```env\n(.*?)```", text, re.S)
    assert len(blocks) == 1, "the preset is documented in exactly one place"
    preset = dict(
        line.split("=", 1) for line in blocks[0].splitlines() if line and not line.startswith("#")
    )
    assert preset["SUMMARIZER_ALLOW_MODEL_CHOICE"] == "0"
    settings = Settings.from_env(preset)  # every value valid
    assert settings.busy_timeout == float(preset["SUMMARIZER_BUSY_TIMEOUT"])
    assert settings.max_chars == int(preset["SUMMARIZER_MAX_CHARS"])
    assert settings.backend == "ctranslate2"


def test_dockerfile_recipe() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.findall(r"^FROM python:3\.\d+-slim AS (\w+)$", text, re.M) == ["base"]
    assert re.findall(r"^FROM base AS (\w+)$", text, re.M) == ["build", "runtime"]
    assert "--index-url https://download.pytorch.org/whl/cpu" in text
    _base, build, runtime = text.split("\nFROM ")[1:]
    # The build converts (torch, requirements.txt); the runtime serves the copied models without
    # torch unless it must convert on its first start (PREPARE_MODELS=0).
    assert "pip install -r requirements.txt" in build and "models prepare" in build
    assert "then pip install -r requirements-serve.txt; \\\n    else" in runtime
    assert "COPY --from=build --chown=app:app /home/app/.cache /home/app/.cache" in runtime
    assert re.search(r"^ENV SUMMARIZER_BACKEND=ctranslate2$", runtime, re.M)
    user = re.search(r"^USER (\S+)$", text, re.M)
    assert user and user.group(1) not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*/_stcore/health", text, re.M)
    assert re.search(r"^ARG PREPARE_MODELS=1$", text, re.M)
    assert re.search(r"^ENV HF_HUB_OFFLINE=\$\{PREPARE_MODELS\}$", text, re.M)
    # The build prepares the models as the user the container runs as (its cache, its files).
    assert text.index(user.group(0)) < text.index("then python -m summarizer models prepare")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for doc in ("hosting-docker.md", "hosting-spaces.md", "hosting-streamlit-cloud.md"):
        assert (ROOT / "docs" / doc).is_file() and f"docs/{doc}" in readme
    assert "docs/public-demo.md" in readme


def test_prepare_reports_each_step_to_the_page_in_its_own_thread(
    tiny_models: TinyModels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from summarizer.models import BackendPool, Role

    settings = Settings(
        translation_model=str(tiny_models.marian),
        summarization_model=str(tiny_models.bart),
        cache_dir=str(tmp_path / "cache"),
        convert_in_subprocess=False,  # faster; the same conversion
    )
    events: list[tuple[str, str, int, int, str]] = []
    caller = threading.current_thread().name

    def on_progress(event: models.ModelProgress) -> None:
        assert threading.current_thread().name == caller  # a page may draw from here
        events.append((event.role, event.stage, event.done, event.total, event.message))

    pool = BackendPool()
    prepared = models.prepare(settings, progress=on_progress, pool=pool)
    assert {key.role for key in pool.loaded()} == set(Role)  # loaded into the caller's pool
    assert [item.ready for item in prepared] == [True, True]
    assert [item.converted for item in prepared] == [True, True]
    steps = [(role, stage, done) for role, stage, done, _total, _message in events]
    for role in Role:
        mine = [step for step in steps if step[0] == role]
        assert mine[0] == (role, "convert", 0) and mine[-1] == (role, "load", 2)
        assert (role, "load", 1) in mine
    assert all(f"{role} model" in message for role, *_rest, message in events)
    assert models.all_ready(settings)


# --- the package's shape ------------------------------------------------------------------------

LIBRARY = ROOT / "summarizer"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Library modules ``path`` imports anywhere in it (function-level imports included)."""
    import ast

    found: set[str] = set()
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path.parent)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    return found & modules


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> list[str] | None:
        if module in visiting:
            return [*visiting[visiting.index(module) :], module]
        if module in done:
            return None
        visiting.append(module)
        for target in sorted(graph[module]):
            if (cycle := visit(target)) is not None:
                return cycle
        visiting.pop()
        done.add(module)
        return None

    return next((cycle for module in sorted(graph) if (cycle := visit(module))), None)


@pytest.mark.parametrize("package", ["models", "generate"])
def test_no_import_cycle_in_the_package_even_through_function_level_imports(package) -> None:
    files = {_module_name(path): path for path in (LIBRARY / package).rglob("*.py")}
    graph = {module: _imports(path, set(files)) - {module} for module, path in files.items()}
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])
    # A module of the package importing the package itself would go through its __init__.
    package_name = f"summarizer.{package}"
    assert not [module for module, targets in graph.items() if package_name in targets]


def test_the_cycle_check_finds_a_function_level_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_one_function_is_named_ensure_converted() -> None:
    named = [
        path.name
        for path in LIBRARY.rglob("*.py")
        if "def ensure_converted(" in path.read_text(encoding="utf-8")
    ]
    assert named == ["_convert.py"]
