"""Every snippet runs and prints exactly the output written under its prints."""

import pytest

from docs_hooks.expected import mismatch
from docs_hooks.runner import run
from docs_hooks.snippets import all_snippets

SNIPPETS = [pytest.param(s, id=s.name, marks=[pytest.mark.gpu] if s.needs_cuda else []) for s in all_snippets()]


def test_there_are_snippets():
    assert len(SNIPPETS) >= 10


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_prints_its_expected_output(snippet):
    problem = mismatch(snippet, run(snippet))
    assert problem is None, problem
