"""Entry point: render this folder's nginx templates for one host (see
patient_site.hosting.nginx_config). Run with the project's Python:

    .venv/bin/python deploy/nginx/render.py --out DIR --listen 80 --site-root site --run-dir /run/pc
"""

import sys
from pathlib import Path

from patient_site.hosting.nginx_config import main

if __name__ == "__main__":
    sys.exit(main(template_dir=Path(__file__).resolve().parent))
