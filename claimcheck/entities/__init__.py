"""Who a figure is about: the registry of names, names found in the text, and merging."""
