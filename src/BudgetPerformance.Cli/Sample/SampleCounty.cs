using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Cli.Sample;

/// <summary>
/// Generates the embedded sample county: SYNTHETIC data, deterministic (a fixed seed, no clock), shaped like the seed's
/// Linqu County in 2020 (69 departments with 580 projects that all have 2020 targets; 17 ex-ante assessments; 543
/// self-evaluated 2019 projects of 71 departments; 10 department evaluations worth 1.28 亿元; 13 finance evaluations
/// worth 3.72 亿元 across six sectors, each with an on-site visit; a whole-department evaluation of the water bureau; the
/// property-service outsourcing project graded 中 with a 2021 request of 3,900,000 yuan). Only the shape is the seed's:
/// names of projects, amounts and every recorded value are invented.
/// </summary>
internal static class SampleCounty
{
    public const ulong Seed = 20201231;

    public const string LabelZh = "合成样本县（虚构数据，仿照临朐县2020年规模生成，非真实数据）";

    public const string LabelEn = "Synthetic sample county (invented data shaped like Linqu County in 2020; not real data)";

    public const string PropertyProjectName = "创业大厦物业服务外包项目";

    public const string WaterBureauName = "县水利局";

    public const string ServiceCentreName = "县政务服务中心";

    private static readonly FiscalYear Year = new(2020);
    private static readonly FiscalYear Previous = new(2019);

    private static readonly (string Name, string Sector)[] DepartmentList =
    [
        ("县委办公室", "public-services"), ("县政府办公室", "public-services"), ("县人大常委会办公室", "public-services"),
        ("县政协办公室", "public-services"), ("县纪委监委", "public-services"), ("县委组织部", "public-services"),
        ("县委宣传部", "public-services"), ("县委统战部", "public-services"), ("县委政法委", "public-services"),
        ("县发展和改革局", "public-services"), ("县教育和体育局", "education"), ("县科学技术局", "science"),
        ("县工业和信息化局", "science"), ("县公安局", "public-services"), ("县民政局", "livelihood"),
        ("县司法局", "public-services"), ("县财政局", "public-services"), ("县人力资源和社会保障局", "livelihood"),
        ("县自然资源和规划局", "public-services"), ("县生态环境分局", "environment"), ("县住房和城乡建设局", "livelihood"),
        ("县交通运输局", "transport"), (WaterBureauName, "water"), ("县农业农村局", "agriculture"),
        ("县商务局", "public-services"), ("县文化和旅游局", "livelihood"), ("县卫生健康局", "health"),
        ("县退役军人事务局", "livelihood"), ("县应急管理局", "public-services"), ("县审计局", "public-services"),
        ("县市场监督管理局", "public-services"), ("县统计局", "public-services"), ("县医疗保障局", "health"),
        ("县综合行政执法局", "public-services"), ("县行政审批服务局", "public-services"), (ServiceCentreName, "public-services"),
        ("县机关事务服务中心", "public-services"), ("县林业发展中心", "agriculture"), ("县畜牧业发展中心", "agriculture"),
        ("县农业机械服务中心", "agriculture"), ("县水文服务中心", "water"), ("县城市管理局", "environment"),
        ("县信访局", "public-services"), ("县档案馆", "public-services"), ("县史志研究中心", "public-services"),
        ("县融媒体中心", "public-services"), ("县总工会", "livelihood"), ("团县委", "public-services"),
        ("县妇联", "livelihood"), ("县科协", "science"), ("县残联", "livelihood"),
        ("县红十字会", "livelihood"), ("县供销社", "agriculture"), ("县气象局", "agriculture"),
        ("县人民法院", "public-services"), ("县人民检察院", "public-services"), ("县消防救援大队", "public-services"),
        ("县公路事业发展中心", "transport"), ("县住房公积金管理中心", "livelihood"), ("县疾病预防控制中心", "health"),
        ("县人民医院", "health"), ("县中医院", "health"), ("县第一中学", "education"),
        ("县职业教育中心", "education"), ("县图书馆", "livelihood"), ("县文化馆", "livelihood"),
        ("县体育运动学校", "education"), ("县农业科学研究所", "science"), ("县经济开发区管委会", "public-services"),

        // 2019 only: merged away in the 2019 institutional reform, so they have 2019 projects but none in 2020.
        ("县扶贫开发办公室", "livelihood"), ("县老龄工作委员会办公室", "livelihood"),
    ];

    private static readonly string[] GenericProjects =
    [
        "专项业务经费", "设备购置项目", "信息化建设项目", "运行维护项目", "业务培训项目", "宣传推广项目",
        "专项补助资金", "基础设施维修项目", "政府购买服务项目", "专项整治项目", "能力提升项目", "监测检测项目",
    ];

    // (department, project name, sector) of the 13 finance evaluations: agriculture, livelihood, science, transport, environment, education.
    private static readonly (string Department, string Name, string Sector)[] FinanceProjects =
    [
        ("县农业农村局", "高标准农田建设项目", "agriculture"), ("县民政局", "城乡低保资金", "livelihood"),
        ("县科学技术局", "科技创新奖补资金", "science"), ("县交通运输局", "农村公路建设项目", "transport"),
        ("县生态环境分局", "大气污染防治项目", "environment"), ("县教育和体育局", "义务教育薄弱环节改善项目", "education"),
        ("县畜牧业发展中心", "畜禽粪污资源化利用项目", "agriculture"), ("县人力资源和社会保障局", "就业创业补助资金", "livelihood"),
        ("县工业和信息化局", "企业技术改造奖补资金", "science"), ("县公路事业发展中心", "县乡道路养护项目", "transport"),
        ("县生态环境分局", "农村生活污水治理项目", "environment"), ("县职业教育中心", "职业教育实训基地建设项目", "education"),
        ("县林业发展中心", "森林防火能力提升项目", "agriculture"),
    ];

    // The 10 department evaluations, one per department; the first is the seed's property project.
    private static readonly (string Department, string Name)[] DepartmentProjects =
    [
        (ServiceCentreName, PropertyProjectName), ("县卫生健康局", "基本公共卫生服务项目"), ("县文化和旅游局", "文化惠民工程"),
        ("县住房和城乡建设局", "老旧小区改造项目"), (WaterBureauName, "小型水库除险加固项目"), ("县城市管理局", "城区环卫保洁服务项目"),
        ("县市场监督管理局", "食品安全抽检项目"), ("县应急管理局", "应急物资储备项目"), ("县退役军人事务局", "优抚对象补助资金"),
        ("县自然资源和规划局", "国土空间规划编制项目"),
    ];

    private static readonly Dictionary<string, (string Name, string Unit, decimal Target)> Quantities = new(StringComparer.Ordinal)
    {
        ["agriculture"] = ("建设面积", "亩", 5000m),
        ["livelihood"] = ("受助人数", "人", 3000m),
        ["science"] = ("支持项目数", "个", 20m),
        ["transport"] = ("道路建设养护里程", "公里", 30m),
        ["environment"] = ("治理点位数", "个", 12m),
        ["education"] = ("受益学生人数", "人", 8000m),
        ["water"] = ("工程处数", "处", 15m),
        ["health"] = ("服务人次", "人次", 50000m),
        ["public-services"] = ("办理服务事项", "件", 1200m),
    };

    private static readonly Lazy<SampleCountyData> Built = new(Generate);

    /// <summary>The sample county (generated once per process, always the same).</summary>
    public static SampleCountyData Data => Built.Value;

    /// <summary>Generates the county from <see cref="Seed"/>.</summary>
    public static SampleCountyData Generate()
    {
        var random = new DeterministicRandom(Seed);
        var departments = DepartmentList.Select((d, i) => new Department(Code("D", i + 1, 2), d.Name)).ToList();
        Department Dept(string name) => departments.First(d => d.Name == name);
        Sector SectorOf(string code) => Sector.TryGetBuiltIn(code, out var s) ? s : throw new InvalidOperationException(code);
        Sector DeptSector(Department d) => SectorOf(DepartmentList[departments.IndexOf(d)].Sector);

        var items = new List<SpendingItem>();
        var targets = new List<PerformanceTarget>();
        var evaluations = new List<Evaluation>();
        var requests = new Dictionary<SubjectRef, Money>();

        // 2020: 580 projects of the first 69 departments, every one with a target.
        var current = departments.Take(69).ToList();
        var perDepartment = Spread(random, 580, current.Count);
        var n = 0;
        var newMajor = new HashSet<int>();
        while (newMajor.Count < 17)
        {
            newMajor.Add(random.Next(1, 581));
        }

        for (var d = 0; d < current.Count; d++)
        {
            for (var k = 0; k < perDepartment[d]; k++)
            {
                n++;
                var sector = DeptSector(current[d]);
                var name = GenericProjects[random.Next(0, GenericProjects.Length)] + " " + Code("2020-", n, 3);
                var budget = Money.FromYuan(random.Next(5, 300) * 10_000m);
                var item = new SpendingItem(SubjectType.Project, Code("P20-", n, 4), name, current[d].Code, null, sector, ProjectKind.Recurring, newMajor.Contains(n), budget);
                items.Add(item);
                targets.Add(new PerformanceTarget(item.Ref, Year, name + "：按计划完成年度任务", Tree(sector.Code, 90m, 10m, random.Decimal(0.8m, 1.5m, 1)), current[d].Code).Submit().Approve("预算科"));
            }
        }

        // 17 ex-ante assessments of the new major projects (for their 2021 budgets).
        var assessed = items.Where(i => i.IsNewMajor).ToList();
        for (var k = 0; k < assessed.Count; k++)
        {
            var item = assessed[k];
            var tree = Tree(item.Sector.Code, 100m, 20m, 1m);
            evaluations.Add(new Evaluation(Code("EA2020-", k + 1, 2), EvaluationType.ExAnteAssessment, item.Ref, new Performer(PerformerRole.ExpertPanel, "县财政局事前绩效评估专家组"),
                new FiscalYear(2021), Year, tree, Records(random, tree, random.Decimal(0.66m, 1.04m, 2))));
        }

        // 2019: 23 evaluated projects (13 finance, 10 department) and 520 others, 543 in all, of 71 departments.
        var previous = new List<SpendingItem>();
        var m = 0;
        SpendingItem Previous2019(Department department, string name, Sector sector, Money budget)
        {
            m++;
            var item = new SpendingItem(SubjectType.Project, Code("P19-", m, 4), name, department.Code, null, sector, ProjectKind.Recurring, false, budget);
            previous.Add(item);
            return item;
        }

        var financeAmounts = Split(random, 372_000_000m, FinanceProjects.Length);
        var finance = FinanceProjects.Select((p, i) => Previous2019(Dept(p.Department), p.Name, SectorOf(p.Sector), Money.FromYuan(financeAmounts[i]))).ToList();
        var propertyBudget = 3_860_000m;
        var departmentAmounts = Split(random, 128_000_000m - propertyBudget, DepartmentProjects.Length - 1);
        var departmental = DepartmentProjects.Select((p, i) => Previous2019(Dept(p.Department), p.Name, DeptSector(Dept(p.Department)), Money.FromYuan(i == 0 ? propertyBudget : departmentAmounts[i - 1]))).ToList();
        var covered = previous.Select(p => p.DepartmentCode).ToHashSet(StringComparer.Ordinal);
        foreach (var department in departments.Where(d => !covered.Contains(d.Code)))
        {
            Previous2019(department, GenericProjects[random.Next(0, GenericProjects.Length)] + " " + Code("2019-", m + 1, 3), DeptSector(department), Money.FromYuan(random.Next(5, 300) * 10_000m));
        }

        while (previous.Count < 543)
        {
            var department = departments[random.Next(0, departments.Count)];
            Previous2019(department, GenericProjects[random.Next(0, GenericProjects.Length)] + " " + Code("2019-", m + 1, 3), DeptSector(department), Money.FromYuan(random.Next(5, 300) * 10_000m));
        }

        items.AddRange(previous);

        // 543 self-evaluations of 2019 projects, by their units.
        for (var k = 0; k < previous.Count; k++)
        {
            var item = previous[k];
            var level = item.Name == PropertyProjectName ? 0.74m : random.Decimal(0.68m, 1.04m, 2);
            var tree = Tree(item.Sector.Code, 90m, 10m, 1m);
            var rate = Math.Min(1m, Math.Max(0.5m, level + random.Decimal(-0.05m, 0.1m, 2)));
            var budget = new BudgetExecution(item.Budget, Money.FromYuan(decimal.Round(item.Budget.Yuan * rate, 0, MidpointRounding.AwayFromZero)));
            evaluations.Add(new Evaluation(Code("SE2020-", k + 1, 4), EvaluationType.SelfEvaluation, item.Ref, new Performer(PerformerRole.Unit, Dept2(departments, item.DepartmentCode).Name),
                Previous, Year, tree, Records(random, tree, level), budget));
        }

        // 10 department evaluations; the property project is graded 中 by construction of its records.
        for (var k = 0; k < departmental.Count; k++)
        {
            var item = departmental[k];
            var tree = Tree(item.Sector.Code, 100m, 20m, 1m);
            var records = k == 0 ? PropertyRecords(tree) : Records(random, tree, random.Decimal(0.8m, 1.04m, 2));
            evaluations.Add(new Evaluation(Code("DE2020-", k + 1, 2), EvaluationType.DepartmentEvaluation, item.Ref, new Performer(PerformerRole.Department, Dept2(departments, item.DepartmentCode).Name),
                Previous, Year, tree, records));
            requests[item.Ref] = k == 0 ? Money.FromYuan(3_900_000m) : Money.FromYuan(decimal.Round(item.Budget.Yuan * random.Decimal(0.9m, 1.15m, 2) / 10_000m, 0, MidpointRounding.AwayFromZero) * 10_000m);
        }

        // 13 finance evaluations by a commissioned third party, each with an on-site visit.
        for (var k = 0; k < finance.Count; k++)
        {
            var item = finance[k];
            var tree = Tree(item.Sector.Code, 100m, 20m, 1m);
            var visit = new OnSiteVisit(new LocalDate(2020, 5 + (k % 6), 6 + k), "现场核查项目实施和资金使用情况");
            evaluations.Add(new Evaluation(Code("FE2020-", k + 1, 2), EvaluationType.FinanceEvaluation, item.Ref, new Performer(PerformerRole.ThirdParty, "受托第三方评价机构"),
                Previous, Year, tree, Records(random, tree, random.Decimal(0.72m, 1.04m, 2)), onSiteVisit: visit));
            requests[item.Ref] = Money.FromYuan(decimal.Round(item.Budget.Yuan * random.Decimal(0.9m, 1.15m, 2) / 10_000m, 0, MidpointRounding.AwayFromZero) * 10_000m);
        }

        // The pilot whole-department evaluation of the water bureau, jointly with a third party.
        var water = Dept(WaterBureauName);
        var waterTree = Tree("water", 100m, 20m, 1m);
        evaluations.Add(new Evaluation("WD2020-01", EvaluationType.WholeDepartmentEvaluation, water.Ref, new Performer(PerformerRole.ThirdParty, "受托第三方评价机构（与县财政局联合）"),
            Previous, Year, waterTree, Records(random, waterTree, 0.93m)));
        requests[water.Ref] = Money.FromYuan(items.Where(i => i.DepartmentCode == water.Code && i.Code.StartsWith("P20-", StringComparison.Ordinal)).Sum(i => i.Budget.Yuan));

        var portfolio = new Portfolio(Year, departments, [], [], items, targets, evaluations);
        return new SampleCountyData(portfolio, requests);
    }

    private static Department Dept2(List<Department> departments, string code) => departments.First(d => d.Code == code);

    private static string Code(string prefix, int number, int digits) => prefix + number.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Spreads <paramref name="total"/> items over <paramref name="bins"/> bins, at least one each.</summary>
    private static int[] Spread(DeterministicRandom random, int total, int bins)
    {
        var counts = Enumerable.Repeat(1, bins).ToArray();
        for (var i = bins; i < total; i++)
        {
            counts[random.Next(0, bins)]++;
        }

        return counts;
    }

    /// <summary>Splits an amount into parts of whole 万元 that add up exactly.</summary>
    private static decimal[] Split(DeterministicRandom random, decimal total, int parts)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => random.Decimal(1m, 3m, 2)).ToArray();
        var sum = weights.Sum();
        var amounts = weights.Select(w => decimal.Floor(total * w / sum / 10_000m) * 10_000m).ToArray();
        amounts[^1] = total - amounts[..^1].Sum();
        return amounts;
    }

    /// <summary>The three-level tree: output 50, benefit 30, satisfaction <paramref name="satisfaction"/> (90 points with a 10-point budget block, or 100).</summary>
    internal static IndicatorTree Tree(string sector, decimal total, decimal satisfaction, decimal scale)
    {
        var (qName, qUnit, qTarget) = Quantities[sector];
        var target = decimal.Round(qTarget * scale, 0, MidpointRounding.AwayFromZero);
        _ = total;
        return new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
            [
                new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 20m,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), qName, Direction.AtLeast, target, qUnit, 20m, ValueBasis.Plan, "年度计划任务量")]),
                new LevelTwoIndicator(new IndicatorCode("1.2"), "质量指标", IndicatorClass.Quality, 10m,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("1.2.1"), "验收合格率", Direction.EqualTo, 100m, "%", 10m, ValueBasis.Industry, "行业验收标准")]),
                new LevelTwoIndicator(new IndicatorCode("1.3"), "时效指标", IndicatorClass.Timeliness, 10m,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("1.3.1"), "按期完成率", Direction.AtLeast, 95m, "%", 10m, ValueBasis.Plan, "实施方案进度要求")]),
                new LevelTwoIndicator(new IndicatorCode("1.4"), "成本指标", IndicatorClass.OutputCost, 10m,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("1.4.1"), "实际成本占预算比例", Direction.AtMost, 100m, "%", 10m, ValueBasis.BudgetExpenditureStandard, "不超过预算")]),
            ]),
            new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
            [
                new LevelTwoIndicator(new IndicatorCode("2.1"), "社会效益指标", IndicatorClass.Social, 20m,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("2.1.1"), "目标群体覆盖率", Direction.AtLeast, 90m, "%", 20m, ValueBasis.Historical, "上年水平")]),
                new LevelTwoIndicator(new IndicatorCode("2.2"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m,
                    [LevelThreeIndicator.Qualitative(new IndicatorCode("2.2.1"), "长效管护机制", 10m, ValueBasis.Other, "是否建立长效管护制度并落实")]),
            ]),
            new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, satisfaction,
            [
                new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, satisfaction,
                    [LevelThreeIndicator.Quantitative(new IndicatorCode("3.1.1"), "服务对象满意度", Direction.AtLeast, 90m, "%", satisfaction, ValueBasis.Plan, "问卷调查")]),
            ]),
        ]);
    }

    /// <summary>Records for a performance level (about 0.6 poor to 1.04 over-achieved), with small noise.</summary>
    internal static IndicatorRecord[] Records(DeterministicRandom random, IndicatorTree tree, decimal level)
    {
        decimal Noise() => random.Decimal(-0.05m, 0.05m, 2);
        var quantity = tree.GetIndicator(new IndicatorCode("1.1.1")).Target!.Value;
        var qualitative = level >= 0.9m
            ? IndicatorRecord.Achieved(new IndicatorCode("2.2.1"), AchievementLevel.Achieved, random.Decimal(8m, 10m, 1), "管护制度文件")
            : level >= 0.75m
                ? IndicatorRecord.Achieved(new IndicatorCode("2.2.1"), AchievementLevel.PartlyAchieved, random.Decimal(6m, 7.9m, 1), "管护制度文件")
                : IndicatorRecord.Achieved(new IndicatorCode("2.2.1"), AchievementLevel.NotAchieved, random.Decimal(3m, 5.9m, 1), "未见管护制度");
        return
        [
            IndicatorRecord.Measured(new IndicatorCode("1.1.1"), decimal.Round(quantity * Clamp(level + Noise(), 0.3m, 1.2m), 0, MidpointRounding.AwayFromZero), "台账"),
            IndicatorRecord.Measured(new IndicatorCode("1.2.1"), level >= 0.9m ? 100m : decimal.Round(100m * Clamp(level + 0.1m + Noise(), 0.5m, 1m), 1, MidpointRounding.AwayFromZero), "验收报告"),
            IndicatorRecord.Measured(new IndicatorCode("1.3.1"), decimal.Round(95m * Clamp(level + Noise(), 0.4m, 1.05m), 1, MidpointRounding.AwayFromZero), "进度报表"),
            IndicatorRecord.Measured(new IndicatorCode("1.4.1"), level >= 0.85m ? random.Decimal(92m, 100m, 1) : decimal.Round(100m + (1m - level) * 60m, 1, MidpointRounding.AwayFromZero), "决算报表"),
            IndicatorRecord.Measured(new IndicatorCode("2.1.1"), decimal.Round(90m * Clamp(level + Noise(), 0.4m, 1.1m), 1, MidpointRounding.AwayFromZero), "统计数据"),
            qualitative,
            IndicatorRecord.Measured(new IndicatorCode("3.1.1"), Clamp(decimal.Round(78m + level * 15m + Noise() * 20m, 1, MidpointRounding.AwayFromZero), 55m, 99m), "满意度问卷"),
        ];
    }

    /// <summary>The property project's department evaluation: fixed records that grade it 中.</summary>
    private static IndicatorRecord[] PropertyRecords(IndicatorTree tree)
    {
        var quantity = tree.GetIndicator(new IndicatorCode("1.1.1")).Target!.Value;
        return
        [
            IndicatorRecord.Measured(new IndicatorCode("1.1.1"), decimal.Round(quantity * 0.8m, 0, MidpointRounding.AwayFromZero), "物业服务台账"),
            IndicatorRecord.Measured(new IndicatorCode("1.2.1"), 90m, "考核记录"),
            IndicatorRecord.Measured(new IndicatorCode("1.3.1"), 70m, "进度报表"),
            IndicatorRecord.Measured(new IndicatorCode("1.4.1"), 130m, "决算报表：合同外追加费用"),
            IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 54m, "入驻企业服务覆盖统计"),
            IndicatorRecord.Achieved(new IndicatorCode("2.2.1"), AchievementLevel.PartlyAchieved, 6.5m, "考核制度未落实"),
            IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 80m, "入驻企业满意度问卷"),
        ];
    }

    private static decimal Clamp(decimal value, decimal min, decimal max) => Math.Min(max, Math.Max(min, value));
}
