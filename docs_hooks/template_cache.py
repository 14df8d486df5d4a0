"""Compiled theme templates kept between builds.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n builds once per
language, so Material's templates were compiled from source twice per build (about 0.7 s of each
`mkdocs serve` rebuild). A bytecode cache under `.cache/jinja` keeps the compiled form; Jinja keys
it by the template's name and a checksum of its source, so an edited override is compiled again.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemBytecodeCache


def install(env, root: Path):
    """Give the build's Jinja environment the project's bytecode cache."""
    folder = root / ".cache" / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
