#!/usr/bin/python3
"""Broker conformance in the manner of the Eclipse Paho interoperability suites
(paho.mqtt.testing: client_test.py for MQTT 3.1.1, client_test5.py for MQTT 5), re-created:
the same scenarios, run over raw sockets against our broker AND a real Mosquitto side by side.

    conformance.py --ours <mqtt-workbench> [--mosquitto <mosquitto>] [-k SUBSTRING] [-v]

Every scenario runs against fresh brokers started on free ports. Exit code 0 when our broker
passes every scenario (Mosquitto's results are printed for reference: a scenario failing on
Mosquitto too is flagged, as it may expect more than the specification asks).
"""
import argparse
import concurrent.futures
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mqttwire import (DISCONNECT, PUBREL, Client, ProtocolError, prop,  # noqa: E402
                      props_all)

SCENARIOS = []


class Failure(Exception):
    pass


class Skip(Exception):
    pass


def check(condition, what, ref=None):
    if not condition:
        raise Failure(what + (" " + ref if ref else ""))


def scenario(name, versions=(4, 5), broker="default"):
    def register(fn):
        for v in versions:
            SCENARIOS.append(("%s:%s" % ("v311" if v == 4 else "v5", name), fn, v, broker))
        return fn
    return register


class Context:
    def __init__(self, port, version, root, index):
        self.port, self.version, self.v5, self.root = port, version, version == 5, root
        self.index = index
        self.clients = []
        self.notes = []

    def client(self, version=None):
        c = Client(self.port, version or self.version)
        self.clients.append(c)
        return c

    def connected(self, name, clean=True, expiry=None, **kw):
        """A connected client. With 'expiry' the session outlives the connection: MQTT 5 sends
        it as the Session Expiry Interval, MQTT 3.1.1 connects with clean session 0 ('clean'
        then only means "a new session": a fresh client id is used)."""
        c = self.client()
        props = list(kw.pop("props", []))
        if self.v5 and expiry is not None:
            props.append(("SessionExpiryInterval", expiry))
        if not self.v5 and expiry:
            clean = False
        c.connect(self.cid(name), clean=clean, props=props, **kw)
        return c

    def note(self, text):
        self.notes.append(text)

    def session_props(self, expiry=300):
        return [("SessionExpiryInterval", expiry)] if self.v5 else []

    def t(self, topic):
        return self.root + "/" + topic

    def cid(self, name):
        return "c%d%s-%s" % (self.index, "v5" if self.v5 else "", name)

    def close(self):
        for c in self.clients:
            c.close()


# ---------------------------------------------------------------- both protocol versions

@scenario("basic")
def basic(ctx):
    a = ctx.connected("basic")
    check(a.connack["session_present"] == 0, "session present with clean session",
          "[MQTT-3.2.2-1]")
    check(a.subscribe([(ctx.t("TopicA"), 2)]) == [2], "SUBACK grants QoS 2", "[MQTT-3.8.4-1]")
    for qos in (0, 1, 2):
        rc = a.publish(ctx.t("TopicA"), b"qos %d" % qos, qos)
        check(not rc, "publish QoS %d accepted (rc %s)" % (qos, rc))
    check(a.wait_messages(3), "three messages back, got %d" % len(a.messages))
    got = sorted((m.payload, m.qos) for m in a.messages)
    check(got == [(b"qos 0", 0), (b"qos 1", 1), (b"qos 2", 2)],
          "payloads and QoS as published: %s" % got, "[MQTT-3.8.4-6]")
    a.disconnect()


@scenario("retained_messages")
def retained_messages(ctx):
    a = ctx.connected("retain")
    a.subscribe([(ctx.t("live/#"), 2)])
    # established subscription: RETAIN cleared on normal delivery (3.1.1 always; 5 unless
    # retain-as-published)
    a.publish(ctx.t("live/x"), b"live", 1, retain=True)
    check(a.wait_payload(b"live"), "retained publish delivered to an existing subscriber")
    check(a.messages[-1].retain == 0, "RETAIN 0 on delivery to an established subscription",
          "[MQTT-3.3.1-9]" if not ctx.v5 else "[MQTT-3.3.1-12]")
    a.publish(ctx.t("TopicA/B"), b"qos 0", 0, retain=True)
    a.publish(ctx.t("Topic/C"), b"qos 1", 1, retain=True)
    a.publish(ctx.t("TopicA/C"), b"qos 2", 2, retain=True)
    b = ctx.connected("retain-b")
    b.subscribe([(ctx.t("+/+"), 2)])
    check(b.wait_messages(4), "4 retained messages on wildcard subscribe, got %d" %
          len(b.messages), "[MQTT-3.3.1-6]")
    got = sorted((m.topic, m.payload, m.qos, m.retain) for m in b.messages)
    want = sorted([(ctx.t("TopicA/B"), b"qos 0", 0, 1), (ctx.t("Topic/C"), b"qos 1", 1, 1),
                   (ctx.t("TopicA/C"), b"qos 2", 2, 1), (ctx.t("live/x"), b"live", 1, 1)])
    check(got == want, "retained messages with RETAIN 1 and their QoS: %s" % got,
          "[MQTT-3.3.1-8]")
    # clear them: a zero-byte retained message removes the retained message
    for topic in ("TopicA/B", "Topic/C", "TopicA/C", "live/x"):
        a.publish(ctx.t(topic), b"", 1, retain=True)
    check(a.wait(lambda: any(m.topic == ctx.t("live/x") and m.payload == b""
                             for m in a.messages)),
          "zero-byte retained message delivered normally to existing subscribers",
          "[MQTT-3.3.1-10]" if not ctx.v5 else "3.3.1.3")
    c = ctx.connected("retain-c")
    c.subscribe([(ctx.t("+/+"), 2), (ctx.t("live/#"), 2)])
    c.publish(ctx.t("mark/er"), b"marker", 1)
    check(c.wait_payload(b"marker"), "marker delivered")
    check([m.payload for m in c.messages] == [b"marker"],
          "cleared retained messages not delivered: %s" % c.messages,
          "[MQTT-3.3.1-10]" if not ctx.v5 else "[MQTT-3.3.1-6]")
    a.disconnect()
    b.disconnect()
    c.disconnect()


@scenario("zero_length_clientid")
def zero_length_clientid(ctx):
    if not ctx.v5:
        a = ctx.client()
        ack = a.connect("", clean=False, check=False)
        check(ack["rc"] == 2, "empty id without clean session refused with 0x02, got 0x%02x" %
              ack["rc"], "[MQTT-3.1.3-8]")
        check(a.wait_closed(5), "connection closed after the refusal", "[MQTT-3.2.2-5]")
        b = ctx.client()
        ack = b.connect("", clean=True, check=False)
        check(ack["rc"] == 0, "empty id with clean session accepted, got 0x%02x" % ack["rc"],
              "[MQTT-3.1.3-6]")
        b.disconnect()
        return
    a = ctx.client()
    ack = a.connect("", clean=True)
    assigned = prop(ack["props"], "AssignedClientIdentifier")
    check(assigned, "Assigned Client Identifier in CONNACK", "[MQTT-3.2.2-16]")
    b = ctx.client()
    ack = b.connect("", clean=True)
    check(prop(ack["props"], "AssignedClientIdentifier") not in (None, assigned),
          "every assigned id is unique", "[MQTT-3.1.3-6]")
    # the assigned id works as a client id
    a.subscribe([(ctx.t("assigned"), 1)])
    b.publish(ctx.t("assigned"), b"to assigned", 1)
    check(a.wait_payload(b"to assigned"), "client with an assigned id receives")
    a.disconnect()
    b.disconnect()


@scenario("will_message")
def will_message(ctx):
    b = ctx.connected("will-watch")
    b.subscribe([(ctx.t("will/#"), 2)])
    a = ctx.client()
    a.connect(ctx.cid("will-a"), keepalive=2,
              will={"topic": ctx.t("will/a"), "payload": b"client not disconnected", "qos": 2})
    a.terminate()
    check(b.wait_payload(b"client not disconnected"), "will published on abnormal close",
          "[MQTT-3.1.2-8]")
    check(b.messages[0].topic == ctx.t("will/a") and b.messages[0].qos == 2,
          "will topic and QoS: %s" % b.messages[0])
    # a normal DISCONNECT discards the will
    c = ctx.client()
    c.connect(ctx.cid("will-c"), will={"topic": ctx.t("will/c"), "payload": b"must not", "qos": 1})
    c.disconnect()
    b.publish(ctx.t("will/marker"), b"marker", 1)
    check(b.wait_payload(b"marker"), "marker delivered")
    check(not any(m.payload == b"must not" for m in b.messages),
          "no will after DISCONNECT", "[MQTT-3.1.2-10]")
    b.disconnect()


@scenario("offline_message_queueing")
def offline_message_queueing(ctx):
    a = ctx.connected("offline", clean=True, expiry=300)
    a.subscribe([(ctx.t("+/+"), 2)])
    a.disconnect()
    b = ctx.connected("offline-pub")
    b.publish(ctx.t("TopicA/B"), b"qos 0", 0)
    b.publish(ctx.t("Topic/C"), b"qos 1", 1)
    b.publish(ctx.t("TopicA/C"), b"qos 2", 2)
    b.disconnect()
    a = ctx.connected("offline", clean=False, expiry=300)
    check(a.connack["session_present"] == 1, "session present on resume", "[MQTT-3.2.2-2]")
    check(a.wait(lambda: {b"qos 1", b"qos 2"} <= {m.payload for m in a.messages}),
          "QoS 1 and 2 messages queued while offline: %s" % a.messages, "[MQTT-3.1.2-5]")
    a.publish(ctx.t("mark/er"), b"marker", 1)
    check(a.wait_payload(b"marker"), "marker")
    check(len(a.messages) in (3, 4), "2 or 3 queued messages, each once: %s" % a.messages)
    a.disconnect(props=[("SessionExpiryInterval", 0)] if ctx.v5 else None)


@scenario("overlapping_subscriptions")
def overlapping_subscriptions(ctx):
    a = ctx.connected("overlap")
    a.subscribe([(ctx.t("TopicA/#"), 2), (ctx.t("TopicA/+"), 1)])
    a.publish(ctx.t("TopicA/C"), b"overlapping topic filters", 2)
    a.subscribe([(ctx.t("mark"), 1)])
    a.publish(ctx.t("mark"), b"marker", 1)
    check(a.wait_payload(b"marker"), "marker")
    got = [m for m in a.messages if m.payload == b"overlapping topic filters"]
    qos = sorted(m.qos for m in got)
    check(qos in ([2], [1, 2]), "one copy at QoS 2 or two copies at QoS 1 and 2, got %s" % qos,
          "[MQTT-3.3.4-2]" if ctx.v5 else "[MQTT-3.3.5-1]")
    a.disconnect()


@scenario("keepalive")
def keepalive(ctx):
    b = ctx.connected("ka-watch")
    b.subscribe([(ctx.t("ka"), 2)])
    a = ctx.client()
    start = time.monotonic()
    a.connect(ctx.cid("ka"), keepalive=2,
              will={"topic": ctx.t("ka"), "payload": b"keepalive expiry", "qos": 1})
    ka_ref = "[MQTT-3.1.2-22]" if ctx.v5 else "[MQTT-3.1.2-24]"
    check(a.wait_closed(8), "silent client disconnected", ka_ref)
    elapsed = a.closed_at - start
    ctx.note("silent client (keep-alive 2 s) closed after %.2f s" % elapsed)
    check(elapsed >= 1.9, "not closed before the keep-alive period: %.2f s" % elapsed)
    # 1.5 x keep-alive = 3 s; the Paho suite allows 15 s for 7.5 s, so allow a few seconds
    check(elapsed <= 3.0 + 3.0, "closed within 1.5 x keep-alive (3 s) + 3 s: %.2f s" % elapsed,
          ka_ref)
    check(b.wait_payload(b"keepalive expiry"), "will published on keep-alive expiry",
          "[MQTT-3.1.2-8]")
    if ctx.v5 and a.disconnect_reason is not None:
        check(a.disconnect_reason == 0x8D, "DISCONNECT reason 0x8D, got 0x%02x" %
              a.disconnect_reason)
    # a client that pings in time stays connected
    c = ctx.client()
    c.connect(ctx.cid("ka-ping"), keepalive=1)
    for _ in range(3):
        c.idle(0.6)
        c.send_packet(12, 0, b"")
        c.expect(13)
    check(not c.closed, "PINGREQ keeps the connection", "[MQTT-3.12.4-1]")
    b.disconnect()
    c.disconnect()


@scenario("redelivery_on_reconnect")
def redelivery_on_reconnect(ctx):
    a = ctx.connected("redeliver", clean=True, expiry=300)
    a.subscribe([(ctx.t("TopicA/#"), 2)])
    a.auto_ack = False
    b = ctx.connected("redeliver-pub")
    b.publish(ctx.t("TopicA/B"), b"qos 1", 1)
    b.publish(ctx.t("TopicA/C"), b"qos 2", 2)
    b.publish(ctx.t("TopicA/D"), b"qos 2 released", 2)
    check(a.wait_messages(3), "three messages before the acknowledgements are held")
    first = {m.payload: m for m in a.messages}
    # acknowledge the third with PUBREC only: the broker must then resend PUBREL
    a.ack(first[b"qos 2 released"])
    check(a.wait(lambda: any(p[0] == PUBREL for p in a.packets)), "PUBREL after PUBREC")
    a.disconnect()
    a = ctx.client()
    a.auto_ack = False
    ack = a.connect(ctx.cid("redeliver"), clean=False, props=ctx.session_props())
    check(ack["session_present"] == 1, "session present", "[MQTT-3.2.2-2]")
    check(a.wait(lambda: len(a.messages) >= 2 and any(p[0] == PUBREL for p in a.packets)),
          "unacknowledged PUBLISH and PUBREL resent, got %s / %s" % (a.messages, a.packets),
          "[MQTT-4.4.0-1]")
    again = {m.payload: m for m in a.messages}
    check(set(again) == {b"qos 1", b"qos 2"}, "the two unacknowledged messages: %s" % a.messages)
    for payload in (b"qos 1", b"qos 2"):
        m = again[payload]
        check(m.dup == 1, "DUP set on redelivery of %r" % payload, "[MQTT-3.3.1-1]")
        check(m.pid == first[payload].pid, "same packet id on redelivery of %r" % payload,
              "[MQTT-4.4.0-1]")
    pubrel = [p for p in a.packets if p[0] == PUBREL][0]
    check(pubrel[2][:2] == first[b"qos 2 released"].pid.to_bytes(2, "big"),
          "PUBREL resent for the released message")
    check(a.messages[0].payload == b"qos 1", "resent in the original order: %s" % a.messages,
          "[MQTT-4.6.0-1]")
    a.release_held()
    b.publish(ctx.t("TopicA/E"), b"after", 1)
    check(a.wait_payload(b"after"), "normal delivery after the redelivery")
    check(len(a.messages) == 3, "nothing delivered twice: %s" % a.messages)
    a.disconnect(props=[("SessionExpiryInterval", 0)] if ctx.v5 else None)
    b.disconnect()


@scenario("dollar_topics")
def dollar_topics(ctx):
    a = ctx.connected("dollar")
    a.subscribe([("#", 0), ("+/#", 0)])
    a.publish("$" + ctx.root + "/TopicA/B", b"dollar", 1)
    a.publish(ctx.t("marker"), b"marker", 1)
    check(a.wait_payload(b"marker"), "marker")
    bad = [m.topic for m in a.messages if m.topic.startswith("$")]
    check(not bad, "'#' and '+/#' match no topic beginning with $: %s" % bad[:3],
          "[MQTT-4.7.2-1]")
    a.disconnect()


@scenario("unsubscribe")
def unsubscribe(ctx):
    a = ctx.connected("unsub")
    a.subscribe([(ctx.t("TopicA/B"), 2), (ctx.t("Topic/C"), 2), (ctx.t("TopicA/C"), 2)])
    codes = a.unsubscribe([ctx.t("TopicA/B")])
    if ctx.v5:
        check(codes == [0], "UNSUBACK success, got %s" % codes, "[MQTT-3.11.3-1]")
    for topic in ("TopicA/B", "Topic/C", "TopicA/C"):
        a.publish(ctx.t(topic), topic.encode(), 2)
    a.subscribe([(ctx.t("mark"), 1)])
    a.publish(ctx.t("mark"), b"marker", 1)
    check(a.wait_payload(b"marker"), "marker")
    got = sorted(m.payload for m in a.messages if m.payload != b"marker")
    check(got == [b"Topic/C", b"TopicA/C"], "unsubscribed topic no longer delivered: %s" % got,
          "[MQTT-3.10.4-1]")
    a.disconnect()


@scenario("subscribe_invalid_filter")
def subscribe_invalid_filter(ctx):
    for bad in ("a/#/b", "a/b+", "#/a"):
        a = ctx.connected("badfilter")
        try:
            codes = a.subscribe([(ctx.root + "/" + bad, 1)])
        except ProtocolError:
            codes = None  # the broker closed the connection: also allowed
        if codes is None:
            check(a.closed, "closed the connection on %r" % bad)
        elif ctx.v5:
            check(codes == [0x8F] or codes == [0x80],
                  "SUBACK 0x8F (or 0x80) for %r, got %s" % (bad, codes), "[MQTT-4.7.1-1]")
        else:
            check(codes == [0x80], "SUBACK 0x80 for %r, got %s" % (bad, codes), "[MQTT-4.7.1-2]")
        a.close()
    ok = ctx.connected("goodfilter")
    check(ok.subscribe([(ctx.t("a/+/#"), 1)]) == [1], "valid filters still accepted")
    ok.disconnect()


@scenario("qos2_exactly_once")
def qos2_exactly_once(ctx):
    a = ctx.connected("q2-sub")
    a.subscribe([(ctx.t("q2"), 2)])
    b = ctx.connected("q2-pub", expiry=300)
    # a re-sent PUBLISH (DUP) before PUBREL is acknowledged again, never delivered twice
    b.publish(ctx.t("q2"), b"once", 2, pid=10, wait=False)
    b.expect(5)
    b.publish(ctx.t("q2"), b"once", 2, pid=10, wait=False, dup=True)
    b.expect(5)
    # the publisher loses its connection before PUBREL: the session keeps the id
    b.terminate()
    b = ctx.connected("q2-pub", clean=False, expiry=300)
    check(b.connack["session_present"] == 1, "session present")
    b.send_packet(PUBREL, 2, (10).to_bytes(2, "big"))
    _t, _f, comp = b.expect(7)
    check(comp[:2] == (10).to_bytes(2, "big") and (len(comp) < 3 or comp[2] == 0),
          "PUBCOMP for the PUBREL re-sent after reconnecting: %s" % comp, "[MQTT-4.4.0-1]")
    # the id is free again: a new message with it is a new message
    b.publish(ctx.t("q2"), b"again", 2, pid=10)
    check(a.wait_payload(b"again"), "new message with the released id delivered")
    check([m.payload for m in a.messages] == [b"once", b"again"],
          "exactly once: %s" % a.messages, "4.3.3")
    # QoS is downgraded to the subscription's
    c = ctx.connected("q2-q0")
    c.subscribe([(ctx.t("q2"), 0)])
    b.publish(ctx.t("q2"), b"downgraded", 2)
    check(c.wait_payload(b"downgraded") and c.messages[0].qos == 0,
          "delivered at the subscription's QoS 0", "[MQTT-3.8.4-6]" if not ctx.v5 else
          "[MQTT-3.8.4-8]")
    # a second SUBSCRIBE with the same filter replaces the subscription
    c.subscribe([(ctx.t("q2"), 1)])
    b.publish(ctx.t("q2"), b"replaced", 2)
    c.publish(ctx.t("q2"), b"marker", 1)
    check(c.wait_payload(b"marker"), "marker")
    got = [(m.payload, m.qos) for m in c.messages if m.payload == b"replaced"]
    check(got == [(b"replaced", 1)], "one copy at the new QoS: %s" % got, "[MQTT-3.8.4-3]")
    for x in (a, c):
        x.disconnect()
    b.disconnect(props=[("SessionExpiryInterval", 0)] if ctx.v5 else None)


@scenario("session_takeover")
def session_takeover(ctx):
    a = ctx.connected("take", expiry=300)
    a.subscribe([(ctx.t("take"), 1)])
    b = ctx.connected("take", clean=False, expiry=300)
    check(a.wait_closed(5), "the first connection is closed on take-over", "[MQTT-3.1.4-3]")
    if ctx.v5:
        check(a.disconnect_reason == 0x8E, "DISCONNECT 0x8E Session taken over, got %s" %
              a.disconnect_reason)
    check(b.connack["session_present"] == 1, "the session continues", "[MQTT-3.2.2-2]")
    b.publish(ctx.t("take"), b"still subscribed", 1)
    check(b.wait_payload(b"still subscribed"), "subscription kept by the new connection")
    # a clean session / clean start discards it
    c = ctx.connected("take", clean=True)
    check(c.connack["session_present"] == 0, "clean start: no session present",
          "[MQTT-3.2.2-1]")
    c.publish(ctx.t("take"), b"not subscribed", 1)
    c.subscribe([(ctx.t("mark"), 1)])
    c.publish(ctx.t("mark"), b"marker", 1)
    check(c.wait_payload(b"marker"), "marker")
    check([m.payload for m in c.messages] == [b"marker"], "old subscriptions discarded: %s" %
          c.messages, "[MQTT-3.1.2-6]" if not ctx.v5 else "[MQTT-3.1.2-4]")
    c.disconnect()
    if not ctx.v5:
        d = ctx.connected("take", clean=False)
        check(d.connack["session_present"] == 0,
              "a clean session is not kept after the connection", "[MQTT-3.1.2-6]")
        d.disconnect()


@scenario("topic_matching")
def topic_matching(ctx):
    a = ctx.connected("match")
    filters = ["sport/tennis/#", "sport/+", "+/+/x", "fin/#", "fin/+/y"]
    a.subscribe([(ctx.t(f), 0) for f in filters])
    expect = {"sport/tennis": True, "sport/tennis/player1/ranking": True, "sport/": True,
              "sport": False, "a/b/x": True, "a/b/c/x": False, "fin": True, "fin//y": True,
              "finance": False, "Sport/x": False}
    for topic in expect:
        a.publish(ctx.t(topic), topic.encode(), 0)
    a.subscribe([(ctx.t("mark"), 0)])
    a.publish(ctx.t("mark"), b"marker", 0)
    check(a.wait_payload(b"marker"), "marker")
    got = [m.payload.decode() for m in a.messages if m.payload != b"marker"]
    want = [t for t, ok in expect.items() if ok]
    # (overlapping filters may give one copy per subscription)
    check(sorted(set(got)) == sorted(want), "matched topics %s, expected %s" % (got, want),
          "[MQTT-4.7.1-2] [MQTT-4.7.1-3] (4.7)")
    a.disconnect()


@scenario("protocol_violations")
def protocol_violations(ctx):
    def fresh(name):
        c = ctx.client()
        c.connect(ctx.cid(name))
        return c

    def closed(c, what, ref):
        check(c.wait_closed(5), what + " closes the connection", ref)

    c = fresh("pv1")
    c.publish(ctx.t("a/+"), b"x", 1, wait=False)
    closed(c, "PUBLISH to a topic with a wildcard", "[MQTT-3.3.2-2]")
    c = fresh("pv2")
    c.send_packet(1, 0, b"\x00\x04MQTT" + bytes([ctx.version, 2, 0, 60]) +
                  (b"\x00" if ctx.v5 else b"") + b"\x00\x01x")
    closed(c, "a second CONNECT", "[MQTT-3.1.0-2]")
    c = fresh("pv3")
    c.send_packet(8, 0, b"\x00\x01" + (b"\x00" if ctx.v5 else b"") + b"\x00\x01a\x00")
    closed(c, "SUBSCRIBE with reserved flags 0000", "[MQTT-3.8.1-1]")
    c = fresh("pv4")
    c.send_packet(8, 2, b"\x00\x01" + (b"\x00" if ctx.v5 else b""))
    closed(c, "SUBSCRIBE without a topic filter", "[MQTT-3.8.3-3]")
    c = fresh("pv5")
    c.send_packet(3, 6, b"\x00\x01a\x00\x01" + (b"\x00" if ctx.v5 else b"") + b"x")
    closed(c, "PUBLISH with QoS 3", "[MQTT-3.3.1-4]")
    c = ctx.client()
    c.send_packet(12, 0, b"")
    closed(c, "a PINGREQ before CONNECT", "[MQTT-3.1.0-1]")
    c = ctx.client()
    c.send_packet(1, 0, b"\x00\x04MQTT" + bytes([ctx.version, 3, 0, 60]) +
                  (b"\x00" if ctx.v5 else b"") + b"\x00\x01x")
    closed(c, "CONNECT with the reserved flag set", "[MQTT-3.1.2-3]")
    c = ctx.client()
    c.send_packet(1, 0, b"\x00\x04MQTT" + bytes([ctx.version, 0x02 | 0x18, 0, 60]) +
                  (b"\x00" if ctx.v5 else b"") + b"\x00\x01x")
    closed(c, "CONNECT with a will QoS but no will flag",
           "[MQTT-3.1.2-11]" if ctx.v5 else "[MQTT-3.1.2-13]")
    c = ctx.client()
    c.send_packet(1, 0, b"\x00\x02hj" + bytes([ctx.version, 2, 0, 60]) +
                  (b"\x00" if ctx.v5 else b"") + b"\x00\x01x")
    closed(c, "CONNECT with protocol name 'hj' (Paho's basic test)", "[MQTT-3.1.2-1]")
    check(not c.packets, "no CONNACK for a wrong protocol name: %s" % c.packets,
          "[MQTT-3.1.2-1]")
    c = ctx.client()
    c.send_packet(1, 0, b"\x00\x04MQTT" + bytes([7, 2, 0, 60]) + b"\x00\x01x")
    try:
        _t, _f, ack = c.expect(2, 5)
        rc = ack[1] if len(ack) >= 2 else None
        check(rc in (0x01, 0x84), "CONNACK 0x01 / 0x84 for protocol level 7, got %s" % rc,
              "[MQTT-3.1.2-2]")
    except ProtocolError:
        pass  # closing without CONNACK is allowed when the level is unknown
    closed(c, "an unsupported protocol level", "[MQTT-3.1.2-2]")
    c = fresh("pv6")
    c.publish("", b"x", 1, wait=False)
    closed(c, "PUBLISH with an empty topic (and no alias)", "[MQTT-4.7.3-1]")
    if ctx.v5:
        c = fresh("pv7")
        c.send_packet(8, 2, b"\x00\x01\x02\x0b\x00\x00\x01a\x00")
        closed(c, "Subscription Identifier 0", "(3.8.2.1.2: Protocol Error)")
    # the broker still serves others
    ok = fresh("pv-ok")
    ok.subscribe([(ctx.t("ok"), 1)])
    ok.publish(ctx.t("ok"), b"fine", 1)
    check(ok.wait_payload(b"fine"), "broker still serving")
    ok.disconnect()


@scenario("will_retain_and_properties")
def will_retain_and_properties(ctx):
    w = ctx.connected("wr-watch")
    w.subscribe([(ctx.t("wr/#"), 1)])
    props = [("ContentType", "text/plain"), ("ResponseTopic", ctx.t("wr/reply")),
             ("CorrelationData", b"\x01\x02"), ("UserProperty", ("k", "v1")),
             ("UserProperty", ("k", "v2")), ("PayloadFormatIndicator", 1)]
    a = ctx.client()
    a.connect(ctx.cid("wr"), will={"topic": ctx.t("wr/state"), "payload": b"offline", "qos": 1,
                                   "retain": True, "props": props if ctx.v5 else None})
    a.terminate()
    check(w.wait_payload(b"offline"), "will published")
    m = w.messages[0]
    if ctx.v5:
        for name in ("ContentType", "ResponseTopic", "CorrelationData",
                     "PayloadFormatIndicator"):
            check(prop(m.props, name) == prop(props, name), "will property %s forwarded: %s" %
                  (name, m.props), "(3.1.3.2)")
        check(props_all(m.props, "UserProperty") == [("k", "v1"), ("k", "v2")],
              "will user properties in order: %s" % m.props, "[MQTT-3.1.3-10]")
    late = ctx.connected("wr-late")
    late.subscribe([(ctx.t("wr/state"), 1)])
    check(late.wait_payload(b"offline"), "will with RETAIN published as retained",
          "[MQTT-3.1.2-15]" if ctx.v5 else "[MQTT-3.1.2-17]")
    check(late.messages[0].retain == 1, "retained will has RETAIN 1", "[MQTT-3.3.1-8]")
    if ctx.v5:
        got = late.messages[0].props
        check(props_all(got, "UserProperty") == [("k", "v1"), ("k", "v2")] and
              prop(got, "ContentType") == "text/plain",
              "retained message keeps its properties: %s" % got, "[MQTT-3.3.2-18] (3.3.1.3)")
    w.publish(ctx.t("wr/state"), b"", 1, retain=True)
    w.disconnect()
    late.disconnect()


@scenario("subscribe_failure", broker="limits")
def subscribe_failure(ctx):
    a = ctx.connected("subfail")
    codes = a.subscribe([("test/nosubscribe", 1), (ctx.t("allowed"), 1)])
    want = [[0x80, 1]] if not ctx.v5 else [[0x87, 1], [0x80, 1]]
    check(codes in want, "SUBACK failure for a denied filter, success for the other: %s" %
          codes, "[MQTT-3.9.3-1]" + (" (0x80)" if not ctx.v5 else " (0x87 Not authorized)"))
    a.publish(ctx.t("allowed"), b"still", 1)
    check(a.wait_payload(b"still"), "the allowed subscription works")
    a.disconnect()


# ---------------------------------------------------------------- MQTT 5 only

@scenario("session_expiry", versions=(5,))
def session_expiry(ctx):
    a = ctx.connected("se", clean=True, expiry=2)
    a.subscribe([(ctx.t("se"), 1)])
    a.disconnect()
    a = ctx.connected("se", clean=False, expiry=2)
    check(a.connack["session_present"] == 1, "session kept within its expiry interval",
          "[MQTT-3.1.2-23]")
    a.disconnect()
    # DISCONNECT may change a non-zero interval: 1 s raised to 30 s
    r = ctx.connected("se4", clean=True, expiry=1)
    r.subscribe([(ctx.t("se"), 1)])
    r.disconnect(props=[("SessionExpiryInterval", 30)])
    time.sleep(3.0)  # the session expiry interval passes (2 s)
    r = ctx.connected("se4", clean=False, expiry=1)
    check(r.connack["session_present"] == 1, "session expiry raised by DISCONNECT (1 -> 30 s)",
          "(3.14.2.2.2)")
    r.disconnect(props=[("SessionExpiryInterval", 0)])
    a = ctx.connected("se", clean=False, expiry=0)
    check(a.connack["session_present"] == 0, "session gone after its expiry interval",
          "[MQTT-3.1.2-23]")
    a.disconnect()
    # DISCONNECT may shorten it to 0
    a = ctx.connected("se2", clean=True, expiry=300)
    a.subscribe([(ctx.t("se"), 1)])
    a.disconnect(props=[("SessionExpiryInterval", 0)])
    a = ctx.connected("se2", clean=False, expiry=300)
    check(a.connack["session_present"] == 0, "DISCONNECT with session expiry 0 ends it",
          "[MQTT-3.1.2-23]")
    a.disconnect(props=[("SessionExpiryInterval", 0)])
    # but not raise it from 0: protocol error, no session kept
    a = ctx.connected("se3", clean=True, expiry=0)
    a.subscribe([(ctx.t("se"), 1)])
    a.disconnect(props=[("SessionExpiryInterval", 300)])
    a = ctx.connected("se3", clean=False, expiry=0)
    check(a.connack["session_present"] == 0,
          "session expiry 0 at CONNECT cannot be raised by DISCONNECT", "[MQTT-3.14.2-2]")
    a.disconnect()


@scenario("will_delay", versions=(5,))
def will_delay(ctx):
    w = ctx.connected("wd-watch")
    w.subscribe([(ctx.t("will/#"), 1)])

    def dying(name, expiry, delay, topic):
        c = ctx.client()
        c.connect(ctx.cid(name), clean=True, props=[("SessionExpiryInterval", expiry)],
                  will={"topic": ctx.t(topic), "payload": topic.encode(), "qos": 1,
                        "props": [("WillDelayInterval", delay)]})
        return c

    delayed = dying("wd1", 30, 2, "will/delayed")
    by_expiry = dying("wd2", 1, 30, "will/expiry")
    cancelled = dying("wd3", 30, 2, "will/cancelled")
    at_once = dying("wd4", 0, 5, "will/at-once")
    start = time.monotonic()
    for c in (delayed, by_expiry, cancelled, at_once):
        c.terminate()
    check(w.wait_payload(b"will/at-once", 2), "session expiry 0: the will is not delayed",
          "[MQTT-3.1.3-9]")
    check(w.messages[0].received_at - start < 0.8, "will without delay when the session ends "
          "at once: %.2f s" % (w.messages[0].received_at - start), "[MQTT-3.1.3-9]")
    back = ctx.client()
    back.connect(ctx.cid("wd3"), clean=False, props=[("SessionExpiryInterval", 30)])
    check(w.wait_payload(b"will/expiry", 6), "will published when the session ends first",
          "[MQTT-3.1.3-9]")
    at = {m.payload: m.received_at - start for m in w.messages}
    check(at[b"will/expiry"] >= 0.8, "will not before the session expiry (1 s): %.2f s" %
          at[b"will/expiry"], "[MQTT-3.1.3-9]")
    check(w.wait_payload(b"will/delayed", 6), "delayed will published", "[MQTT-3.1.3-9]")
    at = {m.payload: m.received_at - start for m in w.messages}
    check(1.8 <= at[b"will/delayed"] <= 4.5, "will after its delay (2 s): %.2f s" %
          at[b"will/delayed"], "[MQTT-3.1.3-9]")
    w.idle(max(0.0, 3.0 - (time.monotonic() - start)))
    w.publish(ctx.t("will/marker"), b"marker", 1)
    check(w.wait_payload(b"marker"), "marker")
    check(not any(m.payload == b"will/cancelled" for m in w.messages),
          "no will when the session is resumed within the delay", "[MQTT-3.1.3-9]")
    back.disconnect(props=[("SessionExpiryInterval", 0)])
    w.disconnect()


@scenario("shared_subscriptions", versions=(5,))
def shared_subscriptions(ctx):
    group = "$share/grp/" + ctx.t("shared/#")
    s1 = ctx.connected("sh1")
    s2 = ctx.connected("sh2")
    plain = ctx.connected("sh-plain")
    check(s1.subscribe([(group, 1)]) == [1], "shared subscription granted")
    check(s2.subscribe([(group, 1)]) == [1], "shared subscription granted")
    plain.subscribe([(ctx.t("shared/#"), 1)])
    pub = ctx.connected("sh-pub")
    count = 20
    for i in range(count):
        pub.publish(ctx.t("shared/x"), b"m%d" % i, 1)
    check(plain.wait_messages(count), "plain subscriber gets every message")
    both = lambda: len(s1.messages) + len(s2.messages)  # noqa: E731
    deadline = time.monotonic() + 10
    while both() < count and time.monotonic() < deadline:
        s1.pump(0.05)
        s2.pump(0.05)
    payloads = sorted(m.payload for m in s1.messages + s2.messages)
    check(payloads == sorted(b"m%d" % i for i in range(count)),
          "each message to exactly one member of the group: %d" % len(payloads),
          "(4.8.2: one of the sessions sharing it)")
    check(s1.messages and s2.messages, "distributed over the group (%d / %d)" %
          (len(s1.messages), len(s2.messages)))
    # No Local on a shared subscription is a protocol error
    bad = ctx.connected("sh-nl")
    try:
        bad.subscribe([(group, {"qos": 1, "nl": 1})])
        closed = bad.wait_closed(3)
    except ProtocolError:
        closed = True
    check(closed, "No Local on a shared subscription closes the connection", "[MQTT-3.8.3-4]")
    for c in (s1, s2, plain, pub):
        c.disconnect()


@scenario("topic_alias_server_to_client", versions=(5,))
def topic_alias_server_to_client(ctx):
    a = ctx.connected("tas", props=[("TopicAliasMaximum", 2)])
    a.subscribe([(ctx.t("alias/#"), 1)])
    n = ctx.connected("tas-none")
    n.subscribe([(ctx.t("alias/#"), 1)])
    pub = ctx.connected("tas-pub")
    sent = []
    for topic in ("x", "x", "y", "x", "z", "y", "z", "z"):
        sent.append(ctx.t("alias/" + topic))
        pub.publish(sent[-1], topic.encode(), 1)
    check(a.wait_messages(len(sent)), "all messages received")
    check(not a.alias_errors, "aliases within our maximum and known: %s" % a.alias_errors,
          "[MQTT-3.1.2-26] [MQTT-3.3.2-11]")
    check([m.topic for m in a.messages] == sent, "topics resolved from aliases")
    check(all(m.topic.endswith(m.payload.decode()) for m in a.messages), "alias maps right")
    first = {}
    for m in a.messages:
        first.setdefault(m.topic, m)
    aliased = [m for m in a.messages if m.topic in (ctx.t("alias/x"), ctx.t("alias/y"))]
    check(all(m.alias for m in aliased),
          "the broker uses its 2 topic aliases (Paho's test_server_topic_alias expects it; the "
          "specification allows but does not require it)")
    check(all(m.wire_topic == "" for m in a.messages if first[m.topic] is not m and
              m.alias is not None and m.alias == first[m.topic].alias),
          "an established alias is sent with an empty topic name")
    check(n.wait_messages(len(sent)), "all messages received without aliases")
    check(all(m.alias is None and m.wire_topic for m in n.messages),
          "no topic alias to a client that allows none", "[MQTT-3.1.2-27]")
    for c in (a, n, pub):
        c.disconnect()


@scenario("topic_alias_client_to_server", versions=(5,))
def topic_alias_client_to_server(ctx):
    w = ctx.connected("tac-watch")
    w.subscribe([(ctx.t("ta/#"), 1)])
    a = ctx.connected("tac")
    maximum = prop(a.connack["props"], "TopicAliasMaximum", 0)
    if maximum:
        a.publish(ctx.t("ta/one"), b"1", 1, props=[("TopicAlias", 1)])
        a.publish("", b"2", 1, props=[("TopicAlias", 1)])
        a.publish(ctx.t("ta/two"), b"3", 1, props=[("TopicAlias", 1)])
        a.publish("", b"4", 1, props=[("TopicAlias", 1)])
        check(w.wait_messages(4), "four messages via a topic alias")
        got = [(m.topic, m.payload) for m in w.messages]
        check(got == [(ctx.t("ta/one"), b"1"), (ctx.t("ta/one"), b"2"), (ctx.t("ta/two"), b"3"),
                      (ctx.t("ta/two"), b"4")], "aliases set, used and remapped: %s" % got,
              "[MQTT-3.3.2-12]")
        check(all(m.alias is None for m in w.messages),
              "the publisher's topic alias is not forwarded", "[MQTT-3.1.2-27]")
    # beyond the maximum: Topic Alias invalid
    a.publish(ctx.t("ta/bad"), b"bad", 1, props=[("TopicAlias", maximum + 1)], wait=False)
    check(a.wait_closed(5), "alias above Topic Alias Maximum closes the connection",
          "[MQTT-3.2.2-17] [MQTT-3.3.2-9]")
    check(a.disconnect_reason == 0x94, "DISCONNECT 0x94 Topic Alias invalid, got %s" %
          a.disconnect_reason)
    if maximum:
        # aliases do not outlive the connection
        b = ctx.connected("tac")
        b.publish("", b"stale", 1, props=[("TopicAlias", 1)], wait=False)
        check(b.wait_closed(5), "an alias from an earlier connection is unknown",
              "[MQTT-3.3.2-7]")
        check(b.disconnect_reason in (0x82, 0x94), "DISCONNECT 0x82 Protocol Error, got %s" %
              b.disconnect_reason)
    w.disconnect()


@scenario("maximum_packet_size", versions=(5,))
def maximum_packet_size(ctx):
    a = ctx.connected("mps", props=[("MaximumPacketSize", 128)])
    a.subscribe([(ctx.t("mps"), 1)])
    pub = ctx.connected("mps-pub")
    pub.publish(ctx.t("mps"), b"x" * 200, 1)
    pub.publish(ctx.t("mps"), b"y" * 200, 0)
    pub.publish(ctx.t("mps"), b"small", 1)
    check(a.wait_payload(b"small"), "small message delivered")
    check([m.payload for m in a.messages] == [b"small"],
          "messages above Maximum Packet Size discarded: %s" % a.messages, "[MQTT-3.1.2-25]")
    a.disconnect()
    pub.disconnect()


@scenario("flow_control_receive_maximum", versions=(5,))
def flow_control_receive_maximum(ctx):
    a = ctx.connected("fc", props=[("ReceiveMaximum", 2)])
    a.subscribe([(ctx.t("fc"), 2)])
    a.auto_ack = False
    pub = ctx.connected("fc-pub")
    for i in range(6):
        pub.publish(ctx.t("fc"), b"%d" % i, 1 if i < 4 else 2)
    check(a.wait_messages(2), "first two messages")
    a.idle(0.5)
    check(len(a.messages) == 2, "no more than Receive Maximum (2) unacknowledged: %d" %
          len(a.messages), "[MQTT-3.3.4-9]")
    first = a.held.pop(0)
    a.ack(first)
    check(a.wait_messages(3), "one more after one PUBACK", "[MQTT-3.3.4-9]")
    a.idle(0.3)
    check(len(a.messages) == 3, "still at most 2 in flight: %d" % len(a.messages),
          "[MQTT-3.3.4-9]")
    a.release_held()
    check(a.wait_messages(6), "all six once acknowledged: %d" % len(a.messages))
    check([m.payload for m in a.messages] == [b"%d" % i for i in range(6)],
          "in publishing order", "[MQTT-4.6.0-6]")
    check(not any(m.dup for m in a.messages), "no redelivery within a connection")
    a.disconnect()
    pub.disconnect()
    # the same client publishing what it subscribed to: its PUBACKs still come, the
    # deliveries stop at Receive Maximum (Paho's test_flow_control1)
    s = ctx.connected("fc-self", props=[("ReceiveMaximum", 2)])
    s.subscribe([(ctx.t("fc-self"), 2)])
    s.auto_ack = False
    for i in range(3):
        s.publish(ctx.t("fc-self"), b"self %d" % i, 1, wait=False)
    check(s.wait(lambda: sum(p[0] == 4 for p in s.packets) == 3 and len(s.messages) >= 2),
          "three PUBACKs and two deliveries")
    s.idle(0.5)
    check(len(s.messages) == 2, "no third delivery before a PUBACK: %d" % len(s.messages),
          "[MQTT-3.3.4-9]")
    s.ack(s.held.pop(0))
    check(s.wait_messages(3), "third delivery after the PUBACK")
    s.release_held()
    s.disconnect()


@scenario("server_receive_maximum", versions=(5,), broker="limits")
def server_receive_maximum(ctx):
    a = ctx.client()
    ack = a.connect(ctx.cid("srm"))
    maximum = prop(ack["props"], "ReceiveMaximum")
    if maximum is None or maximum > 100:
        raise Skip("no small Receive Maximum announced (%s)" % maximum)
    for i in range(maximum):
        a.publish(ctx.t("srm"), b"%d" % i, 2, wait=False)
    a.wait(lambda: sum(p[0] == 5 for p in a.packets) >= maximum)
    check(not a.closed, "Receive Maximum QoS 2 in flight allowed")
    a.publish(ctx.t("srm"), b"one too many", 2, wait=False)
    check(a.wait_closed(5), "one more than Receive Maximum closes the connection",
          "[MQTT-3.3.4-7] (3.3.4: DISCONNECT 0x93)")
    check(a.disconnect_reason == 0x93, "DISCONNECT 0x93, got %s" % a.disconnect_reason)


@scenario("request_response", versions=(5,))
def request_response(ctx):
    server = ctx.connected("rr-server", props=[("RequestResponseInformation", 1)])
    server.subscribe([(ctx.t("request"), 1)])
    requester = ctx.connected("rr-client")
    requester.subscribe([(ctx.t("response"), 1)])
    requester.publish(ctx.t("request"), b"question", 1,
                      props=[("ResponseTopic", ctx.t("response")),
                             ("CorrelationData", b"\x00\x01corr\xff")])
    check(server.wait_payload(b"question"), "request delivered")
    m = server.messages[0]
    check(prop(m.props, "ResponseTopic") == ctx.t("response"), "Response Topic unaltered",
          "[MQTT-3.3.2-15]")
    check(prop(m.props, "CorrelationData") == b"\x00\x01corr\xff", "Correlation Data unaltered",
          "[MQTT-3.3.2-16]")
    server.publish(prop(m.props, "ResponseTopic"), b"answer", 1,
                   props=[("CorrelationData", prop(m.props, "CorrelationData"))])
    check(requester.wait_payload(b"answer"), "response delivered")
    check(prop(requester.messages[0].props, "CorrelationData") == b"\x00\x01corr\xff",
          "correlation data on the response")
    server.disconnect()
    requester.disconnect()


@scenario("subscribe_options", versions=(5,))
def subscribe_options(ctx):
    # No Local
    a = ctx.connected("nl-a")
    b = ctx.connected("nl-b")
    a.subscribe([(ctx.t("nl"), {"qos": 1, "nl": 1})])
    b.subscribe([(ctx.t("nl"), {"qos": 1, "nl": 1})])
    a.publish(ctx.t("nl"), b"from a", 1)
    b.publish(ctx.t("nl"), b"from b", 1)
    c = ctx.connected("nl-c")
    c.publish(ctx.t("nl"), b"marker", 1)
    check(a.wait_payload(b"marker") and b.wait_payload(b"marker"), "marker")
    check([m.payload for m in a.messages] == [b"from b", b"marker"],
          "No Local: not the client's own message (a: %s)" % a.messages, "[MQTT-3.8.3-3]")
    check([m.payload for m in b.messages] == [b"from a", b"marker"],
          "No Local: not the client's own message (b: %s)" % b.messages, "[MQTT-3.8.3-3]")
    # Retain As Published
    r = ctx.connected("rap")
    r.subscribe([(ctx.t("rap/1"), {"qos": 1, "rap": 1}), (ctx.t("rap/0"), {"qos": 1})])
    c.publish(ctx.t("rap/1"), b"rap1", 1, retain=True)
    c.publish(ctx.t("rap/0"), b"rap0", 1, retain=True)
    check(r.wait_messages(2), "retained publishes delivered")
    flags = {m.payload: m.retain for m in r.messages}
    check(flags == {b"rap1": 1, b"rap0": 0}, "RETAIN kept only with Retain As Published: %s" %
          flags, "[MQTT-3.3.1-12] [MQTT-3.3.1-13]")
    # Retain Handling
    c.publish(ctx.t("rh"), b"retained", 1, retain=True)
    h = ctx.connected("rh")

    def subscribe_and_count(rh, client=h):
        before = len(client.messages)
        client.subscribe([(ctx.t("rh"), {"qos": 1, "rh": rh})])
        client.publish(ctx.t("rh"), b"marker", 1)
        check(client.wait(lambda: any(m.payload == b"marker" for m in client.messages[before:])),
              "marker")
        return [m for m in client.messages[before:] if m.payload == b"retained"]

    got = subscribe_and_count(0)
    check(len(got) == 1 and got[0].retain == 1, "Retain Handling 0: retained sent: %s" % got,
          "[MQTT-3.3.1-9]")
    got = subscribe_and_count(1)
    check(not got, "Retain Handling 1, subscription exists: nothing sent: %s" % got,
          "[MQTT-3.3.1-10]")
    got = subscribe_and_count(0)
    check(len(got) == 1, "Retain Handling 0 again: retained sent again", "[MQTT-3.3.1-9]")
    h.unsubscribe([ctx.t("rh")])
    got = subscribe_and_count(1)
    check(len(got) == 1, "Retain Handling 1, new subscription: retained sent", "[MQTT-3.3.1-10]")
    got = subscribe_and_count(2)
    check(not got, "Retain Handling 2: nothing sent", "[MQTT-3.3.1-11]")
    h2 = ctx.connected("rh2")
    got = subscribe_and_count(2, h2)
    check(not got, "Retain Handling 2 on a new subscription: nothing sent", "[MQTT-3.3.1-11]")
    for topic in ("rap/1", "rap/0", "rh"):
        c.publish(ctx.t(topic), b"", 1, retain=True)
    for x in (a, b, c, r, h, h2):
        x.disconnect()


@scenario("subscription_identifiers", versions=(5,))
def subscription_identifiers(ctx):
    a = ctx.connected("sid")
    a.subscribe([(ctx.t("sid/+"), 1)], props=[("SubscriptionIdentifier", 456789)])
    a.subscribe([(ctx.t("sid/x"), 1)], props=[("SubscriptionIdentifier", 2)])
    a.subscribe([(ctx.t("plain"), 1)])
    pub = ctx.connected("sid-pub")
    pub.publish(ctx.t("sid/y"), b"one", 1)
    pub.publish(ctx.t("sid/x"), b"both", 1)
    pub.publish(ctx.t("plain"), b"none", 1)
    check(a.wait_payload(b"none"), "messages delivered")
    ids = {}
    for m in a.messages:
        ids.setdefault(m.payload, []).append(sorted(props_all(m.props, "SubscriptionIdentifier")))
    check(ids[b"one"] == [[456789]], "subscription identifier sent: %s" % ids[b"one"],
          "[MQTT-3.3.4-3]")
    check(ids[b"both"] in ([[2, 456789]], [[2], [456789]], [[456789], [2]]),
          "overlapping: both identifiers (one copy) or one per copy: %s" % ids[b"both"],
          "[MQTT-3.3.4-4] [MQTT-3.3.4-5]")
    check(ids[b"none"] == [[]], "no identifier for a subscription without one: %s" %
          ids[b"none"], "[MQTT-3.3.4-3]")
    # a new SUBSCRIBE replaces the identifier
    a.subscribe([(ctx.t("sid/+"), 1)], props=[("SubscriptionIdentifier", 7)])
    pub.publish(ctx.t("sid/z"), b"replaced", 1)
    check(a.wait_payload(b"replaced"), "delivered")
    check(props_all(a.messages[-1].props, "SubscriptionIdentifier") == [7],
          "identifier of the replacing subscription: %s" % a.messages[-1].props,
          "[MQTT-3.8.4-3]")
    a.disconnect()
    pub.disconnect()


@scenario("user_properties", versions=(5,))
def user_properties(ctx):
    a = ctx.connected("up")
    a.subscribe([(ctx.t("up"), 2)])
    sent = [("a", "2"), ("c", "3"), ("a", "1"), ("b", "")]
    for qos in (0, 1, 2):
        a.publish(ctx.t("up"), b"q%d" % qos, qos, props=[("UserProperty", p) for p in sent])
    check(a.wait_messages(3), "messages delivered")
    for m in a.messages:
        got = props_all(m.props, "UserProperty")
        check(got == sent, "user properties in order, duplicates kept (%s): %s" %
              (m.payload, got), "[MQTT-3.3.2-17] [MQTT-3.3.2-18]")
    a.disconnect()


@scenario("payload_format_and_content_type", versions=(5,))
def payload_format(ctx):
    a = ctx.connected("pf")
    a.subscribe([(ctx.t("pf"), 1)])
    a.publish(ctx.t("pf"), "utf-8 ünïcode".encode(), 1,
              props=[("PayloadFormatIndicator", 1), ("ContentType", "My name")])
    a.publish(ctx.t("pf"), b"\xff\x00binary", 1, props=[("PayloadFormatIndicator", 0)])
    check(a.wait_messages(2), "delivered")
    m = a.messages[0]
    check(prop(m.props, "PayloadFormatIndicator") == 1, "payload format indicator forwarded",
          "[MQTT-3.3.2-4]")
    check(prop(m.props, "ContentType") == "My name", "content type forwarded", "[MQTT-3.3.2-20]")
    check(m.payload == "utf-8 ünïcode".encode(), "payload unaltered")
    check(prop(a.messages[1].props, "PayloadFormatIndicator", 0) == 0 and
          a.messages[1].payload == b"\xff\x00binary", "binary payload unaltered")
    a.disconnect()


@scenario("message_expiry", versions=(5,))
def message_expiry(ctx):
    a = ctx.connected("me", clean=True, expiry=300)
    a.subscribe([(ctx.t("me/#"), 1)])
    a.disconnect()
    pub = ctx.connected("me-pub")
    pub.publish(ctx.t("me/a"), b"expires", 1, props=[("MessageExpiryInterval", 1)])
    pub.publish(ctx.t("me/b"), b"stays", 1, props=[("MessageExpiryInterval", 10)])
    pub.publish(ctx.t("me-r"), b"retained expires", 1, retain=True,
                props=[("MessageExpiryInterval", 1)])
    pub.publish(ctx.t("me-r2"), b"retained stays", 1, retain=True,
                props=[("MessageExpiryInterval", 10)])
    time.sleep(2.2)  # the 1 s messages expire
    a = ctx.connected("me", clean=False, expiry=300)
    check(a.wait_payload(b"stays"), "unexpired queued message delivered")
    pub.publish(ctx.t("me/c"), b"marker", 1)
    check(a.wait_payload(b"marker"), "marker")
    check(not any(m.payload == b"expires" for m in a.messages),
          "expired queued message not delivered", "[MQTT-3.3.2-5]")
    left = prop([m for m in a.messages if m.payload == b"stays"][0].props,
                "MessageExpiryInterval")
    check(left is not None and left <= 8, "expiry interval counts down (10 s sent, 2 s ago): %s" %
          left, "[MQTT-3.3.2-6]")
    r = ctx.connected("me-late")
    r.subscribe([(ctx.t("me-r"), 1), (ctx.t("me-r2"), 1)])
    check(r.wait_payload(b"retained stays"), "unexpired retained message delivered")
    r.publish(ctx.t("me-r"), b"marker", 1)
    check(r.wait_payload(b"marker"), "marker")
    check(not any(m.payload == b"retained expires" for m in r.messages),
          "expired retained message not delivered", "[MQTT-3.3.2-5]")
    left = prop(r.messages[0].props, "MessageExpiryInterval")
    check(left is not None and left <= 8, "retained expiry counts down: %s" % left,
          "[MQTT-3.3.2-6]")
    pub.publish(ctx.t("me-r2"), b"", 1, retain=True)
    a.disconnect(props=[("SessionExpiryInterval", 0)])
    for c in (pub, r):
        c.disconnect()


@scenario("server_keep_alive", versions=(5,), broker="limits")
def server_keep_alive(ctx):
    granted = ctx.broker.max_keepalive
    clients = []
    for asked in (60, 0):
        a = ctx.client()
        start = time.monotonic()
        ack = a.connect(ctx.cid("ska%d" % asked), keepalive=asked)
        check(prop(ack["props"], "ServerKeepAlive") == granted,
              "Server Keep Alive %d for a client asking %d: %s" % (granted, asked, ack["props"]),
              "[MQTT-3.2.2-21]")
        clients.append((a, start))
    for (a, start), asked in zip(clients, (60, 0)):
        check(a.wait_closed(granted * 1.5 + 5), "server keep alive enforced", "[MQTT-3.2.2-21]")
        elapsed = a.closed_at - start
        ctx.note("client asking keep-alive %s closed after %.2f s" % (asked, elapsed))
        check(granted - 0.1 <= elapsed <= granted * 1.5 + 3.0,
              "closed after 1.5 x Server Keep Alive (%d s): %.2f s" % (granted, elapsed),
              "[MQTT-3.1.2-22]")


@scenario("unsubscribe_reason_codes", versions=(5,))
def unsubscribe_reason_codes(ctx):
    a = ctx.connected("unrc")
    a.subscribe([(ctx.t("exists"), 1)])
    codes = a.unsubscribe([ctx.t("never"), ctx.t("exists"), ctx.t("exists")])
    check(codes == [0x11, 0x00, 0x11], "UNSUBACK [0x11, 0x00, 0x11], got %s" % codes,
          "[MQTT-3.11.3-1] [MQTT-3.11.3-2]")
    a.disconnect()


# ---------------------------------------------------------------- brokers

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Broker:
    def __init__(self, kind, exe, profile, workdir):
        self.kind, self.exe, self.profile = kind, exe, profile
        self.dir = tempfile.mkdtemp(prefix="%s-%s-" % (kind, profile), dir=workdir)
        self.process = None
        self.port = None
        self.max_keepalive = 2  # of the "limits" profile

    def start(self):
        for _attempt in range(3):
            self.port = free_port()
            if self.kind == "mosquitto":
                conf = os.path.join(self.dir, "mosquitto.conf")
                with open(conf, "w") as f:
                    f.write("listener %d 127.0.0.1\nallow_anonymous true\n"
                            "log_dest stderr\nlog_type error\nlog_type warning\n" % self.port)
                    if os.geteuid() == 0:
                        # as root it drops to user "mosquitto", who cannot read our 0700 dirs
                        f.write("user root\n")
                    if self.profile == "limits":
                        # Mosquitto accepts max_keepalive from 10 on
                        self.max_keepalive = 10
                        f.write("max_keepalive 10\nmax_inflight_messages 3\nacl_file %s\n" %
                                self.acl_file())
                args = [self.exe, "-c", conf]
            elif self.profile == "limits":
                conf = os.path.join(self.dir, "broker.yaml")
                with open(conf, "w") as f:
                    f.write("listeners:\n  conf:\n    bind: 127.0.0.1:%d\n"
                            "timeout-disconnect-delay: 0\nsys-interval: 0\n"
                            "limits:\n  max-keepalive: 2\n  receive-maximum: 3\n"
                            "topic-check:\n  enabled: true\n  acl-file: %s\n" %
                            (self.port, self.acl_file()))
                args = [self.exe, "broker", "-c", conf]
            else:
                args = [self.exe, "broker", "-p", str(self.port), "--bind", "127.0.0.1"]
            self.log = open(os.path.join(self.dir, "log.txt"), "w")
            self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + 20
            first = True
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                    # Listening before the broker can have started: someone else took the
                    # port after free_port() (tests run in parallel); try another one.
                    if not first and self.process.poll() is None:
                        return
                    break
                except OSError:
                    first = False
                    time.sleep(0.05)  # polling for the listener to come up
            self.stop()
        raise RuntimeError("%s (%s) did not start; log in %s" % (self.kind, self.profile,
                                                                  self.dir))

    def acl_file(self):
        """The ACL of the "limits" profile (mosquitto's format, read by both brokers): the
        Paho suite's nosubscribe topic is denied."""
        path = os.path.join(self.dir, "acl")
        with open(path, "w") as f:
            f.write("topic readwrite #\ntopic deny test/nosubscribe\n")
        return path

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process:
            self.log.close()


def run_one(entry, index, brokers, verbose):
    name, fn, version, profile = entry
    broker = brokers[profile]
    ctx = Context(broker.port, version, "s%d" % index, index)
    ctx.broker = broker
    start = time.monotonic()
    try:
        fn(ctx)
        result = ("PASS", "")
    except Skip as e:
        result = ("SKIP", str(e))
    except Failure as e:
        result = ("FAIL", str(e))
    except Exception as e:  # protocol errors, timeouts: a failure with its context
        result = ("FAIL", "%s: %s" % (type(e).__name__, e))
        if verbose:
            traceback.print_exc()
    finally:
        ctx.close()
    return result + (time.monotonic() - start, ctx.notes)


def run_all(kind, exe, selected, workdir, verbose, jobs):
    profiles = sorted({entry[3] for entry in selected})
    brokers = {p: Broker(kind, exe, p, workdir) for p in profiles}
    try:
        for b in brokers.values():
            b.start()
    except RuntimeError as e:
        for b in brokers.values():
            b.stop()
        return [("FAIL", str(e), 0, [])] * len(selected)
    try:
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            futures = [pool.submit(run_one, entry, i + 1, brokers, verbose)
                       for i, entry in enumerate(selected)]
            results = [f.result() for f in futures]
    finally:
        for b in brokers.values():
            b.stop()
    for b in brokers.values():
        if b.process.returncode not in (0, -15):
            results.append(("FAIL", "%s exited with %s (log: %s)" % (kind, b.process.returncode,
                                                                   b.dir), 0, []))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", default=os.environ.get("MQTT_WORKBENCH"))
    parser.add_argument("--mosquitto", default=os.environ.get("MOSQUITTO") or
                        shutil.which("mosquitto") or "/usr/sbin/mosquitto")
    parser.add_argument("-k", dest="filter", default="", help="only scenarios containing this")
    parser.add_argument("-j", dest="jobs", type=int, default=8, help="scenarios in parallel")
    parser.add_argument("-v", dest="verbose", action="store_true")
    parser.add_argument("--mosquitto-only", action="store_true",
                        help="check the scenarios themselves against Mosquitto")
    args = parser.parse_args()
    if args.mosquitto_only:
        args.ours = args.mosquitto
    if not args.ours or not os.access(args.ours, os.X_OK):
        print("our broker binary not found (--ours or MQTT_WORKBENCH)")
        return 2
    selected = [s for s in SCENARIOS if args.filter in s[0]]
    targets = [("mosquitto" if args.mosquitto_only else "ours", args.ours)]
    if args.mosquitto_only:
        pass
    elif args.mosquitto and os.access(args.mosquitto, os.X_OK):
        targets.append(("mosquitto", args.mosquitto))
    else:
        print("mosquitto not found: running against our broker only")
    workdir = tempfile.mkdtemp(prefix="paho-conformance-")
    results = {}
    start = time.monotonic()
    threads = []
    for kind, exe in targets:
        def work(kind=kind, exe=exe):
            results[kind] = run_all(kind, exe, selected, workdir, args.verbose, args.jobs)
        threads.append(threading.Thread(target=work))
        threads[-1].start()
    for t in threads:
        t.join()
    failed = 0
    width = max(len(s[0]) for s in selected)
    print("%-*s  %-6s %s" % (width, "scenario", "ours", "mosquitto" if len(targets) > 1 else ""))
    for i, entry in enumerate(selected):
        ours = results[targets[0][0]][i]
        ref = results["mosquitto"][i] if len(targets) > 1 else None
        print("%-*s  %-6s %-6s %5.1fs" % (width, entry[0], ours[0], ref[0] if ref else "",
                                         ours[2]))
        if ours[0] == "FAIL":
            failed += 1
            print("    ours:      " + ours[1])
        elif ours[0] == "SKIP":
            print("    ours skipped: " + ours[1])
        if ref and ref[0] != "PASS":
            print("    mosquitto: " + ref[1])
        for note in ours[3]:
            print("    note (%s): %s" % (targets[0][0], note))
        for note in ref[3] if ref else []:
            print("    note (mosquitto): " + note)
    for kind in results:
        for extra in results[kind][len(selected):]:
            failed += kind == targets[0][0]
            print("%s: %s" % (kind, extra[1]))
    print("%d scenarios, %d failed on our broker, %.1f s" % (len(selected), failed,
                                                              time.monotonic() - start))
    if failed == 0:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print("broker logs in", workdir)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
