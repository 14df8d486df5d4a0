"""The snippet runner behaves like `python file.py`, isolates runs, and rewrites `#>` lines."""

import subprocess
import sys

from docs_hooks import ROOT
from docs_hooks.expected import mismatch, rewrite
from docs_hooks.runner import run
from docs_hooks.snippets import Snippet


def _snippet(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Snippet.load(path)


def test_runner_prints_what_python_prints():
    snippet = Snippet.load(ROOT / "snippets/tensors/gather.py")
    plain = subprocess.run([sys.executable, str(snippet.path)], capture_output=True, text=True, check=True)
    assert run(snippet).stdout == plain.stdout


def test_runs_are_isolated(tmp_path):
    first = _snippet(tmp_path, "a.py", "import torch\ntorch.set_default_dtype(torch.float64)\nprint(torch.get_default_dtype())\n")
    second = _snippet(tmp_path, "b.py", "import torch\nprint(torch.get_default_dtype())\n")
    assert run(first).stdout == "torch.float64\n"
    assert run(second).stdout == "torch.float32\n"


def test_output_of_child_processes_and_spawn_is_captured(tmp_path):
    code = (
        "import torch.multiprocessing as mp\n\n"
        "def work(rank):\n    print('rank', rank, flush=True)\n\n"
        "if __name__ == '__main__':\n    mp.spawn(work, nprocs=1)\n"
    )
    result = run(_snippet(tmp_path, "spawn.py", code))
    assert result.ok, result.stderr
    assert result.stdout == "rank 0\n"


def test_failure_and_timeout_are_reported(tmp_path):
    failed = run(_snippet(tmp_path, "fail.py", "raise KeyError('k')\n"))
    assert failed.returncode == 1 and "KeyError: 'k'" in failed.stderr and "fail.py" in failed.stderr
    slow = run(_snippet(tmp_path, "slow.py", "import time\ntime.sleep(30)\n"), timeout=1)
    assert not slow.ok and "Timed out after 1 s" in slow.stderr


def test_rewrite_places_output_after_each_print_and_check_agrees(tmp_path):
    code = "for i in range(2):\n    print(i,\n          end=' ')\n    print('!')\nprint('done')\n"
    snippet = _snippet(tmp_path, "loop.py", code)
    assert mismatch(snippet, run(snippet)).startswith(f"{snippet.name} has no expected output")
    assert rewrite(snippet) is True
    assert snippet.path.read_text() == (
        "for i in range(2):\n    print(i,\n          end=' ')\n    print('!')\n    #> 0 !\n    #> 1 !\nprint('done')\n#> done\n"
    )
    rewritten = Snippet.load(snippet.path)
    assert mismatch(rewritten, run(rewritten)) is None
    assert rewrite(rewritten) is False


def test_wrong_expectation_is_reported_with_a_diff(tmp_path):
    snippet = _snippet(tmp_path, "wrong.py", "print(1 + 1)\n#> 3\n")
    problem = mismatch(snippet, run(snippet))
    assert "-3" in problem and "+2" in problem and "make snippets-update" in problem


def test_rewrite_puts_output_of_a_shared_print_helper_after_each_call(tmp_path):
    snippet = _snippet(tmp_path, "helper.py", "def show(x):\n    print(x)\n\nshow(1)\nprint('a')\nshow(2)\n")
    assert rewrite(snippet) is True
    assert snippet.path.read_text() == "def show(x):\n    print(x)\n\nshow(1)\n#> 1\nprint('a')\n#> a\nshow(2)\n#> 2\n"


def test_output_on_stderr_is_reported(tmp_path):
    snippet = _snippet(tmp_path, "warns.py", "import warnings\nwarnings.warn('careful')\nprint(1)\n#> 1\n")
    problem = mismatch(snippet, run(snippet))
    assert "wrote to stderr" in problem and "careful" in problem and "catch_warnings" in problem


def test_rewrite_puts_interleaved_loop_output_after_the_loop(tmp_path):
    snippet = _snippet(tmp_path, "two.py", "for i in range(2):\n    print('a', i)\n    print('b', i)\n")
    assert rewrite(snippet) is True
    assert snippet.path.read_text().endswith("    print('b', i)\n#> a 0\n#> b 0\n#> a 1\n#> b 1\n")


def test_ellipsis_matches_varying_text_within_a_line_only(tmp_path):
    snippet = _snippet(tmp_path, "timing.py", "print('took 0.123 s')\nprint('done')\n#> took ... s\n#> done\n")
    assert mismatch(snippet, run(snippet)) is None
    wrong = _snippet(tmp_path, "timing2.py", "print('took 0.123 s')\nprint('done')\n#> took ...\n#> ...\n#> done\n")
    assert "printed something else" in mismatch(wrong, run(wrong))
    assert rewrite(Snippet.load(snippet.path)) is False


def test_snippets_get_the_platform_default_start_method(tmp_path):
    snippet = _snippet(tmp_path, "method.py", "import multiprocessing\nprint(multiprocessing.get_start_method())\n")
    plain = subprocess.run([sys.executable, str(snippet.path)], capture_output=True, text=True, check=True)
    assert run(snippet).stdout == plain.stdout


def test_saved_pictures_are_part_of_the_expected_output(tmp_path):
    code = "from PIL import Image\n\nImage.new('RGB', (32, 16)).save('grid.png')\nprint('saved')\n"
    snippet = _snippet(tmp_path, "picture.py", code)
    result = run(snippet)
    assert [name for name, _ in result.images] == ["grid.png"]
    assert rewrite(snippet) is True
    assert snippet.path.read_text().endswith("print('saved')\n#> saved\n#> <image grid.png 32x16>\n")
    changed = _snippet(tmp_path, "picture.py", snippet.path.read_text().replace("(32, 16)", "(32, 17)"))
    assert "-<image grid.png 32x16>" in mismatch(changed, run(changed))
