using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Issue 18, item 6: a number that <see cref="decimal"/> cannot hold exactly is <c>number-out-of-range</c> at its path, as
/// docs/quality.md promises; before, <c>Utf8JsonReader.TryGetDecimal</c> rounded it silently: <c>0.1e-400</c> read as 0 and
/// a points value of 31 significant digits was rounded, and both documents were valid. Exact means every significant digit
/// kept: trailing zeros (<c>1.50</c>) and exponents (<c>1e2</c>) are exact; 28 or 29 significant digits are exact when
/// the decimal keeps them all.
/// </summary>
public class NumberExactnessTests
{
    private const string Precision = "cannot be held exactly by a decimal";

    public static TheoryData<string, bool> Actuals() => new()
    {
        { "4600.50", true },
        { "4.6e3", true },
        { "46e2", true },
        { "4600.000000000000000000000000000000000", true },       // trailing zeros beyond decimal's 28 places: still 4600
        { "0004600", false },                                      // not JSON (leading zeros): malformed, not this check
        { "123456789012345.1234567890123", true },                 // 28 significant digits
        { "123456789012345.12345678901234", true },                // 29, and the decimal keeps them (below 7.9 × 10^28 as an integer)
        { "123456789012345.123456789012345", false },              // 30: the last one is lost
        { "999999999999999.99999999999999", false },               // 29, beyond 7.9 × 10^28 as an integer: it rounded to 10^15, within the limit
        { "0.0000000000000000000000000001e22", true },             // 10^-6, written with 28 places and an exponent
        { "1.5e-30", false },                                      // beyond 28 places: it rounded to 0.0000000000000000000000000000 (and was 0)
        { "0.1e-400", false },                                     // underflow: it read as 0, which every bounded property allows
        { "-0.1e-400", false },
        { "0e-400", true },                                        // zero, however it is written
        { "-0.000e+999", true },
    };

    [Theory]
    [MemberData(nameof(Actuals))]
    public void EvaluationReader_ActualNotHeldExactly_IsNumberOutOfRangeAtItsPath(string number, bool exact)
    {
        var (valid, report) = CorpusTests.Read(DocumentKinds.Evaluation, Nested(number));

        if (number.StartsWith("000", StringComparison.Ordinal))
        {
            Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(report.Problems).Code);
        }
        else if (exact)
        {
            Assert.True(valid, report.ToString());
        }
        else
        {
            var problem = Assert.Single(report.Problems);
            Assert.Equal((ProblemCodes.NumberOutOfRange, "$.records[0].actual"), (problem.Code, problem.Location.JsonPath));
            Assert.Contains(Precision, problem.MessageEn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("13.8", true)]
    [InlineData("13.800000000000000000000000000000", true)]
    [InlineData("13.80000000000000000000000001", true)]              // 28 significant digits
    [InlineData("13.8000000000000000000000000001", false)]           // 30 significant digits
    [InlineData("13.80000000000000000000000000001", false)]          // 31 significant digits, the case
    public void FormRowReader_PointsNotHeldExactly_IsNumberOutOfRangeAtTheRow(string points, bool exact)
    {
        var json = "{" + EvaluationMappingTests.FormHead + """
            "rows": [
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "面积", "direction": ">=", "target": 10, "unit": "亩", "points": POINTS, "actual": 10 }
            ] }
            """.Replace("POINTS", points, StringComparison.Ordinal);

        var (valid, report) = CorpusTests.Read(DocumentKinds.Evaluation, Encoding.UTF8.GetBytes(json));

        if (exact)
        {
            Assert.True(valid, report.ToString());
        }
        else
        {
            var problem = Assert.Single(report.Problems);
            Assert.Equal((ProblemCodes.NumberOutOfRange, "$.rows[0].points"), (problem.Code, problem.Location.JsonPath));
        }
    }

    [Theory]
    [InlineData("4600", true)]
    [InlineData("0.1e-400", false)]
    [InlineData("4600.0000000000000000000000001", true)]                // 29 significant digits, all kept
    [InlineData("4600.00000000000000000000000001", false)]               // 30: the last one is lost
    public async Task StreamReader_ActualNotHeldExactly_IsNumberOutOfRangeAtItsPath(string number, bool exact)
    {
        var portfolio = Encoding.UTF8.GetString(StreamReaderContractTests.Compact(StreamReaderContractTests.Small(1)));
        var marker = "\"actual\":4601";
        Assert.Contains(marker, portfolio, StringComparison.Ordinal);

        var (read, report) = await StreamReaderContractTests.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(portfolio.Replace(marker, "\"actual\":" + number, StringComparison.Ordinal))));

        if (exact)
        {
            Assert.True(report is null, report?.ToString());
            Assert.Single(read);
        }
        else
        {
            Assert.Empty(read);
            var problem = Assert.Single(report!.Problems);
            Assert.Equal((ProblemCodes.NumberOutOfRange, "$.evaluations[0].records[0].actual"), (problem.Code, problem.Location.JsonPath));
        }
    }

    [Theory]
    [InlineData("1", "1", true)]
    [InlineData("1.50", "1.5", true)]
    [InlineData("1e2", "100", true)]
    [InlineData("100e-30", "0.0000000000000000000000000001", true)]
    [InlineData("0.10", "0.1", true)]
    [InlineData("1.5e-30", "0", false)]
    [InlineData("0.1e-400", "0", false)]
    [InlineData("1.2345678901234567890123456789012", "1.2345678901234567890123456789", false)]
    [InlineData("1e99999999999999999999999", "1", false)]
    public void Holds_ComparesSignificantDigitsAndScale(string literal, string value, bool holds) =>
        Assert.Equal(holds, DecimalExactness.Holds(Encoding.ASCII.GetBytes(literal), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    private static byte[] Nested(string actual) =>
        Encoding.UTF8.GetBytes(EvaluationMappingTests.Nested.Replace("\"actual\": 4600 }", "\"actual\": " + actual + " }", StringComparison.Ordinal));
}
