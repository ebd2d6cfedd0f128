"""The layers of docs/architecture.md, held against the code: which part may import which.

    common  <-  people  <-  courses  <-  certificates  <-  reports
                                       lms (the shell) imports them all; demo (the top
                                       floor) imports everyone and nobody imports demo.

An app that needs something from a layer above it offers a registry instead (see
docs/architecture.md, "Registries"). Templates follow the same rule: an app's templates
include, extend or load tags only from its own layer and below.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("common", "people", "courses", "certificates", "reports", "lms", "demo")
# What each part may import (besides itself).
ALLOWED = {
    "common": set(),
    "people": {"common"},
    "courses": {"common", "people"},
    "certificates": {"common", "people", "courses"},
    "reports": {"common", "people", "courses", "certificates"},
    "lms": {"common", "people", "courses", "certificates", "reports"},
    "demo": {"common", "people", "courses", "certificates", "reports", "lms"},
}
# Templates live in one folder; their first path segment names the part that owns them.
TEMPLATE_OWNER = {
    "blocks": "common",
    "includes": "common",
    "people": "people",
    "account": "people",
    "allauth": "people",
    "courses": "courses",
    "certificates": "certificates",
    "reports": "reports",
    "lms": "lms",
    "wagtailcore": "common",
    "wagtailadmin": "common",
}
# Template tag libraries and the part that provides them.
TAG_OWNER = {"role_tags": "people", "report_tags": "reports"}


def imported_parts(path: Path) -> set[tuple[str, int]]:
    """(project part, line) for every import in a Python file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in PARTS:
                found.add((top, node.lineno))
    return found


def python_violations(parts=PARTS) -> list[str]:
    problems = []
    for part in parts:
        for path in sorted((ROOT / part).rglob("*.py")):
            for imported, line in sorted(imported_parts(path)):
                if imported != part and imported not in ALLOWED[part]:
                    where = path.relative_to(ROOT)
                    problems.append(f"{where}:{line}: {part} imports {imported}")
    return problems


TEMPLATE_USES = re.compile(r"{%\s*(include|extends)\s+[\"']([^\"'/]+)/|{%\s*load\s+([^%]+)%}")


def template_violations() -> list[str]:
    problems = []
    for path in sorted((ROOT / "templates").rglob("*.*")):
        relative = path.relative_to(ROOT / "templates")
        owner = TEMPLATE_OWNER.get(relative.parts[0], "lms")
        for match in TEMPLATE_USES.finditer(path.read_text(encoding="utf-8")):
            if match.group(2):
                used = [TEMPLATE_OWNER.get(match.group(2), "lms")]
            else:
                used = [TAG_OWNER[name] for name in match.group(3).split() if name in TAG_OWNER]
            for part in used:
                if part != owner and part not in ALLOWED[owner]:
                    problems.append(f"templates/{relative}: {owner} uses {part}")
    return problems


def test_every_python_import_follows_the_layers():
    assert python_violations() == []


def test_every_template_follows_the_layers():
    assert template_violations() == []


def test_nobody_imports_the_demo():
    # bench/ and tests/ may: they are not part of the site.
    assert not [problem for problem in python_violations() if problem.endswith("imports demo")]


@pytest.mark.parametrize(
    ("part", "line", "rule"),
    [
        ("people", "from courses.views import my_learning", "people imports courses"),
        ("courses", "from certificates.models import Certificate", "courses imports certificates"),
        ("certificates", "from reports.selectors import dashboard", "certificates imports reports"),
        ("common", "from people.models import Person", "common imports people"),
        ("reports", "from demo.seed import seed_demo", "reports imports demo"),
    ],
)
def test_a_forbidden_import_is_caught(part, line, rule, tmp_path, monkeypatch):
    """The check itself fails on a deliberate violation (so it cannot pass by accident)."""
    module = ROOT / part / "_deliberate_violation.py"
    module.write_text(line + "\n", encoding="utf-8")
    try:
        assert f"{part}/_deliberate_violation.py:1: {rule}" in python_violations([part])
    finally:
        module.unlink()
