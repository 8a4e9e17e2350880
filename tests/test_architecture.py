"""Rules of the codebase that a reader would otherwise have to trust: no module-level state
that changes while the program runs, no print or sys.exit in library code."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"
MUTATING_METHODS = {"append", "extend", "add", "update", "setdefault", "pop", "popitem", "clear", "insert", "remove", "discard"}
# Modules that talk to the user on the terminal: the command-line entry points and the
# commands package behind `dyadwatch <command>`.
COMMAND_LINE = {"cli.py", "__main__.py"}
COMMAND_PACKAGES = {"commands"}
ENTRY_FUNCTIONS = {"main", "_main"}  # a module's own entry point (engines/spark.py for spark-submit)


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def module_containers(tree: ast.Module) -> set[str]:
    """Names bound at module level to a container that could be changed in place."""
    names = set()
    for node in tree.body:
        targets, value = [], None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        mutable = isinstance(value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)) or (
            isinstance(value, ast.Call) and getattr(value.func, "id", getattr(value.func, "attr", "")) in ("dict", "list", "set", "WeakKeyDictionary", "WeakValueDictionary", "defaultdict", "OrderedDict", "Counter")
        )
        if mutable:
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def mutations(tree: ast.Module, names: set[str]) -> list[str]:
    """Where a module changes one of its module-level containers, or rebinds a global."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found += [f"line {node.lineno}: global {n}" for n in node.names]
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for t in targets:
                if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in names:
                    found.append(f"line {node.lineno}: {t.value.id}[...] changed")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATING_METHODS:
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in names:
                found.append(f"line {node.lineno}: {owner.id}.{node.func.attr}(...)")
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_level_state_changes_at_run_time(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert mutations(tree, module_containers(tree)) == []


def library_nodes(tree: ast.Module):
    """Every node outside a module's own entry point (`def main`, `if __name__ == "__main__"`)."""
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in ENTRY_FUNCTIONS:
            continue
        if isinstance(node, ast.If) and "__name__" in ast.unparse(node.test):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


@pytest.mark.parametrize(
    "path",
    [p for p in modules() if p.name not in COMMAND_LINE and not COMMAND_PACKAGES & set(p.relative_to(SRC).parts)],
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_library_code_neither_prints_nor_exits(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        f"line {n.lineno}"
        for n in library_nodes(tree)
        if isinstance(n, ast.Call)
        and ((isinstance(n.func, ast.Name) and n.func.id == "print") or (isinstance(n.func, ast.Attribute) and n.func.attr == "exit" and getattr(n.func.value, "id", "") == "sys"))
    ]
    assert calls == []


def test_the_checks_find_what_they_look_for():
    tree = ast.parse("CACHE = {}\ndef f(k):\n    CACHE[k] = 1\n    SEEN.append(k)\n    print(k)\nSEEN = []\ndef main():\n    print(1)\n")
    assert len(mutations(tree, module_containers(tree))) == 2
    assert [n.lineno for n in library_nodes(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"] == [5]
