"""The snippet cache never shows a stale output: edits, corrupt entries and new versions re-run."""

import json

from conftest import mkdocs_build
from docs_hooks import runner
from docs_hooks.snippets import Snippet


def _page(project):
    return (project / "site" / "index.html").read_text(encoding="utf-8")


def test_editing_a_snippet_shows_its_new_output_and_reruns_only_it(mini_project):
    (mini_project / "snippets/demo/other.py").write_text('print("other")\n#> other\n')
    for lang in ("ko", "en"):
        page = mini_project / "docs" / lang / "index.md"
        page.write_text(page.read_text() + '\n```python exec="on" id="other"\n--8<-- "snippets/demo/other.py"\n```\n')
    first = mkdocs_build(mini_project, mini_project / "site")
    assert first.returncode == 0, first.stderr
    assert "hello" in _page(mini_project) and "running 2" in first.stderr
    (mini_project / "snippets/demo/hello.py").write_text('print("edited")\n#> edited\n')
    second = mkdocs_build(mini_project, mini_project / "site")
    assert second.returncode == 0, second.stderr
    assert "edited" in _page(mini_project) and ">hello<" not in _page(mini_project)
    assert "1 cached, running 1: snippets/demo/hello.py" in second.stderr


def test_corrupt_cache_entry_is_rerun(mini_project):
    cache = mini_project / ".cache" / "snippets"
    assert mkdocs_build(mini_project, mini_project / "site").returncode == 0
    entries = list(cache.glob("*.json"))
    assert len(entries) == 1
    entries[0].write_text('{"stdout": "stale", "truncated')
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode == 0, process.stderr
    assert "hello" in _page(mini_project) and "stale" not in _page(mini_project)
    assert json.loads(entries[0].read_text())["stdout"] == "hello\n"


def test_cache_key_changes_with_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "s.py"
    path.write_text("print(1)\n")
    snippet = Snippet.load(path)
    key = runner.cache_key(snippet)
    monkeypatch.setattr(runner, "environment", lambda: ("3.11.7", "2.99.0", "0.29.1", False))
    assert runner.cache_key(snippet) != key
    assert runner.cache_key(Snippet(snippet.path, "print(2)\n", snippet.name)) != runner.cache_key(snippet)


def test_no_cache_switch_reruns_everything(mini_project):
    assert mkdocs_build(mini_project, mini_project / "site").returncode == 0
    process = mkdocs_build(mini_project, mini_project / "site", SNIPPETS_NO_CACHE="1")
    assert process.returncode == 0 and "0 cached, running 1" in process.stderr
