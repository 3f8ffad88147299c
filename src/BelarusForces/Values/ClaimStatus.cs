namespace BelarusForces.Values;

/// <summary>How the source presents a claim: the hedge it carries.</summary>
public enum ClaimStatus
{
    /// <summary>Stated by an official source: a ministry, the president, state or ministry media.</summary>
    Official,
    /// <summary>Reported by media or a journalist and not confirmed officially.</summary>
    Media,
    /// <summary>An analyst's or the author's estimate or inference ("apparently", "it is highly likely").</summary>
    Analyst,
    /// <summary>Hedged as doubtful, alleged or contested, or contradicted by another claim.</summary>
    Disputed,
}
