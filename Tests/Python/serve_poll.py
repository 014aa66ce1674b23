#!/usr/bin/env python3
"""Poll and long-poll client for the end-to-end tests of `notifywire serve` (`http.client`); every batch is
decoded with the independent peers (see serve_common.Decoder).

Usage: serve_poll.py MODE --url http://127.0.0.1:PORT --recipient ID [options] < notifications (proto3 JSON)

  codecs    publish stdin's notifications, then poll once per codec with `Accept: <media type>` and again
            with `If-None-Match: <the ETag>`: prints {codec: {"status", "contentType", "etag", "batch",
            "revalidated"}} where revalidated is the second answer's status (304 expected).
  longpoll  poll once to learn the cursor, start a long-poll (`wait=30`) in a thread, check it is still held
            after --hold seconds, publish stdin's first notification and time the answer: prints
            {"heldBeforePublish", "secondsAfterPublish", "status", "batch"}.
Options: --token JWT (Authorization: Bearer), --publish-token, --timeout (default 40), --hold (default 0.5).
"""
import argparse
import json
import threading
import time
import urllib.parse

import serve_common
from serve_common import ClientError


def poll_path(arguments, **extra):
    query = {"recipient": arguments.recipient}
    query.update({key: str(value) for key, value in extra.items() if value is not None})
    return "/notifications?" + urllib.parse.urlencode(query)


def auth_headers(arguments):
    return {"Authorization": "Bearer " + arguments.token} if arguments.token else {}


def codecs(arguments, documents, decoder):
    for doc in documents:
        serve_common.publish(arguments.url, doc, arguments.publish_token)
    result = {}
    for codec in serve_common.CODECS:
        headers = dict(auth_headers(arguments), Accept=serve_common.MEDIA_TYPES[codec])
        status, response_headers, body = serve_common.http_request(arguments.url, "GET", poll_path(arguments), None,
                                                                   headers)
        if status != 200:
            raise ClientError(f"poll with {codec} answered {status}: {body[:200]!r}")
        etag = response_headers.get("etag")
        revalidated, _, _ = serve_common.http_request(
            arguments.url, "GET", poll_path(arguments), None, dict(headers, **{"If-None-Match": etag or '"none"'}))
        result[codec] = {"status": status, "contentType": response_headers.get("content-type"), "etag": etag,
                         "batch": serve_common.carried(decoder.batch(codec, body)), "revalidated": revalidated}
    serve_common.report(result)


def longpoll(arguments, documents, decoder):
    headers = dict(auth_headers(arguments), Accept="application/json")
    status, _, body = serve_common.http_request(arguments.url, "GET", poll_path(arguments), None, headers)
    if status != 200:
        raise ClientError(f"the first poll answered {status}: {body[:200]!r}")
    cursor = json.loads(body).get("cursor") or "0"
    answer = {}

    def hold():
        answer["response"] = serve_common.http_request(
            arguments.url, "GET", poll_path(arguments, cursor=cursor, wait=30), None, headers, timeout=35)
        answer["at"] = time.monotonic()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    time.sleep(arguments.hold)
    held = thread.is_alive()
    published_at = time.monotonic()
    serve_common.publish(arguments.url, documents[0], arguments.publish_token)
    thread.join(35)
    if "response" not in answer:
        raise ClientError("the long-poll never answered")
    status, _, body = answer["response"]
    batch = serve_common.carried(decoder.batch("json", body)) if status == 200 else None
    serve_common.report({"heldBeforePublish": held, "secondsAfterPublish": answer["at"] - published_at,
                         "status": status, "batch": batch})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("codecs", "longpoll"))
    parser.add_argument("--url", required=True)
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--token")
    parser.add_argument("--publish-token")
    parser.add_argument("--hold", type=float, default=0.5)
    parser.add_argument("--timeout", type=float, default=40)
    arguments = parser.parse_args()
    serve_common.deadline(arguments.timeout)
    documents = serve_common.read_documents()
    decoder = serve_common.Decoder()
    {"codecs": codecs, "longpoll": longpoll}[arguments.mode](arguments, documents, decoder)


if __name__ == "__main__":
    serve_common.run(main)
