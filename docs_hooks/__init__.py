"""Build hooks and tools for the site: snippet execution, expected outputs, notebooks."""

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_yaml(path: Path):
    """A YAML file's data, read with libyaml where PyYAML has it (ten times faster than pure Python)."""
    import yaml

    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def per_text(function):
    """Memoise `function(name, path, *rest)` on the file's text, for this process: a page whose text
    is unchanged is not analysed again (a `mkdocs serve` rebuild re-checks only what an edit changed)."""
    memo: dict = {}

    @functools.wraps(function)
    def wrapper(name: str, path: Path, *rest):
        key = (name, path.read_text(encoding="utf-8"), *rest)
        if key not in memo:
            memo[key] = function(name, path, *rest)
        return memo[key]

    return wrapper
