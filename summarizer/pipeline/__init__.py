"""The pipeline: input → language → sentences → translation → summary → grounded bullets,
in process (`Pipeline`) or through a remote API (`RemotePipeline`)."""

from ._local import Partial, Pipeline, Progress
from ._remote import RemotePipeline

__all__ = ["Partial", "Pipeline", "Progress", "RemotePipeline"]
