"""The page's views: each draws one part of the page from :class:`webui.state.PageState` and the
widgets' values, and changes the state only through its buttons' callbacks.

* :mod:`webui.views.sidebar`: the settings and the limits; returns the settings they describe;
* :mod:`webui.views.inputs`: the input tabs (text, URL, file); returns the input asked to run;
* :mod:`webui.views.running`: a run's progress, the translation so far, and Stop;
* :mod:`webui.views.messages`: notices, errors, and how the last run ended;
* :mod:`webui.views.result`: the result: source, language, notes, reading view, downloads;
* :mod:`webui.views.share`: Share, and the permalink of a shared result.
"""
