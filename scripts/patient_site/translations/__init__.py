"""The site's languages and its translations: which file is which language's
page, every page's state, structural parity, the glossary (matched as each
language writes), interface text and dates in the reader's language, and the
translators' workflow."""
