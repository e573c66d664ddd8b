"""Entry point: see patient_site.benchmarks.site_build."""

import sys

from patient_site.benchmarks.site_build import main

if __name__ == "__main__":
    sys.exit(main())
