#!/usr/bin/env python3
"""python3-paho-mqtt against our broker: every QoS both ways, retained, will, persistent
session, for MQTT 3.1.1 and 5. Prints one line per failed check; exit code 0 = all passed."""
import sys
import threading
import time

import paho.mqtt.client as mqtt

PORT = int(sys.argv[1])
TIMEOUT = 10
failures = []


def client(cid, proto, clean=True):
    if proto == mqtt.MQTTv5:
        c = mqtt.Client(client_id=cid, protocol=proto)
    else:
        c = mqtt.Client(client_id=cid, protocol=proto, clean_session=clean)
    c.received = []
    c.event = threading.Event()

    def on_message(_c, _u, msg):
        c.received.append((msg.topic, msg.payload, msg.qos, msg.retain))
        c.event.set()

    c.on_message = on_message
    return c


def connect(c, proto, clean=True, props=None):
    if proto == mqtt.MQTTv5:
        c.connect("127.0.0.1", PORT, clean_start=clean, properties=props)
    else:
        c.connect("127.0.0.1", PORT)
    c.loop_start()


def wait_for(c, n):
    deadline = time.time() + TIMEOUT
    while len(c.received) < n and time.time() < deadline:
        c.event.wait(0.1)
        c.event.clear()
    return len(c.received) >= n


def check(name, ok):
    if not ok:
        failures.append(name)
        print("FAIL", name, flush=True)


def session_props(expiry):
    from paho.mqtt.properties import Properties
    from paho.mqtt.packettypes import PacketTypes
    p = Properties(PacketTypes.CONNECT)
    p.SessionExpiryInterval = expiry
    return p


for proto, tag in ((mqtt.MQTTv311, "311"), (mqtt.MQTTv5, "5")):
    sub = client("paho-sub-" + tag, proto)
    connect(sub, proto)
    r = sub.subscribe("paho/%s/#" % tag, qos=2)
    pub = client("paho-pub-" + tag, proto)
    connect(pub, proto)
    time.sleep(0.3)  # paho's subscribe is asynchronous; let SUBACK arrive
    for qos in (0, 1, 2):
        info = pub.publish("paho/%s/q%d" % (tag, qos), b"qos%d" % qos, qos=qos)
        info.wait_for_publish(TIMEOUT)
        check("%s publish qos%d acknowledged" % (tag, qos), info.is_published())
    check("%s all qos delivered" % tag, wait_for(sub, 3))
    got = sorted((t, p, q) for t, p, q, _ in sub.received)
    check("%s qos levels" % tag, [q for _, _, q in got] == [0, 1, 2])

    # retained
    pub.publish("paho/retained/" + tag, b"kept", qos=1, retain=True).wait_for_publish(TIMEOUT)
    late = client("paho-late-" + tag, proto)
    connect(late, proto)
    late.subscribe("paho/retained/" + tag, qos=1)
    check("%s retained delivered" % tag, wait_for(late, 1) and late.received[0][3])
    late.loop_stop()
    late.disconnect()

    # will
    watcher = client("paho-watch-" + tag, proto)
    connect(watcher, proto)
    watcher.subscribe("paho/will/" + tag, qos=1)
    time.sleep(0.3)
    dying = client("paho-dying-" + tag, proto)
    dying.will_set("paho/will/" + tag, b"gone", qos=1)
    connect(dying, proto)
    time.sleep(0.3)
    dying.loop_stop()
    dying.socket().close()  # no DISCONNECT: the will must be published
    check("%s will delivered" % tag, wait_for(watcher, 1) and watcher.received[0][1] == b"gone")
    watcher.loop_stop()
    watcher.disconnect()

    # persistent session: subscribe, go away, message queued, come back
    props = session_props(300) if proto == mqtt.MQTTv5 else None
    p1 = client("paho-persist-" + tag, proto, clean=False)
    connect(p1, proto, clean=(proto == mqtt.MQTTv5), props=props)
    p1.subscribe("paho/persist/" + tag, qos=1)
    time.sleep(0.3)
    p1.disconnect()
    p1.loop_stop()
    pub.publish("paho/persist/" + tag, b"queued", qos=1).wait_for_publish(TIMEOUT)
    p2 = client("paho-persist-" + tag, proto, clean=False)
    connect(p2, proto, clean=False, props=props)
    check("%s persistent session" % tag, wait_for(p2, 1) and p2.received[0][1] == b"queued")
    p2.loop_stop()
    p2.disconnect()

    pub.loop_stop()
    pub.disconnect()
    sub.loop_stop()
    sub.disconnect()

print("paho checks:", "FAILED %d" % len(failures) if failures else "all passed", flush=True)
sys.exit(1 if failures else 0)
