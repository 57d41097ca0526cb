using System.Globalization;
using JobDescGen.Pdf.Rendering.Objects;

namespace JobDescGen.Pdf.Rendering.Assembly;

/// <summary>The indirect objects of a document being assembled: numbers handed out in order, then each object set.</summary>
internal sealed class ObjectTable
{
    private int _next = 1;

    public Dictionary<int, PdfObject> Objects { get; } = [];

    public int Reserve() => _next++;

    public PdfReference Set(int number, PdfValue value, byte[]? stream = null)
    {
        Objects[number] = new PdfObject(number, value, stream);
        return Reference(number);
    }

    public PdfReference Add(PdfValue value, byte[]? stream = null) => Set(Reserve(), value, stream);

    public static PdfReference Reference(int number) => new(number, 0);

    public static PdfToken Name(string name) => PdfToken.Of("/" + name);

    public static PdfToken Integer(long value) => PdfToken.Of(value.ToString(CultureInfo.InvariantCulture));

    public static PdfToken Number(double value) => PdfToken.Number(value);

    public static PdfDictionary Dictionary(params (string Key, PdfValue? Value)[] entries)
    {
        var list = new List<KeyValuePair<string, PdfValue>>(entries.Length);
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                list.Add(new(key, value));
            }
        }

        return new PdfDictionary(list);
    }

    public static PdfArray Array(IEnumerable<PdfValue> items) => new([.. items]);
}
