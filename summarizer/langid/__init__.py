"""Language identification helpers for ``summarizer.detect``: lexicons of the regional languages
of Indonesia (``lexicon``) and a second detector whose model ships in its wheel (``kept``)."""
