using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading an evaluation in the nested shape (docs/json/evaluation.md): the header values, budget execution, the
/// records and their fields by state, score groups and where the domain's problems are reported. Every refused
/// document is compared with its whole report (code, path, indicator code and message).
/// </summary>
public class EvaluationReadingTests
{
    private const string InvalidValue = ProblemCodes.InvalidValue;

    private static JsonNode Nested() => Doc(EvaluationMappingTests.Nested);

    [Fact]
    public void HeaderValues_EveryBadOneIsReportedAtItsField()
    {
        var doc = Nested();
        doc["id"] = " ";
        doc["type"] = "yearly";
        doc["subject"] = JsonNode.Parse("""{ "type": "firm", "code": "" }""");
        doc["performer"] = JsonNode.Parse("""{ "role": "boss", "name": "" }""");
        doc["coveredYear"] = 1899;
        doc["conductedIn"] = 9999;
        doc["recordedTotal"] = -0.5m;
        doc["recordedGrade"] = "outstanding";

        Evaluation(
            doc,
            E(InvalidValue, "$.id", null, "The evaluation id must not be empty or white space."),
            E(InvalidValue, "$.type", null, "'yearly' is not a EvaluationType: expected one of ex-ante-assessment, target-review, monitoring, self-evaluation, department-evaluation, finance-evaluation, whole-department-evaluation, internal-section-evaluation."),
            E(InvalidValue, "$.subject.type", null, "'firm' is not a SubjectType: expected one of department, unit, project, policy, internal-section."),
            E(InvalidValue, "$.subject.code", null, "The subject code must not be empty or white space."),
            E(InvalidValue, "$.performer.role", null, "'boss' is not a PerformerRole: expected one of unit, department, finance-bureau, third-party, expert-panel."),
            E(ProblemCodes.NameRequired, "$.performer.name", null, "The performer has no name."),
            E(InvalidValue, "$.coveredYear", null, "The year 1899 is outside [1900, 9998]."),
            E(InvalidValue, "$.conductedIn", null, "The year 9999 is outside [1900, 9998]."),
            E(ProblemCodes.ScoreNegative, "$.recordedTotal", null, "The recorded total must not be negative (-0.5)."),
            E(InvalidValue, "$.recordedGrade", null, "'outstanding' is not a Grade: expected one of poor, fair, good, excellent."));
    }

    [Theory]
    [InlineData(1900, 1901)]
    [InlineData(9997, 9998)]
    public void Years_AtTheEdgesOfTheFiscalRange_AreRead(int covered, int conducted)
    {
        var doc = Nested();
        doc["coveredYear"] = covered;
        doc["conductedIn"] = conducted;

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal(new FiscalYear(covered), evaluation.CoveredYear);
        Assert.Equal(new FiscalYear(conducted), evaluation.ConductedIn);
    }

    [Fact]
    public void YearJustBelowTheRange_IsRefusedEvenWhenTheOtherYearIsFine()
    {
        var doc = Nested();
        doc["coveredYear"] = 2020;
        doc["conductedIn"] = 1899;

        Evaluation(doc, E(InvalidValue, "$.conductedIn", null, "The year 1899 is outside [1900, 9998]."));
    }

    [Fact]
    public void BudgetExecution_EveryNegativeAmountAndScoreIsReported()
    {
        var doc = Nested();
        doc["budgetExecution"] = JsonNode.Parse("""{ "adjustedBudget": -1.50, "spent": -0.01, "recordedScore": -2 }""");

        Evaluation(
            doc,
            E(ProblemCodes.AmountNegative, "$.budgetExecution.adjustedBudget", null, "The adjusted budget must not be negative (-1.50)."),
            E(ProblemCodes.AmountNegative, "$.budgetExecution.spent", null, "The amount spent must not be negative (-0.01)."),
            E(ProblemCodes.ScoreNegative, "$.budgetExecution.recordedScore", null, "The recorded score must not be negative (-2)."));
    }

    [Fact]
    public void BudgetExecution_OnlyTheSpentAmountNegative_IsTheOnlyEntry()
    {
        var doc = Nested();
        doc["budgetExecution"] = JsonNode.Parse("""{ "adjustedBudget": 10, "spent": -3, "recordedScore": 1 }""");

        Evaluation(doc, E(ProblemCodes.AmountNegative, "$.budgetExecution.spent", null, "The amount spent must not be negative (-3)."));
    }

    [Fact]
    public void BudgetExecution_ZeroAmountsAndScore_AreReadAsGiven()
    {
        var doc = Nested();
        doc["budgetExecution"] = JsonNode.Parse("""{ "adjustedBudget": 0, "spent": 0, "recordedScore": 0 }""");
        doc["recordedTotal"] = 0;

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        var execution = Assert.IsType<BudgetExecution>(evaluation.BudgetExecution);
        Assert.Equal(Money.FromYuan(0m), execution.AdjustedBudget);
        Assert.Equal(Money.FromYuan(0m), execution.Spent);
        Assert.Equal(0m, execution.RecordedScore);
        Assert.Equal(0m, evaluation.RecordedTotal);
    }

    [Fact]
    public void OptionalValues_AreReadAsGiven()
    {
        var doc = Nested();
        doc["budgetExecution"] = JsonNode.Parse("""{ "adjustedBudget": 100.00, "spent": 90.50, "recordedScore": 9.5 }""");
        doc["onSiteVisit"] = JsonNode.Parse("""{ "date": "2021-05-18", "notes": "抽查项目区三处" }""");
        doc["recordedTotal"] = 88.1m;
        doc["recordedGrade"] = "excellent";

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal("E1", evaluation.Id);
        Assert.Equal(EvaluationType.SelfEvaluation, evaluation.Type);
        Assert.Equal(new SubjectRef(SubjectType.Project, "P001"), evaluation.Subject);
        Assert.Equal(PerformerRole.Unit, evaluation.Performer.Role);
        Assert.Equal("农田建设股", evaluation.Performer.Name);
        Assert.Equal(Money.FromYuan(100.00m), evaluation.BudgetExecution!.AdjustedBudget);
        Assert.Equal(Money.FromYuan(90.50m), evaluation.BudgetExecution.Spent);
        Assert.Equal(9.5m, evaluation.BudgetExecution.RecordedScore);
        Assert.Equal(new LocalDate(2021, 5, 18), evaluation.OnSiteVisit!.Date);
        Assert.Equal("抽查项目区三处", evaluation.OnSiteVisit.Notes);
        Assert.Equal(88.1m, evaluation.RecordedTotal);
        Assert.Equal(Grade.Excellent, evaluation.RecordedGrade);
        Assert.Empty(evaluation.Groups);
    }

    [Fact]
    public void AbsentOptionalValues_AreNull()
    {
        var doc = Nested();
        doc["type"] = "department-evaluation";
        doc["performer"]!["role"] = "department";
        doc.AsObject().Remove("budgetExecution");

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Null(evaluation.BudgetExecution);
        Assert.Null(evaluation.OnSiteVisit);
        Assert.Null(evaluation.RecordedTotal);
        Assert.Null(evaluation.RecordedGrade);
    }

    [Fact]
    public void BothShapes_AreAShapeConflictAtTheEvaluation()
    {
        var doc = Nested();
        doc["rows"] = new JsonArray();

        Evaluation(doc, E(ProblemCodes.ShapeConflict, "$", null, "An evaluation gives either 'indicators' with 'records', or 'rows'; not both, not neither."));
    }

    [Fact]
    public void NeitherShape_IsAShapeConflictAtTheEvaluation()
    {
        var doc = Nested();
        doc.AsObject().Remove("indicators");
        doc.AsObject().Remove("records");

        Evaluation(doc, E(ProblemCodes.ShapeConflict, "$", null, "An evaluation gives either 'indicators' with 'records', or 'rows'; not both, not neither."));
    }

    [Theory]
    [InlineData("records", "$.records")]
    [InlineData("indicators", "$.indicators")]
    public void HalfTheNestedShape_NamesTheMissingHalf(string removed, string path)
    {
        var doc = Nested();
        doc.AsObject().Remove(removed);

        Evaluation(doc, E(ProblemCodes.RequiredMissing, path, null, "The nested shape needs both 'indicators' and 'records'."));
    }

    [Fact]
    public void RecordForAnUnknownIndicator_AndTheMissingRecord_AreReportedAtTheRecordAndAtTheIndicator()
    {
        var doc = Nested();
        doc["records"]![1] = JsonNode.Parse("""{ "code": "9.9.9", "state": "no-data" }""");

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.records[1]", "9.9.9", "There is a record for 9.9.9, which is not a level-3 indicator of the tree."),
            E(ProblemCodes.RecordMismatch, "$.indicators[0].children[0].indicators[1]", "1.1.2", "Indicator 1.1.2 has no record (record NoData, NotYetDue or NotApplicable explicitly)."));
    }

    [Fact]
    public void RecordOfTheWrongKind_IsReportedAtTheRecord()
    {
        var doc = Nested();
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "measured", "actual": 1 }""");

        Evaluation(doc, E(ProblemCodes.RecordMismatch, "$.records[2]", "1.2.1", "A Measured record does not fit the Qualitative indicator 1.2.1."));
    }

    [Fact]
    public void RecordWithABadCode_IsReportedAtTheCode_AndItsFieldProblemsCarryNoIndicatorCode()
    {
        var doc = Nested();
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1 1 1", "state": "measured" }""");

        Evaluation(
            doc,
            E(InvalidValue, "$.records[0].code", null, "'1 1 1' is not an indicator code."),
            E(ProblemCodes.RecordFields, "$.records[0].actual", null, "A measured record needs 'actual'."));
    }

    [Fact]
    public void RecordWithAnUnknownState_IsReportedAtTheState_AndItsFieldsAreNotJudged()
    {
        var doc = Nested();
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "estimated", "actual": 1, "reason": "r", "recordedScore": -1 }""");

        Evaluation(doc, E(InvalidValue, "$.records[0].state", null, "'estimated' is not a RecordState: expected one of measured, achievement, judgement, not-applicable, not-yet-due, no-data, grouped."));
    }

    public static TheoryData<string, string[]> FieldCases() => new()
    {
        // state and fields given → the entries, "needs x" or "has x"
        { """{ "state": "measured" }""", ["needs actual"] },
        { """{ "state": "measured", "actual": 1, "achievement": "achieved", "assessorScore": 1, "reason": "r" }""", ["has achievement", "has assessorScore", "has reason"] },
        { """{ "state": "achievement" }""", ["needs achievement", "needs assessorScore"] },
        { """{ "state": "achievement", "achievement": "achieved", "assessorScore": 1, "actual": 1, "reason": "r" }""", ["has actual", "has reason"] },
        { """{ "state": "judgement" }""", ["needs assessorScore"] },
        { """{ "state": "judgement", "assessorScore": 1, "actual": 1, "achievement": "achieved", "reason": "r" }""", ["has achievement", "has actual", "has reason"] },
        { """{ "state": "not-applicable" }""", ["needs reason"] },
        { """{ "state": "not-applicable", "reason": " " }""", ["needs reason"] },
        { """{ "state": "not-applicable", "reason": "r", "actual": 1, "achievement": "achieved", "assessorScore": 1, "evidence": "e", "recordedScore": 1 }""", ["has achievement", "has actual", "has assessorScore", "has evidence", "has recordedScore"] },
        { """{ "state": "not-yet-due", "actual": 1, "achievement": "achieved", "assessorScore": 1, "reason": "r", "evidence": "e", "recordedScore": 1 }""", ["has achievement", "has actual", "has assessorScore", "has evidence", "has reason", "has recordedScore"] },
        { """{ "state": "no-data", "actual": 1, "achievement": "achieved", "assessorScore": 1, "reason": "r", "evidence": "e", "recordedScore": 1 }""", ["has achievement", "has actual", "has assessorScore", "has evidence", "has reason", "has recordedScore"] },
        { """{ "state": "no-data", "evidence": "e" }""", ["has evidence"] },
        { """{ "state": "not-yet-due", "recordedScore": 0 }""", ["has recordedScore"] },
        { """{ "state": "grouped", "actual": 1, "achievement": "achieved", "assessorScore": 1, "reason": "r", "evidence": "e", "recordedScore": 1 }""", ["has achievement", "has actual", "has assessorScore", "has reason", "has recordedScore"] },
    };

    [Theory]
    [MemberData(nameof(FieldCases))]
    public void RecordFields_ThatAStateNeedsOrDoesNotAllow_AreEachReportedAtTheField(string record, string[] problems)
    {
        var doc = Nested();
        var r = JsonNode.Parse(record)!;
        r["code"] = "1.1.1";
        doc["records"]![0] = r;
        var state = (string)r["state"]!;

        var expected = problems.Select(p => p.Split(' ')).Select(p => p[0] == "needs"
            ? E(ProblemCodes.RecordFields, "$.records[0]." + p[1], "1.1.1", $"A {state} record needs '{p[1]}'.")
            : E(ProblemCodes.RecordFields, "$.records[0]." + p[1], "1.1.1", $"A {state} record has no '{p[1]}'."));

        Evaluation(doc, [.. expected]);
    }

    [Fact]
    public void NegativeScoresOfARecord_AreReportedAtEachScore()
    {
        var doc = Nested();
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "judgement", "assessorScore": -0.5, "recordedScore": -1 }""");

        Evaluation(
            doc,
            E(ProblemCodes.ScoreNegative, "$.records[2].assessorScore", "1.2.1", "The assessor's score must not be negative (-0.5)."),
            E(ProblemCodes.ScoreNegative, "$.records[2].recordedScore", "1.2.1", "The recorded score must not be negative (-1)."));
    }

    [Fact]
    public void AchievementRecordWithAnUnknownLevel_NamesTheLevels()
    {
        var doc = Nested();
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "achievement", "achievement": "mostly", "assessorScore": 4 }""");

        Evaluation(doc, E(InvalidValue, "$.records[2].achievement", null, "'mostly' is not a AchievementLevel: expected one of achieved, partly-achieved, not-achieved."));
    }

    [Fact]
    public void ZeroScores_AreNotNegative()
    {
        var doc = Nested();
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "measured", "actual": 0, "recordedScore": 0 }""");
        doc["records"]![2] = JsonNode.Parse("""{ "code": "1.2.1", "state": "judgement", "assessorScore": 0, "recordedScore": 0 }""");

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal(IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 0m, null, 0m), evaluation.GetRecord(new IndicatorCode("1.1.1")));
        Assert.Equal(IndicatorRecord.Judged(new IndicatorCode("1.2.1"), 0m, null, 0m), evaluation.GetRecord(new IndicatorCode("1.2.1")));
    }

    public static TheoryData<string, string, IndicatorRecord> RecordCases() => new()
    {
        { "1.1.1", """{ "state": "measured", "actual": 4600.5, "evidence": "竣工验收报告", "recordedScore": 13.80 }""", IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600.5m, "竣工验收报告", 13.80m) },
        { "1.1.1", """{ "state": "measured", "actual": 4600 }""", IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m) },
        { "1.2.1", """{ "state": "achievement", "achievement": "partly-achieved", "assessorScore": 3, "evidence": "e", "recordedScore": 3.5 }""", IndicatorRecord.Achieved(new IndicatorCode("1.2.1"), AchievementLevel.PartlyAchieved, 3m, "e", 3.5m) },
        { "1.2.1", """{ "state": "achievement", "achievement": "not-achieved", "assessorScore": 0 }""", IndicatorRecord.Achieved(new IndicatorCode("1.2.1"), AchievementLevel.NotAchieved, 0m) },
        { "1.2.1", """{ "state": "judgement", "assessorScore": 4.5, "evidence": "评审意见", "recordedScore": 4 }""", IndicatorRecord.Judged(new IndicatorCode("1.2.1"), 4.5m, "评审意见", 4m) },
        { "1.1.1", """{ "state": "not-applicable", "reason": "项目调整" }""", IndicatorRecord.NotApplicable(new IndicatorCode("1.1.1"), "项目调整") },
        { "1.1.1", """{ "state": "not-yet-due" }""", IndicatorRecord.NotYetDue(new IndicatorCode("1.1.1")) },
        { "1.2.1", """{ "state": "no-data" }""", IndicatorRecord.NoData(new IndicatorCode("1.2.1")) },
    };

    [Theory]
    [MemberData(nameof(RecordCases))]
    public void Records_OfEveryState_AreReadWithTheirFields(string code, string record, IndicatorRecord expected)
    {
        var doc = Nested();
        var r = JsonNode.Parse(record)!;
        r["code"] = code;
        doc["records"]![code == "1.1.1" ? 0 : 2] = r;

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal(expected, evaluation.GetRecord(new IndicatorCode(code)));
    }

    [Fact]
    public void ScoreGroupProblems_CarryTheirMessages()
    {
        var doc = Nested();
        doc["scoreGroups"] = JsonNode.Parse("""
            [
              { "id": " ", "members": ["1.1.1", "1.1.1"], "assessorScore": -1, "recordedScore": -2.5 },
              { "id": "G2", "members": ["x y"] },
              { "id": "G3", "members": ["1.1.1", "1.1.2"], "recordedScore": 0 }
            ]
            """);

        Evaluation(
            doc,
            E(ProblemCodes.NameRequired, "$.scoreGroups[0].id", null, "A score group needs an id."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[0].members", null, "A score group needs two or more distinct members."),
            E(ProblemCodes.ScoreNegative, "$.scoreGroups[0].assessorScore", null, "The assessor's score must not be negative (-1)."),
            E(ProblemCodes.ScoreNegative, "$.scoreGroups[0].recordedScore", null, "The recorded score must not be negative (-2.5)."),
            E(InvalidValue, "$.scoreGroups[1].members[0]", null, "'x y' is not a valid indicator code."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1].members", null, "A score group needs two or more distinct members."),
            E(ProblemCodes.RequiredMissing, "$.scoreGroups[1]", null, "A score group carries an assessorScore, a recordedScore or both."));
    }

    [Fact]
    public void ScoreGroupWithOnlyARecordedScore_IsReadWithoutAnAssessorScore()
    {
        var doc = Nested();
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.2", "1.1.1"], "recordedScore": 0 }]""");

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        var group = Assert.Single(evaluation.Groups);
        Assert.Equal("G1", group.Id);
        Assert.Equal([new IndicatorCode("1.1.2"), new IndicatorCode("1.1.1")], group.Members);
        Assert.Null(group.AssessorScore);
        Assert.Equal(0m, group.RecordedScore);
    }

    [Fact]
    public void ScoreGroupWithAZeroAssessorScore_IsAnAssessedGroup()
    {
        var doc = Nested();
        doc["records"]![0] = JsonNode.Parse("""{ "code": "1.1.1", "state": "grouped" }""");
        doc["records"]![1] = JsonNode.Parse("""{ "code": "1.1.2", "state": "grouped" }""");
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "assessorScore": 0 }]""");

        var evaluation = Accepted(JsonDocuments.Evaluation, doc);

        Assert.Equal(0m, Assert.Single(evaluation.Groups).AssessorScore);
        Assert.Null(evaluation.Groups[0].RecordedScore);
    }

    [Fact]
    public void MemberOutsideTheTreeInTwoGroups_IsReportedAtItsLastPlace()
    {
        // Neither a record nor a node of the tree: every problem about 9.9.9 points at its last place, in the last group.
        var doc = Nested();
        doc["scoreGroups"] = JsonNode.Parse("""
            [
              { "id": "G1", "members": ["1.1.1", "9.9.9"], "recordedScore": 1 },
              { "id": "G2", "members": ["9.9.9", "1.1.2"], "recordedScore": 1 }
            ]
            """);

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1].members[0]", "9.9.9", "Group G1 names 9.9.9, which is not a level-3 indicator of the tree."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1].members[0]", "9.9.9", "Indicator 9.9.9 belongs to more than one group."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1].members[0]", "9.9.9", "Group G2 names 9.9.9, which is not a level-3 indicator of the tree."));
    }

    [Fact]
    public void MemberOutsideTheTree_LaterInItsGroup_IsReportedAtItsOwnIndex()
    {
        var doc = Nested();
        doc["scoreGroups"] = JsonNode.Parse("""
            [
              { "id": "G1", "members": ["1.1.1", "1.1.2", "7.7"], "recordedScore": 1 },
              { "id": "G2", "members": ["1.2.1", "8.8"], "recordedScore": 1 }
            ]
            """);

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[0].members[2]", "7.7", "Group G1 names 7.7, which is not a level-3 indicator of the tree."),
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1].members[1]", "8.8", "Group G2 names 8.8, which is not a level-3 indicator of the tree."));
    }

    [Fact]
    public void MemberThatIsALevelTwoNode_IsReportedAtTheMember()
    {
        // The member 1.2 is a node of the tree but not a level-3 indicator, and has no record.
        var doc = Nested();
        doc["scoreGroups"] = JsonNode.Parse("""[{ "id": "G1", "members": ["1.1.1", "1.1.2"], "recordedScore": 1 }, { "id": "G2", "members": ["1.2.1", "1.2"], "recordedScore": 1 }]""");

        Evaluation(
            doc,
            E(ProblemCodes.RecordMismatch, "$.scoreGroups[1].members[1]", "1.2", "Group G2 names 1.2, which is not a level-3 indicator of the tree."));
    }

    [Fact]
    public void ConstraintBreaches_AreReportedInTheOrderOfTheirFields()
    {
        // A finance evaluation by the unit, of a department, covering a later year: three breaches, each at its own field
        // (a missing on-site visit is no longer one: what a type must record is a rule of the rule set).
        var doc = Nested();
        doc["type"] = "finance-evaluation";
        doc["subject"]!["type"] = "department";
        doc["coveredYear"] = 2022;

        var report = Refused(JsonDocuments.Evaluation, doc);

        Assert.Equal(
            ["$.performer.role", "$.subject.type", "$.coveredYear"],
            report.Problems.Select(e => e.Location.JsonPath));
        Assert.All(report.Problems, e => Assert.Equal(ProblemCodes.EvaluationConstraint, e.Code));
        Assert.All(report.Problems, e => Assert.Null(e.Location.IndicatorCode));
        Assert.Equal("A FinanceEvaluation is not performed by the role Unit.", report.Problems[0].MessageEn);
        Assert.Equal("A FinanceEvaluation is not about a Department.", report.Problems[1].MessageEn);
    }

    [Fact]
    public void SelfEvaluationWithoutBudgetExecution_IsRead()
    {
        // Issue 17 ("A form without a budget-execution block cannot be expressed"): the old reader refused this document
        // (evaluation-constraint at $.budgetExecution); a rule set without the block scores it from its rows alone.
        var doc = Nested();
        doc.AsObject().Remove("budgetExecution");

        Assert.Null(Accepted(JsonDocuments.Evaluation, doc).BudgetExecution);
    }

    [Fact]
    public void MonitoringOfAnotherYear_IsReportedAtTheCoveredYear()
    {
        var doc = Nested();
        doc["type"] = "monitoring";
        doc["performer"]!["role"] = "department";

        var entry = Assert.Single(Refused(JsonDocuments.Evaluation, doc).Problems);

        Assert.Equal(ProblemCodes.EvaluationConstraint + " $.coveredYear", entry.Code + " " + entry.Location.JsonPath);
        Assert.Contains("2021", entry.MessageEn, System.StringComparison.Ordinal);
        Assert.Contains("2020", entry.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReadThenWrite_IsTheDocumentAsGiven()
    {
        var evaluation = Accepted(JsonDocuments.Evaluation, Nested());
        var written = JsonDocuments.Evaluation.Write(evaluation);

        Assert.Equal(written, JsonDocuments.Evaluation.Write(JsonDocuments.Evaluation.Read(written)));
        Assert.Equal(
            ["1.1.1", "1.1.2", "1.2.1"],
            evaluation.Records.Select(r => r.Code.Value));
    }
}
