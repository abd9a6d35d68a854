using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Problems;
using Spectre.Console.Rendering;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>
/// The last line of defence of table and text output: every text segment that reaches the terminal has the characters
/// <see cref="SafeText"/> escapes written as <c>\uXXXX</c> (a control character or a bidirectional override from a
/// document never reaches the terminal raw). Spectre's own control codes and line breaks pass unchanged. Cells with data
/// are also escaped before layout (<see cref="Show.Cell"/>), so that a table stays aligned.
/// </summary>
internal sealed class SafeConsoleHook : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new SafeRenderable(r));

    private sealed class SafeRenderable(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (var segment in inner.Render(options, maxWidth))
            {
                if (segment.IsControlCode || segment.IsLineBreak)
                {
                    yield return segment;
                    continue;
                }

                var text = SafeText.Escape(segment.Text);
                yield return ReferenceEquals(text, segment.Text) ? segment : new Segment(text, segment.Style, segment.Link);
            }
        }
    }
}
