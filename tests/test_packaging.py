"""The installable package: the wheel ``pip install .`` builds, and the rules that keep the
dependencies in one place and the tests and benchmarks free of ``sys.path`` edits."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "summarizer"
PROJECT_FILES = (
    "pyproject.toml",
    "README.md",
    "requirements.txt",
    "requirements-serve.txt",
    "requirements-convert.txt",
    "requirements-ray.txt",
)
# requirements.txt, as the README's set-up command installs it: these two files.
RUNTIME_FILES = ("requirements-serve.txt", "requirements-convert.txt")


def requirements(path: Path) -> list[Requirement]:
    """The requirements of a requirements file, every line parsed as setuptools parses it."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [Requirement(line) for line in lines if line]


def package_files() -> list[str]:
    """Every file of the package's source tree, as a path inside the wheel."""
    return sorted(
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def runtime_requirements() -> list[Requirement]:
    return [req for name in RUNTIME_FILES for req in requirements(ROOT / name)]


def test_the_runtime_requirements_are_plain_requirements() -> None:
    # setuptools reads the dependencies from the split files (pyproject.toml): no -r, -e or index
    # options, which it cannot parse; requirements.txt is those files, for pip.
    included = [
        line.split()[1]
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert included == list(RUNTIME_FILES)
    serve = {req.name for req in requirements(ROOT / "requirements-serve.txt")}
    convert = {req.name for req in requirements(ROOT / "requirements-convert.txt")}
    # Serving needs neither torch nor transformers (summarizer.models._tokenizers).
    assert {"ctranslate2", "sentencepiece", "tokenizers", "httpx", "fastapi"} <= serve
    assert not serve & {"torch", "transformers"} and {"torch", "transformers"} <= convert
    assert [req.name for req in requirements(ROOT / "requirements-ray.txt")] == ["ray"]


def _sys_path_uses(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "path"
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    ]


def test_no_test_or_benchmark_touches_sys_path() -> None:
    # They import the package from the repository root (pytest's pythonpath, or
    # `python -m benchmarks.X` there) or from the installed package.
    files = [*(ROOT / "tests").glob("*.py"), *(ROOT / "benchmarks").glob("*.py")]
    found = {str(path.relative_to(ROOT)): _sys_path_uses(path) for path in files}
    assert {name: lines for name, lines in found.items() if lines} == {}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The wheel of a copy of this checkout, built offline the way ``pip install .`` builds it."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(PACKAGE, source / "summarizer", ignore=shutil.ignore_patterns("__pycache__"))
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    command += ["--no-index", "--wheel-dir", str(work / "dist"), str(source)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    (built,) = (work / "dist").glob("summarizer-*.whl")
    return zipfile.ZipFile(built)


def _dist_info(wheel: zipfile.ZipFile, name: str) -> str:
    (path,) = [entry for entry in wheel.namelist() if entry.endswith(f".dist-info/{name}")]
    return wheel.read(path).decode("utf-8")


def test_the_wheel_holds_the_whole_package_and_its_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    missing = [name for name in package_files() if name not in names]
    assert missing == []
    assert "summarizer/lang/data/id.txt" in names and "summarizer/lang/data/en.txt" in names
    tops = {name.split("/")[0] for name in names if ".dist-info/" not in name}
    assert tops == {"summarizer"}  # no tests, benchmarks or page modules in the wheel


def test_the_wheel_installs_a_summarizer_command(wheel: zipfile.ZipFile) -> None:
    entry_points = _dist_info(wheel, "entry_points.txt")
    assert "[console_scripts]" in entry_points
    assert "summarizer = summarizer.cli:main" in entry_points
    from summarizer.cli import main

    assert callable(main)


def test_the_wheel_requires_what_requirements_txt_lists(wheel: zipfile.ZipFile) -> None:
    metadata = _dist_info(wheel, "METADATA").splitlines()
    declared = [
        Requirement(line.removeprefix("Requires-Dist: "))
        for line in metadata
        if line.startswith("Requires-Dist: ")
    ]
    plain = sorted(str(req) for req in declared if req.marker is None)
    assert plain == sorted(str(req) for req in runtime_requirements())
    extras = [req for req in declared if req.marker is not None]
    assert [req.name for req in extras] == ["ray"]
    assert "Provides-Extra: ray" in metadata
