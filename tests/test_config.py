from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import pytest

from summarizer.config import DEFAULT_TRANSLATION_MODEL, Settings, available_cpus, read_env
from summarizer.errors import ConfigError
from summarizer.lang import SOURCE_LANGS
from summarizer.limits import MAX_BEAMS, MAX_BULLETS, MIN_BEAMS, MIN_BULLETS


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


@pytest.mark.parametrize(
    ("field", "value", "flag", "message"),
    [
        ("bullets", 0, "--bullets", "--bullets=0 is out of range; use 1–10."),
        ("num_beams", 9, "--beams", "--beams=9 is out of range; use 1–8."),
        ("source_lang", "fr", "--source-lang", "--source-lang='fr' is not valid"),
        ("translation_model", " ", "--translation-model", "--translation-model must name a model"),
    ],
)
def test_a_bad_flag_value_names_the_flag(
    field: str, value: object, flag: str, message: str
) -> None:
    with pytest.raises(ConfigError, match="^" + re.escape(message)) as caught:
        Settings.from_env({}, overrides={field: value}, flag_names={field: flag})
    assert "SUMMARIZER_" not in str(caught.value)


def test_a_bad_variable_is_named_even_when_a_flag_exists_for_it() -> None:
    with pytest.raises(ConfigError, match=r"^SUMMARIZER_NUM_BEAMS=9 is out of range"):
        Settings.from_env({"SUMMARIZER_NUM_BEAMS": "9"}, flag_names={"num_beams": "--beams"})


def test_ranges_and_choices_come_from_the_shared_rules() -> None:
    assert Settings(bullets=MIN_BULLETS).bullets == 1 and Settings(bullets=MAX_BULLETS)
    assert Settings(num_beams=MIN_BEAMS) and Settings(num_beams=MAX_BEAMS)
    for bad in (MIN_BULLETS - 1, MAX_BULLETS + 1):
        with pytest.raises(ConfigError, match="SUMMARIZER_BULLETS"):
            Settings(bullets=bad)
    for lang in SOURCE_LANGS:
        assert Settings(source_lang=lang).source_lang == lang


def test_page_settings_are_not_library_settings() -> None:
    assert "lock_models" not in {f.name for f in dataclasses.fields(Settings)}


@dataclass(frozen=True)
class _FrontEndSettings:
    allow_model_choice: bool = False
    page_size: int = 10


def test_read_env_reads_any_settings_dataclass_the_same_way() -> None:
    env = {"SUMMARIZER_ALLOW_MODEL_CHOICE": "yes", "SUMMARIZER_PAGE_SIZE": " ", "OTHER": "1"}
    assert read_env(_FrontEndSettings, env) == {"allow_model_choice": True}
    with pytest.raises(ConfigError, match="SUMMARIZER_ALLOW_MODEL_CHOICE='perhaps' is not a"):
        read_env(_FrontEndSettings, {"SUMMARIZER_ALLOW_MODEL_CHOICE": "perhaps"})


def test_map_beams_is_a_setting_greedy_by_default_and_checked() -> None:
    from summarizer.errors import ConfigError

    assert Settings().map_beams == 1
    assert Settings.from_env({"SUMMARIZER_MAP_BEAMS": "3"}).map_beams == 3
    with pytest.raises(ConfigError, match="SUMMARIZER_MAP_BEAMS"):
        Settings.from_env({"SUMMARIZER_MAP_BEAMS": "0"})
