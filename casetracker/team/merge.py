"""How a shared record's fields merge, as pure functions over its heads.

Each field of a shared record has one or more *heads*: the operations whose value for the field
no later operation has replaced. An operation names, per field it sets, the heads it replaced
(its *base*: what its author saw). Applying it removes those heads and adds itself. Two laptops
that change the same field without having seen each other's change both leave a head: the field
is in conflict. Both values are kept; the one shown is the head with the greatest clock stamp
(then operation id), so every laptop shows the same one. A person's choice is a new operation
whose base is every head, which ends the conflict.

Because the server hands out operations in an order that respects what each author had seen, the
heads a laptop ends with do not depend on the order in which concurrent operations arrived.

The heads of a record are a dictionary, stored as JSON:
    {"*": [[op, stamp, author]],               # every field not listed: the operation that made it
     "summary": [[op, stamp, author]],         # one head: its value is the row's
     "status": [[op, stamp, author, value],    # several heads: each keeps its value
                [op, stamp, author, value]]}
"""

from dataclasses import dataclass
from typing import Any

EVERY_FIELD = "*"
# Fields whose concurrent values are not a person's disagreement: two laptops that compute the same
# deadline both stamp it with their own creation time. The shown value is still the same everywhere.
QUIET_FIELDS = frozenset({"created_at"})


@dataclass(frozen=True)
class Alternative:
    op: str
    stamp: str
    author: str
    value: Any


def field_heads(heads: dict, field: str) -> list[list]:
    return heads.get(field) or heads.get(EVERY_FIELD) or []


def base_of(heads: dict, fields) -> dict[str, list[str]]:
    """What a local change of `fields` replaces: every head of each field (a new record's have none)."""
    based = {field: [head[0] for head in field_heads(heads, field)] for field in fields}
    return {field: ops for field, ops in based.items() if ops}


def record_local(heads: dict, fields, op: str, stamp: str, author: str, *, whole: bool = False) -> dict:
    """The heads after a local change of `fields` by operation `op`: it alone is current. A `whole`
    change (a new record, or one written out in full) is the head of every field."""
    if whole:
        return {EVERY_FIELD: [[op, stamp, author]]}
    merged = dict(heads)
    for field in fields:
        merged[field] = [[op, stamp, author]]
    return merged


def apply_remote(
    heads: dict,
    field: str,
    row_value: Any,
    op: str,
    stamp: str,
    author: str,
    value: Any,
    base: list[str],
) -> tuple[list[list], Any]:
    """The heads of `field` after another laptop's operation, and the value to show.

    `row_value` is what the field holds now (the value of its one head, when it has one)."""
    current = field_heads(heads, field)
    if any(head[0] == op for head in current):
        return current, row_value
    kept = [_with_value(head, row_value) for head in current if head[0] not in base]
    if not kept:
        return [[op, stamp, author]], value
    merged = [*kept, [op, stamp, author, value]]
    return merged, shown(merged)


def keep_values(heads: dict, values: dict) -> dict:
    """The heads of a record whose row is going (removed for good), each field's lone head now holding
    its value: the row no longer does, and a change made elsewhere meanwhile may still conflict with it."""
    kept = dict(heads)
    for field, value in values.items():
        lone = field_heads(heads, field)
        if len(lone) == 1 and len(lone[0]) == 3:
            kept[field] = [[*lone[0], value]]
    return kept


def shown(field_heads_: list[list]) -> Any:
    """The value every laptop shows for a field with several heads."""
    return max(field_heads_, key=lambda head: (head[1], head[0]))[3]


def alternatives(field_heads_: list[list]) -> list[Alternative]:
    """A conflicted field's values, the shown one first; empty when the field is not in conflict."""
    if len(field_heads_) < 2 or len({_key(head[3]) for head in field_heads_}) < 2:
        return []
    ordered = sorted(field_heads_, key=lambda head: (head[1], head[0]), reverse=True)
    return [Alternative(head[0], head[1], head[2], head[3]) for head in ordered]


def conflicts(heads: dict) -> dict[str, list[Alternative]]:
    """Every field in conflict, with its values."""
    found = {}
    for field, field_heads_ in heads.items():
        if field not in QUIET_FIELDS and field != EVERY_FIELD and (values := alternatives(field_heads_)):
            found[field] = values
    return found


def _with_value(head: list, row_value: Any) -> list:
    """A head as one of several: with its value (a lone head's value is the row's)."""
    return head if len(head) == 4 else [head[0], head[1], head[2], row_value]


def _key(value: Any) -> str:
    return repr(value)
