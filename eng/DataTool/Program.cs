using BelarusForces;
using BelarusForces.Data;
using BelarusForces.Data.Generated;

// The repository's tool for its data, run from the repository root:
//   check                   validates data/ against every rule, quotes against seeds/
//   generate                writes every derived file (the JSON Schemas, docs/CODEBOOK.md, docs/TABLES.md)
//   evidence-lines <file>   validates the data and writes the seed line of every quote, keyed by file and JSON path
//                           (the library's build runs this and embeds the file)
// Options: --data <directory> and --seeds <directory> (default: data and seeds of the current directory).
const string Usage = "usage: DataTool check | generate | evidence-lines <output file>  [--data <directory>] [--seeds <directory>]";

var positional = new List<string>();
string data = "data", seeds = "seeds";
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length:
            data = args[++i];
            break;
        case "--seeds" when i + 1 < args.Length:
            seeds = args[++i];
            break;
        default:
            positional.Add(args[i]);
            break;
    }
}

var dataDirectory = new DirectoryInfo(data);
var seedsDirectory = new DirectoryInfo(seeds);
if (!dataDirectory.Exists || !seedsDirectory.Exists)
{
    Console.Error.WriteLine($"error: no {(dataDirectory.Exists ? "seeds" : "data")} directory at {Path.GetFullPath(dataDirectory.Exists ? seeds : data)}; run the tool from the repository root, or pass --data and --seeds");
    return 2;
}

try
{
    switch (positional)
    {
        case ["check"]:
        {
            var lines = DatasetBuilder.ComputeEvidenceLines(dataDirectory, seedsDirectory);
            Console.WriteLine($"The data in {dataDirectory.FullName} is valid; {lines.Count} quotes found in their seeds.");
            return 0;
        }

        case ["evidence-lines", var output]:
        {
            var lines = DatasetBuilder.ComputeEvidenceLines(dataDirectory, seedsDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, int>(lines), DataJsonContext.Default.DictionaryStringInt32));
            Console.WriteLine($"The data in {dataDirectory.FullName} is valid; {lines.Count} quotes found in their seeds.");
            return 0;
        }

        case ["generate"]:
        {
            var dataset = BelarusForcesDataset.LoadDirectory(dataDirectory.FullName, seedsDirectory.FullName);
            var root = dataDirectory.Parent!.FullName;
            foreach (var (path, text) in DerivedFiles.Generate(dataDirectory, dataset))
            {
                var file = Path.Combine(root, path);
                var unchanged = File.Exists(file) && File.ReadAllText(file).ReplaceLineEndings("\n") == text;
                if (!unchanged)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, text);
                }

                Console.WriteLine($"{(unchanged ? "unchanged" : "wrote    ")} {path}");
            }

            return 0;
        }

        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (DatasetLoadException e)
{
    // In the canonical error format, so that the build lists each problem and fails.
    foreach (var p in e.Problems)
    {
        Console.Error.WriteLine($"{Path.GetFullPath(Path.Combine(dataDirectory.FullName, p.File))}({p.Line}): error {p.Rule}: {p.JsonPath}: {p.Message}");
    }

    return 1;
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
