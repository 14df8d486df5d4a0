"""API reference: signatures read from the installed packages, entries and the rules they keep."""

import re

import pytest

from conftest import mkdocs_build
from docs_hooks import ROOT, api_catalog, api_entries, api_scope


def test_signatures_come_from_inspect_torchs_docstring_or_the_operator_schema():
    entries = api_scope.catalog()["entries"]
    assert entries["torch.add"]["parameters"] == ["input", "other", "alpha", "out"]  # a builtin: its docstring
    assert entries["torch.add"]["signatures"] == ["torch.add(input, other, *, alpha=1, out=None) -> Tensor"]
    assert set(entries["torch.max"]["parameters"]) == {"input", "dim", "keepdim", "other", "out"}  # overloads
    assert entries["torch.utils.data.DataLoader"]["parameters"][-1] == "in_order"  # inspect.signature
    assert "generator=torch.default_generator" in entries["torch.utils.data.random_split"]["signatures"][0]
    # a builtin whose docstring states none: its operator's schema, `self` named as Python takes it
    assert entries["torch.nn.functional.conv_tbc"]["signatures"] == [
        "torch.nn.functional.conv_tbc(input, weight, bias, pad=0) -> Tensor"]
    # a C class that states its constructor nowhere else: the __init__ of torch's type stub
    assert entries["torch.Generator"] == {"signatures": ["torch.Generator(device=None)"], "parameters": ["device"]}
    # an enum is called with a member's value, not with the arguments of Enum's functional API
    assert entries["torchvision.transforms.v2.InterpolationMode"] == {
        "signatures": ["torchvision.transforms.v2.InterpolationMode(value)"], "parameters": ["value"]}


def test_defaults_show_no_address_or_path_of_the_building_machine():
    entries = api_scope.catalog()["entries"]
    assert "pickle_module=pickle," in entries["torch.save"]["signatures"][0]
    assert "activation=torch.nn.functional.relu," in entries["torch.nn.Transformer"]["signatures"][0]
    assert not [n for n, e in entries.items() if re.search(r" at 0x|from '/", " ".join(e["signatures"]))]


def test_docstring_signatures_lose_rest_escapes_and_argument_types():
    entries = api_scope.catalog()["entries"]
    assert "    *," in entries["torch.full_like"]["signatures"][0]  # torch writes `\*,`
    assert "layout" in entries["torch.normal"]["parameters"]  # torch writes `\ layout=torch.strided`
    assert not [n for n, e in entries.items() if "\\" in " ".join(e["signatures"])]
    assert entries["torch.hamming_window"]["parameters"][-2:] == ["alpha", "beta"]  # `float alpha`
    assert entries["torch.asarray"]["signatures"][0].endswith(") -> Tensor")  # torch adds `# noqa: B950`


def test_long_signatures_are_wrapped_one_parameter_a_line():
    signature = api_scope.catalog()["entries"]["torch.utils.data.DataLoader"]["signatures"][0]
    lines = signature.splitlines()
    assert lines[0] == "torch.utils.data.DataLoader(" and lines[-1] == ")"
    assert "    *," in lines and max(map(len, lines)) <= api_catalog.WIDTH
    assert api_catalog.split_top_level("a, b=(1, 2), c='x,y'") == ["a", " b=(1, 2)", " c='x,y'"]


def test_every_group_lists_the_scope_counts():
    counts = {key: len(names) for key, names in api_scope.catalog()["groups"].items()}
    assert counts == {"torch-core": 139, "torch-math": 265, "nn": 163, "nn-init": 15, "functional": 132,
                      "data": 19, "v2": 72}


def test_a_changed_signature_flags_the_entries_it_touches(monkeypatch):
    real = api_scope.catalog()
    changed = {**real, "entries": {**real["entries"]}}
    old = changed["entries"]["torch.utils.data.random_split"]
    changed["entries"]["torch.utils.data.random_split"] = {**old, "parameters": [*old["parameters"][:-1], "shuffle"]}
    monkeypatch.setattr(api_scope, "catalog", lambda root=ROOT: changed)
    found = [p for p in api_entries.problems(ROOT) if "random_split" in p]
    assert len(found) == 2, found
    for lang, problem in zip(("ko", "en"), sorted(found, key=lambda p: "docs/en" in p)):
        assert problem.startswith(f"docs/{lang}/api/data.md:")
        assert "not documented: shuffle" in problem and "not in its signature: generator" in problem


ENTRY = """
## `random_split` {{#{anchor}}}

Splits.

<!-- api: {names} -->

{parameters}

```python exec="on" id="{block}"
--8<-- "snippets/demo/{snippet}"
```
"""
SPLIT = 'import torch\nfrom torch.utils.data import random_split\nprint(len(random_split(range(4), [2, 2])))\n#> 2\n'


def _add_entry(project, lang="ko", anchor="torch.utils.data.random_split", names="torch.utils.data.random_split",
               parameters="- `dataset`: the data.\n- `lengths`: the sizes.\n- `generator`", snippet="split.py",
               block="split"):
    (project / "snippets/demo/split.py").write_text(SPLIT)
    page = project / "docs" / lang / "index.md"
    page.write_text(page.read_text() + ENTRY.format(anchor=anchor, names=names, parameters=parameters,
                                                    snippet=snippet, block=block))


def _both(project, **change):
    _add_entry(project, "ko", **change)
    _add_entry(project, "en", **change)


def _problems(project):
    return [p for p in api_entries.problems(project)]


def test_a_good_entry_keeps_every_rule(mini_project):
    _both(mini_project)
    assert _problems(mini_project) == []


@pytest.mark.parametrize(("change", "needle"), [
    ({"parameters": "- `dataset`: the data.\n- `lenghts`: the sizes."},
     "random_split do not match the installed package: not documented: lengths, generator; not in its signature: lenghts"),
    ({"parameters": "- `dataset`: the data.\n- `lengths`\n- `generator`"},
     "parameter `lengths` of torch.utils.data.random_split needs a description"),
    ({"snippet": "hello.py", "block": "other"},
     "the entry for torch.utils.data.random_split needs an executed block (python exec=\"on\") whose code uses random_split"),
    ({"anchor": "random-split"},
     "must sit under a heading whose anchor is {#torch.utils.data.random_split} (found {#random-split})"),
    ({"names": "torch.utils.data.random_split torch.utils.data.no_such_name"},
     "torch.utils.data.no_such_name is not a name in the API scope (api/scope.yml)"),
])
def test_a_broken_entry_is_named_with_its_page_and_line(mini_project, change, needle):
    _both(mini_project, **change)
    found = _problems(mini_project)
    assert any(p.startswith("docs/ko/index.md:") and needle in p for p in found), found
    assert any(p.startswith("docs/en/index.md:") and needle in p for p in found), found


def test_a_name_with_two_entries_or_only_one_language_is_named(mini_project):
    _both(mini_project)
    _add_entry(mini_project, "en", anchor="torch.utils.data.random_split", block="again")
    found = _problems(mini_project)
    assert any(p.startswith("docs/en/index.md:") and "random_split has a second entry" in p for p in found), found
    assert any("docs/ko/index.md and docs/en/index.md differ in API entries" in p for p in found), found


def test_an_anchor_for_a_name_is_used_once_per_language(mini_project):
    _both(mini_project)
    page = mini_project / "docs" / "ko" / "index.md"
    page.write_text(page.read_text() + "\n## Again {#torch.utils.data.random_split}\n")
    assert any(p.startswith("the anchor {#torch.utils.data.random_split} is used 2 times in ko") for p in _problems(mini_project))


def test_aliases_share_an_entry_each_with_its_own_anchor():
    markdown = "## `torch.cat` {#torch.cat}\n\n<!-- api: torch.cat torch.concat -->\n\n- `tensors`: joined.\n"
    html = api_entries.render(markdown, ROOT, "en", "docs/en/api/x.md")
    assert '<span id="torch.concat"></span>' in html and 'id="torch.cat"' not in html.split("<!--")[0]
    assert "torch.cat(tensors, dim=0, *, out=None) -> Tensor" in html
    assert "torch.concat(tensors, dim=0, *, out=None) -> Tensor" in html
    assert [e.names for e in api_entries.parse(markdown, "api/x.md", "en")] == [["torch.cat", "torch.concat"]]


def test_a_complete_group_needs_every_entry(mini_project):
    scope = mini_project / "api" / "scope.yml"
    text = scope.read_text()
    start = text.index("- key: data")
    scope.write_text(text[:start] + text[start:].replace("complete: false", "complete: true", 1))
    _both(mini_project)
    found = _problems(mini_project)
    for lang in ("ko", "en"):
        assert any(p.startswith(f"docs/{lang}: 18 names of torch.utils.data have no entry") and "DataLoader" in p
                   and "random_split" not in p for p in found), found


def test_the_build_shows_signature_shared_parameter_text_and_official_link(mini_project):
    config = mini_project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - index.md\n", "  - index.md\n  - guide.md\n"))
    for lang in ("ko", "en"):
        (mini_project / "docs" / lang / "guide.md").write_text("# Guide {#top}\n\n## Splitting {#splitting}\n\nWords.\n")
    _both(mini_project, parameters="- `dataset`: the data.\n- `lengths`: the sizes.\n- `generator`\n\n"
                                   "See also: [splitting](guide.md#splitting).")
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode == 0, process.stdout + process.stderr
    shared = api_scope.shared_parameters()["generator"]
    for page, lang in (("index.html", "ko"), ("en/index.html", "en")):
        html = (mini_project / "site" / page).read_text(encoding="utf-8")
        text = re.sub(r"<[^>]+>", "", html)
        assert "torch.utils.data.random_split(" in text and "generator=torch.default_generator" in text
        assert re.search(r'href="https://docs\.pytorch\.org/docs/\d+\.\d+/data\.html#torch\.utils\.data\.random_split"', html)
        assert shared[lang].split("`")[0].strip() in text
        assert 'id="torch.utils.data.random_split"' in html
    for page in ("guide/index.html", "en/guide/index.html"):  # the guide section links back to the entry
        html = (mini_project / "site" / page).read_text(encoding="utf-8")
        assert re.search(r'<a href="\.\./(?:\.\./)?(?:en/)?#torch\.utils\.data\.random_split"><code>random_split</code></a>', html) \
            or '#torch.utils.data.random_split"><code>random_split</code>' in html, html[-3000:]


def test_a_warm_build_never_imports_torch(mini_project, tmp_path):
    _both(mini_project)
    assert mkdocs_build(mini_project, mini_project / "site").returncode == 0
    fake = tmp_path / "no-torch" / "torch"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('a warm build imported torch')\n")
    process = mkdocs_build(mini_project, mini_project / "site", PYTHONPATH=str(fake.parent))
    assert process.returncode == 0, process.stdout + process.stderr
    html = (mini_project / "site" / "index.html").read_text(encoding="utf-8")
    assert "torch.utils.data.random_split(" in re.sub(r"<[^>]+>", "", html)
