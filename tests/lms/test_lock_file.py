"""requirements.lock pins every production dependency of pyproject.toml, within its range,
with hashes, so a production install is repeatable (`make lock` refreshes it)."""

import re
import tomllib
from pathlib import Path

from django.conf import settings

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(settings.BASE_DIR)


def pins() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text()
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", text, re.M)
    }


def test_every_dependency_is_pinned_within_its_range_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pinned = pins()
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not in requirements.lock: run make lock"
        assert requirement.specifier.contains(pinned[name]), (name, pinned[name])
    # Every pinned package carries at least one hash (pip then refuses anything else).
    text = (ROOT / "requirements.lock").read_text()
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        if "==" in block.splitlines()[0]:
            assert "--hash=sha256:" in block, block.splitlines()[0]
