"""Build a data-dir copy in tmp (symlinks to the real files) with some files replaced."""
from __future__ import annotations

import os
from pathlib import Path


def data_copy(data_dir: Path, dest: Path, overrides: dict[str, str] | None = None, drop: tuple[str, ...] = ()) -> Path:
    """Mirror ``data_dir`` under ``dest`` by symlinks; ``overrides`` maps relative paths to new text."""
    overrides = overrides or {}
    for root, _dirs, files in os.walk(data_dir):
        for name in files:
            src = Path(root) / name
            rel = src.relative_to(data_dir).as_posix()
            if rel in overrides or rel in drop:
                continue
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(src)
    for rel, text in overrides.items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return dest
