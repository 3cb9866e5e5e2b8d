"""What readers search for, from lines of "language<TAB>headline" on stdin: every word of
four letters or more in the headlines, in its story's edition, so common and rare words
come as often as the archive's own text uses them. Words that only hold a sentence
together are left out: nobody searches for "which"."""
import re
import sys
import urllib.parse

GLUE = {"that", "said", "with", "from", "were", "have", "which", "after", "التي", "الذي", "وقال"}

for line in sys.stdin:
    language, _, title = line.rstrip("\n").partition("\t")
    prefix = "/ar" if language == "ar" else ""
    for word in re.findall(r"\w{4,}", title.lower()):
        if word not in GLUE:
            print(f"{prefix}/search?q={urllib.parse.quote(word)}")
