#!/usr/bin/env python3
"""Sorts the using directives at the top of C# files: System first, then ordinal, duplicates removed (used by reshaping scripts)."""
import sys, re
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8-sig').read()
    lines = text.split('\n')
    start = next((i for i, l in enumerate(lines) if l.startswith('using ') and l.rstrip().endswith(';') and '=' not in l and not l.startswith('using var')), None)
    if start is None:
        continue
    end = start
    block = []
    while end < len(lines) and (lines[end].startswith('using ') and '=' not in lines[end] and not lines[end].startswith('using var') or lines[end].strip() == ''):
        if lines[end].strip():
            block.append(lines[end].strip())
        end += 1
    # keep the blank line(s) that followed the block
    trailing = end
    while trailing > start and lines[trailing - 1].strip() == '':
        trailing -= 1
    key = lambda u: (0 if re.match(r'using (static )?System[.;]', u) else 1, u.startswith('using static'), u.rstrip(';'))
    block = sorted(set(block), key=key)
    new = lines[:start] + block + lines[trailing:]
    out = '\n'.join(new)
    if out != text:
        open(path, 'w', encoding='utf-8', newline='').write(out)
