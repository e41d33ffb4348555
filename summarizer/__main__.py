"""``python -m summarizer``: see :mod:`summarizer.cli`."""

import sys

from .cli import main

sys.exit(main())
