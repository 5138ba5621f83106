using OneJanitorial.Bot.Load;

// tests/load/run.sh drives this: "echo-server <port>" is the ceiling (a minimal ASP.NET echo bot);
// "run <label> <target url> <pid> <text|@file> <connections> <conversations> <seconds>" loads one target and prints a row;
// a text "@file" cycles through the file's non-empty lines instead of repeating one text.
return args switch
{
    ["echo-server", var port] => await EchoServer.RunAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture)),
    ["header"] => LoadReport.PrintHeader(),
    ["run", var label, var target, var pid, var text, var connections, var conversations, var seconds] =>
        await LoadRun.RunAsync(new LoadSettings(label, new Uri(target), int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture), Texts(text),
            int.Parse(connections, System.Globalization.CultureInfo.InvariantCulture), int.Parse(conversations, System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)))),
    _ => Usage(),
};

static string[] Texts(string text) =>
    text.StartsWith('@') ? [.. File.ReadAllLines(text[1..]).Where(l => l.Trim().Length > 0)] : [text];

static int Usage()
{
    Console.Error.WriteLine("usage: LoadDriver echo-server <port> | header | run <label> <target> <pid> <text|@file> <connections> <conversations> <seconds>");
    return 2;
}
