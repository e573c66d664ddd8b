"""Benchmarks of the build and of the bibliography, and the generated sites
they measure."""
