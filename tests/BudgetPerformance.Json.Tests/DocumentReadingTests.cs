using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Catalog;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading indicator frameworks, performance targets and portfolios (docs/json/indicator-framework.md,
/// performance-target.md, portfolio.md): every value a reader refuses, entry by entry, and what it reads.
/// </summary>
public class DocumentReadingTests
{
    private const string InvalidValue = ProblemCodes.InvalidValue;
    private const string Sectors = "agriculture, livelihood, science, transport, environment, education, water, public-services, health";

    // framework ----------------------------------------------------------------------------------------------------

    private const string FrameworkJson = """
        {
          "kind": "indicator-framework", "schemaVersion": 1, "id": "demo-2021",
          "title": { "zh": "示例指标体系", "en": "Demo framework" }, "scope": "project", "origin": "common",
          "source": "财预〔2020〕10号", "weighting": "weighted", "budgetExecutionPoints": 10,
          "groups": [
            { "code": "output", "name": "产出指标", "class": "output", "points": 20, "source": "S1", "verified": true, "children": [
              { "code": "output.quantity", "name": "数量指标", "class": "quantity", "points": 20, "source": "S2", "verified": false, "indicators": [
                { "code": "output.quantity.area", "name": "面积", "direction": ">=", "target": 100, "unit": "亩", "valueBasis": "plan", "points": 20,
                  "explanation": "说明", "scoringRule": "linear", "source": "S3", "verified": true } ] } ] } ]
        }
        """;

    private static JsonNode Framework() => Doc(FrameworkJson);

    [Fact]
    public void Framework_IsReadWithItsProvenance()
    {
        var framework = Accepted(JsonDocuments.IndicatorFramework, Framework());

        Assert.Equal("demo-2021", framework.Id);
        Assert.Equal(new LocalizedName("示例指标体系", "Demo framework"), framework.Title);
        Assert.Equal(FrameworkScope.Project, framework.Scope);
        Assert.Equal(FrameworkOrigin.Common, framework.Origin);
        Assert.Null(framework.Sector);
        Assert.Equal("财预〔2020〕10号", framework.Source);
        Assert.Equal(10m, framework.BudgetExecutionPoints);
        Assert.Equal(IndicatorWeighting.Weighted, framework.Tree.Weighting);
        var one = Assert.Single(framework.Tree.Groups);
        Assert.Equal(("output", "产出指标", IndicatorClass.Output, 20m), (one.Code.Value, one.Name, one.Class, one.Points));
        var two = Assert.Single(one.Children);
        Assert.Equal(("output.quantity", "数量指标", IndicatorClass.Quantity, 20m), (two.Code.Value, two.Name, two.Class, two.Points));
        Assert.Equal(
            LevelThreeIndicator.Quantitative(new IndicatorCode("output.quantity.area"), "面积", Direction.AtLeast, 100m, "亩", 20m, ValueBasis.Plan, "说明", "linear"),
            Assert.Single(two.Children));
        Assert.Equal(new Provenance("S1", true), framework.GetProvenance(new IndicatorCode("output")));
        Assert.Equal(new Provenance("S2", false), framework.GetProvenance(new IndicatorCode("output.quantity")));
        Assert.Equal(new Provenance("S3", true), framework.GetProvenance(new IndicatorCode("output.quantity.area")));
    }

    [Fact]
    public void Framework_WrittenAfterReading_IsTheCanonicalFormOfTheSameValues()
    {
        var framework = Accepted(JsonDocuments.IndicatorFramework, Framework());

        var written = JsonNode.Parse(JsonDocuments.IndicatorFramework.Write(framework))!;

        Assert.True(JsonNode.DeepEquals(Framework(), written), written.ToJsonString());
    }

    [Theory]
    [InlineData("project", FrameworkScope.Project)]
    [InlineData("whole-department", FrameworkScope.WholeDepartment)]
    [InlineData("whole-budget", FrameworkScope.WholeBudget)]
    public void Framework_Scopes_AreRead(string text, FrameworkScope scope)
    {
        var doc = Framework();
        doc["scope"] = text;

        Assert.Equal(scope, Accepted(JsonDocuments.IndicatorFramework, doc).Scope);
    }

    [Fact]
    public void IndividualFramework_WithABuiltInSector_IsRead()
    {
        var doc = Framework();
        doc["origin"] = "individual";
        doc["sector"] = "water";

        var framework = Accepted(JsonDocuments.IndicatorFramework, doc);

        Assert.Equal(FrameworkOrigin.Individual, framework.Origin);
        Assert.Equal(Sector.Water, framework.Sector);
    }

    [Fact]
    public void Framework_EveryBadValueIsReportedAtItsField()
    {
        var doc = Framework();
        doc["id"] = "Demo";
        doc["title"] = JsonNode.Parse("""{ "zh": " ", "en": "" }""");
        doc["scope"] = "global";
        doc["source"] = " ";
        doc["budgetExecutionPoints"] = -1;
        doc["groups"]![0]!["source"] = "";
        doc["groups"]![0]!["children"]![0]!["source"] = " ";
        doc["groups"]![0]!["children"]![0]!["indicators"]![0]!["source"] = "\t";

        Reports(
            JsonDocuments.IndicatorFramework,
            doc,
            E(InvalidValue, "$.id", null, "'Demo' is not a valid framework id: use lower-case ASCII letters, digits and '-'."),
            E(ProblemCodes.NameRequired, "$.title.zh", null, "The Chinese name must not be empty or white space."),
            E(ProblemCodes.NameRequired, "$.title.en", null, "The English name must not be empty or white space."),
            E(InvalidValue, "$.scope", null, "'global' is not a FrameworkScope: expected one of project, whole-department, whole-budget."),
            E(InvalidValue, "$.source", null, "The source must not be empty or white space."),
            E(ProblemCodes.PointsNegative, "$.budgetExecutionPoints", null, "The budget-execution points must not be negative (-1)."),
            E(InvalidValue, "$.groups[0].source", null, "The source must not be empty or white space."),
            E(InvalidValue, "$.groups[0].children[0].source", null, "The source must not be empty or white space."),
            E(InvalidValue, "$.groups[0].children[0].indicators[0].source", null, "The source must not be empty or white space."));
    }

    [Fact]
    public void Framework_OnlyTheEnglishTitleBlank_IsTheOnlyEntry()
    {
        var doc = Framework();
        doc["title"]!["en"] = " ";

        Reports(JsonDocuments.IndicatorFramework, doc, E(ProblemCodes.NameRequired, "$.title.en", null, "The English name must not be empty or white space."));
    }

    [Fact]
    public void Framework_ZeroBudgetExecutionPoints_AreAllowed()
    {
        var doc = Framework();
        doc["budgetExecutionPoints"] = 0;

        Assert.Equal(0m, Accepted(JsonDocuments.IndicatorFramework, doc).BudgetExecutionPoints);
    }

    [Fact]
    public void Framework_UnknownOrigin_IsOnlyTheOrigin_WhateverTheSector()
    {
        var doc = Framework();
        doc["origin"] = "shared";
        doc["sector"] = "agriculture";

        Reports(JsonDocuments.IndicatorFramework, doc, E(InvalidValue, "$.origin", null, "'shared' is not a FrameworkOrigin: expected one of common, individual."));
    }

    [Theory]
    [InlineData("individual", null)]
    [InlineData("common", "agriculture")]
    public void Framework_SectorGivenExactlyWhenIndividual(string origin, string? sector)
    {
        var doc = Framework();
        doc["origin"] = origin;
        doc["sector"] = sector;
        if (sector is null)
        {
            doc.AsObject().Remove("sector");
        }

        Reports(JsonDocuments.IndicatorFramework, doc, E(InvalidValue, "$.sector", null, "An individual framework names its sector; a common framework has none."));
    }

    [Fact]
    public void IndividualFramework_WithAnUnknownSector_NamesTheBuiltInSectors()
    {
        var doc = Framework();
        doc["origin"] = "individual";
        doc["sector"] = "mining";

        Reports(JsonDocuments.IndicatorFramework, doc, E(InvalidValue, "$.sector", null, "'mining' is not a built-in sector: expected one of " + Sectors + "."));
    }

    [Fact]
    public void CommonFramework_WithAnUnknownSector_IsBothAnUnknownSectorAndASectorTooMany()
    {
        var doc = Framework();
        doc["sector"] = "mining";

        Reports(
            JsonDocuments.IndicatorFramework,
            doc,
            E(InvalidValue, "$.sector", null, "'mining' is not a built-in sector: expected one of " + Sectors + "."),
            E(InvalidValue, "$.sector", null, "An individual framework names its sector; a common framework has none."));
    }

    [Fact]
    public void FrameworkNodeWithABadCode_IsReportedOnceAtTheCode()
    {
        var doc = Framework();
        doc["groups"]![0]!["children"]![0]!["indicators"]![0]!["code"] = "a b";

        Reports(
            JsonDocuments.IndicatorFramework,
            doc,
            E(InvalidValue, "$.groups[0].children[0].indicators[0].code", null, "'a b' is not an indicator code: use 1 to 64 ASCII letters, digits, '.', '-' or '_'."));
    }

    [Fact]
    public void FrameworkTreeProblems_AreReportedInTheGroups()
    {
        var doc = Framework();
        doc["groups"]![0]!["points"] = 25;
        doc["groups"]![0]!["children"]![0]!["class"] = "output";
        doc["weighting"] = "loose";

        Reports(
            JsonDocuments.IndicatorFramework,
            doc,
            E(InvalidValue, "$.weighting", null, "'loose' is not a IndicatorWeighting: expected one of weighted, template."),
            E(ProblemCodes.ClassLevelMismatch, "$.groups[0].children[0].class", null, "'output' is a level-1 class, not a level-2 class."));
    }

    [Fact]
    public void FrameworkPointsThatDoNotAddUp_AreReportedAtTheGroupsPoints()
    {
        var doc = Framework();
        doc["groups"]![0]!["points"] = 25;

        Reports(JsonDocuments.IndicatorFramework, doc, E(ProblemCodes.PointsSum, "$.groups[0].points", "output", "The children of output have 20 points in all, not the 25 of output."));
    }

    [Fact]
    public void BuiltInCatalogue_ReadsBackFromItsOwnDocuments()
    {
        foreach (var framework in IndicatorCatalog.BuiltIn)
        {
            var bytes = JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(framework);
            var back = JsonDocuments.IndicatorFramework.Read(bytes);

            Assert.Equal(bytes, JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(back));
            Assert.Equal(framework.Tree.Indicators, back.Tree.Indicators);
            Assert.Equal((framework.Id, framework.Origin, framework.Sector, framework.IsFullyVerified), (back.Id, back.Origin, back.Sector, back.IsFullyVerified));
        }
    }

    [Fact]
    public void FrameworkWithACustomClass_IsWrittenWithItsDeclarationAndReadBack()
    {
        // Before issue 17 item 6 the writer threw ("cannot be written in schema version 1").
        var custom = IndicatorClass.Custom(1, "local-output", new LocalizedName("地方产出", "Local output"));
        var tree = new IndicatorTree(IndicatorWeighting.Template,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "地方产出", custom, 10m,
                [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 10m, [])]),
        ]);
        var framework = new IndicatorFramework("local", new LocalizedName("地方", "Local"), FrameworkScope.Project, FrameworkOrigin.Common, null, "地方文件", 0m, tree,
            new Dictionary<IndicatorCode, Provenance> { [new IndicatorCode("1")] = new("地方文件", true), [new IndicatorCode("1.1")] = new("地方文件", true) });

        var bytes = JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(framework);
        var node = JsonNode.Parse(bytes)!;

        var declared = Assert.Single(node["classes"]!.AsArray())!;
        Assert.Equal((1, "local-output", "地方产出", "Local output"), (declared["level"]!.GetValue<int>(), declared["code"]!.GetValue<string>(), declared["name"]!["zh"]!.GetValue<string>(), declared["name"]!["en"]!.GetValue<string>()));
        Assert.True(JsonDocuments.IndicatorFramework.TryRead(bytes, out var back, out var report), report.ToString());
        Assert.Equal(custom, back!.Tree.Groups[0].Class);
        Assert.True(back.Tree.Groups[0].Class.IsCustom);
        Assert.Equal(new LocalizedName("地方产出", "Local output"), back.Tree.Groups[0].Class.Name);
        Assert.Equal(bytes, JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(back));
    }

    [Fact]
    public void FrameworkWithACustomSector_CannotBeWritten()
    {
        var built = IndicatorCatalog.BuiltIn.First(f => f.Origin == FrameworkOrigin.Individual);
        var provenance = built.Tree.Groups.SelectMany(g => new[] { g.Code }.Concat(g.Children.SelectMany(t => new[] { t.Code }.Concat(t.Children.Select(i => i.Code)))))
            .ToDictionary(c => c, built.GetProvenance);
        var framework = new IndicatorFramework("mining-2021", built.Title, built.Scope, FrameworkOrigin.Individual,
            Sector.Custom("mining", new LocalizedName("矿业", "Mining")), built.Source, built.BudgetExecutionPoints, built.Tree, provenance);

        var e = Assert.Throws<ArgumentException>(() => JsonDocuments.IndicatorFramework.Write(framework));

        Assert.Equal("value", e.ParamName);
        Assert.StartsWith("The custom sector 'mining' cannot be written in schema version 1, which names built-in sectors only.", e.Message, StringComparison.Ordinal);
    }

    // performance-target -------------------------------------------------------------------------------------------

    private static JsonNode Target() => JsonNode.Parse(JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(Documents.Target()))!;

    [Fact]
    public void Target_EveryBadValueIsReportedAtItsField()
    {
        var doc = Target();
        doc["subject"] = JsonNode.Parse("""{ "type": "programme", "code": " " }""");
        doc["year"] = 9999;
        doc["overallGoal"] = " ";
        doc["authoredBy"] = "";
        doc["status"] = "pending";
        doc["returnReason"] = "不会被检查";

        Reports(
            JsonDocuments.PerformanceTarget,
            doc,
            E(InvalidValue, "$.subject.type", null, "'programme' is not a SubjectType: expected one of department, unit, project, policy, internal-section."),
            E(InvalidValue, "$.subject.code", null, "The subject code must not be empty or white space."),
            E(InvalidValue, "$.year", null, "The year 9999 is outside [1900, 9998]."),
            E(InvalidValue, "$.overallGoal", null, "The overall goal must not be empty or white space."),
            E(InvalidValue, "$.authoredBy", null, "The author must not be empty or white space."),
            E(InvalidValue, "$.status", null, "'pending' is not a TargetStatus: expected one of draft, submitted, approved, returned."));
    }

    public static TheoryData<string, string?, string?, string[]> Reviews() => new()
    {
        { "draft", null, null, [] },
        { "draft", "", null, ["reviewedBy A target not yet reviewed has no reviewer."] },
        { "submitted", "S-AGR", null, ["reviewedBy A target not yet reviewed has no reviewer."] },
        { "submitted", null, "理由", ["returnReason Only a returned target has a return reason."] },
        { "approved", "S-AGR", null, [] },
        { "approved", null, null, ["reviewedBy An approved or returned target names its reviewer."] },
        { "approved", " ", null, ["reviewedBy An approved or returned target names its reviewer."] },
        { "approved", "S-AGR", "理由", ["returnReason Only a returned target has a return reason."] },
        { "returned", "S-AGR", "缺少满意度指标", [] },
        { "returned", "S-AGR", null, ["returnReason A returned target carries its reason."] },
        { "returned", "S-AGR", " ", ["returnReason A returned target carries its reason."] },
        { "returned", null, "缺少满意度指标", ["reviewedBy An approved or returned target names its reviewer."] },
        { "draft", "S-AGR", "理由", ["reviewedBy A target not yet reviewed has no reviewer.", "returnReason Only a returned target has a return reason."] },
    };

    [Theory]
    [MemberData(nameof(Reviews))]
    public void Target_ReviewerAndReturnReason_FollowTheStatus(string status, string? reviewedBy, string? returnReason, string[] problems)
    {
        var doc = Target();
        doc["status"] = status;
        doc.AsObject().Remove("reviewedBy");
        doc.AsObject().Remove("returnReason");
        if (reviewedBy is not null)
        {
            doc["reviewedBy"] = reviewedBy;
        }

        if (returnReason is not null)
        {
            doc["returnReason"] = returnReason;
        }

        if (problems.Length == 0)
        {
            var target = Accepted(JsonDocuments.PerformanceTarget, doc);
            Assert.Equal(EnumText.TryParse<TargetStatus>(status, out var s) ? s : throw new InvalidOperationException(), target.Status);
            Assert.Equal(reviewedBy, target.ReviewedBy);
            Assert.Equal(returnReason, target.ReturnReason);
            return;
        }

        Reports(
            JsonDocuments.PerformanceTarget,
            doc,
            [.. problems.Select(p => p.Split(' ', 2)).Select(p => E(InvalidValue, "$." + p[0], null, p[1]))]);
    }

    [Fact]
    public void Target_IsReadAsWritten()
    {
        var original = Documents.Target();

        var target = Accepted(JsonDocuments.PerformanceTarget, Target());

        Assert.Equal(original.Subject, target.Subject);
        Assert.Equal(original.Year, target.Year);
        Assert.Equal(original.OverallGoal, target.OverallGoal);
        Assert.Equal(original.AuthoredBy, target.AuthoredBy);
        Assert.Equal(TargetStatus.Approved, target.Status);
        Assert.Equal("S-AGR", target.ReviewedBy);
        Assert.Null(target.ReturnReason);
        Assert.Equal(original.Indicators.Indicators, target.Indicators.Indicators);
        Assert.Equal(original.Indicators.Weighting, target.Indicators.Weighting);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(9998)]
    public void Target_YearsAtTheEdges_AreRead(int year)
    {
        var doc = Target();
        doc["year"] = year;

        Assert.Equal(new FiscalYear(year), Accepted(JsonDocuments.PerformanceTarget, doc).Year);
    }

    [Fact]
    public void Target_TreeProblems_AreReportedInItsIndicators()
    {
        var doc = Target();
        doc["indicators"]![0]!["points"] = 51;
        doc["weighting"] = "strict";

        Reports(JsonDocuments.PerformanceTarget, doc, E(InvalidValue, "$.weighting", null, "'strict' is not a IndicatorWeighting: expected one of weighted, template."));
    }

    [Fact]
    public void Target_PointsThatDoNotAddUp_AreReportedAtTheParentsPoints()
    {
        var doc = Target();
        doc["indicators"]![0]!["points"] = 51;

        Reports(JsonDocuments.PerformanceTarget, doc, E(ProblemCodes.PointsSum, "$.indicators[0].points", "1", "The children of 1 have 50 points in all, not the 51 of 1."));
    }

    [Fact]
    public void TargetWithACustomClass_IsWrittenWithItsDeclarationAndReadBack()
    {
        // Before issue 17 item 6 the writer threw ("cannot be written in schema version 1").
        var custom = IndicatorClass.Custom(2, "local-quantity", new LocalizedName("地方数量", "Local quantity"));
        var tree = new IndicatorTree(IndicatorWeighting.Template,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 10m,
                [new LevelTwoIndicator(new IndicatorCode("1.1"), "地方数量", custom, 10m, [])]),
        ]);
        var target = PerformanceTarget.Restore(new SubjectRef(SubjectType.Project, "P1"), new FiscalYear(2021), "目标", tree, "U01", TargetStatus.Draft, null, null);

        var bytes = JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(target);
        var node = JsonNode.Parse(bytes)!;

        var declared = Assert.Single(node["classes"]!.AsArray())!;
        Assert.Equal((2, "local-quantity", "地方数量", "Local quantity"), (declared["level"]!.GetValue<int>(), declared["code"]!.GetValue<string>(), declared["name"]!["zh"]!.GetValue<string>(), declared["name"]!["en"]!.GetValue<string>()));
        Assert.Equal("local-quantity", node["indicators"]![0]!["children"]![0]!["class"]!.GetValue<string>());
        Assert.True(JsonDocuments.PerformanceTarget.TryRead(bytes, out var back, out var report), report.ToString());
        Assert.Equal(new LocalizedName("地方数量", "Local quantity"), back!.Indicators.Groups[0].Children[0].Class.Name);
        Assert.Equal(bytes, JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(back));
    }

    // portfolio ----------------------------------------------------------------------------------------------------

    private static JsonNode Portfolio() => JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;

    [Fact]
    public void Portfolio_BlankFieldsOfSubjects_AreEachReported()
    {
        var doc = Portfolio();
        doc["departments"]![0] = JsonNode.Parse("""{ "code": " ", "name": "" }""");
        doc["units"]![0] = JsonNode.Parse("""{ "code": "", "name": " ", "departmentCode": " " }""");
        doc["sections"]![0] = JsonNode.Parse("""{ "code": " ", "name": " " }""");
        doc["year"] = 1899;

        Reports(
            JsonDocuments.Portfolio,
            doc,
            E(InvalidValue, "$.year", null, "The year 1899 is outside [1900, 9998]."),
            E(InvalidValue, "$.departments[0].code", null, "The code must not be empty or white space."),
            E(InvalidValue, "$.departments[0].name", null, "The name must not be empty or white space."),
            E(InvalidValue, "$.units[0].code", null, "The code must not be empty or white space."),
            E(InvalidValue, "$.units[0].name", null, "The name must not be empty or white space."),
            E(InvalidValue, "$.units[0].departmentCode", null, "The department code must not be empty or white space."),
            E(InvalidValue, "$.sections[0].code", null, "The code must not be empty or white space."),
            E(InvalidValue, "$.sections[0].name", null, "The name must not be empty or white space."));
    }

    [Fact]
    public void Portfolio_OneBlankNamePerList_IsReportedAtItsIndex()
    {
        var doc = Portfolio();
        doc["departments"]![1]!["name"] = " ";
        doc["units"]![0]!["name"] = " ";
        doc["sections"]![0]!["name"] = " ";

        Reports(
            JsonDocuments.Portfolio,
            doc,
            E(InvalidValue, "$.departments[1].name", null, "The name must not be empty or white space."),
            E(InvalidValue, "$.units[0].name", null, "The name must not be empty or white space."),
            E(InvalidValue, "$.sections[0].name", null, "The name must not be empty or white space."));
    }

    [Fact]
    public void Portfolio_OneBlankCodePerList_IsReportedAtItsIndex()
    {
        var doc = Portfolio();
        doc["departments"]![1]!["code"] = "";
        doc["units"]![0]!["departmentCode"] = "";
        doc["sections"]![0]!["code"] = "";

        Reports(
            JsonDocuments.Portfolio,
            doc,
            E(InvalidValue, "$.departments[1].code", null, "The code must not be empty or white space."),
            E(InvalidValue, "$.units[0].departmentCode", null, "The department code must not be empty or white space."),
            E(InvalidValue, "$.sections[0].code", null, "The code must not be empty or white space."));
    }

    [Fact]
    public void Portfolio_EveryBadValueOfASpendingItem_IsReported()
    {
        var doc = Portfolio();
        doc["spendingItems"]![0] = JsonNode.Parse("""
            { "type": "programme", "code": " ", "name": "", "departmentCode": " ", "unitCode": " ", "sector": "mining",
              "projectKind": "annual", "isNewMajor": false, "budget": -1 }
            """);

        Reports(
            JsonDocuments.Portfolio,
            doc,
            E(InvalidValue, "$.spendingItems[0].type", null, "'programme' is not a SubjectType: expected one of department, unit, project, policy, internal-section."),
            E(InvalidValue, "$.spendingItems[0].code", null, "The code must not be empty or white space."),
            E(InvalidValue, "$.spendingItems[0].name", null, "The name must not be empty or white space."),
            E(InvalidValue, "$.spendingItems[0].departmentCode", null, "The department code must not be empty or white space."),
            E(InvalidValue, "$.spendingItems[0].unitCode", null, "The unit code must not be empty or white space."),
            E(InvalidValue, "$.spendingItems[0].sector", null, "'mining' is not a built-in sector: expected one of " + Sectors + "."),
            E(InvalidValue, "$.spendingItems[0].projectKind", null, "'annual' is not a ProjectKind: expected one of recurring, one-off, multi-year, whole-department."),
            E(ProblemCodes.AmountNegative, "$.spendingItems[0].budget", null, "The budget must not be negative (-1)."));
    }

    [Theory]
    [InlineData("unit")]
    [InlineData("internal-section")]
    public void Portfolio_SpendingItemOfAnotherSubjectType_IsInvalid(string type)
    {
        var doc = Portfolio();
        doc["spendingItems"]![0]!["type"] = type;

        Reports(JsonDocuments.Portfolio, doc, E(InvalidValue, "$.spendingItems[0].type", null, "A spending item is a project or a policy."));
    }

    [Fact]
    public void Portfolio_PolicyWithoutUnitAndWithAZeroBudget_IsRead()
    {
        var doc = Portfolio();
        doc["spendingItems"]!.AsArray().Add(JsonNode.Parse("""
            { "type": "policy", "code": "POL-1", "name": "农机购置补贴", "departmentCode": "D01", "sector": "livelihood",
              "projectKind": "multi-year", "isNewMajor": true, "budget": 0 }
            """));

        var item = Accepted(JsonDocuments.Portfolio, doc).SpendingItems[2];

        Assert.Equal((SubjectType.Policy, "POL-1", "农机购置补贴", "D01"), (item.Type, item.Code, item.Name, item.DepartmentCode));
        Assert.Null(item.UnitCode);
        Assert.Equal(Sector.Livelihood, item.Sector);
        Assert.Equal(ProjectKind.MultiYear, item.Kind);
        Assert.True(item.IsNewMajor);
        Assert.Equal(Money.FromYuan(0m), item.Budget);
    }

    [Fact]
    public void Portfolio_IsReadAsWritten()
    {
        var original = Documents.Portfolio();

        var portfolio = Accepted(JsonDocuments.Portfolio, Portfolio());

        Assert.Equal(original.Year, portfolio.Year);
        Assert.Equal(original.Departments.Select(d => (d.Code, d.Name)), portfolio.Departments.Select(d => (d.Code, d.Name)));
        Assert.Equal(original.Units.Select(u => (u.Code, u.Name, u.DepartmentCode)), portfolio.Units.Select(u => (u.Code, u.Name, u.DepartmentCode)));
        Assert.Equal(original.Sections.Select(s => (s.Code, s.Name)), portfolio.Sections.Select(s => (s.Code, s.Name)));
        Assert.Equal(
            original.SpendingItems.Select(i => (i.Type, i.Code, i.Name, i.DepartmentCode, i.UnitCode, i.Sector, i.Kind, i.IsNewMajor, i.Budget)),
            portfolio.SpendingItems.Select(i => (i.Type, i.Code, i.Name, i.DepartmentCode, i.UnitCode, i.Sector, i.Kind, i.IsNewMajor, i.Budget)));
        Assert.Equal(original.Targets.Select(t => t.Subject), portfolio.Targets.Select(t => t.Subject));
        Assert.Equal(original.Evaluations.Select(e => e.Id), portfolio.Evaluations.Select(e => e.Id));
        Assert.Equal(original.Evaluations[1].Records, portfolio.Evaluations[1].Records);
    }

    [Fact]
    public void Portfolio_ReferencesAndDuplicates_AreReportedAtTheirFields()
    {
        var doc = Portfolio();
        doc["departments"]![1]!["code"] = "D01";
        doc["units"]![0]!["departmentCode"] = "D99";
        doc["spendingItems"]![1]!["unitCode"] = "U99";

        Reports(
            JsonDocuments.Portfolio,
            doc,
            E(ProblemCodes.DuplicateCode, "$.departments[1].code", null, "The Department code D01 is used more than once."),
            E(ProblemCodes.ReferenceUnknown, "$.units[0].departmentCode", null, "The Department D99 is not in the portfolio."),
            E(ProblemCodes.ReferenceUnknown, "$.spendingItems[1].unitCode", null, "The Unit U99 is not in the portfolio."));
    }

    [Fact]
    public void Portfolio_EvaluationOfAnotherYear_IsAYearMismatchAtItsConductedIn()
    {
        var doc = Portfolio();
        doc["evaluations"]![0]!["coveredYear"] = 2021;
        doc["evaluations"]![0]!["conductedIn"] = 2022;

        Reports(JsonDocuments.Portfolio, doc, E(ProblemCodes.YearMismatch, "$.evaluations[0].conductedIn", null, "Evaluation E2021-001 was conducted in 2022, not 2021."));
    }

    [Fact]
    public void Portfolio_ProblemsInsideTargetsAndEvaluations_AreReportedAtTheirIndex()
    {
        var doc = Portfolio();
        doc["targets"]![0]!["overallGoal"] = " ";
        doc["evaluations"]![1]!["records"]![0]!["state"] = "guessed";
        doc["evaluations"]![1]!["performer"]!["name"] = " ";

        Reports(
            JsonDocuments.Portfolio,
            doc,
            E(InvalidValue, "$.targets[0].overallGoal", null, "The overall goal must not be empty or white space."),
            E(InvalidValue, "$.evaluations[1].records[0].state", null, "'guessed' is not a RecordState: expected one of measured, achievement, judgement, not-applicable, not-yet-due, no-data, grouped."),
            E(ProblemCodes.NameRequired, "$.evaluations[1].performer.name", null, "The performer has no name."));
    }
}
