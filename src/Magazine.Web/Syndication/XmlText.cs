using System.Text;
using System.Xml;

namespace Magazine.Web.Syndication;

/// <summary>
/// Text made safe for an XML document. XmlWriter escapes markup characters itself, but a
/// character XML 1.0 forbids outright (most control characters, a lone surrogate) makes it
/// throw; imported or pasted text can hold them, so they are dropped here.
/// </summary>
public static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var firstBad = IndexOfInvalid(text, 0);
        if (firstBad < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static int IndexOfInvalid(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }
        return -1;
    }

    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        Async = false,
    };
}
