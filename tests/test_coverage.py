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


def _share(html: str, key: str) -> tuple[int, int]:
    row = re.search(rf'<a href="#{key}">.*?</a></td>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>', html, re.S)
    assert row, f"no summary row for {key}"
    return int(row.group(1)), int(row.group(2))


def test_coverage_page_counts_entries_per_group_in_both_languages(built_site):
    for page, prefix in (("coverage/index.html", ""), ("en/coverage/index.html", "en/")):
        html = (built_site / page).read_text(encoding="utf-8")
        assert _share(html, "data") == (19, 19)
        assert _share(html, "torch-core")[1] == 139 and _share(html, "functional")[1] == 132
        labels = re.findall(r'<a href="#torch-(?:core|math)">(.*?)</a>', html)
        assert len(labels) == 2 and labels[0] != labels[1], f"the two torch groups read alike: {labels}"
        section = html[html.index('id="data"'):html.index('id="v2"')]
        assert 'href="../api/data/#torch.utils.data.DataLoader"' in section
        assert re.search(r"<strong>(세지 않은 이름|Not counted)</strong>.*<code>IterDataPipe</code>", section)
        nn = html[html.index('id="nn"'):html.index('id="nn-init"')]
        if _share(html, "nn")[0] < 163:
            assert re.search(r"<strong>(항목이 아직 없는 이름|No entry yet):</strong>", nn)


def test_a_to_z_index_links_every_entry_in_both_languages(built_site):
    for page in ("api/index.html", "en/api/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        section = html[html.index('id="torch.utils.data"'):]
        links = re.findall(r'href="(data|samplers)/#(torch\.utils\.data\.\w+)"', section)
        assert len({name for _, name in links}) == 19
        shown = re.findall(r"<code>(\w+)</code></a>", section)
        assert [n.lower() for n in shown] == sorted(n.lower() for n in shown)
