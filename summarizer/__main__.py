"""``python -m summarizer``: see :mod:`summarizer.cli._main`."""

import sys

from summarizer.cli import main

sys.exit(main())
