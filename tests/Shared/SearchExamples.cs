namespace BelarusForces.Testing;

/// <summary>
/// The search examples of issue #23, shared by the library's, the CLI's and the explorer's tests (this file is linked
/// into both test projects), so that the three are held to the same list.
/// </summary>
public static class SearchExamples
{
    /// <summary>Questions as analysts type them, each with the record that answers it (expected in the top three).</summary>
    public static TheoryData<string, string> Questions => new()
    {
        { "SOF cargo airdrop", "procurements/p-7-parachute-platform-sof-2017" },
        { "trainee pilots flight training 2008", "indicators/belarus-pilot-graduate-flight-hours" },
        { "Palanez-M test range", "events/polonez-m-test-300km" },
        { "defence industry production grew 2017", "indicators/belarus-defence-industry-production-growth" },
        { "longer list new equipment", "events/sof-largest-new-equipment-list-2017" },
        { "T-72B", "procurements/t-72b-modernisation-2017" },
        { "Su-30 delivery 2018", "procurements/su-30sm-from-russia-2017-plan" },
        { "annual flying time 2011-2013", "indicators/belarus-pilot-annual-flight-hours" },
        { "Ravkov", "people/andrei-raukou" },
        { "Lukashenko", "people/alyaksandr-lukashenka" },
        { "Zapad-2017", "exercises/west-2017" },
        { "Polonez", "equipment/polonez" },
        { "decommissioned", "events/decommissioning-without-replacement" },
        { "SOF commander", "people/vadzim-dzyanisenka" },
    };

    /// <summary>Two spellings or names of one thing, which find the same records.</summary>
    public static TheoryData<string, string> Spellings => new()
    {
        { "Ravkov", "Raukou" },
        { "Raŭkoŭ", "Raukou" },
        { "Lukashenko", "Lukashenka" },
        { "Zapad-2017", "West-2017" },
        { "Zas'", "Zas’" },
        { "T-72B", "T72B" },
        { "Su-30", "Su30" },
        { "Palanez-M", "PalanezM" },
    };
}
