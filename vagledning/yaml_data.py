"""YAML data files of this repository (cues, wordings, routes, the lexicon), read with libyaml's C parser when it is
installed: the same data as ``yaml.safe_load`` (checked on every YAML file of the repository) in about an eighth of
the time. The pure-Python parser cost each process ~4 s of start-up on a loaded 2-core machine, and a test worker or
a server worker pays it again."""
from __future__ import annotations

from typing import IO, Any

import yaml

#: A safe loader (no Python objects), C when available.
LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """Parse one YAML document safely (what ``yaml.safe_load`` does), with the C parser when present."""
    return yaml.load(source, Loader=LOADER)
