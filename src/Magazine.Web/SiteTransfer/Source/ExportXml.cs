using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Magazine.Web.SiteTransfer.Source;

/// <summary>
/// What both readers share: a hardened streaming XmlReader, one element at a time with line
/// numbers, and the translation of every parse failure into an <see cref="ExportFormatException"/>.
/// </summary>
public static class ExportXml
{
    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        // No DTDs: an export never needs one, and entity expansion is a denial-of-service door.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
        CloseInput = false,
    });

    /// <summary>
    /// Reads the element the reader stands on into memory (one entry or item, never the
    /// whole file) and leaves the reader on its end tag.
    /// </summary>
    public static XElement ReadElement(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        return XElement.Load(subtree, LoadOptions.SetLineInfo);
    }

    /// <summary>Runs a reader's item sequence over an export, turning XML and encoding failures into format errors that name the place.</summary>
    public static IEnumerable<SourceItem> Read(Stream stream, Func<XmlReader, IEnumerable<SourceItem>> read)
    {
        var prolog = new RecordedProlog(stream);
        using (var xml = Open(prolog))
        {
            using var items = read(xml).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!items.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (XmlException e) when (e.LineNumber == 0 && prolog.DoctypePlace() is { } place)
                {
                    // The reader stops at a DTD before anything after it, and that refusal alone names no place.
                    throw new ExportFormatException(
                        $"The file declares a DTD (<!DOCTYPE …>), which no export needs: its entities could grow without limit or read other files, so it is refused (line {place.Line}, position {place.Position})",
                        place.Line, place.Position);
                }
                catch (XmlException e)
                {
                    throw new ExportFormatException("The file is not well-formed XML: " + e.Message, e.LineNumber, e.LinePosition);
                }
                catch (DecoderFallbackException e)
                {
                    throw ExportFormatException.At(xml as IXmlLineInfo, "The file is not valid text in its declared encoding: " + e.Message);
                }
                yield return items.Current;
            }
        }
    }

    public static string Text(this XElement? element) => element?.Value ?? "";

    public static string? NonEmpty(this XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>An ISO 8601 time with an offset (Atom), as UTC.</summary>
    public static DateTime? IsoTime(XElement? element)
    {
        var text = element.NonEmpty();
        if (text is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw ExportFormatException.At(element!, $"'{text}' in <{element!.Name.LocalName}> is not a date and time");
        }
        return value.UtcDateTime;
    }

    /// <summary>A "yyyy-MM-dd HH:mm:ss" time (WordPress); the all-zero value WordPress writes for "none" gives null.</summary>
    public static DateTime? PlainTime(XElement? element)
    {
        var text = element.NonEmpty();
        if (text is null || text.StartsWith("0000-00-00", StringComparison.Ordinal))
        {
            return null;
        }
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw ExportFormatException.At(element!, $"'{text}' in <{element!.Name.LocalName}> is not a date and time (yyyy-MM-dd HH:mm:ss)");
        }
        return value;
    }
}
