"""The Streamlit page's own code, beside app.py: presentation, link parameters, page settings.

The library (:mod:`summarizer`) knows nothing of Streamlit; everything the page needs that is
about drawing, the page's address or the page's own settings lives here, and app.py wires it up:

* :mod:`webui.render`: escaping and the HTML the page shows;
* :mod:`webui.params`: share links and reading a link's query parameters;
* :mod:`webui.settings`: page-only settings (``SUMMARIZER_ALLOW_MODEL_CHOICE``);
* :mod:`webui.errors`: what a visitor reads when something fails (no server internals);
* :mod:`webui.progress`: the progress status and bar;
* :mod:`webui.results`: the page's caches of results and fetched articles, and the example.
"""
