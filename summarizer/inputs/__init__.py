"""Web and file input: the guarded fetcher with its deadline, article extraction, page blocks,
photo pages, byte decoding, PDF and Word documents (read in a limited subprocess), and the one
input layer (`ArticleInput`) every front end uses."""

from ._article import (
    STDIN_NAME,
    ArticleCache,
    ArticleInput,
    check_length,
    from_file,
    from_text,
    from_url,
    normalize_url,
)
from ._document_text import DocumentText
from ._documents import document_kind, read_document
from ._extract import Article, extract_article, load_article

__all__ = [
    "STDIN_NAME",
    "Article",
    "ArticleCache",
    "ArticleInput",
    "DocumentText",
    "check_length",
    "document_kind",
    "extract_article",
    "from_file",
    "from_text",
    "from_url",
    "load_article",
    "normalize_url",
    "read_document",
]
