using BelarusForces.Cli;

return Edge.Run(args);
