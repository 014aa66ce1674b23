#!/usr/bin/env python3
"""Authentication checks against `notifywire serve --jwt-secret S --publish-token T` (standard library plus
`websockets`): JWTs are minted here with hmac/hashlib/base64 (HS256).

Usage: serve_auth.py --url http://127.0.0.1:PORT --secret S --publish-token T --recipient A --other B

Publishes one notification for A (with the publish token), then asks every subscribe route (/events, /ws,
GET /notifications; the token in the `Authorization` header and in `?access_token=`) with no token, an expired
token, a token for B and a token signed with another secret; also publishes with no and with a wrong publish
token. Finally polls with a good token. Prints {"denied": [{"what", "status", "leaked"}], "publish": [...],
"goodPoll": batch, "goodStatus"}: leaked says whether the answer's body contained the notification's title.
"""
import argparse
import json
import time
import urllib.parse

import serve_common
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect as ws_connect

SECRET_TITLE = "only-for-the-right-token"


def tokens(arguments):
    now = int(time.time())
    return {
        "none": None,
        "expired": serve_common.jwt_hs256(arguments.secret, {"sub": arguments.recipient, "exp": now - 120}),
        "other-recipient": serve_common.jwt_hs256(arguments.secret, {"sub": arguments.other, "exp": now + 300}),
        "wrong-secret": serve_common.jwt_hs256(arguments.secret + "-not", {"sub": arguments.recipient,
                                                                            "exp": now + 300}),
    }


def http_attempt(arguments, path, token, in_query):
    query = {"recipient": arguments.recipient}
    headers = {}
    if path == "/events":
        query["codec"] = "json"
        headers["Last-Event-ID"] = "0"
    if token and in_query:
        query["access_token"] = token
    elif token:
        headers["Authorization"] = "Bearer " + token
    target = path + "?" + urllib.parse.urlencode(query)
    try:
        status, _, body = serve_common.http_request(arguments.url, "GET", target, None, headers, timeout=5)
    except TimeoutError:
        return -1, True  # an answer that never ended: a stream was opened, which is the failure checked
    return status, SECRET_TITLE.encode() in body


def ws_attempt(arguments, token, in_query):
    query = {"recipient": arguments.recipient, "after": "0"}
    headers = {}
    if token and in_query:
        query["access_token"] = token
    elif token:
        headers["Authorization"] = "Bearer " + token
    uri = arguments.url.replace("http://", "ws://", 1) + "/ws?" + urllib.parse.urlencode(query)
    try:
        connection = ws_connect(uri, additional_headers=headers, proxy=None, open_timeout=5, compression=None)
    except InvalidStatus as refused:
        return refused.response.status_code, SECRET_TITLE.encode() in (refused.response.body or b"")
    try:
        message = connection.recv(timeout=2)
        leaked = SECRET_TITLE in (message if isinstance(message, str) else message.decode("latin-1"))
    except Exception:  # noqa: BLE001 - a connection that was accepted but delivers nothing
        leaked = False
    connection.close()
    return 101, leaked


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--publish-token", required=True)
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--other", required=True)
    parser.add_argument("--timeout", type=float, default=60)
    arguments = parser.parse_args()
    serve_common.deadline(arguments.timeout)

    notification = {"id": "secret", "recipientId": arguments.recipient, "title": SECRET_TITLE}
    serve_common.publish(arguments.url, notification, arguments.publish_token)

    denied = []
    for name, token in tokens(arguments).items():
        for in_query in (False, True):
            if token is None and in_query:
                continue
            where = "query" if in_query else "header"
            for path in ("/events", "/notifications"):
                status, leaked = http_attempt(arguments, path, token, in_query)
                denied.append({"what": f"GET {path} {name} ({where})", "status": status, "leaked": leaked})
            status, leaked = ws_attempt(arguments, token, in_query)
            denied.append({"what": f"WebSocket /ws {name} ({where})", "status": status, "leaked": leaked})

    publish = []
    for name, header in (("none", None), ("wrong", "Bearer not-the-publish-token")):
        headers = {"Content-Type": "application/json"}
        if header:
            headers["Authorization"] = header
        body = json.dumps({"id": "intruder", "recipientId": arguments.recipient, "title": "intruder"})
        status, _, _ = serve_common.http_request(arguments.url, "POST", "/notifications", body, headers)
        publish.append({"what": f"POST /notifications {name} publish token", "status": status})

    good = serve_common.jwt_hs256(arguments.secret, {"sub": arguments.recipient, "exp": int(time.time()) + 300})
    status, _, body = serve_common.http_request(
        arguments.url, "GET", "/notifications?" + urllib.parse.urlencode({"recipient": arguments.recipient}), None,
        {"Authorization": "Bearer " + good, "Accept": "application/json"})
    batch = serve_common.carried(serve_common.Decoder().batch("json", body)) if status == 200 else None
    serve_common.report({"denied": denied, "publish": publish, "goodStatus": status, "goodPoll": batch,
                         "goodToken": good})


if __name__ == "__main__":
    serve_common.run(main)
