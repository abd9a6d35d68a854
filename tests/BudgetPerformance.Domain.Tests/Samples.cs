using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>The agricultural development project of EXAMPLES.md §1, built by hand.</summary>
public static class Samples
{
    public static LevelThreeIndicator Q(string code, string name, Direction direction, decimal target, string unit, decimal points) =>
        LevelThreeIndicator.Quantitative(new IndicatorCode(code), name, direction, target, unit, points, ValueBasis.Plan, "说明");

    public static IndicatorTree AgricultureTree() => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
        [
            new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 25m,
            [
                Q("1.1.1", "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 15m),
                Q("1.1.2", "新增灌溉面积", Direction.AtLeast, 1200m, "亩", 10m),
            ]),
            new LevelTwoIndicator(new IndicatorCode("1.2"), "质量指标", IndicatorClass.Quality, 5m, [Q("1.2.1", "工程验收合格率", Direction.EqualTo, 100m, "%", 5m)]),
            new LevelTwoIndicator(new IndicatorCode("1.3"), "时效指标", IndicatorClass.Timeliness, 10m, [Q("1.3.1", "按期完工率", Direction.AtLeast, 95m, "%", 10m)]),
            new LevelTwoIndicator(new IndicatorCode("1.4"), "成本指标", IndicatorClass.OutputCost, 10m, [Q("1.4.1", "亩均建设成本", Direction.AtMost, 3000m, "元", 10m)]),
        ]),
        new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
        [
            new LevelTwoIndicator(new IndicatorCode("2.1"), "经济效益指标", IndicatorClass.Economic, 15m, [Q("2.1.1", "项目区粮食亩产增加", Direction.AtLeast, 50m, "公斤", 15m)]),
            new LevelTwoIndicator(new IndicatorCode("2.2"), "社会效益指标", IndicatorClass.Social, 5m, [Q("2.2.1", "受益农户", Direction.AtLeast, 2000m, "户", 5m)]),
            new LevelTwoIndicator(new IndicatorCode("2.3"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m,
                [LevelThreeIndicator.Qualitative(new IndicatorCode("2.3.1"), "耕地质量改善", 10m, ValueBasis.Other, "依据耕地质量等级评价报告判断")]),
        ]),
        new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
        [
            new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m, [Q("3.1.1", "受益农户满意度", Direction.AtLeast, 90m, "%", 10m)]),
        ]),
    ]);

    public static IReadOnlyList<IndicatorRecord> AgricultureRecords() =>
    [
        IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m),
        IndicatorRecord.Measured(new IndicatorCode("1.1.2"), 1350m),
        IndicatorRecord.Measured(new IndicatorCode("1.2.1"), 100m),
        IndicatorRecord.Measured(new IndicatorCode("1.3.1"), 90m),
        IndicatorRecord.Measured(new IndicatorCode("1.4.1"), 3300m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42m),
        IndicatorRecord.Measured(new IndicatorCode("2.2.1"), 2100m),
        IndicatorRecord.Achieved(new IndicatorCode("2.3.1"), AchievementLevel.PartlyAchieved, 7m),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m),
    ];
}
