"""A throwaway PostgreSQL cluster with TLS on the loopback, for the team-mode tests.

The cluster lives in a private temporary folder for one test session: a CA and a server certificate for
127.0.0.1 and localhost made here, a second CA that signed nothing (for the wrong-certificate test),
scram-sha-256 passwords over TLS only, and a Unix socket in the folder for the superuser's setup.
PostgreSQL refuses to run as root, so under root the cluster runs as the `postgres` user.

Without PostgreSQL's binaries (15 or newer) the tests that need it are skipped, or fail when
CASETRACKER_REQUIRE_POSTGRES=1 (as in CI).
"""

import datetime
import ipaddress
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SUPERUSER = "postgres"
AS_ROOT = os.geteuid() == 0


def newest_binaries() -> Path | None:
    """The bin folder of the newest PostgreSQL installed the Debian way, if 15 or newer."""
    found = [path for path in Path("/usr/lib/postgresql").glob("*/bin") if path.parent.name.isdigit()]
    found = [path for path in found if int(path.parent.name) >= 15 and (path / "initdb").is_file()]
    return max(found, key=lambda path: int(path.parent.name), default=None)


@dataclass
class Cluster:
    bin: Path
    folder: Path
    port: int
    host: str = "127.0.0.1"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def ca(self) -> Path:
        return self.folder / "ca.pem"

    @property
    def wrong_ca(self) -> Path:
        return self.folder / "wrong-ca.pem"

    def run_tool(self, tool: str, *arguments: str) -> None:
        command = [str(self.bin / tool), *arguments]
        if AS_ROOT:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, cwd=self.folder, capture_output=True, timeout=120)

    def start(self) -> None:
        self.run_tool("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run_tool("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def sql(self, query: str, params: tuple = (), dbname: str = "postgres") -> list[tuple]:
        """Run `query` as the superuser over the Unix socket; its rows (none for a command)."""
        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname=dbname, autocommit=True
        ) as connection:
            cursor = connection.execute(query, params)
            return cursor.fetchall() if cursor.description else []

    def dsn(self, login: str, password: str, dbname: str, ca: Path | None = None) -> str:
        root = quote(str(ca or self.ca))
        return (
            f"postgresql://{login}:{quote(password)}@{self.host}:{self.port}/{dbname}"
            f"?sslmode=verify-full&sslrootcert={root}"
        )


def make_cluster() -> Cluster:
    binaries = newest_binaries()
    if binaries is None:
        reason = "PostgreSQL 15 or newer is not installed (Debian package postgresql)"
        if os.environ.get("CASETRACKER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="casetracker-pg-"))
    cluster = Cluster(binaries, folder, _free_port())
    cluster.socket_dir.mkdir(mode=0o700)
    _write_certificates(folder)
    if AS_ROOT:
        shutil.chown(folder, "postgres", "postgres")
        for path in folder.iterdir():
            shutil.chown(path, "postgres", "postgres")
    _initdb(cluster)
    cluster.start()
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    try:
        cluster.stop("immediate")
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)


def _initdb(cluster: Cluster) -> None:
    cluster.run_tool(
        "initdb", "-D", str(cluster.data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C",
        "--auth-local=trust", "--auth-host=scram-sha-256",
    )  # fmt: skip
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "port": str(cluster.port),
        "unix_socket_directories": f"'{cluster.socket_dir}'",
        "ssl": "on",
        "ssl_cert_file": f"'{cluster.folder / 'server.crt'}'",
        "ssl_key_file": f"'{cluster.folder / 'server.key'}'",
        "password_encryption": "'scram-sha-256'",
        "fsync": "off",  # a throwaway cluster: speed over durability
        "max_connections": "60",
    }
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
    # Only the socket (trusted, for setup) and TLS with passwords: no plain TCP at all.
    (cluster.data / "pg_hba.conf").write_text(
        "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- certificates -----------------------------------------------------------------------------------


def _write_certificates(folder: Path) -> None:
    ca_key, ca_cert = _certificate_authority("Casetracker test CA")
    _, wrong_cert = _certificate_authority("Some other CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    server_cert = (
        _builder("localhost", server_key, ca_cert.subject)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    (folder / "wrong-ca.pem").write_bytes(wrong_cert.public_bytes(serialization.Encoding.PEM))
    (folder / "server.crt").write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    key_file = folder / "server.key"
    key_file.touch(mode=0o600)
    key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


def _certificate_authority(name: str):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (
        _builder(name, key, subject)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def _builder(name: str, key, issuer: x509.Name) -> x509.CertificateBuilder:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
    )


# --- fixtures (imported by tests/conftest.py, so every folder's tests share one cluster) ------------------


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = make_cluster()
    yield cluster
    remove_cluster(cluster)


@pytest.fixture
def team_db(pg_cluster: Cluster) -> str:
    return new_team_db(pg_cluster)


def new_team_db(cluster: Cluster) -> str:
    """A fresh database owned by a fresh admin login (CREATEROLE, a password): its admin DSN over TLS."""
    name = f"team_{secrets.token_hex(6)}"
    admin, password = f"admin_{secrets.token_hex(6)}", secrets.token_urlsafe(18)
    cluster.sql(f"CREATE ROLE {admin} LOGIN CREATEROLE PASSWORD '{password}'")
    cluster.sql(f"CREATE DATABASE {name} OWNER {admin}")
    return cluster.dsn(admin, password, name)
