using JobDescGen.Cli;

return CliApp.Run(args, Console.Out, Console.Error, isProcessConsole: true);
