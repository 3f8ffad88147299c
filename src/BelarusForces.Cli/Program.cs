using BelarusForces.Cli;

return Commands.Root().Parse(args).Invoke();
