# Generates the small committed cases of the hostile-input suite (Hostile/*) from the documented examples.
# Run by hand: python3 make_hostile.py. The files are checked in; the expected outcomes in Hostile/manifest.tsv are
# written by hand (each reviewed: a code and a JSON path, or ok) and kept when the script is re-run.
# Large, huge and endless inputs are not files: HostileSuiteTests makes them at test time.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Hostile")
EX = os.path.join(HERE, "..", "..", "docs", "json", "examples")
SEEDS = os.path.join(HERE, "..", "BudgetPerformance.Fuzz", "Seeds", "cli")

# (seed file, reader, role)
BASES = [
    (os.path.join(EX, "evaluation.json"), "evaluation", "doc"),
    (os.path.join(EX, "evaluation-form-rows.json"), "evaluation", "doc"),
    (os.path.join(EX, "portfolio.json"), "portfolio", "doc"),
    (os.path.join(EX, "rule-set.json"), "rule-set", "rules"),
    (os.path.join(EX, "performance-target.json"), "performance-target", "doc"),
    (os.path.join(EX, "indicator-framework.json"), "indicator-framework", "doc"),
    (os.path.join(SEEDS, "calendar.json"), "calendar", "calendar"),
]

def first_string_value(text, key):
    m = re.search(r'"%s"\s*:\s*"([^"]*)"' % key, text)
    return m

def replace_string(text, key, new_raw):
    m = first_string_value(text, key)
    assert m, key
    return text[:m.start(1)] + new_raw + text[m.end(1):]

def replace_number(text, key, new_raw):
    m = re.search(r'"%s"\s*:\s*(-?[0-9][0-9.eE+-]*)' % key, text)
    assert m, key
    return text[:m.start(1)] + new_raw + text[m.end(1):]

def number_key(text):
    for k in ["points", "adjustedBudget", "target", "schemaVersion"]:
        if re.search(r'"%s"\s*:\s*-?[0-9]' % k, text):
            return k

def name_key(text):
    for k in ["name", "title", "overallGoal", "id"]:
        if first_string_value(text, k):
            return k

def after_brace(text, insert):
    i = text.index("{") + 1
    return text[:i] + insert + text[i:]

def mutations(text, kind_value):
    b = text.encode("utf-8")
    nk, sk = number_key(text), name_key(text)
    yield "truncated-half", b[: len(b) // 2]
    yield "truncated-last", text.rstrip().rstrip("}").encode("utf-8")
    yield "truncated-in-string", text[: text.index('"', text.index(kind_value) + len(kind_value) + 5) + 3].encode("utf-8")
    m = first_string_value(text, sk)
    yield "invalid-utf8", text[: m.start(1)].encode() + b"\xff\xfe\xc0" + text[m.start(1):].encode()
    yield "bom-utf8", b"\xef\xbb\xbf" + b
    yield "utf16le-bom", "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    yield "duplicate-kind", after_brace(text, ' "kind": "%s",' % kind_value).encode()
    yield "duplicate-schema-version", after_brace(text, ' "schemaVersion": 1,').encode()
    yield "nan", replace_number(text, nk, "NaN").encode()
    yield "infinity", replace_number(text, nk, "-Infinity").encode()
    yield "exponent-huge", replace_number(text, nk, "1e400").encode()
    yield "underflow", replace_number(text, nk, "0.1e-400").encode()
    yield "too-many-digits", replace_number(text, nk, "1.234567890123456789012345678901").encode()
    yield "deep-nesting", after_brace(text, ' "zz": ' + "[" * 40 + "]" * 40 + ",").encode()
    yield "control-chars-in-name", replace_string(text, sk, r"\u001b]0;owned\u0007\u001b[2J名").encode()
    yield "bidi-in-name", replace_string(text, sk, "\u202egnp.exe\u202c\u2066x\u2069").encode()
    yield "lone-surrogate-in-name", replace_string(text, sk, r"a\ud800b").encode()
    yield "raw-control-in-string", replace_string(text, sk, "a\x1bb").encode()
    yield "wrong-kind", replace_string(text, "kind", "budget-proposal\\u001b[31m").encode()

def generic():
    # Cases that are the same for every kind: the reader sees them as the named kind.
    yield "empty", b""
    yield "blank", b"   \n\t "
    yield "not-json", b"hello"
    yield "top-level-array", b"[]"
    yield "nul-bytes", b"\x00" * 64

def requests_cases():
    yield "ok", b'{ "P001": 3800000, "P002": 4500000 }'
    yield "truncated", b'{ "P001": 3800000, "P002": 45'
    yield "duplicate-code", b'{ "P001": 1, "P001": 2 }'
    yield "nan", b'{ "P001": NaN }'
    yield "exponent-huge", b'{ "P001": 1e400 }'
    yield "too-many-digits", b'{ "P001": 3800000.12345678901234567890123456789 }'
    yield "negative", b'{ "P001": -5 }'
    yield "string-amount", b'{ "P001": "3800000" }'
    yield "array", b'[ 1, 2 ]'
    yield "deep-nesting", b'{ "P001": ' + b"[" * 40 + b"]" * 40 + b" }"
    yield "control-chars-in-code", b'{ "P\\u001b]0;x\\u0007": 1 }'
    yield "invalid-utf8", b'{ "P\xff": 1 }'
    yield "utf16le-bom", "\ufeff{ \"P001\": 1 }".encode("utf-16-le")
    yield "empty", b""

def main():
    os.makedirs(OUT, exist_ok=True)
    names = []
    for path, reader, role in BASES:
        text = open(path, encoding="utf-8").read()
        base = os.path.splitext(os.path.basename(path))[0]
        kind_value = json.loads(text)["kind"]
        for mut, data in mutations(text, kind_value):
            names.append((f"{base}.{mut}.json", reader, role, data))
    for reader, role in [("evaluation", "doc"), ("portfolio", "doc"), ("calendar", "calendar"), ("rule-set", "rules")]:
        for mut, data in generic():
            names.append((f"{reader}.{mut}.json", reader, role, data))
    for mut, data in requests_cases():
        names.append((f"requests.{mut}.json", "requests", "requests", data))
    for name, _, _, data in names:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    # The manifest: one line per case; a new case gets the placeholder "?" until its outcome is written down.
    manifest = os.path.join(OUT, "manifest.tsv")
    known = {}
    if os.path.exists(manifest):
        for line in open(manifest, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            known[cols[0]] = cols
    with open(manifest, "w", encoding="utf-8") as f:
        f.write("# file\treader\trole\texpected (ok, or code@path;code@path)\tbpm exit code\n")
        for name, reader, role, _ in names:
            cols = known.get(name, [name, reader, role, "?", "?"])
            f.write("\t".join([name, reader, role] + cols[3:]) + "\n")
    print(len(names), "cases")

main()
