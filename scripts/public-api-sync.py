#!/usr/bin/env python3
"""Brings every src/*/PublicAPI.Unshipped.txt in step with the code, from the analyzer's own diagnostics.

Nothing has shipped (PublicAPI.Shipped.txt is empty), so during a reshaping the unshipped listing is rewritten rather
than edited by hand: RS0016 (a public symbol not declared) adds the symbol, RS0017 (a declared symbol not found) removes
it. Run it after a build that failed on them; review the diff of the listings before committing: it *is* the API change.

  dotnet build BudgetPerformance.sln -c Release 2>&1 | python3 scripts/public-api-sync.py
"""
import re, sys, collections, os

add = collections.defaultdict(set)
remove = collections.defaultdict(set)
pattern = re.compile(r"^(?P<file>\S+?)\(\d+,\d+\): (?:error|warning) (?P<code>RS001[67]): Symbol '(?P<sym>.*)' (?:is not part|is part) .*\[(?P<proj>[^\]]+\.csproj)\]$")
for line in sys.stdin:
    m = pattern.match(line.strip())
    if not m:
        continue
    project_dir = os.path.dirname(m.group('proj'))
    listing = os.path.join(project_dir, 'PublicAPI.Unshipped.txt')
    if m.group('code') == 'RS0016':
        add[listing].add(m.group('sym'))
    else:
        remove[listing].add(m.group('sym'))

for listing in sorted(set(add) | set(remove)):
    lines = open(listing, encoding='utf-8').read().splitlines() if os.path.exists(listing) else ['#nullable enable']
    header = [l for l in lines if l.startswith('#')]
    body = {l for l in lines if l and not l.startswith('#')}
    body -= remove[listing]
    body |= add[listing]
    with open(listing, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(header + sorted(body, key=lambda s: s.replace('~', ''))) + '\n')
    print(f"{listing}: +{len(add[listing])} -{len(remove[listing])}")
