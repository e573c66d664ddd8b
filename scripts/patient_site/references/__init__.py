"""bibliography.bib (checked line by line, parsed by pybtex), the project's
reference style in each language, and citations rendered on the pages."""
