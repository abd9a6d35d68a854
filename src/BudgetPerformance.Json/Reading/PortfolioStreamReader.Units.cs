using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <content>Checking and mapping one unit: its size, a top-level property, an evaluation, the end of the document.</content>
internal sealed partial class PortfolioStreamReader
{
    // A unit is what one step reads: the start of the document, one top-level property (the separator and blanks before it,
    // its name and its value), the start of the evaluations, one evaluation (with the comma before it) or an end. A unit
    // larger than MaxDocumentBytes fails however the stream delivers it: FillAsync refuses more than the limit pending,
    // and this refuses a unit that came whole (it was accepted when the buffer, 64 KiB at first, happened to hold it).
    private bool Fits(long consumed, ProblemList problems)
    {
        if (consumed <= limits.MaxDocumentBytes)
        {
            return true;
        }

        TooLarge(problems);
        return false;
    }

    private void TooDeep(string path, ProblemList problems) =>
        problems.Add(Messages.NestingTooDeep, path, null, limits.MaxDepth);

    private void TooLarge(ProblemList problems) =>
        problems.Add(Messages.SingleValueLargerThan, Where(), null, limits.MaxDocumentBytes);

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        BytesExamined += reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private Evaluation? Evaluation(ReadOnlySpan<byte> utf8, bool isNull, string path, ProblemList problems)
    {
        if (isNull)
        {
            problems.Add(Messages.ArrayItemNull, path, null);
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        reader.Read();
        new StructuralValidator(ContractJson.Options, limits, problems).Validate(ref reader, EvaluationInfo, path);
        var lenient = ContractJson.OnlyUnknownProperties(problems, 0);
        if (problems.Count > 0 && !lenient)
        {
            return null;
        }

        // As the document reader (Codec.ReadElement, Mapper.Portfolio): unknown properties and an evaluation's own problems
        // do not hide its independent ones, the model's and the portfolio's.
        var contract = JsonSerializer.Deserialize(utf8, lenient ? ContractJson.Lenient<EvaluationContract>() : EvaluationInfo) ?? throw new InvalidOperationException("The contract read as null.");

        var evaluation = new Mapper(problems).Evaluation(contract, path);
        if (evaluation is null)
        {
            foreach (var problem in Mapper.CheckParts(check!, contract, index))
            {
                problems.Add(problem, "$." + problem.Location.Element);
            }

            return null;
        }

        foreach (var problem in check!.Check(evaluation, index))
        {
            problems.Add(problem, "$." + problem.Location.Element);
        }

        return problems.Count > 0 ? null : evaluation;
    }

    private Step Property(string name, string at, JsonElement value, ProblemList problems)
    {
        if (!seen.Add(name))
        {
            problems.Add(Messages.PropertyDuplicate, at, null, ProblemList.Shorten(name));
            return Step.Fail;
        }

        var mapper = new Mapper(problems);
        switch (name)
        {
            case "kind":
                if (value.ValueKind != JsonValueKind.String || value.GetString() != DocumentKinds.Portfolio)
                {
                    problems.Add(Messages.DocumentOfOtherKind, at, null, DocumentKinds.Portfolio, ProblemList.Shorten(value.GetRawText()));
                }

                break;
            case "schemaVersion":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var version) || version != BudgetPerformanceJson.SchemaVersion)
                {
                    problems.Add(Messages.SchemaVersionUnsupported, at, null, ProblemList.Shorten(value.GetRawText()), BudgetPerformanceJson.SchemaVersion);
                }

                break;
            case "year" when value.ValueKind == JsonValueKind.Null:
                problems.Add(Messages.ValueNull, at, null);
                break;
            case "year":
                new StructuralValidator(ContractJson.Options, limits, problems).Validate(value, ContractJson.Options.GetTypeInfo(typeof(int)), at);
                if (problems.Count == 0 && mapper.Year(value.GetInt32(), at, out var fiscalYear))
                {
                    year = fiscalYear;
                }

                break;
            case "departments":
                departments = Validate<List<DepartmentContract>>(value, at, problems) is { } d ? mapper.Departments(d, at) : null;
                break;
            case "units":
                units = Validate<List<UnitContract>>(value, at, problems) is { } u ? mapper.Units(u, at) : null;
                break;
            case "sections":
                sections = Validate<List<SectionContract>>(value, at, problems) is { } s ? mapper.Sections(s, at) : null;
                break;
            case "spendingItems":
                items = Validate<List<SpendingItemContract>>(value, at, problems) is { } i ? mapper.SpendingItems(i, at) : null;
                break;
            case "targets":
                targets = Validate<List<PerformanceTargetContract>>(value, at, problems) is { } t ? t.Select((x, k) => mapper.Target(x, ProblemList.Index(at, k))).ToList() : null;
                break;
            default:
                problems.Add(Messages.PropertyUnknown, at, null, ProblemList.Shorten(name));
                break;
        }

        if (problems.Count > 0)
        {
            return Step.Fail;
        }

        return Step.Continue;
    }

    private Step Finish(ProblemList problems)
    {
        foreach (var name in Required.Where(r => !seen.Contains(r)))
        {
            problems.Add(Messages.RequiredPropertyMissing, ProblemList.Property("$", name), null, name);
        }

        if (problems.Count == 0)
        {
            foreach (var problem in Portfolio.FindProblems(year!.Value, departments!, units!, sections!, items!, targets!, []))
            {
                problems.Add(problem, "$." + problem.Location.Element);
            }
        }

        return problems.Count > 0 ? Step.Fail : Step.Continue;
    }

    private T? Validate<T>(JsonElement element, string path, ProblemList problems)
        where T : class
    {
        var info = ContractJson.Options.GetTypeInfo(typeof(T));
        var before = problems.Count;
        if (element.ValueKind == JsonValueKind.Null)
        {
            problems.Add(Messages.ValueNull, path, null);
            return default;
        }

        new StructuralValidator(ContractJson.Options, limits, problems).Validate(element, info, path);
        return problems.Count > before ? default : (T?)element.Deserialize(info);
    }
}
