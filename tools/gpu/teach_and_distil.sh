#!/usr/bin/env bash
# On a lent GPU machine (tools/gpu/README.md): rebuild the backbones the calls carried, train the
# mpnet teacher on the student's splits, distil the MiniLM student from its scores. Results in
# $OUT: teacher/ (scores + report), training_report.json, the student folder as tar pieces.
# Dry run on a CPU: STASH=... OUT=... PY=.venv/bin/python STEPS=4 EXTRA='data = ["hatemoji_build"]'
set -euo pipefail
export PYTHONUNBUFFERED=1
STASH=${STASH:-/tmp/stash}
WORK=${WORK:-/tmp/gpuwork}
OUT=${OUT:-/tmp/out}
PY=${PY:-python3}
EXTRA=${EXTRA:-}  # TOML lines put in front of both recipes (dry runs: a small data list)
STEPS=${STEPS:-}  # --max-steps for both (dry runs)
mkdir -p "$WORK" "$OUT"
stamp() { echo "[$(date +%T)] $*"; }

if ! "$PY" -c "import datasets" 2>/dev/null; then
    "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target "$WORK/site" .xfer3/whl/*.whl
    export PYTHONPATH="$WORK/site${PYTHONPATH:+:$PYTHONPATH}"
    if ! "$PY" -c "import datasets"; then  # only Dataset.from_pandas/to_pandas are used here
        mkdir -p "$WORK/shim/datasets"
        printf '%s\n' 'class Dataset:' '    def __init__(self, frame): self._frame = frame' \
            '    @classmethod' \
            '    def from_pandas(cls, frame, preserve_index=False): return cls(frame.reset_index(drop=True))' \
            '    def to_pandas(self): return self._frame' '    def __len__(self): return len(self._frame)' \
            > "$WORK/shim/datasets/__init__.py"
        export PYTHONPATH="$WORK/shim:$PYTHONPATH"
        stamp "datasets: using the two-method shim"
    fi
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
tar xzf .xfer3/data.tgz -C "$WORK" && export MODERATION_DATA_DIR="$WORK/data"
stamp "unpacking backbones"
"$PY" tools/gpu/unpack.py "$WORK/mpnet" "$STASH/xfer1" "$STASH/xfer2"
"$PY" tools/gpu/unpack.py "$WORK/minilm" .xfer3/minilm1
{ echo "$EXTRA"; cat configs/teacher.toml; } > "$WORK/teacher.toml"
{ echo "$EXTRA"; echo "backbone = \"$WORK/minilm\""
  echo "teacher_scores = \"$OUT/teacher/scores.safetensors\""; cat configs/train.toml; } > "$WORK/student.toml"

stamp "teacher"
"$PY" tools/gpu/run_recipe.py teach "$WORK/teacher.toml" backbone="$WORK/mpnet" \
    output_dir="$OUT/teacher" time_budget_minutes="${TEACHER_MINUTES:-4}" ${STEPS:+max_steps=$STEPS}
stamp "student"
"$PY" tools/gpu/run_recipe.py train "$WORK/student.toml" output_dir="$WORK/student" \
    run_dir="$WORK/run_student" ${STEPS:+max_steps=$STEPS}
cp "$WORK/student/training_report.json" "$OUT/"
(cd "$WORK" && tar cf - --exclude=tokenizer.json student) | split -b 15m - "$OUT/student.tar."
stamp "done"
