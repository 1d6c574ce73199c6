#!/usr/bin/env python3
"""Compares procure's Oslo time with independent sources for every year
1900-2199: local time -> UTC, and UTC -> local time and offset, through a
small dump program of the library.

- python's zoneinfo (the system's tz database, Europe/Oslo, including the
  rule string that continues its explicit transitions after 2037) for every
  year;
- the rule itself, written out here, for 1996-2199: summer time from 01:00
  UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October
  (Directive 2000/84/EC art. 2 and 3).

Each year is probed every 15 minutes through both change nights (and the
nights of the historical changes), on the day before and after, and at
random moments.

usage: compare_oslo_time.py --dump PROGRAM [--seed S]
"""

import argparse
import datetime
import random
import subprocess
import sys
import zoneinfo

FIRST_YEAR, LAST_YEAR = 1900, 2199
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
UTC = datetime.timezone.utc
HOUR = datetime.timedelta(hours=1)


def last_sunday(year, month):
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


def rule_summer(instant):
    """The EU rule, for instants from 1996 on."""
    year = instant.year
    begins = datetime.datetime.combine(last_sunday(year, 3), datetime.time(1), UTC)
    ends = datetime.datetime.combine(last_sunday(year, 10), datetime.time(1), UTC)
    return begins <= instant < ends


def zoneinfo_local_to_utc(local):
    """UTC text, or the problem code, by zoneinfo's folds."""
    first = local.replace(tzinfo=OSLO, fold=0)
    second = local.replace(tzinfo=OSLO, fold=1)
    if first.utcoffset() != second.utcoffset():
        # PEP 495: in a gap fold=0 takes the offset before the gap (later UTC),
        # in a repeated hour the two folds are two instants.
        back = first.astimezone(UTC).astimezone(OSLO).replace(tzinfo=None)
        return "time.ambiguous-in-oslo" if back == local else "time.nonexistent-in-oslo"
    return first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rule_local_to_utc(local):
    fits = []
    for hours in (1, 2):
        instant = (local - hours * HOUR).replace(tzinfo=UTC)
        if rule_summer(instant) == (hours == 2):
            fits.append(instant)
    if len(fits) == 2:
        return "time.ambiguous-in-oslo"
    if not fits:
        return "time.nonexistent-in-oslo"
    return fits[0].strftime("%Y-%m-%dT%H:%M:%SZ")


def change_days(year):
    """The days on which zoneinfo says the offset changes, found hour by hour."""
    days = set()
    start = datetime.datetime(year, 1, 1, tzinfo=UTC)
    end = datetime.datetime(year + 1, 1, 1, tzinfo=UTC)
    step = datetime.timedelta(hours=6)
    moment = start
    offset = moment.astimezone(OSLO).utcoffset()
    while moment < end:
        following = moment + step
        following_offset = following.astimezone(OSLO).utcoffset()
        if following_offset != offset:
            days.add(following.astimezone(OSLO).date())
            days.add(moment.astimezone(OSLO).date())
        moment, offset = following, following_offset
    return days


def probes(rng):
    local_times = []
    instants = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        days = set(change_days(year))
        if year >= 1996:
            days |= {last_sunday(year, 3), last_sunday(year, 10)}
        for day in sorted(days):
            for shift in (-1, 0, 1):
                d = day + datetime.timedelta(days=shift)
                if d.year < FIRST_YEAR or d.year > LAST_YEAR:
                    continue
                for minute in range(0, 24 * 60, 15):
                    local_times.append(datetime.datetime.combine(d, datetime.time(minute // 60, minute % 60)))
                start = datetime.datetime.combine(d, datetime.time(0), UTC) - 3 * HOUR
                for quarter in range(0, 30 * 4):
                    instants.append(start + quarter * datetime.timedelta(minutes=15))
        for _ in range(40):
            day = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
            local_times.append(datetime.datetime.combine(day, datetime.time(rng.randrange(24), rng.randrange(60))))
            instants.append(datetime.datetime(year, 1, 1, tzinfo=UTC) + datetime.timedelta(seconds=rng.randrange(365 * 86400)))
    # Both ends of the accepted range.
    instants = [i for i in instants if FIRST_YEAR <= i.astimezone(OSLO).year <= LAST_YEAR]
    return local_times, instants


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", required=True)
    parser.add_argument("--seed", type=int, default=2038)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    local_times, instants = probes(rng)
    lines = [t.strftime("%Y-%m-%d %H:%M") for t in local_times]
    lines += ["@%d" % int(i.timestamp()) for i in instants]
    result = subprocess.run([args.dump], input="\n".join(lines) + "\n", capture_output=True,
                            text=True, check=True)
    answers = result.stdout.splitlines()
    if len(answers) != len(lines):
        print("the dump program answered %d of %d lines" % (len(answers), len(lines)))
        return 1
    failures = []
    rule_checked = 0
    for local, answer in zip(local_times, answers[: len(local_times)]):
        got = answer.split(" ")[2]
        expected = zoneinfo_local_to_utc(local)
        if got != expected:
            failures.append("%s: procure %s, zoneinfo %s" % (local, got, expected))
        if local.year >= 1996:
            rule_checked += 1
            by_rule = rule_local_to_utc(local)
            if got != by_rule:
                failures.append("%s: procure %s, the EU rule %s" % (local, got, by_rule))
    for instant, answer in zip(instants, answers[len(local_times):]):
        _, local_text, offset_text = answer.split(" ")
        expected_local = instant.astimezone(OSLO)
        expected_offset = int(expected_local.utcoffset().total_seconds() // 60)
        if local_text != expected_local.strftime("%Y-%m-%dT%H:%M:%S") or int(offset_text) != expected_offset:
            failures.append("%s: procure %s %s, zoneinfo %s %d" % (instant, local_text, offset_text,
                                                                  expected_local.isoformat(), expected_offset))
        if instant.year >= 1996:
            rule_checked += 1
            by_rule = 120 if rule_summer(instant) else 60
            if int(offset_text) != by_rule:
                failures.append("%s: procure offset %s, the EU rule %d" % (instant, offset_text, by_rule))
    for failure in failures[:40]:
        print(failure)
    print("%d local times and %d instants compared with zoneinfo for %d-%d, %d with the EU rule; %d differences"
          % (len(local_times), len(instants), FIRST_YEAR, LAST_YEAR, rule_checked, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
