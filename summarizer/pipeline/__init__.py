"""The pipeline: input → language → sentences → translation → summary → grounded bullets,
in process (`Pipeline`) or through a remote API (`RemotePipeline`); front ends use either through
the `Summarizer` protocol, and `pipeline_for` picks one from the settings."""

from ._local import ManyOptions, Pipeline
from ._protocol import Partial, Progress, RunOptions, Summarizer
from ._remote import RemotePipeline, pipeline_for

__all__ = [
    "ManyOptions",
    "Partial",
    "Pipeline",
    "Progress",
    "RemotePipeline",
    "RunOptions",
    "Summarizer",
    "pipeline_for",
]
