"""API coverage: which public names of five modules have an executed example on the site.

The public names come from the installed torch and torchvision (`python -m docs_hooks.coverage`
prints them as JSON; the build runs it in a subprocess once per environment and caches the
result, so a warm build never imports torch). The examples are the snippets the pages include
and the notebooks' code cells, read with `ast`: a name counts when code refers to it
(`nn.Conv2d`, `F.relu`, `from torch.utils.data import DataLoader` then `DataLoader(...)`).
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from docs_hooks import pages

# key, module, heading (ko, en), what counts as its public names (ko, en)
MODULES = (
    ("nn", "torch.nn", ("`torch.nn`", "`torch.nn`"),
     ("`torch.nn`의 층: `nn.Module`을 상속한 공개 클래스", "`torch.nn` layers: public subclasses of `nn.Module`")),
    ("functional", "torch.nn.functional", ("`torch.nn.functional`", "`torch.nn.functional`"),
     ("`torch.nn.functional`의 공개 함수", "`torch.nn.functional`: public functions")),
    ("data", "torch.utils.data", ("`torch.utils.data`", "`torch.utils.data`"),
     ("`torch.utils.data`의 `__all__`", "`torch.utils.data`: its `__all__`")),
    ("samplers", "torch.utils.data", ("샘플러", "Samplers"),
     ("`torch.utils.data`에서 `Sampler`를 상속한 클래스", "classes in `torch.utils.data` that subclass `Sampler`")),
    ("v2", "torchvision.transforms.v2", ("`torchvision.transforms.v2`", "`torchvision.transforms.v2`"),
     ("`torchvision.transforms.v2`의 공개 이름(하위 모듈 제외)", "`torchvision.transforms.v2`: public names, submodules aside")),
)
_DATAPIPES = {"DFIterDataPipe", "DataChunk", "IterDataPipe", "MapDataPipe", "functional_datapipe",
              "guaranteed_datapipes_determinism", "non_deterministic", "argument_validation",
              "runtime_validation", "runtime_validation_disabled"}
EXCLUDED_REASONS = {
    "datapipes": ("DataPipe 도구: PyTorch에서 더 이상 개발하지 않으며(deprecated) torchdata로 옮겨 갔습니다",
                  "DataPipe tools: deprecated in PyTorch, moved to torchdata"),
    "internal": ("`torch.nn.functional` 내부 도우미", "an internal helper of `torch.nn.functional`"),
}


def public_names() -> dict:
    """Import the modules and list their public names (run in a subprocess by `names`)."""
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.utils.data as data
    from torchvision.transforms import v2

    def public(module):
        return [n for n in dir(module) if not n.startswith("_")]

    layers = [n for n in public(nn) if inspect.isclass(getattr(nn, n)) and issubclass(getattr(nn, n), nn.Module)]
    functions = [n for n in public(F) if callable(getattr(F, n)) and not inspect.isclass(getattr(F, n))
                 and getattr(getattr(F, n), "__module__", None) in ("torch.nn.functional", "torch", "torch._C._nn")]
    data_names = [n for n in data.__all__ if not n.startswith("_")]
    samplers = [n for n in data_names if inspect.isclass(getattr(data, n)) and issubclass(getattr(data, n), data.Sampler)]
    transforms = [n for n in public(v2) if not inspect.ismodule(getattr(v2, n))]
    return {
        "nn": {"names": layers, "excluded": {}},
        "functional": {"names": [n for n in functions if n != "assert_int_or_pair"],
                       "excluded": {"assert_int_or_pair": "internal"}},
        "data": {"names": [n for n in data_names if n not in _DATAPIPES],
                 "excluded": {n: "datapipes" for n in data_names if n in _DATAPIPES}},
        "samplers": {"names": samplers, "excluded": {}},
        "v2": {"names": transforms, "excluded": {}},
    }


def names(root: Path, environment_key: str) -> dict:
    """The public names for this environment, from the cache or a fresh subprocess."""
    cache = root / ".cache" / "api-names" / f"{environment_key}.json"
    if cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    process = subprocess.run([sys.executable, "-m", "docs_hooks.coverage"], cwd=root,
                             capture_output=True, text=True, timeout=300)
    if process.returncode != 0:
        raise RuntimeError(f"listing public API names failed (python -m docs_hooks.coverage):\n{process.stderr}")
    result = json.loads(process.stdout)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(result), encoding="utf-8")
    return result


def referenced(source: str) -> set[str]:
    """Dotted names a program refers to, with its imports resolved (`nn.Linear` → `torch.nn.Linear`)."""
    source = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())
    tree = ast.parse(source)
    alias: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for item in node.names:
                alias[item.asname or item.name.split(".")[0]] = item.name if item.asname else item.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for item in node.names:
                alias[item.asname or item.name] = f"{node.module}.{item.name}"

    def dotted(node) -> str | None:
        if isinstance(node, ast.Name):
            return alias.get(node.id)
        if isinstance(node, ast.Attribute):
            base = dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    return {name for node in ast.walk(tree) if isinstance(node, (ast.Name, ast.Attribute)) if (name := dotted(node))}


@dataclass
class PageUses:
    page: str  # path relative to docs/<lang>/
    names: set[str]


def site_uses(root: Path) -> list[PageUses]:
    """For every page (Korean tree; both languages include the same code), the names its code refers to."""
    base = root / "docs" / "ko"
    uses = []
    for page in pages.page_files(root / "docs", "ko"):
        found: set[str] = set()
        for item in pages.outline(base / page, f"docs/ko/{page}").includes:
            source = (root / item).read_text(encoding="utf-8") if page.endswith(".md") else item
            try:
                found |= referenced(source)
            except (OSError, SyntaxError):
                continue  # a missing or broken include is reported by the page rules and the runner
        if found:
            uses.append(PageUses(page, found))
    return uses


def title(root: Path, language: str, page: str) -> str:
    """A page's title: its first `# ` heading without the anchor."""
    path = root / "docs" / language / page
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"] if c["cell_type"] == "markdown")
    match = re.search(r"^# (.+?)(?:\s*\{#[^}]*\})?\s*$", text, re.MULTILINE)
    return match.group(1) if match else page


def table(root: Path, language: str, environment_key: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """The coverage section of the page in `language`, and (covered, total) per module key."""
    ko = language == "ko"
    all_names, uses, totals = names(root, environment_key), site_uses(root), {}
    summary = ["| 모듈 | 예제가 있는 이름 | 전체 | 비율 |" if ko else "| Module | Names with an example | Total | Share |",
               "|---|---:|---:|---:|"]
    sections = []
    for key, module, heading, what in MODULES:
        heading, what = heading[0 if ko else 1], what[0 if ko else 1]
        listed = sorted(all_names[key]["names"], key=str.lower)
        where = {n: [u.page for u in uses if f"{module}.{n}" in u.names] for n in listed}
        covered = [n for n in listed if where[n]]
        missing = [n for n in listed if not where[n]]
        totals[key] = (len(covered), len(listed))
        share = 100 * len(covered) / len(listed) if listed else 0.0
        summary.append(f"| [{heading}](#{key}) | {len(covered)} | {len(listed)} | {share:.0f}% |")
        lines = [f"## {heading} {{#{key}}}",
                 "", what + ".", "",
                 (f"예제가 있는 이름 {len(covered)}개 / 전체 {len(listed)}개 ({share:.0f}%)." if ko
                  else f"{len(covered)} of {len(listed)} names have an example ({share:.0f}%)."), ""]
        if covered:
            lines += ["| 이름 | 예제가 있는 페이지 |" if ko else "| Name | Pages with an example |", "|---|---|"]
            for n in covered:
                links = ", ".join(f"[{title(root, language, p)}]({p})" for p in where[n])
                lines.append(f"| `{n}` | {links} |")
            lines.append("")
        if missing:
            lines += [("**예제가 아직 없는 이름:** " if ko else "**No example yet:** ") + ", ".join(f"`{n}`" for n in missing), ""]
        excluded = all_names[key]["excluded"]
        if excluded:
            for reason in sorted(set(excluded.values())):
                which = ", ".join(f"`{n}`" for n in sorted(n for n, r in excluded.items() if r == reason))
                text = EXCLUDED_REASONS[reason][0 if ko else 1]
                lines += [(f"**세지 않은 이름** ({text}): " if ko else f"**Not counted** ({text}): ") + which, ""]
        sections.append("\n".join(lines))
    return "\n".join(summary) + "\n\n" + "\n".join(sections), totals


if __name__ == "__main__":
    print(json.dumps(public_names()))
