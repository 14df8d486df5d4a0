"""Build-speed benchmark: cold, warm, prose-touch and render-only builds, the serve loop (today and
at four times the size), one page's check, tests, slowest snippets and heaviest pages.

`make bench` (or `python -m docs_hooks bench`) prints one report. It deletes `.cache/` for the
cold build (the later builds fill it again) and restores the pages it touches.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from docs_hooks import ROOT
from docs_hooks.runner import cached
from docs_hooks.snippets import all_snippets

TOUCHED_PAGE = ROOT / "docs" / "ko" / "tensors" / "basics.md"
CHECKED_PAGE = "docs/ko/api/data.md"
SCALE = 4  # the complete reference: about 1,100 snippets, four times the site before it


def _timed(command: list[str], **env: str) -> float:
    """Run a command from the project root; return its wall time, failing loudly if it fails."""
    start = time.perf_counter()
    process = subprocess.run(command, cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
                             capture_output=True, text=True)
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{process.stdout[-3000:]}\n{process.stderr[-3000:]}")
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _serve_edit_seconds(root: Path = ROOT) -> float:
    """Under `make serve`'s command, the time from saving a prose edit to the served page showing it."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/tensors/basics/"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = root / TOUCHED_PAGE.relative_to(ROOT)
    text = page.read_text(encoding="utf-8")
    marker = f"bench-edit-{time.time_ns()}"
    try:
        deadline = time.monotonic() + 600
        while "</html>" not in _fetch(url):
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("mkdocs serve did not start")
            time.sleep(0.2)
        time.sleep(1)  # the watcher settles
        start = time.perf_counter()
        page.write_text(text + f"\n{marker}\n", encoding="utf-8")
        while marker not in _fetch(url):
            if time.perf_counter() - start > 120:
                sys.exit("the edit never showed under mkdocs serve")
            time.sleep(0.05)
        return time.perf_counter() - start
    finally:
        page.write_text(text, encoding="utf-8")
        server.terminate()
        server.wait()


def scaled_copy(folder: Path, factor: int) -> Path:
    """A copy of the project at `factor` times its size, for the speed bounds the reference must keep
    when it is complete: every Markdown page and every snippet repeated under docs/<lang>/copyN/ and
    snippets/copyN/, the copies' includes pointing at their own snippets. The copies' results are
    the originals' (the snippet cache is keyed by text), and their API entries are plain sections:
    what grows is what a rebuild reads, checks, renders and indexes.
    """
    copy = folder / "project"
    shutil.copytree(ROOT, copy, symlinks=True,
                    ignore=shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", ".pytest_cache"))
    for n in range(2, factor + 1):
        shutil.copytree(ROOT / "snippets", copy / "snippets" / f"copy{n}")
        for lang in ("ko", "en"):
            for page in sorted((ROOT / "docs" / lang).rglob("*.md")):
                target = copy / "docs" / lang / f"copy{n}" / page.relative_to(ROOT / "docs" / lang)
                target.parent.mkdir(parents=True, exist_ok=True)
                text = page.read_text(encoding="utf-8").replace('--8<-- "snippets/', f'--8<-- "snippets/copy{n}/')
                # a copied entry is no entry: the API rules allow one per name
                text = text.replace("<!-- api:", "<!-- copied api:").replace("{#torch", f"{{#copy{n}-torch")
                text = text.replace("<!-- generated:", "<!-- copied generated:")  # the site has one of each
                target.write_text(text, encoding="utf-8")
    return copy


def _notebook_seconds() -> float:
    """Execute every notebook once, as the build does, and return the total time."""
    start = time.perf_counter()
    for path in sorted((ROOT / "docs").rglob("*.ipynb")):
        with tempfile.TemporaryDirectory() as tmp:
            notebook = nbformat.read(path, as_version=4)
            NotebookClient(notebook, kernel_name="python3", resources={"metadata": {"path": tmp}}).execute()
    return time.perf_counter() - start


def main() -> None:
    """Measure and print the report."""
    with tempfile.TemporaryDirectory() as tmp:
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(Path(tmp) / "site")]
        shutil.rmtree(ROOT / ".cache", ignore_errors=True)
        cold = _timed(build)
        warm = _timed(build)
        text = TOUCHED_PAGE.read_text(encoding="utf-8")
        try:
            TOUCHED_PAGE.write_text(text + "\n", encoding="utf-8")
            touched = _timed(build)
        finally:
            TOUCHED_PAGE.write_text(text, encoding="utf-8")
        floor = _timed(build, SNIPPETS_SKIP="1")
        _timed(build)
        weights = sorted(((p.stat().st_size, p.relative_to(Path(tmp) / "site").as_posix())
                          for p in (Path(tmp) / "site").rglob("*.html")), reverse=True)
    serve = _serve_edit_seconds()
    with tempfile.TemporaryDirectory() as tmp:
        scaled = scaled_copy(Path(tmp), SCALE)
        pages = len(list((scaled / "docs").rglob("*.md")))
        serve_scaled = _serve_edit_seconds(scaled)
    check = _timed([sys.executable, "-m", "docs_hooks", "check", CHECKED_PAGE])
    tests = _timed([sys.executable, "-m", "pytest", "-q"])
    runs = sorted(((r.seconds, s.name) for s in all_snippets() if (r := cached(s))), reverse=True)
    snippets = sum(seconds for seconds, _ in runs)
    notebooks = _notebook_seconds()
    everything = snippets + notebooks
    rows = [
        ("cold build", cold, f"≤ 1.3 × (execution {everything:.1f} + floor) = {1.3 * (everything + floor):.1f}"),
        ("warm rebuild", warm, f"≤ 1.3 × floor = {1.3 * floor:.1f}"),
        (f"rebuild after touching {TOUCHED_PAGE.relative_to(ROOT)}", touched, f"≤ 1.3 × floor = {1.3 * floor:.1f}"),
        ("render-only floor (SNIPPETS_SKIP=1)", floor, ""),
        ("make serve: a prose edit shows in the served page", serve, "< 3"),
        (f"  the same at {SCALE} × the size ({pages} pages)", serve_scaled, "< 3"),
        (f"make check PAGE={CHECKED_PAGE}", check, "< 60"),
        ("test suite", tests, ""),
    ]
    print(f"{'measure':<52} {'seconds':>8}  bound")
    for name, seconds, bound in rows:
        print(f"{name:<52} {seconds:8.1f}  {bound}")
    print(f"\none execution of everything: {len(runs)} snippets {snippets:.1f} s + notebooks {notebooks:.1f} s"
          f" (on {os.cpu_count()} cores)")
    print("ten slowest snippets:")
    for seconds, name in runs[:10]:
        print(f"  {seconds:6.2f} s  {name}")
    print(f"heaviest pages (bound 300 KB), of {len(weights)}:")
    for size, name in weights[:5]:
        print(f"  {size / 1000:6.1f} KB  {name}")
