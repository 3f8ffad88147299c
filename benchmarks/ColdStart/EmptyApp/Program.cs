// The floor of a cold start. With an argument it prints one line, as the answer program does, but without the
// library: the difference to the empty run is what starting the console costs.
if (args.Length > 0)
{
    Console.WriteLine("2 procurements from China: CS/VN3");
}

return 0;
