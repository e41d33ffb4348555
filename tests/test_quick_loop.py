"""The table of slow tests in conftest.py (what `pytest -m "not slow"` leaves out) stays true: every
entry names a test file, test function or fixture that exists, so a rename cannot silently put a
slow test back into the quick loop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import SLOW_FIXTURES, SLOW_TESTS, slow_reason

TESTS = Path(__file__).resolve().parent


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_slow_test_entry_names_an_existing_test() -> None:
    missing = []
    for key in SLOW_TESTS:
        file, _, function = key.partition("::")
        path = TESTS / file
        if not path.is_file() or (function and function not in _functions(path)):
            missing.append(key)
    assert missing == []


def test_every_slow_fixture_entry_names_a_fixture_or_parameter() -> None:
    sources = [path.read_text(encoding="utf-8") for path in TESTS.glob("*.py")]
    defined = set().union(*(_functions(path) for path in TESTS.glob("*.py")))
    missing = [
        name
        for name in SLOW_FIXTURES
        if name not in defined and not any(f'"{name}"' in text for text in sources)
    ]
    assert missing == []


class _Item:
    def __init__(self, nodeid: str, fixturenames: tuple[str, ...] = ()) -> None:
        self.nodeid, self.fixturenames = nodeid, fixturenames


@pytest.mark.parametrize(
    ("nodeid", "fixtures", "slow"),
    [
        ("tests/test_browser.py::test_anything", (), True),
        ("tests/test_cli.py::test_stdin_input", (), True),
        ("tests/test_cli.py::test_stdin_input_other", (), False),  # names match whole
        ("tests/test_detect.py::test_lingua_sentences_are_routed_correctly[en-0.97]", (), True),
        ("tests/test_share.py::test_round_trip", ("postgres_dsn",), True),
        ("tests/test_segment.py::test_split", ("tmp_path",), False),
    ],
)
def test_slow_reason_matches_files_functions_and_fixtures(
    nodeid: str, fixtures: tuple[str, ...], slow: bool
) -> None:
    assert (slow_reason(_Item(nodeid, fixtures)) is not None) is slow  # type: ignore[arg-type]
