"""Entry point: see patient_site.cli.build_site."""

import sys

from patient_site.cli.build_site import main

if __name__ == "__main__":
    sys.exit(main())
