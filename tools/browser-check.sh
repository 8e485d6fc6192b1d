#!/usr/bin/env bash
# Browser check of the HTML candidate cards (issue 11): renders a page of cards per theme, hostile
# profile included (examples/card_gallery.rs of sourcing-adapters-cards), loads each in headless
# Chromium and fails if any script ran, any markup from a profile became an element or attribute,
# or the page made any network request. Screenshots for humans:
# target/cards/{dark,light}.png (800 px wide) and {dark,light}-320.png (320 px wide).
#
# Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), so the
# network check sees exactly the page's requests (Network.requestWillBeSent, fired before any
# request leaves, blocked or not). A proxy alone cannot tell those from the browser's own
# background traffic (component updates, network time, account checks), which no set of flags
# silences reliably. That traffic is still sent to a closed local port, so nothing leaves the
# machine. A canary page first proves that scripts do run and requests are seen in this setup,
# so a clean result for the cards means something.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO=${CARGO:-cargo}
OUT=target/cards
started=$(date +%s)

fail() {
	echo "browser-check: FAIL: $*" >&2
	exit 1
}

if ! command -v chromium >/dev/null 2>&1; then
	echo "browser-check: chromium is missing; installing the Debian package 'chromium'"
	if [ "$(id -u)" -ne 0 ]; then
		fail "chromium is not installed and we are not root: run 'apt-get install chromium'"
	fi
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends chromium; } >/dev/null ||
		fail "could not install the Debian package 'chromium'"
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to drive Chromium"
# Only for the screenshots: without a colour emoji font, emoji show as empty boxes.
if ! fc-list 2>/dev/null | grep -i 'emoji' >/dev/null && [ "$(id -u)" -eq 0 ]; then
	install_font() {
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			fonts-noto-color-emoji >/dev/null 2>&1
	}
	install_font || { apt-get update -qq >/dev/null 2>&1 && install_font; } ||
		echo "browser-check: note: no emoji font (fonts-noto-color-emoji); screenshots show boxes"
fi
# The Debian wrapper (/usr/bin/chromium) adds extensions and Google service settings; the binary
# itself runs without them.
browser=/usr/lib/chromium/chromium
[ -x "$browser" ] || browser=$(command -v chromium)

rm -rf "$OUT"
mkdir -p "$OUT"
"$CARGO" run -q -p sourcing-adapters-cards --example card_gallery -- "$OUT" ||
	fail "could not render the card pages"

python3 - "$browser" "$OUT" <<'PY' || fail "see the lines above (Chromium log: $OUT/chromium.log)"
import base64, json, os, select, subprocess, sys, tempfile, time
from html.parser import HTMLParser

BROWSER, OUT = sys.argv[1], sys.argv[2]
TITLE = "cards-ok"  # the title of the card pages unless a payload ran


class Browser:
    """Headless Chromium over --remote-debugging-pipe (fd 3: commands in, fd 4: replies out)."""

    def __init__(self, log):
        self.profile = tempfile.TemporaryDirectory(prefix="browser-check-")
        to_child, self.cmd = os.pipe()
        self.out, from_child = os.pipe()

        def wire():  # runs in the child before exec
            a, b = os.dup(to_child), os.dup(from_child)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [BROWSER, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
             f"--user-data-dir={self.profile.name}", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
             "--disable-client-side-phishing-detection", "--metrics-recording-only",
             "--disable-breakpad", "--hide-scrollbars", "--force-color-profile=srgb",
             "--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying",
             # The browser's own background traffic goes nowhere (port 9 is closed).
             "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=wire, pass_fds=(3, 4))
        os.close(to_child)
        os.close(from_child)
        self.buffer, self.next_id, self.events = b"", 0, []

    def _read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.out], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.out, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=None, timeout=30, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.cmd, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(i)
            self.events.append(self._read(deadline))

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read(deadline))
        except TimeoutError:
            pass

    def load(self, url, width):
        """Opens url in a fresh tab `width` CSS px wide; returns (session, request URLs, title)."""
        self.events.clear()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable", session)
        self.call("Emulation.setDeviceMetricsOverride", session, width=width, height=800,
                  deviceScaleFactor=1, mobile=False)
        self.call("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired")
        self.drain(1.0)  # let error handlers and timers of anything that slipped through run
        requests = [e["params"]["request"]["url"] for e in self.events
                    if e["method"] == "Network.requestWillBeSent" and e.get("sessionId") == session]
        title = self.evaluate(session, "document.title")
        return session, requests, title

    def evaluate(self, session, expression):
        return self.call("Runtime.evaluate", session, expression=expression,
                         returnByValue=True)["result"].get("value")

    def screenshot(self, session, width, path):
        height = self.evaluate(session, "document.documentElement.scrollHeight")
        self.call("Emulation.setDeviceMetricsOverride", session, width=width,
                  height=int(height), deviceScaleFactor=1, mobile=False)
        data = self.call("Page.captureScreenshot", session, format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.profile.cleanup()


ALLOWED = {"html", "head", "meta", "title", "body", "div", "table", "tbody", "tr", "td", "h2",
           "p", "span", "a"}


class DomCheck(HTMLParser):
    """What the browser built: only card elements, no handlers or loaders, cards side by side."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.body_children = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problems.append(f"element <{tag}> in the DOM")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in ("src", "srcset", "background", "poster", "action", "formaction", "data"):
                self.problems.append(f"{name}={value!r} on <{tag}>")
            if name == "href" and not value.startswith("https://"):
                self.problems.append(f"href={value!r}")
            if name == "style" and "url(" in value:
                self.problems.append(f"url() in a style on <{tag}>")
        if self.stack == ["html", "body"]:
            self.body_children.append((tag, dict(attrs)))
        if tag != "meta":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass


def file_url(path):
    return "file://" + os.path.abspath(path)


problems = []
with open(os.path.join(OUT, "chromium.log"), "wb") as log:
    browser = Browser(log)
    try:
        # Canary: a script that runs and an image that loads must both be seen.
        canary = os.path.join(browser.profile.name, "canary.html")
        with open(canary, "w") as f:
            f.write("<!DOCTYPE html><title>canary</title><img src='https://canary.invalid/p.png'>"
                    "<script>document.title = 'script-ran'</script>")
        _, requests, title = browser.load(file_url(canary), 800)
        if title != "script-ran":
            sys.exit("browser-check: the canary's script did not run, so a clean card page "
                     "would prove nothing")
        if not any("canary.invalid" in r for r in requests):
            sys.exit(f"browser-check: the canary's image request was not seen ({requests}), "
                     "so the cards' requests would not be either")

        for theme in ("dark", "light"):
            page = os.path.join(OUT, f"{theme}.html")
            source = open(page, encoding="utf-8").read()
            expected_cards = source.count('<div dir="ltr"')
            for width, png in ((800, f"{theme}.png"), (320, f"{theme}-320.png")):
                where = f"{page} at {width} px"
                session, requests, title = browser.load(file_url(page), width)
                if title != TITLE:
                    problems.append(f"{where}: the title is {title!r}: a payload ran")
                foreign = [r for r in requests if r != file_url(page)]
                if foreign:
                    problems.append(f"{where}: network requests {foreign}")
                dom = browser.evaluate(session, "document.documentElement.outerHTML")
                check = DomCheck()
                check.feed(dom)
                problems += [f"{where}: {p}" for p in check.problems]
                cards = [c for c in check.body_children if c[0] == "div"]
                if len(cards) != expected_cards or expected_cards < 3:
                    problems.append(f"{where}: {len(cards)} top-level card <div>s in the DOM, "
                                    f"{expected_cards} rendered")
                if (len(check.body_children) != len(cards) + 1
                        or check.body_children[-1][1].get("id") != "cards-end"):
                    tags = [c[0] for c in check.body_children]
                    problems.append(f"{where}: the body holds {tags}: a card broke out")
                overflow = browser.evaluate(
                    session, "document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 0:
                    problems.append(f"{where}: the page scrolls sideways by {overflow} px")
                browser.screenshot(session, width, os.path.join(OUT, png))
                with open(os.path.join(OUT, f"{theme}.dom.html"), "w", encoding="utf-8") as f:
                    f.write(dom)
    finally:
        browser.close()

for p in problems:
    print(f"browser-check: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY

echo "browser-check: ok, no script ran and no request was made ($(($(date +%s) - started)) s);" \
	"screenshots in $OUT/{dark,light}{,-320}.png"
