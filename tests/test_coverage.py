"""API coverage: names referred to by executed code, and the generated page."""

import re

from docs_hooks.coverage import referenced


def test_imports_are_resolved_to_the_names_code_refers_to():
    code = (
        "import torch\nimport torch.nn as nn\nfrom torch.nn import functional as F\n"
        "from torch.utils.data import DataLoader\nfrom torchvision.transforms import v2\n"
        "model = nn.Sequential(nn.Linear(2, 2), torch.nn.ReLU())\n"
        "y = F.relu(torch.zeros(1))\nloader = DataLoader([1])\nt = v2.Compose([])\n"
        "def f(nn_module): return nn_module.Linear  # an attribute of a local is not an API use\n"
    )
    names = referenced(code)
    for name in ("torch.nn.Sequential", "torch.nn.Linear", "torch.nn.ReLU", "torch.nn.functional.relu",
                 "torch.utils.data.DataLoader", "torchvision.transforms.v2.Compose"):
        assert name in names
    assert not any(n.endswith(".Linear") and not n.startswith("torch.nn") for n in names)
    assert "torch.nn.Conv2d" not in names


def _share(html: str, module: str) -> tuple[int, int]:
    row = re.search(rf'<a href="#{module}">.*?</a></td>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>', html, re.S)
    assert row, f"no summary row for {module}"
    return int(row.group(1)), int(row.group(2))


def test_coverage_page_lists_covered_and_missing_names_in_both_languages(built_site):
    for page in ("coverage/index.html", "en/coverage/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        for module in ("nn", "functional", "data", "samplers", "v2"):
            covered, total = _share(html, module)
            assert 0 < covered <= total
        # nn.Conv2d has examples (linked to its pages); nn.Transformer has none on this site
        assert re.search(r"<code>Conv2d</code></td>\s*<td><a href=\"../nn/layers/\"", html) or \
            re.search(r"<code>Conv2d</code></td>\s*<td>.*?href=\"../nn/layers/\"", html)
        missing = html[html.index('id="nn"'):html.index('id="functional"')]
        assert re.search(r"<strong>(예제가 아직 없는 이름|No example yet):</strong>.*<code>Transformer</code>", missing)
        assert _share(html, "samplers")[1] == 7
