"""The team server's SQL (schema `ct`, docs/team-server.md) and `server_init`, which creates or completes it.

Access is enforced by the server itself: every table has row-level security, enabled and forced, and the
members' group role `ct_member` gets only the privileges the policies need. The admin login (a CREATEROLE
role that owns the database) owns the schema, the tables and the SECURITY DEFINER functions; because the
policies are forced, even it reads the tables through a policy of its own (`admin_all`), which also lets
the functions read every row without calling themselves again through a member's policy.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import uuid4

from psycopg import Connection, sql

from casetracker.errors import TeamServerError
from casetracker.team import ROLES, crypto
from casetracker.team.postgres import connect

RECOVERY_NAME = b"Recovery key"

TABLES = {
    "team": """(id int PRIMARY KEY CHECK (id = 1), recovery_public bytea NOT NULL,
        created_at timestamptz DEFAULT now())""",
    "team_secret": """(id int PRIMARY KEY CHECK (id = 1), team_key bytea NOT NULL,
        team_key_for_recovery bytea NOT NULL)""",
    "member": """(id uuid PRIMARY KEY, login text UNIQUE,
        role text NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'lawyer', 'recovery')),
        box_public bytea, name_sealed bytea NOT NULL, disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now())""",
    "scope": """(id uuid PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('case', 'person', 'team')),
        owner uuid REFERENCES ct.member, created_at timestamptz NOT NULL DEFAULT now())""",
    "scope_key": """(scope_id uuid REFERENCES ct.scope, version int NOT NULL,
        member_id uuid REFERENCES ct.member, sealed bytea NOT NULL,
        granted_by uuid REFERENCES ct.member DEFAULT ct.me(), granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope_id, version, member_id))""",
    "person_case": """(person_id uuid REFERENCES ct.scope, case_id uuid REFERENCES ct.scope,
        PRIMARY KEY (person_id, case_id))""",
    "op": """(seq bigserial PRIMARY KEY, op_id uuid UNIQUE NOT NULL,
        scope_id uuid NOT NULL REFERENCES ct.scope, key_version int NOT NULL,
        author uuid NOT NULL DEFAULT ct.me(),
        author_role text NOT NULL DEFAULT ct.my_role(), received_at timestamptz NOT NULL DEFAULT now(),
        body bytea NOT NULL)""",
    # An evidence file, in parts each sealed with its case's key: the server sees its id, its case,
    # how many parts and their sizes, never a name or a byte of the content.
    "file_part": """(attachment_id uuid NOT NULL, part int NOT NULL,
        scope_id uuid NOT NULL REFERENCES ct.scope, key_version int NOT NULL,
        author uuid NOT NULL DEFAULT ct.me(), body bytea NOT NULL,
        PRIMARY KEY (attachment_id, part))""",
}

# The functions the policies use. SECURITY DEFINER: they read the tables as their owner, whatever the
# member may see; `session_user` is still the member's login. A fixed search_path, so that nobody's
# objects in another schema can stand in for ours.
FUNCTIONS = {
    "me() RETURNS uuid": """
        SELECT id FROM ct.member WHERE login = session_user AND NOT disabled""",
    "my_role() RETURNS text": """
        SELECT role FROM ct.member WHERE login = session_user AND NOT disabled""",
    "can_read(scope uuid) RETURNS boolean": """
        SELECT CASE
            WHEN ct.me() IS NULL THEN false
            WHEN ct.my_role() = 'supervisor' THEN true
            ELSE coalesce((SELECT CASE s.kind
                WHEN 'team' THEN true
                WHEN 'case' THEN ct.holds_key(s.id)
                ELSE CASE WHEN EXISTS (SELECT 1 FROM ct.person_case l WHERE l.person_id = s.id)
                    THEN EXISTS (SELECT 1 FROM ct.person_case l
                                 WHERE l.person_id = s.id AND ct.holds_key(l.case_id))
                    ELSE ct.holds_key(s.id) END
                END FROM ct.scope s WHERE s.id = scope), false)
        END""",
    "holds_key(scope uuid) RETURNS boolean": """
        SELECT EXISTS (SELECT 1 FROM ct.scope_key k WHERE k.scope_id = scope AND k.member_id = ct.me())""",
    "owns(scope uuid) RETURNS boolean": """
        SELECT EXISTS (SELECT 1 FROM ct.scope s WHERE s.id = scope AND s.owner = ct.me())""",
    "can_write(scope uuid) RETURNS boolean": """
        SELECT coalesce(ct.my_role() IN ('caseworker', 'supervisor'), false) AND ct.can_read(scope)""",
    # The keys sealed to the member, found by the index on member_id: through the policy, the server
    # would test every key of every readable scope (a supervisor's are all of them) one by one. An empty
    # key is one re-issued access waits for: a supervisor seals it again to the new laptop.
    "my_keys() RETURNS TABLE (scope_id uuid, version int, sealed bytea)": """
        SELECT k.scope_id, k.version, k.sealed FROM ct.scope_key k
        WHERE k.member_id = ct.me() AND octet_length(k.sealed) > 0""",
    # Whether a member reads a person through a case of theirs other than `besides`: a case taken back
    # from them takes its person's key too only when not. Answered only to whoever reads the person.
    "reads_person_elsewhere(person uuid, member uuid, besides uuid) RETURNS boolean": """
        SELECT ct.can_read(person) AND EXISTS (SELECT 1 FROM ct.person_case l JOIN ct.scope_key k
            ON k.scope_id = l.case_id WHERE l.person_id = person AND l.case_id <> besides
            AND k.member_id = member)""",
}
# Each made by `server_init` when missing: (name, table and columns).
INDEXES = {"scope_key_member": "ct.scope_key (member_id)"}
# join() sets the member's public key once; the admin clears it to re-issue access on a new laptop.
JOIN = """
CREATE OR REPLACE FUNCTION ct.join(box_public bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ct, pg_temp AS $$
BEGIN
    IF ct.me() IS NULL THEN
        RAISE EXCEPTION 'not an active member' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE ct.member m SET box_public = $1 WHERE m.id = ct.me() AND m.box_public IS NULL;
    IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM ct.member m
                                 WHERE m.id = ct.me() AND m.box_public = $1) THEN
        RAISE EXCEPTION 'this member has joined already' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$"""

# push_ops() stores a laptop's operations in one call: the right to write is checked once per case or
# person (row-level security would check it once per operation), then the operations are inserted as
# the policies would allow them, in the order given, each at most once.
PUSH_OPS = """
CREATE OR REPLACE FUNCTION ct.push_ops(op_ids uuid[], scope_ids uuid[], key_versions int[], bodies bytea[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = ct, pg_temp AS $$
DECLARE
    author uuid := ct.me();
    author_role text := ct.my_role();
    refused uuid;
    stored int;
BEGIN
    IF author IS NULL OR author_role NOT IN ('caseworker', 'supervisor') THEN
        RAISE EXCEPTION 'not allowed to write' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT d.s INTO refused FROM (SELECT DISTINCT unnest(scope_ids) AS s) d
        WHERE NOT ct.can_write(d.s) LIMIT 1;
    IF refused IS NOT NULL THEN
        RAISE EXCEPTION 'not allowed to write scope %', refused USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(7317);
    INSERT INTO ct.op (op_id, scope_id, key_version, author, author_role, body)
        SELECT u.o, u.s, u.v, author, author_role, u.b
        FROM unnest(op_ids, scope_ids, key_versions, bodies) WITH ORDINALITY AS u(o, s, v, b, n)
        ORDER BY u.n
        ON CONFLICT (op_id) DO NOTHING;
    GET DIAGNOSTICS stored = ROW_COUNT;
    RETURN stored;
END $$"""

# (table, name, command, roles, USING, WITH CHECK); the members' policies go to ct_member only.
POLICIES = [
    ("op", "op_read", "SELECT", "ct_member", "ct.can_read(scope_id)", None),
    (
        "op",
        "op_write",
        "INSERT",
        "ct_member",
        None,
        "ct.can_write(scope_id) AND author = ct.me() AND author_role = ct.my_role()",
    ),
    ("file_part", "file_read", "SELECT", "ct_member", "ct.can_read(scope_id)", None),
    ("file_part", "file_write", "INSERT", "ct_member", None, "ct.can_write(scope_id) AND author = ct.me()"),
    ("scope", "scope_read", "SELECT", "ct_member", "ct.can_read(id) OR owner = ct.me()", None),
    (
        "scope",
        "scope_write",
        "INSERT",
        "ct_member",
        None,
        "owner = ct.me() AND ct.my_role() IN ('caseworker', 'supervisor')",
    ),
    ("scope_key", "key_read", "SELECT", "ct_member", "ct.can_read(scope_id) OR member_id = ct.me()", None),
    (
        "scope_key",
        "key_write",
        "INSERT",
        "ct_member",
        None,
        "(ct.can_write(scope_id) OR ct.owns(scope_id)) AND granted_by = ct.me()",
    ),
    (
        "scope_key",
        "key_unshare",
        "DELETE",
        "ct_member",
        "ct.my_role() = 'supervisor' OR ct.owns(scope_id)",
        None,
    ),
    ("person_case", "link_read", "SELECT", "ct_member", "ct.can_read(case_id)", None),
    # Linking a person to a case makes it readable by the case's members: only someone who may read the
    # person already (or owns its scope) may link it, or a link would open any person to anyone.
    (
        "person_case",
        "link_write",
        "INSERT",
        "ct_member",
        None,
        "ct.can_write(case_id) AND (ct.can_read(person_id) OR ct.owns(person_id))",
    ),
    ("member", "member_read", "SELECT", "ct_member", "ct.me() IS NOT NULL", None),
    ("team", "team_read", "SELECT", "ct_member", "ct.me() IS NOT NULL", None),
]

GRANTS = [
    "GRANT SELECT, INSERT (op_id, scope_id, key_version, body) ON ct.op TO ct_member",
    "GRANT USAGE ON SEQUENCE ct.op_seq_seq TO ct_member",
    "GRANT SELECT, INSERT (attachment_id, part, scope_id, key_version, body) ON ct.file_part TO ct_member",
    "GRANT SELECT, INSERT (id, kind, owner) ON ct.scope TO ct_member",
    "GRANT SELECT, INSERT (scope_id, version, member_id, sealed, granted_by), DELETE ON ct.scope_key"
    " TO ct_member",
    "GRANT SELECT, INSERT ON ct.person_case TO ct_member",
    "GRANT SELECT ON ct.member, ct.team TO ct_member",
]


@dataclass
class InitResult:
    """What `server_init` did: `created` names what was missing (empty when everything was there), and
    `recovery_private` is the recovery key made on the first run (None on every later run)."""

    created: list[str] = field(default_factory=list)
    recovery_private: bytes | None = None


def server_init(admin_dsn: str, keep_recovery_key: Callable[[bytes], None] | None = None) -> InitResult:
    """Create or complete the team's schema, roles, functions, policies and keys, in one transaction.
    A recovery key made now is given to `keep_recovery_key` before that transaction commits: if keeping
    it fails, nothing is stored on the server either, so no team exists whose recovery key was lost."""
    result = InitResult()
    with connect(admin_dsn, admin=True) as connection:
        _roles(connection, result)
        _schema(connection, result)
        _policies(connection, result)
        _keys(connection, result)
        if result.recovery_private is not None and keep_recovery_key is not None:
            keep_recovery_key(result.recovery_private)
    return result


def _roles(connection: Connection, result: InitResult) -> None:
    """The group roles, which are the cluster's and may exist already for another database."""
    for role, parent in (("ct_member", None), *((f"ct_{name}", "ct_member") for name in ROLES)):
        if not _exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = %s", role):
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            result.created.append(f"role {role}")
        if parent and not _exists(connection, _MEMBERSHIP, role, parent):
            connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(parent), sql.Identifier(role)))
            result.created.append(f"role {role} in {parent}")


_MEMBERSHIP = """SELECT 1 FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.member
    JOIN pg_roles g ON g.oid = a.roleid WHERE r.rolname = %s AND g.rolname = %s"""


def _schema(connection: Connection, result: InitResult) -> None:
    database = sql.Identifier(connection.info.dbname)
    connection.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
    connection.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO ct_member").format(database))
    if not _exists(connection, "SELECT 1 FROM pg_namespace WHERE nspname = 'ct'"):
        connection.execute("CREATE SCHEMA ct")
        result.created.append("schema ct")
    connection.execute("REVOKE ALL ON SCHEMA ct FROM PUBLIC")
    connection.execute("GRANT USAGE ON SCHEMA ct TO ct_member")
    _functions(connection)  # before the tables: their defaults call ct.me() and ct.my_role()
    for table, columns in TABLES.items():
        if not _exists(connection, _TABLE, table):
            connection.execute(f"CREATE TABLE ct.{table} {columns}")
            result.created.append(f"table ct.{table}")
        connection.execute(f"ALTER TABLE ct.{table} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY")
        connection.execute(f"REVOKE ALL ON ct.{table} FROM PUBLIC")
    for index, columns in INDEXES.items():
        if not _exists(connection, _INDEX, index):
            connection.execute(f"CREATE INDEX {index} ON {columns}")
            result.created.append(f"index ct.{index}")
    for grant in GRANTS:
        connection.execute(grant)


def _functions(connection: Connection) -> None:
    """Every function, replaced by its current text (the same text changes nothing). Functions that
    read tables not made yet are checked only when first called."""
    connection.execute("SET LOCAL check_function_bodies = off")
    for signature, body in FUNCTIONS.items():
        connection.execute(
            f"CREATE OR REPLACE FUNCTION ct.{signature} LANGUAGE sql STABLE SECURITY DEFINER "
            f"SET search_path = ct, pg_temp AS $$ {body.strip()} $$"
        )
    connection.execute(JOIN)
    connection.execute(PUSH_OPS)
    pushing = "push_ops(op_ids uuid[], scope_ids uuid[], key_versions int[], bodies bytea[]) RETURNS int"
    for signature in (*FUNCTIONS, "join(box_public bytea) RETURNS void", pushing):
        name = signature.split(" RETURNS")[0]
        connection.execute(f"REVOKE ALL ON FUNCTION ct.{name} FROM PUBLIC")
        connection.execute(f"GRANT EXECUTE ON FUNCTION ct.{name} TO ct_member")
    connection.execute("SET LOCAL check_function_bodies = on")


def _policies(connection: Connection, result: InitResult) -> None:
    admin = connection.info.user
    admin_policies = [(table, "admin_all", "ALL", admin, "true", "true") for table in TABLES]
    for table, name, command, role, using, check in [*admin_policies, *POLICIES]:
        if _exists(connection, _POLICY, table, name):
            continue
        statement = sql.SQL("CREATE POLICY {} ON {} FOR {} TO {}").format(
            sql.Identifier(name), sql.Identifier("ct", table), sql.SQL(command), sql.Identifier(role)
        )
        if using:
            statement += sql.SQL(" USING ({})").format(sql.SQL(using))
        if check:
            statement += sql.SQL(" WITH CHECK ({})").format(sql.SQL(check))
        connection.execute(statement)
        result.created.append(f"policy {name} on ct.{table}")


_INDEX = "SELECT 1 FROM pg_indexes WHERE schemaname = 'ct' AND indexname = %s"
_TABLE = "SELECT 1 FROM pg_tables WHERE schemaname = 'ct' AND tablename = %s"
_POLICY = "SELECT 1 FROM pg_policies WHERE schemaname = 'ct' AND tablename = %s AND policyname = %s"


def _keys(connection: Connection, result: InitResult) -> None:
    """On the first run, the recovery key pair and the team key; later runs find them and make none."""
    has_team = _exists(connection, "SELECT 1 FROM ct.team")
    has_secret = _exists(connection, "SELECT 1 FROM ct.team_secret")
    if has_team and has_secret:
        return
    if has_team or has_secret:
        raise TeamServerError("team_key_lost")
    recovery, team_key = crypto.new_key_pair(), crypto.new_secret_key()
    public = bytes(recovery.public_key)
    connection.execute("INSERT INTO ct.team (id, recovery_public) VALUES (1, %s)", (public,))
    connection.execute(
        "INSERT INTO ct.team_secret (id, team_key, team_key_for_recovery) VALUES (1, %s, %s)",
        (team_key, crypto.seal_for(public, team_key)),
    )
    connection.execute(
        "INSERT INTO ct.member (id, login, role, box_public, name_sealed)"
        " VALUES (%s, NULL, 'recovery', %s, %s)",
        (uuid4(), public, crypto.secret_seal(team_key, RECOVERY_NAME)),
    )
    result.created += ["recovery key", "team key"]
    result.recovery_private = bytes(recovery)


def _exists(connection: Connection, query: str, *params: object) -> bool:
    return connection.execute(query, params).fetchone() is not None
