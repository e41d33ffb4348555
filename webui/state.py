"""The page's session state: one typed object, :class:`PageState`, under one key (``"page"``).

Everything the page keeps between script runs is a field of :class:`PageState`: which tab opens
first, notes about the page's link, the run in progress, the result shown, how the last run ended,
a run asked for outside a button, and the example's and the share button's questions and problems.
Page code reads and changes that object only (:func:`page_state`), never ad-hoc session keys.

Widget keys. What the visitor types and chooses lives in the widgets themselves: Streamlit keeps a
keyed widget's value in ``st.session_state[key]``, and only there can the page set it (the
example fills the text box, a link fills the address and the sidebar). So these keys remain, and
this module is the only page code that touches ``st.session_state``:

* inputs (:data:`INPUT_KEYS`), read as one typed :class:`Inputs` (:func:`read_inputs`) and set
  only through :func:`set_inputs`: ``text``, ``url`` and ``upload`` (the three tabs), ``lang``,
  ``bullets`` and ``beams`` (the sidebar), ``translation_model`` and ``summarization_model``
  (the sidebar, only when the operator allows model choice);
* buttons (:data:`BUTTON_KEYS`): Streamlit keeps a keyed button's "clicked this run" under its
  key; the keys give each button a stable identity, by which tests find them too. The page reads
  a button only through its return value or its callback.

With :data:`STATE_KEY`, :data:`WIDGET_KEYS` are the only keys a session holds (tested).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import streamlit as st

from summarizer.admission import Ticket
from summarizer.config import Settings
from summarizer.errors import ShareError
from summarizer.result import SummaryResult
from webui import params, render, sharing
from webui.errors import TAB_TEXT, TAB_URL
from webui.job import Job
from webui.settings import PageSettings
from webui.sharing import RunSettings, Shown

STATE_KEY = "page"

# --- widget keys -------------------------------------------------------------------------------

TEXT, URL, UPLOAD = "text", "url", "upload"
LANG, BULLETS, BEAMS = "lang", "bullets", "beams"
TRANSLATION_MODEL, SUMMARIZATION_MODEL = "translation_model", "summarization_model"
INPUT_KEYS = frozenset(
    {TEXT, URL, UPLOAD, LANG, BULLETS, BEAMS, TRANSLATION_MODEL, SUMMARIZATION_MODEL}
)
BUTTON_KEYS = frozenset(
    {
        "run_text", "run_url", "run_file", "example", "example_yes", "example_no", "stop_run",
        "fetch_instead", "share", "download_markdown", "download_json",
    }
)  # fmt: skip
WIDGET_KEYS = INPUT_KEYS | BUTTON_KEYS

Kind = Literal["text", "url", "file"]  # which input a run reads


class Upload(Protocol):
    """A chosen file as Streamlit's uploader holds it."""

    name: str

    def getvalue(self) -> bytes: ...


@dataclass(frozen=True)
class Inputs:
    """What the visitor typed and chose, as the widgets hold it this run."""

    text: str
    url: str
    lang: str
    bullets: int
    beams: int
    translation_model: str
    summarization_model: str
    upload: Upload | None = None


# --- runs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a finished job hands the page."""

    result: SummaryResult
    given: str  # what the visitor gave: text, URL, or a file's article text
    query: dict[str, str]  # the address that reproduces it (URL input only)


@dataclass(frozen=True)
class Running:
    """The job in progress and what it was asked."""

    job: Job[Outcome]
    kind: Kind
    run: RunSettings
    number: int
    started: float
    ticket: Ticket | None = None  # its place in the page's run queue (None: the API's models)


@dataclass(frozen=True)
class Ended:
    """How the last run ended when it gave no result: ``markdown`` says it (escaped)."""

    kind: Literal["stopped", "error"]
    markdown: str


# --- the state ---------------------------------------------------------------------------------


@dataclass
class PageState:
    """Everything the page keeps for one visitor's session (besides the widgets' values)."""

    first_tab: str = TAB_TEXT
    notices: list[str] = field(default_factory=list)  # about the page's link, shown once
    runs: int = 0  # results and runs so far: numbers each, so a new one scrolls into view once
    shown: Shown | None = None  # the result on the page
    running: Running | None = None  # the run in progress
    last: Ended | None = None  # how the last run ended, when not with a result
    pending: Kind | None = None  # a run asked for without its button (a link, the example)
    confirm_example: bool = False  # asking before the example replaces typed text
    offer_link: bool = False  # the pasted "article" was a link: offer to fetch it (once)
    share_problem: str | None = None  # why Share failed (Markdown), shown once
    owner: str = field(default_factory=lambda: uuid.uuid4().hex)  # its key in the run queue

    def next_number(self) -> int:
        self.runs += 1
        return self.runs

    def take_notices(self) -> list[str]:
        notices, self.notices = self.notices, []
        return notices

    def take_pending(self) -> Kind | None:
        pending, self.pending = self.pending, None
        return pending

    def take_offer_link(self) -> bool:
        offer, self.offer_link = self.offer_link, False
        return offer

    def take_share_problem(self) -> str | None:
        problem, self.share_problem = self.share_problem, None
        return problem


def _store() -> MutableMapping[str, Any]:
    return st.session_state  # type: ignore[return-value]


def page_state(base: Settings, page: PageSettings, query: Mapping[str, list[str]]) -> PageState:
    """The session's state; made on its first run from the settings and the page's link."""
    store = _store()
    state = store.get(STATE_KEY)
    if isinstance(state, PageState):
        return state
    state = PageState()
    store[STATE_KEY] = state
    set_inputs(text="", url="", lang=base.source_lang, bullets=base.bullets, beams=base.num_beams)
    if page.model_choice:  # otherwise no model widget: the operator's models are used
        set_inputs(
            translation_model=base.translation_model,
            summarization_model=base.summarization_model,
        )
    _open_link(state, base, query)
    return state


def _open_link(state: PageState, base: Settings, query: Mapping[str, list[str]]) -> None:
    """What the page's query string asks: settings, a shared result, or an article to fetch."""
    shared = params.parse_share_params(query)
    state.notices.extend(shared.problems)
    asked = {"bullets": shared.bullets, "beams": shared.beams, "lang": shared.lang}
    set_inputs(**{name: value for name, value in asked.items() if value is not None})
    if shared.share_id:
        open_shared(state, shared.share_id, base)
    elif shared.url:
        set_inputs(url=shared.url)
        state.first_tab = TAB_URL
        state.pending = "url"  # a link with an article address reproduces its summary


def open_shared(state: PageState, share_id: str, base: Settings) -> None:
    """Show a saved result (no model runs); its input and settings fill the page's controls."""
    number = state.next_number()
    try:
        shown = sharing.load(share_id, base, number)
    except ShareError as error:
        state.last = Ended("error", render.escape_markdown(str(error)))
        return
    state.shown = shown
    set_inputs(bullets=shown.run.bullets, beams=shown.run.beams, lang=shown.run.lang)
    if shown.kind == "url":
        set_inputs(url=shown.given)
        state.first_tab = TAB_URL
    else:
        set_inputs(text=shown.given)


# --- the widgets' values -----------------------------------------------------------------------


def set_inputs(**values: object) -> None:
    """Set inputs' widgets (before they are drawn in this run, or from a button's callback)."""
    unknown = set(values) - INPUT_KEYS
    if unknown:
        raise KeyError(f"not an input widget: {sorted(unknown)}")
    store = _store()
    for key, value in values.items():
        store[key] = value


def typed_text() -> str:
    """The text box's text."""
    return _store().get(TEXT, "")


def read_inputs(defaults: Settings) -> Inputs:
    """The inputs as the widgets hold them; ``defaults`` for a widget not drawn (the models)."""
    store = _store()
    return Inputs(
        text=typed_text(),
        url=store.get(URL, ""),
        lang=store.get(LANG, defaults.source_lang),
        bullets=store.get(BULLETS, defaults.bullets),
        beams=store.get(BEAMS, defaults.num_beams),
        translation_model=store.get(TRANSLATION_MODEL, defaults.translation_model),
        summarization_model=store.get(SUMMARIZATION_MODEL, defaults.summarization_model),
        upload=store.get(UPLOAD),
    )
