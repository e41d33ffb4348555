"""The library's import graph, read from the source with ``ast``: no cycles, no page, no reaching
into another package's private modules.

Every import counts, wherever it is written: at module level, inside a function, under
``if TYPE_CHECKING:``, relative or absolute. ``from P import name`` imports ``P`` (its
``__init__``) and, when ``P.name`` is a module, that module too; ``import a.b`` imports ``a.b``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = "summarizer"
FRONT_END_ONLY = ("streamlit", "webui")  # the page's own packages: the library never imports them


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, e.g. "summarizer.cli._main"
    target: str  # what it imports: a module of the library, or any other dotted name
    line: int

    def __str__(self) -> str:
        return f"{self.source} (line {self.line}) imports {self.target}"


def find_modules(root: Path, top: str) -> dict[str, Path]:
    """Every module of package ``top`` under ``root``: dotted name → file (a package's name
    maps to its ``__init__.py``)."""
    modules = {}
    for path in sorted((root / top).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _package_of(name: str, path: Path) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _resolve(node: ast.ImportFrom, package: str) -> str:
    """The absolute module name of ``from <node.module> import …`` written in ``package``."""
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> Iterator[Import]:
    """All imports in one module's source, function-level and relative ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _package_of(name, path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, package)
            yield Import(name, base, node.lineno)
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    yield Import(name, f"{base}.{alias.name}", node.lineno)


def all_imports(root: Path, top: str) -> tuple[dict[str, Path], list[Import]]:
    modules = find_modules(root, top)
    found = [item for name, path in modules.items() for item in imports_of(name, path, modules)]
    return modules, found


def module_graph(modules: dict[str, Path], found: list[Import]) -> dict[str, dict[str, Import]]:
    """Module → {imported module of the same library → the first import that names it}."""
    graph: dict[str, dict[str, Import]] = {name: {} for name in modules}
    for item in found:
        if item.target in modules and item.target != item.source:
            graph[item.source].setdefault(item.target, item)
    return graph


def _strongly_connected(graph: dict[str, dict[str, Import]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the components of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return components


def _one_cycle(graph: dict[str, dict[str, Import]], members: list[str]) -> list[Import]:
    """The shortest cycle through the first module of a strongly connected component."""
    start, inside = members[0], set(members)
    paths: dict[str, list[Import]] = {start: []}
    queue = [start]
    for node in queue:
        for child, item in sorted(graph[node].items()):
            if child == start:
                return [*paths[node], item]
            if child in inside and child not in paths:
                paths[child] = [*paths[node], item]
                queue.append(child)
    raise AssertionError(f"no cycle through {start}")  # a component always has one


def import_cycles(graph: dict[str, dict[str, Import]]) -> list[list[Import]]:
    return [_one_cycle(graph, members) for members in _strongly_connected(graph)]


def describe(cycle: list[Import]) -> str:
    return "\n    ".join(["cycle:", *(str(item) for item in cycle)])


def _is_private(part: str) -> bool:
    return part.startswith("_") and not part.startswith("__")


def private_reaches(modules: dict[str, Path], found: list[Import]) -> list[Import]:
    """Imports of a private module ``P._x`` (or anything under it) from outside package ``P``."""
    bad = []
    for item in found:
        if item.target not in modules:
            continue
        package = _package_of(item.source, modules[item.source]).split(".")
        parts = item.target.split(".")
        for depth, part in enumerate(parts):
            if _is_private(part) and package[:depth] != parts[:depth]:
                bad.append(item)
                break
    return bad


@pytest.fixture(scope="module")
def library() -> tuple[dict[str, Path], list[Import]]:
    return all_imports(ROOT, LIBRARY)


def test_the_graph_covers_every_module_and_its_imports(library) -> None:
    modules, found = library
    assert {"summarizer", "summarizer.cli", "summarizer.cli._main", "summarizer.models"} <= set(
        modules
    )
    graph = module_graph(modules, found)
    assert "summarizer.cli._main" in graph["summarizer.cli"]  # from ._main import main
    assert sum(len(edges) for edges in graph.values()) > len(modules)


def test_the_library_has_no_import_cycles(library) -> None:
    cycles = import_cycles(module_graph(*library))
    assert not cycles, "\n  " + "\n  ".join(describe(cycle) for cycle in cycles)


def test_the_library_never_imports_the_page(library) -> None:
    _modules, found = library
    page = [str(item) for item in found if item.target.split(".")[0] in FRONT_END_ONLY]
    assert not page, "\n".join(page)


def test_private_modules_are_imported_only_inside_their_package(library) -> None:
    reaches = private_reaches(*library)
    assert not reaches, "\n".join(str(item) for item in reaches)


# --- the checker itself, on a package written for the test ------------------------------------


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_cycle_through_a_function_level_relative_import_is_found(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "from .a import run\n",
            "pkg/a.py": "def run():\n    from .sub import helper\n    return helper()\n",
            "pkg/sub/__init__.py": "from ._b import helper\n",
            "pkg/sub/_b.py": "from pkg import a\n\ndef helper():\n    return a\n",
            "pkg/c.py": "import pkg.sub._b\nfrom . import sub\n",
        },
    )
    modules, found = all_imports(tmp_path, "pkg")
    graph = module_graph(modules, found)
    assert set(graph["pkg.sub._b"]) == {"pkg", "pkg.a"}  # from pkg import a: both
    cycles = import_cycles(graph)
    assert len(cycles) == 1
    text = describe(cycles[0])
    assert "pkg.a (line 2) imports pkg.sub" in text and "pkg.sub._b (line 1) imports pkg" in text
    cycle = cycles[0]
    assert [item.target for item in cycle[:-1]] == [item.source for item in cycle[1:]]
    assert cycle[-1].target == cycle[0].source
    assert [str(item) for item in private_reaches(modules, found)] == [
        "pkg.c (line 1) imports pkg.sub._b"
    ]


def test_an_acyclic_package_has_no_cycles(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "from .a import run\n",
            "pkg/a.py": "from ._b import helper\n\ndef run():\n    from .c import x\n",
            "pkg/_b.py": "import os\n\ndef helper():\n    from pkg.c import x\n",
            "pkg/c.py": "x = 1\n",
        },
    )
    modules, found = all_imports(tmp_path, "pkg")
    assert import_cycles(module_graph(modules, found)) == []
    assert private_reaches(modules, found) == []
