# The demo in a container, in two stages over a shared base (environment, user, requirement files):
# - build: everything requirements.txt lists (CPU-only torch and transformers included) and the
#   models downloaded and converted for CTranslate2 (`models prepare`);
# - runtime: requirements-serve.txt only (no torch, no transformers: CTranslate2 runs both models
#   and tokenises with sentencepiece and tokenizers), the prepared models copied from the build,
#   a non-root user, and a container that starts and serves with no network.
# Build, run and the settings of a public demo: docs/hosting-docker.md.

# --- base: what both stages share -------------------------------------------------------------
FROM python:3.11-slim AS base

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOME=/home/app \
    HF_HOME=/home/app/.cache/huggingface \
    SUMMARIZER_CACHE_DIR=/home/app/.cache/summarizer

# uid 1000: the user Hugging Face Spaces runs containers as.
RUN useradd --create-home --uid 1000 app
WORKDIR /home/app/demo
COPY requirements.txt requirements-serve.txt requirements-convert.txt ./

# --- build: install, download, convert ---------------------------------------------------------
FROM base AS build

# 1 (default): download and convert the models at build time (`models prepare`), then run with
# HF_HUB_OFFLINE=1 and no torch. 0: a smaller image, with torch, that downloads and converts them
# on its first start.
ARG PREPARE_MODELS=1

# torch first, from PyTorch's CPU-only index: PyPI's torch wheel of the same version is the
# multi-GB CUDA build. The version is the one requirements-convert.txt pins.
RUN pip install --index-url https://download.pytorch.org/whl/cpu "$(grep -E '^torch==' requirements-convert.txt)" \
 && pip install -r requirements.txt

COPY --chown=app:app . .
USER app

RUN mkdir -p /home/app/.cache; if [ "$PREPARE_MODELS" = "1" ]; then python -m summarizer models prepare; fi

# --- runtime: serve, without torch ---------------------------------------------------------------
FROM base AS runtime

ARG PREPARE_MODELS=1

ENV SUMMARIZER_BACKEND=ctranslate2

# Prepared models: serving needs no torch. Without them (PREPARE_MODELS=0) the first start
# converts, which needs torch: then the conversion requirements too.
RUN if [ "$PREPARE_MODELS" = "1" ]; then pip install -r requirements-serve.txt; \
    else pip install --index-url https://download.pytorch.org/whl/cpu "$(grep -E '^torch==' requirements-convert.txt)" \
      && pip install -r requirements.txt; fi

COPY --chown=app:app . .
COPY --from=build --chown=app:app /home/app/.cache /home/app/.cache
USER app
ENV HF_HUB_OFFLINE=${PREPARE_MODELS}

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"
CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.headless=true"]
