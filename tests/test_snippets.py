"""Every snippet runs and prints exactly the output written under its prints.

In a run that also builds the site, each snippet runs once: the build runs them all and caches
the results, and these tests read them (a snippet that failed in the build is not cached, and
runs again here). Run alone (`-k name`), a test runs its snippet itself.
"""

import sys

import pytest

from conftest import SHARES_THE_BUILD
from docs_hooks import runner
from docs_hooks.expected import mismatch
from docs_hooks.snippets import all_snippets

SNIPPETS = [pytest.param(s, id=s.name, marks=[pytest.mark.gpu] if s.needs_cuda else []) for s in all_snippets()]


def test_there_are_snippets():
    assert len(SNIPPETS) >= 10


def test_no_snippet_is_named_like_a_module_it_would_shadow():
    """`python snippets/x/select.py` puts snippets/x/ first on sys.path: torch's own `import select`
    would load the snippet instead."""
    shadowing = [s.name for s in all_snippets() if s.path.stem in sys.stdlib_module_names | {"torch", "torchvision", "numpy", "PIL"}]
    assert not shadowing, f"rename these snippets, their names are modules' names: {shadowing}"


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_prints_its_expected_output(snippet, request):
    if request.config.stash.get(SHARES_THE_BUILD, False):
        request.getfixturevalue("built_site")  # its build has run every snippet once
    problem = mismatch(snippet, runner.cached(snippet) or runner.run_and_store(snippet))
    assert problem is None, problem
