"""Logging that shows the build's progress, not its libraries' chatter."""

from __future__ import annotations

import logging


def quiet_logging() -> None:
    # jieba (Chinese search segmentation) logs its dictionary loading at DEBUG,
    # WeasyPrint each rendering step at INFO.
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
