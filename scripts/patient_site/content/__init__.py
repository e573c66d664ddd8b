"""Markdown sources as authors write them: front matter and its fields,
code and comments masked, the structure of a page (sections, links,
citations, directives), the prose a reader sees, hospital calls to action."""
