"""``python -m timeline`` is the ``timeline`` command."""

from timeline.cli import main

raise SystemExit(main())
