"""Web and file input: the guarded fetcher with its deadline, article extraction, page blocks,
photo pages, byte decoding, and the one input layer (`ArticleInput`) every front end uses."""

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
from ._extract import Article, extract_article, load_article

__all__ = [
    "STDIN_NAME",
    "Article",
    "ArticleCache",
    "ArticleInput",
    "check_length",
    "extract_article",
    "from_file",
    "from_text",
    "from_url",
    "load_article",
    "normalize_url",
]
