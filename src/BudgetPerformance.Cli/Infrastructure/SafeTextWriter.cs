using System.IO;
using System.Text;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>
/// Standard error as bpm writes it: every character <see cref="SafeText"/> escapes is written as <c>\uXXXX</c>, except the
/// line feed (and carriage return) that end bpm's own lines, so that no text from a document reaches the terminal raw.
/// </summary>
internal sealed class SafeTextWriter : TextWriter
{
    private readonly TextWriter inner;
    private char pendingHigh;

    public SafeTextWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        this.inner = inner;
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        // A surrogate pair split between two writes is joined again before it is judged.
        if (pendingHigh != '\0')
        {
            value = pendingHigh + value;
            pendingHigh = '\0';
        }

        if (char.IsHighSurrogate(value[^1]))
        {
            pendingHigh = value[^1];
            value = value[..^1];
        }

        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] is '\n' or '\r')
            {
                inner.Write(SafeText.Escape(value[start..i]));
                if (i < value.Length)
                {
                    inner.Write(value[i]);
                }

                start = i + 1;
            }
        }
    }

    public override void Flush()
    {
        if (pendingHigh != '\0')
        {
            inner.Write(SafeText.Escape(pendingHigh.ToString()));
            pendingHigh = '\0';
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
