#!/usr/bin/env bash
# Builds the library and the tool of an earlier commit as differently named assemblies (BelarusForces.Baseline.dll,
# belarus-forces.Baseline.dll), for the benchmarks that measure that commit side by side with this one in one process
# (benchmarks/BelarusForces.Benchmarks/Baseline/). Nothing of it is committed: the commit's files are extracted into
# artifacts/baseline/<commit>/ (ignored), their project files renamed there, and built. Prints the folder to pass as
# -p:Baseline=<folder> to the benchmark project.
#
#   benchmarks/baseline.sh 028717e
#   cd benchmarks/BelarusForces.Benchmarks
#   dotnet run -c Release -p:Baseline=<printed folder> -- --filter '*Baseline*' --inProcess
set -euo pipefail

commit=${1:?usage: benchmarks/baseline.sh <commit>}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
full=$(git -C "$repo" rev-parse --short=12 "$commit^{commit}")
work="$repo/artifacts/baseline/$full"
src="$work/src"

rm -rf "$src"
mkdir -p "$src"
git -C "$repo" archive "$full" | tar -x -C "$src"

lib="$src/src/BelarusForces/BelarusForces.csproj"
cli="$src/src/BelarusForces.Cli/BelarusForces.Cli.csproj"
# The library as BelarusForces.Baseline, letting the renamed tool see its internals as the tool does; the tool as
# belarus-forces.Baseline. Resource names come from LogicalName, not from the assembly's name, so both still find
# their embedded data and assets.
sed -i 's|<RootNamespace>BelarusForces</RootNamespace>|&<AssemblyName>BelarusForces.Baseline</AssemblyName>|' "$lib"
sed -i 's|<InternalsVisibleTo Include="belarus-forces" />|&<InternalsVisibleTo Include="belarus-forces.Baseline" />|' "$lib"
sed -i 's|<AssemblyName>belarus-forces</AssemblyName>|<AssemblyName>belarus-forces.Baseline</AssemblyName>|' "$cli"
grep -q 'BelarusForces.Baseline' "$lib" && grep -q 'belarus-forces.Baseline' "$lib" && grep -q 'belarus-forces.Baseline' "$cli" \
  || { echo "baseline.sh: the project files of $full do not have the expected shape" >&2; exit 1; }

# The SQLite writer moved to its own assembly after the tool; rename it too where it exists.
sqlite="$src/src/BelarusForces.Sqlite/BelarusForces.Sqlite.csproj"
if [ -f "$sqlite" ]; then
  sed -i 's|<RootNamespace>BelarusForces.Sqlite</RootNamespace>|&<AssemblyName>BelarusForces.Sqlite.Baseline</AssemblyName>|' "$sqlite"
fi

dotnet build "$cli" -c Release --nologo -v quiet -p:UseSharedCompilation=false >&2
out="$src/src/BelarusForces.Cli/bin/Release/net10.0"
test -f "$out/BelarusForces.Baseline.dll" && test -f "$out/belarus-forces.Baseline.dll"
echo "$out"
