"""A TCP proxy on the loopback that forwards a connection untouched (TLS passes through it as bytes)
and can cut the next one after a number of bytes in either direction, as a network failing mid-sync.

A cut drops the laptop's side at once; the server's side is told the connection ended (after what was
forwarded before the cut, as a server would see a laptop vanish). Each connection's traffic is written
down as the running byte counts at the end of each chunk read, so a test can cut at every point of a
conversation it recorded once.
"""

import contextlib
import socket
import threading
from dataclasses import dataclass, field

UP, DOWN = "up", "down"  # laptop → server, server → laptop


@dataclass
class Traffic:
    """One connection: the byte count at the end of each chunk, in each direction, and whether it was cut."""

    marks: dict[str, list[int]] = field(default_factory=lambda: {UP: [], DOWN: []})
    sent: dict[str, int] = field(default_factory=lambda: {UP: 0, DOWN: 0})
    cut: bool = False


class CuttingProxy:
    def __init__(self, target_port: int, host: str = "127.0.0.1") -> None:
        self.host, self.target_port = host, target_port
        self.listener = socket.create_server((host, 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[Traffic] = []
        self._cut_next: tuple[str, int] | None = None
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_next(self, direction: str, after: int) -> None:
        """Cut the next connection once `after` bytes went in `direction` (the rest of that chunk is lost)."""
        self._cut_next = (direction, after)

    def close(self) -> None:
        self._closed = True
        self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                laptop, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection((self.host, self.target_port))
            traffic, cut, self._cut_next = Traffic(), self._cut_next, None
            self.connections.append(traffic)
            link = _Link(laptop, server, traffic, cut, self._lock)
            threading.Thread(target=link.pump, args=(UP,), daemon=True).start()
            threading.Thread(target=link.pump, args=(DOWN,), daemon=True).start()


class _Link:
    def __init__(self, laptop, server, traffic: Traffic, cut: tuple[str, int] | None, lock) -> None:
        self.sockets = {UP: (laptop, server), DOWN: (server, laptop)}
        self.laptop, self.server = laptop, server
        self.traffic, self.cut, self.lock = traffic, cut, lock
        self.sent = traffic.sent

    def pump(self, direction: str) -> None:
        source, target = self.sockets[direction]
        while True:
            try:
                chunk = source.recv(65536)
            except OSError:
                chunk = b""
            if self.traffic.cut:
                if direction == DOWN and chunk:
                    continue  # the server's answers after the cut go nowhere
                break
            if not chunk:
                _close_writing(target)
                break
            limit = self._limit(direction, len(chunk))
            try:
                target.sendall(chunk[:limit])
            except OSError:
                break
            self.sent[direction] += limit
            self.traffic.marks[direction].append(self.sent[direction])
            if limit < len(chunk) or self._due(direction):
                with self.lock:
                    self._cut_now()
                if direction == UP:
                    break
        if direction == DOWN:
            self.server.close()
            self.laptop.close()

    def _limit(self, direction: str, size: int) -> int:
        if self.cut is None or self.cut[0] != direction:
            return size
        return max(0, min(size, self.cut[1] - self.sent[direction]))

    def _due(self, direction: str) -> bool:
        return self.cut is not None and self.cut[0] == direction and self.sent[direction] >= self.cut[1]

    def _cut_now(self) -> None:
        """The laptop loses the connection; the server reads what was forwarded, then the end of it."""
        self.traffic.cut = True
        with contextlib.suppress(OSError):
            self.laptop.shutdown(socket.SHUT_RDWR)
        self.laptop.close()
        _close_writing(self.server)


def _close_writing(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
