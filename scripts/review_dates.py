"""Entry point: see patient_site.cli.review_dates."""

import sys

from patient_site.cli.review_dates import main

if __name__ == "__main__":
    sys.exit(main())
