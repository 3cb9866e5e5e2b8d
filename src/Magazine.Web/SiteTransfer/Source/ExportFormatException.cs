using System.Xml;
using System.Xml.Linq;

namespace Magazine.Web.SiteTransfer.Source;

/// <summary>The file cannot be read as the export it claims to be; the message names the place.</summary>
public sealed class ExportFormatException(string message, int line = 0, int position = 0) : Exception(message)
{
    public int Line { get; } = line;
    public int Position { get; } = position;

    public static ExportFormatException At(IXmlLineInfo? where, string message)
    {
        if (where is null || !where.HasLineInfo())
        {
            return new ExportFormatException(message);
        }
        return new ExportFormatException($"{message} (line {where.LineNumber}, position {where.LinePosition})", where.LineNumber, where.LinePosition);
    }

    public static ExportFormatException At(XObject where, string message) => At((IXmlLineInfo)where, message);
}
