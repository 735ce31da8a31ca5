"""``python -m ashby_sdk.cli``: the same as the ``ashby`` command."""

from __future__ import annotations

from . import main

main()
