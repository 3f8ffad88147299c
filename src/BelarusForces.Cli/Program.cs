using System.CommandLine;
using BelarusForces.Cli;

var root = new RootCommand("Query, cite and export the BelarusForces dataset: the armed forces of Belarus, every fact with its source.")
{
    Commands.Summary(),
};
return root.Parse(args).Invoke();
