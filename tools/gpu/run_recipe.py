"""`teach` or `train` through the library, without the CLI: the GPU image lacks the web and
parsing packages the CLI imports.

    python tools/gpu/run_recipe.py teach|train CONFIG [field=value ...]
"""

from __future__ import annotations

import logging
import sys

from moderation.training import TrainConfig, train
from moderation.training.teacher import teach

NUMBERS = {"time_budget_minutes": float, "max_steps": int}

if __name__ == "__main__":
    kind, path, *pairs = sys.argv[1:]
    overrides = dict(pair.split("=", 1) for pair in pairs)
    overrides = {k: NUMBERS.get(k, str)(v) for k, v in overrides.items()}
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    print({"teach": teach, "train": train}[kind](TrainConfig.from_file(path, **overrides)))
