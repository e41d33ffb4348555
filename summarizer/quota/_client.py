"""Who a visitor is, for the per-visitor limits: their browser session and their IP address.

The IP address is the TCP peer's, unless the peer is a trusted proxy
(``SUMMARIZER_TRUSTED_PROXIES``, addresses or CIDR ranges): then ``X-Forwarded-For`` is read from
the right, past every trusted proxy, and the first address not trusted is the visitor's. Whatever
a visitor writes into the header themselves lies left of that and is never believed. IPv6
addresses count by their /64 network, which one subscriber usually holds whole.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
IPV6_PREFIX = 64


@dataclass(frozen=True)
class Client:
    """One visitor: the page's session id (None on the API) and the IP address (None if unknown)."""

    session: str | None
    ip: str | None

    @property
    def identities(self) -> tuple[str, ...]:
        """What a run counts against: the address and the session, each with the whole allowance,
        so five tabs from one address share one allowance."""
        found = []
        if self.ip:
            found.append(f"ip:{self.ip}")
        if self.session:
            found.append(f"session:{self.session}")
        return tuple(found) or ("unknown",)


def trusted_networks(entries: Iterable[str]) -> tuple[Network, ...]:
    """The ranges of ``SUMMARIZER_TRUSTED_PROXIES`` (checked by the settings)."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def client_for(
    session_id: str | None,
    peer_ip: str | None,
    forwarded_for: str | None,
    trusted_proxies: Sequence[str] | Sequence[Network],
) -> Client:
    """The visitor behind a connection from ``peer_ip`` carrying ``forwarded_for``
    (``X-Forwarded-For``, several headers joined by commas)."""
    networks = tuple(
        item if isinstance(item, ipaddress.IPv4Network | ipaddress.IPv6Network)
        else ipaddress.ip_network(str(item).strip(), strict=False)
        for item in trusted_proxies
    )  # fmt: skip
    peer = _address(peer_ip)
    if peer is None:
        return Client(session_id, None)
    hops = [part.strip() for part in (forwarded_for or "").split(",") if part.strip()]
    visitor = peer
    while _trusted(visitor, networks) and hops:
        previous = _address(hops.pop())
        if previous is None:  # not an address: stop at the proxy that reported it
            break
        visitor = previous
    return Client(session_id, _counted(visitor))


def _address(text: str | None) -> Address | None:
    if not text:
        return None
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    try:
        address = ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def _trusted(address: Address, networks: tuple[Network, ...]) -> bool:
    return any(address.version == net.version and address in net for net in networks)


def _counted(address: Address) -> str:
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False))
    return str(address)
