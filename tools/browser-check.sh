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
import os, sys
from html.parser import HTMLParser

sys.path.insert(0, "tools")
from cdp import Browser  # noqa: E402

BROWSER, OUT = sys.argv[1], sys.argv[2]
TITLE = "cards-ok"  # the title of the card pages unless a payload ran


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
    browser = Browser(BROWSER, log)
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
