namespace BudgetPerformance.Json.Tests;

public class SmokeTests
{
    [Fact]
    public void Catalog_Loads() => Assert.NotEmpty(Catalog.IndicatorCatalog.BuiltIn);
}
