"""Why: each claim's way from the article's text to the value compared, and each finding's verdict."""
