#!/usr/bin/env python3
"""Hostile requests against a server on loopback; prints how it answered. Driven by bench/fuzz.sh.

usage: fuzz.py emulator|callback PORT COUNT SEED [TOKEN|SECRET_FILE]

Each request goes on its own connection, whose sending side is closed after the request (so a body shorter than its
Content-Length ends at once instead of after the server's timeout). Counted: answers by status class, 5xx answers,
answers whose body names a Java exception class, and connections closed without an answer. Loopback only.
"""
import json
import os
import random
import re
import socket
import sys
import time
import uuid

HOST = "127.0.0.1"
EXCEPTION_NAME = re.compile(rb"\b[A-Z][A-Za-z]*Exception\b|\b(StackOverflow|OutOfMemory|NoClassDefFound|ExceptionInInitializer)Error\b"
                            rb"|\bjava\.[a-z]+\.[A-Za-z]|\bat (dev|org|com|java)\.[a-z]+\.")
TEAMS = [str(uuid.UUID(int=n)) for n in range(1, 5)]
BIDI_AND_CONTROLS = ["\u202e", "\u2066", "\u200f", "\u0000", "\u001b[31m", "\ufeff", "\ud800"]


def integration(rnd):
    return {
        "displayName": "fuzz",
        "apiVersion": 1,
        "isActive": rnd.random() < 0.2,
        "url": rnd.choice(["https://wfm.example.com/fuzz", "http://127.0.0.1:9/x", "javascript:alert(1)", "file:///etc/passwd"]),
        "encryption": {"protocol": "sharedSecret", "secret": "s" * 64},
        "supportedEntities": rnd.choice(["shift,swapRequest", "Shift,SwapRequest", "none", "timeCard", "bogus"]),
    }


def hostile_value(rnd, depth=0):
    choice = rnd.randrange(14)
    if choice == 0:
        return None
    if choice == 1:
        return rnd.choice([0, -1, 2 ** 31, 2 ** 63, -(2 ** 64), 10 ** 40])
    if choice == 2:
        return rnd.choice([1e308, -0.0, 3.5])
    if choice == 3:
        return rnd.choice([True, False])
    if choice == 4:
        return "x" * rnd.choice([0, 1, 255, 70000])
    if choice == 5:
        return rnd.choice(BIDI_AND_CONTROLS) + "name"
    if choice == 6:
        return [hostile_value(rnd, depth + 1) for _ in range(rnd.randrange(4))] if depth < 3 else []
    if choice == 7:
        return {"k" + str(i): hostile_value(rnd, depth + 1) for i in range(rnd.randrange(4))} if depth < 3 else {}
    if choice == 8:
        return rnd.choice(["2019-03-11T15:00:00Z", "2019-13-45T99:00:00Z", "0000-00-00", "yesterday", "P1D"])
    if choice == 9:
        return str(uuid.uuid4())
    if choice == 10:
        return rnd.choice(["%00", "../../etc/passwd", "%c0%af", "${jndi:ldap://127.0.0.1/x}", "' OR 1=1 --"])
    if choice == 11:
        return rnd.choice(["unknownFutureValue", "darkRed", "sharedSecret", "clockedIn", "pending", "approved"])
    if choice == 12:
        return "{" * 40
    return rnd.random()


def mutate(rnd, value):
    """One to three random changes anywhere in a JSON value."""
    for _ in range(rnd.randint(1, 3)):
        value = mutate_once(rnd, value)
    return value


def mutate_once(rnd, value):
    if isinstance(value, dict) and value and rnd.random() < 0.8:
        key = rnd.choice(list(value))
        action = rnd.randrange(4)
        if action == 0:
            del value[key]
        elif action == 1:
            value[key] = hostile_value(rnd)
        elif action == 2:
            value[rnd.choice(["id", "@odata.type", "createdDateTime", "unknown", "secret", "supports", "url"])] = hostile_value(rnd)
        else:
            value[key] = mutate_once(rnd, value[key])
        return value
    if isinstance(value, list) and value and rnd.random() < 0.8:
        i = rnd.randrange(len(value))
        value[i] = mutate_once(rnd, value[i])
        return value
    return hostile_value(rnd)


def body_bytes(rnd, value):
    text = json.dumps(value, ensure_ascii=rnd.random() < 0.5).encode("utf-8", "surrogatepass")
    kind = rnd.randrange(12)
    if kind == 0:
        return text[: rnd.randrange(len(text) + 1)]  # cut short
    if kind == 1:
        i = rnd.randrange(len(text) + 1)
        return text[:i] + rnd.choice([b"\xc0\xaf", b"\xff", b"\xed\xa0\x80", b"\x00"]) + text[i:]
    if kind == 2:
        return b"[" * 5000 + b"]" * 5000
    if kind == 3:
        return b"\xef\xbb\xbf" + text
    if kind == 4:
        return text.replace(b"{", b'{"a":1,"a":2,', 1)
    if kind == 5:
        return os.urandom(rnd.randrange(1, 300))
    return text


def request(method, path, headers, body=b"", version="HTTP/1.1"):
    lines = [f"{method} {path} {version}".encode("utf-8", "surrogatepass")]
    for name, value in headers:
        lines.append(name.encode("latin-1", "replace") + b": " + (value if isinstance(value, bytes) else value.encode("latin-1", "replace")))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def framed(rnd, method, path, headers, body):
    """The body framed by Content-Length (sometimes wrong), by chunks (sometimes broken), or not at all."""
    kind = rnd.randrange(10)
    headers = list(headers) + [("Host", HOST), ("Connection", "close")]
    if kind == 0:
        chunk = f"{len(body):x}".encode() if rnd.random() < 0.5 else rnd.choice([b"zz", b"-1", b"ffffffffffffffff", b""])
        return request(method, path, headers + [("Transfer-Encoding", "chunked")], chunk + b"\r\n" + body + b"\r\n0\r\n\r\n")
    if kind == 1:
        return request(method, path, headers + [("Content-Length", str(len(body) + rnd.randint(1, 5000)))], body)
    if kind == 2:
        return request(method, path, headers + [("Content-Length", rnd.choice(["-1", "abc", "99999999999999999999", "1, 2"]))], body)
    if kind == 3:
        return request(method, path, headers + [("Content-Length", str(len(body))), ("Transfer-Encoding", "chunked")], body)
    return request(method, path, headers + [("Content-Length", str(len(body)))], body)


def raw_garbage(rnd, path):
    kind = rnd.randrange(10)
    if kind == 0:
        return os.urandom(rnd.randrange(1, 2000))
    if kind == 1:
        return request("GET", path, [("Host", HOST)], version=rnd.choice(["HTTP/0.9", "HTTP/2.0", "HTTP/1.7", "FOO", ""]))
    if kind == 2:
        return request("GET", "/" + "a" * rnd.choice([9000, 70000]), [("Host", HOST)])
    if kind == 3:
        return request("GET", path, [("Host", HOST), ("X-Big", "b" * rnd.choice([9000, 70000]))])
    if kind == 4:
        return request(rnd.choice(["G\x00ET", "BREW", "TRACE", "CONNECT", "OPTIONS", "PROPFIND", "get"]), path, [("Host", HOST)])
    if kind == 5:
        return request("GET", rnd.choice(["/%", "/%zz", "/%c0%af", "/%00", "/\x7f", "/a b", "*", "http://x/y", "//", "/..%2f..%2fetc"]), [("Host", HOST)])
    if kind == 6:
        return request("GET", path, [("Host", HOST), ("Bad Header", "x"), ("X\x00", "y")])
    if kind == 7:
        return request("GET", path, [("Host", HOST), ("Content-Length", "5"), ("Content-Length", "6")], b"abcdef")
    if kind == 8:
        return b"GET " + path.encode() + b" HTTP/1.1\nHost: x\n\n"
    return request("GET", path + "?" + "&".join(["a=1"] * 5000), [("Host", HOST)])


def emulator_request(rnd, token, ids):
    versions = ["/v1.0", "/beta", "/v2.0", ""]
    team = rnd.choice(TEAMS * 4 + [str(uuid.uuid4()), "team", "%20", "x" * 300])
    collection = rnd.choice(["shifts", "openShifts", "timesOff", "timeOffReasons", "schedulingGroups", "timeCards",
                             "swapShiftsChangeRequests", "offerShiftRequests", "openShiftChangeRequests", "timeOffRequests"])
    item = rnd.choice(ids + [str(uuid.uuid4()), "SHFT_x", "../x", ""])
    paths = [
        "/teamwork/workforceIntegrations",
        "/teamwork/workforceIntegrations/" + item,
        f"/teams/{team}/schedule",
        f"/teams/{team}/schedule/share",
        f"/teams/{team}/schedule/{collection}",
        f"/teams/{team}/schedule/{collection}/{item}",
        f"/teams/{team}/schedule/{collection}/{item}/" + rnd.choice(["approve", "decline", "clockOut", "confirm", "bogus"]),
    ]
    path = rnd.choice(versions) + rnd.choice(paths)
    if rnd.random() < 0.05:  # a team's schedule, so requests below it reach the resources
        body = json.dumps({"enabled": True, "timeZone": "America/Chicago"}).encode()
        return request("PUT", f"/v1.0/teams/{rnd.choice(TEAMS)}/schedule", [("Authorization", "Bearer " + token),
                       ("Content-Type", "application/json"), ("Content-Length", str(len(body))), ("Host", HOST), ("Connection", "close")], body)
    if rnd.random() < 0.1:
        path = f"/_emulator/teams/{team}/simulate"
    if rnd.random() < 0.3:
        path += "?" + rnd.choice(["$top=" + rnd.choice(["-1", "0", "1000000", "abc", "1e3"]), "$skiptoken=" + rnd.choice(["x", "%00", "9" * 50]),
                                  "$filter=" + rnd.choice(["state eq 'x'", "(((", "sharedShift/startDateTime ge 2019-01-01T00:00:00Z", "userId eq null"]),
                                  "$select=id", "$orderby=x", "a=%c0%af"])
    method = rnd.choice(["GET", "POST", "PATCH", "PUT", "DELETE", "GET", "POST", "PATCH"])
    auth = rnd.random()
    headers = []
    if auth < 0.85:
        headers.append(("Authorization", "Bearer " + token))
    elif auth < 0.92:
        headers.append(("Authorization", rnd.choice(["Bearer x.y.z", "Bearer " + token[:-3] + "abc", "Basic Zm9vOmJhcg==", "Bearer",
                                                    "Bearer eyJhbGciOiJub25lIn0.eyJzY3AiOiJXb3JrZm9yY2VJbnRlZ3JhdGlvbi5SZWFkV3JpdGUuQWxsIn0."])))
    if rnd.random() < 0.3:
        headers.append(("Prefer", rnd.choice(["include-unknown-enum-members", "return=representation", "x" * 500])))
    if rnd.random() < 0.2:
        headers.append(("If-Match", rnd.choice(["*", "W/\"x\"", "\"" + str(uuid.uuid4()) + "\"", "garbage"])))
    if rnd.random() < 0.2:
        headers.append(("MS-APP-ACTS-AS", rnd.choice(["not-a-guid", str(uuid.uuid4()), ""])))
    headers.append(("Content-Type", rnd.choice(["application/json"] * 6 + ["text/plain", "application/json; charset=latin1", "", "application/xml"])))
    base = integration(rnd) if "workforceIntegrations" in path else {
        "userId": str(uuid.uuid4()), "schedulingGroupId": "TAG_x",
        "sharedShift": {"displayName": "Day", "startDateTime": "2019-03-11T15:00:00Z", "endDateTime": "2019-03-12T00:00:00Z", "theme": "blue"},
        "enabled": True, "timeZone": "America/Chicago", "requests": [{"id": "1", "method": "POST", "url": "/shifts/1", "body": {}}]}
    body = body_bytes(rnd, mutate(rnd, base)) if method in ("POST", "PATCH", "PUT") or rnd.random() < 0.05 else b""
    return framed(rnd, method, path, headers, body)


def compact_varint(value):
    out = bytearray()
    while value & ~0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def blob(field, value):
    return bytes([field << 5 | 11, 14]) + compact_varint(len(value)) + value


def encrypt(secret, plaintext):
    """The Shifts callback frame (docs/architecture.md): AES-256-CBC + HMAC-SHA256 in Bond CompactBinary."""
    from cryptography.hazmat.primitives import hashes, hmac, padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    key = os.urandom(32)
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    wrapper = Cipher(algorithms.AES(secret[32:64]), modes.ECB()).encryptor()
    wrapped = wrapper.update(key) + wrapper.finalize()
    mac = hmac.HMAC(secret[:32], hashes.SHA256())
    mac.update(b"AES-256-CBC-HMAC-SHA256" + (1).to_bytes(4, "little") + wrapped + iv + ciphertext)
    payload = blob(0, wrapped) + blob(1, iv) + blob(2, ciphertext) + blob(3, mac.finalize()) + b"\x00"
    return bytes([16]) + compact_varint(2) + blob(1, payload) + b"\x00"


def callback_request(rnd, secret):
    team = rnd.choice([str(uuid.uuid4()), "t", "%00", "x" * 300])
    path = rnd.choice(["/v1/connect", f"/v1/teams/{team}/update", f"/v1/teams/{team}/read", "/v2/connect", "/v1/teams//update", "/"])
    expires = rnd.choice(["2099-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "garbage", ""])
    item = {"id": rnd.choice(["SHFT_1", "", "x" * 1000]), "method": rnd.choice(["POST", "PUT", "DELETE", "GET", "BREW"]),
            "url": rnd.choice(["/shifts/SHFT_1", "/swapRequests/1/approve", "/timecards/1", "/shifts/1/requestableShifts?requestType=SwapRequest&startTime=x&endTime=y", "", "%%%"]),
            "headers": {"X-MS-Transaction-ID": str(uuid.uuid4()), "X-MS-Expires": expires},
            "body": {"id": "SHFT_1", "userId": str(uuid.uuid4()), "sharedShift": {"startDateTime": "2019-03-11T15:00:00Z", "endDateTime": "2019-03-12T00:00:00Z"}}}
    value = {"tenantId": str(uuid.uuid4()), "userId": str(uuid.uuid4())} if "connect" in path else {"requests": [item] * rnd.randint(0, 3)}
    plaintext = body_bytes(rnd, mutate(rnd, value))
    kind = rnd.randrange(5)
    if kind == 0:
        body = plaintext  # not encrypted
    elif kind == 1:
        frame = bytearray(encrypt(secret, plaintext))
        frame[rnd.randrange(len(frame))] ^= 1 << rnd.randrange(8)
        body = bytes(frame)
    else:
        body = encrypt(secret, plaintext)
    headers = [("Content-Type", rnd.choice(["application/octet-stream", "application/json", "text/plain"]))]
    if rnd.random() < 0.3:
        headers.append(("X-MS-WFMPassthrough", rnd.choice(["x", str(uuid.uuid4())])))
    return framed(rnd, rnd.choice(["POST"] * 8 + ["GET", "PUT"]), path, headers, body)


def send(port, data):
    """The status and body of the answer, or None when the connection closed without one."""
    with socket.create_connection((HOST, port), timeout=30) as sock:
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may refuse and close before reading everything; its answer is still read
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except ConnectionResetError:
            pass
    answer = b"".join(chunks)
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    if not match:
        return None, answer
    return int(match.group(1)), answer.split(b"\r\n\r\n", 1)[-1]


def main():
    target, port, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rnd = random.Random(seed)
    if target == "emulator":
        token = sys.argv[5]
        ids = []
        make = lambda: emulator_request(rnd, token, ids)
    else:
        secret = open(sys.argv[5], "rb").read().strip()
        make = lambda: callback_request(rnd, secret)
    statuses = {}
    codes = {}
    server_errors = []
    named = []
    unanswered = 0
    started = time.monotonic()
    for n in range(count):
        data = make() if rnd.random() < 0.85 else raw_garbage(rnd, "/v1.0/teamwork/workforceIntegrations" if target == "emulator" else "/v1/connect")
        status, body = send(port, data)
        if status is None:
            unanswered += 1
            continue
        statuses[status // 100] = statuses.get(status // 100, 0) + 1
        codes[status] = codes.get(status, 0) + 1
        if status >= 500:
            server_errors.append((n, status, data[:200], body[:300]))
        if EXCEPTION_NAME.search(body):
            named.append((n, status, data[:200], body[:300]))
        if target == "emulator" and status == 201:
            found = re.search(rb'"id":"([^"]+)"', body)
            if found:
                ids.append(found.group(1).decode())
    elapsed = time.monotonic() - started
    print(f"{target}: {count} hostile requests in {elapsed:.1f} s (seed {seed}): "
          + ", ".join(f"{k}xx {v}" for k, v in sorted(statuses.items()))
          + f", closed without an answer {unanswered}; 5xx answers: {len(server_errors)}; "
          + f"bodies naming an exception class: {len(named)}")
    print("  most frequent: " + ", ".join(f"{code} x{n}" for code, n in sorted(codes.items(), key=lambda c: -c[1])[:8]))
    for n, status, data, body in (server_errors + named)[:10]:
        print(f"  request {n}: {status} for {data!r}\n    answered {body!r}")
    return 1 if server_errors or named else 0


if __name__ == "__main__":
    sys.exit(main())
