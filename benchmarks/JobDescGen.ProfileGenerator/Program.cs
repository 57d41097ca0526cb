using System.Globalization;
using JobDescGen.Testing;

// jobdescgen-profiles OUT_DIR [COUNT] [--languages nl,fr] [--seed N]
// Writes COUNT synthetic role profiles (plus levels.yaml) the size of the bundled one.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: JobDescGen.ProfileGenerator OUT_DIR [COUNT=100] [--languages nl[,fr]] [--seed 1]");
    return args.Length == 0 ? 2 : 0;
}

var output = args[0];
var count = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
string[] languages = ["nl"];
var seed = 1;
for (var i = 1; i < args.Length - 1; i++)
{
    if (args[i] == "--languages")
    {
        languages = args[i + 1].Split(',');
    }
    else if (args[i] == "--seed")
    {
        seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
}

var written = new SyntheticProfileWriter(seed, languages).WriteAll(output, count);
Console.Error.WriteLine($"wrote {count} profiles ({written} files) to {output}");
return 0;
