"""The Streamlit page's own code, beside app.py (which is the layout only).

The library (:mod:`summarizer`) knows nothing of Streamlit; everything the page needs that is
about drawing, the page's session, the page's address or the page's own settings lives here:

* :mod:`webui.state`: the session's state, one typed :class:`~webui.state.PageState` under one
  key, and the widgets' keys;
* :mod:`webui.readers`: what turns a tab's input into an article (the library's input layer);
* :mod:`webui.runs`: a run's lifecycle (start, stop, its end) around :mod:`webui.job`, the
  background thread, and :mod:`webui.warmup`, the models made ready when a run needs them;
* :mod:`webui.views`: the parts of the page (sidebar, input tabs, progress, messages, result,
  share), each drawn from the state;
* :mod:`webui.render` and :mod:`webui.reading`: escaped Markdown and the reading view's HTML;
* :mod:`webui.progress`: the progress line and bar;
* :mod:`webui.params`: share links and reading a link's query parameters;
* :mod:`webui.sharing`: the result shown, its settings, and saving it for a share link;
* :mod:`webui.settings`: page-only settings (``SUMMARIZER_ALLOW_MODEL_CHOICE``);
* :mod:`webui.errors`: what a visitor reads when something fails (no server internals);
* :mod:`webui.results`: the page's caches of pipelines and fetched articles, and the example;
* :mod:`webui.checks`: the translation check's mark and reasons on a flagged sentence.
"""
