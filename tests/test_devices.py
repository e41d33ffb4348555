"""SUMMARIZER_DEVICE: auto, cpu or cuda; a GPU that is asked for but absent is a clear error, and
"auto" on a machine without CUDA (this one) runs on the CPU. What runs on a real GPU is checked by
``python -m benchmarks.gpu_check`` on a machine that has one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from summarizer.config import DEVICES, Settings
from summarizer.errors import ConfigError, ModelLoadError
from summarizer.models import (
    CTranslate2Backend,
    GenerationOptions,
    LoadKey,
    Role,
    TransformersBackend,
    load_backend,
)
from summarizer.models import _ct2 as ct2
from summarizer.models._base import resolve_device

ROLE = Role.TRANSLATION


def settings_for(tmp_path, **changes: object) -> Settings:
    return Settings(cache_dir=str(tmp_path / "cache"), convert_in_subprocess=False, **changes)  # type: ignore[arg-type]


def test_the_values_and_a_bad_one_named_by_its_variable() -> None:
    assert DEVICES == ("auto", "cpu", "cuda") and Settings().device == "auto"
    assert Settings.from_env({"SUMMARIZER_DEVICE": "cuda"}).device == "cuda"
    with pytest.raises(ConfigError, match=r"SUMMARIZER_DEVICE='gpu' is not valid.*auto, cpu, cuda"):
        Settings.from_env({"SUMMARIZER_DEVICE": "gpu"})
    with pytest.raises(ConfigError, match=r"--device='tpu'"):
        Settings.from_env({}, {"device": "tpu"}, flag_names={"device": "--device"})


@pytest.mark.parametrize(
    ("requested", "gpus", "device"),
    [
        ("cpu", 0, "cpu"),
        ("cpu", 2, "cpu"),
        ("auto", 0, "cpu"),
        ("auto", 1, "cuda"),
        ("cuda", 1, "cuda"),
    ],
)
def test_which_device_runs(requested: str, gpus: int, device: str) -> None:
    assert resolve_device(requested, gpus) == device


def test_cuda_without_a_gpu_is_an_error_naming_the_setting() -> None:
    with pytest.raises(ConfigError, match=r"SUMMARIZER_DEVICE='cuda'.*no CUDA GPU") as raised:
        resolve_device("cuda", 0)
    assert raised.value.setting == "SUMMARIZER_DEVICE"


def test_this_machine_has_no_cuda_so_cuda_is_refused_and_auto_runs_on_the_cpu(
    tiny_models, tmp_path
) -> None:
    assert ct2.cuda_device_count() == 0
    path = str(tiny_models.marian)
    with pytest.raises(ConfigError, match="SUMMARIZER_DEVICE='cuda'"):
        load_backend(path, ROLE.setting, settings_for(tmp_path, device="cuda"))
    assert not (tmp_path / "cache" / "ct2").exists()  # refused before any conversion
    with pytest.raises(ConfigError, match="SUMMARIZER_DEVICE='cuda'"):
        TransformersBackend.load(path, ROLE.setting, settings_for(tmp_path, device="cuda"))
    for backend in ("ctranslate2", "transformers"):
        loaded = load_backend(path, ROLE.setting, settings_for(tmp_path, backend=backend))
        assert (loaded.name, loaded.device) == (backend, "cpu")
        assert loaded.generate(["Harga beras naik."], GenerationOptions(8))[0].finished


def test_on_a_gpu_int8_runs_as_int8_float16_else_float16() -> None:
    gpu = {"float32", "int8", "int8_float32", "int8_float16", "float16", "bfloat16"}
    assert ct2.device_compute_type("int8", "cuda", gpu) == "int8_float16"
    assert ct2.device_compute_type("int8", "cuda", {"float32", "int8", "float16"}) == "float16"
    assert ct2.device_compute_type("int8", "cuda", {"float32", "int8"}) == "int8"
    assert ct2.device_compute_type("int8", "cpu", gpu) == "int8"
    assert ct2.device_compute_type("float32", "cuda", gpu) == "float32"


def test_a_type_the_gpu_or_cpu_lacks_is_refused_naming_the_device() -> None:
    with pytest.raises(ConfigError, match=r"'bfloat16' is not supported by this GPU"):
        ct2.checked_compute_type("bfloat16", {"float32", "int8", "float16"}, "cuda")
    with pytest.raises(ConfigError, match=r"'float16' is not supported by this CPU"):
        ct2.checked_compute_type("float16", {"float32", "int8"})


def test_with_a_gpu_ctranslate2_is_asked_for_the_gpu_and_its_type(
    tiny_models, tmp_path, monkeypatch
) -> None:
    """As on a GPU machine, as far as CTranslate2 reports it (benchmarks/gpu_check.py runs it
    for real there)."""
    import ctranslate2

    made: list[dict[str, object]] = []
    real_translator = ctranslate2.Translator

    def translator(path: str, **options: object) -> object:
        made.append(options)
        return real_translator(path, **{**options, "device": "cpu", "compute_type": "int8"})

    supported = {"cuda": {"float32", "int8", "int8_float16", "float16"}, "cpu": {"int8", "float32"}}
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    monkeypatch.setattr(ctranslate2, "get_supported_compute_types", lambda d: supported[d])
    monkeypatch.setattr(ctranslate2, "Translator", translator)
    backend = CTranslate2Backend.load(str(tiny_models.marian), ROLE.setting, settings_for(tmp_path))
    assert backend.device == "cuda"
    assert (made[0]["device"], made[0]["compute_type"]) == ("cuda", "int8_float16")
    # The conversion is the CPU's int8 one: one converted copy serves both devices.
    assert backend.converted.path.name.split("-")[-2] == "int8"
    float16 = backend.with_compute_type("float16")
    assert (made[1]["device"], made[1]["compute_type"], float16.device) == (
        "cuda",
        "float16",
        "cuda",
    )


CUBLAS_MISSING = "Library libcublas.so.12 is not found or cannot be loaded"


def _gpu_without_cuda_12(monkeypatch) -> list[str]:
    """A GPU CTranslate2 sees but cannot run on: its first matrix product fails, as on a machine
    with only CUDA 13's libraries (seen on an H200; README "Devices"). Returns the devices each
    model was loaded on."""
    import ctranslate2

    devices: list[str] = []
    real_translator = ctranslate2.Translator

    class Translator:
        def __init__(self, path: str, **options: object) -> None:
            self.device = str(options["device"])
            devices.append(self.device)
            self.real = real_translator(
                path, **{**options, "device": "cpu", "compute_type": "int8"}
            )

        def translate_batch(self, *args: object, **options: object) -> object:
            if self.device == "cuda":
                raise RuntimeError(CUBLAS_MISSING)
            return self.real.translate_batch(*args, **options)

    supported = {"cuda": {"int8", "int8_float16", "float16"}, "cpu": {"int8", "float32"}}
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    monkeypatch.setattr(ctranslate2, "get_supported_compute_types", lambda d: supported[d])
    monkeypatch.setattr(ctranslate2, "Translator", Translator)
    return devices


def test_a_gpu_auto_chose_but_ctranslate2_cannot_use_runs_the_model_on_the_cpu_saying_why(
    tiny_models, tmp_path, monkeypatch
) -> None:
    devices = _gpu_without_cuda_12(monkeypatch)
    backend = CTranslate2Backend.load(str(tiny_models.marian), ROLE.setting, settings_for(tmp_path))
    assert devices == ["cuda", "cpu"]
    assert backend.device == "cpu"
    assert backend.fallback_reason == (
        f"CTranslate2 could not use the GPU ({CUBLAS_MISSING}. CTranslate2 needs CUDA 12's "
        "libcublas: pip install nvidia-cublas-cu12); the model runs on the CPU"
    )
    options = GenerationOptions(max_new_tokens=4)
    assert len(backend.generate(["Selamat pagi."], options)) == 1  # it runs, on the CPU


def test_cuda_asked_for_but_unusable_is_an_error_saying_what_to_install(
    tiny_models, tmp_path, monkeypatch
) -> None:
    _gpu_without_cuda_12(monkeypatch)
    settings = settings_for(tmp_path, device="cuda", backend="ctranslate2")
    with pytest.raises(ModelLoadError, match="pip install nvidia-cublas-cu12"):
        load_backend(str(tiny_models.marian), ROLE.setting, settings)


def test_the_device_is_part_of_what_a_loaded_model_is_kept_under() -> None:
    cpu, cuda = Settings(device="cpu"), Settings(device="cuda")
    assert LoadKey.of(ROLE, cpu) != LoadKey.of(ROLE, cuda)
    assert LoadKey.of(ROLE, cuda).settings.device == "cuda"


def test_ray_replicas_that_reserve_a_gpu_run_on_it() -> None:
    pytest.importorskip("ray")
    from summarizer.api._ray_serve import (
        ModelDeploymentOptions,
        RayServeOptions,
        build_app,
        replica_device,
    )

    assert replica_device("auto", 1) == replica_device("cpu", 0.5) == "cuda"
    assert replica_device("auto", 0) == "cpu"  # the GPU is for the replicas that reserved it
    assert replica_device("cuda", 0) == "cuda"  # asked for by name: kept (and checked on load)
    app = build_app(Settings(), RayServeOptions(translation=ModelDeploymentOptions(num_gpus=1)))
    bound = app._bound_deployment.init_args[:2]  # the two model deployments, as bound
    devices = {
        model._bound_deployment.init_args[0]: model._bound_deployment.init_args[1].device
        for model in bound
    }
    assert devices == {"translation": "cuda", "summarization": "cpu"}


def test_the_cli_flag_sets_the_device(monkeypatch) -> None:
    from summarizer.cli import _main as cli

    args = cli.build_parser().parse_args(["summarize", "-", "--device", "cpu"])
    assert cli._settings(args).device == "cpu"
    monkeypatch.setenv("SUMMARIZER_DEVICE", "cuda")
    args = cli.build_parser().parse_args(["summarize", "-"])
    assert cli._settings(args).device == "cuda"
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["summarize", "-", "--device", "gpu"])


# --- memory of a call on the CPU --------------------------------------------------------------


def test_on_a_cpu_long_batches_run_in_sub_batches_with_the_same_outputs(
    tiny_models, tmp_path, monkeypatch
) -> None:
    """A call's working memory is bounded by CPU_BATCH_TOKENS padded source tokens at once,
    whatever the callers batch, and the outputs are those of one call per text."""
    backend = load_backend(
        str(tiny_models.bart),
        Role.SUMMARIZATION.setting,
        settings_for(tmp_path).replace(model_workers=1),
    )
    texts = [
        " ".join(["Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah."] * count)
        for count in (1, 6, 2, 9, 3)
    ]
    options = GenerationOptions(max_new_tokens=6, min_new_tokens=2)
    one_by_one = [backend.generate([text], options)[0] for text in texts]
    batches: list[list[int]] = []
    translate_batch = backend.translator.translate_batch

    def recording(source: list[list[str]], **options: object) -> object:
        batches.append([len(tokens) for tokens in source])
        return translate_batch(source, **options)

    monkeypatch.setattr(backend, "translator", SimpleNamespace(translate_batch=recording))
    monkeypatch.setattr(ct2, "CPU_BATCH_TOKENS", max(backend.count_tokens(texts)))
    assert backend.generate(texts, options) == one_by_one
    assert len(batches) > 1
    assert all(len(batch) * max(batch) <= ct2.CPU_BATCH_TOKENS for batch in batches)
    batches.clear()
    backend.device = "cuda"  # a GPU's memory is the GPU's: CTranslate2 batches as it is given
    backend.generate(texts, options)
    assert [len(batch) for batch in batches] == [len(texts)]


def test_freed_memory_is_handed_back_after_a_call() -> None:
    from benchmarks.memory import memory_mb

    ct2.release_free_memory()
    before = memory_mb()["rss_mb"]
    blocks = [bytearray(64 << 10) for _ in range(3200)]  # 200 MB in the allocator's heap
    last = blocks[-1]  # still in use above the freed ones: the heap cannot simply shrink
    del blocks
    assert memory_mb()["rss_mb"] > before + 150  # freed, yet resident
    ct2.release_free_memory()
    assert memory_mb()["rss_mb"] < before + 50
    assert len(last) == 64 << 10


LARGE_BLOCK_PROBE = """
import ctypes, sys
from summarizer.models import _ct2 as ct2

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "mapped":
    ct2.map_large_buffers()
size = 12 << 20  # a layer's activations for a long input
libc.free(libc.malloc(size))  # by default glibc now raises its threshold to 12 MB
mapped = libc.mallinfo2().hblks  # blocks that have a mapping of their own
block = libc.malloc(size)
print(libc.mallinfo2().hblks - mapped)
libc.free(block)
"""


@pytest.mark.parametrize(("mode", "mapped_blocks"), [("mapped", 1), ("default", 0)])
def test_large_buffers_get_a_mapping_of_their_own(mode: str, mapped_blocks: int) -> None:
    """Once the backend has set it, a large block freed and taken again is mapped anew (handed
    back when freed) instead of coming from the heap, where glibc's rising threshold puts it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("MALLOC_")}
    out = subprocess.run(
        [sys.executable, "-c", LARGE_BLOCK_PROBE, mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert int(out.strip()) == mapped_blocks


def test_the_gpu_check_fails_clearly_without_a_gpu(tiny_models, monkeypatch, capsys) -> None:
    from benchmarks import gpu_check

    monkeypatch.setattr(gpu_check, "models", lambda *_a: (tiny_models.marian, tiny_models.bart))
    assert gpu_check.main([]) == 1
    out = capsys.readouterr().out
    assert "ctranslate2 on cuda: " in out and "SUMMARIZER_DEVICE='cuda'" in out
    report = json.loads(out.strip().splitlines()[-1])
    assert report["passed"] is False and report["environment"]["cuda_devices"] == 0
    cpu = report["ctranslate2_cpu"]["models"]
    assert {item["device"] for item in cpu.values()} == {"cpu"}
