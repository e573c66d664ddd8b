"""Logging that shows the build's progress, not its libraries' chatter."""

from __future__ import annotations

import logging


def quiet_logging() -> None:
    # WeasyPrint logs each rendering step at INFO.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
