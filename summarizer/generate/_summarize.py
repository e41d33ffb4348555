"""English text → bullets, with map-reduce over token-counted chunks.

preprocess: sentences are packed into chunks that fit the model's window by its own token count
(an overlong sentence is split at clause boundaries), so nothing is ever truncated.
generate: each chunk is summarised (map); the partial summaries are summarised together (reduce),
recursively while they do not fit one window, so the end of a long article counts like its start.
When the partials still fill more than one window after :data:`MAX_REDUCE_ROUNDS` rounds (a model
whose summaries do not shrink), the final pass runs on every remaining part and the bullets are
drawn from all of them, with a warning: no part is ever dropped. Every output goes through the
guards that translation uses too (:mod:`summarizer.generate._guards`: empty, looping or cut output
is retried once).
postprocess: the final summary is split into sentences, fragments cut at a length limit and
near-duplicates are dropped, and up to N bullets are kept (topped up from the partial summaries,
round-robin across chunks, when the final pass gave fewer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from summarizer.errors import GenerationError
from summarizer.generate._guards import Problem, generate_guarded
from summarizer.lang import english_stopwords
from summarizer.models import Generated, GenerationOptions, Role, Seq2SeqBackend
from summarizer.text import split_at_clauses, split_sentences

ProgressCallback = Callable[[int, int], None]

# Rough size of one BART-CNN summary sentence, used to size the output for N bullets.
TOKENS_PER_BULLET = 24
# Partial summaries of each chunk in the map step (BART-CNN's own defaults are 56–142).
MAP_MIN_TOKENS = 40
MAP_MAX_TOKENS = 142
# Chunks summarised in one generate call: fewer calls, and CTranslate2 batches efficiently.
MAP_BATCH = 4
# Two bullets sharing this share of their content words say the same thing.
NEAR_DUPLICATE = 0.6
MAX_REDUCE_ROUNDS = 4

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SummaryOutcome:
    bullets: tuple[str, ...]
    chunks: tuple[str, ...]  # the article's chunks, as handed to the model in the first round
    model_passes: int  # generate calls over all rounds (map, reduce, final)
    warnings: tuple[str, ...]
    final_parts: int = 1  # parts the final pass ran on: more than one when they did not condense


class Chunk(NamedTuple):
    text: str
    tokens: int  # the model's own count of ``text``


def plan_chunks(sentences: Sequence[str], backend: Seq2SeqBackend) -> list[str]:
    """Whole sentences packed greedily into chunks that fit the model's input limit."""
    return [chunk.text for chunk in counted_chunks(sentences, backend)]


def counted_chunks(sentences: Sequence[str], backend: Seq2SeqBackend) -> list[Chunk]:
    """:func:`plan_chunks` with each chunk's token count.

    Each sentence is counted once (one call for all of them: on a remote model, one round trip),
    and a chunk's size is estimated from its sentences' counts (their sum, less the special
    tokens each count includes but the joined text has only once); then all chunks are counted
    together once. A chunk the estimate let grow over the limit (a tokenizer may count a joined
    text differently) is cut back by exact counts, and the text after it planned again. Only an
    overlong sentence is counted more: once per clause split tried.
    """
    limit = backend.max_input_tokens
    # The empty text's count is the tokens every text takes besides its words (BOS, EOS).
    *counts, special = backend.count_tokens([*sentences, ""])
    pieces: list[tuple[str, int]] = []
    for sentence, tokens in zip(sentences, counts, strict=True):
        if tokens <= limit:
            pieces.append((sentence, tokens))
        else:
            split = split_at_clauses(sentence, lambda text: _fits(text, backend))
            pieces.extend(zip(split, backend.count_tokens(split), strict=True))
    chunks: list[Chunk] = []
    while pieces:
        planned = _pack(pieces, lambda sizes: special + sum(n - special for n in sizes), limit)
        texts = [" ".join(text for text, _ in group) for group in planned]
        pieces = []
        for position, (group, text, tokens) in enumerate(
            zip(planned, texts, backend.count_tokens(texts), strict=True)
        ):
            if tokens <= limit:
                chunks.append(Chunk(text, tokens))
                continue
            # Rare: the estimate let this chunk grow over the limit. It keeps what fits by an
            # exact count; the text after that is planned again.
            chunk, left = _shrunk(group, backend)
            chunks.append(chunk)
            pieces = [*left, *(piece for later in planned[position + 1 :] for piece in later)]
            break
    return chunks


def _fits(text: str, backend: Seq2SeqBackend) -> bool:
    return backend.count_tokens([text])[0] <= backend.max_input_tokens


def _shrunk(
    group: Sequence[tuple[str, int]], backend: Seq2SeqBackend
) -> tuple[Chunk, list[tuple[str, int]]]:
    """The longest start of ``group`` (over the limit) that fits, counted; and the rest."""
    for end in range(len(group) - 1, 1, -1):
        text = " ".join(piece for piece, _ in group[:end])
        tokens = backend.count_tokens([text])[0]
        if tokens <= backend.max_input_tokens:
            return Chunk(text, tokens), list(group[end:])
    first, tokens = group[0]  # counted alone, and it fits
    return Chunk(first, tokens), list(group[1:])


def _pack(
    pieces: Sequence[tuple[str, int]], size: Callable[[list[int]], int], limit: int
) -> list[list[tuple[str, int]]]:
    """Pieces packed greedily, in order, into groups whose ``size`` stays within ``limit``."""
    groups: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    for piece in pieces:
        if current and size([count for _, count in [*current, piece]]) > limit:
            groups.append(current)
            current = []
        current.append(piece)
    if current:
        groups.append(current)
    return groups


def summarize_sentences(
    sentences: Sequence[str],
    backend: Seq2SeqBackend,
    *,
    bullets: int = 5,
    num_beams: int = 2,
    map_beams: int | None = None,
    progress: ProgressCallback | None = None,
) -> SummaryOutcome:
    """Up to ``bullets`` bullet sentences summarising ``sentences`` (English).

    ``num_beams``: the final pass's beam size; ``map_beams`` (default: ``num_beams``): the
    partial summaries' of a text longer than one window (map and reduce rounds).
    """
    sentences = [sentence for sentence in sentences if sentence.strip()]
    if not sentences:
        raise GenerationError("There is no English text to summarise.")
    warnings: list[str] = []
    first_chunks = counted_chunks(sentences, backend)
    partial_beams = num_beams if map_beams is None else map_beams
    rounds = _reduce(first_chunks, backend, partial_beams, warnings, progress)
    finals = _final_pass(rounds.chunks, backend, bullets, num_beams, warnings)
    summarized = rounds.summarized + len(finals)
    if progress is not None:
        progress(summarized, summarized)
    if len(finals) > 1:
        warnings.append(
            f"The article did not condense into one summary after {MAX_REDUCE_ROUNDS} rounds; "
            f"its bullets are drawn from {len(finals)} parts summarised separately, "
            "from the start to the end."
        )
    picked = _pick_bullets(finals, rounds.first_partials, bullets)
    if len(picked) < bullets:
        warnings.append(
            f"The summary has {len(picked)} bullet{'s' if len(picked) != 1 else ''} "
            f"instead of {bullets}: the model found no more distinct points."
        )
    return SummaryOutcome(
        tuple(picked),
        tuple(chunk.text for chunk in first_chunks),
        summarized,
        tuple(warnings),
        len(finals),
    )


class _Reduced(NamedTuple):
    chunks: list[Chunk]  # what is left for the final pass: one chunk, unless the rounds ran out
    first_partials: list[str]  # the first round's partial summaries, one per chunk
    summarized: int  # chunks summarised over all rounds


def _reduce(
    chunks: list[Chunk],
    backend: Seq2SeqBackend,
    num_beams: int,
    warnings: list[str],
    progress: ProgressCallback | None,
) -> _Reduced:
    """Map and reduce rounds while the chunks do not fit one window (at most MAX_REDUCE_ROUNDS)."""
    first_partials: list[str] = []
    summarized = 0
    for _ in range(MAX_REDUCE_ROUNDS):
        if len(chunks) == 1:
            break
        partials = _map(chunks, backend, num_beams, warnings, progress, summarized)
        first_partials = first_partials or partials
        summarized += len(chunks)
        chunks = counted_chunks(_sentences_of(partials), backend)
    return _Reduced(chunks, first_partials, summarized)


def _final_pass(
    chunks: Sequence[Chunk],
    backend: Seq2SeqBackend,
    bullets: int,
    num_beams: int,
    warnings: list[str],
) -> list[Generated]:
    """The final summary of each remaining chunk (one, unless the reduce rounds ran out)."""
    finals = []
    for chunk in chunks:
        options = final_options(chunk.tokens, backend, bullets, num_beams)
        finals.extend(_generate_checked([chunk.text], [chunk.tokens], options, backend, warnings))
    return finals


def final_options(
    input_tokens: int, backend: Seq2SeqBackend, bullets: int, num_beams: int
) -> GenerationOptions:
    """Output long enough for ``bullets`` sentences, but never longer than the input allows."""
    min_tokens = min(TOKENS_PER_BULLET * bullets, int(0.6 * input_tokens))
    max_tokens = min(
        2 * TOKENS_PER_BULLET * bullets + 30, input_tokens + 30, backend.max_input_tokens
    )
    return GenerationOptions(
        max_new_tokens=max(max_tokens, min_tokens + 8),
        min_new_tokens=max(1, min_tokens),
        num_beams=num_beams,
        no_repeat_ngram_size=3,
        length_penalty=1.0,
    )


def map_options(chunk_tokens: int, backend: Seq2SeqBackend, num_beams: int) -> GenerationOptions:
    return GenerationOptions(
        max_new_tokens=min(MAP_MAX_TOKENS, backend.max_input_tokens),
        min_new_tokens=max(1, min(MAP_MIN_TOKENS, chunk_tokens // 2)),
        num_beams=num_beams,
        no_repeat_ngram_size=3,
    )


def _map(
    chunks: Sequence[Chunk],
    backend: Seq2SeqBackend,
    num_beams: int,
    warnings: list[str],
    progress: ProgressCallback | None,
    done_before: int,
) -> list[str]:
    """Partial summaries of ``chunks``, generated a few at a time (batched, in order)."""
    partials: list[str] = []
    for start in range(0, len(chunks), MAP_BATCH):
        batch = [chunk.text for chunk in chunks[start : start + MAP_BATCH]]
        batch_counts = [chunk.tokens for chunk in chunks[start : start + MAP_BATCH]]
        options = map_options(min(batch_counts), backend, num_beams)
        results = _generate_checked(batch, batch_counts, options, backend, warnings)
        partials.extend(_complete_sentences(result) for result in results)
        if progress is not None:
            progress(done_before + len(partials), done_before + len(chunks) + 1)
    return partials


def _generate_checked(
    chunks: Sequence[str],
    input_tokens: Sequence[int],
    options: GenerationOptions,
    backend: Seq2SeqBackend,
    warnings: list[str],
) -> list[Generated]:
    """Generate for chunks (``input_tokens`` each, as counted by the caller) through the shared
    guards; what they could not mend is said once in ``warnings``."""
    guarded = generate_guarded(
        backend, chunks, input_tokens, options, role=Role.SUMMARIZATION, item="this text"
    )
    left = {item.problem for item in guarded}
    for problem, message in _PROBLEM_WARNINGS.items():
        if problem in left and message not in warnings:
            warnings.append(message)
    return [item.result for item in guarded]


_PROBLEM_WARNINGS = {
    Problem.LOOP: "The summary model repeated itself; some bullets may be unreliable.",
    Problem.CUT: (
        "The summary model stopped at its length limit; an unfinished last sentence was left out."
    ),
}


def _complete_sentences(result: Generated) -> str:
    """The generated text without a last sentence cut off by the length limit."""
    sentences = split_sentences(result.text)
    if not result.finished and len(sentences) > 1 and not _TERMINAL.search(sentences[-1]):
        sentences = sentences[:-1]
    return " ".join(sentences)


def _sentences_of(texts: Sequence[str]) -> list[str]:
    return [sentence for text in texts for sentence in split_sentences(text) if sentence.strip()]


def _pick_bullets(finals: Sequence[Generated], partials: Sequence[str], wanted: int) -> list[str]:
    # The final summaries' sentences, taken round-robin over parts spread evenly over the article.
    per_final = [split_sentences(_complete_sentences(finals[i])) for i in spread_order(len(finals))]
    candidates = _round_robin(per_final)
    # Top up from the first round's partial summaries, taking chunks in an order spread evenly
    # over the article, so its end can contribute as much as its start.
    per_chunk = [split_sentences(partials[index]) for index in spread_order(len(partials))]
    candidates.extend(_round_robin(per_chunk))
    picked: list[str] = []
    for candidate in candidates:
        bullet = _tidy(candidate)
        if bullet and not any(_near_duplicate(bullet, kept) for kept in picked):
            picked.append(bullet)
        if len(picked) == wanted:
            break
    return picked


def _round_robin(groups: Sequence[Sequence[str]]) -> list[str]:
    """The first item of each group, then the second of each, and so on."""
    longest = max((len(group) for group in groups), default=0)
    return [
        group[position] for position in range(longest) for group in groups if position < len(group)
    ]


def spread_order(count: int) -> list[int]:
    """0..count-1 ordered so that every prefix is spread evenly (farthest point first)."""
    if count <= 2:
        return list(range(count))
    order = [0, count - 1]
    while len(order) < count:
        rest = (index for index in range(count) if index not in order)
        order.append(max(rest, key=lambda index: min(abs(index - chosen) for chosen in order)))
    return order


def _tidy(sentence: str) -> str:
    text = " ".join(sentence.split()).strip(" -•*")
    if not _WORD.search(text):
        return ""
    return text[0].upper() + text[1:]


def _near_duplicate(first: str, second: str) -> bool:
    """Same content words for the most part, and no different numbers."""
    a, b = _content_words(first), _content_words(second)
    if {w for w in a if w.isdigit()} != {w for w in b if w.isdigit()}:
        return False
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= NEAR_DUPLICATE


def _content_words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if word not in english_stopwords()}
