"""The API reference's scope (api/scope.yml, api/torch.tsv) and the live names and signatures.

The catalog of names and signatures comes from `python -m docs_hooks.api_catalog`, run in a
subprocess once per environment and scope, and cached in `.cache/api/`: a warm build never
imports torch.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

from docs_hooks import ROOT, read_yaml, runner

SCOPE = "api/scope.yml"
PARAMETERS = "api/parameters.yml"


@dataclass(frozen=True)
class Group:
    """One group of api/scope.yml."""

    key: str
    module: str
    short: str
    title: dict
    docs: str
    excluded: tuple  # ((reason {ko, en}, (name, ...)), ...)
    complete: bool
    label: dict | None = None  # {ko, en}, where two groups share a module (`torch` core and math)

    def heading(self, language: str) -> str:
        """How the coverage page names the group: its label, or its module."""
        return self.label[language] if self.label else f"`{self.module}`"

    def display(self, qualified: str) -> str:
        """The name as pages write it: `nn.Conv2d`, `F.relu`, `DataLoader`, `torch.where`."""
        return self.short + qualified[len(self.module) + 1:]

    def docs_url(self, qualified: str) -> str:
        """The name's page in the official English documentation, for the installed version."""
        minor = lambda package: ".".join(version(package).split(".")[:2])  # noqa: E731
        return self.docs.format(torch=minor("torch"), torchvision=minor("torchvision"), name=qualified)


def groups(root: Path = ROOT) -> list[Group]:
    """The scope's groups, in the order of api/scope.yml."""
    raw = read_yaml(root / SCOPE)
    return [Group(g["key"], g["module"], g["short"], g["title"], g["docs"],
                  tuple((e["reason"], tuple(e["names"])) for e in g.get("excluded", [])), bool(g["complete"]),
                  g.get("label"))
            for g in raw]


def _inputs(root: Path) -> list[Path]:
    return [root / SCOPE, root / "api" / "torch.tsv", ROOT / "docs_hooks" / "api_catalog.py"]


def catalog(root: Path = ROOT) -> dict:
    """Every group's fully qualified names and every name's signatures, for this environment."""
    return _catalog(root, _key(root))


def _key(root: Path) -> str:
    digest = hashlib.sha256(runner.environment_key().encode())
    for path in _inputs(root):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def _catalog(root: Path, key: str) -> dict:
    entry = ROOT / ".cache" / "api" / f"{key}.json"  # the key covers the scope: projects can share it
    if entry.is_file():
        return json.loads(entry.read_text(encoding="utf-8"))
    process = subprocess.run([sys.executable, "-m", "docs_hooks.api_catalog"], cwd=ROOT, input=(root / SCOPE).read_text(),
                             capture_output=True, text=True, timeout=300, env={**os.environ, "API_ROOT": str(root)})
    if process.returncode != 0:
        raise RuntimeError(f"reading the API from the installed packages failed "
                           f"(python -m docs_hooks.api_catalog):\n{process.stderr}")
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_suffix(".tmp")
    tmp.write_text(process.stdout, encoding="utf-8")
    tmp.replace(entry)
    return json.loads(process.stdout)


def group_of(qualified: str, root: Path = ROOT) -> Group | None:
    """The group a fully qualified name belongs to, if it is in scope."""
    listed = catalog(root)["groups"]
    return next((g for g in groups(root) if qualified in listed.get(g.key, ())), None)


@cache
def _shared(path: Path, mtime: float) -> dict:
    return read_yaml(path) or {}


def shared_parameters(root: Path = ROOT) -> dict[str, dict[str, str]]:
    """Descriptions of parameters that recur (`out`, `dtype`, `generator`, ...), by name, in each language."""
    path = root / PARAMETERS
    return _shared(path, path.stat().st_mtime)
