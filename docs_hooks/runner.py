"""Run snippets as fresh processes forked from a server that has already imported torch.

Each run is a new process (no state leaks between snippets), executes the file as
`__main__` (so `spawn` and pickling work as with `python file.py`) in a fresh empty
directory, and captures the file descriptors 1 and 2 (so output of C code and child
processes is kept too) and the pictures the snippet saved in that directory.
Importing torch once in the fork server instead of once per snippet saves ~2 s a run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import multiprocessing
import os
import platform
import runpy
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from functools import cache
from importlib.metadata import version
from pathlib import Path

from docs_hooks import ROOT
from docs_hooks.snippets import Snippet

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
TIMEOUT_S = float(os.environ.get("SNIPPET_TIMEOUT", "300"))
CACHE_DIR = Path(os.environ.get("SNIPPETS_CACHE_DIR", ROOT / ".cache" / "snippets"))
NO_CACHE = os.environ.get("SNIPPETS_NO_CACHE", "") not in ("", "0")
SKIP = os.environ.get("SNIPPETS_SKIP", "") not in ("", "0")  # render only: the benchmark's floor


@dataclass(frozen=True)
class Result:
    """What one run printed and how it ended."""

    stdout: str
    stderr: str
    returncode: int
    seconds: float
    prints: tuple = ()
    images: tuple = ()  # (file name, base64 bytes) of the pictures the snippet saved in its directory

    @property
    def ok(self) -> bool:
        """Whether the program exited with status 0."""
        return self.returncode == 0


@cache
def _context() -> multiprocessing.context.ForkServerContext:
    # Python 3.11's fork server ignores the parent's sys.path; it must find docs_hooks by itself.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["torch", "torchvision", "docs_hooks.runner"])
    return ctx


def _child(path: str, out: str, err: str, record: str | None, workdir: str) -> None:
    """Run one snippet in the forked child, as `python path` would, inside `workdir`."""
    for fd, target in ((1, out), (2, err)):
        os.dup2(os.open(target, os.O_WRONLY | os.O_TRUNC), fd)
    if record:
        _record_prints(path, record)
    multiprocessing.set_start_method(None, force=True)  # the platform's default, as under `python`
    sys.argv = [path]
    sys.path.insert(0, os.path.dirname(path))
    os.chdir(workdir)
    runpy.run_path(path, run_name="__main__")
    sys.stdout.flush()


def _record_prints(path: str, record: str) -> None:
    """Log each print to stdout with the innermost and outermost snippet lines that led to it."""
    import builtins
    import io

    real_print = builtins.print
    log = open(record, "w", encoding="utf-8")  # noqa: SIM115 - closed when the process exits

    def print_(*args, sep=" ", end="\n", file=None, flush=False):
        if file is None or file is sys.stdout:
            lines = []  # the snippet's own lines on the call stack, innermost first
            frame = sys._getframe(1)
            while frame is not None:
                if frame.f_code.co_filename == path:
                    lines.append(frame.f_lineno)
                frame = frame.f_back
            buffer = io.StringIO()
            real_print(*args, sep=sep, end=end, file=buffer)
            log.write(json.dumps([lines[0] if lines else 0, lines[-1] if lines else 0, buffer.getvalue()]) + "\n")
            log.flush()
        real_print(*args, sep=sep, end=end, file=file, flush=flush)

    builtins.print = print_


LOST_STATUS = 255  # what multiprocessing reports when the fork server could not pass an exit status on


def run(snippet: Snippet, *, record_prints: bool = False, timeout: float = TIMEOUT_S) -> Result:
    """Run a snippet in a fresh process and return its output (never cached).

    A run whose exit status the fork server lost (seen once in a cold build under load, with an
    empty stderr) is tried once more; a snippet's own failure always leaves a traceback.
    """
    result = _run_once(snippet, record_prints, timeout)
    if result.returncode == LOST_STATUS and not result.stderr:
        result = _run_once(snippet, record_prints, timeout)
    if result.returncode and not result.stderr:
        note = "The runner could not start the snippet or lost its exit status; see the log above.\n"
        result = replace(result, stderr=note)
    return result


def _run_once(snippet: Snippet, record_prints: bool, timeout: float) -> Result:
    with tempfile.TemporaryDirectory() as tmp:
        out, err, rec = (os.path.join(tmp, name) for name in ("out", "err", "prints"))
        for name in (out, err):
            open(name, "w").close()
        workdir = os.path.join(tmp, "work")
        os.mkdir(workdir)
        start = time.perf_counter()
        process = _context().Process(
            target=_child, args=(str(snippet.path), out, err, rec if record_prints else None, workdir)
        )
        process.start()
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join()
            with open(err, "a") as f:
                f.write(f"\nTimed out after {timeout:g} s (SNIPPET_TIMEOUT).\n")
        seconds = time.perf_counter() - start
        prints = ()
        if record_prints and os.path.exists(rec):
            with open(rec, encoding="utf-8") as f:
                prints = tuple(tuple(json.loads(line)) for line in f)
        read = lambda name: Path(name).read_text(encoding="utf-8", errors="replace")  # noqa: E731
        images = tuple(
            (p.name, base64.b64encode(p.read_bytes()).decode())
            for p in sorted(Path(workdir).iterdir()) if p.suffix.lower() in IMAGE_SUFFIXES
        )
        code = process.exitcode if process.exitcode is not None else -9
        return Result(read(out), read(err), code, seconds, prints, images)


@cache
def cuda_available() -> bool:
    """Whether CUDA works here, asked in a forked child so this process never touches CUDA."""
    probe = Path(tempfile.mkdtemp()) / "probe.py"
    probe.write_text("import torch\nprint(torch.cuda.is_available())\n")
    return run(Snippet.load(probe)).stdout.strip() == "True"


def cuda_present() -> bool:
    """Whether an NVIDIA driver is loaded: a stand-in for CUDA that needs no torch import.

    Warm builds use it so that they never start the fork server; a snippet marked for CUDA
    that then fails to find it fails loudly, as any snippet does.
    """
    return any(os.path.exists(p) for p in ("/proc/driver/nvidia/version", "/dev/nvidiactl"))


@cache
def environment() -> tuple:
    """What besides its text can change a snippet's output: Python, torch, torchvision, CUDA."""
    return (platform.python_version(), version("torch"), version("torchvision"), cuda_present())


def environment_key() -> str:
    """A short name for the environment, for caches that hold one entry per environment."""
    return hashlib.sha256(json.dumps(environment()).encode()).hexdigest()[:16]


def cache_key(snippet: Snippet) -> str:
    """The cache entry name of a snippet: its text and the environment, hashed."""
    return hashlib.sha256(json.dumps([snippet.text, *environment()]).encode()).hexdigest()


def _entry(snippet: Snippet) -> Path:
    return CACHE_DIR / f"{cache_key(snippet)}.json"


def cached(snippet: Snippet) -> Result | None:
    """The stored result of a snippet, if nothing that affects its output changed since."""
    entry = _entry(snippet)
    if NO_CACHE or not entry.exists():
        return None
    try:
        return Result(**json.loads(entry.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return None  # a corrupt entry is re-run and overwritten


def run_and_store(snippet: Snippet) -> Result:
    """Run a snippet and, if it succeeded, store its result for the next build."""
    result = run(snippet)
    if result.ok and not NO_CACHE:
        entry = _entry(snippet)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(result)), encoding="utf-8")
        tmp.replace(entry)
    return result


def run_all(snippets: list[Snippet]) -> list[Result]:
    """Run many snippets in parallel, one process per core, storing their results."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(run_and_store, snippets))
