"""Labelled data: mapping files (labels/mappings), loaders into `datasets.Dataset`, dedup,
splits."""

from moderation.data.loaders import load_labelled, load_mapped_set, load_training_corpus
from moderation.data.mapping import DatasetMapping, known_mappings

__all__ = [
    "DatasetMapping",
    "known_mappings",
    "load_labelled",
    "load_mapped_set",
    "load_training_corpus",
]
