namespace BelarusForces.Versioning;

/// <summary>A citation style.</summary>
public enum CitationFormat
{
    /// <summary>A BibTeX <c>@misc</c> entry.</summary>
    BibTex,
    /// <summary>APA 7th edition, as plain text.</summary>
    Apa,
    /// <summary>An RIS record (<c>TY  - DATA</c>).</summary>
    Ris,
    /// <summary>A CSL-JSON item.</summary>
    CslJson,
}
