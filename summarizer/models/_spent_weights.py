"""Hand back a converted model's float32 weights as soon as each one is quantised.

transformers maps a ``.safetensors`` file into memory (private, copy-on-write) and its tensors
are views of that one mapping, so none of it is released before the last tensor dies, at the end
of the conversion. CTranslate2 quantises one variable at a time (in place: it scales the float32
values before rounding them, which makes those pages private copies), so the conversion held the
whole float32 model, partly twice, next to its int8 copy: 1.9 GB for distilbart-cnn-12-6.

:func:`release_when_quantised` makes the spec drop, with ``madvise(MADV_DONTNEED)``, the pages
of each variable it has just replaced by a quantised one. Only whole pages inside that variable's
bytes, and only inside a private mapping of a file (a ``.safetensors`` file, or the hub cache's
blob it links to), are dropped: if anything read them again it would read the file's own bytes,
never zeros. The converted model is byte for byte
the same (the first-start benchmark's conversion peak, README "Performance"). Elsewhere (no
``/proc``, no ``madvise``, weights not mapped from a file) nothing is dropped.
"""

from __future__ import annotations

import ctypes
import mmap
import os
from collections.abc import Callable
from typing import Any

MADV_DONTNEED = 4  # Linux

Range = tuple[int, int]


def release_when_quantised(spec: Any) -> None:
    """From now on, ``spec``'s quantisation (``spec.optimize``) drops each replaced variable's
    float32 pages; a no-op where the weights are not mapped from a file or madvise is missing."""
    madvise = _madvise()
    mapped = mapped_weight_files()
    if madvise is None or not mapped:
        return
    from ctranslate2.specs.model_spec import visit_spec

    def visit(function: Callable[[Any, str, Any], None]) -> None:
        def replaced_then_dropped(layer: Any, name: str, value: Any) -> None:
            function(layer, name, value)
            if getattr(layer, name.rsplit("/", 1)[-1], None) is not value:
                drop_pages(value, mapped, madvise)

        visit_spec(spec, replaced_then_dropped)

    object.__setattr__(spec, "_visit", visit)  # what LayerSpec._quantize walks the spec with


def mapped_weight_files(maps: str = "/proc/self/maps") -> list[Range]:
    """Address ranges of this process's private mappings of files (the weights among them)."""
    try:
        with open(maps, encoding="utf-8") as lines:
            return [_range(line) for line in lines if _is_private_file(line)]
    except OSError:
        return []


def _is_private_file(line: str) -> bool:
    """A private mapping of a file on disk: dropped pages are read from the file again."""
    parts = line.split(maxsplit=5)
    if len(parts) < 6 or not parts[1].endswith("p"):
        return False
    path = parts[5].strip()
    return path.startswith("/") and not path.startswith("/dev/") and not path.endswith("(deleted)")


def _range(line: str) -> Range:
    start, end = line.split(maxsplit=1)[0].split("-")
    return int(start, 16), int(end, 16)


def page_span(start: int, size: int, page: int = mmap.PAGESIZE) -> Range | None:
    """The whole pages inside ``[start, start + size)``, or None when there is none."""
    low = -(-start // page) * page
    high = (start + size) // page * page
    return (low, high) if high > low else None


def drop_pages(value: Any, mapped: list[Range], madvise: Callable[[int, int], Any]) -> int:
    """Drop the whole pages of a replaced variable's tensor that lie in a mapped weight file;
    the bytes dropped (0 for anything else: a tensor built in memory is freed with it)."""
    tensor = getattr(value, "tensor", None)
    if tensor is None:
        return 0
    start, size = tensor.data_ptr(), tensor.numel() * tensor.element_size()
    if not any(low <= start and start + size <= high for low, high in mapped):
        return 0
    span = page_span(start, size)
    if span is None:
        return 0
    madvise(span[0], span[1] - span[0])
    return span[1] - span[0]


def _madvise() -> Callable[[int, int], Any] | None:
    if not os.path.exists("/proc/self/maps"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    return lambda address, length: function(address, length, MADV_DONTNEED)
