"""The strict build passes on the real site, and fails loudly, naming the file, on bad input."""

import re
from html import unescape

import pytest

from conftest import mkdocs_build, write_notebook
from docs_hooks import ROOT
from docs_hooks.snippets import Snippet



def test_both_languages_render_the_exemplar_with_live_output(built_site):
    expected = Snippet.load(ROOT / "snippets/tensors/gather.py").expected_output.splitlines()[0]
    for page, label in (("tensors/basics/index.html", "출력"), ("en/tensors/basics/index.html", "Output")):
        html = (built_site / page).read_text(encoding="utf-8")
        assert label in html and "snippets/tensors/gather.py" in html
        assert expected.replace("[", "").split(",")[0] in re.sub(r"<[^>]+>|\[", "", html)
        assert "#&gt;" not in html and "#>" not in html, f"{page} shows expected-output comments"


def test_language_switcher_leads_to_the_same_page(built_site):
    ko = (built_site / "tensors/basics/index.html").read_text(encoding="utf-8")
    en = (built_site / "en/tensors/basics/index.html").read_text(encoding="utf-8")
    assert re.search(r'href="[./]*en/tensors/basics/"[^>]*hreflang="en"', ko)
    assert re.search(r'href="[./]*tensors/basics/"[^>]*hreflang="ko"', en)


def test_gpu_snippet_is_marked_and_not_faked_without_cuda(built_site):
    for page, mark in (("tensors/basics/index.html", "GPU 필요"), ("en/tensors/basics/index.html", "Requires a GPU")):
        html = (built_site / page).read_text(encoding="utf-8")
        assert 'class="admonition gpu"' in html and mark in html
        assert "snippets/tensors/cuda_tensor.py" in html
        assert 'class="admonition gpu-missing"' in html  # the machines running the tests have no CUDA


def test_setup_above_a_cell_marker_is_folded_and_still_copied(built_site):
    """A snippet with `# %%`: its setup sits in a closed Setup box above the code, and the block
    carries the whole program for the copy button (the browser test clicks it)."""
    snippet = Snippet.load(ROOT / "snippets/transforms/gallery_color_jitter.py")
    setup, point = snippet.setup_and_point
    assert setup.startswith("import torch") and point.startswith("jitter = v2.ColorJitter")
    for page in ("transforms/gallery/index.html", "en/transforms/gallery/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        block = re.search(r'<div class="snippet-with-setup" data-copy="([^"]*)"><details class="setup">'
                          r'((?:(?!snippet-with-setup).)*?)</details>\s*<div class="highlight"><span class="filename">'
                          r'snippets/transforms/gallery_color_jitter.py', html, re.S)
        assert block, f"{page}: no folded setup above gallery_color_jitter.py"
        assert unescape(block.group(1)) == snippet.display_source
        assert "save_grid" in unescape(re.sub(r"<[^>]+>", "", block.group(2)))


def test_notebooks_render_as_html_with_outputs_at_markdown_urls(built_site):
    for page in ("tutorials/first-training-loop/index.html", "en/tutorials/first-training-loop/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert html.lstrip().startswith("<!doctype html>") and '"cells"' not in html
        assert "jp-OutputArea" in html and 'src="data:image/png;base64,' in html
    assert not (built_site / "ko").exists(), "default-language pages must stay at the site root"


def test_no_page_loads_anything_from_another_host(built_site):
    remote = re.compile(r'<(?:script|img|iframe|source)[^>]+src="(?:https?:)?//|<link[^>]+href="(?:https?:)?//[^"]+"[^>]*>'
                        r'|@import\s+url\(["\']?(?:https?:)?//|import\(["\'](?:https?:)?//')
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 6
    offenders = [p.relative_to(built_site) for p in pages if remote.search(p.read_text(encoding="utf-8").replace(
        '<link rel="canonical"', "").replace('rel="alternate"', ""))]
    assert offenders == []


def _fails_naming(project, *needles):
    process = mkdocs_build(project, project / "site")
    log = process.stdout + process.stderr
    assert process.returncode != 0, f"build passed:\n{log}"
    for needle in needles:
        assert needle in log, f"{needle!r} not in the build log:\n{log}"


def test_mini_project_builds(mini_project):
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode == 0, process.stdout + process.stderr
    assert "hello" in (mini_project / "site" / "index.html").read_text(encoding="utf-8")


def test_raising_snippet_fails_the_build_naming_it(mini_project):
    (mini_project / "snippets/demo/hello.py").write_text('raise ValueError("boom")\n')
    _fails_naming(mini_project, "snippets/demo/hello.py failed", "ValueError: boom", "docs/ko/index.md")


def test_missing_include_fails_the_build_naming_it(mini_project):
    page = mini_project / "docs/en/index.md"
    page.write_text(page.read_text() + '\n```python exec="on" id="gone"\n--8<-- "snippets/demo/gone.py"\n```\n')
    _fails_naming(mini_project, "snippets/demo/gone.py")


def test_failing_notebook_fails_the_build_naming_it(mini_project):
    for lang in ("ko", "en"):
        write_notebook(mini_project / "docs" / lang / "notebook.ipynb", "# Broken", "1 / 0")
    _fails_naming(mini_project, "notebook.ipynb", "ZeroDivisionError")


def test_broken_link_fails_the_build_naming_it(mini_project):
    page = mini_project / "docs/ko/index.md"
    page.write_text(page.read_text() + "\n[다음](nowhere.md) [앵커](#no-such-anchor)\n")
    _fails_naming(mini_project, "nowhere.md", "no-such-anchor", "index.md")


def test_no_page_repeats_an_id(built_site):
    """Ids are unique on every page: line anchors of executed blocks, notebook headings, entries."""
    repeated = {}
    for page in sorted(built_site.rglob("*.html")):
        ids = re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8"))
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            repeated[str(page.relative_to(built_site))] = twice[:5]
    assert repeated == {}


def test_every_page_weighs_under_300_kb(built_site):
    heavy = {str(p.relative_to(built_site)): p.stat().st_size for p in built_site.rglob("*.html")}
    assert {page: size for page, size in heavy.items() if size > 300_000} == {}


def test_saved_picture_is_shown_with_its_alt_text(mini_project):
    (mini_project / "snippets/demo/picture.py").write_text(
        "from PIL import Image\n\nImage.new('RGB', (24, 12), 'red').save('red.png')\nprint('saved')\n"
        "#> saved\n#> <image red.png 24x12>\n")
    for lang, alt in (("ko", "빨간 사각형"), ("en", "a red rectangle")):
        page = mini_project / "docs" / lang / "index.md"
        page.write_text(page.read_text() + f'\n```python exec="on" id="pic" alt="{alt}"\n--8<-- "snippets/demo/picture.py"\n```\n')
    process = mkdocs_build(mini_project, mini_project / "site")
    assert process.returncode == 0, process.stdout + process.stderr
    for page, alt in (("index.html", "빨간 사각형"), ("en/index.html", "a red rectangle")):
        html = (mini_project / "site" / page).read_text(encoding="utf-8")
        src = re.search(rf'<img src="([^"]+)" alt="{alt}" width="24" height="12"', html).group(1)
        assert (mini_project / "site" / page).parent.joinpath(src).resolve().is_file()


def test_picture_without_alt_text_fails_the_build(mini_project):
    (mini_project / "snippets/demo/hello.py").write_text(
        "from PIL import Image\n\nImage.new('RGB', (4, 4)).save('x.png')\n#> <image x.png 4x4>\n")
    _fails_naming(mini_project, 'docs/ko/index.md: the block that includes snippets/demo/hello.py needs alt="..."')
