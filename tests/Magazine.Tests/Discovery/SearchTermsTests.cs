using Magazine.Core.Search;

namespace Magazine.Tests.Discovery;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Aleppo market", new[] { "aleppo", "market" })]
    [InlineData("\"quoted\" AND (x OR y*)", new[] { "quoted", "and", "x", "or", "y" })]
    [InlineData("NEAR(a b)", new[] { "near", "a", "b" })]
    [InlineData("title:souq -stone", new[] { "title", "souq", "stone" })]
    [InlineData("Café", new[] { "cafe" })]
    [InlineData("حَلَبُ الشَّهْبَاءُ", new[] { "حلب", "شهباء" })]
    [InlineData("المدرسة والمدرسة بالمدرسة للمدرسة", new[] { "مدرس" })]
    [InlineData("الله الم", new[] { "الله", "الم" })]
    [InlineData("أإآٱ", new[] { "اااا" })]
    [InlineData("مدرسة مستشفى", new[] { "مدرس", "مستشف" })]
    [InlineData("ﻻ", new[] { "لا" })]
    [InlineData("*\"-^:()", new string[0])]
    public void KeepsOnlyFoldedWords(string query, string[] expected)
    {
        Assert.Equal(expected, SearchTerms.Parse(query).Words);
    }

    [Fact]
    public void WordsBecomeQuotedPrefixesAndSingleLettersStayExact()
    {
        Assert.Equal("\"souq\"* \"a\" \"حلب\"*", SearchTerms.Parse("souq a حلب").ToFts5Match());
    }

    [Fact]
    public void TheWholeWordsMatchDropsThePrefixesAndIsNullWhenThereAreNone()
    {
        Assert.Equal("\"souq\" \"a\" \"حلب\"", SearchTerms.Parse("souq a حلب").ToFts5WholeWordsMatch());
        Assert.Null(SearchTerms.Parse("a b").ToFts5WholeWordsMatch());
    }

    [Fact]
    public void ALongQueryIsCutToItsFirstWords()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}")));

        Assert.Equal(SearchTerms.MaxTerms, terms.Words.Count);
        Assert.True(terms.Text.Length <= SearchTerms.MaxQueryLength);
    }

    [Fact]
    public void SnippetMarksMatchesInTheOriginalTextAndCutsAroundThem()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}")) + " الْمَدْرَسَةُ " + string.Join(' ', Enumerable.Range(100, 100).Select(i => $"w{i}"));

        var parts = SearchSnippet.Build(text, SearchTerms.Parse("مدرسة"));

        Assert.Equal("…", parts[0].Text);
        Assert.Equal("…", parts[^1].Text);
        Assert.Equal("الْمَدْرَسَةُ", Assert.Single(parts, p => p.Highlighted).Text);
        Assert.True(parts.Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) <= SearchSnippet.DefaultWords + 2);
    }

    [Theory]
    [InlineData("Market a souq", new[] { "MARKETS", "Marketplace", "market", "a", "A", "an", "Souqs", "mark", "supermarket", "Café", "الأسواق", "x" })]
    [InlineData("café ı", new[] { "Cafe", "CAFÉS", "I", "i", "ı", "cafeteria" })]
    public void AWordAsWrittenMatchesExactlyWhenItsKeyWould(string query, string[] written)
    {
        var terms = SearchTerms.Parse(query);

        foreach (var word in written)
        {
            Assert.Equal(terms.Matches(SearchText.Key(word)), terms.MatchesWritten(word));
        }
    }

    [Fact]
    public void AWordAsWrittenMatchesWhateverItsCase()
    {
        var terms = SearchTerms.Parse("market a");

        Assert.True(terms.MatchesWritten("MARKETS"));
        Assert.True(terms.MatchesWritten("A"));
        Assert.False(terms.MatchesWritten("an"));
        Assert.False(terms.MatchesWritten("supermarket"));
    }
}
