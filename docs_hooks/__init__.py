"""Build hooks and tools for the site: snippet execution, expected outputs, notebooks."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
