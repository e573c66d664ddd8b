"""The patient-site MkDocs plugin (entry point `patient-site`): typed options
(config.py), the events (plugin.py), one small module per concern, and the
one adapter to mkdocs-static-i18n's internals (i18n.py)."""
