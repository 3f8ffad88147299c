using BelarusForces.Cli;

// A command runs for a few milliseconds and allocates a few megabytes, mostly loading the dataset. With the default
// young-generation budget, the collector would stop it once to copy data that stays alive to the end anyway; asking
// for no collection during the first 16 MB saves that pause. Larger commands (export, validate) simply leave the
// region when they allocate past it and are collected as usual.
GC.TryStartNoGCRegion(16 * 1024 * 1024);
return Edge.Run(args);
