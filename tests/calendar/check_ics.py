#!/usr/bin/env python3
"""Checks the calendar procure-calendar writes for the seed example with a
standard iCalendar library (python3-icalendar) and at the byte level: every
line ends with CRLF, no line is longer than 75 octets, no fold splits a
UTF-8 character; the written-input deadline (6 April 2018 12:00 in Oslo)
starts at 10:00 UTC; every event has alarms with a description; a second
export keeps every UID and SEQUENCE and has a later DTSTAMP, so importing
it again updates the events instead of adding copies (RFC 5546 2.1.5); the
file is METHOD:PUBLISH with the case's contact as every event's ORGANIZER
(RFC 5546 3.2.1).

usage: check_ics.py --bin DIR --source DIR
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import icalendar

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def export(bin_dir, work, name, now, lang):
    path = os.path.join(work, name)
    subprocess.run([os.path.join(bin_dir, "procure-calendar"), "kmd", "-o", path, "--now", now,
                    "--lang", lang], cwd=work, check=True, capture_output=True)
    with open(path, "rb") as f:
        return f.read()


def check_bytes(data):
    check(data.endswith(b"\r\n"), "the file does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        check(b"\n" not in line and b"\r" not in line, f"line {number}: a bare CR or LF")
        check(len(line) <= 75, f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            FAILURES.append(f"line {number}: a fold splits a UTF-8 character")
    check(b"\r\n " in data, "no line is folded (the test wants a long line)")


def events_of(data):
    calendar = icalendar.Calendar.from_ical(data)
    check(str(calendar["VERSION"]) == "2.0", "VERSION is not 2.0")
    check(calendar.get("PRODID") is not None, "no PRODID")
    check(str(calendar.get("METHOD")) == "PUBLISH", "METHOD is not PUBLISH")
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--source", required=True)
    options = parser.parse_args()
    options.bin = os.path.abspath(options.bin)
    with tempfile.TemporaryDirectory(prefix="ics-") as work:
        shutil.copytree(os.path.join(options.source, "examples", "kmd-2018-prosessbistand"),
                        os.path.join(work, "kmd"))
        first = export(options.bin, work, "first.ics", "2018-03-01T08:00:00Z", "nb")
        second = export(options.bin, work, "second.ics", "2018-03-02T08:00:00Z", "nb")
    check_bytes(first)
    a = events_of(first)
    b = events_of(second)
    # The timeline's 11 milestones, the dialogue meeting's registration
    # deadline, and the award's court injunction, contract award notice and
    # complaint board deadlines.
    check(len(a) == 15, f"{len(a)} events, expected 15")
    check(set(a) == set(b), "a second export changes the UIDs")
    deadline = [e for uid, e in a.items() if uid.startswith("written_input_deadline-")]
    check(len(deadline) == 1, "no event for the written-input deadline")
    if deadline:
        start = deadline[0]["DTSTART"].dt
        check(start == datetime.datetime(2018, 4, 6, 10, 0, tzinfo=datetime.timezone.utc),
              f"the written-input deadline starts at {start}, not 2018-04-06 10:00 UTC")
        check("Frist for skriftlige innspill" in str(deadline[0]["SUMMARY"]),
              "the summary is not in Bokmål")
    registration = [e for uid, e in a.items() if uid.startswith("dialogue-leverandordialogmote-")]
    check(len(registration) == 1 and registration[0]["DTSTART"].dt ==
          datetime.datetime(2018, 3, 20, 11, 0, tzinfo=datetime.timezone.utc),
          "the registration deadline is not 2018-03-20 12:00 Oslo time")
    meeting = [e for uid, e in a.items() if uid.startswith("meeting-")]
    check(len(meeting) == 1 and meeting[0]["DTEND"].dt ==
          datetime.datetime(2018, 3, 22, 11, 0, tzinfo=datetime.timezone.utc),
          "the dialogue meeting does not end at 12:00 Oslo time")
    notice = [e for uid, e in a.items() if uid.startswith("notice_sent-")]
    check(len(notice) == 1 and notice[0]["DTSTART"].dt == datetime.date(2018, 4, 16) and
          notice[0]["DTEND"].dt == datetime.date(2018, 4, 30),
          "the notice window is not the days 16-29 April")
    for uid, event in a.items():
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        check(len(alarms) == 2, f"{uid}: {len(alarms)} alarms, expected 2")
        for alarm in alarms:
            check(str(alarm.get("ACTION")) == "DISPLAY" and alarm.get("DESCRIPTION") and
                  alarm.get("TRIGGER") is not None, f"{uid}: an alarm lacks ACTION, DESCRIPTION or TRIGGER")
        check(int(b[uid]["SEQUENCE"]) == int(event["SEQUENCE"]) == 0,
              f"{uid}: SEQUENCE is not 0 in both exports")
        check(str(event.get("ORGANIZER")) == "mailto:postmottak@kmd.dep.no" and
              event["ORGANIZER"].params.get("CN") == "Kari Nordmann",
              f"{uid}: ORGANIZER is not the case's contact")
        check(event.get("DTSTAMP") is not None and b[uid]["DTSTAMP"].dt > event["DTSTAMP"].dt,
              f"{uid}: the second export's DTSTAMP is not the later")
    for message in FAILURES:
        print("FAIL " + message)
    print(f"{len(a)} events checked, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
