"""Sentence-aligned translation: every source sentence gets exactly one English counterpart.

preprocess: sentences longer than the model's input limit (counted with the model's own tokenizer)
are split at clause boundaries; the first sentence goes to the model alone, first, so that a
reader sees English within a moment; the other units are sorted by length and batched, in the
fewest, fullest batches that do not make short sentences wait on long ones (:func:`batches`).
generate: the backend (the only step that touches the model).
postprocess: the pieces of each sentence are re-joined, in order; the guards
(:mod:`summarizer.generate._guards`, the policy summarisation shares) catch empty, cut and looping
outputs, which are retried once with adjusted settings before anything is given up.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.config import CPU_BATCH_TOKENS, TRANSLATION_BATCH_SIZE
from summarizer.generate._guards import Guarded, generate_guarded
from summarizer.models import GenerationOptions, Role, Seq2SeqBackend
from summarizer.text import split_at_clauses

ProgressCallback = Callable[[int, int], None]
# Called after each batch with the texts it completed: {index of the text: its translation}.
BatchCallback = Callable[[dict[int, str]], None]


@dataclass(frozen=True)
class Unit:
    """One model input: a whole sentence, or a clause-sized piece of an overlong one."""

    source: int  # index into the texts being translated
    text: str
    tokens: int


@dataclass(frozen=True)
class TranslationOutcome:
    translations: tuple[str, ...]
    units: tuple[Unit, ...]  # what was handed to the model, in source order
    warnings: tuple[str, ...]


def plan_units(texts: Sequence[str], backend: Seq2SeqBackend) -> list[Unit]:
    """Units in source order; any text over the input limit is split at clause boundaries."""
    limit = backend.max_input_tokens
    units: list[Unit] = []
    for source, (text, tokens) in enumerate(zip(texts, backend.count_tokens(texts), strict=True)):
        if tokens <= limit:
            units.append(Unit(source, text, tokens))
            continue
        pieces = split_at_clauses(text, lambda piece: backend.count_tokens([piece])[0] <= limit)
        counts = backend.count_tokens(pieces)
        units.extend(
            Unit(source, piece, count) for piece, count in zip(pieces, counts, strict=True)
        )
    return units


# Planning the batches. A model call decodes as many steps as its longest output (about its
# longest input, in tokens), one after the other, and a decoder step costs nearly the same for
# one sentence as for many: reading the weights dominates. Measured with CTranslate2 int8 on the
# opus-mt-id-en architecture, on a 2-CPU AMD EPYC (beams 2, 30-token sentences): 22 ms a step for
# one sentence, about 0.75 ms more for each further hypothesis (sentence x beam), i.e.
# ROW_COST of a step. CALL_COST is a call's own cost (encoder, set-up), in steps.
ROW_COST = 0.035
CALL_COST = 4.0


def batches(
    units: Sequence[Unit],
    batch_size: int,
    *,
    first_alone: bool = False,
    num_beams: int = 1,
    max_tokens: int = CPU_BATCH_TOKENS,
) -> list[list[int]]:
    """Unit positions grouped into batches of similar length, planned for the least decoding.

    The units are sorted by length and cut into runs of at most ``batch_size`` units and at most
    ``max_tokens`` padded tokens (units x longest; CTranslate2 would split a larger call and run
    the parts one after the other); of all such cuts, the one with the least estimated decoding
    time (:func:`plan_cost`) is taken: fewer, fuller batches where lengths are close, a new batch
    where a long sentence would make many short ones wait.

    ``first_alone``: the units of the first text (source 0) make a batch of their own, ahead of
    the others: one short model call, so the first sentence is ready long before the rest.
    """
    lead = _first_text(units) if first_alone else []
    order = sorted(range(len(lead), len(units)), key=lambda position: units[position].tokens)
    lengths = [units[position].tokens for position in order]
    cuts = plan_cuts(lengths, batch_size, num_beams, max_tokens)
    grouped = [order[start:end] for start, end in itertools.pairwise(cuts)]
    return [lead, *grouped] if lead else grouped


def plan_cost(longest: int, count: int, num_beams: int) -> float:
    """Estimated decoding time of one batch of ``count`` units, the longest ``longest`` tokens
    long, in decoder steps of a single unit."""
    return CALL_COST + longest * (1 + ROW_COST * num_beams * count)


def plan_cuts(
    lengths: Sequence[int], batch_size: int, num_beams: int, max_tokens: int
) -> list[int]:
    """Where to cut ``lengths`` (sorted ascending) into batches: ``[0, ..., len(lengths)]``,
    the cheapest plan by :func:`plan_cost` (exact, by dynamic programming over the end points).
    A unit alone is always allowed, whatever its length."""
    best = [0.0] + [math.inf] * len(lengths)
    previous = [0] * (len(lengths) + 1)
    for end in range(1, len(lengths) + 1):
        for start in range(end - 1, max(0, end - batch_size) - 1, -1):
            if end - start > 1 and (end - start) * lengths[end - 1] > max_tokens:
                break
            cost = best[start] + plan_cost(lengths[end - 1], end - start, num_beams)
            if cost < best[end]:
                best[end], previous[end] = cost, start
    cuts = [len(lengths)]
    while cuts[-1] > 0:
        cuts.append(previous[cuts[-1]])
    return cuts[::-1]


def _first_text(units: Sequence[Unit]) -> list[int]:
    """The positions of the first text's units (its pieces come first, in order)."""
    count = 0
    while count < len(units) and units[count].source == units[0].source:
        count += 1
    return list(range(count))


def options_for(
    batch: Sequence[Unit], backend: Seq2SeqBackend, num_beams: int
) -> GenerationOptions:
    """Options for units generated together: room for the longest, a floor for the shortest.

    English output rarely exceeds twice the Indonesian token count (a cut output is retried);
    a floor of a third guards against a model stopping early and silently dropping a clause.
    The floor is the shortest unit's, so no short sentence is padded out by a long batch mate.
    """
    longest = max(unit.tokens for unit in batch)
    shortest = min(unit.tokens for unit in batch)
    return GenerationOptions(
        max_new_tokens=min(backend.max_input_tokens, 2 * longest + 16),
        min_new_tokens=max(1, shortest // 3),
        num_beams=num_beams,
    )


def translate_texts(
    texts: Sequence[str],
    backend: Seq2SeqBackend,
    *,
    num_beams: int = 2,
    batch_size: int = TRANSLATION_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    on_batch: BatchCallback | None = None,
) -> TranslationOutcome:
    """Translate each text; the result has exactly one translation per input, in order.

    ``on_batch`` receives, after each batch, the translations of the texts it completed (a text
    split into pieces is complete when its last piece is), so a front end can show them early.
    """
    return _translate_groups(
        [texts], backend, num_beams, batch_size, progress, on_batch, first_alone=True
    )[0]


def translate_many(
    groups: Sequence[Sequence[str]],
    backend: Seq2SeqBackend,
    *,
    num_beams: int = 2,
    batch_size: int = TRANSLATION_BATCH_SIZE,
) -> list[TranslationOutcome]:
    """Several articles' texts translated together, one outcome per group as
    :func:`translate_texts` gives it: the units of all groups are sorted by length and batched
    across groups, so several short articles fill one model batch (fuller, less padded batches).
    A unit's batch mates (and so its generation options) may differ from a one-article run."""
    return _translate_groups(groups, backend, num_beams, batch_size, None, None, first_alone=False)


def _translate_groups(
    groups: Sequence[Sequence[str]],
    backend: Seq2SeqBackend,
    num_beams: int,
    batch_size: int,
    progress: ProgressCallback | None,
    on_batch: BatchCallback | None,
    *,
    first_alone: bool,
) -> list[TranslationOutcome]:
    """The batches of every group's units; ``progress`` and ``on_batch`` follow the first group
    (``first_alone``: see :func:`batches`)."""
    plans = [plan_units(texts, backend) for texts in groups]
    slots = [(group, index) for group, plan in enumerate(plans) for index in range(len(plan))]
    units = [plans[group][index] for group, index in slots]
    outputs: list[list[str]] = [[""] * len(plan) for plan in plans]
    warnings: list[list[str]] = [[] for _ in groups]
    remaining = [
        _units_per_source(plan, len(texts)) for plan, texts in zip(plans, groups, strict=True)
    ]
    done_sources = 0
    for batch in batches(units, batch_size, first_alone=first_alone, num_beams=num_beams):
        batch_units = [units[position] for position in batch]
        batch_options = options_for(batch_units, backend, num_beams)
        generated = _generate(batch_units, batch_options, backend, num_beams)
        completed: list[int] = []  # sources of the first group completed by this batch
        for position, unit, guarded in zip(batch, batch_units, generated, strict=True):
            group, index = slots[position]
            outputs[group][index] = guarded.result.text
            if guarded.problem is not None:
                warnings[group].append(
                    f"The translation of sentence {unit.source + 1} may be unreliable "
                    f"({guarded.problem.text})."
                )
            remaining[group][unit.source] -= 1
            if remaining[group][unit.source] == 0 and group == 0:
                completed.append(unit.source)
        done_sources += len(completed)
        if on_batch is not None and completed:
            on_batch(_completed(plans[0], outputs[0], completed))
        if progress is not None:
            progress(done_sources, len(groups[0]))
    return [
        TranslationOutcome(_join_pieces(plan, output, len(texts)), tuple(plan), tuple(warning))
        for plan, output, texts, warning in zip(plans, outputs, groups, warnings, strict=True)
    ]


def _units_per_source(units: Sequence[Unit], count: int) -> list[int]:
    per_source = [0] * count
    for unit in units:
        per_source[unit.source] += 1
    return per_source


def _completed(units: Sequence[Unit], outputs: Sequence[str], sources: list[int]) -> dict[int, str]:
    wanted = set(sources)
    pieces: dict[int, list[str]] = {source: [] for source in sources}
    for unit, output in zip(units, outputs, strict=True):
        if unit.source in wanted:
            pieces[unit.source].append(output.strip())
    return {source: " ".join(parts) for source, parts in pieces.items()}


def _join_pieces(units: Sequence[Unit], outputs: Sequence[str], count: int) -> tuple[str, ...]:
    joined = _completed(units, outputs, list(range(count)))
    return tuple(joined[source] for source in range(count))


def _generate(
    units: Sequence[Unit], options: GenerationOptions, backend: Seq2SeqBackend, num_beams: int
) -> list[Guarded]:
    """One batch through the shared guards; a unit retried alone gets its own options."""
    return generate_guarded(
        backend,
        [unit.text for unit in units],
        [unit.tokens for unit in units],
        options,
        role=Role.TRANSLATION,
        item="a sentence",
        alone=lambda index: options_for([units[index]], backend, num_beams),
    )
