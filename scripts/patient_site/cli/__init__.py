"""Command-line entry points: thin, over the package's modules (the only
place environment variables are read)."""
