"""The readability report: which pages, their sentences, the formulas per
language, and the report (table or JSON); offline."""
