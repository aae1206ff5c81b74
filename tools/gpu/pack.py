"""Pack a backbone for a GPU machine that takes at most ~60 MB per call and reaches no registry.

Weight matrices go as int8 with one fp16 scale per row (symmetric), everything else as fp16,
spread over `--shards` files of about equal size; `unpack.py` on the other side rebuilds an
fp32 safetensors model folder. Rounding a matrix row to 127 steps moves a pre-trained encoder's
outputs far less than the fine-tuning that follows does.

    python tools/gpu/pack.py SRC_MODEL_DIR OUT_PREFIX --shards 2 [--fp16-only]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

SIDE_FILES = (
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)


def quantize(weights: dict[str, torch.Tensor], fp16_only: bool) -> dict[str, torch.Tensor]:
    out = {}
    for name, tensor in weights.items():
        tensor = tensor.float()
        if not fp16_only and tensor.dim() == 2 and tensor.numel() >= 65536:
            scale = tensor.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127
            out[name + ".q8"] = torch.round(tensor / scale).to(torch.int8)
            out[name + ".scale"] = scale.half()
        else:
            out[name] = tensor.half()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("prefix", type=Path, help="shard i goes to PREFIX<i>/part.safetensors")
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--fp16-only", action="store_true")
    args = parser.parse_args()
    packed = quantize(load_file(args.source / "model.safetensors"), args.fp16_only)
    shards = [{} for _ in range(args.shards)]
    sizes = [0] * args.shards
    for name in sorted(packed, key=lambda n: -packed[n].numel() * packed[n].element_size()):
        i = sizes.index(min(sizes))
        shards[i][name] = packed[name].contiguous()
        sizes[i] += packed[name].numel() * packed[name].element_size()
    for i, shard in enumerate(shards, start=1):
        folder = Path(f"{args.prefix}{i}")
        folder.mkdir(parents=True, exist_ok=True)
        save_file(shard, folder / "part.safetensors")
        print(folder, round(sizes[i - 1] / 2**20, 1), "MiB")
    side = Path(f"{args.prefix}1")
    for name in SIDE_FILES:
        if (args.source / name).exists():
            shutil.copy(args.source / name, side / name)


if __name__ == "__main__":
    main()
