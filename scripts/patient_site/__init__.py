"""The palliative-care site's Python: a package of pure modules, the MkDocs
plugin that adapts them, and the command-line tools.

Imports run one way, from the top down (no module imports one above it):

    cli, benchmarks, hosting       command-line entry points and dev tools
    build, mkdocs_plugin           the build command; the MkDocs adapter
    validation                     every source loaded and checked, once
    handouts, readability          the PDFs; the readability report
    pages                          what a built page carries (status, tags, data)
    references                     bibliography.bib, its style, citations
    translations, project          languages, inventory, parity, glossary, UI text; where inputs are
    content                        Markdown sources: front matter, masking, structure
    problems, content_memo, file_cache, security_policy
                                   file:line problems; caching; the CSP

Only the command-line boundary reads environment variables.
"""
