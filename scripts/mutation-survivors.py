#!/usr/bin/env python3
"""List the mutants a Stryker run left alive (survived or not covered), file by file, with the source line.

    scripts/mutation-survivors.py StrykerOutput/scoring/<run>/reports/mutation-report.json [PATH-SUBSTRING...]

Prints a summary per file (killed, survived, no coverage, compile errors, ignored, score) and then every undetected
mutant: line:column, mutator, the replacement, and the original line. Used to decide which assertion is missing.
"""
import collections, json, sys

report = json.load(open(sys.argv[1]))
filters = sys.argv[2:]
total = collections.Counter()
for path, data in sorted(report['files'].items()):
    if filters and not any(f in path for f in filters):
        continue
    counts = collections.Counter(m['status'] for m in data['mutants'])
    total += counts
    detected = counts['Killed'] + counts['Timeout']
    undetected = counts['Survived'] + counts['NoCoverage']
    score = f"{100 * detected / (detected + undetected):.2f}%" if detected + undetected else "n/a"
    short = path.split('/src/')[-1]
    print(f"## {short}: {score} (killed {counts['Killed']}, timeout {counts['Timeout']}, survived {counts['Survived']}, "
          f"no coverage {counts['NoCoverage']}, compile errors {counts['CompileError']}, ignored {counts['Ignored']})")
    lines = data['source'].split('\n')
    for m in sorted(data['mutants'], key=lambda m: (m['location']['start']['line'], m['location']['start']['column'])):
        if m['status'] not in ('Survived', 'NoCoverage'):
            continue
        line = m['location']['start']['line']
        col = m['location']['start']['column']
        replacement = (m.get('replacement') or '').replace('\n', ' ')
        if len(replacement) > 120:
            replacement = replacement[:117] + '...'
        status = 'NOCOV' if m['status'] == 'NoCoverage' else 'SURV'
        print(f"  {status} {line}:{col} {m['mutatorName']}: {replacement}")
        print(f"      | {lines[line - 1].strip()[:160]}")
detected = total['Killed'] + total['Timeout']
undetected = total['Survived'] + total['NoCoverage']
if detected + undetected:
    print(f"\nTOTAL {100 * detected / (detected + undetected):.2f}%: {dict(total)}")
