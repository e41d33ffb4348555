"""The language gate: regional languages of Indonesia refused by name, diacritic spellings,
short English, one decision for ``detect`` and ``summarize``, and ``detect --jsonl``.

Material: NusaX (tests/fixtures/corpus/langid, CC BY-SA 4.0), lingua (Apache-2.0) and sentences
written for this project (tests/fixtures/langid, see its SOURCES.md).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.errors import LanguageError
from summarizer.lang._decide import REGIONAL, choose_language, decide, language_name
from summarizer.lang._lexicon import evidence, normalise
from summarizer.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
NUSAX = ROOT / "tests" / "fixtures" / "corpus" / "langid" / "nusax_12lang_50.csv"
OWN = ROOT / "tests" / "fixtures" / "langid"
COLUMNS = {
    "jv": "javanese", "su": "sundanese", "min": "minangkabau", "bjn": "banjarese",
    "ban": "balinese", "mad": "madurese", "ace": "acehnese", "bug": "buginese",
    "bbc": "toba_batak", "nij": "ngaju",
}  # fmt: skip


def _nusax(column: str) -> list[str]:
    with NUSAX.open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def _own(name: str) -> list[str]:
    return (OWN / f"own-{name}.txt").read_text(encoding="utf-8").splitlines()


# --- each regional language refused by name ---------------------------------------------------


@pytest.mark.parametrize("code", sorted(COLUMNS))
def test_a_paragraph_in_a_regional_language_is_refused_by_name(code: str) -> None:
    """Refused naming the language; the other eight may instead go ahead with a warning naming
    it (one Buginese paragraph of the three does)."""
    sentences = _nusax(COLUMNS[code])
    for start in (0, 20, 40):
        text = " ".join(sentences[start : start + 3])
        decision = decide(text)
        name = language_name(code)
        if decision.accepted and code not in ("jv", "su"):
            assert decision.warnings[0].startswith(f"Parts of the text look like {name} ({code})")
            continue
        assert (decision.language, decision.accepted, decision.used) == (code, False, "")
        assert decision.reason.startswith(f"The text looks like {name} ({code})")
        assert "regional language of Indonesia" in decision.reason
        assert 0.0 < decision.probability <= 1.0
        with pytest.raises(LanguageError, match=name) as caught:
            choose_language(decision)
        assert caught.value.language == code


def test_every_regional_language_has_a_name() -> None:
    assert [language_name(code) for code in REGIONAL] == [
        "Javanese", "Sundanese", "Minangkabau", "Banjarese", "Balinese", "Madurese",
        "Acehnese", "Buginese", "Toba Batak", "Ngaju",
    ]  # fmt: skip


# --- diacritics and literary Javanese ---------------------------------------------------------


def test_diacritics_are_stripped_before_matching() -> None:
    assert normalise("Kowé lan dhéwé, punåpå ’iki’") == "Kowe lan dhewe, punapa 'iki'"
    plain = evidence("kowe arep lunga menyang ngendi, dhewe wis ngenteni")
    accented = evidence("kowé arep lunga menyang ngendi, dhéwé wis ngenteni")
    assert plain == accented and plain.best_regional()[0] == "jv"


@pytest.mark.parametrize(("name", "code"), [("javanese", "jv"), ("sundanese", "su")])
def test_spellings_with_diacritics_are_refused(name: str, code: str) -> None:
    lines = _own(f"{name}-diacritics")
    refused = [line for line in lines if decide(line).language == code]
    assert len(refused) >= 0.9 * len(lines), set(lines) - set(refused)
    paragraph = " ".join(lines[:4])
    assert decide(paragraph).language == code and not decide(paragraph).accepted


@pytest.mark.parametrize(
    "text",
    [
        "Sang prabu banjur ngandika marang para punggawa kang padha sowan.",
        "Kowé wis mangan durung? Aku arep lunga menyang pasar karo dhéwéké.",
        "Panjenengan sampun dhahar punapa dèrèng?",
    ],
)
def test_literary_and_krama_javanese_is_refused(text: str) -> None:
    assert (decide(text).language, decide(text).accepted) == ("jv", False)


# --- Indonesian stays Indonesian, English stays English ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dina dan Aya bertemu Wong di Jakarta untuk membahas proyek baru mereka.",
        "Petinju itu naik ke ring tinju pukul delapan malam.",
        "Harga sebuah rupiah emas naik, foto dan video beredar di media sosial.",
        "Kerajaan Malaysia akan memperkenalkan dasar baharu untuk membantu golongan miskin.",
    ],
)
def test_indonesian_and_malay_with_regional_looking_words_are_accepted(text: str) -> None:
    decision = decide(text)
    assert (decision.accepted, decision.used, decision.warnings) == (True, "id", ())
    assert decision.language in ("id", "ms")


def test_short_english_sentences_with_numbers_are_english() -> None:
    for text in ("Emotional problems (1.7 per cent)", "Do let us make haste!"):
        decision = decide(text)
        assert (decision.language, decision.accepted, decision.used) == ("en", True, "en")
    lines = _own("english-short")
    missed = {line for line in lines if decide(line).used != "en"}
    # Both detectors call this one Dutch, and it holds a single English function word.
    assert missed <= {"Doors open at 7 p.m."}


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("Dit is een Nederlandse zin over het weer in Amsterdam en de regen.", "nl", "Dutch"),
        ("Het is koud in Amsterdam.", "nl", "Dutch"),  # English "is", "in": still Dutch
        ("Je suis à Paris.", "fr", "French"),  # Ngaju "je": still French
        ("Das ist gut so.", "de", "German"),  # langdetect says English
    ],
)
def test_other_languages_are_still_refused_by_name(text: str, code: str, name: str) -> None:
    decision = decide(text)
    assert (decision.language, decision.accepted) == (code, False)
    assert decision.reason.startswith(f"The text looks like {name} ({code}, probability ")


# --- forced language --------------------------------------------------------------------------


def test_a_forced_language_goes_ahead_with_a_warning_naming_the_detection() -> None:
    text = " ".join(_nusax("javanese")[:3])
    decision = decide(text, forced="id")
    assert (decision.language, decision.accepted, decision.used) == ("jv", True, "id")
    assert decision.warnings == (
        "The text looks like Javanese; it is read as Indonesian, as chosen.",
    )
    assert choose_language(decision, forced="id") == "id"
    short = decide("Banjir Jakarta", forced="en")
    assert (short.language, short.accepted, short.used) == ("unknown", True, "en")
    with pytest.raises(LanguageError, match="Too little text"):
        decide("Banjir Jakarta")


# --- detect and summarize agree ---------------------------------------------------------------

AGREEMENT_TEXTS = [
    " ".join(_nusax("javanese")[:2]),
    " ".join(_nusax("minangkabau")[3:5]),
    " ".join(_nusax("indonesian")[:2]),
    " ".join(_nusax("english")[:2]),
    "Emotional problems (1.7 per cent)",
    "Dit is een Nederlandse zin over het weer in Amsterdam en de regen.",
]


@pytest.mark.parametrize("text", AGREEMENT_TEXTS)
def test_detect_and_summarize_take_the_same_decision(tiny_settings: Settings, text: str) -> None:
    pipeline = Pipeline(tiny_settings)
    detection = pipeline.detect(text)
    if detection.accepted:
        result = pipeline.run(text, bullets=1)
        assert result.language.used == detection.used
        assert result.language.detected == detection.language
        assert set(detection.warnings) <= set(result.warnings)
    else:
        with pytest.raises(LanguageError) as caught:
            pipeline.run(text, bullets=1)
        assert str(caught.value) == detection.reason
        assert caught.value.language == detection.language


# --- detect --jsonl ---------------------------------------------------------------------------


def _run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


JSONL_INPUT = [
    json.dumps({"text": " ".join(_nusax("sundanese")[:2])}),
    "this is not json",
    json.dumps({"text": "Harga beras di pasar induk naik lima persen pekan ini, kata pedagang."}),
    json.dumps({"title": "no text"}),
    json.dumps({"text": "Halo"}),
    json.dumps({"text": "Do let us make haste!"}, ensure_ascii=False),
]


def _check_jsonl_output(output: str) -> None:
    decisions = [json.loads(line) for line in output.splitlines()]
    assert [decision["line"] for decision in decisions] == [1, 2, 3, 4, 5, 6]
    sundanese, not_json, indonesian, no_text, short, english = decisions
    assert (sundanese["language"], sundanese["accepted"]) == ("su", False)
    assert "Sundanese" in sundanese["reason"]
    assert {"probability", "candidates", "used", "warnings"} <= set(sundanese)
    assert not_json == {"line": 2, "accepted": False, "error": not_json["error"]}
    assert not_json["error"].startswith("The line is not JSON")
    assert (indonesian["language"], indonesian["accepted"], indonesian["used"]) == (
        "id",
        True,
        "id",
    )
    assert no_text["error"] == 'The line is not a JSON object with a "text" string.'
    assert short["error"].startswith("Too little text")
    assert (english["language"], english["used"]) == ("en", "en")


def test_detect_jsonl_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "texts.jsonl"
    path.write_text("\n".join(JSONL_INPUT) + "\n", encoding="utf-8")
    code, out, err = _run_cli("detect", "--jsonl", str(path))
    assert (code, err) == (0, "")
    _check_jsonl_output(out)
    # Each line's decision is the one ``detect`` gives for that text alone.
    single = tmp_path / "single.txt"
    single.write_text(json.loads(JSONL_INPUT[0])["text"], encoding="utf-8")
    _code, alone, _err = _run_cli("detect", str(single), "--json")
    assert json.loads(alone) == {
        key: value for key, value in json.loads(out.splitlines()[0]).items() if key != "line"
    }


def test_detect_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("\n".join(JSONL_INPUT) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _err = _run_cli("detect", "--jsonl", "-")
    assert code == 0
    _check_jsonl_output(out)


def test_detect_jsonl_bad_bytes_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "\xff\xfe"}\n')
    code, out, _err = _run_cli("detect", "--jsonl", str(path))
    assert code == 0 and json.loads(out)["error"] == "The line is not UTF-8 text."
    code, out, err = _run_cli("detect", "--jsonl", str(tmp_path / "missing.jsonl"))
    assert (code, out) == (1, "") and err.startswith("error: Cannot read")


# --- accuracy on the tuning set (strict: the decision was tuned on it) ------------------------


def _langid_eval():
    spec = importlib.util.spec_from_file_location(
        "langid_eval", ROOT / "benchmarks" / "langid_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


OTHER_REGIONAL = [code for code in REGIONAL if code not in ("jv", "su")]


@pytest.fixture(scope="module")
def tuning_rates() -> dict[str, dict[str, float]]:
    return _langid_eval().evaluate()


@pytest.mark.parametrize(
    ("key", "figure", "floor"),
    [
        ("jv/long", "refused", 0.99), ("jv/short", "refused", 0.93),
        ("su/long", "refused", 0.99), ("su/short", "refused", 0.89),
        *[(f"{code}/long", "refused_or_warned", 0.93) for code in OTHER_REGIONAL],
        *[(f"{code}/short", "refused_or_warned", 0.80) for code in OTHER_REGIONAL],
        ("id/long", "accepted", 1.0), ("id/short", "accepted", 0.995),
        ("ms/long", "accepted", 1.0), ("ms/short", "accepted", 0.95),
        ("en/long", "accepted", 1.0), ("en/short", "as_en", 0.99),
    ],
)  # fmt: skip
def test_tuning_set_rates(
    tuning_rates: dict[str, dict[str, float]], key: str, figure: str, floor: float
) -> None:
    assert tuning_rates[key][figure] >= floor


def test_indonesian_malay_and_english_are_never_refused_as_regional(
    tuning_rates: dict[str, dict[str, float]],
) -> None:
    for key in ("id/long", "id/short", "ms/long", "en/long", "en/short"):
        assert tuning_rates[key]["refused_as_regional"] == 0.0, key
    assert tuning_rates["ms/short"]["refused_as_regional"] <= 0.003  # web junk: "paste nggak kang?"
