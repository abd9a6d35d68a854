#!/usr/bin/env python3
"""Sum the reports of several Stryker runs that each mutated part of a project into one score.

    scripts/mutation-sum.py REPORT[:SKIP,SKIP...] ...

Each REPORT is a run's mutation-report.json; SKIP substrings leave out files of that run (for example a file measured
again in a later run). Only the files a run mutated count (a file whose mutants were all removed by the --mutate
filter is not part of that run). Fails when a file is counted in two runs. Prints the counts per run and the total,
with Stryker's score: detected (killed, timed out) over detected plus undetected (survived, not covered).
"""
import collections, json, sys


def mutated(mutants):
    return any(not (m['status'] == 'Ignored' and 'mutate filter' in (m.get('statusReason') or '')) for m in mutants)


def score(c):
    detected, undetected = c['Killed'] + c['Timeout'], c['Survived'] + c['NoCoverage']
    return f"{100 * detected / (detected + undetected):.2f}%" if detected + undetected else "n/a"


def line(name, c):
    return (f"{name}: {score(c)} (killed {c['Killed']}, timeout {c['Timeout']}, survived {c['Survived']}, "
            f"no coverage {c['NoCoverage']}, compile errors {c['CompileError']}, ignored {c['Ignored']}, "
            f"mutants {sum(c.values())})")


seen = {}
total = collections.Counter()
for argument in sys.argv[1:]:
    path, _, skip = argument.partition(':')
    skips = [s for s in skip.split(',') if s]
    run = collections.Counter()
    for file, data in json.load(open(path))['files'].items():
        if any(s in file for s in skips) or not mutated(data['mutants']):
            continue
        key = file.rsplit('/src/', 1)[-1]  # each run works in its own copy of the tree
        if key in seen:
            sys.exit(f"{key} is counted in both {seen[key]} and {path}")
        seen[key] = path
        run.update(m['status'] for m in data['mutants'])
    print(line(path, run))
    total += run
print(line("TOTAL", total))
