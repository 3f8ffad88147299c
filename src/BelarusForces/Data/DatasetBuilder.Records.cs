using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Data;

// Building each record from its document, as Collections names them.
internal sealed partial class DatasetBuilder
{
    // ---- records ----------------------------------------------------------------------------------------

    private readonly HashSet<string> _pinnedSeeds = new(StringComparer.Ordinal);

    private DatasetManifest BuildManifest(ManifestDocument d)
    {
        _file = DataFiles.Manifest;
        var released = Date(d.Released, "$", "released");
        _releasedKey = released?.LatestKey ?? 0;
        if (!IsSemanticVersion(d.Version))
        {
            Problem("$.version", Rules.VersionFormat, $"'{Shorten(d.Version)}' is not a semantic version such as 1.0.0");
        }

        for (int i = 0; i < d.Seeds.Count && !IsPackageData; i++)
        {
            _pinnedSeeds.Add(d.Seeds[i].File);
            var (_, rule, why) = _seeds.Pin(d.Seeds[i].File, d.Seeds[i].Sha256);
            if (rule is not null)
            {
                Problem(rule == Rules.SeedHash ? $"$.seeds[{i}].sha256" : $"$.seeds[{i}].file", rule, why!);
            }
        }

        return new DatasetManifest
        {
            Name = d.Name,
            Title = d.Title,
            Version = d.Version,
            Released = released ?? default,
            Description = d.Description,
            CodeLicence = d.Licences.Code,
            DataLicence = d.Licences.Data,
            Seeds = new([.. d.Seeds.Select(s => new SeedFile(s.File, s.Sha256))]),
        };
    }

    // major.minor.patch with an optional -prerelease of letters, digits, dots and hyphens: 1.0.0, 1.1.0-rc.1.
    private static bool IsSemanticVersion(string version)
    {
        var (core, prerelease) = version.IndexOf('-', StringComparison.Ordinal) is int dash and >= 0 ? (version[..dash], version[(dash + 1)..]) : (version, null);
        var parts = core.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0'))
            && (prerelease is null || (prerelease.Length > 0 && prerelease.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')));
    }

    internal Source BuildSource(SourceDocument d, string path)
    {
        if (!IsPackageData && !_pinnedSeeds.Contains(d.SeedFile))
        {
            Problem($"{path}.seedFile", Rules.SeedPinned, $"the seed file '{Shorten(d.SeedFile)}' is not pinned by {DataFiles.Manifest}: add it to the manifest's seeds with its SHA-256");
        }
        else if (_seeds?.Pinned(d.SeedFile) is { } seed && seed.Range(d.FirstLine, d.LastLine) is null)
        {
            Problem($"{path}.lastLine", Rules.LineRange, $"lines {d.FirstLine}-{d.LastLine} are not a range of lines in {d.SeedFile}, which has {seed.LineCount} lines");
        }

        return new Source
        {
            Id = new(d.Id),
            Headline = d.Headline,
            SeedFile = d.SeedFile,
            FirstLine = d.FirstLine,
            LastLine = d.LastLine,
            Published = Date(d.Published, path, "published") ?? default,
            PublishedInference = d.PublishedInference,
        };
    }

    internal Organisation BuildOrganisation(OrganisationDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "organisations", d.Id),
        Kind = Enum<OrganisationKind>(d.Kind, path, "kind"),
        Country = Country(d.Country, path, "country"),
        Location = d.Location,
        Parent = Built(Collections.Organisations, d.Parent),
        Members = Countries(d.Members, path, "members"),
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    internal Unit BuildUnit(UnitDocument d, string path)
    {
        var strength = ImmutableArray.CreateBuilder<StrengthObservation>(d.Strength.Count);
        for (int i = 0; i < d.Strength.Count; i++)
        {
            var s = d.Strength[i];
            var item = ItemPath(path, "strength", i);
            strength.Add(new StrengthObservation
            {
                Date = ReportedFactDate(s.Date, s.Evidence, item, "date") ?? default,
                Personnel = ParseQuantity(s.Personnel, item, "personnel") ?? Quantity.Unknown,
                Claim = Claim(s, item),
                Hedge = s.Hedge,
                Note = s.Note,
                Evidence = Evidence(s.Evidence, item),
            });
        }

        return new Unit
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "units", d.Id),
            Country = Country(d.Country, path, "country"),
            Kind = Enum<UnitKind>(d.Kind, path, "kind"),
            Parent = Built(Collections.Units, d.Parent),
            Established = ReportedFactDate(d.Established, d.Evidence, path, "established"),
            Strength = new(strength.MoveToImmutable()),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    internal EquipmentType BuildEquipment(EquipmentDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "equipment", d.Id),
        Category = Enum<EquipmentCategory>(d.Category, path, "category"),
        Role = d.Role,
        Origin = Country(d.Origin, path, "origin"),
        Manufacturer = Ref(Collections.Organisations, d.Manufacturer, path, "manufacturer"),
        SovietInherited = d.SovietInherited,
        VariantOf = Built(Collections.Equipment, d.VariantOf),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    internal Site BuildSite(SiteDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "sites", d.Id),
        Kind = d.Kind,
        Country = Country(d.Country, path, "country"),
        Location = d.Location,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    internal InventoryObservation BuildInventory(InventoryDocument d, string path) => new()
    {
        Id = new(d.Id),
        Holder = Required(Collections.Units, d.Holder, path, "holder"),
        HolderId = new(d.Holder),
        Equipment = Required(Collections.Equipment, d.Equipment, path, "equipment"),
        EquipmentId = new(d.Equipment),
        Quantity = ParseQuantity(d.Quantity, path, "quantity"),
        Date = ReportedFactDate(d.Date, d.Evidence, path, "date"),
        Status = Enum<InventoryStatus>(d.Status, path, "status"),
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    internal Procurement BuildProcurement(ProcurementDocument d, string path)
    {
        var ordered = ReportedFactDate(d.Ordered, d.Evidence, path, "ordered");
        var batches = ImmutableArray.CreateBuilder<DeliveryBatch>(d.Batches.Count);
        for (int i = 0; i < d.Batches.Count; i++)
        {
            var b = d.Batches[i];
            var item = ItemPath(path, "batches", i);
            var delivered = ReportedFactDate(b.Delivered, b.Evidence, item, "delivered");
            if (ordered is { EarliestKey: > 0 } o && delivered is { LatestKey: > 0 } l && l.LatestKey < o.EarliestKey)
            {
                Problem(item + ".delivered", Rules.DeliveryAfterOrder, $"the batch is delivered ({delivered}) before the order ({ordered})");
            }

            batches.Add(new DeliveryBatch
            {
                Quantity = ParseQuantity(b.Quantity, item, "quantity"),
                Delivered = delivered,
                Claim = Claim(b, item),
                Hedge = b.Hedge,
                Note = b.Note,
                Evidence = Evidence(b.Evidence, item),
            });
        }

        return new Procurement
        {
            Id = new(d.Id),
            Kind = Enum<ProcurementKind>(d.Kind, path, "kind"),
            Equipment = Required(Collections.Equipment, d.Equipment, path, "equipment"),
            EquipmentId = new(d.Equipment),
            Supplier = Country(d.Supplier, path, "supplier"),
            SupplierShare = OptionalEnum<SupplierShare>(d.SupplierShare, path, "supplierShare"),
            SupplierOrganisation = Ref(Collections.Organisations, d.SupplierOrganisation, path, "supplierOrganisation"),
            Recipient = Country(d.Recipient, path, "recipient"),
            RecipientUnit = Ref(Collections.Units, d.RecipientUnit, path, "recipientUnit"),
            Quantity = ParseQuantity(d.Quantity, path, "quantity"),
            Ordered = ordered,
            ExpectedDelivery = Date(d.ExpectedDelivery, path, "expectedDelivery"),
            Status = Enum<ProcurementStatus>(d.Status, path, "status"),
            Value = d.Value is null ? null : new Money(ParseQuantity(d.Value.Amount, path, "value.amount") ?? Quantity.Unknown, Currency(d.Value.Currency, path + ".value.currency")),
            Batches = new(batches.MoveToImmutable()),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private string Currency(string code, string path)
    {
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            Problem(path, Rules.CurrencyCode, $"'{code}' is not an ISO 4217 currency code such as USD");
        }

        return code;
    }

    internal Exercise BuildExercise(ExerciseDocument d, string path)
    {
        var nightShare = ParseQuantity(d.NightShare, path, "nightShare");
        CheckShare(nightShare, path + ".nightShare");
        var statistics = ImmutableArray.CreateBuilder<ExerciseStatistic>(d.Statistics.Count);
        for (int i = 0; i < d.Statistics.Count; i++)
        {
            var s = d.Statistics[i];
            var item = ItemPath(path, "statistics", i);
            statistics.Add(new ExerciseStatistic
            {
                Label = s.Label,
                Quantity = ParseQuantity(s.Quantity, item, "quantity") ?? Quantity.Unknown,
                Claim = Claim(s, item),
                Hedge = s.Hedge,
                Note = s.Note,
                Evidence = Evidence(s.Evidence, item),
            });
        }

        return new Exercise
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "exercises", d.Id),
            Dates = ReportedFactDate(d.Dates, d.Evidence, path, "dates"),
            Participants = Parties(d.Participants, path, "participants"),
            ObserversInvited = Parties(d.ObserversInvited, path, "observersInvited"),
            Level = OptionalEnum<ExerciseLevel>(d.Level, path, "level"),
            Kind = OptionalEnum<ExerciseKind>(d.Kind, path, "kind"),
            LiveFire = d.LiveFire,
            NightShare = nightShare,
            Statistics = new(statistics.MoveToImmutable()),
            Claim = Claim(d, path),
            Hedge = d.Hedge,
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    private void CheckShare(Quantity? share, string path)
    {
        // "More than 100" and "fewer than 0" leave no share; "at least 100" leaves one, 100.
        if (share is { } q && (q.Low > 100 || q.High > 100 || q.Low < 0 || q.High < 0
            || (q.Kind == QuantityKind.MoreThan && q.Low >= 100) || (q.Kind == QuantityKind.LessThan && q.High <= 0)))
        {
            Problem(path, Rules.ShareRange, $"'{q}' is not a share between 0 and 100 per cent");
        }
    }

    internal Indicator BuildIndicator(IndicatorDocument d, string path)
    {
        var observations = new List<IndicatorObservation>(d.Observations.Count);
        for (int i = 0; i < d.Observations.Count; i++)
        {
            var o = d.Observations[i];
            var item = ItemPath(path, "observations", i);
            var value = ParseQuantity(o.Value, item, "value");
            if (d.Unit == "percent")
            {
                CheckShare(value, item + ".value");
            }

            var observation = new IndicatorObservation
            {
                Period = ReportedFactDate(o.Period, o.Evidence, item, "period") ?? default,
                Value = value ?? Quantity.Unknown,
                Claim = Claim(o, item),
                Hedge = o.Hedge,
                Note = o.Note,
                Evidence = Evidence(o.Evidence, item),
            };

            observations.Add(observation);
        }

        return new Indicator
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "indicators", d.Id),
            Measure = d.Measure,
            Subject = PartyOf(d.Subject, path + ".subject") ?? new Party { Reference = d.Subject },
            SubjectUnit = Ref(Collections.Units, d.SubjectUnit, path, "subjectUnit"),
            UnitOfMeasure = d.Unit,
            Observations = new([.. observations.OrderBy(o => o.Period)]), // a stable sort: the same period keeps file order
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    internal Person BuildPerson(PersonDocument d, string path)
    {
        var posts = ImmutableArray.CreateBuilder<Post>(d.Posts.Count);
        for (int i = 0; i < d.Posts.Count; i++)
        {
            var p = d.Posts[i];
            var item = ItemPath(path, "posts", i);
            posts.Add(new Post
            {
                Title = p.Title,
                Organisation = Ref(Collections.Organisations, p.Organisation, item, "organisation"),
                Unit = Ref(Collections.Units, p.Unit, item, "unit"),
                Country = Country(p.Country, item, "country"),
                Date = ReportedFactDate(p.Date, p.Evidence, item, "date"),
                Claim = Claim(p, item),
                Hedge = p.Hedge,
                Note = p.Note,
                Evidence = Evidence(p.Evidence, item),
            });
        }

        return new Person
        {
            Id = new(d.Id),
            Name = d.Name,
            Aliases = Names(d.Name, d.Aliases, path, "people", d.Id),
            Posts = new(posts.MoveToImmutable()),
            Note = d.Note,
            Evidence = Evidence(d.Evidence, path),
        };
    }

    internal Agreement BuildAgreement(AgreementDocument d, string path) => new()
    {
        Id = new(d.Id),
        Name = d.Name,
        Aliases = Names(d.Name, d.Aliases, path, "agreements", d.Id),
        Kind = Enum<AgreementKind>(d.Kind, path, "kind"),
        Parties = Parties(d.Parties, path, "parties"),
        Signed = ReportedFactDate(d.Signed, d.Evidence, path, "signed"),
        InForce = ReportedFactDate(d.InForce, d.Evidence, path, "inForce"),
        Published = ReportedFactDate(d.Published, d.Evidence, path, "published"),
        Summary = d.Summary,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    internal MilitaryEvent BuildEvent(EventDocument d, string path) => new()
    {
        Id = new(d.Id),
        Date = ReportedFactDate(d.Date, d.Evidence, path, "date"),
        Kind = Enum<EventKind>(d.Kind, path, "kind"),
        Title = d.Title,
        Parties = Parties(d.Parties, path, "parties"),
        Units = Refs(Collections.Units, d.Units, path, "units"),
        Equipment = Refs(Collections.Equipment, d.Equipment, path, "equipment"),
        Sites = Refs(Collections.Sites, d.Sites, path, "sites"),
        Quantity = ParseQuantity(d.Quantity, path, "quantity"),
        QuantityUnit = d.QuantityUnit,
        Claim = Claim(d, path),
        Hedge = d.Hedge,
        Note = d.Note,
        Evidence = Evidence(d.Evidence, path),
    };

    private ClaimStatus Claim(ClaimDocument d, string path) => Enum<ClaimStatus>(d.Claim, path, "claim");

}
