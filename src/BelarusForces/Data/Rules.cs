namespace BelarusForces.Data;

/// <summary>A validation rule: the id that problems carry, and what the rule asks of the data.</summary>
/// <param name="Id">The rule's id, such as <c>reference-resolves</c>.</param>
/// <param name="Description">What the rule asks, in one line; docs/CODEBOOK.md lists every rule with it.</param>
internal sealed record Rule(string Id, string Description)
{
    public override string ToString() => Id;
}

/// <summary>Every rule a data directory is checked against, by step: files, reading, values, references, evidence, releases.</summary>
internal static class Rules
{
    // Files: checked before anything is read.
    public static readonly Rule UnexpectedInput = new("unexpected-input", "A defect of the loader, to report: the input broke it in a way no rule names.");
    public static readonly Rule DirectoryPresent = new("directory-present", "The data directory exists.");
    public static readonly Rule SeedsPresent = new("seeds-present", "The seeds directory exists, so that quotes can be checked.");
    public static readonly Rule ExpectedFiles = new("expected-files", "The data directory holds no JSON file that is not part of the dataset.");
    public static readonly Rule FilePresent = new("file-present", "Every data file is present, even a collection with no records.");
    public static readonly Rule FileType = new("file-type", "Data and seed files are regular files (not directories, devices, FIFOs or sockets), and symlinks stay inside their directory.");
    public static readonly Rule FileReadable = new("file-readable", "The file can be read.");
    public static readonly Rule FileSize = new("file-size", $"A data or seed file is at most {DataFiles.MaxFileBytes} bytes.");

    // Reading.
    public static readonly Rule Utf8NoBom = new("utf8-no-bom", "Data files are UTF-8 without a byte order mark.");
    public static readonly Rule JsonShape = new("json-shape", $"The file is JSON of its schema: no unknown or duplicate members, no missing required member, no null where a value is required, values of the right type, nesting at most {DataFiles.MaxDepth} deep.");
    public static readonly Rule NullItem = new("null-item", "No list holds a null item.");
    public static readonly Rule RecordCount = new("record-count", $"A collection holds at most {DataFiles.MaxRecords} records.");
    public static readonly Rule TextLength = new("text-length", $"A string is at most {DataFiles.MaxTextLength} characters; an id or name at most {DataFiles.MaxIdLength}.");

    // Values.
    public static readonly Rule IdFormat = new("id-format", "An id is lowercase kebab-case, such as su-30sm.");
    public static readonly Rule IdUnique = new("id-unique", "An id is used by one record of its collection.");
    public static readonly Rule VersionFormat = new("version-format", "The manifest's version is a semantic version such as 1.1.0.");
    public static readonly Rule EdtfDate = new("edtf-date", "A date is EDTF level 0 or 1 (2017-06, 2011/2013, 2005~, 201X) and names real days.");
    public static readonly Rule Quantity = new("quantity", "A quantity is in the data's notation: 12, ~800, >50, >=12, <20, <=20, 5000..7000 or ?.");
    public static readonly Rule CountryCode = new("country-code", "A country is an ISO 3166-1 alpha-2 code, or SU for the Soviet Union.");
    public static readonly Rule CurrencyCode = new("currency-code", "A currency is an ISO 4217 code such as USD.");
    public static readonly Rule AllowedValue = new("allowed-value", "An enumerated field holds one of its allowed values.");
    public static readonly Rule ShareRange = new("share-range", "A share in per cent lies between 0 and 100.");
    public static readonly Rule NamePresent = new("name-present", "A named record has a name.");
    public static readonly Rule AliasFormat = new("alias-format", "A name or alias has at least one letter or digit.");
    public static readonly Rule AliasUnique = new("alias-unique", "Every name, alias and id resolves to one entity.");
    public static readonly Rule NameScript = new("name-script", "A name does not mix look-alike letters of different scripts (Latin, Cyrillic, Greek) within one word.");
    public static readonly Rule DeliveryAfterOrder = new("delivery-after-order", "A batch is not delivered before its order.");
    public static readonly Rule DateBeforePublication = new("date-before-publication", "A date does not begin after the latest publication date of the sources that report it.");

    // References.
    public static readonly Rule ReferenceResolves = new("reference-resolves", "A reference names a record of its collection.");
    public static readonly Rule NoCycles = new("no-cycles", "A record is not its own ancestor through parent or variantOf.");

    // Evidence.
    public static readonly Rule EvidencePresent = new("evidence-present", "Every fact has at least one quote.");
    public static readonly Rule QuotePresent = new("quote-present", $"A quote is at least {DataFiles.MinQuoteLength} characters long.");
    public static readonly Rule QuoteVerbatim = new("quote-verbatim", "A quote is found character for character in its source's lines of its seed file.");
    public static readonly Rule QuoteUnique = new("quote-unique", "A quote occurs once in its source's lines, so that it points at one place.");
    public static readonly Rule SeedPresent = new("seed-present", "Every seed file the manifest or a source names is in the seeds directory.");
    public static readonly Rule SeedPinned = new("seed-pinned", "A source's seed file is pinned by the manifest with its SHA-256.");
    public static readonly Rule SeedHash = new("seed-hash", "A seed file has the SHA-256 the manifest pins.");
    public static readonly Rule LineRange = new("line-range", "A source's first and last lines are a range of lines of its seed file.");

    // Support: the structured values follow from the quotes. A field the record's `derivation` names is exempt.
    public static readonly Rule ValueNumberQuoted = new("value-number-quoted", "Every number in a quantity, value, strength, share or money amount appears in a quote of the record: as digits, with or without thousands separators, as $1bn or 2 million, or in words (one to twenty, thirty to ninety, hundred, thousand, half a million, a quarter, dozen).");
    public static readonly Rule CountryNamed = new("country-named", "Every country in origin, supplier, recipient, parties, participants and observersInvited is named in a quote of the record or of a record it points at: by name, adjective or capital (Russia, Russian, Moscow).");
    public static readonly Rule DateYearQuoted = new("date-year-quoted", "Every year of a date appears in a quote of the record, or is the publication year of one of its sources (a date the text gives as \"on 9 November\", \"this year\" or not at all resolves against it), or the year before when a quote says \"last year\".");
    public static readonly Rule HedgeQuoted = new("hedge-quoted", "Every hedge (several are separated by \"; \") appears verbatim in a quote of the record.");
    public static readonly Rule DerivationField = new("derivation-field", "A derivation names a field of its record that a support rule checks, once.");
    public static readonly Rule RelationTarget = new("relation-target", "A relation points at another record, by its citation key (collection/id), once.");

    // Releases.
    public static readonly Rule ReleasedIdResolves = new("released-id-resolves", "Every released citation key is a record or a tombstone: released ids are permanent.");
    public static readonly Rule TombstoneNotLive = new("tombstone-not-live", "A withdrawn key is not also a record.");
    public static readonly Rule TombstoneTarget = new("tombstone-target", "A tombstone's replacement is a record.");

    /// <summary>Every rule, in the order above.</summary>
    public static readonly Rule[] All =
    [
        UnexpectedInput, DirectoryPresent, SeedsPresent, ExpectedFiles, FilePresent, FileType, FileReadable, FileSize,
        Utf8NoBom, JsonShape, NullItem, RecordCount, TextLength,
        IdFormat, IdUnique, VersionFormat, EdtfDate, Quantity, CountryCode, CurrencyCode, AllowedValue, ShareRange,
        NamePresent, AliasFormat, AliasUnique, NameScript, DeliveryAfterOrder, DateBeforePublication,
        ReferenceResolves, NoCycles,
        EvidencePresent, QuotePresent, QuoteVerbatim, QuoteUnique, SeedPresent, SeedPinned, SeedHash, LineRange,
        ValueNumberQuoted, CountryNamed, DateYearQuoted, HedgeQuoted, DerivationField, RelationTarget,
        ReleasedIdResolves, TombstoneNotLive, TombstoneTarget,
    ];
}
