using BelarusForces.Cli;

return CommandRunner.Run(args);
