"""Put the repository on ``sys.path`` for a benchmark run as a script (``python benchmarks/X.py``).

A script's own folder is ``sys.path[0]``, so ``import _bootstrap`` finds this module first; after
it the script imports ``summarizer``, ``benchmarks`` and ``tests`` from the repository root.
:data:`PYTHONPATH` gives a child process the same view.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHONPATH = os.pathsep.join([str(ROOT), str(HERE)])

for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)
