#!/usr/bin/env python3
"""Compares procure's calendar with independent sources for every year
2000-2100: the public holidays of `procure-dates holidays YEAR --json`
against python-holidays (holidays.Norway, without its Sundays) and Easter
against dateutil.easter; and the ends of periods counted by Regulation
1182/71 against a straightforward implementation here, for many random
dates and periods (through a small dump program of the library, and a
sample through procure-dates itself).

usage: compare_calendar.py --bin DIR --dump PROGRAM [--cases N] [--seed S]
"""

import argparse
import datetime
import json
import os
import random
import subprocess
import sys

import holidays
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

FIRST_YEAR, LAST_YEAR = 2000, 2100
ONE = datetime.timedelta(days=1)


def python_holidays(year):
    # holidays.Norway lists every Sunday as "Søndag" unless told not to.
    calendar = holidays.Norway(years=year, include_sundays=False)
    out = {}
    for day, names in calendar.items():
        if day.year == year:
            out[day] = sorted(n.strip() for n in names.split(","))
    return out


HOLIDAYS = {}


def is_holiday(day):
    if day.year not in HOLIDAYS:
        HOLIDAYS[day.year] = set(python_holidays(day.year))
    return day in HOLIDAYS[day.year]


def is_working(day):
    return day.weekday() < 5 and not is_holiday(day)


def next_working(day):
    day += ONE
    while not is_working(day):
        day += ONE
    return day


def period_end(start, count, unit):
    """Regulation 1182/71 art. 3, written out plainly."""
    if unit == "d":
        last = start + datetime.timedelta(days=count)
    elif unit == "w":
        last = start + datetime.timedelta(days=7 * count)
    elif unit == "mo":
        last = start + relativedelta(months=count)  # clamps to the month's last day
    elif unit == "wd":
        last = start
        for _ in range(count):
            last = next_working(last)
    else:
        raise ValueError(unit)
    # Art. 3(4): a last day that is not a working day moves to the next one.
    if not is_working(last):
        last = next_working(last)
    # Art. 3(5): a period of two days or more holds at least two working days.
    if unit in ("w", "mo") or count >= 2:
        working = 0
        day = start + ONE
        while day <= last:
            working += is_working(day)
            day += ONE
        if working < 2:
            last = max(last, next_working(next_working(start)))
    return last


def check_holidays(bin_dir):
    failures = 0
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        result = subprocess.run([os.path.join(bin_dir, "procure-dates"), "holidays", str(year),
                                 "--json", "--lang", "nb"], capture_output=True, check=True)
        ours = {}
        for h in json.loads(result.stdout)["holidays"]:
            ours.setdefault(datetime.date.fromisoformat(h["date"]), []).append(h["name"])
        ours = {day: sorted(names) for day, names in ours.items()}
        theirs = python_holidays(year)
        if ours != theirs:
            failures += 1
            print(f"FAIL {year}: procure {sorted(ours.items())} != python-holidays {sorted(theirs.items())}")
        sunday = easter(year)
        if ours.get(sunday) != ["Første påskedag"]:
            failures += 1
            print(f"FAIL {year}: Easter Sunday is {sunday} by dateutil")
    print(f"holidays: {LAST_YEAR - FIRST_YEAR + 1} years compared, {failures} failures")
    return failures


def random_cases(count, seed):
    rng = random.Random(seed)
    first = datetime.date(FIRST_YEAR, 1, 1).toordinal()
    last = datetime.date(LAST_YEAR, 10, 1).toordinal()
    cases = []
    for _ in range(count):
        start = datetime.date.fromordinal(rng.randint(first, last))
        unit = rng.choice(["d", "d", "d", "wd", "w", "mo"])
        limit = {"d": 120, "wd": 60, "w": 20, "mo": 24}[unit]
        # Short periods often, to meet art. 3(5) around Easter and Christmas.
        n = rng.choice([1, 2, 3, rng.randint(1, limit)])
        cases.append((start, n, unit))
    # Every day of a few years with the periods that matter most.
    for year in (2018, 2024, 2038):
        day = datetime.date(year, 1, 1)
        while day.year == year:
            for n, unit in ((2, "d"), (10, "d"), (30, "d"), (35, "d"), (10, "wd")):
                cases.append((day, n, unit))
            day += ONE
    return cases


def check_periods(dump, bin_dir, count, seed):
    cases = random_cases(count, seed)
    text = "".join(f"{s.isoformat()} {n}{u}\n" for s, n, u in cases)
    result = subprocess.run([dump], input=text.encode(), capture_output=True, check=True)
    lines = result.stdout.decode().splitlines()
    failures = 0
    for (start, n, unit), line in zip(cases, lines, strict=True):
        got = line.split()[2]
        want = period_end(start, n, unit).isoformat()
        if got != want:
            failures += 1
            if failures <= 20:
                print(f"FAIL {start} + {n}{unit}: procure {got}, independent {want}")
    # A sample through the tool itself, which must agree with its library.
    rng = random.Random(seed + 1)
    sample = rng.sample(cases, 40)
    for start, n, unit in sample:
        result = subprocess.run([os.path.join(bin_dir, "procure-dates"), "add", start.isoformat(),
                                 f"{n}{unit}", "--json"], capture_output=True, check=True)
        got = json.loads(result.stdout)["last"]["date"]
        want = period_end(start, n, unit).isoformat()
        if got != want:
            failures += 1
            print(f"FAIL procure-dates add {start} {n}{unit}: {got}, independent {want}")
    print(f"periods: {len(cases)} computed by the library and {len(sample)} by procure-dates, "
          f"{failures} failures")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--dump", required=True)
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1182)
    options = parser.parse_args()
    options.bin = os.path.abspath(options.bin)
    failures = check_holidays(options.bin)
    failures += check_periods(options.dump, options.bin, options.cases, options.seed)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
