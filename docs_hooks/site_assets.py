"""Files the hooks write into the built site under names made from their content."""

from __future__ import annotations

import hashlib
from pathlib import Path


def site_asset(folder: str, data: bytes, suffix: str, site_dir: str) -> str:
    """Write data once into the site under a name made from its hash; return its path in the site."""
    name = f"assets/{folder}/{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    path = Path(site_dir) / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return name
