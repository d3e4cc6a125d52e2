"""A small MQTT 3.1.1 / 5.0 client on a raw socket, for conformance tests.

Unlike a client library it hides nothing: every packet the broker sends is seen (DUP, packet
ids, topic aliases, properties in their order, DISCONNECT reason codes), and acknowledgements
can be held back. Only the standard library is used.
"""
import socket
import struct
import time

CONNECT, CONNACK, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP = 1, 2, 3, 4, 5, 6, 7
SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK, PINGREQ, PINGRESP, DISCONNECT, AUTH = range(8, 16)
PACKET_NAMES = {
    1: "CONNECT", 2: "CONNACK", 3: "PUBLISH", 4: "PUBACK", 5: "PUBREC", 6: "PUBREL",
    7: "PUBCOMP", 8: "SUBSCRIBE", 9: "SUBACK", 10: "UNSUBSCRIBE", 11: "UNSUBACK",
    12: "PINGREQ", 13: "PINGRESP", 14: "DISCONNECT", 15: "AUTH",
}

# MQTT 5 properties: name -> (identifier, type)
PROPERTIES = {
    "PayloadFormatIndicator": (1, "byte"),
    "MessageExpiryInterval": (2, "int4"),
    "ContentType": (3, "str"),
    "ResponseTopic": (8, "str"),
    "CorrelationData": (9, "bin"),
    "SubscriptionIdentifier": (11, "varint"),
    "SessionExpiryInterval": (17, "int4"),
    "AssignedClientIdentifier": (18, "str"),
    "ServerKeepAlive": (19, "int2"),
    "AuthenticationMethod": (21, "str"),
    "AuthenticationData": (22, "bin"),
    "RequestProblemInformation": (23, "byte"),
    "WillDelayInterval": (24, "int4"),
    "RequestResponseInformation": (25, "byte"),
    "ResponseInformation": (26, "str"),
    "ServerReference": (28, "str"),
    "ReasonString": (31, "str"),
    "ReceiveMaximum": (33, "int2"),
    "TopicAliasMaximum": (34, "int2"),
    "TopicAlias": (35, "int2"),
    "MaximumQoS": (36, "byte"),
    "RetainAvailable": (37, "byte"),
    "UserProperty": (38, "pair"),
    "MaximumPacketSize": (39, "int4"),
    "WildcardSubscriptionAvailable": (40, "byte"),
    "SubscriptionIdentifierAvailable": (41, "byte"),
    "SharedSubscriptionAvailable": (42, "byte"),
}
_BY_ID = {ident: (name, kind) for name, (ident, kind) in PROPERTIES.items()}


class ProtocolError(Exception):
    pass


def varint(n):
    out = bytearray()
    while True:
        byte = n % 128
        n //= 128
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def utf8(s):
    b = s.encode("utf-8") if isinstance(s, str) else bytes(s)
    return struct.pack("!H", len(b)) + b


def encode_properties(props):
    """props: list of (name, value) in wire order; UserProperty values are (key, value)."""
    out = bytearray()
    for name, value in props or []:
        ident, kind = PROPERTIES[name]
        out += varint(ident)
        if kind == "byte":
            out.append(value)
        elif kind == "int2":
            out += struct.pack("!H", value)
        elif kind == "int4":
            out += struct.pack("!I", value)
        elif kind == "varint":
            out += varint(value)
        elif kind in ("str", "bin"):
            out += utf8(value)
        elif kind == "pair":
            out += utf8(value[0]) + utf8(value[1])
    return varint(len(out)) + bytes(out)


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def remaining(self):
        return len(self.data) - self.pos

    def byte(self):
        if self.pos >= len(self.data):
            raise ProtocolError("packet too short")
        self.pos += 1
        return self.data[self.pos - 1]

    def int2(self):
        return (self.byte() << 8) | self.byte()

    def int4(self):
        return (self.int2() << 16) | self.int2()

    def varint(self):
        value, mult = 0, 1
        for _ in range(4):
            b = self.byte()
            value += (b & 0x7F) * mult
            if not b & 0x80:
                return value
            mult *= 128
        raise ProtocolError("malformed variable byte integer")

    def binary(self):
        n = self.int2()
        if self.remaining() < n:
            raise ProtocolError("string past the end of the packet")
        self.pos += n
        return bytes(self.data[self.pos - n:self.pos])

    def string(self):
        return self.binary().decode("utf-8")

    def rest(self):
        out = bytes(self.data[self.pos:])
        self.pos = len(self.data)
        return out

    def properties(self):
        length = self.varint()
        end = self.pos + length
        props = []
        while self.pos < end:
            ident = self.varint()
            if ident not in _BY_ID:
                raise ProtocolError("unknown property %d" % ident)
            name, kind = _BY_ID[ident]
            if kind == "byte":
                value = self.byte()
            elif kind == "int2":
                value = self.int2()
            elif kind == "int4":
                value = self.int4()
            elif kind == "varint":
                value = self.varint()
            elif kind == "str":
                value = self.string()
            elif kind == "bin":
                value = self.binary()
            else:
                value = (self.string(), self.string())
            props.append((name, value))
        if self.pos != end:
            raise ProtocolError("properties overrun")
        return props


def prop(props, name, default=None):
    for n, v in props or []:
        if n == name:
            return v
    return default


def props_all(props, name):
    return [v for n, v in props or [] if n == name]


class Message:
    """A PUBLISH received from the broker (topic already resolved from a topic alias)."""

    def __init__(self, topic, payload, qos, retain, dup, pid, props, alias, wire_topic):
        self.topic, self.payload, self.qos, self.retain, self.dup = topic, payload, qos, retain, dup
        self.pid, self.props, self.alias, self.wire_topic = pid, props, alias, wire_topic
        self.received_at = time.monotonic()

    def __repr__(self):
        return "Message(%s %r q%d r%d d%d id%s %s)" % (self.topic, self.payload[:40], self.qos,
                                                      self.retain, self.dup, self.pid, self.props)


class Client:
    """One network connection. Packets are read on demand (pump/wait/expect)."""

    TIMEOUT = 10.0

    def __init__(self, port, version=4, host="127.0.0.1"):
        self.version = version
        self.v5 = version == 5
        self.sock = socket.create_connection((host, port), timeout=5)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = bytearray()
        self.closed = False
        self.closed_at = None
        self.auto_ack = True
        self.messages = []        # every PUBLISH received, in order
        self.packets = []         # everything else, in order (type, flags, body)
        self.disconnect_reason = None  # reason code of a DISCONNECT from the server
        self.next_pid = 0
        self.inbound_aliases = {}
        self.topic_alias_maximum = 0   # what we announced in CONNECT
        self.alias_errors = []
        self.held = []            # PUBLISH (QoS > 0) not acknowledged while auto_ack is off
        self.connack = None

    # ---- low level ----
    def send_packet(self, ptype, flags, body):
        data = bytes([(ptype << 4) | flags]) + varint(len(body)) + bytes(body)
        try:
            self.sock.sendall(data)
        except OSError:
            self._mark_closed()

    def _mark_closed(self):
        if not self.closed:
            self.closed = True
            self.closed_at = time.monotonic()

    def _parse_one(self):
        if len(self.buf) < 2:
            return None
        length, mult, i = 0, 1, 1
        while True:
            if i >= len(self.buf):
                return None
            b = self.buf[i]
            length += (b & 0x7F) * mult
            mult *= 128
            i += 1
            if not b & 0x80:
                break
            if i > 4:
                raise ProtocolError("malformed remaining length")
        if len(self.buf) < i + length:
            return None
        header = self.buf[0]
        body = bytes(self.buf[i:i + length])
        del self.buf[:i + length]
        return header >> 4, header & 0x0F, body

    def pump(self, timeout):
        """Reads and handles at most one packet; False on timeout or closed connection."""
        deadline = time.monotonic() + timeout
        while True:
            packet = self._parse_one()
            if packet:
                self._handle(*packet)
                return True
            if self.closed:
                return False
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                return False
            except OSError:
                data = b""
            if not data:
                self._mark_closed()
                continue
            self.buf += data

    def _handle(self, ptype, flags, body):
        if ptype == PUBLISH:
            msg = self._decode_publish(flags, body)
            self.messages.append(msg)
            if msg.qos and not self.auto_ack:
                self.held.append(msg)
            elif msg.qos:
                self.ack(msg)
            return
        if ptype == PUBREL and self.auto_ack:
            self.send_packet(PUBCOMP, 0, body[:2])
        if ptype == DISCONNECT:
            self.disconnect_reason = body[0] if body else 0
        self.packets.append((ptype, flags, body))

    def _decode_publish(self, flags, body):
        r = Reader(body)
        qos = (flags >> 1) & 3
        wire_topic = r.string()
        pid = r.int2() if qos else None
        props = r.properties() if self.v5 else []
        payload = r.rest()
        topic = wire_topic
        alias = prop(props, "TopicAlias")
        if alias is not None:
            if alias == 0 or alias > self.topic_alias_maximum:
                self.alias_errors.append("topic alias %d beyond our maximum %d" %
                                         (alias, self.topic_alias_maximum))
            if wire_topic:
                self.inbound_aliases[alias] = wire_topic
            elif alias in self.inbound_aliases:
                topic = self.inbound_aliases[alias]
            else:
                self.alias_errors.append("unknown topic alias %d" % alias)
        return Message(topic, payload, qos, flags & 1, (flags >> 3) & 1, pid, props, alias,
                       wire_topic)

    def ack(self, msg, reason=None):
        body = struct.pack("!H", msg.pid)
        if reason is not None:
            body += bytes([reason])
        self.send_packet(PUBACK if msg.qos == 1 else PUBREC, 0, body)

    def release_held(self):
        """Acknowledges every held PUBLISH and acknowledges from now on."""
        self.auto_ack = True
        for msg in self.held:
            self.ack(msg)
        self.held = []
        for ptype, _f, body in list(self.packets):
            if ptype == PUBREL:
                self.send_packet(PUBCOMP, 0, body[:2])
                self.packets.remove((ptype, _f, body))

    def wait(self, predicate, timeout=None):
        deadline = time.monotonic() + (timeout if timeout is not None else self.TIMEOUT)
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0 or not self.pump(left):
                if predicate():
                    return True
                if self.closed or time.monotonic() >= deadline:
                    return False
        return True

    def wait_messages(self, n, timeout=None):
        return self.wait(lambda: len(self.messages) >= n, timeout)

    def wait_payload(self, payload, timeout=None):
        return self.wait(lambda: any(m.payload == payload for m in self.messages), timeout)

    def idle(self, seconds):
        """Reads whatever arrives during the given time (for checks that something does NOT
        happen where no marker can be used)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.closed:
            self.pump(deadline - time.monotonic())

    def expect(self, ptype, timeout=None):
        """Waits for the next packet of that type (PUBLISHes meanwhile are collected)."""
        def found():
            return any(p[0] == ptype for p in self.packets)
        if not self.wait(found, timeout):
            got = ", ".join(PACKET_NAMES[p[0]] for p in self.packets) or "nothing"
            state = "connection closed" if self.closed else "timeout"
            raise ProtocolError("no %s (%s; other packets: %s)" % (PACKET_NAMES[ptype], state,
                                                                   got))
        for i, p in enumerate(self.packets):
            if p[0] == ptype:
                del self.packets[i]
                return p

    def wait_closed(self, timeout=None):
        return self.wait(lambda: self.closed, timeout)

    def pid(self):
        self.next_pid = self.next_pid % 65535 + 1
        return self.next_pid

    # ---- packets ----
    def connect(self, client_id, clean=True, keepalive=60, will=None, props=None,
                username=None, password=None, check=True):
        """will: dict(topic, payload, qos=0, retain=False, props=[]). Returns the CONNACK as
        dict(session_present, rc, props); raises unless rc == 0 when check is set."""
        flags = (0x02 if clean else 0)
        if will:
            flags |= 0x04 | (will.get("qos", 0) << 3) | (0x20 if will.get("retain") else 0)
        if username is not None:
            flags |= 0x80
        if password is not None:
            flags |= 0x40
        body = utf8("MQTT") + bytes([self.version, flags]) + struct.pack("!H", keepalive)
        if self.v5:
            body += encode_properties(props)
            self.topic_alias_maximum = prop(props, "TopicAliasMaximum", 0)
        body += utf8(client_id)
        if will:
            if self.v5:
                body += encode_properties(will.get("props"))
            body += utf8(will["topic"]) + utf8(will["payload"])
        if username is not None:
            body += utf8(username)
        if password is not None:
            body += utf8(password)
        self.send_packet(CONNECT, 0, body)
        _t, _f, ack = self.expect(CONNACK)
        r = Reader(ack)
        result = {"session_present": r.byte() & 1, "rc": r.byte()}
        result["props"] = r.properties() if self.v5 and r.remaining() else []
        self.connack = result
        if check and result["rc"] != 0:
            raise ProtocolError("CONNACK refused: 0x%02x" % result["rc"])
        return result

    def subscribe(self, topics, props=None):
        """topics: list of (filter, qos) or (filter, dict(qos, nl, rap, rh)). Returns the
        SUBACK's reason codes."""
        pid = self.pid()
        body = struct.pack("!H", pid)
        if self.v5:
            body += encode_properties(props)
        for flt, opts in topics:
            if isinstance(opts, int):
                opts = {"qos": opts}
            byte = opts.get("qos", 0) | (opts.get("nl", 0) << 2) | (opts.get("rap", 0) << 3) | \
                (opts.get("rh", 0) << 4)
            body += utf8(flt) + bytes([byte])
        self.send_packet(SUBSCRIBE, 2, body)
        _t, _f, ack = self.expect(SUBACK)
        r = Reader(ack)
        if r.int2() != pid:
            raise ProtocolError("SUBACK for another packet id")
        if self.v5:
            r.properties()
        return list(r.rest())

    def unsubscribe(self, filters):
        pid = self.pid()
        body = struct.pack("!H", pid)
        if self.v5:
            body += encode_properties([])
        for flt in filters:
            body += utf8(flt)
        self.send_packet(UNSUBSCRIBE, 2, body)
        _t, _f, ack = self.expect(UNSUBACK)
        r = Reader(ack)
        if r.int2() != pid:
            raise ProtocolError("UNSUBACK for another packet id")
        if self.v5:
            r.properties()
            return list(r.rest())
        return []

    def publish(self, topic, payload, qos=0, retain=False, props=None, wait=True, pid=None,
                dup=False):
        """Sends PUBLISH; with wait, completes the QoS 1/2 flow and returns the broker's
        reason code (PUBACK or PUBREC)."""
        if isinstance(payload, str):
            payload = payload.encode()
        body = utf8(topic)
        if qos:
            pid = pid or self.pid()
            body += struct.pack("!H", pid)
        if self.v5:
            body += encode_properties(props)
        body += payload
        self.send_packet(PUBLISH, (dup << 3) | (qos << 1) | (1 if retain else 0), body)
        if not qos or not wait:
            return pid
        if qos == 1:
            _t, _f, ack = self.expect(PUBACK)
            return ack[2] if len(ack) > 2 else 0
        _t, _f, ack = self.expect(PUBREC)
        rc = ack[2] if len(ack) > 2 else 0
        if rc < 0x80:
            self.send_packet(PUBREL, 2, struct.pack("!H", pid))
            self.expect(PUBCOMP)
        return rc

    def disconnect(self, reason=0, props=None):
        """A normal DISCONNECT, then waits until the broker has closed the connection (so that
        the DISCONNECT has been processed when this returns)."""
        body = b""
        if self.v5 and (reason or props):
            body = bytes([reason]) + encode_properties(props)
        self.send_packet(DISCONNECT, 0, body)
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.wait_closed(5)
        self.close()

    def terminate(self):
        """Closes the socket without DISCONNECT (an abnormal end for the broker)."""
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.close()

    def close(self):
        self._mark_closed()
        try:
            self.sock.close()
        except OSError:
            pass
