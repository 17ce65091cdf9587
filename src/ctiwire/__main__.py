"""``python -m ctiwire``: the ``ctiwire`` command."""

import sys

from .cli import main

sys.exit(main())
