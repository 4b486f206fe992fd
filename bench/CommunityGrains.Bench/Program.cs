using CommunityGrains.Bench;

return await BenchProgram.Run(args, Console.Out, Console.Error);
