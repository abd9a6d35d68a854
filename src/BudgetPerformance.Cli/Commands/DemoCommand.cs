using System;
using System.Linq;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Cli.Reporting;
using BudgetPerformance.Cli.Sample;
using BudgetPerformance.Grades;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Values;
using Spectre.Console;

namespace BudgetPerformance.Cli.Commands;

/// <summary><c>bpm demo</c>: the annual report of the synthetic sample county, every figure computed from its data.</summary>
internal static class DemoCommand
{
    public static int Run(CliContext ctx, string rules, int lowest)
    {
        if (lowest < 0)
        {
            ctx.Fail("--lowest 不能为负数", "--lowest must not be negative");
            return ExitCodes.Usage;
        }

        var ruleSet = Inputs.ResolveRules(ctx, rules);
        Stages.Check(ctx, AnnualReporter.FindProblems(ruleSet));
        var county = SampleCounty.Data;
        var report = AnnualReportView.Compute(county.Portfolio, ruleSet, county.Requests, lowest);
        Render(ctx, report);
        return ExitCodes.Success;
    }

    public static void Render(CliContext ctx, AnnualReportView r)
    {
        var c = ctx.Console;
        var year = Show.N(r.Year.Year);
        c.Write(new Rule(Show.Cell(ctx.T($"{year} 年预算绩效管理年度报告", $"Budget performance management: annual report {year}"))));
        c.WriteLine(ctx.T(SampleCounty.LabelZh, SampleCounty.LabelEn));
        c.WriteLine(ctx.T($"规则集：{Inputs.Title(ctx, r.RuleSet)}", $"Rule set: {Inputs.Title(ctx, r.RuleSet)}"));
        c.WriteLine();

        c.Write(new Rule(Show.Cell(ctx.T("一、覆盖面", "1. Coverage"))) { Justification = Justify.Left });
        var wan = (Money m) => ctx.T(m.Format(MoneyUnit.YiYuan), Show.Yuan(m) + " yuan (" + m.Format(MoneyUnit.YiYuan) + ")");
        var all = r.TargetProjects == r.CurrentProjects;
        c.WriteLine(ctx.T(
            $"绩效目标：{Show.N(r.TargetDepartments)} 个部门共 {Show.N(r.TargetProjects)} 个项目设置绩效目标（{Show.N(r.CurrentProjects)} 个当年项目中{(all ? "全部设置" : "的 " + Show.Percent(r.TargetProjects, r.CurrentProjects))}）",
            $"Performance targets: {Show.N(r.TargetProjects)} projects of {Show.N(r.TargetDepartments)} departments have targets ({(all ? "all" : Show.Percent(r.TargetProjects, r.CurrentProjects))} of {Show.N(r.CurrentProjects)} projects of the year)"));
        c.WriteLine(ctx.T($"事前绩效评估：{Show.N(r.ExAnteAssessments)} 次", $"Ex-ante assessments: {Show.N(r.ExAnteAssessments)}"));
        var years = string.Join("、", r.SelfEvaluatedYears.Select(y => Show.N(y.Year)));
        c.WriteLine(ctx.T(
            $"单位自评：{Show.N(r.SelfEvaluatedDepartments)} 个部门共自评 {years} 年项目 {Show.N(r.SelfEvaluatedProjects)} 个",
            $"Self-evaluations: {Show.N(r.SelfEvaluatedProjects)} projects of {years} self-evaluated by {Show.N(r.SelfEvaluatedDepartments)} departments"));
        c.WriteLine(ctx.T(
            $"部门评价：{Show.N(r.DepartmentEvaluationDepartments)} 个部门开展部门评价 {Show.N(r.DepartmentEvaluations)} 项，评价资金 {wan(r.DepartmentEvaluationAmount)}",
            $"Department evaluations: {Show.N(r.DepartmentEvaluations)} by {Show.N(r.DepartmentEvaluationDepartments)} departments, {wan(r.DepartmentEvaluationAmount)} evaluated"));
        var sectors = string.Join(ctx.T("、", ", "), r.FinanceSectors.Select(s => Show.Name(ctx, s.Name)));
        c.WriteLine(ctx.T(
            $"财政评价：{Show.N(r.FinanceEvaluations)} 个项目，资金 {wan(r.FinanceEvaluationAmount)}，涉及{sectors}等领域；现场评价 {Show.N(r.FinanceOnSiteVisits)}/{Show.N(r.FinanceEvaluations)}",
            $"Finance evaluations: {Show.N(r.FinanceEvaluations)} projects, {wan(r.FinanceEvaluationAmount)}, sectors: {sectors}; on-site visits {Show.N(r.FinanceOnSiteVisits)}/{Show.N(r.FinanceEvaluations)}"));
        foreach (var (department, result) in r.WholeDepartment)
        {
            var grade = result.Grade is { } g ? Show.Name(ctx, g) : "—";
            c.WriteLine(ctx.T(
                $"部门整体支出绩效评价：{department.Name}，得分 {Show.N(result.Total)}，等级 {grade}",
                $"Whole-department evaluation: {department.Name}, score {Show.N(result.Total)}, grade {grade}"));
        }

        c.WriteLine();
        c.Write(new Rule(Show.Cell(ctx.T("二、等级分布", "2. Grade distribution"))) { Justification = Justify.Left });
        var grades = new[] { Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor };
        var table = new Table().AddColumn(ctx.T("评价类型", "Evaluation type")).AddColumn(ctx.T("数量", "Count"));
        foreach (var grade in grades)
        {
            table.AddColumn(Show.Cell(Show.Name(ctx, grade)), col => col.RightAligned());
        }

        table.AddColumn(ctx.T("结论（事前评估）", "Conclusions (ex-ante)")).AddColumn(ctx.T("不完整/有误", "Incomplete/invalid"));
        foreach (var row in r.Distribution)
        {
            var cells = new[] { Show.Cell(Show.Name(ctx, row.Type)), Show.N(row.Count) }
                .Concat(grades.Select(g => Show.N(row.Grades[g])))
                .Append(Show.Cell(string.Join(" ", row.Conclusions.Where(p => p.Value > 0).Select(p => $"{Show.Name(ctx, p.Key)} {Show.N(p.Value)}"))))
                .Append(Show.N(row.Incomplete) + "/" + Show.N(row.Invalid));
            table.AddRow(cells.ToArray());
        }

        c.Write(table);

        c.WriteLine();
        c.Write(new Rule(Show.Cell(ctx.T($"三、得分最低的 {Show.N(r.Lowest.Count)} 个项目", $"3. The {Show.N(r.Lowest.Count)} lowest-scoring projects"))) { Justification = Justify.Left });
        foreach (var low in r.Lowest)
        {
            var e = low.Explanation;
            var grade = e.Result.Grade is { } g ? Show.Name(ctx, g) : "—";
            c.WriteLine($"{low.Evaluation.Id}  {low.SubjectName}（{low.DepartmentName}，{Show.Name(ctx, low.Evaluation.Type)}）  {Show.N(e.Result.Total)} {grade}");
            foreach (var indicator in e.Indicators.Where(i => i.Score is not null && i.Score < i.Points).OrderByDescending(i => i.Points - i.Score!.Value).ThenBy(i => i.Indicator.Code.ToString(), StringComparer.Ordinal).Take(3))
            {
                c.WriteLine($"    {indicator.Indicator.Code} {indicator.Indicator.Name}: {ctx.T(indicator.FormulaZh, indicator.FormulaEn)}");
            }

            if (e.BudgetZh is not null && e.Result.Budget is { Score: { } bs } block && bs < block.Points)
            {
                c.WriteLine("    " + ctx.T("预算执行：", "budget execution: ") + ctx.T(e.BudgetZh, e.BudgetEn ?? ""));
            }

            c.WriteLine("    " + ctx.T("总分：", "total: ") + ctx.T(e.TotalZh, e.TotalEn));
            if (e.GradeZh is not null)
            {
                c.WriteLine("    " + ctx.T("定级：", "grade: ") + ctx.T(e.GradeZh, e.GradeEn ?? ""));
            }
        }

        c.WriteLine();
        c.Write(new Rule(Show.Cell(ctx.T("四、评价结果应用：拟压减的下年预算", "4. Results applied: proposed cuts to next year's budgets"))) { Justification = Justify.Left });
        var cuts = r.Cuts.ToList();
        if (cuts.Count == 0)
        {
            c.WriteLine(ctx.T("无拟压减项目。", "No cut is proposed."));
        }
        else
        {
            var proposals = new Table().AddColumns(ctx.T("项目", "Project"), ctx.T("部门", "Department"), ctx.T("评价", "Evaluation"), ctx.T("等级", "Grade"))
                .AddColumn(ctx.T("下年申请（元）", "Request (yuan)"), col => col.RightAligned())
                .AddColumn(ctx.T("建议安排（元）", "Proposed (yuan)"), col => col.RightAligned())
                .AddColumn(ctx.T("压减", "Cut"), col => col.RightAligned())
                .AddColumn(ctx.T("规则", "Rule"));
            foreach (var row in cuts)
            {
                var p = row.Proposal;
                var cut = -p.Difference!.Value;
                proposals.AddRow(
                    Show.Cell(p.Name), Show.Cell(row.DepartmentName), Show.Cell(row.Evaluation.Id), Show.Cell(Show.Name(ctx, p.Grade)),
                    Show.Yuan(p.Request), Show.Yuan(p.Proposed!.Value), Show.Cell(cut.Format(MoneyUnit.WanYuan)), Show.Cell(p.Rule.Id));
            }

            c.Write(proposals);
            foreach (var row in cuts)
            {
                c.WriteLine($"  {row.Proposal.Name}：{ctx.T(row.Proposal.ReasonZh, row.Proposal.ReasonEn)}");
            }
        }

        c.WriteLine(ctx.T(
            $"已评价并有下年申请的 {Show.N(r.Proposals.Count)} 个对象中，拟压减 {Show.N(cuts.Count)} 个，合计压减 {r.TotalCut.Format(MoneyUnit.WanYuan)}（{Show.Yuan(r.TotalCut)} 元）。",
            $"Of {Show.N(r.Proposals.Count)} evaluated subjects with a request for next year, {Show.N(cuts.Count)} are proposed for a cut, {Show.Yuan(r.TotalCut)} yuan ({r.TotalCut.Format(MoneyUnit.WanYuan)}) in all."));
        c.WriteLine(ctx.T("以上数据均为合成数据，由固定种子生成，每个数字均由数据计算得出。", "All data above are synthetic, generated from a fixed seed; every figure is computed from the data."));
    }
}
