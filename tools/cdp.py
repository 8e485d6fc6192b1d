"""Headless Chromium driven over the DevTools protocol on a pipe, shared by the browser checks
(tools/browser-check.sh for the HTML cards, tools/api-check.sh for the /docs page).

Chromium gets --remote-debugging-pipe, so a check sees exactly the page's requests
(Network.requestWillBeSent, fired before any request leaves, blocked or not); the browser's own
background traffic goes to a closed local port, so nothing leaves the machine.
"""
import base64
import json
import os
import select
import subprocess
import tempfile
import time


class Browser:
    """Headless Chromium over --remote-debugging-pipe (fd 3: commands in, fd 4: replies out)."""

    def __init__(self, browser, log, bypass=""):
        """`bypass`: extra proxy-bypass rules (`127.0.0.1:8080`) for a local server under test."""
        self.profile = tempfile.TemporaryDirectory(prefix="browser-check-")
        to_child, self.cmd = os.pipe()
        self.out, from_child = os.pipe()

        def wire():  # runs in the child before exec
            a, b = os.dup(to_child), os.dup(from_child)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [browser, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
             f"--user-data-dir={self.profile.name}", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
             "--disable-client-side-phishing-detection", "--metrics-recording-only",
             "--disable-breakpad", "--hide-scrollbars", "--force-color-profile=srgb",
             "--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying",
             # The browser's own background traffic goes nowhere (port 9 is closed).
             "--proxy-server=http://127.0.0.1:9",
             "--proxy-bypass-list=<-loopback>" + (";" + bypass if bypass else ""),
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
