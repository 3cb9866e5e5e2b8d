#!/usr/bin/env python3
"""The news day's writers, beside the readers: guests post comments (about two a second,
approved at once, on the hot stories) and an editor publishes a story a minute. Each
change is timed from its acknowledgement (the redirect after the post) until an anonymous
reader sees it: the comment on its story page, the story on the home page.
Usage: newsroom.py BASE HOT_PATHS_FILE SECONDS EMAIL PASSWORD OUT_FILE   (standard library only)"""
import html.parser, http.cookiejar, json, os, random, sys, threading, time, urllib.parse, urllib.request

BASE, HOT_FILE, SECONDS, EMAIL, PASSWORD, OUT = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
HOT = [line.strip() for line in open(HOT_FILE) if line.strip()]
COMMENTS_PER_SECOND = 2.0
# NEWSROOM_PUBLISH_EVERY (seconds) publishes more often, to time many publications in one run.
PUBLISH_EVERY = float(os.environ.get("NEWSROOM_PUBLISH_EVERY", "60"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def opener(cookies=None):
    handlers = [NoRedirect()]
    if cookies is not None:
        handlers.append(urllib.request.HTTPCookieProcessor(cookies))
    client = urllib.request.build_opener(*handlers)
    client.jar = cookies
    return client


def plain_http(client):
    """The site marks its cookies Secure outside development; the benchmark talks plain HTTP on the loopback."""
    for cookie in client.jar or []:
        cookie.secure = False


def fetch(client, path, data=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with client.open(urllib.request.Request(BASE + path, data=body), timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    finally:
        plain_http(client)


class Forms(html.parser.HTMLParser):
    """The fields of each form on a page, as a browser would send them (buttons and unchecked boxes left out)."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._textarea, self._select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action", ""), "id": a.get("id", ""), "fields": {}}
            self.forms.append(self._form)
        elif self._form is None or "name" not in a and tag != "option":
            return
        elif tag == "input" and a.get("type") not in ("submit", "button", "file", "image"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self._form["fields"].setdefault(a["name"], a.get("value") or "")
        elif tag == "textarea":
            self._textarea = a["name"]
            self._form["fields"][a["name"]] = ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and (self._select not in self._form["fields"] or "selected" in a):
            self._form["fields"][self._select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea and self._form is not None:
            self._form["fields"][self._textarea] += data


def form(page, predicate):
    parser = Forms()
    parser.feed(page)
    return next(f for f in parser.forms if predicate(f))


def wait_visible(path, text, acknowledged):
    """Seconds until an anonymous read shows the text; every read before that which answered without it is counted as stale."""
    reader = opener()
    while time.time() - acknowledged < 30:
        status, page = fetch(reader, path)
        if status == 200 and text in page:
            return time.time() - acknowledged
        with lock:
            results["stale_reads"] += 1
        time.sleep(0.01)
    return None


results = {"comments": [], "stories": [], "comment_failures": 0, "publish_failures": 0, "stale_reads": 0}
lock = threading.Lock()


def record(kind, delay):
    with lock:
        if delay is None:
            results[kind + "_failures" if kind == "comment" else "publish_failures"] += 1
        else:
            results["comments" if kind == "comment" else "stories"].append(delay)


def comment(number):
    guest = opener(http.cookiejar.CookieJar())
    path = random.choice(HOT)
    status, page = fetch(guest, path)
    if status != 200:
        return record("comment", None)
    fields = form(page, lambda f: f["action"].endswith("/comments"))["fields"]
    text = f"News day reaction {number} {random.randrange(10**9)}"
    fields.update({"Name": f"Reader {number}", "Body": text})
    status, _ = fetch(guest, "/comments", fields)
    acknowledged = time.time()
    record("comment", wait_visible(path, text, acknowledged) if status in (302, 303) else None)


def publish(editor, number):
    status, page = fetch(editor, "/admin/stories/new")
    if status != 200:
        return record("story", None)
    fields = form(page, lambda f: f["id"] == "story-form")["fields"]
    title = f"News day story {number} {random.randrange(10**9)}"
    fields.update({"Form.Title": title, "Form.BodyMarkdown": "What happened today, as it happened.", "Form.Command": "Publish"})
    status, _ = fetch(editor, "/admin/stories/new", fields)
    acknowledged = time.time()
    record("story", wait_visible("/", title, acknowledged) if status in (302, 303) else None)


def sign_in():
    editor = opener(http.cookiejar.CookieJar())
    _, page = fetch(editor, "/account/signin")
    fields = form(page, lambda f: "signin" in f["action"])["fields"]
    fields.update({"Email": EMAIL, "Password": PASSWORD})
    status, _ = fetch(editor, "/account/signin", fields)
    if status not in (302, 303):
        sys.exit(f"editor sign-in answered {status}")
    return editor


def main():
    editor = sign_in()
    start = time.time()
    threads, number, next_story = [], 0, start
    while time.time() - start < SECONDS:
        now = time.time()
        if now >= next_story:
            threads.append(threading.Thread(target=publish, args=(editor, number)))
            threads[-1].start()
            next_story += PUBLISH_EVERY
        threads.append(threading.Thread(target=comment, args=(number,)))
        threads[-1].start()
        number += 1
        time.sleep(max(0, start + number / COMMENTS_PER_SECOND - time.time()))
    for thread in threads:
        thread.join()

    def summary(delays):
        delays = sorted(delays)
        if not delays:
            return {"count": 0}
        pick = lambda q: round(1000 * delays[min(len(delays) - 1, int(q * len(delays)))], 1)
        return {"count": len(delays), "p50_ms": pick(0.5), "p99_ms": pick(0.99), "max_ms": round(1000 * delays[-1], 1),
                "over_1s": sum(1 for d in delays if d > 1)}

    report = {"comments": summary(results["comments"]), "comment_failures": results["comment_failures"],
              "stories": summary(results["stories"]), "publish_failures": results["publish_failures"],
              "stale_reads": results["stale_reads"], "comments_per_second": round(len(results["comments"]) / SECONDS, 2)}
    with open(OUT, "w") as out:
        json.dump(report, out)
    print(json.dumps(report))


main()
