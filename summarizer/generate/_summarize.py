"""English text → bullets, with map-reduce over token-counted chunks.

preprocess: sentences are packed into chunks that fit the model's window by its own token count
(an overlong sentence is split at clause boundaries), so nothing is ever truncated.
generate: each chunk is summarised (map); the partial summaries are summarised together (reduce),
recursively while they do not fit one window, so the end of a long article counts like its start.
postprocess: the final summary is split into sentences, fragments cut at a length limit and
near-duplicates are dropped, and up to N bullets are kept (topped up from the partial summaries,
round-robin across chunks, when the final pass gave fewer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.errors import GenerationError
from summarizer.generate._guards import looks_repetitive, stricter
from summarizer.lang import english_stopwords
from summarizer.models import Generated, GenerationOptions, Seq2SeqBackend
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


def plan_chunks(sentences: Sequence[str], backend: Seq2SeqBackend) -> list[str]:
    """Whole sentences packed greedily into chunks that fit the model's input limit."""
    limit = backend.max_input_tokens

    def fits(text: str) -> bool:
        return backend.count_tokens([text])[0] <= limit

    pieces: list[str] = []
    for sentence, tokens in zip(sentences, backend.count_tokens(sentences), strict=True):
        pieces.extend([sentence] if tokens <= limit else split_at_clauses(sentence, fits))
    chunks: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if current and not fits(" ".join([*current, piece])):
            chunks.append(" ".join(current))
            current = []
        current.append(piece)
    if current:
        chunks.append(" ".join(current))
    return chunks


def summarize_sentences(
    sentences: Sequence[str],
    backend: Seq2SeqBackend,
    *,
    bullets: int = 5,
    num_beams: int = 2,
    progress: ProgressCallback | None = None,
) -> SummaryOutcome:
    """Up to ``bullets`` bullet sentences summarising ``sentences`` (English)."""
    sentences = [sentence for sentence in sentences if sentence.strip()]
    if not sentences:
        raise GenerationError("There is no English text to summarise.")
    warnings: list[str] = []
    first_chunks = plan_chunks(sentences, backend)
    chunks = first_chunks
    first_partials: list[str] = []
    summarized = 0
    for _ in range(MAX_REDUCE_ROUNDS):
        if len(chunks) == 1:
            break
        partials = _map(chunks, backend, num_beams, warnings, progress, summarized)
        first_partials = first_partials or partials
        summarized += len(chunks)
        chunks = plan_chunks(_sentences_of(partials), backend)
    final_tokens = backend.count_tokens([chunks[0]])
    options = final_options(final_tokens[0], backend, bullets, num_beams)
    final = _generate_checked([chunks[0]], final_tokens, options, backend, warnings)[0]
    summarized += 1
    if progress is not None:
        progress(summarized, summarized)
    picked = _pick_bullets(final, first_partials, bullets)
    if len(picked) < bullets:
        warnings.append(
            f"The summary has {len(picked)} bullet{'s' if len(picked) != 1 else ''} "
            f"instead of {bullets}: the model found no more distinct points."
        )
    return SummaryOutcome(tuple(picked), tuple(first_chunks), summarized, tuple(warnings))


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
    chunks: Sequence[str],
    backend: Seq2SeqBackend,
    num_beams: int,
    warnings: list[str],
    progress: ProgressCallback | None,
    done_before: int,
) -> list[str]:
    """Partial summaries of ``chunks``, generated a few at a time (batched, in order)."""
    partials: list[str] = []
    counts = backend.count_tokens(chunks)
    for start in range(0, len(chunks), MAP_BATCH):
        batch = list(chunks[start : start + MAP_BATCH])
        batch_counts = counts[start : start + MAP_BATCH]
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
    """Generate for chunks (``input_tokens`` each, as counted by the caller); a looping or empty
    output is retried once with stricter settings."""
    results = backend.generate(chunks, options)
    checked = []
    for chunk, tokens, result in zip(chunks, input_tokens, results, strict=True):
        if result.text.strip() and not looks_repetitive(result.text, tokens, result.tokens):
            checked.append(result)
            continue
        retried = backend.generate([chunk], stricter(options))[0]
        if not retried.text.strip():
            raise GenerationError(
                "The summary model returned nothing for this text; try another summarization model."
            )
        if looks_repetitive(retried.text, tokens, retried.tokens):
            warnings.append("The summary model repeated itself; some bullets may be unreliable.")
        checked.append(retried)
    return checked


def _complete_sentences(result: Generated) -> str:
    """The generated text without a last sentence cut off by the length limit."""
    sentences = split_sentences(result.text)
    if not result.finished and len(sentences) > 1 and not _TERMINAL.search(sentences[-1]):
        sentences = sentences[:-1]
    return " ".join(sentences)


def _sentences_of(texts: Sequence[str]) -> list[str]:
    return [sentence for text in texts for sentence in split_sentences(text) if sentence.strip()]


def _pick_bullets(final: Generated, partials: Sequence[str], wanted: int) -> list[str]:
    candidates = split_sentences(_complete_sentences(final))
    # Top up from the first round's partial summaries, taking chunks in an order spread evenly
    # over the article, so its end can contribute as much as its start.
    per_chunk = [split_sentences(partials[index]) for index in spread_order(len(partials))]
    for position in range(max((len(group) for group in per_chunk), default=0)):
        candidates.extend(group[position] for group in per_chunk if position < len(group))
    picked: list[str] = []
    for candidate in candidates:
        bullet = _tidy(candidate)
        if bullet and not any(_near_duplicate(bullet, kept) for kept in picked):
            picked.append(bullet)
        if len(picked) == wanted:
            break
    return picked


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
