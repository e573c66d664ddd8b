"""What a built page carries: the reader's status (review dates, translation
notices), its Markdown additions, search-engine tags and structured data, the
services-by-campus data, search indexes, the sitemap, and HTML repairs."""
