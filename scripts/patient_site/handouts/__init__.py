"""The patient handouts: the print documents (HTML, from the page as built)
and their PDFs (WeasyPrint), the manifest between them, the Handouts page list."""
