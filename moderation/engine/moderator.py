"""`Moderator`: comments in, decisions out, streamed one chunk at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

import numpy as np
import torch

from moderation.engine.decide import decide
from moderation.engine.evidence import find_evidence
from moderation.engine.int8 import load_channel_max
from moderation.engine.memory import release_free_memory
from moderation.engine.runner import Runner
from moderation.engine.types import ALLOW, EVIDENCE_METHODS, Decision, Scores
from moderation.engine.windows import Windows, cut_windows
from moderation.errors import ConfigError, ModelNotFound
from moderation.model.store import load_model, model_directory
from moderation.text import NORMALIZATION_VERSIONS
from moderation.types import Comment

CHUNK_SIZE = 512  # comments held at once: bounds memory, and is enough to sort by length


class Moderator:
    """Scores comments with a model directory and decides with the thresholds it declares.

    `precision` is `auto` (bf16 where the CPU has native bf16, else fp32), `fp32`, `bf16` or
    `int8`; bf16 and int8 decisions both agree with fp32 on >= 99.5% of real comments (see
    `moderation.engine.runner`), but int8 is faster than bf16 on no CPU measured, so it is
    opt-in. `quantize=True` is `precision="int8"`, kept for callers written before `precision`.
    `threads` sets torch's thread count for the whole process when given; the model runs that
    many batches at once (default: torch's thread count), one thread each (`Runner` streams:
    faster than splitting each batch over threads).
    `evidence` is one of EVIDENCE_METHODS (see `Windows.evidence` and
    `moderation.engine.evidence` for what each costs and how often it is right).
    """

    def __init__(
        self,
        model_dir: str | Path | None = None,
        precision: str = "auto",
        threads: int | None = None,
        chunk_size: int = CHUNK_SIZE,
        quantize: bool = False,
        evidence: str = "attention",
    ):
        if evidence not in EVIDENCE_METHODS:
            raise ConfigError(
                f"evidence {evidence!r}: expected one of {', '.join(EVIDENCE_METHODS)}"
            )
        self.evidence = evidence
        if threads:
            torch.set_num_threads(threads)
        model, self.tokenizer, self.spec = load_model(model_dir)
        precision = "int8" if quantize else precision
        if self.spec.normalization not in NORMALIZATION_VERSIONS:
            raise ModelNotFound(
                f"{model_dir}: model expects text normalisation {self.spec.normalization}, "
                f"this code reads {', '.join(NORMALIZATION_VERSIONS)}"
            )
        self.runner = Runner(
            model,
            self.tokenizer.pad_token_id,
            precision,
            streams=threads or torch.get_num_threads(),
            int8_channel_max=(
                load_channel_max(model_directory(model_dir)) if precision == "int8" else None
            ),
        )
        self.chunk_size = chunk_size
        self.max_length = min(self.spec.max_length, model.config.max_position_embeddings)
        calibrations = [self.spec.calibration_for(label) for label in self.spec.labels]
        self._scale = np.array([c.scale for c in calibrations], dtype=np.float32)
        self._bias = np.array([c.bias for c in calibrations], dtype=np.float32)

    @property
    def precision(self) -> str:
        """The precision the model runs in: fp32, bf16 or int8 (`auto` resolved)."""
        return self.runner.precision

    @property
    def model_tag(self) -> str:
        return self.spec.tag

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, shape (texts, labels), long texts scored over windows."""
        windows = self._windows(texts)
        return windows.fold(self._probabilities(windows.sequences))

    def _windows(self, texts: Sequence[str]) -> Windows:
        return cut_windows(
            texts, self.tokenizer, self.max_length, normalization=self.spec.normalization
        )

    def _probabilities(self, sequences: list[list[int]]) -> np.ndarray:
        """Calibrated probabilities per window, shape (windows, labels)."""
        return self._calibrate(self.runner.logits(sequences))

    def _probabilities_and_attention(
        self, sequences: list[list[int]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Calibrated probabilities per window, and where [CLS] attends in each window."""
        logits, attention = self.runner.logits_and_attention(sequences)
        return self._calibrate(logits), attention

    def _calibrate(self, logits: np.ndarray) -> np.ndarray:
        scale, bias = torch.from_numpy(self._scale), torch.from_numpy(self._bias)
        return torch.sigmoid(torch.from_numpy(logits) * scale + bias).numpy()

    def moderate(
        self, comments: Iterable[Comment], source: str = "", explain: bool = False
    ) -> Iterator[Decision]:
        """Yield one Decision per comment, in input order, holding one chunk in memory at a time.

        Evidence is found for flagged comments; with `explain`, for every comment.
        """
        iterator = iter(comments)
        while chunk := list(islice(iterator, self.chunk_size)):
            decisions = self._moderate_chunk(chunk, source, explain)
            release_free_memory()  # else resident memory creeps up with the input
            yield from decisions

    def _moderate_chunk(self, chunk: list[Comment], source: str, explain: bool) -> list[Decision]:
        """Score the chunk in one pass, decide each comment, and find evidence for flagged ones.

        With attention evidence that is the same pass; with rescoring, one more over the flagged.
        """
        texts = [comment.text for comment in chunk]
        windows = self._windows(texts)
        attention = None
        if self.evidence == "attention":
            window_probs, attention = self._probabilities_and_attention(windows.sequences)
        else:
            window_probs = self._probabilities(windows.sequences)
        probs = windows.fold(window_probs)
        scores = [Scores(self.spec.labels, tuple(float(p) for p in row)) for row in probs]
        verdicts = [
            decide(one, self.spec) if known else (ALLOW, (), 1.0 - max(one.values))
            for one, known in zip(scores, windows.readable, strict=True)
        ]  # the model read no word of an unreadable text: its scores cannot remove or flag it
        wanted = [i for i, verdict in enumerate(verdicts) if explain or verdict[0] != ALLOW]
        top_labels = [int(np.argmax(probs[i])) for i in wanted]
        if attention is None:
            found = find_evidence([texts[i] for i in wanted], top_labels, self.score)
        else:
            found = [
                windows.evidence(i, label, window_probs, attention)
                for i, label in zip(wanted, top_labels, strict=True)
            ]
        evidence = dict(zip(wanted, found, strict=True))
        decisions = []
        for i, (comment, (decision, labels, confidence)) in enumerate(
            zip(chunk, verdicts, strict=True)
        ):
            decisions.append(
                Decision(
                    source=source,
                    comment_id=comment.id,
                    author=comment.author,
                    text=comment.text,
                    scores=scores[i],
                    decision=decision,
                    labels=labels,
                    confidence=confidence,
                    evidence=evidence.get(i),
                    model=self.spec.tag,
                )
            )
        return decisions
