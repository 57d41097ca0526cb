using System.Text.RegularExpressions;
using JobDescGen.Diagnostics;
using JobDescGen.Loading.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobDescGen.Loading.Yaml;

/// <summary>
/// Reads YAML text into position-carrying nodes. Built on YamlDotNet's event parser rather than its
/// representation model because that model throws on duplicate keys, and we want to report
/// duplicates (and everything else) as diagnostics.
/// </summary>
public static partial class YamlDocumentReader
{
    /// <summary>Parses the first document of <paramref name="text"/>; returns null after reporting a syntax error.</summary>
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Anchors();
        var plainValues = new List<Scalar>();
        var refused = new List<YamlLimitException>();
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, anchors, 0, plainValues, refused);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(
                    Locate(file, parser.Current!.Start),
                    "the file holds more than one YAML document",
                    "remove the '---' separator and everything after it, or move it into its own file");
            }

            CommentCutCheck.Report(file, text, plainValues, diagnostics);
            foreach (var character in refused)
            {
                diagnostics.Error(Locate(file, text, character), character.Message, character.Hint);
            }

            return root;
        }
        catch (YamlLimitException exception)
        {
            diagnostics.Error(Locate(file, text, exception), exception.Message, exception.Hint);
            return null;
        }
        catch (YamlException) when (FirstIndentingTab(text) is { } tab)
        {
            // YamlDotNet reports a tab in the indentation as some later, unrelated error.
            diagnostics.Error(new SourceLocation(file, tab.Line, tab.Column), "YAML syntax error: a tab is used for indentation", "YAML allows only spaces for indentation: replace the tab with spaces");
            return null;
        }
        catch (YamlException exception)
        {
            diagnostics.Error(
                Locate(file, exception.Start),
                "YAML syntax error: " + CleanMessage(exception),
                "check the indentation and quoting on this line and the line before it");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's scanner throws this for a \u escape of a low surrogate before a high one.
            diagnostics.Error(
                LastEvent(file, parser),
                "the text after this point holds a \\u escape that is not a character (a lone surrogate)",
                "remove the \\u escape, or write the character itself");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections ("[1, 2" then a new key).
            diagnostics.Error(
                LastEvent(file, parser),
                "YAML syntax error: the file cannot be read past this point",
                "look for an unclosed '[', '{' or quote on this line or the lines after it");
            return null;
        }
    }

    // Where the scanner gave up without a position: the end of the last event it produced is the best we have.
    private static SourceLocation LastEvent(string file, Parser parser)
    {
        var mark = parser.Current?.End ?? Mark.Empty;
        return Locate(file, mark.Line > 0 ? mark : new Mark(0, 1, 1));
    }

    // plainValues collects the unquoted scalars that are values, not keys: where a YAML comment may cut a text.
    // refused collects the texts with a character they may not hold, reported once the file is read.
    private static YamlNode ReadNode(IParser parser, string file, Anchors anchors, int depth, List<Scalar> plainValues, List<YamlLimitException> refused, bool isKey = false)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.Resolve(alias, depth);
        }

        if (depth > InputLimits.MaxYamlDepth)
        {
            // Deeper input would be read by recursion, and 30,000 brackets overflow the stack.
            throw new YamlLimitException(
                parser.Current?.Start ?? Mark.Empty,
                $"lists and mappings nest more than {InputLimits.MaxYamlDepth} levels deep here",
                "a job description needs a few levels: look for brackets opened by mistake");
        }

        YamlNode node;
        NodeEvent start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            start = scalar;
            var value = CheckCharacters(scalar, refused);
            if (!isKey && scalar.Style == ScalarStyle.Plain)
            {
                plainValues.Add(scalar);
            }

            node = new YamlScalar(Locate(file, scalar.Start), value, scalar.Style == ScalarStyle.Plain);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            start = sequenceStart;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, file, anchors, depth + 1, plainValues, refused));
            }

            node = new YamlSequence(Locate(file, sequenceStart.Start), items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            start = mappingStart;
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, file, anchors, depth + 1, plainValues, refused, isKey: true);
                if (keyNode is not YamlScalar key)
                {
                    throw new SemanticErrorException(parser.Current!.Start, parser.Current.End, "a key must be a plain word, not a list or mapping");
                }

                entries.Add(new(key, ReadNode(parser, file, anchors, depth + 1, plainValues, refused)));
            }

            node = new YamlMapping(Locate(file, mappingStart.Start), entries);
        }

        if (!start.Anchor.IsEmpty)
        {
            anchors.Define(start.Anchor.Value, node);
        }

        return node;
    }

    // Control characters and lone surrogates are refused where they are written: kept, they would
    // reach terminals (escape sequences) and documents (characters no font or encoder has). The
    // file is read on with the character shown visibly (␇), so its other mistakes are reported too.
    private static string CheckCharacters(Scalar scalar, List<YamlLimitException> refused)
    {
        var index = ControlCharacters.IndexOfUnsafe(scalar.Value);
        if (index < 0)
        {
            return scalar.Value;
        }

        var c = scalar.Value[index];
        refused.Add(char.IsSurrogate(c)
            ? new YamlLimitException(scalar.Start, scalar.End, c, $"the text holds a lone surrogate ({ControlCharacters.Describe(c)}), which is not a character", "remove the \\u escape, or write the character itself")
            : new YamlLimitException(scalar.Start, scalar.End, c, $"the text holds the control character {ControlCharacters.Describe(c)}", "remove it: control characters are invisible in documents and can take over a terminal"));
        return ControlCharacters.Neutralise(scalar.Value);
    }

    // A refused character is shown where it is written (as itself or as an escape), else at its text's start.
    private static SourceLocation Locate(string file, string text, YamlLimitException exception)
    {
        if (exception.Character >= 0)
        {
            var source = new SourceCharacters(text);
            var index = source.Find(exception.Character, (int)exception.Start.Index, (int)exception.End.Index);
            if (index >= 0)
            {
                var (line, column) = source.LineAndColumn(index);
                return new SourceLocation(file, line, column);
            }
        }

        return Locate(file, exception.Start);
    }

    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && lines[i].TrimStart().Length > 0 && !lines[i].TrimStart().StartsWith('#'))
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static SourceLocation Locate(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (...): "; we print positions ourselves.
        var message = PositionPrefix().Replace(exception.Message, string.Empty).Trim();
        if (message.Length > 0 && char.IsUpper(message[0]) && !(message.Length > 1 && char.IsUpper(message[1])))
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        return message.TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
