"""The conversion hands back each float32 weight once it is quantised (summarizer.models.
_spent_weights): the same converted model, with the mapped pages dropped along the way."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from summarizer.models import _convert as convert
from summarizer.models import _spent_weights as spent
from tests.conftest import TinyModels

PAGE = 4096


def test_whole_pages_only() -> None:
    assert spent.page_span(PAGE, 3 * PAGE, PAGE) == (PAGE, 4 * PAGE)
    assert spent.page_span(PAGE + 8, 3 * PAGE, PAGE) == (2 * PAGE, 4 * PAGE)
    assert spent.page_span(10, PAGE, PAGE) is None  # no whole page of its own


def test_only_private_mappings_of_files(tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.write_text(
        "7f0000000000-7f0000100000 rw-p 00000000 08:01 12 /m/model.safetensors\n"
        "7f0000200000-7f0000300000 r--s 00000000 08:01 12 /m/model.safetensors\n"
        "7f0000400000-7f0000500000 rw-p 00000000 00:00 0 \n"
        "7f0000800000-7f0000900000 rw-p 00000000 00:00 0 [heap]\n"
        "7f0000a00000-7f0000b00000 rw-p 00000000 00:05 7 /dev/zero (deleted)\n"
        "7f0000c00000-7f0000d00000 rw-p 00000000 08:01 14 /hub/blobs/9f86d081884c\n"
        "7f0000600000-7f0000700000 r-xp 00000000 08:01 13 /usr/lib/libc.so.6\n",
        encoding="utf-8",
    )
    assert spent.mapped_weight_files(str(maps)) == [
        (0x7F0000000000, 0x7F0000100000),
        (0x7F0000C00000, 0x7F0000D00000),  # a hub cache's blob
        (0x7F0000600000, 0x7F0000700000),  # a library: never holds a tensor
    ]
    assert spent.mapped_weight_files(str(tmp_path / "none")) == []


def test_a_tensor_outside_the_mapped_files_is_left_alone() -> None:
    calls: list[tuple[int, int]] = []
    mapped = [(10 * PAGE, 20 * PAGE)]

    def variable(start: int, size: int) -> SimpleNamespace:
        tensor = SimpleNamespace(data_ptr=lambda: start, numel=lambda: size, element_size=lambda: 1)
        return SimpleNamespace(tensor=tensor)

    record = lambda address, length: calls.append((address, length))  # noqa: E731
    assert spent.drop_pages(variable(30 * PAGE, 4 * PAGE), mapped, record) == 0
    assert spent.drop_pages(SimpleNamespace(), mapped, record) == 0  # a numpy variable
    assert calls == []
    inside = spent.drop_pages(variable(11 * PAGE + 1, 4 * PAGE), mapped, record)
    assert calls == [(12 * PAGE, 3 * PAGE)] and inside == 3 * PAGE


def test_conversion_drops_pages_and_writes_the_same_model(
    tiny_models: TinyModels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if spent._madvise() is None:
        pytest.skip("no /proc/self/maps here")
    assert list(tiny_models.bart.glob("*.safetensors"))
    dropped: list[int] = []
    real_drop = spent.drop_pages

    def counted(value, mapped, madvise):  # type: ignore[no-untyped-def]
        dropped.append(real_drop(value, mapped, madvise))
        return dropped[-1]

    monkeypatch.setattr(spent, "drop_pages", counted)
    convert.convert(str(tiny_models.bart), tmp_path / "released", "int8")
    assert sum(dropped) > 0
    monkeypatch.setattr(convert, "release_when_quantised", lambda spec: None)
    convert.convert(str(tiny_models.bart), tmp_path / "kept", "int8")
    released = (tmp_path / "released" / "model.bin").read_bytes()
    assert released == (tmp_path / "kept" / "model.bin").read_bytes()
