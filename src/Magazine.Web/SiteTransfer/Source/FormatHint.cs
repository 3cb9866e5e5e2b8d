using System.Xml;

namespace Magazine.Web.SiteTransfer.Source;

/// <summary>Names what a file looks like when it is not the export that was asked for.</summary>
public static class FormatHint
{
    public static string NotExpected(string expected, XmlReader root)
    {
        var found = root.NodeType != XmlNodeType.Element
            ? "no XML element"
            : (root.LocalName, root.NamespaceURI) switch
            {
                ("feed", "http://www.w3.org/2005/Atom") => "an Atom feed (a Blogger export: use 'import blogger')",
                ("rss", _) => "an RSS document (a WordPress export: use 'import wordpress')",
                _ => $"a <{root.Name}> element",
            };
        return $"This file is not {expected}: it holds {found}";
    }
}
