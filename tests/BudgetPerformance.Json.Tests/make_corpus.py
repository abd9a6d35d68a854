# Generates the corpus of bad documents (Corpus/*.json) and their expectations (Corpus/*.expected).
# Run once by hand: python3 make_corpus.py. The files are checked in; the tests read them.
import copy, json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Corpus")

EVAL = {
    "kind": "evaluation", "schemaVersion": 1, "id": "E1", "type": "self-evaluation",
    "subject": {"type": "project", "code": "P001"},
    "performer": {"role": "unit", "name": "农田建设股"},
    "coveredYear": 2020, "conductedIn": 2021, "weighting": "weighted",
    "indicators": [{"code": "1", "name": "产出指标", "class": "output", "points": 20, "children": [
        {"code": "1.1", "name": "数量指标", "class": "quantity", "points": 20, "indicators": [
            {"code": "1.1.1", "name": "高标准农田建设面积", "direction": ">=", "target": 5000, "unit": "亩", "valueBasis": "plan", "points": 15},
            {"code": "1.1.2", "name": "耕地质量改善", "direction": "qualitative", "valueBasis": "other", "points": 5}]}]}],
    "records": [
        {"code": "1.1.1", "state": "measured", "actual": 4600, "recordedScore": 13.8},
        {"code": "1.1.2", "state": "achievement", "achievement": "achieved", "assessorScore": 4.5}],
    "budgetExecution": {"adjustedBudget": 4000000.00, "spent": 3900000.00},
}
I0 = "$.indicators[0]"
L2 = I0 + ".children[0]"
Q = L2 + ".indicators[0]"
QL = L2 + ".indicators[1]"

RULES = {
    "kind": "rule-set", "schemaVersion": 1, "id": "national-2020", "version": 1,
    "effectiveFrom": "2020-02-25", "effectiveTo": "9999-12-31",
    "title": {"zh": "全国默认规则", "en": "National defaults"},
    "sources": [{"reference": "财预〔2020〕10号", "kind": "national"}],
    "grading": {"bands": [
        {"grade": "poor", "lower": 0, "upper": 60}, {"grade": "fair", "lower": 60, "upper": 80},
        {"grade": "good", "lower": 80, "upper": 90}, {"grade": "excellent", "lower": 90, "upper": 100}],
        "totalRounding": {"decimals": 2, "mode": "half-away-from-zero"},
        "source": {"reference": "财预〔2020〕10号", "kind": "national"}},
}

TARGET = {
    "kind": "performance-target", "schemaVersion": 1, "subject": {"type": "project", "code": "P002"}, "year": 2021,
    "overallGoal": "建设高标准农田5000亩", "authoredBy": "U01", "status": "approved", "reviewedBy": "S-AGR", "weighting": "weighted",
    "indicators": copy.deepcopy(EVAL["indicators"]),
}

def body(doc):
    d = copy.deepcopy(doc)
    del d["kind"], d["schemaVersion"]
    return d

PORTFOLIO = {
    "kind": "portfolio", "schemaVersion": 1, "year": 2021,
    "departments": [{"code": "D01", "name": "县农业农村局"}],
    "units": [{"code": "U01", "name": "县农田建设服务中心", "departmentCode": "D01"}],
    "sections": [{"code": "S-AGR", "name": "农业科"}],
    "spendingItems": [
        {"type": "project", "code": "P001", "name": "2020年高标准农田建设项目", "departmentCode": "D01", "unitCode": "U01", "sector": "agriculture", "projectKind": "one-off", "isNewMajor": False, "budget": 4000000.00},
        {"type": "project", "code": "P002", "name": "2021年高标准农田建设项目", "departmentCode": "D01", "unitCode": "U01", "sector": "agriculture", "projectKind": "one-off", "isNewMajor": True, "budget": 4500000.00}],
    "targets": [body(TARGET)],
    "evaluations": [body(EVAL)],
}

FRAMEWORK = {
    "kind": "indicator-framework", "schemaVersion": 1, "id": "demo", "title": {"zh": "示例", "en": "Demo"},
    "scope": "project", "origin": "common", "source": "财预〔2020〕10号", "weighting": "template", "budgetExecutionPoints": 10,
    "groups": [{"code": "output", "name": "产出指标", "class": "output", "points": 50, "source": "财预〔2020〕10号", "verified": True, "children": [
        {"code": "output.quantity", "name": "数量指标", "class": "quantity", "points": 0, "source": "财预〔2020〕10号", "verified": True, "indicators": []}]}],
}

cases = []

def case(name, kind, doc, expected, text=None):
    cases.append((name, kind, doc, expected, text))

def mutate(doc, fn):
    d = copy.deepcopy(doc)
    fn(d)
    return d

def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2)

# --- syntax and limits --------------------------------------------------------------------------------------
case("malformed-truncated", "evaluation", None, [("malformed-json", "$.budgetExecution.adjustedBudget")], dumps(EVAL)[:-40])
case("malformed-trailing-comma", "evaluation", None, [("malformed-json", "$.subject.code")], dumps(EVAL).replace('"code": "P001"', '"code": "P001",', 1))
case("malformed-single-quotes", "rule-set", None, [("malformed-json", "$.schemaVersion")], dumps(RULES).replace('"id"', "'id'", 1))
case("nan-literal", "evaluation", None, [("non-finite-number", Q + ".target")], dumps(EVAL).replace('"target": 5000', '"target": NaN', 1))
case("infinity-literal", "evaluation", None, [("non-finite-number", "$.records[0].actual")], dumps(EVAL).replace('"actual": 4600', '"actual": -Infinity', 1))
case("nested-too-deep", "evaluation", None, [("depth-exceeded", "$.extra" + "[0]" * 31)],
     dumps(EVAL)[:-2] + ',\n  "extra": ' + "[" * 40 + "]" * 40 + "\n}")
case("root-not-object", "evaluation", [EVAL], [("wrong-type", "$")])

# --- header -------------------------------------------------------------------------------------------------
case("schema-version-unknown", "evaluation", mutate(EVAL, lambda d: (d.update(schemaVersion=2), d.update(comment="ignored: unknown versions stop here"))),
     [("unsupported-schema-version", "$.schemaVersion")])
case("kind-wrong", "evaluation", mutate(EVAL, lambda d: d.update(kind="portfolio")), [("wrong-kind", "$.kind")])
case("kind-missing", "rule-set", mutate(RULES, lambda d: d.pop("kind")), [("required-missing", "$.kind")])

# --- structure ----------------------------------------------------------------------------------------------
case("unknown-properties", "evaluation", mutate(EVAL, lambda d: (d.update(comment="x"), d["indicators"][0]["children"][0]["indicators"][0].update(weight=15))),
     [("unknown-property", "$.comment"), ("unknown-property", Q + ".weight")])
case("duplicate-property", "evaluation", None, [("duplicate-property", "$.id")], dumps(EVAL).replace('"id": "E1",', '"id": "E1",\n  "id": "E2",', 1))
case("required-missing", "evaluation", mutate(EVAL, lambda d: (d.pop("performer"), d["records"][0].pop("state"))),
     [("required-missing", "$.performer"), ("required-missing", "$.records[0].state")])
case("wrong-types", "evaluation", mutate(EVAL, lambda d: (d.update(coveredYear="2020"), d["budgetExecution"].update(spent="3900000"), d.update(records={}))),
     [("wrong-type", "$.coveredYear"), ("wrong-type", "$.records"), ("wrong-type", "$.budgetExecution.spent")])
case("integer-expected", "evaluation", mutate(EVAL, lambda d: d.update(coveredYear=2020.5)), [("integer-expected", "$.coveredYear")])
case("null-not-allowed", "evaluation", mutate(EVAL, lambda d: (d.update(type=None), d["indicators"][0]["children"].append(None))),
     [("null-not-allowed", "$.type"), ("null-not-allowed", I0 + ".children[1]")])
case("number-out-of-range", "evaluation", None, [("number-out-of-range", Q + ".points"), ("number-out-of-range", "$.conductedIn")],
     dumps(EVAL).replace('"points": 15', '"points": 1e400', 1).replace('"conductedIn": 2021', '"conductedIn": 99999999999', 1))
case("infinity-string", "evaluation", mutate(EVAL, lambda d: d["records"][0].update(actual="Infinity")), [("non-finite-number", "$.records[0].actual")])

# --- values -------------------------------------------------------------------------------------------------
case("invalid-enum-and-direction", "evaluation", mutate(EVAL, lambda d: (d.update(type="self"), d["indicators"][0]["children"][0]["indicators"][0].update(direction="≥≥"))),
     [("invalid-value", "$.type"), ("invalid-value", Q + ".direction")])
case("unknown-class", "evaluation", mutate(EVAL, lambda d: (d["indicators"][0].update({"class": "outputs"}), d["indicators"][0]["children"][0].update({"class": "output"}))),
     [("unknown-class", I0 + ".class"), ("class-level-mismatch", L2 + ".class")])

# --- domain invariants --------------------------------------------------------------------------------------
case("points-do-not-add-up", "evaluation", mutate(EVAL, lambda d: d["indicators"][0]["children"][0]["indicators"][1].update(points=4)),
     [("points-sum", L2 + ".points")])
case("duplicate-code", "evaluation", mutate(EVAL, lambda d: d["indicators"][0]["children"][0]["indicators"][1].update(code="1.1.1")),
     [("duplicate-code", QL + ".code")])
case("quantitative-without-target-and-unit", "evaluation", mutate(EVAL, lambda d: (d["indicators"][0]["children"][0]["indicators"][0].pop("target"), d["indicators"][0]["children"][0]["indicators"][0].pop("unit"))),
     [("target-required", Q + ".target"), ("unit-required", Q + ".unit")])
case("qualitative-with-unit", "evaluation", mutate(EVAL, lambda d: d["indicators"][0]["children"][0]["indicators"][1].update(unit="项")),
     [("qualitative-has-measure", QL + ".unit")])
case("negative-amounts-and-scores", "evaluation", mutate(EVAL, lambda d: (d["budgetExecution"].update(spent=-1), d["records"][0].update(recordedScore=-0.5), d["indicators"][0].update(points=-20))),
     [("amount-negative", "$.budgetExecution.spent"), ("score-negative", "$.records[0].recordedScore"), ("points-negative", I0 + ".points")])
case("records-do-not-match", "evaluation", mutate(EVAL, lambda d: d["records"].__setitem__(1, {"code": "9.9.9", "state": "no-data"})),
     [("record-mismatch", "$.records[1]"), ("record-mismatch", QL)])
case("record-fields", "evaluation", mutate(EVAL, lambda d: d["records"][0].update(actual=None, achievement="achieved")),
     [("record-fields", "$.records[0].actual"), ("record-fields", "$.records[0].achievement")])
case("evaluation-constraints", "evaluation", mutate(EVAL, lambda d: (d["performer"].update(role="finance-bureau"), d.update(coveredYear=2021), d.pop("budgetExecution"))),
     [("evaluation-constraint", "$.performer.role"), ("evaluation-constraint", "$.coveredYear")])  # no budget execution: a rule-set requirement, checked by scoring
case("shape-conflict", "evaluation", mutate(EVAL, lambda d: d.update(rows=[])), [("shape-conflict", "$")])
ROWS = mutate(EVAL, lambda d: (d.pop("indicators"), d.pop("records"), d.update(rows=[
    {"levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "新增灌溉面积", "direction": ">=", "target": 1200, "unit": "亩", "points": 10, "actual": 1350, "recordedScore": 10},
    {"levelOne": "效益指标", "levelTwo": "社会效益指标", "levelThree": "受益农户", "direction": ">=", "target": 2000, "unit": "户", "points": 5, "actual": 2100},
    {"levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "高标准农田建设面积", "direction": ">=", "target": 5000, "unit": "亩", "points": 15, "actual": 4600},
    {"levelOne": "满意度", "levelTwo": "群众满意", "levelThree": "受益农户满意度", "direction": ">=", "target": 90, "unit": "%", "points": 10, "achievement": "achieved"}])))
case("form-rows-inconsistent", "evaluation", ROWS,
     [("rows-inconsistent", "$.rows[2].levelOne"), ("unknown-class", "$.rows[3].levelTwo"), ("record-fields", "$.rows[3].achievement")])

# --- other kinds --------------------------------------------------------------------------------------------
case("rule-set-bands-overlap-and-gap", "rule-set", mutate(RULES, lambda d: (d["grading"]["bands"][1].update(upper=85), d["grading"]["bands"][3].update(lower=95))),
     [("grade-bands-overlap", "$.grading.bands[2].lower"), ("grade-bands-gap", "$.grading.bands[3].lower")])
case("rule-set-bands-range-and-order", "rule-set", mutate(RULES, lambda d: (d["grading"]["bands"][0].update(lower=10), d["grading"]["bands"][3].update(upper=99, grade="good"))),
     [("grade-bands-range", "$.grading.bands[0].lower"), ("grade-bands-range", "$.grading.bands[3].upper"), ("grade-bands-order", "$.grading.bands[3].grade")])
case("rule-set-band-invalid", "rule-set", mutate(RULES, lambda d: d["grading"]["bands"][2].update(upper=80)), [("grade-band-invalid", "$.grading.bands[2].upper")])
case("rule-set-envelope", "rule-set", mutate(RULES, lambda d: (d.update(effectiveTo="2019-12-31", version=0, id="National 2020"), d["grading"].update(rounding=2), d["grading"]["totalRounding"].update(decimals=5))),
     # Every problem in one pass (issue 18, item 7): an unknown property no longer hides the model's problems.
     [("unknown-property", "$.grading.rounding"), ("invalid-value", "$.id"), ("invalid-value", "$.version"), ("invalid-value", "$.effectiveTo"),
      ("invalid-value", "$.grading.totalRounding.decimals")])
case("rule-set-envelope-values", "rule-set", mutate(RULES, lambda d: (d.update(effectiveTo="2019-12-31", version=0, id="National 2020", sources=[]), d["grading"]["totalRounding"].update(decimals=5, mode="round"))),
     [("invalid-value", "$.id"), ("invalid-value", "$.version"), ("invalid-value", "$.effectiveTo"), ("invalid-value", "$.sources"),
      ("invalid-value", "$.grading.totalRounding.decimals"), ("invalid-value", "$.grading.totalRounding.mode")])
case("rule-set-bad-date", "rule-set", mutate(RULES, lambda d: d.update(effectiveFrom="2020-13-01")), [("invalid-value", "$.effectiveFrom")])
case("target-status", "performance-target", mutate(TARGET, lambda d: (d.pop("reviewedBy"), d.update(returnReason="缺少指标", weighting="weighed"))),
     [("invalid-value", "$.reviewedBy"), ("invalid-value", "$.returnReason"), ("invalid-value", "$.weighting")])
case("portfolio-references", "portfolio", mutate(PORTFOLIO, lambda d: (d["units"][0].update(departmentCode="D09"), d["departments"].append({"code": "D01", "name": "重复"}),
                                                                         d["evaluations"][0].update(conductedIn=2022, coveredYear=2021), d["targets"][0]["subject"].update(code="P404"))),
     [("duplicate-code", "$.departments[1].code"), ("reference-unknown", "$.units[0].departmentCode"), ("reference-unknown", "$.targets[0].subject"), ("year-mismatch", "$.evaluations[0].conductedIn")])
case("portfolio-nested-problems", "portfolio", mutate(PORTFOLIO, lambda d: (d["spendingItems"][0].update(budget=-5, sector="space"), d["evaluations"][0]["records"][0].update(recordedScore=-1))),
     [("amount-negative", "$.spendingItems[0].budget"), ("invalid-value", "$.spendingItems[0].sector"), ("score-negative", "$.evaluations[0].records[0].recordedScore")])
case("framework-sector-and-provenance", "indicator-framework", mutate(FRAMEWORK, lambda d: (d.update(origin="individual"), d["groups"][0].update(source=" "))),
     [("invalid-value", "$.sector"), ("invalid-value", "$.groups[0].source")])
case("framework-title-and-points", "indicator-framework", mutate(FRAMEWORK, lambda d: (d["title"].update(en=""), d.update(budgetExecutionPoints=-10), d.update(groups=[]))),
     [("name-required", "$.title.en"), ("points-negative", "$.budgetExecutionPoints"), ("children-required", "$.groups")])

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
for i, (name, kind, doc, expected, text) in enumerate(cases, 1):
    stem = "%02d-%s" % (i, name)
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
        f.write(text if text is not None else dumps(doc))
    with open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8") as f:
        f.write("kind " + kind + "\n")
        for code, path in expected:
            f.write(code + " " + path + "\n")
print(len(cases), "cases")
