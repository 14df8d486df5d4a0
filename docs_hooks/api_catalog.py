"""Read the API reference's names and signatures from the installed packages.

`python -m docs_hooks.api_catalog` imports torch and torchvision, lists every group's names as
api/scope.yml says, and prints them as JSON with each name's signature(s) and parameter names.
The build runs it in a subprocess once per environment and caches the answer (api_scope.py),
so a warm build never imports torch.

Signatures come from `inspect.signature` where it works. Many torch builtins have none; their
docstring's first line holds it (`add(input, other, *, alpha=1, out=None) -> Tensor`), and a
builtin with overloads lists the others as `.. function:: max(input, dim, ...)` lines: every
one of them counts, and the parameters are the union, in order of first appearance. A builtin
whose docstring states none (`torch.nn.functional.conv_tbc`) takes its operator's schema, and a
class of the C extension with neither (`torch.Generator`) the `__init__` of torch's type stub.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import os
import re
import sys
from pathlib import Path

from docs_hooks import ROOT

WIDTH = 72  # a signature longer than this is shown one parameter a line
_ADDRESS = re.compile(r"<([\w.]+) object at 0x[0-9a-f]+>")
_MODULE_PATH = re.compile(r"\b(?:[a-z_]\w*\.)+(?=[A-Za-z_])")  # torch.utils.data.dataset.Subset -> Subset
_LINT_COMMENT = re.compile(r"\s*#.*$")
_REST_ESCAPE = re.compile(r"\\(?=[*\s])\s*")
_TYPE_VARIABLE = re.compile(r"[~+-]_*(?=[A-Za-z])")  # ~_T -> T, +_T_co -> T_co


def group_names(group: dict, tsv: dict[str, list[str]]) -> list[str]:
    """The public names of one scope group, as its `names` rule lists them from the live package."""
    module = importlib.import_module(group["module"])
    rule = group["names"]
    public = [n for n in dir(module) if not n.startswith("_")]
    if isinstance(rule, dict):
        return [n for section in rule["tsv"] for n in tsv[section]]
    if rule == "nn-modules":
        return [n for n in public if inspect.isclass(getattr(module, n)) and issubclass(getattr(module, n), module.Module)]
    if rule == "nn-init":
        return [n for n in public if inspect.isfunction(getattr(module, n)) and (n.endswith("_") or n == "calculate_gain")]
    if rule == "functional":
        return [n for n in public if callable(getattr(module, n)) and not inspect.isclass(getattr(module, n))
                and getattr(getattr(module, n), "__module__", None) in ("torch.nn.functional", "torch", "torch._C._nn")]
    if rule == "data":
        return [n for n in module.__all__ if not n.startswith("_")]
    if rule == "v2":
        return [n for n in public if not inspect.ismodule(getattr(module, n))]
    raise ValueError(f"api/scope.yml: group {group['key']!r} has an unknown names rule {rule!r}")


def read_tsv() -> dict[str, list[str]]:
    """api/torch.tsv: section name, tab, the names of that section of the official torch page."""
    sections = {}
    for line in (Path(os.environ.get("API_ROOT", ROOT)) / "api" / "torch.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            section, names = line.split("\t", 1)
            sections[section] = names.split()
    return sections


def _default_repr(value) -> str:
    """A default as a reader would write it: no memory addresses, no paths of this machine."""
    import torch

    if value is getattr(torch, "default_generator", None):
        return "torch.default_generator"
    if inspect.ismodule(value):  # <module 'pickle' from '/usr/lib/...'>
        return value.__name__
    if inspect.isfunction(value) or inspect.isbuiltin(value):  # <function relu at 0x...>
        return f"{value.__module__}.{value.__qualname__}"
    return _ADDRESS.sub(r"<\1>", repr(value))


def _from_inspect(qualified: str, obj) -> tuple[list[str], list[str]]:
    signature = inspect.signature(obj)
    parts, star_done = [], False
    kinds = inspect.Parameter
    for index, p in enumerate(signature.parameters.values()):
        if p.kind is kinds.KEYWORD_ONLY and not star_done:
            parts.append("*")
        if p.kind in (kinds.VAR_POSITIONAL, kinds.KEYWORD_ONLY, kinds.VAR_KEYWORD):
            star_done = True
        text = {kinds.VAR_POSITIONAL: "*", kinds.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name
        if p.default is not inspect.Parameter.empty:
            text += "=" + _default_repr(p.default)
        parts.append(text)
        following = list(signature.parameters.values())[index + 1:]
        if p.kind is kinds.POSITIONAL_ONLY and (not following or following[0].kind is not kinds.POSITIONAL_ONLY):
            parts.append("/")
    returns = ""
    if not inspect.isclass(obj) and signature.return_annotation is not inspect.Signature.empty:
        annotation = signature.return_annotation
        annotation = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
        returns = " -> " + _TYPE_VARIABLE.sub("", _MODULE_PATH.sub("", annotation))
    return [wrap(qualified, parts, returns)], list(signature.parameters)


def _from_docstring(qualified: str, obj) -> tuple[list[str], list[str]]:
    short = qualified.rsplit(".", 1)[1]
    start = re.compile(rf"^\s*(?:\.\. function:: )?{re.escape(short)}\(")
    lines = (inspect.getdoc(obj) or "").splitlines()
    signatures, names = [], []
    for number, text in enumerate(lines):
        # the first line, and the overloads that a `.. function::` line names
        if not start.match(text) or (signatures and ".. function::" not in text):
            continue
        if number and not signatures and any(line.strip() for line in lines[:number]):
            break
        text = start.sub("", text)
        while not _closes(text) and number + 1 < len(lines):  # a signature wrapped over lines
            number += 1
            text += " " + lines[number].strip()
        inside, returns = _closes(text) or (text, "")
        inside = _REST_ESCAPE.sub("", inside)  # reST escapes in torch's docstrings: `\*,` and `\ layout`
        parts = [p.strip() for p in split_top_level(inside) if p.strip()]
        returns = _LINT_COMMENT.sub("", returns)  # `-> Tensor # noqa: B950`
        rendered = wrap(qualified, parts, f" {returns.rstrip(':').strip()}" if returns.strip() else "")
        if rendered not in signatures:
            signatures.append(rendered)
        for part in parts:
            name = re.match(r"\**(?:\w+\s+)*(\w+)", part)  # `float alpha` names alpha
            if name and name.group(1) not in names:
                names.append(name.group(1))
    return signatures, names


def _closes(text: str) -> tuple[str, str] | None:
    """Split `a, b=(1, 2)) -> T` at the parenthesis that closes the call: (`a, b=(1, 2)`, `-> T`)."""
    depth = 0
    for index, char in enumerate(text):
        depth += char in "([{"
        if char in ")]}":
            if depth == 0:
                return text[:index], text[index + 1:]
            depth -= 1
    return None


def split_top_level(text: str) -> list[str]:
    """Split a parameter list at the commas that are not inside brackets or quotes."""
    parts, depth, current, quote = [], 0, "", ""
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


def wrap(qualified: str, parts: list[str], returns: str) -> str:
    """`name(a, b=1) -> T` on one line, or one parameter a line when that is longer than WIDTH."""
    line = f"{qualified}({', '.join(parts)}){returns}"
    if len(line) <= WIDTH or not parts:
        return line
    return f"{qualified}(\n" + "".join(f"    {p},\n" for p in parts) + f"){returns}"


def signature(qualified: str, obj) -> dict:
    """A name's signatures as pages show them, and its parameter names; empty when torch says none."""
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):  # called with a member's value, not with Enum's functional API
        return {"signatures": [f"{qualified}(value)"], "parameters": ["value"]}
    try:
        signatures, parameters = _from_inspect(qualified, obj)
    except (ValueError, TypeError):
        signatures, parameters = _from_docstring(qualified, obj)
        if not signatures:
            signatures, parameters = _from_schema(qualified, obj)
        if not signatures:
            signatures, parameters = _from_stub(qualified, obj)
    return {"signatures": signatures, "parameters": parameters}


def _from_schema(qualified: str, obj) -> tuple[list[str], list[str]]:
    """A torch builtin whose docstring states no signature (`F.conv_tbc`): the operator's schema,
    as the Python binding takes it (`self` is `input`; the `.out` overloads are left out)."""
    import torch

    name = "" if inspect.isclass(obj) else getattr(obj, "__name__", "")  # a class's schema is not its constructor's
    try:
        schemas = torch._C._jit_get_schemas_for_operator(f"aten::{name}") if name else []
    except RuntimeError:
        return [], []
    signatures, names = [], []
    for schema in schemas:
        if schema.overload_name.endswith("out"):
            continue
        parts, star = [], False
        for argument in schema.arguments:
            if argument.kwarg_only and not star:
                parts.append("*")
                star = True
            argument_name = "input" if argument.name == "self" else argument.name
            default = f"={argument.default_value!r}" if argument.has_default_value() else ""
            parts.append(argument_name + default)
            if argument_name not in names:
                names.append(argument_name)
        returns = ", ".join(str(r.type) for r in schema.returns)
        signatures.append(wrap(qualified, parts, f" -> {returns}" if returns else ""))
    return signatures, names


def _from_stub(qualified: str, obj) -> tuple[list[str], list[str]]:
    """A class of torch's C extension that states its constructor nowhere else (`torch.Generator`):
    the `__init__` of its type stub, torch/_C/__init__.pyi, as installed."""
    import ast

    import torch

    stub = Path(torch.__file__).parent / "_C" / "__init__.pyi"
    if not inspect.isclass(obj) or not stub.is_file():
        return [], []
    text = lambda argument, default: argument.arg + ("" if default is None else "=" + ast.unparse(default))  # noqa: E731
    for node in ast.parse(stub.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.ClassDef) and node.name == obj.__name__):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                arguments = item.args
                positional = arguments.posonlyargs + arguments.args
                defaults = [None] * (len(positional) - len(arguments.defaults)) + arguments.defaults
                parts = [text(a, d) for a, d in zip(positional, defaults) if a.arg != "self"]
                if arguments.kwonlyargs:
                    parts += ["*"] + [text(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults)]
                names = [a.arg for a in positional + arguments.kwonlyargs if a.arg != "self"]
                return [wrap(qualified, parts, "")], names
    return [], []


def catalog(groups: list[dict]) -> dict:
    """Every group's names, and every name's signature, keyed by the fully qualified name."""
    tsv, names, entries, missing = read_tsv(), {}, {}, []
    for group in groups:
        module = importlib.import_module(group["module"])
        excluded = {n for item in group.get("excluded", []) for n in item["names"]}
        listed = [n for n in group_names(group, tsv) if n not in excluded]
        names[group["key"]] = [f"{group['module']}.{n}" for n in listed]
        for n in listed:
            qualified = f"{group['module']}.{n}"
            if not hasattr(module, n):
                missing.append(qualified)
                continue
            entries[qualified] = signature(qualified, getattr(module, n))
    return {"groups": names, "entries": entries, "missing": missing}


if __name__ == "__main__":
    import yaml

    print(json.dumps(catalog(yaml.safe_load(sys.stdin.read()))))
