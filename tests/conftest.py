"""Shared fixtures: the CUDA switch for `gpu` tests, and building sites with mkdocs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from docs_hooks import ROOT
from docs_hooks.runner import cuda_available


SHARES_THE_BUILD = pytest.StashKey[bool]()


def pytest_collection_modifyitems(config, items):
    """Skip `gpu` tests, with the reason, where CUDA is absent; share the build's snippet runs."""
    config.stash[SHARES_THE_BUILD] = any("built_site" in item.fixturenames for item in items)
    gpu_items = [item for item in items if item.get_closest_marker("gpu")]
    if gpu_items and not cuda_available():
        for item in gpu_items:
            item.add_marker(pytest.mark.skip(reason="needs CUDA; this machine has none"))


def mkdocs_build(project: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` on a project folder; return the finished process.

    A project other than the real one keeps its snippet cache to itself.
    """
    if project != ROOT:
        env.setdefault("SNIPPETS_CACHE_DIR", str(project / ".cache" / "snippets"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=1800,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test run with `--strict` as it is published (under a path).

    The build must pass. Every xdist worker shares the one build: the first to ask builds it
    under a file lock, the others wait and reuse it.
    """
    from filelock import FileLock

    from tests.static_host import PREFIX

    base = tmp_path_factory.getbasetemp()  # under xdist, a worker's folder inside this run's
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    site, done = shared / "built-site", shared / "built-site.ok"
    with FileLock(str(shared / "built-site.lock")):
        if not done.exists():
            process = mkdocs_build(ROOT, site, SITE_URL=f"http://127.0.0.1:8000{PREFIX}")
            log = f"mkdocs build --strict failed:\n{process.stdout}\n{process.stderr}"
            done.write_text("" if process.returncode == 0 else log, encoding="utf-8")
    failure = done.read_text(encoding="utf-8")
    assert not failure, failure
    return site


MINI_PAGE = """# {title} {{#top}}

```python exec="on" id="hello"
--8<-- "snippets/demo/hello.py"
```
"""


@pytest.fixture
def mini_project(tmp_path) -> Path:
    """A minimal copy of the project (real config and hooks, one page, one snippet, one notebook)."""
    project = tmp_path / "project"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config[: config.index("\nnav:")] + "\nnav:\n  - index.md\n  - notebook.ipynb\n"
    (project / "snippets" / "demo").mkdir(parents=True)
    (project / "docs_hooks").symlink_to(ROOT / "docs_hooks")
    (project / "overrides").symlink_to(ROOT / "overrides")
    shutil.copy(ROOT / "glossary.yml", project / "glossary.yml")
    shutil.copytree(ROOT / "api", project / "api")
    scope = project / "api" / "scope.yml"  # the mini project has no entries: nothing is complete
    scope.write_text(scope.read_text(encoding="utf-8").replace("complete: true", "complete: false"), encoding="utf-8")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / "snippets" / "demo" / "hello.py").write_text('print("hello")\n#> hello\n', encoding="utf-8")
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
    for lang, title in (("ko", "안녕"), ("en", "Hello")):
        (project / "docs" / lang).mkdir(parents=True)
        (project / "docs" / lang / "index.md").write_text(MINI_PAGE.format(title=title), encoding="utf-8")
        write_notebook(project / "docs" / lang / "notebook.ipynb", f"# {title}", "print(1 + 1)")
    return project


def write_notebook(path: Path, markdown: str, code: str) -> None:
    """Write a two-cell notebook without outputs."""
    cells = [
        {"cell_type": "markdown", "id": "m", "metadata": {}, "source": markdown},
        {"cell_type": "code", "id": "c", "metadata": {}, "source": code, "outputs": [], "execution_count": None},
    ]
    meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    path.write_text(json.dumps({"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
