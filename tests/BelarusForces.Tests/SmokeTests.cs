namespace BelarusForces.Tests;

public class SmokeTests
{
    [Fact]
    public void Repository_data_passes_full_validation()
    {
        var act = () => Repository.Validated;
        act.Should().NotThrow();
    }
}
