from __future__ import annotations

import pytest

from summarizer.config import DEFAULT_TRANSLATION_MODEL, Settings, available_cpus
from summarizer.errors import ConfigError


def test_defaults_name_the_published_models() -> None:
    settings = Settings.from_env({})
    assert settings.translation_model == DEFAULT_TRANSLATION_MODEL == "Helsinki-NLP/opus-mt-id-en"
    assert settings.summarization_model == "sshleifer/distilbart-cnn-12-6"
    assert settings.bullets == 5


def test_environment_is_read_and_overrides_win() -> None:
    env = {
        "SUMMARIZER_TRANSLATION_MODEL": "/models/marian",
        "SUMMARIZER_BULLETS": "7",
        "SUMMARIZER_ALLOW_LOOPBACK_URLS": "1",
        "SUMMARIZER_ALLOWED_PORTS": "80,8080",
        "SUMMARIZER_FETCH_TIMEOUT": "2.5",
    }
    settings = Settings.from_env(env, overrides={"bullets": 3, "summarization_model": None})
    assert settings.translation_model == "/models/marian"
    assert settings.bullets == 3  # the CLI flag beats the environment
    assert settings.summarization_model == "sshleifer/distilbart-cnn-12-6"  # None = flag unset
    assert settings.allow_loopback_urls is True
    assert settings.allowed_ports == (80, 8080)
    assert settings.fetch_timeout == 2.5


@pytest.mark.parametrize(
    ("name", "value", "variable"),
    [
        ("BULLETS", "0", "SUMMARIZER_BULLETS"),
        ("BULLETS", "11", "SUMMARIZER_BULLETS"),
        ("BULLETS", "five", "SUMMARIZER_BULLETS"),
        ("BACKEND", "onnx", "SUMMARIZER_BACKEND"),
        ("ALLOW_LOOPBACK_URLS", "maybe", "SUMMARIZER_ALLOW_LOOPBACK_URLS"),
        ("MAX_CHARS", "-5", "SUMMARIZER_MAX_CHARS"),
        ("ALLOWED_PORTS", "80,http", "SUMMARIZER_ALLOWED_PORTS"),
        ("SOURCE_LANG", "fr", "SUMMARIZER_SOURCE_LANG"),
    ],
)
def test_bad_values_are_errors_naming_the_variable(name: str, value: str, variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        Settings.from_env({f"SUMMARIZER_{name}": value})


def test_settings_are_immutable() -> None:
    settings = Settings.from_env({})
    with pytest.raises(AttributeError):
        settings.bullets = 3  # type: ignore[misc]
    assert settings.replace(bullets=3).bullets == 3


def test_threads_follow_available_cpus() -> None:
    assert Settings.from_env({}).effective_threads == available_cpus() >= 1
    assert Settings.from_env({"SUMMARIZER_THREADS": "1"}).effective_threads == 1
