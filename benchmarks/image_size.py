"""The Dockerfile's two stages, sized from the packages installed here (no image is built).

    python -m benchmarks.image_size [--models-dir DIR]

No container engine runs where this project is built, so the image sizes in the README are
estimates: for each stage's requirements file, the installed size of every distribution it pulls
in (the file sizes in each package's RECORD, as installed in this environment: torch is the CPU
build the Dockerfile installs), plus the models the stage holds (the benchmark's real-size models
and their int8 conversions stand in for the downloaded ones: same shapes, same file sizes) and the
base image's stated size. Byte-compiled files that pip writes at install time and RECORD does not
size are not counted, so the figures are somewhat low.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

from summarizer.models._convert import MARKER

from .common import add_models_dir

ROOT = Path(__file__).resolve().parent.parent
# python:3.11-slim, uncompressed (Docker Hub lists ~45 MB compressed; ~130 MB on disk).
BASE_IMAGE_MB = 130.0
STAGES = {"build": "requirements.txt", "runtime": "requirements-serve.txt"}


def requirement_lines(path: Path) -> list[Requirement]:
    """The requirements of a requirements file, following its ``-r`` lines."""
    found: list[Requirement] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("-r "):
            found += requirement_lines(path.parent / line[3:].strip())
        elif line:
            found.append(Requirement(line))
    return found


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(requirements: list[Requirement]) -> dict[str, float]:
    """Every installed distribution the requirements pull in, with its installed MB."""
    environment = default_environment()
    sizes: dict[str, float] = {}
    pending = [(req.name, set(req.extras)) for req in requirements]
    while pending:
        name, extras = pending.pop()
        key = canonical(name)
        if key in sizes:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        sizes[key] = sum(entry.size or 0 for entry in dist.files or []) / 2**20
        for text in dist.requires or []:
            req = Requirement(text)
            wanted = {"", *extras}
            if req.marker is None or any(
                req.marker.evaluate({**environment, "extra": extra}) for extra in wanted
            ):
                pending.append((req.name, set(req.extras)))
    return sizes


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 2**20


def models_mb(models_dir: Path) -> tuple[float, float]:
    """(downloaded, converted) MB of the benchmark's real-size models and int8 conversions."""
    from benchmarks.models import ensure_models

    built = ensure_models(models_dir, smoke=False)
    downloaded = folder_mb(built.translation) + folder_mb(built.summarization)
    sources = {str(built.translation), str(built.summarization)}
    converted = [
        entry
        for entry in (models_dir / "cache" / "ct2").glob("*-int8-*")
        if json.loads((entry / MARKER).read_text(encoding="utf-8"))["model"] in sources
    ]
    return downloaded, sum(folder_mb(entry) for entry in converted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_models_dir(parser)
    args = parser.parse_args(argv)
    downloaded, converted = models_mb(args.models_dir)
    print(f"models: downloaded {downloaded:,.0f} MB, converted (int8) {converted:,.0f} MB")
    for stage, file in STAGES.items():
        packages = closure(requirement_lines(ROOT / file))
        biggest = sorted(packages.items(), key=lambda item: -item[1])[:6]
        total = BASE_IMAGE_MB + sum(packages.values()) + downloaded + converted
        print(
            f"{stage} ({file}): {len(packages)} distributions, {sum(packages.values()):,.0f} MB "
            f"installed; with the base image and the models about {total:,.0f} MB"
        )
        print("  largest: " + ", ".join(f"{name} {size:,.0f} MB" for name, size in biggest))
        print(f"  torch: {'yes' if 'torch' in packages else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
