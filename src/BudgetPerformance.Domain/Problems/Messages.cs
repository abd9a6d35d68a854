namespace BudgetPerformance.Problems;

/// <summary>
/// The one table of message templates: every message of every <see cref="Problem"/> the library reports, in Chinese and in
/// English, each naming its registered code. Split by concern into files named <c>Messages.Concern.cs</c>; the tests check
/// that every template's code is registered, that both texts take the same arguments, and that every registered code
/// has at least one template.
/// </summary>
internal static partial class Messages
{
    /// <summary>一级 / 二级 / 三级, and 1 / 2 / 3 in English: the level of a node in a message.</summary>
    internal static Localized Level(int level) => level switch
    {
        1 => new("一", "1"),
        2 => new("二", "2"),
        _ => new("三", "3"),
    };
}
