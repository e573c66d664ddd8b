"""Entry point: see patient_site.cli.readability_report."""

import sys

from patient_site.cli.readability_report import main

if __name__ == "__main__":
    sys.exit(main())
