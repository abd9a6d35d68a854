using System;
using System.Linq;
using BudgetPerformance.Problems;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Tests;

/// <summary>
/// Issue 18 item 5: text from data is escaped before it reaches a terminal or a message (<see cref="SafeText"/>), and a value a
/// message echoes is cut to <see cref="SafeText.MaxEchoLength"/> characters. Before, a name with ESC/BEL reached the terminal raw.
/// </summary>
public class SafeTextTests
{
    [Theory]
    [InlineData("\u001B]0;pwned\u0007", "\\u001B]0;pwned\\u0007")] // ESC and BEL: retitling a terminal
    [InlineData("a\tb\nc\rd", "a\\u0009b\\u000Ac\\u000Dd")] // tab and line breaks too: a value never starts a new line
    [InlineData("\u0000\u001F\u007F", "\\u0000\\u001F\\u007F")] // both ends of C0, and DEL
    [InlineData("\u0080\u009B\u009F", "\\u0080\\u009B\\u009F")] // C1, CSI among them
    [InlineData("\u202A\u202E\u2066\u2069", "\\u202A\\u202E\\u2066\\u2069")] // bidi embeddings, overrides, isolates
    public void Escape_UnsafeCharacters_AreWrittenAsUnicodeEscapes(string text, string expected) =>
        Assert.Equal(expected, SafeText.Escape(text));

    [Fact]
    public void Escape_LoneSurrogates_AreWrittenAsUnicodeEscapes()
    {
        // Built from chars: a theory's data would carry them as U+FFFD.
        Assert.Equal("x\\uD800y", SafeText.Escape("x" + (char)0xD800 + "y"));
        Assert.Equal("\\uDC00", SafeText.Escape(((char)0xDC00).ToString()));
        Assert.Equal("\\uDE00\\uD83D", SafeText.Escape(string.Concat((char)0xDE00, (char)0xD83D))); // a pair in the wrong order
    }

    [Theory]
    [InlineData("项目 P001 (a\\b) 'x'")] // Chinese, a backslash, quotes: unchanged
    [InlineData("\u0020\u007E\u00A0\u2029\u2065\u206A\u2029")] // next to the escaped ranges: space, ~, NBSP, U+2065, U+206A
    [InlineData("\uD83D\uDE00")] // a surrogate pair (an emoji)
    public void Escape_SafeText_IsReturnedAsItIs(string text) =>
        Assert.Same(text, SafeText.Escape(text));

    [Fact]
    public void Echo_AtTheLimit_IsKeptWhole()
    {
        var text = new string('a', SafeText.MaxEchoLength);
        Assert.Equal(text, SafeText.Echo(text));
    }

    [Fact]
    public void Echo_OneOverTheLimit_IsCutTo61AndDots()
    {
        var echoed = SafeText.Echo(new string('a', SafeText.MaxEchoLength + 1));
        Assert.Equal(new string('a', 61) + "...", echoed);
        Assert.Equal(SafeText.MaxEchoLength, echoed.Length);
    }

    [Fact]
    public void Echo_TenMegabytes_IsShortAndEscaped()
    {
        var echoed = SafeText.Echo("\u001B" + new string('k', 10_000_000));
        Assert.StartsWith("\\u001Bkkk", echoed, StringComparison.Ordinal);
        Assert.True(echoed.Length < 80, $"{echoed.Length} characters");
    }

    [Fact]
    public void Echo_CutBetweenTheHalvesOfAPair_KeepsThePairOut()
    {
        // 60 characters, then an emoji at 60–61: a cut at 61 would leave a lone high surrogate.
        var echoed = SafeText.Echo(new string('a', 60) + "\uD83D\uDE00" + new string('b', 10));
        Assert.Equal(new string('a', 60) + "...", echoed);
    }

    [Property(MaxTest = 500)]
    public Property Escape_LeavesNoUnsafeCharacter() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
        {
            var escaped = SafeText.Escape(text);
            return !escaped.Any(c => c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
                && !HasLoneSurrogate(escaped)
                && (escaped.Length == text.Length) == ReferenceEquals(escaped, text);
        });

    [Fact]
    public void Message_EchoingAValueWithControls_IsEscaped()
    {
        // Before: the template put the value in the message as it was, ESC included.
        var problem = Messages.KindNotOneOf.At(ProblemLocation.InDocument("$.kind"), "\u001B[2J", "evaluation");
        Assert.Contains("\\u001B[2J", problem.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', problem.MessageZh);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
