"""A pipeline whose models run elsewhere: the HTTP API at ``SUMMARIZER_API_URL``.

:class:`RemotePipeline` satisfies :class:`summarizer.pipeline.Summarizer`, as
:class:`summarizer.pipeline.Pipeline` does, so a page can serve many visitors while the models run
on a separate API server or a Ray Serve cluster (``docs/scale-out.md``). :func:`pipeline_for`
picks the remote pipeline when ``SUMMARIZER_API_URL`` is set, the in-process one otherwise.

API errors come back as the library's own exceptions (the same types, with the service's visitor
messages: :func:`summarizer.errors.exception_for`); an unreachable or failing service is a
:class:`SummarizerError` whose message reveals nothing about the service (the details go to the
log).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Unpack

import httpx

from summarizer.config import Settings, env_name
from summarizer.errors import ConfigError, SummarizerError, exception_for
from summarizer.inputs import ArticleInput
from summarizer.limits import check_bullets
from summarizer.models import BackendPool
from summarizer.pipeline._local import Pipeline
from summarizer.pipeline._protocol import Partial, Progress, RunOptions, Summarizer
from summarizer.result import Detection, SourceInfo, SummaryResult

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
# A long article takes tens of seconds, and a busy model may queue a request for busy_timeout.
WORK_TIMEOUT_S = 300.0
_UNREACHABLE = "The summarizer service cannot be reached right now; please try again in a minute."

# A JSON object as the API sends and takes it.
Json = dict[str, Any]


def pipeline_for(settings: Settings, pool: BackendPool | None = None) -> Summarizer:
    """The remote pipeline when ``SUMMARIZER_API_URL`` is set, else the in-process Pipeline
    (taking its models from ``pool``, the front end's)."""
    return RemotePipeline(settings) if settings.api_url else Pipeline(settings, pool=pool)


class RemotePipeline:
    """:class:`summarizer.pipeline.Summarizer` over the HTTP API (``summarizer.api``).
    Thread-safe."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None) -> None:
        base_url = settings.api_url.strip().rstrip("/")
        if not base_url.startswith(("http://", "https://")):
            setting = env_name("api_url")
            raise ConfigError(
                f"{setting}={settings.api_url!r} must be an http:// or https:// URL.",
                setting=setting,
            )
        self.settings = settings
        headers = {"Authorization": f"Bearer {settings.api_token}"} if settings.api_token else {}
        timeout = httpx.Timeout(WORK_TIMEOUT_S + settings.busy_timeout, connect=CONNECT_TIMEOUT_S)
        self._client = httpx.Client(
            base_url=base_url, headers=headers, timeout=timeout, transport=transport
        )

    def run(
        self,
        text: str,
        *,
        source_lang: str | None = None,
        bullets: int | None = None,
        source: SourceInfo | None = None,
        progress: Progress | None = None,
        partial: Partial | None = None,
        glossary: Mapping[str, str] | None = None,
    ) -> SummaryResult:
        """As ``Pipeline.run``; ``progress`` hears only the start (the API sends no stages), and
        ``partial`` nothing (the API does not stream the translation)."""
        if progress is not None:
            progress("prepare", 0, 1)
        # The service's own settings apply to whatever is not sent.
        body: Json = {"text": text, "source_lang": source_lang or self.settings.source_lang}
        if bullets is not None:
            body["bullets"] = check_bullets(bullets)  # the range the API's schema states
        if glossary is not None:
            body["glossary"] = dict(glossary)
        result = SummaryResult.from_dict(self._post("/v1/summarize", body))
        return replace(result, source=source) if source is not None else result

    def summarize(self, article: ArticleInput, **options: Unpack[RunOptions]) -> SummaryResult:
        """As ``Pipeline.summarize``: the article's text is summarised by the service; its source
        and input warnings are kept."""
        result = self.run(article.text, source=article.source, **options)
        if not article.warnings:
            return result
        return replace(result, warnings=(*article.warnings, *result.warnings))

    def detect(self, text: str) -> Detection:
        return Detection.from_dict(self._post("/v1/detect", {"text": text}))

    def close(self) -> None:
        self._client.close()

    def _post(self, path: str, body: Json) -> Json:
        try:
            response = self._client.post(path, json=body)
        except httpx.HTTPError as error:
            log.error("summarizer API %s: %s: %s", path, type(error).__name__, error)
            raise SummarizerError(_UNREACHABLE) from None
        if response.status_code == 200:
            return response.json()
        raise self._error(path, response)

    def _error(self, path: str, response: httpx.Response) -> SummarizerError:
        try:
            detail = response.json()["error"]
            type_, message = str(detail["type"]), str(detail["message"])
        except (ValueError, KeyError, TypeError):
            log.error("summarizer API %s: HTTP %d, not an API error", path, response.status_code)
            return SummarizerError(_UNREACHABLE)
        if response.status_code == 401:
            setting = env_name("api_token")
            return ConfigError(
                f"The summarizer service refused the token in {setting}.", setting=setting
            )
        if response.status_code >= 500:
            log.error(
                "summarizer API %s: HTTP %d %s: %s", path, response.status_code, type_, message
            )
        return exception_for(type_, message)
