"""The transparent baseline: TF-IDF n-grams + logistic regression, one model per label."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from moderation.model.spec import LABELS
from moderation.text import normalize


class TfidfBaseline:
    """Word and character n-grams; trained on the same rows and masks as the transformer."""

    def __init__(self, seed: int = 13):
        self.features = FeatureUnion(
            [
                (
                    "words",
                    TfidfVectorizer(
                        ngram_range=(1, 2), min_df=2, max_features=200_000, sublinear_tf=True
                    ),
                ),
                (
                    "chars",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=(2, 5),
                        min_df=3,
                        max_features=200_000,
                        sublinear_tf=True,
                    ),
                ),
            ]
        )
        self.models: dict[str, LogisticRegression] = {}
        self.constant: dict[str, float] = {}  # labels with one class in training: their prior
        self.seed = seed

    def fit(self, frame: pd.DataFrame) -> TfidfBaseline:
        matrix = self.features.fit_transform([normalize(t) for t in frame["text"]])
        for label in LABELS:
            known = (frame[label].to_numpy() >= 0) & (frame[f"weight_{label}"].to_numpy() > 0)
            if len(set(frame[label].to_numpy()[known])) < 2:
                self.constant[label] = (
                    float(frame[label].to_numpy()[known].mean()) if known.any() else 0.0
                )
                continue
            model = LogisticRegression(
                C=4.0, max_iter=2000, class_weight="balanced", random_state=self.seed
            )
            model.fit(
                matrix[known],
                frame[label].to_numpy()[known],
                sample_weight=frame[f"weight_{label}"].to_numpy()[known],
            )
            self.models[label] = model
        return self

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        matrix = self.features.transform([normalize(t) for t in texts])
        columns = [
            self.models[label].predict_proba(matrix)[:, 1]
            if label in self.models
            else np.full(matrix.shape[0], self.constant[label])
            for label in LABELS
        ]
        return np.stack(columns, axis=1)
