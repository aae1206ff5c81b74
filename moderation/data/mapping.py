"""Mapping files: how one labelled set's files and labels map onto the project's three labels.

Layout knowledge lives in `labels/mappings/<set>.toml`, not in code: per label a `positive` and
a `negative` pandas query over the set's columns; rows matching neither are unknown for that
label (masked in the loss, never counted as negative).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from moderation.errors import DataError
from moderation.model.spec import LABELS
from moderation.paths import REPO_ROOT

MAPPINGS_DIR = REPO_ROOT / "labels" / "mappings"
# The labelled sets sit beside the project; MODERATION_DATA_DIR points elsewhere (a copy on a
# training machine that has no ../shared).
SHARED_DATA_DIR = Path(
    os.environ.get("MODERATION_DATA_DIR") or REPO_ROOT.parent / "shared" / "data"
)

# The MANIFEST's weak-label rule: a Jewish keyword in a post a human labelled hateful.
JEWISH_KEYWORD_PATTERN = (
    r"\b(?:jew|jews|jewish|jewry|kike|kikes|zionist|zionists|zog|shekel|shekels|goy|goyim"
    r"|holocaust|heeb|yid|rothschild|israel)"
)
# Anything that can make a comment about Jews: the keywords above, the project's Jewish and Israel
# identity terms (labels/identity_terms.toml, added in map_frame), and the coded terms, slurs,
# obfuscations and Nazi references antisemitic posts use instead of naming Jews. A post without
# any of them is what the weak *negative* rule of some mappings (`not jewish_topic`) takes as not
# antisemitic: its precision is audited in labels/weak_label_audit.md (audit 3).
CODED_ANTISEMITISM_PATTERN = (
    r"\(\(\(|\)\)\)|\bglobalis[mt]s?\b|\bkhazar|\bgoy|\bshekel|\bshylock|\btribe\b"
    r"|\bchosen (?:ones|people)\b|\bhappy merchant|\bholo|\bsix million\b"
    r"|\b6 ?(?:million|gorillion)|\bgorillion|\bovens?\b|\bearly life\b|\bsoros\b|\brothschild"
    r"|\bzio|\bj[e3]w|\bj00|\bjoo[sz]?\b"
    r"|\bjuden|\bsemit|\bchrist[- ]?killer|\busur(?:y|er)|\bbankers?\b|\bfinancier|\bmarxis"
    r"|\bwhite genocide|\bnwo\b|\bnew world order|\belders of zion|\bprotocols\b|\bhook[- ]?nose"
    r"|\U0001F443|\u2721|\U0001F400|\bhitler|\bnazi|\b1488\b|\b14 ?words|\bheil\b|\bsieg\b"
    r"|\bgas (?:the|them|chambers?)\b|\bk[iy]kes?\b|\bheebs?\b|\byids?\b|\bmossad\b|\bpalestin"
    r"|\bgaza\b|\bzionis"
)
# Words a threat or call for harm can hardly do without (`violent_cue`). A toxic post with none
# of them is what the weak violent *negative* rule takes as not violent (audit 4 in
# labels/weak_label_audit.md); the list is broad on purpose ("hit", "fire", "jail", "deserve").
VIOLENCE_CUE_PATTERN = (
    r"\b(?:kill|murder|shoot|shot|gun|bullet|die|dies|died|dying|dead|death|deaths|hang|hanged"
    r"|hanging|lynch|noose|rope|stab|knife|beat|beating|punch|slap|hit|smash|bomb|explode|blow up"
    r"|burn|fire|torch|execute|execution|guillotine|firing squad|exterminat|eliminat"
    r"|wipe (?:them )?out|destroy|annihilat|genocide|massacre|slaughter|blood|bleed|hurt|harm"
    r"|attack|assault|war|fight"
    r"|violence|violent|weapon|rifle|pistol|ammo|perish|drown|choke|strangle|poison|gas|bury|grave"
    r"|deport|regret|watch your back|where you live|coming for|hunt|pay for|deserve|should be"
    r"|ought to be|put down|lock (?:him|her|them) up|prison|jail|rot|torture|rape|castrat|behead"
    r"|cut off|throat|neck|head off|skull|teeth|face|broken|break|crush|run over|drag|whip|lash"
    r"|pitchfork|mob|riot|revolution|uprising|civil war|armed|militia|terror)"
)
WEAK_LABEL_WEIGHT = 0.5


@dataclass(frozen=True)
class SourceFile:
    path: str
    format: str = "csv"  # csv | tsv | jsonl | parquet | tweeteval
    sep: str | None = None
    split: str | None = None  # "test" keeps the authors' held-out file on the test side


@dataclass(frozen=True)
class JoinFile:
    path: str
    on: str
    columns: tuple[str, ...]
    format: str = "csv"
    sep: str | None = None


@dataclass(frozen=True)
class LabelRule:
    positive: str | None = None
    negative: str | None = None
    weak: bool = False  # keyword heuristic on a human label: train with care, never gold
    weight: float = 1.0

    @property
    def loss_weight(self) -> float:
        return self.weight * (WEAK_LABEL_WEIGHT if self.weak else 1.0)


@dataclass(frozen=True)
class DatasetMapping:
    name: str
    text_column: str
    files: tuple[SourceFile, ...]
    labels: dict[str, LabelRule]
    joins: tuple[JoinFile, ...] = ()
    pair_columns: tuple[str, ...] = ()
    train: bool = True  # False: evaluation only (e.g. a licence that forbids shipping)
    notes: str = ""
    path: Path | None = field(default=None, compare=False)

    @classmethod
    def from_file(cls, path: str | Path) -> DatasetMapping:
        path = Path(path)
        try:
            raw = tomllib.loads(path.read_text())
            _check_shape(raw, path)
            labels = {name: LabelRule(**rule) for name, rule in raw.get("labels", {}).items()}
            unknown = set(labels) - set(LABELS)
            if unknown:
                raise DataError(f"{path}: unknown label(s) {sorted(unknown)}; use {list(LABELS)}")
            return cls(
                name=raw.get("name", path.stem),
                text_column=raw.get("text_column", "text"),
                # optional: `evaluate FILE --label-map MAP` names the file on its command line
                files=tuple(SourceFile(**f) for f in raw.get("files", ())),
                labels=labels,
                joins=tuple(
                    JoinFile(**{**j, "columns": tuple(j["columns"])}) for j in raw.get("joins", [])
                ),
                pair_columns=tuple(raw.get("pair_columns", ())),
                train=raw.get("train", True),
                notes=raw.get("notes", ""),
                path=path,
            )
        except (tomllib.TOMLDecodeError, KeyError, TypeError) as error:
            raise DataError(f"{path}: malformed mapping file ({error})") from error


# A mapping file's keys and a rule's: the fields they fill ("path" is where the file was read).
_MAPPING_KEYS = tuple(f.name for f in fields(DatasetMapping) if f.name != "path")
_RULE_KEYS = tuple(f.name for f in fields(LabelRule))


def _check_shape(raw: dict, path: Path) -> None:
    """A mapping's tables and keys, each mistake one line that says what is expected ("[abusive]"
    for "[labels.abusive]", a rule written as a list, a key of another tool)."""
    unknown = sorted(set(raw) - set(_MAPPING_KEYS))
    if unknown:
        raise DataError(
            f"{path}: unknown key(s) or table(s) {unknown}; a label's rules go in "
            f"[labels.<label>] tables, the other keys are {', '.join(_MAPPING_KEYS)}"
        )
    rules = raw.get("labels", {})
    if not isinstance(rules, dict) or not rules:
        raise DataError(f"{path}: maps no label; add [labels.<label>] tables for {list(LABELS)}")
    for label, rule in rules.items():
        if not isinstance(rule, dict):
            raise DataError(f"{path}: labels.{label} must be a table of rules")
        extra = sorted(set(rule) - set(_RULE_KEYS))
        if extra:
            raise DataError(
                f"{path}: [labels.{label}] has unknown key(s) {extra}; use {', '.join(_RULE_KEYS)}"
            )
        for key in ("positive", "negative"):
            if key in rule and not isinstance(rule[key], str):
                raise DataError(
                    f'{path}: labels.{label}.{key} must be one query in quotes ("stars <= 2"), '
                    f"not a {type(rule[key]).__name__}"
                )


def known_mappings(directory: Path = MAPPINGS_DIR) -> dict[str, DatasetMapping]:
    """Every mapping file shipped in labels/mappings, by set name."""
    mappings = [DatasetMapping.from_file(p) for p in sorted(Path(directory).glob("*.toml"))]
    return {m.name: m for m in mappings}
