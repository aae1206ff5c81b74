"""A BERT classifier's forward pass that skips what the classification head never reads.

The head reads one position of the last layer: [CLS]. So in the last layer only [CLS] needs a
query, an attention output, a feed-forward block and LayerNorms; every position still gives a
key and a value. That drops 10 of the 12 hidden x hidden matmuls per token of one layer in six,
about 14% of the model's matmul work, with the same arithmetic for what is kept: the logits and
the [CLS] attention rows equal those of the full forward (tests/test_engine_cls_forward.py).

Only for `BertForSequenceClassification`-shaped models (`.bert` with embeddings, encoder layers
and a pooler, then `.dropout` and `.classifier`); anything else runs the model's own forward.
"""

from __future__ import annotations

import contextlib

import torch


def supports_cls_forward(model: torch.nn.Module) -> bool:
    """Whether `model` is a BERT sequence classifier whose parts this forward knows."""
    bert = getattr(model, "bert", None)
    return (
        getattr(model.config, "model_type", None) == "bert"
        and bert is not None
        and getattr(bert, "pooler", None) is not None
        and hasattr(model, "classifier")
        and not model.config.is_decoder
    )


def cls_forward(
    model: torch.nn.Module,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    cls_attention_layers: int = 0,
    bf16: bool = False,
) -> tuple[torch.Tensor, list[torch.Tensor]]:
    """Logits (batch, labels), and the [CLS] attention rows (batch, heads, positions) of the
    last `cls_attention_layers` layers; `bf16` runs the encoder layers under bf16 autocast."""
    bert = model.bert
    hidden = bert.embeddings(input_ids=input_ids)
    # Additive mask over key positions, as the eager attention of transformers builds it.
    blocked = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(
        hidden.dtype
    ).min
    layers = bert.encoder.layer
    rows: list[torch.Tensor] = []
    autocast = torch.autocast("cpu", dtype=torch.bfloat16) if bf16 else contextlib.nullcontext()
    with autocast:
        for index, layer in enumerate(layers):
            last = index == len(layers) - 1
            hidden, probabilities = _layer(layer, hidden, blocked, cls_only=last)
            if index >= len(layers) - cls_attention_layers:
                rows.append(probabilities[:, :, 0, :])
    pooled = bert.pooler(hidden)
    return model.classifier(model.dropout(pooled)), rows


def _layer(
    layer: torch.nn.Module, hidden: torch.Tensor, blocked: torch.Tensor, cls_only: bool
) -> tuple[torch.Tensor, torch.Tensor]:
    """One BertLayer; with `cls_only`, queries and everything after attention for [CLS] alone."""
    attention = layer.attention.self
    batch = hidden.shape[0]
    queries_from = hidden[:, :1] if cls_only else hidden

    def heads(states: torch.Tensor) -> torch.Tensor:
        return states.view(
            batch, -1, attention.num_attention_heads, attention.attention_head_size
        ).transpose(1, 2)

    query = heads(attention.query(queries_from))
    key, value = heads(attention.key(hidden)), heads(attention.value(hidden))
    scores = torch.matmul(query, key.transpose(2, 3)) * attention.scaling + blocked
    probabilities = torch.nn.functional.softmax(scores, dim=-1)
    context = (
        torch.matmul(probabilities, value)
        .transpose(1, 2)
        .reshape(batch, -1, attention.all_head_size)
    )
    attended = layer.attention.output(context, queries_from)
    return layer.output(layer.intermediate(attended), attended), probabilities
