using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

/// <summary>
/// The class of a level-1 or level-2 indicator node: output (产出), benefit (效益), quantity (数量) and so on.
/// The classes of RULES.md §3–5 are built in; a jurisdiction may use a custom class with its own code and names.
/// </summary>
/// <remarks>
/// Two classes are equal when their level and code are equal (ordinal). Codes are lower-case kebab-case, the
/// same strings the JSON contracts use. Immutable and thread-safe.
/// </remarks>
public sealed class IndicatorClass : IEquatable<IndicatorClass>
{
    private static readonly Dictionary<(int Level, string Code), IndicatorClass> KnownByCode = [];

    private IndicatorClass(int level, string code, LocalizedName name, bool isCustom, IndicatorClass? countsAs = null)
    {
        Level = level;
        Code = code;
        Name = name;
        IsCustom = isCustom;
        CountsAs = countsAs;
    }

    /// <summary>The level this class belongs to: 1 or 2.</summary>
    public int Level { get; }

    /// <summary>The stable code, e.g. <c>output</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese and English names.</summary>
    public LocalizedName Name { get; }

    /// <summary>Whether this class is a jurisdiction's own rather than a built-in one.</summary>
    public bool IsCustom { get; }

    /// <summary>
    /// For a custom class, the built-in class of the same level that the rule set's class-based checks take it for
    /// (the output-and-benefit weight share of an evaluation, the classes a target review requires), e.g. a sheet's
    /// 结果 heading counted as <see cref="Benefit"/>; null for a built-in class and for a custom class that counts as
    /// none (it then meets no such requirement). Not part of equality.
    /// </summary>
    public IndicatorClass? CountsAs { get; }

    /// <summary>The class the rule set's class-based checks see: <see cref="CountsAs"/> where a custom class names one, else this class.</summary>
    public IndicatorClass Standing => CountsAs ?? this;

    // Level 1 -----------------------------------------------------------------------------------------------

    /// <summary>产出指标, output (level 1).</summary>
    public static IndicatorClass Output { get; } = Known(1, "output", "产出指标", "Output");

    /// <summary>效益指标, benefit (level 1).</summary>
    public static IndicatorClass Benefit { get; } = Known(1, "benefit", "效益指标", "Benefit");

    /// <summary>满意度指标, satisfaction (level 1).</summary>
    public static IndicatorClass Satisfaction { get; } = Known(1, "satisfaction", "满意度指标", "Satisfaction");

    /// <summary>成本指标, cost (level 1, newer target templates).</summary>
    public static IndicatorClass Cost { get; } = Known(1, "cost", "成本指标", "Cost");

    /// <summary>决策, decision (level 1 of the 财预〔2020〕10号 evaluation framework).</summary>
    public static IndicatorClass Decision { get; } = Known(1, "decision", "决策", "Decision");

    /// <summary>过程, process (level 1 of evaluation frameworks).</summary>
    public static IndicatorClass Process { get; } = Known(1, "process", "过程", "Process");

    /// <summary>投入, input (level 1 of the 财预〔2013〕53号 frameworks).</summary>
    public static IndicatorClass Input { get; } = Known(1, "input", "投入", "Input");

    /// <summary>效果, effect (level 1 of the 财预〔2013〕53号 frameworks).</summary>
    public static IndicatorClass Effect { get; } = Known(1, "effect", "效果", "Effect");

    // Level 2: target indicators (财预〔2021〕101号) -----------------------------------------------------------

    /// <summary>数量指标, quantity (level 2).</summary>
    public static IndicatorClass Quantity { get; } = Known(2, "quantity", "数量指标", "Quantity");

    /// <summary>质量指标, quality (level 2).</summary>
    public static IndicatorClass Quality { get; } = Known(2, "quality", "质量指标", "Quality");

    /// <summary>时效指标, timeliness (level 2).</summary>
    public static IndicatorClass Timeliness { get; } = Known(2, "timeliness", "时效指标", "Timeliness");

    /// <summary>成本指标, cost under output (level 2).</summary>
    public static IndicatorClass OutputCost { get; } = Known(2, "output-cost", "成本指标", "Cost");

    /// <summary>经济效益指标, economic benefit (level 2).</summary>
    public static IndicatorClass Economic { get; } = Known(2, "economic", "经济效益指标", "Economic benefit");

    /// <summary>社会效益指标, social benefit (level 2).</summary>
    public static IndicatorClass Social { get; } = Known(2, "social", "社会效益指标", "Social benefit");

    /// <summary>生态效益指标, ecological benefit (level 2).</summary>
    public static IndicatorClass Ecological { get; } = Known(2, "ecological", "生态效益指标", "Ecological benefit");

    /// <summary>可持续影响指标, sustainable impact (level 2).</summary>
    public static IndicatorClass SustainableImpact { get; } = Known(2, "sustainable-impact", "可持续影响指标", "Sustainable impact");

    /// <summary>服务对象满意度指标, beneficiary satisfaction (level 2).</summary>
    public static IndicatorClass BeneficiarySatisfaction { get; } = Known(2, "beneficiary-satisfaction", "服务对象满意度指标", "Beneficiary satisfaction");

    /// <summary>经济成本指标, economic cost (level 2 under cost).</summary>
    public static IndicatorClass EconomicCost { get; } = Known(2, "economic-cost", "经济成本指标", "Economic cost");

    /// <summary>社会成本指标, social cost (level 2 under cost).</summary>
    public static IndicatorClass SocialCost { get; } = Known(2, "social-cost", "社会成本指标", "Social cost");

    /// <summary>生态环境成本指标, ecological and environmental cost (level 2 under cost).</summary>
    public static IndicatorClass EcologicalCost { get; } = Known(2, "ecological-cost", "生态环境成本指标", "Ecological and environmental cost");

    // Level 2: 财预〔2020〕10号 evaluation framework ------------------------------------------------------------

    /// <summary>项目立项, project approval (level 2 under decision or input).</summary>
    public static IndicatorClass ProjectApproval { get; } = Known(2, "project-approval", "项目立项", "Project approval");

    /// <summary>绩效目标, performance targets (level 2 under decision).</summary>
    public static IndicatorClass PerformanceTargets { get; } = Known(2, "performance-targets", "绩效目标", "Performance targets");

    /// <summary>资金投入, funding input (level 2 under decision).</summary>
    public static IndicatorClass FundingInput { get; } = Known(2, "funding-input", "资金投入", "Funding input");

    /// <summary>资金管理, fund management (level 2 under process).</summary>
    public static IndicatorClass FundManagement { get; } = Known(2, "fund-management", "资金管理", "Fund management");

    /// <summary>组织实施, organisation and implementation (level 2 under process).</summary>
    public static IndicatorClass Implementation { get; } = Known(2, "implementation", "组织实施", "Organisation and implementation");

    /// <summary>项目效益, project benefit (level 2 under benefit or effect).</summary>
    public static IndicatorClass ProjectBenefit { get; } = Known(2, "project-benefit", "项目效益", "Project benefit");

    /// <summary>满意度, satisfaction (level 2 under benefit in the 10号 framework).</summary>
    public static IndicatorClass SatisfactionLevel2 { get; } = Known(2, "satisfaction", "满意度", "Satisfaction");

    // Level 2: 财预〔2013〕53号 frameworks --------------------------------------------------------------------

    /// <summary>资金落实, funds in place (project framework, under input).</summary>
    public static IndicatorClass FundsInPlace { get; } = Known(2, "funds-in-place", "资金落实", "Funds in place");

    /// <summary>业务管理, business management (project framework, under process).</summary>
    public static IndicatorClass BusinessManagement { get; } = Known(2, "business-management", "业务管理", "Business management");

    /// <summary>财务管理, financial management (under process).</summary>
    public static IndicatorClass FinancialManagement { get; } = Known(2, "financial-management", "财务管理", "Financial management");

    /// <summary>项目产出, project output (project framework, under output).</summary>
    public static IndicatorClass ProjectOutput { get; } = Known(2, "project-output", "项目产出", "Project output");

    /// <summary>目标设定, target setting (department framework, under input).</summary>
    public static IndicatorClass TargetSetting { get; } = Known(2, "target-setting", "目标设定", "Target setting");

    /// <summary>预算配置, budget allocation (department framework, under input).</summary>
    public static IndicatorClass BudgetAllocation { get; } = Known(2, "budget-allocation", "预算配置", "Budget allocation");

    /// <summary>预算执行, budget execution (under process).</summary>
    public static IndicatorClass BudgetExecution { get; } = Known(2, "budget-execution", "预算执行", "Budget execution");

    /// <summary>预算管理, budget management (department framework, under process).</summary>
    public static IndicatorClass BudgetManagement { get; } = Known(2, "budget-management", "预算管理", "Budget management");

    /// <summary>资产管理, asset management (department framework, under process).</summary>
    public static IndicatorClass AssetManagement { get; } = Known(2, "asset-management", "资产管理", "Asset management");

    /// <summary>职责履行, duty performance (department framework, under output).</summary>
    public static IndicatorClass DutyPerformance { get; } = Known(2, "duty-performance", "职责履行", "Duty performance");

    /// <summary>履职效益, benefit of duty performance (department framework, under effect).</summary>
    public static IndicatorClass DutyBenefit { get; } = Known(2, "duty-benefit", "履职效益", "Benefit of duty performance");

    /// <summary>预算编制与分配, budget preparation and allocation (whole-budget framework).</summary>
    public static IndicatorClass BudgetPreparation { get; } = Known(2, "budget-preparation", "预算编制与分配", "Budget preparation and allocation");

    /// <summary>财政绩效, fiscal results (whole-budget framework, under effect).</summary>
    public static IndicatorClass FiscalResults { get; } = Known(2, "fiscal-results", "财政绩效", "Fiscal results");

    /// <summary>待定, an unspecified level-2 class: the class of a template's placeholder that an integrator must fill.</summary>
    public static IndicatorClass Unspecified { get; } = Known(2, "unspecified", "待定二级指标", "Unspecified (placeholder)");

    /// <summary>
    /// The class of a level-2 node the form does not print: a two-level score sheet (level-1 headings with level-3
    /// rows directly under them) holds, under each level-1 node, one such node with the level-1 node's code, name and
    /// points (<see cref="LevelOneIndicator.WithoutLevelTwo"/>). It is no built-in class a document can name
    /// (<see cref="TryGetBuiltIn"/> does not find it, <see cref="BuiltIn"/> does not list it) and no custom class may take its code.
    /// </summary>
    public static IndicatorClass NotPrinted { get; } = new(2, "not-printed", new LocalizedName("（无二级指标）", "(no level-2 heading)"), isCustom: false);

    /// <summary>Every built-in class, level 1 first, in declaration order.</summary>
    public static IReadOnlyList<IndicatorClass> BuiltIn { get; } =
        new ReadOnlyCollection<IndicatorClass>(KnownByCode.Values.OrderBy(c => c.Level).ToArray());

    /// <summary>Finds the built-in class of a level by its code.</summary>
    /// <param name="level">1 or 2.</param>
    /// <param name="code">The code, e.g. <c>output</c>.</param>
    /// <param name="indicatorClass">The class, when found.</param>
    /// <returns>Whether a built-in class has that level and code.</returns>
    public static bool TryGetBuiltIn(int level, string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorClass? indicatorClass)
    {
        Guard.Against.Null(code);
        return KnownByCode.TryGetValue((level, code), out indicatorClass);
    }

    /// <summary>
    /// Creates a jurisdiction's own class. Its code must not be a built-in code of the same level
    /// (use the built-in class instead), nor <c>not-printed</c> (<see cref="NotPrinted"/>).
    /// </summary>
    /// <param name="level">1 or 2.</param>
    /// <param name="code">A lower-case code of ASCII letters, digits and '-', 1 to 64 characters.</param>
    /// <param name="name">The Chinese and English names.</param>
    /// <exception cref="ArgumentException">The code is malformed or is a built-in code.</exception>
    public static IndicatorClass Custom(int level, string code, LocalizedName name)
    {
        Guard.Against.NotBetween(level, 1, 2);
        Guard.Against.Null(code);
        Guard.Against.InvalidWhen(!IsValidCode(code), nameof(code), $"'{code}' is not a valid class code: use 1 to 64 lower-case ASCII letters, digits and '-'.");
        Guard.Against.InvalidWhen(KnownByCode.ContainsKey((level, code)), nameof(code), $"'{code}' is a built-in level-{level} class; use the built-in class.");
        Guard.Against.InvalidWhen(IsReserved(code), nameof(code), $"'{code}' is the class of a level-2 node the form does not print; choose another code.");
        Guard.Against.InvalidWhen(name == default, nameof(name), "A custom class needs a Chinese and an English name.");

        return new IndicatorClass(level, code, name, isCustom: true);
    }

    /// <summary>
    /// Creates a jurisdiction's own class that the rule set's class-based checks count as a built-in class of the same
    /// level (<see cref="CountsAs"/>). The code rules are those of <see cref="Custom(int, string, LocalizedName)"/>.
    /// </summary>
    /// <param name="level">1 or 2.</param>
    /// <param name="code">A lower-case code of ASCII letters, digits and '-', 1 to 64 characters.</param>
    /// <param name="name">The Chinese and English names.</param>
    /// <param name="countsAs">A built-in class of the same level.</param>
    /// <exception cref="ArgumentException">The code is malformed or is a built-in code, or <paramref name="countsAs"/> is no built-in class of the level.</exception>
    public static IndicatorClass Custom(int level, string code, LocalizedName name, IndicatorClass countsAs)
    {
        var plain = Custom(level, code, name);
        Guard.Against.Null(countsAs);
        Guard.Against.InvalidWhen(countsAs.IsCustom || countsAs.Level != level || countsAs == NotPrinted, nameof(countsAs), $"A custom level-{level} class counts as a built-in level-{level} class, not as '{countsAs.Code}'.");
        return new IndicatorClass(plain.Level, plain.Code, plain.Name, isCustom: true, countsAs);
    }

    /// <summary>Whether <paramref name="code"/> is a well-formed class code.</summary>
    /// <param name="code">The candidate.</param>
    public static bool IsValidCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= 64 && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Whether <paramref name="code"/> is taken at some level by the library itself (<c>not-printed</c>), so no custom class may use it.</summary>
    /// <param name="code">The candidate.</param>
    public static bool IsReserved(string? code) => string.Equals(code, "not-printed", StringComparison.Ordinal);

    /// <summary>Equality by level and code.</summary>
    public static bool operator ==(IndicatorClass? left, IndicatorClass? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by level and code.</summary>
    public static bool operator !=(IndicatorClass? left, IndicatorClass? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(IndicatorClass? other) =>
        other is not null && Level == other.Level && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorClass);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Level, StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>The code, e.g. <c>output</c>.</summary>
    public override string ToString() => Code;

    private static IndicatorClass Known(int level, string code, string chinese, string english)
    {
        var value = new IndicatorClass(level, code, new LocalizedName(chinese, english), isCustom: false);
        KnownByCode.Add((level, code), value);
        return value;
    }
}
