"""Entry point: see patient_site.benchmarks.bibliography."""

import sys

from patient_site.benchmarks.bibliography import main

if __name__ == "__main__":
    sys.exit(main())
