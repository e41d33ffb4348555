"""``evaluate``: score the configured models against a reader's own references.

* ``evaluate translation refs.tsv`` (Indonesian source<TAB>English reference, one pair a line):
  chrF and BLEU (sacreBLEU), overall and per sentence, and the share of sentences the
  translation check flags;
* ``evaluate summary refs.jsonl`` (``{"text": ..., "reference": ...}`` a line): ROUGE-1/2/L
  F-measure (rouge-score) of the bullets against the reference, and the share of bullets with a
  flag and with a doubtful-translation flag.

It runs offline on whatever models the settings name, so two models can be compared on the
same sample by running it twice (``--translation-model``). sacreBLEU and rouge-score are
imported only here, when evaluating.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from summarizer.check import translate_protected
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.generate import translate_texts
from summarizer.pipeline import Pipeline

MAX_REFERENCE_BYTES = 20_000_000


def _read(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_REFERENCE_BYTES + 1)
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror or error}.") from None
    if len(data) > MAX_REFERENCE_BYTES:
        raise InputError(f"{path} is over {MAX_REFERENCE_BYTES} bytes.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text.") from None


def read_translation_refs(path: str) -> list[tuple[str, str]]:
    pairs = []
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
            raise InputError(
                f"{path}, line {number}: write 'Indonesian source<TAB>English reference'."
            )
        pairs.append((fields[0].strip(), fields[1].strip()))
    if not pairs:
        raise InputError(f"{path} holds no source and reference pairs.")
    return pairs


def read_summary_refs(path: str) -> list[tuple[str, str]]:
    items = []
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}, line {number}: not JSON ({error.msg}).") from None
        text = record.get("text") if isinstance(record, dict) else None
        reference = record.get("reference") if isinstance(record, dict) else None
        if not isinstance(text, str) or not isinstance(reference, str):
            raise InputError(f'{path}, line {number}: needs "text" and "reference" strings.')
        items.append((text, reference))
    if not items:
        raise InputError(f"{path} holds no text and reference pairs.")
    return items


def evaluate_translation(pairs: Sequence[tuple[str, str]], settings: Settings) -> dict[str, Any]:
    """chrF, BLEU and the check's flag rate of the configured translator on ``pairs``."""
    import sacrebleu

    from summarizer.check import check_translation

    pipeline = Pipeline(settings)
    backend = pipeline.translation_backend()
    sources = [source for source, _ in pairs]
    references = [reference for _, reference in pairs]

    def translate(texts: Sequence[str]) -> tuple[str, ...]:
        return translate_texts(
            texts,
            backend,
            num_beams=settings.num_beams,
            batch_size=settings.translation_batch_size,
        ).translations

    glossary = pipeline.glossary_for(None)
    hypotheses = list(translate_protected(sources, translate, glossary).translations)
    sentences = []
    for source, reference, hypothesis in zip(sources, references, hypotheses, strict=True):
        flags = check_translation(source, hypothesis)
        sentences.append(
            {
                "source": source,
                "reference": reference,
                "translation": hypothesis,
                "bleu": round(sacrebleu.sentence_bleu(hypothesis, [reference]).score, 2),
                "chrf": round(sacrebleu.sentence_chrf(hypothesis, [reference]).score, 2),
                "flags": [flag.to_dict() for flag in flags],
            }
        )
    flagged = sum(1 for sentence in sentences if sentence["flags"])
    return {
        "model": backend.model_id,
        "sentences": len(sentences),
        "bleu": round(sacrebleu.corpus_bleu(hypotheses, [references]).score, 2),
        "chrf": round(sacrebleu.corpus_chrf(hypotheses, [references]).score, 2),
        "flag_rate": round(flagged / len(sentences), 4),
        "per_sentence": sentences,
    }


def evaluate_summary(items: Sequence[tuple[str, str]], settings: Settings) -> dict[str, Any]:
    """ROUGE-1/2/L of the pipeline's bullets against references, and the bullets' flag rates."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    pipeline = Pipeline(settings)
    per_item = []
    bullets = flagged = doubtful = 0
    for text, reference in items:
        result = pipeline.run(text)
        summary = "\n".join(bullet.text for bullet in result.bullets)
        scores = scorer.score(reference, summary)
        bullets += len(result.bullets)
        flagged += sum(1 for bullet in result.bullets if bullet.flags)
        doubtful += sum(1 for b in result.bullets if any(f.kind == "translation" for f in b.flags))
        per_item.append(
            {
                "summary": [bullet.text for bullet in result.bullets],
                "reference": reference,
                **{name: round(score.fmeasure, 4) for name, score in scores.items()},
            }
        )
    averages = {
        name: round(sum(item[name] for item in per_item) / len(per_item), 4)
        for name in ("rouge1", "rouge2", "rougeL")
    }
    return {
        "model": pipeline.summarization_backend().model_id,
        "items": len(per_item),
        **averages,
        "bullets": bullets,
        "bullet_flag_rate": round(flagged / bullets, 4) if bullets else 0.0,
        "bullet_doubtful_translation_rate": round(doubtful / bullets, 4) if bullets else 0.0,
        "per_item": per_item,
    }


def plain_report(report: dict[str, Any]) -> list[str]:
    """The scores as lines a person reads (``--json`` prints everything)."""
    if "per_sentence" in report:
        lines = [
            f"model: {report['model']}",
            f"sentences: {report['sentences']}",
            f"chrF: {report['chrf']}",
            f"BLEU: {report['bleu']}",
            f"flagged by the translation check: {report['flag_rate']:.1%}",
        ]
        for number, item in enumerate(report["per_sentence"], start=1):
            marks = "; ".join(flag["message"] for flag in item["flags"])
            lines.append(f"  {number}. chrF {item['chrf']} BLEU {item['bleu']} {marks}".rstrip())
        return lines
    return [
        f"model: {report['model']}",
        f"texts: {report['items']}",
        f"ROUGE-1: {report['rouge1']}",
        f"ROUGE-2: {report['rouge2']}",
        f"ROUGE-L: {report['rougeL']}",
        f"bullets flagged: {report['bullet_flag_rate']:.1%}",
        f"bullets on a doubtful translation: {report['bullet_doubtful_translation_rate']:.1%}",
    ]
