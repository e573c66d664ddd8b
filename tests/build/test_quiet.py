"""The build shows its progress, not its libraries' chatter."""

from __future__ import annotations

import logging

from patient_site.build.quiet import quiet_logging


def test_weasyprint_progress_is_quiet():
    quiet_logging()
    assert logging.getLogger("weasyprint.progress").level == logging.WARNING
