"""Rebuild an fp32 safetensors model folder from `pack.py`'s shards (see there).

python tools/gpu/unpack.py OUT_DIR SHARD_DIR [SHARD_DIR ...]   (the first holds the side files)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from safetensors.torch import load_file, save_file


def main() -> None:
    out, shards = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    packed = {}
    for shard in shards:
        packed.update(load_file(shard / "part.safetensors"))
    weights = {}
    for name, tensor in packed.items():
        if name.endswith(".q8"):
            base = name[: -len(".q8")]
            weights[base] = tensor.float() * packed[base + ".scale"].float()
        elif not name.endswith(".scale"):
            weights[name] = tensor.float()
    out.mkdir(parents=True, exist_ok=True)
    save_file(weights, out / "model.safetensors", metadata={"format": "pt"})
    for side in shards[0].iterdir():
        if side.name != "part.safetensors":
            shutil.copy(side, out / side.name)
    print(out, len(weights), "tensors")


if __name__ == "__main__":
    main()
